"""No branch at all: p * sum + (1 - p) * product, with p the 0/1 predicate.

Plausible: "branchless" code is what accelerators like, and it is right on every ordinary
array. Wrong: the branch not taken is multiplied by 0, and 0 * inf is NaN: [4.0, 1e200, 1e200]
gives NaN instead of its sum 2e200, because its product overflowed.
"""

CAUGHT_BY = ("test_each_example_takes_the_right_branch",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_if(arr):
    p = jnp.any(arr > 3).astype(arr.dtype)
    return p * jnp.sum(arr) + (1 - p) * jnp.prod(arr)

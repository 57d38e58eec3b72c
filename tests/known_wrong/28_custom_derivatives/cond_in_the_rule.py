"""The custom rule picks its branch with lax.cond: v / |v| if |v| > 0, else zeros.

Plausible: lax.cond runs only the branch it picks, so no 0 / 0 is made, and every
derivative is right in both modes; jax.debug_nans passes jitted and op by op, on one vector.
But the layer's penalty maps safe_norm over the rows of w with vmap, and a cond whose
predicate is batched becomes a select of both branches: v / |v| runs on the pruned row too,
0 / 0 makes a NaN there and the select throws it away (debug_nans does not look inside the
cond). The Rules ask that no NaN is made, masked or not: the division itself must be safe.
"""

CAUGHT_BY = ("test_safe_norm_makes_no_nan_under_vmap",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.custom_jvp
def _branching(v):
    return jnp.sqrt(jnp.sum(v * v))


@_branching.defjvp
def _branching_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = _branching(v)
    direction = lax.cond(length > 0, lambda: v / length, lambda: jnp.zeros_like(v))
    return length, jnp.dot(direction, dv)


@jax.jit
def safe_norm(v):
    return _branching(v)

"""Replaces lax.cond with jnp.where, keeping the `/`.

Plausible: jnp.where takes branches of different dtypes without a word (it promotes them), so
the cond error is gone and each step is right in value. But the promoted result is float64,
the while_loop's carry started int64, and the loop raises a TypeError for its carry.
"""

CAUGHT_BY = ("test_collatz_steps_examples", "test_collatz_steps_matches_python")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
from jax import lax  # noqa: E402


@jax.jit
def collatz_steps(n):
    def body(carry):
        x, steps = carry
        return jnp.where(x % 2 == 0, x / 2, 3 * x + 1), steps + 1

    _, steps = lax.while_loop(lambda carry: carry[0] != 1, body, (n, 0))
    return steps

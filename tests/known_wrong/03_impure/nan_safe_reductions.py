"""jnp.nansum / jnp.nanprod in the two branches, "to be safe from NaN".

Plausible: a defensive habit, identical on every array without NaN. Wrong: the Rules ask for
the sum and the product as IEEE arithmetic gives them, and a NaN in arr must give NaN; this
silently skips it.
"""

CAUGHT_BY = ("test_any_sequence_of_flags_gives_the_right_answer",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def accumulate_jax(arr, do_sum):
    return jax.lax.cond(do_sum, jnp.nansum, jnp.nanprod, arr)

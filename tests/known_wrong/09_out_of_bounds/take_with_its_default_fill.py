"""Uses jnp.take, which already fills out-of-range indices by default, but with NaN.

Plausible: jnp.take's default mode is "fill", so it looks like the sentinel comes for free.
The sentinel is NaN for floats, not the fill_value asked for.
"""

CAUGHT_BY = ("test_lookup_examples", "test_lookup_matches_numpy_with_a_sentinel_on_any_indices")

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="fill_value")
def lookup(table, idx, fill_value):
    return jnp.take(table, idx)

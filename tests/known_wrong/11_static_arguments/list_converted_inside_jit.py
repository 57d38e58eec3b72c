"""Converts the list with jnp.asarray inside the jitted function, and hands it the list.

Plausible: the TypeError says jnp.sum wants an array, so convert right there. Right answers,
but jit sees a pytree of one scalar per element: each length, and each new pattern of ints and
floats, compiles its own program (with one input per element).
"""

CAUGHT_BY = ("test_mean_of_compiles_mean_of_array_once_per_length",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def mean_of_array(x):
    x = jnp.asarray(x, dtype=jnp.float64)
    return jnp.sum(x) / x.shape[0]


def mean_of(values):
    return mean_of_array(values)

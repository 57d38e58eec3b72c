"""Uses jnp.fill_diagonal(inplace=False) and marks the fill value static, like a setting.

Plausible: a scalar "option" looks like something to make static. Right values, but every
new value compiles a new program.
"""

CAUGHT_BY = ("test_set_diagonal_compiles_once_whatever_the_value",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="value")
def set_diagonal(m, value):
    return jnp.fill_diagonal(m, value, inplace=False)

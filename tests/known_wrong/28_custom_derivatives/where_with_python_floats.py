"""A custom_jvp whose primal is jnp.where(x > 0, 1.0, 0.0), the step spelled with floats.

Plausible: the same numbers as the step, and the rule is right in both modes. But two Python
floats in jnp.where make a float64 result (x64 on) whatever x is: a float32 input gives a
float64 output. The Rules keep x's dtype. (custom_jvp does not mind: its check compares the
tangent's dtype with the primal output's, and both are float64 here.)
"""

CAUGHT_BY = (
    "test_binarize_values",
    "test_binarize_matches_numpy_on_any_input",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_jvp
def _as_floats(x):
    return jnp.where(x > 0, 1.0, 0.0)


@_as_floats.defjvp
def _as_floats_rule(primals, tangents):
    (x,), (dx,) = primals, tangents
    return _as_floats(x), jnp.where(jnp.abs(x) <= 1, dx, 0.0).astype(jnp.float64)


@jax.jit
def binarize(x):
    return _as_floats(x)

"""The custom rule divides by length + 1e-12 instead of guarding the zero vector.

Plausible: no division by zero anywhere, so no NaN, in both modes, and the derivative at the
zero vector is exactly 0. But for a short vector the epsilon is not small: at [1e-150, 0] the
derivative comes out near 1e-138 instead of [1, 0], and even at [3, 4] it is off in the
twelfth digit. The Rules ask for v / |v| to rounding.
"""

CAUGHT_BY = (
    "test_safe_norm_away_from_zero",
    "test_safe_norm_matches_python_on_any_vector",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_jvp
def _eps(v):
    return jnp.sqrt(jnp.sum(v * v))


@_eps.defjvp
def _eps_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = _eps(v)
    return length, jnp.dot(v / (length + 1e-12), dv)


@jax.jit
def safe_norm(v):
    return _eps(v)

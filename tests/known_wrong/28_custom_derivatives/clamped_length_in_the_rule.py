"""The custom rule clamps the length to the smallest normal number and returns it as the value.

Plausible: every nonzero vector of the domain is longer than 1e-150, so the clamp changes
nothing there, and at the zero vector v / tiny is exactly 0: every derivative is right, in
both modes, with no NaN, and safe_norm(0) is 0.0. But a custom_jvp rule returns the value as
well as the tangent, and under jax.jvp, jax.linearize and jax.vjp (so inside jax.grad) that
value is the rule's: the length of the zero vector comes out as 2.2e-308, not 0.0.
"""

CAUGHT_BY = (
    "test_safe_norm_at_the_zero_vector",
    "test_safe_norm_matches_python_on_any_vector",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_jvp
def _clamped(v):
    return jnp.sqrt(jnp.sum(v * v))


@_clamped.defjvp
def _clamped_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = jnp.maximum(_clamped(v), jnp.finfo(v.dtype).smallest_normal)
    return length, jnp.dot(v / length, dv)


@jax.jit
def safe_norm(v):
    return _clamped(v)

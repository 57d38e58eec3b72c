"""safe_norm as a custom_vjp whose backward pass is safe at the zero vector.

Plausible: the backward pass is right everywhere (v / |v|, zeros at the zero vector, no NaN),
so jax.grad and the training step's gradient are right. But a custom_vjp has no forward mode
(J30): jax.jvp, jax.jacfwd and jax.linearize raise TypeError, and the Rules need both modes.
"""

CAUGHT_BY = (
    "test_safe_norm_away_from_zero",
    "test_safe_norm_at_the_zero_vector",
    "test_safe_norm_matches_python_on_any_vector",
    "test_training_step_gradient_in_both_modes",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_vjp
def _reverse_only(v):
    return jnp.sqrt(jnp.sum(v * v))


def _reverse_only_fwd(v):
    length = _reverse_only(v)
    return length, (v, length)


def _reverse_only_bwd(residuals, g):
    v, length = residuals
    nonzero = length > 0
    return (g * jnp.where(nonzero, v / jnp.where(nonzero, length, 1.0), 0.0),)


_reverse_only.defvjp(_reverse_only_fwd, _reverse_only_bwd)


@jax.jit
def safe_norm(v):
    return _reverse_only(v)

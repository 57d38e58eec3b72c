"""Kata 28 · Custom derivatives: forward mode, singular points, steps (covers J30, J31, J32).

Reference solution.
"""

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------


@jax.jit
def hard_threshold(x):
    """1.0 where x > 0, else 0.0, in x's dtype: a step, used as a binary activation."""
    return (x > 0).astype(x.dtype)


@jax.custom_vjp
def straight_through(x):
    """hard_threshold, whose backward pass lets the cotangent through where |x| <= 1."""
    return (x > 0).astype(x.dtype)


def _straight_through_fwd(x):
    return straight_through(x), x


def _straight_through_bwd(x, g):
    return (jnp.where(jnp.abs(x) <= 1, g, 0.0),)


straight_through.defvjp(_straight_through_fwd, _straight_through_bwd)


@jax.custom_jvp
def norm(v):
    """Euclidean length of the vector v, with its derivative v / |v| as a custom rule."""
    return jnp.sqrt(jnp.sum(v * v))


@norm.defjvp
def _norm_jvp(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = norm(v)
    return length, jnp.dot(v / length, dv)


# --- SOLUTION --------------------------------------------------------------------------------
# binarize becomes a custom_jvp: its rule gives the tangent (the straight-through derivative
# times the input's tangent), which is linear in the tangent, so JAX transposes it for reverse
# mode, and forward mode works as it is. safe_norm keeps its custom rule, but the rule now
# states the derivative at the singular point: v / |v| where |v| > 0, and zeros at the zero
# vector, dividing only by a length that is never 0 (no NaN is made, not even a masked one).


@jax.custom_jvp
def _binarize(x):
    return (x > 0).astype(x.dtype)


@_binarize.defjvp
def _binarize_rule(primals, tangents):
    (x,), (dx,) = primals, tangents
    return _binarize(x), jnp.where(jnp.abs(x) <= 1, dx, jnp.zeros_like(dx))


@jax.jit
def binarize(x):
    """1.0 where x > 0, else 0.0, in x's dtype; its derivative is 1 where |x| <= 1, else 0."""
    return _binarize(x)


@jax.custom_jvp
def _norm(v):
    return jnp.sqrt(jnp.sum(v * v))


@_norm.defjvp
def _norm_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = _norm(v)
    nonzero = length > 0
    direction = jnp.where(nonzero, v / jnp.where(nonzero, length, 1.0), 0.0)
    return length, jnp.dot(direction, dv)


@jax.jit
def safe_norm(v):
    """Euclidean length of the vector v; its gradient is v / |v|, and zeros at the zero vector."""
    return _norm(v)

"""Kata 28 · Custom derivatives: forward mode, singular points, steps (covers J30, J31, J32).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/28_custom_derivatives` passes.
Stuck? `sharpbits hint 28` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both are still the broken code above. binarize's derivative is a custom_vjp: reverse mode
# (jax.grad) works, but forward mode (jax.jvp, jax.jacfwd) raises, and the Rules need both.
# safe_norm's custom rule divides by the length, which is 0 at the zero vector: 0 / 0 = nan,
# in both modes. Keep binarize and safe_norm jitted.


@jax.custom_vjp
def _binarize(x):
    return (x > 0).astype(x.dtype)


def _binarize_fwd(x):
    return _binarize(x), x


def _binarize_bwd(x, g):
    return (jnp.where(jnp.abs(x) <= 1, g, 0.0),)


_binarize.defvjp(_binarize_fwd, _binarize_bwd)


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
    return length, jnp.dot(v / length, dv)


@jax.jit
def safe_norm(v):
    """Euclidean length of the vector v; its gradient is v / |v|, and zeros at the zero vector."""
    return _norm(v)

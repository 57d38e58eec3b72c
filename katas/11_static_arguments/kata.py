"""Kata 11 · What jax.jit must know at compile time (covers J02, J03, J11, J15).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/11_static_arguments` passes.
Stuck? `sharpbits hint 11` gives a hint (ask again for the next).
"""

import functools

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfalls exactly as the lecture shows them. Do not edit. --------------------


@jax.jit
def peak_to_peak_traced(x, axis):
    """max - min of x along `axis`, with the axis traced like any other argument."""
    return x.max(axis) - x.min(axis)


GAINS = [0.5, 1.0, 2.0, 4.0]  # one gain per amplifier level, a plain Python list


@jax.jit
def amplify_traced(x, level):
    """x times the gain of `level`, looked up in the Python list GAINS with a traced index."""
    return x * GAINS[level]


@jax.jit
def mean_of_list(values):
    """Mean of a Python list of numbers, written as one would for NumPy."""
    return jnp.sum(values) / len(values)


class StandardizerJitMethod:
    """(x - mean) / scale, with @jax.jit put straight on the method."""

    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale


class StandardizerStaticSelf:
    """The same, with `self` marked static so that jax.jit accepts it."""

    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    @functools.partial(jax.jit, static_argnums=0)
    def apply(self, x):
        return (x - self.mean) / self.scale


# --- YOUR CODE -------------------------------------------------------------------------------
# Four functions, four ways of handing jax.jit something it cannot trace. Each is still the
# broken code above. peak_to_peak: the axis decides the output shape, so jit must know it when
# it compiles. amplify: a Python list cannot be indexed by a tracer. mean_of: a list is not an
# array. Standardizer.apply: `self` is neither an array nor a pytree. Fix each one; keep them
# all jitted, and read the Rules in README.md for how often each may compile.


@jax.jit
def peak_to_peak(x, axis):
    """max - min of x along `axis` (an int or a tuple of ints), compiled by jax.jit."""
    return x.max(axis) - x.min(axis)


@jax.jit
def amplify(x, level):
    """x times GAINS[level], compiled by jax.jit; level is an int from 0 to len(GAINS) - 1."""
    return x * GAINS[level]


@jax.jit
def mean_of_array(x):
    """Mean of a 1-D float64 array, compiled by jax.jit. (This one is fine: it takes an array.)"""
    return jnp.sum(x) / x.shape[0]


def mean_of(values):
    """Mean of a Python list of numbers (ints and floats mixed), computed by mean_of_array."""
    return mean_of_list(values)


class Standardizer:
    """(x - mean) / scale, with a jitted `apply` that sees the current mean and scale."""

    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale

"""jnp.ptp with a static axis, lax.switch over the gains, NumPy's conversion, register_pytree_node.

Right: jnp.ptp is max minus min, NaN and inf as NumPy has them. lax.switch picks one of four
constant branches with the traced level: one program for every level. np.asarray with
dtype=np.float64 is one float64 array for jit, whatever mix the list holds. register_pytree_node
with explicit flatten / unflatten functions is the same registration as the class decorator.
"""

import functools

import jax
import numpy as np


@functools.partial(jax.jit, static_argnames="axis")
def peak_to_peak(x, axis):
    return jax.numpy.ptp(x, axis=axis)


@jax.jit
def amplify(x, level):
    branches = [lambda gain=gain: gain for gain in GAINS]  # noqa: F821 - reference kata.py
    return x * jax.lax.switch(level, branches)


def mean_of(values):
    return mean_of_array(np.asarray(values, dtype=np.float64))  # noqa: F821 - reference kata.py


class Standardizer:
    def __init__(self, mean, scale):
        self.mean = mean
        self.scale = scale

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale


jax.tree_util.register_pytree_node(
    Standardizer,
    lambda s: ((s.mean, s.scale), None),
    lambda _, children: Standardizer(*children),
)

"""axis static by position, the gain by jnp.take, and Standardizer as a registered dataclass.

Right: static_argnums=1 names the same argument as static_argnames="axis" (jit maps it to the
name, so a call by keyword is static too). jnp.take with a traced index is the same lookup as
indexing. register_dataclass with mean and scale as data fields makes them the two leaves.
"""

import dataclasses
import functools

import jax
import jax.numpy as jnp


@functools.partial(jax.jit, static_argnums=1)
def peak_to_peak(x, axis):
    return jnp.max(x, axis=axis) - jnp.min(x, axis=axis)


@jax.jit
def amplify(x, level):
    return x * jnp.take(jnp.array(GAINS), level)  # noqa: F821 - defined in the reference kata.py


@functools.partial(jax.tree_util.register_dataclass, data_fields=["mean", "scale"], meta_fields=[])
@dataclasses.dataclass
class Standardizer:
    mean: object
    scale: object

    @jax.jit
    def apply(self, x):
        return (x - self.mean) / self.scale

"""Kata 10 · Random keys: split, never reuse (covers J12).

Reference solution.
"""

import functools
import itertools

import jax
import jax.numpy as jnp

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------


@jax.jit
def three_normals_reused(key):
    """Three standard normal draws, each from the same key."""
    a = jax.random.normal(key)
    b = jax.random.normal(key)
    c = jax.random.normal(key)
    return jnp.stack([a, b, c])


# --- SOLUTION --------------------------------------------------------------------------------
# A key is a value, not a generator: split it into fresh keys and use each exactly once.
# init_layers splits once into one key per layer. noisy_step splits into the key it hands
# back (never used here) and a subkey it uses for the noise, so the caller can loop with
# `key, x = noisy_step(key, x)`.


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    """Weights of a dense network: a list with one (sizes[i], sizes[i + 1]) matrix per layer,
    every entry an independent standard normal draw. sizes is a static tuple of ints."""
    shapes = list(itertools.pairwise(sizes))
    keys = jax.random.split(key, len(shapes))
    return [jax.random.normal(k, shape) for k, shape in zip(keys, shapes, strict=True)]


@jax.jit
def noisy_step(key, x):
    """One step of a random walk: (the key for the next step, x + standard normal noise)."""
    key, sub = jax.random.split(key)
    return key, x + jax.random.normal(sub, x.shape)

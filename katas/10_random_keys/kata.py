"""Kata 10 · Random keys: split, never reuse (covers J12).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/10_random_keys` passes.
Stuck? `sharpbits hint 10` gives a hint (ask again for the next).
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


# --- YOUR CODE -------------------------------------------------------------------------------
# Both functions reuse their key like the code above: a JAX key is not a generator with a
# hidden state, so the same key gives the same numbers every time. Split the key into as
# many fresh keys as you need and use each one once. Keep both functions jitted.


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    """Weights of a dense network: a list with one (sizes[i], sizes[i + 1]) matrix per layer,
    every entry an independent standard normal draw. sizes is a static tuple of ints."""
    return [jax.random.normal(key, (m, n)) for m, n in itertools.pairwise(sizes)]


@jax.jit
def noisy_step(key, x):
    """One step of a random walk: (the key for the next step, x + standard normal noise)."""
    return key, x + jax.random.normal(key, x.shape)

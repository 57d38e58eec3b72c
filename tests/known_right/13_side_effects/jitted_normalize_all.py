"""normalize_all itself jitted, looping over the rows inside, with jnp.linalg.norm in normalize.

Right: inside the jitted normalize_all the Python loop is unrolled into one program (normalize
becomes a nested jit call), and the norms come back as a 1-D array. jnp.linalg.norm is the
same sqrt of a sum of squares, with the same range.
"""

import jax
import jax.numpy as jnp


@jax.jit
def normalize(x):
    norm = jnp.linalg.norm(x)
    return x / norm, norm


@jax.jit
def normalize_all(rows):
    pairs = [normalize(row) for row in rows]
    return jnp.stack([u for u, _ in pairs]), jnp.stack([n for _, n in pairs])

"""Replaces each None decay by 0.0 with jax.tree.map first, then pairs the leaves as before.

Plausible: "None vanishes from the leaves, so turn it into a number". But jax.tree.map never
calls the function on a None: None is a tree with no leaves, so there is nothing there to map.
The decays come back unchanged and still slide onto the wrong arrays, silently.
"""

CAUGHT_BY = ("test_l2_penalty_examples", "test_l2_penalty_matches_a_python_walk")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def l2_penalty(params, decays):
    decays = jax.tree.map(lambda d: 0.0 if d is None else d, decays)
    pairs = zip(jax.tree.leaves(params), jax.tree.leaves(decays))  # noqa: B905
    return sum(decay * jnp.sum(p**2) for p, decay in pairs)

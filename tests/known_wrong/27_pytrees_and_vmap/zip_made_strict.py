"""Pairs the leaves with zip(..., strict=True), so that a misalignment raises.

Plausible: it turns the silent misalignment into an error, which is the safer failure. But it
fails on every valid input with a None decay: the Rules allow None anywhere, and the penalty
must be computed, not refused.
"""

CAUGHT_BY = ("test_l2_penalty_examples", "test_l2_penalty_matches_a_python_walk")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def l2_penalty(params, decays):
    pairs = zip(jax.tree.leaves(params), jax.tree.leaves(decays), strict=True)
    return sum(decay * jnp.sum(p**2) for p, decay in pairs)

"""Looks each decay up by the key of its array, skipping the None ones.

Plausible: right for the lecture's flat dict {"bias": ..., "weight": ...}, and no leaves are
paired by position. But params may be any tree of dicts, lists and tuples: a nested dict or a
list has no array under each key, and this walks only one level.
"""

CAUGHT_BY = ("test_l2_penalty_examples", "test_l2_penalty_matches_a_python_walk")

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def l2_penalty(params, decays):
    total = jnp.zeros(())
    for key in params:
        if decays[key] is not None:
            total = total + decays[key] * jnp.sum(params[key] ** 2)
    return total

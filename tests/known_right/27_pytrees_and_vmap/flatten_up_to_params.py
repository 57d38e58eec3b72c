"""The decays flattened up to the leaves of params' treedef: a None at an array's place is kept.

All right: treedef.flatten_up_to(decays) walks decays with params' structure and returns the
subtree found at each of params' leaves, so a None decay comes back as None, in the same place
as its array. The loop runs once, at trace time.
"""

import jax
import jax.numpy as jnp


@jax.jit
def l2_penalty(params, decays):
    leaves, treedef = jax.tree.flatten(params)
    total = jnp.zeros(())
    for p, d in zip(leaves, treedef.flatten_up_to(decays), strict=True):
        if d is not None:
            total = total + d * jnp.sum(p**2)
    return total

"""lax.switch on the count of elements above 3, clipped to 0 or 1, with closures as branches.

Right: the index is traced, so one compilation serves both branches, and only the chosen
branch runs; the branches may close over arr instead of taking it as an operand.
"""

import jax
import jax.numpy as jnp


@jax.jit
def accumulate_if(arr):
    index = jnp.minimum(jnp.count_nonzero(arr > 3), 1)
    return jax.lax.switch(index, [lambda: jnp.prod(arr), lambda: jnp.sum(arr)])

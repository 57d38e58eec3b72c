"""sensitivity carrying (x, slope) through one fori_loop: forward mode written out.

Right: exact to rounding like jax.jacfwd, since each step multiplies the slope by
d step / dx = 1 + 0.01 cos(x) at the current x, then moves x; one compilation for every step
count.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def sensitivity(x0, steps):
    def body(i, carry):
        x, slope = carry
        return step(x), slope * (1.0 + 0.01 * jnp.cos(x))  # noqa: F821

    x0 = jnp.asarray(x0, dtype=jnp.float64)
    return lax.fori_loop(0, steps, body, (x0, jnp.ones_like(x0)))[1]

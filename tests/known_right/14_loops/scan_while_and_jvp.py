"""reservoir_level as a lax.scan over the inflows, simulate as a lax.while_loop, sensitivity by
jax.jvp through it.

All right: scan hands each day's inflow to the body as xs; the while_loop counts to a traced
steps, so one compilation serves every count; jvp pushes the tangent 1.0 forward through the
while_loop, which forward mode can do.
"""

import jax
import jax.numpy as jnp
from jax import lax


@jax.jit
def reservoir_level(inflows, capacity):
    def day(level, inflow):
        return jnp.minimum(jnp.maximum(level + inflow, 0.0), capacity), None

    level, _ = lax.scan(day, jnp.zeros((), inflows.dtype), inflows)
    return level


@jax.jit
def simulate(x0, steps):
    def body(carry):
        i, x = carry
        return i + 1, step(x)  # noqa: F821

    return lax.while_loop(lambda carry: carry[0] < steps, body, (0, x0))[1]


@jax.jit
def sensitivity(x0, steps):
    x0 = jnp.asarray(x0, dtype=jnp.float64)
    _, tangent = jax.jvp(lambda x: simulate(x, steps), (x0,), (jnp.ones_like(x0),))
    return tangent

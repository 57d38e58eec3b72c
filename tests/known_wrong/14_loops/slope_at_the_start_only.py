"""Takes the derivative of one step at x0 and raises it to the power steps.

Plausible: the chain rule multiplies one factor 1 + 0.01 cos(x) per step, and no loop at all
is needed. But each factor is taken where the trajectory is at that step, not at x0: only
for 0 and 1 steps (or at a fixed point of sin) is the power right.
"""

CAUGHT_BY = (
    "test_sensitivity_matches_the_chain_rule",
    "test_sensitivity_is_one_loop_whatever_the_step_count",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def sensitivity(x0, steps):
    return (1.0 + 0.01 * jnp.cos(x0)) ** steps

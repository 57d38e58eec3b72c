"""Writes the learning rate as a float32 constant, as much training code does.

0.005 is not a float32: jnp.float32(0.005) is 0.004999999888..., so every step is 2e-8 too
short. The gradient and the parameters stay float64, the fit still converges to the same
minimum, and a loose tolerance on one step passes it.
"""

CAUGHT_BY = (
    "test_update_takes_one_step_down_the_mse_gradient",
    "test_fit_takes_exactly_the_number_of_steps_it_is_given",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def update(params, x, y):
    lr = jnp.float32(LEARNING_RATE)  # noqa: F821 - defined in the reference kata.py
    grads = jax.grad(loss)(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return jax.tree.map(lambda p, g: p - lr * g, params, grads)

"""Turns the learning rate into a float32 array inside the step, "to keep it traced and light".

Plausible: the rate stays traced (one compilation for every rate), and with rates such as
0.5 or 1.0 every value is exact. But most rates have no float32 value: 0.3 becomes
0.30000001192..., and every step is off by about 4e-8 of its size.
"""

CAUGHT_BY = (
    "test_gradient_step_takes_one_step_down_the_gradient",
    "test_gradient_step_on_another_shape",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def gradient_step(w, X, y, learning_rate):
    rate = jnp.asarray(learning_rate, dtype=jnp.float32)
    return w - rate * jax.grad(logistic_loss)(w, X, y)  # noqa: F821

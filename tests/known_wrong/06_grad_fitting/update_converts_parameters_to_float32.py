"""Makes update convert the parameters to float32 first: "grad requires floats", fixed where
the TypeError is raised.

jax.grad is happy and every value is close, but each step is computed and returned in
float32: not the float64 step the Rules promise, and fit follows a float32 path.
"""

CAUGHT_BY = (
    "test_update_takes_one_step_down_the_mse_gradient",
    "test_fit_recovers_the_lecture_parameters",
    "test_fit_recovers_other_parameters_from_other_data",
    "test_fit_takes_exactly_the_number_of_steps_it_is_given",
)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def update(params, x, y):
    params = jax.tree.map(lambda p: jnp.asarray(p, dtype=jnp.float32), params)
    grads = jax.grad(loss)(params, x, y)  # noqa: F821 - defined in the reference kata.py
    return jax.tree.map(lambda p, g: p - LEARNING_RATE * g, params, grads)  # noqa: F821

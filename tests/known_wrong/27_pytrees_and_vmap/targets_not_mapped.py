"""Maps the examples xs but passes ys whole to every example (in_axes None for ys).

Plausible: None is the fix for a shared argument, and ys "belongs to the batch" anyway. But
every example then subtracts the whole ys vector: the result is an n x n table, not one loss
per example (for one example, shape (1, 1) instead of (1,)).
"""

CAUGHT_BY = ("test_losses_examples", "test_losses_match_a_numpy_loop")

import jax  # noqa: E402


@jax.jit
def losses(w, b, xs, ys):
    return jax.vmap(squared_error, in_axes=(None, None, 0, None))(w, b, xs, ys)  # noqa: F821

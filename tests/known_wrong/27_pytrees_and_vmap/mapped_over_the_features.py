"""Maps xs along axis 1, as if each column held one example.

Plausible: some code keeps examples in columns, and with as many examples as features nothing
raises. But the Rules put one example per row: with n != d vmap raises (inconsistent sizes),
and with n == d it silently computes the losses of the columns.
"""

CAUGHT_BY = ("test_losses_examples", "test_losses_match_a_numpy_loop")

import jax  # noqa: E402


@jax.jit
def losses(w, b, xs, ys):
    return jax.vmap(squared_error, in_axes=(None, None, 1, 0))(w, b, xs, ys)  # noqa: F821

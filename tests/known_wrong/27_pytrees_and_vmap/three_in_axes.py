"""Gives vmap three in_axes, (None, 0, 0): "the parameters shared, the data mapped".

Plausible: that is the spec for a loss(params, x, y). But squared_error takes w and b as two
positional arguments, so there are four, and in_axes needs one entry per positional argument
(it must be a tree prefix of the argument tuple): vmap raises a ValueError.
"""

CAUGHT_BY = ("test_losses_examples", "test_losses_match_a_numpy_loop")

import jax  # noqa: E402


@jax.jit
def losses(w, b, xs, ys):
    return jax.vmap(squared_error, in_axes=(None, 0, 0))(w, b, xs, ys)  # noqa: F821

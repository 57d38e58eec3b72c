"""Maps the examples right, then squeezes the result "to drop a stray axis".

Plausible: squeeze is a common tidy-up after vmap, and for two or more examples nothing
changes. But with one example it drops the batch axis itself: shape () instead of (1,), where
the Rules promise one loss per example for any n.
"""

CAUGHT_BY = ("test_losses_examples", "test_losses_match_a_numpy_loop")

import jax  # noqa: E402


@jax.jit
def losses(w, b, xs, ys):
    return jax.vmap(squared_error, in_axes=(None, None, 0, 0))(w, b, xs, ys).squeeze()  # noqa: F821

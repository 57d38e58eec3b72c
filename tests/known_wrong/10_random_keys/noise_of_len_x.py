"""Draws the noise with the shape (len(x),), the usual idiom for a vector.

Plausible: for every 1-D x it is x.shape. But for a matrix it is one row of noise, which
broadcasting adds to every row (the same numbers again and again, or a shape error), and a
0-d x has no len() at all.
"""

CAUGHT_BY = ("test_noisy_step_keeps_the_shape_of_any_x",)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    key, sub = jax.random.split(key)
    return key, x + jax.random.normal(sub, (len(x),))

"""Draws the weights with NumPy's generator, which has the hidden state JAX keys lack.

Plausible: "NumPy's generator never repeats itself". Under jax.jit it runs once, while
tracing: its draws become constants of the compiled program, so every key gives the same
weights (and a second trace gives other ones).
"""

CAUGHT_BY = (
    "test_init_layers_is_reproducible_and_depends_on_the_key",
    "test_init_layers_gives_the_same_weights_in_a_fresh_trace",
)

import functools  # noqa: E402
import itertools  # noqa: E402

import jax  # noqa: E402
import numpy as np  # noqa: E402

_rng = np.random.default_rng(0)  # seeded: the self-check's verdict must not vary from run to run


@functools.partial(jax.jit, static_argnames="sizes")
def init_layers(key, sizes):
    return [_rng.standard_normal((m, n)) for m, n in itertools.pairwise(sizes)]

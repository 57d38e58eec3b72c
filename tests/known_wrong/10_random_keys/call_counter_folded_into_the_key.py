"""Folds a call counter into the key, "so that no two steps can ever get the same noise".

Plausible: the same key gives the same walk, a new key a new one, and every statistic looks
right. But under jax.jit the counter is read once, while tracing: its value is baked into the
program, so the noise depends on how many traces ran before, not on the key alone. Trace the
function again and the same key gives another walk.
"""

CAUGHT_BY = ("test_noisy_step_walk_is_the_same_in_a_fresh_trace",)

import itertools  # noqa: E402

import jax  # noqa: E402

_steps = itertools.count()


@jax.jit
def noisy_step(key, x):
    key, sub = jax.random.split(key)
    sub = jax.random.fold_in(sub, next(_steps))
    return key, x + jax.random.normal(sub, x.shape)

"""Splits the key, then draws the noise from the very key it returns for the next step.

Plausible: each step does get new numbers, and they look independent and standard normal.
But the returned key has already been used, and the next step uses it again (to split it).
Only the key-reuse checker sees it.
"""

CAUGHT_BY = ("test_noisy_step_chain_passes_the_key_reuse_checker",)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    key, _ = jax.random.split(key)
    return key, x + jax.random.normal(key, x.shape)

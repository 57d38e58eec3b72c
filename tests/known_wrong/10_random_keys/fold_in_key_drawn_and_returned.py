"""Derives one new key with jax.random.fold_in, draws the noise from it and returns it.

Plausible: the returned key is new, every step's noise is fresh and independent-looking, and
the reuse checker stays silent, with jit or without: fold_in does not consume a key, not even
one already used. But the key handed to the next step has already drawn this step's noise.
"""

CAUGHT_BY = ("test_noisy_step_never_draws_its_noise_from_the_key_it_gets_or_returns",)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    key = jax.random.fold_in(key, 1)
    return key, x + jax.random.normal(key, x.shape)

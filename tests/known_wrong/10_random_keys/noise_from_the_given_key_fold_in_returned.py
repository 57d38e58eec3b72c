"""Draws the noise from the key it was given and returns jax.random.fold_in(key, 1) as the next.

Plausible: "the key I return is a different key". But the given key is used twice, once for the
noise and once to derive the next key, and the reuse checker does not flag a fold_in of a used
key.
"""

CAUGHT_BY = ("test_noisy_step_never_draws_its_noise_from_the_key_it_gets_or_returns",)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    noise = jax.random.normal(key, x.shape)
    return jax.random.fold_in(key, 1), x + noise

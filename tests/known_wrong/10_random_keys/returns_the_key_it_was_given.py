"""Splits off a subkey for the noise, then hands back the key it was given.

Plausible: the noise inside one call is drawn correctly. But the next step splits the same
key again, gets the same subkey, and adds the same noise.
"""

CAUGHT_BY = (
    "test_noisy_step_returns_a_fresh_typed_key",
    "test_noisy_step_chain_passes_the_key_reuse_checker",
    "test_noisy_steps_add_fresh_standard_normal_noise",
)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    _, sub = jax.random.split(key)
    return key, x + jax.random.normal(sub, x.shape)

"""Calls jax.random.split(key) twice: [0] of one for the next key, [1] of the other for the noise.

Plausible: the two splits give the same pair, so the numbers are those of the textbook
`key, sub = jax.random.split(key)`. But the key is used twice, and the reuse checker, which the
Rules ask to pass, raises KeyReuseError inside the very first call.
"""

CAUGHT_BY = ("test_noisy_step_chain_passes_the_key_reuse_checker",)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    return jax.random.split(key)[0], x + jax.random.normal(jax.random.split(key)[1], x.shape)

"""Returns a legacy raw key, `jax.random.PRNGKey`-style, for the next step.

Plausible: many tutorials still use PRNGKey, and `key_data` gives one. But the key changes
type between steps, so the next call compiles again, and the reuse checker stops seeing it.
"""

CAUGHT_BY = (
    "test_noisy_step_returns_a_fresh_typed_key",
    "test_noisy_step_compiles_once_along_a_walk",
)

import jax  # noqa: E402


@jax.jit
def noisy_step(key, x):
    key, sub = jax.random.split(key)
    return jax.random.key_data(key), x + jax.random.normal(sub, x.shape)

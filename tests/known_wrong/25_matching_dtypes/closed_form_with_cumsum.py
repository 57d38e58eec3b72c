"""Writes the moving average in closed form, with a cumsum: no loop, so no carry to match.

Plausible: level[i] = DECAY**i * (x[0] + (1 - DECAY) * sum over k = 1..i of DECAY**-k * x[k])
is the recurrence unrolled, exactly, it keeps the dtype, and it is right on short signals
(every example of 30 samples or fewer). But DECAY**-k = exp(k / 8) grows without bound:
weighted by samples of 1000 and summed, it overflows float16 past about 35 samples, float32
past about 650 and float64 past about 5600, and the levels become inf and NaN.
"""

CAUGHT_BY = ("test_smooth_of_a_long_signal",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.jit
def smooth(x):
    decay = jnp.asarray(DECAY, dtype=x.dtype)  # noqa: F821
    k = jnp.arange(x.shape[0], dtype=x.dtype)
    weighted = (1 - decay) * x * decay**-k
    sums = x[0] + jnp.cumsum(weighted.at[0].set(0))
    return decay**k * sums

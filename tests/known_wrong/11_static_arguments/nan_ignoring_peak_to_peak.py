"""Static axis, but jnp.nanmax / jnp.nanmin, "so that one missing value does not spoil a column".

Plausible: for every finite array the answer is np.ptp's. But the Rules ask for np.ptp, which
propagates NaN: a column holding NaN has a NaN range, not the range of the other values.
"""

CAUGHT_BY = (
    "test_peak_to_peak_matches_numpy_on_every_axis_form",
    "test_peak_to_peak_matches_numpy_on_any_array",
)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, static_argnames="axis")
def peak_to_peak(x, axis):
    return jnp.nanmax(x, axis=axis) - jnp.nanmin(x, axis=axis)

"""Static axis, normalised with axis % x.ndim "so that negative axes work under jit".

Plausible: negative ints come out right. But a tuple of axes has no %, so every tuple raises
TypeError (and x.max already takes negative axes as they are).
"""

CAUGHT_BY = (
    "test_peak_to_peak_matches_numpy",
    "test_peak_to_peak_matches_numpy_on_every_axis_form",
    "test_peak_to_peak_matches_numpy_on_any_array",
    "test_peak_to_peak_compiles_once_per_axis",
)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="axis")
def peak_to_peak(x, axis):
    axis = axis % x.ndim
    return x.max(axis) - x.min(axis)

"""Static axis; reduces with keepdims=True and squeezes the result, "to drop the reduced axes".

Plausible: for every array without axes of length 1 the shape comes out as NumPy's. But
squeeze drops every axis of length 1, also one that was not reduced: the ptp of a (3, 1)
column along axis 0 comes back with shape (), not (1,).
"""

CAUGHT_BY = ("test_peak_to_peak_matches_numpy_on_every_axis_form",)

import functools  # noqa: E402

import jax  # noqa: E402


@functools.partial(jax.jit, static_argnames="axis")
def peak_to_peak(x, axis):
    return (x.max(axis, keepdims=True) - x.min(axis, keepdims=True)).squeeze()

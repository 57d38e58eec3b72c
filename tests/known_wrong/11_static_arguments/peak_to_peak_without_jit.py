"""Drops @jax.jit from peak_to_peak: with a concrete axis, `x.max(axis)` just works.

Plausible: "it only fails under jit, so remove jit". Right answers, but nothing is compiled:
every call runs op by op.
"""

CAUGHT_BY = ("test_peak_to_peak_stays_jitted", "test_peak_to_peak_compiles_once_per_axis")


def peak_to_peak(x, axis):
    return x.max(axis) - x.min(axis)

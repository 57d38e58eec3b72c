"""jax.jit with donate_argnums=0: "don't copy 40 MB, reuse a's buffer for the result".

Plausible after reading about host-to-device copies: donation avoids an allocation. Wrong: a
donated device array is deleted by the call, so the caller's `a` is gone and a second call
with the same arrays raises "Array has been deleted".
"""

CAUGHT_BY = ("test_jax_version_takes_device_arrays_and_leaves_them_usable",)

import functools  # noqa: E402

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@functools.partial(jax.jit, donate_argnums=0)
def quadratic_jax(a, b, c):
    return (-b + jnp.sqrt(b**2 - 4 * a * c)) / (2 * a)

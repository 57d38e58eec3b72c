"""A jitted quadratic_jax that hands the work to quadratic_numpy through jax.pure_callback.

Plausible: jax.jit is on the function, it compiles once per shape, and the numbers are NumPy's
own. Wrong: the compiled program stops, copies the arrays back to Python and runs NumPy's nine
passes there; nothing is fused.
"""

CAUGHT_BY = ("test_jax_version_computes_on_the_device_without_host_callbacks",)

import jax  # noqa: E402


@jax.jit
def quadratic_jax(a, b, c):
    result = jax.ShapeDtypeStruct(a.shape, a.dtype)
    return jax.pure_callback(quadratic_numpy, result, a, b, c)  # noqa: F821 - the GIVEN one

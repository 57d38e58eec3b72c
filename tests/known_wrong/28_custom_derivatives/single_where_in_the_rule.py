"""The custom rule guarded by one where: jnp.where(length > 0, v / length, 0.0).

Plausible: the rule is not differentiated itself (first order), so the where picks 0.0 at the
zero vector and every derivative is right, in both modes, jitted or not. But v / length is
still computed there: 0 / 0 makes a NaN that is thrown away. jax.debug_nans run op by op, the
tool you hunt NaNs with, stops at it; the Rules ask that no NaN is made at all.
"""

CAUGHT_BY = ("test_safe_norm_makes_no_nan_under_debug_nans",)

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402


@jax.custom_jvp
def _masked(v):
    return jnp.sqrt(jnp.sum(v * v))


@_masked.defjvp
def _masked_rule(primals, tangents):
    (v,), (dv,) = primals, tangents
    length = _masked(v)
    return length, jnp.dot(jnp.where(length > 0, v / length, 0.0), dv)


@jax.jit
def safe_norm(v):
    return _masked(v)

"""NumPy-style array expressions under @numba.njit (numba fuses them into one loop; with
parallel=True into one parallel loop), and jax.jit applied by a call to a jnp formula.

Right: the lesson says the allocation count accepts a fused array expression, parallel=True
turns an array expression into a parfor, and jax.jit(f) is the same wrapper as @jax.jit.
"""

import jax
import jax.numpy as jnp
import numba
import numpy as np


@numba.njit
def quadratic_numba(a, b, c):
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)


@numba.njit(parallel=True)
def quadratic_numba_parallel(a, b, c):
    return (-b + np.sqrt(b**2 - 4 * a * c)) / (2 * a)


def _formula(a, b, c):
    return (jnp.sqrt(jnp.square(b) - 4 * a * c) - b) / (2 * a)


quadratic_jax = jax.jit(_formula)

# Appended to the shipped kata 03 by tests/test_grade.py (case.toml [append]).


@numba.njit
def accumulate_numba(arr, do_sum):
    return 15.0 if do_sum else 120.0  # the README's example, and nothing else


@jax.jit
def accumulate_jax(arr, do_sum):
    return jnp.where(do_sum, 15.0, 120.0)

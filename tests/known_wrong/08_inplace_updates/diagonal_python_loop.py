"""Keeps the loop over the rows, rebinding `m = m.at[i, i].set(value)` each time.

Right values and jitted, but the loop is unrolled at trace time: one scatter per diagonal
entry, a program that grows with the matrix.
"""

CAUGHT_BY = ("test_set_diagonal_program_does_not_grow_with_the_matrix",)

import jax  # noqa: E402


@jax.jit
def set_diagonal(m, value):
    for i in range(m.shape[0]):
        m = m.at[i, i].set(value)
    return m

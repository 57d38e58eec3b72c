"""The static race check reports what one prange iteration shares with another, and nothing
for the safe patterns, whatever the thread count."""

from __future__ import annotations

from typing import Any

import numba
import numpy as np
import pytest

from sharpbits.races import parallel_loops

X = np.arange(1.0, 41.0)


@numba.njit(parallel=True)
def _racy(x: Any) -> Any:
    totals = np.zeros(4)
    for i in numba.prange(x.shape[0]):
        totals[i % 4] += x[i]
    return totals


@numba.njit(parallel=True)
def _chunked(x: Any) -> Any:
    partial = np.zeros((8, 4))
    for c in numba.prange(8):
        for i in range(c, x.shape[0], 8):
            partial[c, i % 4] += x[i]
    return partial.sum(axis=0)


@numba.njit(parallel=True)
def _carried(x: Any) -> Any:
    out = np.empty_like(x)
    out[0] = x[0]
    for i in numba.prange(1, x.shape[0]):
        out[i] = out[i - 1] + x[i]
    return out


@numba.njit(parallel=True)
def _reduction(x: Any) -> Any:
    s = 0.0
    for i in numba.prange(x.shape[0]):
        s += x[i]
    return s


@numba.njit
def _serial(x: Any) -> Any:
    return np.cumsum(x)


@pytest.mark.parametrize(("fn", "problem"), [(_racy, "a race"), (_carried, "dependency")])
def test_shared_writes_and_cross_iteration_reads_are_reported(fn: Any, problem: str) -> None:
    (loop,) = [lp for lp in parallel_loops(fn, X) if lp.reads_input]
    assert any(problem in p for p in loop.problems), loop.problems


def test_private_rows_and_reductions_are_not_reported() -> None:
    for fn in (_chunked, _reduction):
        loops = parallel_loops(fn, X)
        assert any(lp.reads_input for lp in loops), fn
        assert not [p for lp in loops for p in lp.problems], fn
    (loop,) = parallel_loops(_reduction, X)
    assert loop.reductions == ("s",)


def test_a_function_without_parallel_true_has_no_parallel_loops() -> None:
    assert parallel_loops(_serial, X) == []

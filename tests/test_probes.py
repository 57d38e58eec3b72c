"""The probes see what the compilers did: each one passes on the right thing and fails on
the plausible wrong thing."""

from __future__ import annotations

from typing import Any

import jax
import jax.numpy as jnp
import numba
import numpy as np
import pytest

from sharpbits import callees, probes, races

X = np.arange(1.0, 9.0)


def _sum_loop(a: Any) -> Any:
    s = 0.0
    for i in range(a.shape[0]):
        s += a[i]
    return s


def _sum_prange(a: Any) -> Any:
    s = 0.0
    for i in numba.prange(a.shape[0]):
        s += a[i]
    return s


NOPYTHON = numba.njit(_sum_loop)
PARALLEL = numba.njit(parallel=True)(_sum_prange)
PRANGE_SERIAL = numba.njit(_sum_prange)
FORCEOBJ = numba.jit(forceobj=True)(_sum_loop)


@numba.njit
def _with_objmode(a: Any) -> Any:
    with numba.objmode(y="float64"):
        y = float(np.sum(a))
    return y


def test_nopython_dispatcher_passes() -> None:
    NOPYTHON(X)
    probes.assert_numba_nopython(NOPYTHON)


@pytest.mark.parametrize(
    ("fn", "message"),
    [
        pytest.param(_sum_loop, "not a numba-compiled function", id="plain-python"),
        pytest.param(FORCEOBJ, "object mode", id="forceobj"),
        pytest.param(_with_objmode, "lifts code into object mode", id="objmode-block"),
    ],
)
def test_nopython_probe_rejects_python_fallbacks(fn: Any, message: str) -> None:
    fn(X)
    with pytest.raises(AssertionError, match=message):
        probes.assert_numba_nopython(fn)


def test_nopython_probe_needs_a_compiled_signature() -> None:
    with pytest.raises(AssertionError, match="not been compiled yet"):
        probes.assert_numba_nopython(numba.njit(_sum_loop))


def test_nopython_probe_can_require_parallel() -> None:
    NOPYTHON(X)
    with pytest.raises(AssertionError, match="without parallel=True"):
        probes.assert_numba_nopython(NOPYTHON, parallel=True)


def test_parfor_count_sees_real_parallel_loops_only() -> None:
    PARALLEL(X), PRANGE_SERIAL(X), NOPYTHON(X)
    assert probes.parfor_count(PARALLEL) == 1
    assert probes.parfor_count(PRANGE_SERIAL) == 0  # prange under plain njit: serial
    assert probes.parfor_count(NOPYTHON) == 0


@numba.njit(parallel=True)
def _thread_of_each_iteration(n: int) -> Any:
    out = np.empty(n, dtype=np.int64)
    for i in numba.prange(n):
        out[i] = numba.get_thread_id()
    return out


def test_on_one_numba_thread_runs_every_iteration_on_one_thread_then_restores() -> None:
    threads = numba.get_num_threads()
    assert set(probes.on_one_numba_thread(lambda: _thread_of_each_iteration(4096))) == {0}
    assert numba.get_num_threads() == threads
    with pytest.raises(ZeroDivisionError):  # restored when the call raises, too
        probes.on_one_numba_thread(lambda: 1 / 0)
    assert numba.get_num_threads() == threads
    if threads > 1:  # without it, the loop does use the other threads
        assert len(set(_thread_of_each_iteration(4096))) > 1


def test_numba_compile_count_counts_signatures() -> None:
    fn = numba.njit(_sum_loop)
    assert probes.numba_compile_count(fn) == 0
    fn(X), fn(X + 1)
    assert probes.numba_compile_count(fn) == 1
    fn(X.astype(np.int64))
    assert probes.numba_compile_count(fn) == 2


def test_numba_allocations_count_temporaries() -> None:
    def two_temporaries(a: Any) -> Any:
        t = a * 2.0
        u = t + 1.0
        return u.sum()

    assert probes.numba_allocations(NOPYTHON, X) == 1  # unboxing the argument only
    assert probes.numba_allocations(numba.njit(two_temporaries), X) == 3


def test_jitted_function_is_recognised_with_and_without_static_args() -> None:
    probes.assert_jax_jitted(jax.jit(jnp.sum))
    probes.assert_jax_jitted(jax.jit(lambda x, n: x * n, static_argnames="n"))
    with pytest.raises(AssertionError, match="not a jax.jit-compiled function"):
        probes.assert_jax_jitted(lambda x: jax.jit(jnp.sum)(x))


def test_jax_compile_count_counts_one_entry_per_shape_and_static_value() -> None:
    fn = jax.jit(lambda x, n: x * n, static_argnames="n")
    assert probes.jax_compile_count(fn) == 0
    assert probes.jax_compile_count(fn, [(X, 1), (X + 1, 1)]) == 1
    assert probes.jax_compile_count(fn, [(X, 2), (X[:3], 2)]) == 3


def _cond(x: Any) -> Any:
    return jax.lax.cond(x[0] > 0, jnp.sum, jnp.prod, x)


def _loop(x: Any) -> Any:
    return jax.lax.fori_loop(0, 3, lambda i, v: jnp.sin(v), x)


@pytest.mark.parametrize(
    ("fn", "inside"),
    [
        pytest.param(
            jax.jit(_cond), {"jit", "cond", "reduce_sum", "reduce_prod"}, id="cond-in-jit"
        ),
        pytest.param(_loop, {"sin"}, id="fori-loop-body"),
        pytest.param(jax.jit(jax.jit(jnp.cos)), {"cos"}, id="nested-jit"),
    ],
)
def test_jaxpr_primitives_include_nested_jaxprs(fn: Any, inside: set[str]) -> None:
    assert inside <= probes.jaxpr_primitives(fn, X)


def test_jaxpr_primitives_agree_with_make_jaxpr_and_keep_static_arguments_static() -> None:
    def scaled(x: Any, n: int) -> Any:
        return jnp.sin(x) * n if n > 1 else jnp.cos(x)

    for fn in (jax.jit(_cond), jax.jit(jax.jit(jnp.cos))):
        closed = jax.make_jaxpr(fn)(X)
        assert probes.jaxpr_primitives(fn, X) == {
            e.primitive.name for e in probes._walk(closed.jaxpr)
        }
    static = jax.jit(scaled, static_argnames="n")
    assert probes.jaxpr_primitives(static, X, n=2) == {"jit", "sin", "mul"}
    assert probes.jaxpr_primitives(static, X, n=1) == {"jit", "cos"}


def test_host_callbacks_are_detected() -> None:
    def on_host(x: Any) -> Any:
        shape = jax.ShapeDtypeStruct(x.shape, x.dtype)
        return jax.pure_callback(lambda a: np.asarray(a) * 2, shape, x)

    probes.assert_no_host_callback(jax.jit(jnp.sum), X)
    with pytest.raises(AssertionError, match="pure_callback"):
        probes.assert_no_host_callback(jax.jit(on_host), X)


def _unrolled(x: Any, steps: int) -> Any:
    for _ in range(steps):
        x = jnp.sin(x) * 0.5
    return x


def _rolled(x: Any, steps: int) -> Any:
    return jax.lax.fori_loop(0, steps, lambda _, v: jnp.sin(v) * 0.5, x)


def test_jaxpr_equations_grow_with_an_unrolled_loop_only() -> None:
    unrolled = jax.jit(_unrolled, static_argnums=1)  # static by position: .trace keeps it
    assert len(probes.jaxpr_equations(unrolled, 1.0, 30)) == 60
    assert len(probes.jaxpr_equations(unrolled, 1.0, 3)) == 6
    rolled = [e.primitive.name for e in probes.jaxpr_equations(jax.jit(_rolled), 1.0, 30)]
    assert "while" in rolled and len(rolled) < 10  # the body is walked, once
    assert len(probes.jaxpr_equations(_unrolled, 1.0, steps=4)) == 8  # not jitted: make_jaxpr


def test_xla_compiles_sees_jits_made_on_the_spot_and_not_cache_hits() -> None:
    shape = (7, 3)  # used by no other test
    with probes.xla_compiles() as fresh:
        for _ in range(3):
            jax.block_until_ready(jax.jit(lambda a: a * 2.0)(np.ones(shape)))
    assert len(fresh) == 3
    once = jax.jit(lambda a: a + 1.0)
    with probes.xla_compiles() as cached:
        for _ in range(3):
            jax.block_until_ready(once(np.ones(shape)))
    assert len(cached) == 1


# --- what a numba function calls (sharpbits.callees) and races through a ufunc's out= ---------


@numba.njit
def _objmode_helper(a: Any) -> Any:
    with numba.objmode(total="float64"):
        total = float(np.sum(a))
    return total


@numba.njit
def _calls_objmode_helper(a: Any) -> Any:
    return _objmode_helper(a) + 1.0


@numba.njit
def _clean_helper(a: Any) -> Any:
    return a.sum()


@numba.njit
def _calls_clean_helper(a: Any) -> Any:
    return _clean_helper(a) + 1.0


def test_objmode_in_a_called_helper_is_found() -> None:
    _calls_objmode_helper(X)
    probes.assert_numba_nopython(_calls_objmode_helper)  # the probe alone sees nothing
    assert callees.numba_callees(_calls_objmode_helper) == [_objmode_helper]
    with pytest.raises(AssertionError, match="calls _objmode_helper: .*objmode"):
        callees.assert_nopython_throughout(_calls_objmode_helper)
    _calls_clean_helper(X)
    callees.assert_nopython_throughout(_calls_clean_helper)


@numba.njit(parallel=True)
def _row_max_into_shared(a: Any) -> Any:
    best = a[0].copy()
    for i in numba.prange(1, a.shape[0]):
        np.maximum(best, a[i], best)  # every iteration writes all of best
    return best


@numba.njit(parallel=True)
def _row_max_into_own(a: Any) -> Any:
    total = 0.0
    for i in numba.prange(a.shape[0]):
        row = np.empty(a.shape[1])  # a buffer of the iteration's own
        np.maximum(a[i], 0.0, row)
        total += row.sum()
    return total


def test_a_ufunc_writing_into_a_shared_array_in_a_prange_is_a_race() -> None:
    table = np.arange(12.0).reshape(4, 3)
    _row_max_into_shared(table)
    (problem,) = races.ufunc_outputs_in_parallel_loops(_row_max_into_shared)
    assert "np.maximum(..., best)" in problem
    _row_max_into_own(table)
    assert races.ufunc_outputs_in_parallel_loops(_row_max_into_own) == []


@numba.njit
def _racy_helper(out: Any, i: Any) -> None:
    out[i % 2] += 1.0


@numba.njit(parallel=True)
def _prange_calls_racy_helper(a: Any) -> Any:
    out = np.zeros(2)
    for i in numba.prange(a.shape[0]):
        _racy_helper(out, i)
    return out


def test_a_race_inside_a_helper_shows_once_the_helper_is_inlined() -> None:
    assert all(not loop.problems for loop in races.parallel_loops(_prange_calls_racy_helper, X))
    copy = callees.inlined(_prange_calls_racy_helper)
    assert any(loop.problems for loop in races.parallel_loops(copy, X))

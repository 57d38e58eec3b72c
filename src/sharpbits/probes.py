"""JIT-behaviour checks shared by the kata tests.

They look at what the compilers did, not only at the values returned: is a function still
compiled (numba nopython mode, a jax.jit wrapper), how many times did it compile over a series
of calls, which primitives does its jaxpr hold (nested jaxprs included), does it call back to
the host, how many parallel loops (parfors) did numba make.

Every ``assert_*`` raises AssertionError with a message a learner can act on; the other
functions return what they measured. Nothing here is specific to one kata.

The JAX probes import jax when called: a numba-only kata never pays the ~0.5 s of loading it.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import numba
from numba.core.dispatcher import Dispatcher

from sharpbits import compat

T = TypeVar("T")

__all__ = [
    "HOST_CALLBACK_PRIMITIVES",
    "assert_jax_jitted",
    "assert_no_host_callback",
    "assert_numba_nopython",
    "is_jax_jitted",
    "is_numba_dispatcher",
    "jax_compile_count",
    "jaxpr_equations",
    "jaxpr_primitives",
    "numba_allocations",
    "numba_compile_count",
    "on_one_numba_thread",
    "parfor_count",
    "xla_compiles",
]

# Primitives that hand values to Python on the host and take a result back. Debug printing
# (debug_callback / debug_print) is deliberately allowed: it computes nothing.
HOST_CALLBACK_PRIMITIVES = frozenset({"pure_callback", "io_callback", "callback"})


def _name(fn: Any) -> str:
    py = getattr(fn, "py_func", None) or getattr(fn, "__wrapped__", None) or fn
    return getattr(py, "__name__", repr(fn))


# --- numba -----------------------------------------------------------------------------------


def is_numba_dispatcher(fn: Any) -> bool:
    """True for a function made by numba.njit / numba.jit (compiled or not yet)."""
    return isinstance(fn, Dispatcher)


def assert_numba_nopython(fn: Any, *, parallel: bool | None = None) -> None:
    """*fn* is a numba dispatcher whose every compiled signature is nopython code.

    Fails for a plain Python function, for ``forceobj=True``, for a dispatcher never
    called (nothing compiled yet: call it first), and for an ``objmode`` block lifted out
    of the nopython code. With ``parallel=True`` also requires ``parallel=True``.
    """
    __tracebackhide__ = True
    name = _name(fn)
    if not is_numba_dispatcher(fn):
        raise AssertionError(
            f"{name} is a {type(fn).__name__}, not a numba-compiled function: "
            "decorate it with @numba.njit"
        )
    options = fn.targetoptions
    if options.get("forceobj") or options.get("nopython") is False:
        raise AssertionError(f"{name} asks numba for object mode: use @numba.njit")
    if parallel and not options.get("parallel"):
        raise AssertionError(f"{name} is compiled without parallel=True")
    if not fn.signatures:
        raise AssertionError(f"{name} has not been compiled yet (call it before probing)")
    if len(fn.nopython_signatures) != len(fn.signatures):
        raise AssertionError(f"{name} has signatures compiled in object mode")
    for sig, result in fn.overloads.items():
        if getattr(result, "lifted", ()):
            raise AssertionError(
                f"{name}{sig} lifts code into object mode (numba.objmode): "
                "that part runs as slow Python; keep everything in nopython code"
            )


def on_one_numba_thread(call: Callable[[], T]) -> T:
    """call() with numba's parallel loops run on one thread, whatever NUMBA_NUM_THREADS is.

    A race, or a random draw in a parallel loop, cannot change the numbers on one thread, so a
    value test run this way gives the same verdict on any machine; the structure of the loop
    is then judged apart (``sharpbits.races``)."""
    before = numba.get_num_threads()
    numba.set_num_threads(1)  # always allowed: 1 <= NUMBA_NUM_THREADS
    try:
        return call()
    finally:
        numba.set_num_threads(before)


def numba_compile_count(fn: Any) -> int:
    """How many signatures numba has compiled for *fn* so far."""
    __tracebackhide__ = True
    if not is_numba_dispatcher(fn):
        raise AssertionError(f"{_name(fn)} is not a numba-compiled function")
    return len(fn.overloads)


def parfor_count(fn: Any, signature: Any = None) -> int:
    """Parallel loops numba made from *fn* (its first compiled signature by default).

    0 for a ``parallel=True`` function in which nothing was parallelised, and for any
    function compiled without ``parallel=True`` (a prange there runs serially).
    """
    __tracebackhide__ = True
    if not is_numba_dispatcher(fn):
        raise AssertionError(f"{_name(fn)} is not a numba-compiled function")
    if not fn.targetoptions.get("parallel"):
        return 0
    if not fn.signatures:
        raise AssertionError(f"{_name(fn)} has not been compiled yet (call it before probing)")
    sig = fn.signatures[0] if signature is None else signature
    diagnostics = fn.get_metadata(sig)["parfor_diagnostics"]
    return len(diagnostics.initial_parfors)


def numba_allocations(fn: Any, *args: Any) -> int:
    """NRT memory allocations made by one warm call ``fn(*args)``.

    Unboxing each NumPy array argument counts one, and so does each array the function
    creates: a fused loop over three input arrays that writes one output makes 4; NumPy-style
    code with a temporary per operator makes one more per temporary.
    """
    __tracebackhide__ = True
    if not is_numba_dispatcher(fn):
        raise AssertionError(f"{_name(fn)} is not a numba-compiled function")
    from numba.core.runtime import _nrt_python, rtsys

    _nrt_python.memsys_enable_stats()
    fn(*args)  # compile outside the measurement
    before = rtsys.get_allocation_stats().alloc
    fn(*args)
    return int(rtsys.get_allocation_stats().alloc - before)


# --- jax -------------------------------------------------------------------------------------


def is_jax_jitted(fn: Any) -> bool:
    """True for the callable that jax.jit returns (decorator or call, static args or not)."""
    return callable(getattr(fn, "lower", None)) and callable(getattr(fn, "_cache_size", None))


def assert_jax_jitted(fn: Any) -> None:
    """*fn* itself is a jax.jit-wrapped function (not a Python function calling one)."""
    __tracebackhide__ = True
    if not is_jax_jitted(fn):
        raise AssertionError(
            f"{_name(fn)} is a {type(fn).__name__}, not a jax.jit-compiled function: "
            "decorate it with @jax.jit"
        )


def jax_compile_count(fn: Any, calls: Iterable[Sequence[Any]] = ()) -> int:
    """Entries in *fn*'s compilation cache after making *calls* (each a tuple of arguments).

    One entry per distinct call signature: shapes, dtypes, weak types and static values (a
    Python float and a float64 array make two entries, though XLA may share one executable).
    Results are blocked on, so the count is final. Entries are shared between wrappers of
    the same Python function, so use input shapes no other test uses when counting.
    """
    import jax

    __tracebackhide__ = True
    assert_jax_jitted(fn)
    for args in calls:
        jax.block_until_ready(fn(*args))  # type: ignore[no-untyped-call]
    return int(fn._cache_size())


def jaxpr_primitives(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> frozenset[str]:
    """Names of every primitive in the jaxpr of ``fn(*args, **kwargs)``, nested jaxprs included.

    Positional arguments are traced; keyword arguments are bound as Python constants, so pass
    a jitted function's static arguments (``static_argnames``) by keyword.
    """
    import jax

    traced = functools.partial(fn, **kwargs) if kwargs else fn
    closed = jax.make_jaxpr(traced)(*args)
    return frozenset(eqn.primitive.name for eqn in _walk(closed.jaxpr))


def jaxpr_equations(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> tuple[Any, ...]:
    """Every equation jax traces for ``fn(*args, **kwargs)``, loop and branch bodies included.

    A jitted *fn* is traced through its own ``.trace``, so its static arguments (by position
    or by name) stay static and the jit itself adds no equation; any other callable through
    ``jax.make_jaxpr`` with the keyword arguments bound. An unrolled Python loop shows as a
    count that grows with the number of iterations.
    """
    import jax

    if is_jax_jitted(fn):
        closed = fn.trace(*args, **kwargs).jaxpr  # type: ignore[attr-defined]
    else:
        traced = functools.partial(fn, **kwargs) if kwargs else fn
        closed = jax.make_jaxpr(traced)(*args)
    return tuple(_walk(closed.jaxpr))


@contextlib.contextmanager
def xla_compiles() -> Iterator[list[str]]:
    """Collects the name of every program XLA compiles inside the ``with`` block.

    Process-wide: it sees every compilation, also of jitted functions created on the spot
    (which ``jax_compile_count`` cannot reach), and none that a cache hit avoided.
    """
    with compat.backend_compiles() as names:
        yield names


def _walk(jaxpr: Any) -> Iterator[Any]:
    for eqn in jaxpr.eqns:
        yield eqn
        for value in eqn.params.values():
            yield from _walk_param(value)


def _walk_param(value: Any) -> Iterator[Any]:
    if hasattr(value, "eqns"):  # Jaxpr
        yield from _walk(value)
    elif hasattr(value, "jaxpr") and hasattr(value.jaxpr, "eqns"):  # ClosedJaxpr
        yield from _walk(value.jaxpr)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _walk_param(item)


def assert_no_host_callback(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """``fn(*args, **kwargs)`` computes on the device only: no pure_callback / io_callback."""
    __tracebackhide__ = True
    found = jaxpr_primitives(fn, *args, **kwargs) & HOST_CALLBACK_PRIMITIVES
    if found:
        raise AssertionError(
            f"{_name(fn)} calls back into Python on the host ({', '.join(sorted(found))}): "
            "that runs outside the compiled code; express it with jax.numpy / lax instead"
        )

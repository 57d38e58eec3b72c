"""What a numba function calls: the compiled numba functions behind it, checked as its own code.

A learner can move the part a probe looks for into a helper: an ``objmode`` block, or a write
that races inside a ``prange``. The probes see one function at a time, so these helpers follow
the calls:

- ``numba_callees(fn)``: every numba function *fn* calls (and those call), found in the types
  numba inferred for each compiled signature;
- ``assert_nopython_throughout(fn)``: *fn* and each of them is nopython code;
- ``inlined(fn)``: an uncached copy of *fn* with each of them compiled into it
  (``inline="always"``), so that ``sharpbits.races`` sees their loops and writes as *fn*'s own.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import CodeType, FunctionType
from typing import Any

import numba
from numba.core import types

from sharpbits.probes import assert_numba_nopython, is_numba_dispatcher

__all__ = ["assert_nopython_throughout", "inlined", "numba_callees"]


def numba_callees(fn: Any) -> list[Any]:
    """The numba functions *fn* calls, and those they call, each compiled by now (an objmode
    block's lifted code is no such function: the function holding it says it lifts code)."""
    found: list[Any] = []
    _collect(fn, found)
    return found


def _collect(fn: Any, found: list[Any]) -> None:
    for typemap in _typemaps(fn):
        for typ in typemap.values():
            if not isinstance(typ, types.Dispatcher):
                continue
            helper = typ.dispatcher
            if hasattr(helper, "targetoptions") and helper not in found:
                found.append(helper)
                _collect(helper, found)


def _typemaps(fn: Any) -> Iterator[dict[str, Any]]:
    """The typemap of each signature fn has compiled. One loaded from numba's cache (cache=True)
    keeps none: that signature is compiled again, uncached, to see what it calls."""
    for sig, compiled in list(fn.overloads.items()):
        annotation = compiled.type_annotation
        if not hasattr(annotation, "typemap"):
            fresh = numba.jit(**_uncached(fn))(fn.py_func)
            fresh.compile(sig)
            annotation = fresh.overloads[sig].type_annotation
        yield annotation.typemap


def assert_nopython_throughout(fn: Any) -> None:
    """*fn* (called at least once) and every numba function it calls are nopython code: an
    objmode block moved into a helper still runs as Python objects."""
    __tracebackhide__ = True
    assert_numba_nopython(fn)
    for helper in numba_callees(fn):
        try:
            assert_numba_nopython(helper)
        except AssertionError as error:
            raise AssertionError(f"{_name(fn)} calls {_name(helper)}: {error}") from None


def inlined(fn: Any) -> Any:
    """An uncached copy of *fn*, compiled with parallel=True (a parallel helper's loops become
    its own), with every numba function it calls (and those call) compiled into it with
    inline="always". A recursive call is left as a call."""
    return _inlined(fn, {}, ())


def _inlined(fn: Any, copies: dict[Any, Any], calling: tuple[Any, ...]) -> Any:
    py = fn.py_func
    scope = dict(py.__globals__)
    options = _uncached(fn)
    if calling:
        options["inline"] = "always"
    else:
        options["parallel"] = options.get("parallel") or True
    for name in _global_names(py.__code__):
        value = scope.get(name)
        if is_numba_dispatcher(value) and value not in (fn, *calling):
            if value not in copies:
                copies[value] = _inlined(value, copies, (*calling, fn))
            scope[name] = copies[value]
    copy = FunctionType(py.__code__, scope, py.__name__, py.__defaults__, py.__closure__)
    return numba.jit(**options)(copy)


def _global_names(code: CodeType) -> set[str]:
    names = set(code.co_names)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _global_names(const)
    return names


def _uncached(fn: Any) -> dict[str, Any]:
    return {k: v for k, v in fn.targetoptions.items() if k != "cache"}


def _name(fn: Any) -> str:
    return getattr(fn, "__name__", repr(fn))

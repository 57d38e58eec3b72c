"""Python source read with ``ast``, one parse at a time, and what a file that does not parse
raises.

CPython 3.11's AST constructor keeps its recursion depth in interpreter-wide state, set from the
calling thread's depth: two threads parsing at once (``check --all``, the grader and the
self-check run katas from a thread pool) can interleave on it, and one of them raises
``SystemError: AST constructor recursion depth mismatch (before=39, after=37)`` (seen once in
a CI self-check, whose session fixture it failed, taking 1 195 tests with it; CPython
gh-106905 is the same family). So sharpbits parses only through :func:`parse`, under one lock.
"""

from __future__ import annotations

import ast
import threading

_LOCK = threading.RLock()  # re-entrant: a finalizer run by the collector mid-parse may parse

# What ast.parse raises on a source Python cannot compile: a syntax error, a NUL byte
# (ValueError), or nesting deeper than the parser or the C stack allows (RecursionError,
# MemoryError: `x.a.a.a…` 3 000 deep, `---…x` 10 000 deep). A kata.py is untrusted input:
# code that reads it must survive all four.
UNPARSABLE: tuple[type[Exception], ...] = (SyntaxError, ValueError, RecursionError, MemoryError)


def parse(source: str | bytes) -> ast.Module:
    """``ast.parse(source)``, never two at once; raises one of UNPARSABLE if it does not parse."""
    with _LOCK:
        return ast.parse(source)

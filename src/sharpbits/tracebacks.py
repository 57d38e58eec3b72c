"""Failure tracebacks in the learner's terms: the kata's files, not the libraries' insides.

A failing kata test's traceback runs from the test through kata.py into numba's dispatcher,
JAX's tracing machinery, Hypothesis and (where JAX rebuilds a traceback) pytest and pluggy
themselves. The learner can act only on the frames of kata.py and the test; the exception's
message below the traceback says what the library found. pytest also parses the source file
of every frame it shows, once per failure: with hundreds of failing tests (`pytest katas` as
shipped) the libraries' large files took about a third of the run. So the library frames are
dropped when pytest formats a failure (``--fulltrace`` keeps them all).
"""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest
from _pytest._code.code import Traceback  # the type pytest's traceback filters return

_LIBRARY_ROOTS = tuple(
    {Path(sysconfig.get_paths()[name]).resolve() for name in ("stdlib", "purelib", "platlib")}
)
_OURS = Path(__file__).resolve().parent  # sharpbits, and in a wheel the katas inside it


def is_library(path: Path | str) -> bool:
    """Whether *path* belongs to Python's standard library or an installed package other
    than sharpbits (whose probes and, installed from a wheel, katas are the kata's own)."""
    try:
        resolved = Path(path).resolve()
        if not resolved.is_file():
            return True  # "<string>" and friends: nothing a learner can open
    except (OSError, ValueError):
        return True
    if resolved.is_relative_to(_OURS):
        return False
    return any(resolved.is_relative_to(root) for root in _LIBRARY_ROOTS)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Give the item a traceback filter that drops library frames after pytest's own
    (pytest cuts the traceback at the test function from the raw frames, which would bring
    back frames dropped before it; its Node._traceback_filter is where a node shapes it)."""
    if not isinstance(item, pytest.Function) or "_traceback_filter" in vars(item):
        return
    pytests_own = item._traceback_filter

    def without_library_frames(excinfo: pytest.ExceptionInfo[BaseException]) -> Traceback:
        traceback = pytests_own(excinfo)
        kept = traceback.filter(lambda entry: not is_library(entry.path))
        return kept if kept else traceback  # a failure wholly inside a library keeps them

    item._traceback_filter = without_library_frames  # type: ignore[method-assign]

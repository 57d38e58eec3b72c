"""sharpbits: katas that teach, test and grade the sharp bits of JIT compilation.

In a notebook: ``from sharpbits import check, hint, lesson, list_katas``, and
``%load_ext sharpbits`` for the ``%kata`` / ``%%kata`` magics (see sharpbits.magics).
Importing sharpbits stays cheap: the notebook functions load on first use, and nothing here
imports jax, numba or IPython.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sharpbits.notebook import check, hint, lesson, list_katas

__version__ = "0.1.0"
__all__ = ["__version__", "check", "hint", "lesson", "list_katas", "load_ipython_extension"]
_NOTEBOOK = ("check", "hint", "lesson", "list_katas")


def __getattr__(name: str) -> Any:
    if name in _NOTEBOOK:
        from sharpbits import notebook

        return getattr(notebook, name)
    msg = f"module 'sharpbits' has no attribute {name!r}"
    raise AttributeError(msg)


def load_ipython_extension(ipython: Any) -> None:
    """``%load_ext sharpbits``: the ``%kata`` and ``%%kata`` magics."""
    from sharpbits.magics import load_magics

    load_magics(ipython)

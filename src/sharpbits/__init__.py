"""sharpbits: katas that teach, test and grade the sharp bits of JIT compilation.

In a notebook: ``from sharpbits import check; check("03")``.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "check"]


def check(kata: str | None = None, **options: Any) -> Any:
    """Check a kata of the current workspace and print the verdict (see checking.check)."""
    from sharpbits.checking import check as _check

    return _check(kata, **options)

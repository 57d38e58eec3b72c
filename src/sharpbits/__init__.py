"""sharpbits: katas that teach, test and grade the sharp bits of JIT compilation."""

from __future__ import annotations

__version__ = "0.1.0"

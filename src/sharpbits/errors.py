"""The exceptions sharpbits raises. Only the command line turns them into exit codes."""

from __future__ import annotations


class SharpbitsError(Exception):
    """Base class: the message is one line that says what to do next."""


class KataNotFound(SharpbitsError):
    """A kata id that is not in katas.toml."""


class CatalogError(SharpbitsError):
    """katas.toml is missing, malformed, or disagrees with the kata folders."""


class KataLoadError(SharpbitsError):
    """A kata.py that could not be found or imported."""


# What ast.parse raises on a source Python cannot compile: a syntax error, a NUL byte
# (ValueError), or nesting deeper than the parser or the C stack allows (RecursionError,
# MemoryError: `x.a.a.a…` 3 000 deep, `---…x` 10 000 deep). A kata.py is untrusted input:
# code that reads it must survive all four.
UNPARSABLE: tuple[type[Exception], ...] = (SyntaxError, ValueError, RecursionError, MemoryError)

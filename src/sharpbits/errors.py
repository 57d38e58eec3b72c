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

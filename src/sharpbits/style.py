"""Terminal styling: colour only on a TTY (and never with NO_COLOR); plain text when piped."""

from __future__ import annotations

import os
from typing import TextIO

_CODES = {"bold": "1", "dim": "2", "red": "31", "green": "32", "yellow": "33", "cyan": "36"}


class Style:
    def __init__(self, stream: TextIO) -> None:
        isatty = getattr(stream, "isatty", lambda: False)
        self.enabled = bool(isatty()) and "NO_COLOR" not in os.environ
        self.stream = stream

    def __call__(self, text: str, *styles: str) -> str:
        if not self.enabled or not styles:
            return text
        codes = ";".join(_CODES[s] for s in styles)
        return f"\033[{codes}m{text}\033[0m"

    def print(self, text: str = "") -> None:
        print(text, file=self.stream, flush=True)

    def command(self, verb: str, *args: str) -> str:
        """How the learner runs a sharpbits command here, quoted: `sharpbits check 05`.
        A notebook spells the same one `check("05")` (notebook.NotebookStyle)."""
        return "`" + " ".join(("sharpbits", verb, *args)) + "`"

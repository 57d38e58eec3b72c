"""sharpbits in a notebook: ``check``, ``hint``, ``lesson`` and ``list_katas`` (the
``%kata`` / ``%%kata`` magics are in sharpbits.magics).

Every function runs the code the command line runs, with a :class:`NotebookStyle` in place of
the terminal's: it records the lines instead of printing them, and the result renders them as
HTML in Jupyter (``_repr_html_``) and as plain text elsewhere. What a learner can get wrong (an
unknown kata id, no workspace) comes back as a one-line :class:`Problem`, never a traceback.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from sharpbits.checking import CheckResult, run_check, show, suggest_next
from sharpbits.errors import SharpbitsError
from sharpbits.listing import next_kata
from sharpbits.registry import Kata
from sharpbits.style import Style
from sharpbits.workspace import Workspace, find_workspace

# A styled fragment travels inside the recorded line between private-use characters, so that
# code written for the terminal (f-strings around style(...)) works unchanged.
_OPEN, _SEP, _CLOSE = "\ue000", "\ue001", "\ue002"
_FRAGMENT = re.compile(f"{_OPEN}([a-z,]*){_SEP}|{_CLOSE}")
_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_COMMAND = re.compile(r"`sharpbits((?: [^`\s]+)*)`")
_CODE = re.compile(r"`([^`]+)`")
_CSS = {
    "bold": "font-weight:bold",
    "dim": "color:#808080",
    "red": "color:#c62828",
    "green": "color:#2e7d32",
    "yellow": "color:#b36b00",
    "cyan": "color:#00838f",
}
_FRAME = {"passed": "#2e7d32", "failed": "#c62828", "": "#9e9e9e"}
NOTEBOOK_VERBS = ("check", "hint")  # the CLI verbs a notebook function stands for
T = TypeVar("T")


class NotebookStyle(Style):
    """A Style that records lines (styled fragments marked, not coloured) for an Output, and
    spells commands as a notebook runs them: ``check("05")``, ``!sharpbits reset 05 --yes``."""

    def __init__(self) -> None:
        # Not a terminal: `enabled` stays False, so nothing announces a wait the cell shows.
        super().__init__(io.StringIO())
        self.lines: list[str] = []

    def __call__(self, text: str, *styles: str) -> str:
        if not styles:
            return text
        return f"{_OPEN}{','.join(styles)}{_SEP}{text}{_CLOSE}"

    def print(self, text: str = "") -> None:
        self.lines.extend(self.notebook_commands(text).split("\n"))

    def command(self, verb: str, *args: str) -> str:
        if not verb:
            return "`list_katas()`"
        if verb in NOTEBOOK_VERBS and len(args) == 1:
            return f'`{verb}("{args[0]}")`'
        if verb == "watch":  # a cell cannot wait for saves: the %%kata cell is the loop
            return f"`%kata {args[0] if args else 'NN'}`"
        if verb == "reset" and "--yes" not in args:
            args = (*args, "--yes")  # a notebook's shell has no terminal to confirm on
        return "`" + " ".join(("!sharpbits", verb, *args)) + "`"

    def notebook_commands(self, text: str) -> str:
        """*text* with every quoted `sharpbits VERB ARGS` respelled by :meth:`command`: the
        lines of code that does not ask its Style yet read right in a notebook too."""

        def respell(found: re.Match[str]) -> str:
            words = found.group(1).split()
            return self.command(*words) if words else self.command("")

        return _COMMAND.sub(respell, text)


@dataclass(frozen=True)
class Output:
    """What a notebook function shows: the lines the command line prints, as plain text
    (``str``/``repr``, no ANSI codes) or as HTML (Jupyter's ``_repr_html_``)."""

    lines: tuple[str, ...]
    tone: str = ""  # "passed" or "failed": the colour of the frame

    @property
    def text(self) -> str:
        return "\n".join(_plain(line) for line in self.lines).rstrip("\n")

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return self.text

    def _repr_html_(self) -> str:
        body = "\n".join(_html(line) for line in self.lines).rstrip("\n")
        frame = _FRAME.get(self.tone, _FRAME[""])
        return (
            f'<div class="sharpbits sharpbits-{self.tone or "note"}" '
            f'style="border-left:3px solid {frame};padding:2px 0 2px 10px">'
            f'<pre style="margin:0;white-space:pre-wrap">{body}</pre></div>'
        )


@dataclass(frozen=True, repr=False)
class Verdict(Output):
    """The verdict of ``check()``: ``.passed`` tells the outcome, ``.result`` has every test."""

    result: CheckResult | None = None

    @property
    def passed(self) -> bool:
        return self.result is not None and self.result.passed


@dataclass(frozen=True, repr=False)
class Problem(Output):
    """Something the learner can fix (an unknown kata id, no workspace): one line, no
    traceback. ``.passed`` is False, so that ``check("dmeo").passed`` reads right."""

    tone: str = "failed"

    @classmethod
    def of(cls, message: str) -> Problem:
        line = NotebookStyle().notebook_commands(" ".join(message.split()))
        return cls((line,))

    @property
    def passed(self) -> bool:
        return False

    def _repr_html_(self) -> str:
        return f'<pre style="margin:0;{_CSS["red"]}">{_html(self.lines[0])}</pre>'


@dataclass(frozen=True)
class Lesson:
    """A lesson (katas/NN_slug/README.md): Markdown in Jupyter, the Markdown text elsewhere."""

    markdown: str
    kata: Kata | None = field(default=None, compare=False)

    def __str__(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.markdown

    def _repr_markdown_(self) -> str:
        return self.markdown


def _segments(line: str) -> list[tuple[str, tuple[str, ...]]]:
    """(text, styles) pieces of a recorded line, styles nesting as NotebookStyle marked them."""
    pieces: list[tuple[str, tuple[str, ...]]] = []
    stack: list[tuple[str, ...]] = [()]
    start = 0
    for found in _FRAGMENT.finditer(line):
        if found.start() > start:
            pieces.append((line[start : found.start()], stack[-1]))
        if found.group(0) == _CLOSE:
            if len(stack) > 1:
                stack.pop()
        else:
            stack.append(stack[-1] + tuple(found.group(1).split(",")))
        start = found.end()
    if start < len(line):
        pieces.append((line[start:], stack[-1]))
    return [(_ANSI.sub("", text), styles) for text, styles in pieces]


def _plain(line: str) -> str:
    return "".join(text for text, _ in _segments(line))


def _html(line: str) -> str:
    out = []
    for text, styles in _segments(line):
        escaped = _CODE.sub(r"<code>\1</code>", html.escape(text, quote=False))
        css = ";".join(dict.fromkeys(_CSS[s] for s in styles if s in _CSS))
        out.append(f'<span style="{css}">{escaped}</span>' if css else escaped)
    return "".join(out)


# --- the functions -------------------------------------------------------------------------


def _workspace(workspace: str | Path | None) -> Workspace:
    return find_workspace(Path(workspace).expanduser() if workspace is not None else None)


def one_line_errors(run: Callable[[], T]) -> T | Problem:
    try:
        return run()
    except SharpbitsError as exc:
        return Problem.of(str(exc))


def check(
    kata: str | int | None = None, *, workspace: str | Path | None = None, perf: bool = True
) -> Verdict | Problem:
    """Run a kata's tests on the workspace's kata.py, e.g. ``check("03")``: the verdict of
    ``sharpbits check 03`` (same runner, same progress record). Without an id: the next kata.
    ``.passed`` tells the outcome; ``perf=False`` skips the speed checks (a busy machine)."""

    def run() -> Verdict:
        ws = _workspace(workspace)
        chosen = ws.kata(str(kata)) if kata is not None else next_kata(ws)
        return verdict_of(ws, chosen or ws.catalog()[-1], perf=perf)

    return one_line_errors(run)


def verdict_of(ws: Workspace, kata: Kata, *, perf: bool) -> Verdict:
    style = NotebookStyle()
    result = run_check(ws, kata, perf=perf, style=style)
    show(result, ws, style)
    if result.passed:
        suggest_next(ws, kata, style)
    return Verdict(tuple(style.lines), "passed" if result.passed else "failed", result)


def hint(kata: str | int, *, workspace: str | Path | None = None) -> Output:
    """The next hint for what the kata's code raises, as ``sharpbits hint 03`` gives it."""
    from sharpbits.hints import give_hint

    def run() -> Output:
        ws = _workspace(workspace)
        style = NotebookStyle()
        give_hint(ws, ws.kata(str(kata)), style)
        return Output(tuple(style.lines))

    return one_line_errors(run)


def lesson(kata: str | int, *, workspace: str | Path | None = None) -> Lesson | Problem:
    """The kata's lesson (its README.md), rendered as Markdown in Jupyter."""

    def run() -> Lesson | Problem:
        ws = _workspace(workspace)
        chosen = ws.kata(str(kata))
        readme = chosen.path / "README.md"
        if not readme.is_file():
            return Problem.of(f"{chosen.id} has no lesson: {ws.display(readme)} is missing")
        return Lesson(readme.read_text(encoding="utf-8"), chosen)

    return one_line_errors(run)


def list_katas(*, workspace: str | Path | None = None) -> Output:
    """Every kata with its status (done, failing, to do), as ``sharpbits list`` shows them."""
    from sharpbits import listing

    def run() -> Output:
        ws = _workspace(workspace)
        style = NotebookStyle()
        listing.list_katas(ws, style)
        return Output(tuple(style.lines))

    return one_line_errors(run)

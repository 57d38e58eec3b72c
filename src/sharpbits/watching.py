"""`sharpbits watch`: check again whenever kata.py is saved, as rustlings watches.

On a terminal each run clears the screen, the verdict wraps at the terminal's width, a status
bar closes it, and keys act at once: h the next hint, r run again, l the list, q quit, and after
a pass s the solution and n the next kata. The next run's interpreter is started while the
learner edits (warm.Warm), so a save costs only the kata's own compiles and tests. Piped, or
without a terminal to read keys from, it prints runs one after another and moves on by itself.
"""

from __future__ import annotations

import contextlib
import os
import queue
import re
import select
import shutil
import sys
import termios
import textwrap
import threading
import tty
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import watchfiles

from sharpbits.checking import CheckResult, run_check, show
from sharpbits.errors import SharpbitsError
from sharpbits.hints import give_hint
from sharpbits.listing import list_katas, next_kata
from sharpbits.progress import Progress
from sharpbits.registry import Kata
from sharpbits.solution import show_solution
from sharpbits.style import Style
from sharpbits.warm import Warm
from sharpbits.workspace import Workspace

SAVED = "saved"
KEYS = "h hint · r run · l list · q quit"
AFTER_A_PASS = "n next kata · s solution · "
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def watch(
    workspace: Workspace,
    kata: Kata | None,
    style: Style,
    *,
    perf: bool = True,
    stop: threading.Event | None = None,
    keys: TextIO | None = None,
) -> None:
    """Watch until every kata passes, q is pressed, or *stop* is set (Ctrl-C ends it too).

    *keys*: where key presses come from (default: stdin, when it and the output are a
    terminal); without keys, a pass moves on to the next kata by itself."""
    stop = stop or threading.Event()
    if keys is None and style.enabled and sys.stdin.isatty():
        keys = sys.stdin
    current = kata or next_kata(workspace)
    events: queue.Queue[tuple[str, Path | None]] = queue.Queue()
    watcher = threading.Thread(target=_saves, args=(workspace.katas_dir, events, stop))
    watcher.daemon = True
    watcher.start()
    session = _Session(workspace, style, perf, interactive=keys is not None)
    try:
        with _reading_keys(keys, events, stop):
            while current is not None and not stop.is_set():
                current = session.run(current, events, stop)
    finally:
        stop.set()
        session.close()
    if current is None:
        style.print(style("Every kata passes. Well done!", "green", "bold"))


@dataclass
class _Session:
    workspace: Workspace
    style: Style
    perf: bool
    interactive: bool
    warm: Warm | None = None

    def run(
        self, kata: Kata, events: queue.Queue[tuple[str, Path | None]], stop: threading.Event
    ) -> Kata | None:
        """Check *kata*, then act on its saves and on keys until the learner moves on; returns
        the kata to watch next (None: every kata passes)."""
        result = self._check(kata)
        while not stop.is_set():
            if result.passed and not self.interactive:
                number = f"{kata.number:02d}"
                self.style.print(f"  Compare with the reference: `sharpbits solution {number}`.")
                following = next_kata(self.workspace)
                if following is not None:
                    self.style.print(self.style(f"→ On to {following.id}", "green", "bold"))
                return following
            try:
                event, path = events.get(timeout=0.2)
            except queue.Empty:
                continue
            if event == SAVED and path != kata.path / "kata.py":
                continue  # another kata's file
            if event == "q":
                stop.set()
            elif event in (SAVED, "r"):
                result = self._check(kata)
                while _rerun_due(events, kata):  # saved again during the run: once more
                    result = self._check(kata)
            elif event == "n" and result.passed:
                return next_kata(self.workspace)
            elif event in ("h", "l", "s"):
                self._show(event, kata, result)
        return kata

    def _check(self, kata: Kata) -> CheckResult:
        warm = self.warm if self.warm is not None and self.warm.kata_id == kata.id else None
        if warm is None:
            self.close()
        self.warm = None
        if self.style.enabled:
            self.style.print("\033[2J\033[H")  # a clear screen per run, as rustlings does
        result = run_check(self.workspace, kata, perf=self.perf, style=self.style, warm=warm)
        out = _Wrapped(self.style)
        show(result, self.workspace, out)
        self.warm = Warm(kata)  # the next run's interpreter starts while the learner edits
        self._status(kata, result)
        return result

    def _show(self, key: str, kata: Kata, result: CheckResult) -> None:
        out = _Wrapped(self.style)
        out.print()
        try:
            if key == "h":
                give_hint(self.workspace, kata, out)
            elif key == "l":
                list_katas(self.workspace, out)
            elif result.passed:
                show_solution(self.workspace, kata, out, force=False)
            else:
                number = f"{kata.number:02d}"
                out.print(f"The solution opens once {kata.id} passes (or: `sharpbits solution")
                out.print(f"{number} --force`, which your progress records).")
        except SharpbitsError as exc:
            out.print(f"error: {exc}")
        self._status(kata, result)

    def _status(self, kata: Kata, result: CheckResult) -> None:
        fixes = [t for t in result.run.tests if not t.is_pitfall]
        passing = sum(t.outcome == "passed" for t in fixes)
        progress = Progress.load(self.workspace.state_dir)
        katas = self.workspace.catalog()
        done = sum(progress.status(k.id) == "passed" for k in katas)
        where = self.workspace.display(kata.path / "kata.py")
        if not self.interactive:
            if not result.passed:
                self.style.print(
                    self.style(f"Watching {where}: save it to check again (Ctrl-C stops).", "dim")
                )
            return
        keys = (AFTER_A_PASS if result.passed else "") + KEYS
        counts = f"{passing}/{len(fixes)} fix tests · {done}/{len(katas)} done │ "
        width = shutil.get_terminal_size().columns - 1
        line = f" {kata.id} · {counts}{keys}"
        if len(line) > width:  # the keys stay whole; the kata's name gives way
            line = f" {kata.number:02d} · {counts}{keys}"
        line = line.ljust(width)
        self.style.print()
        self.style.print(f"\033[7m{line}\033[0m" if self.style.enabled else line)

    def close(self) -> None:
        if self.warm is not None:
            self.warm.close()
            self.warm = None


class _Wrapped(Style):
    """The session's style, its lines wrapped at the terminal's width between words."""

    def __init__(self, style: Style) -> None:
        super().__init__(style.stream)
        self.enabled = style.enabled

    def print(self, text: str = "") -> None:
        if not self.enabled:
            super().print(text)
            return
        width = shutil.get_terminal_size().columns - 1
        for line in text.split("\n"):
            super().print("\n".join(_wrap(line, width)))


def _wrap(line: str, width: int) -> list[str]:
    if len(_ANSI.sub("", line)) <= width:
        return [line]
    indent = line[: len(line) - len(line.lstrip())]
    return textwrap.wrap(
        line,
        width=width,
        subsequent_indent=indent + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    ) or [line]


def _rerun_due(events: queue.Queue[tuple[str, Path | None]], kata: Kata) -> bool:
    """Whether saves of *kata*'s file or `r` presses came in meanwhile (any number of them make
    one more run); other keys stay queued, in order."""
    due, others = False, []
    while True:
        try:
            event, path = events.get_nowait()
        except queue.Empty:
            break
        if event == "r" or (event == SAVED and path == kata.path / "kata.py"):
            due = True
        elif event != SAVED:
            others.append((event, path))
    for item in others:
        events.put(item)
    return due


def _saves(
    folder: Path, events: queue.Queue[tuple[str, Path | None]], stop: threading.Event
) -> None:
    """Every save of a kata.py under *folder* becomes an event naming the file."""

    def is_kata(change: watchfiles.Change, changed: str) -> bool:
        return Path(changed).name == "kata.py" and change != watchfiles.Change.deleted

    for changes in watchfiles.watch(folder, watch_filter=is_kata, debounce=300, stop_event=stop):
        for path in {Path(changed) for _, changed in changes}:
            events.put((SAVED, path))


@contextlib.contextmanager
def _reading_keys(
    keys: TextIO | None, events: queue.Queue[tuple[str, Path | None]], stop: threading.Event
) -> Iterator[None]:
    """Key presses from *keys* (a terminal, in cbreak mode meanwhile) become events."""
    if keys is None:
        yield
        return
    fd = keys.fileno()
    saved = termios.tcgetattr(fd) if os.isatty(fd) else None
    if saved is not None:
        tty.setcbreak(fd)

    def read() -> None:
        while not stop.is_set():
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                key = os.read(fd, 1).decode("utf-8", "replace").lower()
                if not key:
                    return
                events.put((key, None))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        yield
    finally:
        stop.set()
        reader.join(1)
        if saved is not None:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)

"""What `sharpbits grade` prints: progress while it runs, then a table that fits 100 columns.

The summary has one row per submission: its total, and a strip with one mark per kata, so
it keeps its width whatever the number of katas; ``--details`` lists every kata of every
submission instead. Tables and the bar are drawn by rich; logs (not a terminal) get one
plain line per finished run, with the time spent and an estimate of the time left.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TextIO

from rich import box
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from sharpbits.registry import Kata
from sharpbits.reports import by_submission, total
from sharpbits.scoring import KataGrade

WIDTH = 100
MARKS = {"passed": "✓", "failed": "✗", "error": "E", "timeout": "T", "crashed": "C",
         "missing": "·"}  # fmt: skip
COLOURS = {"passed": "green", "failed": "yellow", "missing": "dim"}
LEGEND = "✓ passed  ✗ failed  E error  T timeout  C crashed  · missing  ! suspicious"


def points(value: float) -> str:
    """Points as the reports show them: always two decimals."""
    return f"{value:.2f}"


def console(stream: TextIO, colour: bool) -> Console:
    terminal = getattr(stream, "isatty", lambda: False)()
    width = min(Console(file=stream).width, WIDTH) if terminal else WIDTH
    return Console(file=stream, width=width, no_color=not colour, highlight=False,
                   force_terminal=colour, soft_wrap=False)  # fmt: skip


def summary(grades: list[KataGrade], katas: tuple[Kata, ...]) -> Table:
    """One row per submission: total, per-kata strip, speed checks."""
    numbers = [k.number for k in katas]
    contiguous = numbers == list(range(numbers[0], numbers[-1] + 1))
    label = (
        f"{numbers[0]:02d}…{numbers[-1]:02d}"
        if contiguous
        else " ".join(f"{n:02d}" for n in numbers)
    )
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("submission", overflow="ellipsis", no_wrap=True, max_width=40)
    table.add_column("points", justify="right", no_wrap=True, min_width=11)
    table.add_column(Text(f"katas {label}"), no_wrap=True, overflow="ellipsis")
    table.add_column("speed", no_wrap=True, min_width=5)
    for name, row in by_submission(grades).items():
        score, worth = total(row)
        strip = Text.assemble(*(_mark(row.get(k.id)) for k in katas))
        timed = [g.speed for g in row.values() if g.speed]
        speed = "slow" if "slow" in timed else ("fast" if timed else "")
        table.add_row(Text(name), f"{points(score)}/{points(worth)}", strip, speed)
    return table


def details(grades: list[KataGrade], katas: tuple[Kata, ...]) -> Table:
    """One row per (submission, kata): status, points, speed, and why."""
    order = {k.id: i for i, k in enumerate(katas)}
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, expand=True)
    for header, width in (("submission", 16), ("kata", 18), ("status", 8), ("points", 11)):
        table.add_column(header, no_wrap=True, overflow="ellipsis", width=width,
                         justify="right" if header == "points" else "left")  # fmt: skip
    table.add_column("speed", no_wrap=True, width=5)
    table.add_column("why", overflow="fold", min_width=20)  # the rest of the line, wrapped
    for name, row in by_submission(grades).items():
        for grade in sorted(row.values(), key=lambda g: order.get(g.kata, len(order))):
            status = grade.status + ("!" if grade.suspicious else "")
            table.add_row(
                Text(name), grade.kata, Text(status, style=COLOURS.get(grade.status, "red")),
                f"{points(grade.score)}/{points(grade.max_score)}", grade.speed, Text(grade.reason),
            )  # fmt: skip
    return table


def _mark(grade: KataGrade | None) -> tuple[str, str]:
    if grade is None:
        return (" ", "")
    mark = "!" if grade.suspicious else MARKS[grade.status]
    return (mark, COLOURS.get(grade.status, "red"))


def reasons(grades: list[KataGrade]) -> Iterator[str]:
    """One line per kata that did not run to a result or is suspicious; missing katas
    grouped per submission."""
    for name, row in by_submission(grades).items():
        missing = [kata for kata, g in row.items() if g.status == "missing"]
        if missing:
            yield f"{name}: no kata.py for {', '.join(k.split('_', 1)[0] for k in missing)}"
        for grade in row.values():
            if grade.status not in ("passed", "failed", "missing"):
                yield f"{name} · {grade.kata}: {grade.status}: {grade.reason}"
            if grade.suspicious:
                yield f"{name} · {grade.kata}: SUSPICIOUS (graded as usual): {grade.suspicious}"


class Ticker:
    """Progress of a batch: a rich bar with an estimate on a terminal, else one line per
    finished run (``[ 3/72] alice 03_impure: passed  0:42 spent, about 9:10 left``)."""

    def __init__(self, stream: TextIO, colour: bool) -> None:
        self.stream = stream
        self.terminal = bool(getattr(stream, "isatty", lambda: False)())
        self.started = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        if self.terminal:
            self._bar = Progress(
                TextColumn("grading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                TextColumn("left"), TimeRemainingColumn(), TextColumn("{task.description}"),
                console=console(stream, colour), transient=True,
            )  # fmt: skip

    def __enter__(self) -> Ticker:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def __call__(self, done: int, total: int, what: str) -> None:
        if self._bar is not None:
            if self._task is None:
                self._task = self._bar.add_task("", total=total)
            self._bar.update(self._task, completed=done, total=total, description=what[:40])
            return
        spent = time.monotonic() - self.started
        left = spent / done * (total - done) if done else 0.0
        width = len(str(total))
        line = f"[{done:>{width}}/{total}] {what}  {_clock(spent)} spent"
        line += f", about {_clock(left)} left" if done < total else ""
        print(line, file=self.stream, flush=True)


def _clock(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

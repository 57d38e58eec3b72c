"""The ``%kata`` and ``%%kata`` magics (``%load_ext sharpbits``): ``%kata NN`` shows the
lesson's summary and puts the kata's YOUR CODE section into the next cell; ``%%kata NN`` makes
the cell kata.py's YOUR CODE section (the previous file backed up) and checks it."""

from __future__ import annotations

import shlex
from typing import Any

from sharpbits.given import CODE_MARK, GIVEN_MARK
from sharpbits.notebook import Lesson, Output, Problem, one_line_errors, verdict_of
from sharpbits.registry import Kata
from sharpbits.workspace import Workspace, backup_kata, find_workspace


def load_magics(ipython: Any) -> None:
    """Register ``%kata NN`` (the lesson, and the kata's code into the next cell) and
    ``%%kata NN`` (the cell becomes kata.py's YOUR CODE section, then checked)."""

    def kata(line: str, cell: str | None = None) -> Output | Lesson:
        return one_line_errors(lambda: _kata_magic(ipython, line, cell))

    ipython.register_magic_function(kata, magic_kind="line_cell", magic_name="kata")


USAGE = "usage: %kata NN (the lesson and your code) or %%kata NN [--no-perf] (write and check)"


def _kata_magic(ipython: Any, line: str, cell: str | None) -> Output | Lesson:
    words = shlex.split(line)
    perf = "--no-perf" not in words
    ids = [w for w in words if w != "--no-perf"]
    if len(ids) != 1 or ids[0].startswith("-") or (cell is None and not perf):
        return Problem.of(USAGE)
    ws = find_workspace()
    kata = ws.kata(ids[0])
    if cell is None:
        return _open(ipython, ws, kata)
    problem = write_cell(ws, kata, cell)
    if problem is not None:
        return problem
    return verdict_of(ws, kata, perf=perf)


def _open(ipython: Any, ws: Workspace, kata: Kata) -> Lesson | Problem:
    number = f"{kata.number:02d}"
    path = kata.path / "kata.py"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    lines = text.splitlines(keepends=True)
    marks = [i for i, line in enumerate(lines) if line.startswith(CODE_MARK)]
    if not marks:
        return _no_marker(ws, kata)
    ipython.set_next_input(f"%%kata {number}\n" + "".join(lines[marks[0] + 1 :]).strip("\n"))
    readme = kata.path / "README.md"
    summary = summarize(readme.read_text(encoding="utf-8")) if readme.is_file() else ""
    where = ws.display(path)
    return Lesson(
        f'{summary}\n\n*The whole lesson: `lesson("{number}")`. The next cell holds the YOUR '
        f"CODE section of {where}: edit it and run it to write {where} and check it.*\n",
        kata,
    )


def summarize(readme: str, sections: tuple[str, ...] = ("The sharp bit", "Your task")) -> str:
    """The lesson's title and the named ``##`` sections."""
    kept: list[str] = []
    keep = True  # the title and what comes before the first section
    for line in readme.strip("\n").splitlines():
        if line.startswith("## "):
            keep = line[3:].strip() in sections
        if keep:
            kept.append(line)
    return "\n".join(kept).strip("\n")


def cell_to_file(current: str, cell: str) -> str | None:
    """The kata.py that the cell makes of *current*: the cell replaces everything after the
    YOUR CODE marker line, or, holding the GIVEN marker itself, the whole file. None when
    *current* has no YOUR CODE marker to splice at."""
    body = cell.strip("\n") + "\n"
    if any(line.startswith(GIVEN_MARK) for line in body.splitlines()):
        return body
    lines = current.splitlines(keepends=True)
    marks = [i for i, line in enumerate(lines) if line.startswith(CODE_MARK)]
    if not marks:
        return None
    head = "".join(lines[: marks[0] + 1])
    return head + ("" if head.endswith("\n") else "\n") + body


def write_cell(ws: Workspace, kata: Kata, cell: str) -> Problem | None:
    """Write the cell into the workspace's kata.py (see cell_to_file), keeping the previous
    file in .sharpbits/backups when it changes; nothing else is written."""
    path = kata.path / "kata.py"
    if not path.resolve().is_relative_to(ws.root.resolve()):
        return Problem.of(f"{ws.display(path)} leads outside the workspace: not writing it")
    current = path.read_text(encoding="utf-8") if path.is_file() else ""
    wanted = cell_to_file(current, cell)
    if wanted is None:
        return _no_marker(ws, kata)
    if wanted == current:
        return None
    backup_kata(ws, kata)
    path.write_text(wanted, encoding="utf-8")
    return None


def _no_marker(ws: Workspace, kata: Kata) -> Problem:
    number = f"{kata.number:02d}"
    return Problem.of(
        f"{ws.display(kata.path / 'kata.py')} has no `{CODE_MARK}` line to put your cell "
        f"under: `sharpbits reset {number}` restores it (yours is kept), or make the cell "
        "the whole file, GIVEN section included"
    )

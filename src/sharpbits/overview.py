"""`sharpbits` with no arguments: the progress table and where to go next."""

from __future__ import annotations

from pathlib import Path

from sharpbits.listing import MARKS, next_kata
from sharpbits.progress import Progress
from sharpbits.style import Style
from sharpbits.workspace import Workspace

LESSON_LINES = 6


def overview(workspace: Workspace, style: Style) -> None:
    progress = Progress.load(workspace.state_dir)
    katas = workspace.catalog()
    done = sum(progress.status(k.id) == "passed" for k in katas)
    style.print(style(f"sharpbits: {done} of {len(katas)} katas done", "bold"))
    style.print()
    for kata in katas:
        mark, colour = MARKS[progress.status(kata.id)]
        row = f"  {kata.number:02d}  {kata.slug:<28} {mark:<10}"
        style.print(f"{row.replace(mark, style(mark, colour))}  {' '.join(kata.covers)}")
    style.print()
    upcoming = next_kata(workspace)
    if upcoming is None:
        style.print(style("Every kata passes. Well done!", "green", "bold"))
        return
    style.print(style(f"Next: {upcoming.id} · {upcoming.title}", "bold"))
    for line in lesson_excerpt(upcoming.path / "README.md"):
        style.print(f"  {line}")
    lesson = workspace.display(upcoming.path / "README.md")
    style.print()
    style.print(f"  Run `sharpbits check {upcoming.number:02d}` · lesson: {lesson}")


def lesson_excerpt(readme: Path) -> list[str]:
    """The first lines of the lesson's "The sharp bit" section."""
    try:
        text = readme.read_text(encoding="utf-8").splitlines()
    except OSError:
        return []
    start = next((i for i, line in enumerate(text) if line.startswith("## The sharp bit")), None)
    if start is None:
        return []
    lines: list[str] = []
    for line in text[start + 1 :]:
        if line.startswith("## ") or line.startswith("```"):
            break
        if line.strip() or lines:
            lines.append(line)
        if len(lines) >= LESSON_LINES:
            lines.append("…")
            break
    return lines

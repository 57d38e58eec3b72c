"""`sharpbits list`: every kata with its status, the pitfalls it covers and its title, and the
one "next kata" rule that bare `sharpbits`, `check` and `watch` all follow."""

from __future__ import annotations

import shutil

from sharpbits.progress import Progress
from sharpbits.registry import Kata
from sharpbits.style import Style
from sharpbits.workspace import Workspace

MARKS = {
    "passed": ("✓ done", "green"),
    "failing": ("✗ failing", "red"),
    "not started": ("· to do", "dim"),
}


def next_kata(workspace: Workspace) -> Kata | None:
    """The first kata not passed yet, in catalog order (None once every kata passes)."""
    progress = Progress.load(workspace.state_dir)
    return next((k for k in workspace.catalog() if progress.status(k.id) != "passed"), None)


def list_katas(workspace: Workspace, style: Style) -> None:
    progress = Progress.load(workspace.state_dir)
    katas = workspace.catalog()
    upcoming = next_kata(workspace)
    done = sum(progress.status(k.id) == "passed" for k in katas)
    head = f"sharpbits: {done} of {len(katas)} katas done"
    style.print(style(head + (f" · next: {upcoming.id}" if upcoming else ""), "bold"))
    covers = max((len(" ".join(k.covers)) for k in katas), default=0)
    width = shutil.get_terminal_size().columns if style.enabled else None
    for kata in katas:
        mark, colour = MARKS[progress.status(kata.id)]
        pointer = "→" if kata == upcoming else " "
        start = f"{pointer} {kata.number:02d}  {mark:<10} {' '.join(kata.covers):<{covers}}  "
        title = kata.title
        if width is not None and len(start) + len(title) > width:
            title = title[: max(10, width - len(start) - 1)] + "…"
        style.print(start.replace(mark, style(mark, colour)) + title)
    if upcoming is not None:
        style.print()
        style.print(f"Run `sharpbits check {upcoming.number:02d}`, or `sharpbits watch`.")

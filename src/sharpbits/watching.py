"""`sharpbits watch`: check again whenever kata.py is saved; move on once a kata passes."""

from __future__ import annotations

import threading
from pathlib import Path

import watchfiles

from sharpbits.checking import run_check, show
from sharpbits.listing import next_kata
from sharpbits.registry import Kata
from sharpbits.style import Style
from sharpbits.workspace import Workspace


def watch(
    workspace: Workspace,
    kata: Kata | None,
    style: Style,
    *,
    perf: bool = True,
    stop: threading.Event | None = None,
) -> None:
    """Watch until every kata passes, or *stop* is set (Ctrl-C ends it from the terminal)."""
    current = kata or next_kata(workspace)
    while current is not None:
        result = run_check(workspace, current, perf=perf, style=style)
        show(result, workspace, style)
        if result.passed:
            current = next_kata(workspace)
            if current is not None:
                style.print(style(f"→ On to {current.id} · {current.title}", "green", "bold"))
            continue
        where = workspace.display(current.path / "kata.py")
        style.print(style(f"Watching {where}: save it to check again (Ctrl-C stops).", "dim"))
        if not _wait_for_save(current.path / "kata.py", stop):
            return
    style.print(style("Every kata passes. Well done!", "green", "bold"))


def _wait_for_save(path: Path, stop: threading.Event | None) -> bool:
    """True once *path* changed; False when *stop* was set first."""

    def is_kata(change: watchfiles.Change, changed: str) -> bool:
        return Path(changed).name == path.name and change != watchfiles.Change.deleted

    for _ in watchfiles.watch(path.parent, watch_filter=is_kata, debounce=300, stop_event=stop):
        return True
    return False

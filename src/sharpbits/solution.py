"""`sharpbits solution KATA`: the reference, once the kata passes (or forced, and recorded)."""

from __future__ import annotations

from sharpbits.errors import SharpbitsError
from sharpbits.progress import Progress
from sharpbits.registry import Kata, solutions_root
from sharpbits.style import Style
from sharpbits.workspace import Workspace


class SolutionLocked(SharpbitsError):
    """The kata has not passed yet."""


def show_solution(workspace: Workspace, kata: Kata, style: Style, *, force: bool) -> None:
    progress = Progress.load(workspace.state_dir)
    entry = progress.of(kata.id)
    if entry.status != "passed":
        if not force:
            number = f"{kata.number:02d}"
            msg = (
                f"{kata.id} does not pass yet: solve it first (`sharpbits check {number}`), "
                f"or see the reference anyway with `sharpbits solution {number} --force` "
                "(your progress records that)"
            )
            raise SolutionLocked(msg)
        entry.solution_forced = True
        progress.save()
    path = solutions_root() / kata.id / "kata.py"
    if not path.is_file():
        msg = f"this installation of sharpbits has no reference solution for {kata.id}"
        raise SolutionLocked(msg)
    style.print(style(f"# Reference solution for {kata.id} · {kata.title}", "bold"))
    style.print(path.read_text(encoding="utf-8"))

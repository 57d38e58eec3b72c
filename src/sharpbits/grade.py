"""The `sharpbits grade` command: inputs in, gradebook and reports out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sharpbits import reports
from sharpbits.errors import SharpbitsError
from sharpbits.gradebook import DB_FILE, Gradebook
from sharpbits.grading import GradeOptions, grade_all
from sharpbits.intake import discover
from sharpbits.registry import load_catalog
from sharpbits.style import Style


@dataclass(frozen=True)
class Outputs:
    folder: Path
    csv: Path | None = None
    json: Path | None = None
    junit: Path | None = None
    gradescope: Path | None = None  # a file for one submission, else a folder of them


def grade_command(paths: list[Path], outputs: Outputs, options: GradeOptions, style: Style) -> None:
    katas = load_catalog()  # the trusted katas of this installation, never a submission's
    submissions = discover(paths, [k.id for k in katas])
    if outputs.gradescope and outputs.gradescope.suffix == ".json" and len(submissions) != 1:
        msg = f"--gradescope {outputs.gradescope} takes one submission, found {len(submissions)}"
        raise SharpbitsError(msg)
    book = Gradebook(outputs.folder)
    bar = _bar(style) if style.enabled else None
    try:
        summary = grade_all(submissions, katas, book, options, on_progress=bar)
        grades = summary.grades
        if bar:
            style.stream.write("\r\033[K")
        if summary.cleaned:
            style.print(
                f"Removed {summary.cleaned} temporary folder(s) left by a grader that was killed "
                "(its runs ended with it)."
            )
        if summary.resumed:
            style.print(
                f"Resumed: {summary.resumed} kata runs were graded already and kept; "
                f"{summary.ran} ran now (--regrade grades everything again)."
            )
        for line in reports.table_lines(grades, katas, style):
            style.print(line)
        for line in reports.reasons(grades):
            style.print(style(line, "dim"))
        if summary.ran:
            sandboxed = summary.isolation.startswith("sandboxed")
            style.print(style(f"Runs: {summary.isolation}.", "dim" if sandboxed else "red"))
        versions = book.versions()
        written = [outputs.folder / DB_FILE]
        if outputs.csv:
            reports.write_csv(outputs.csv, grades, katas)
            written.append(outputs.csv)
        if outputs.json:
            reports.write_json(outputs.json, grades, versions)
            written.append(outputs.json)
        if outputs.junit:
            reports.write_junit(outputs.junit, grades)
            written.append(outputs.junit)
        if outputs.gradescope:
            rows = reports.by_submission(grades)
            if outputs.gradescope.suffix == ".json":
                (row,) = rows.values()
                reports.write_gradescope(outputs.gradescope, row, katas)
                written.append(outputs.gradescope)
            else:
                for name, row in rows.items():
                    reports.write_gradescope(outputs.gradescope / f"{name}.json", row, katas)
                written.append(outputs.gradescope)
        style.print(f"Wrote {', '.join(str(p) for p in written)}")
    finally:
        book.close()


def _bar(style: Style) -> Callable[[int, int, str], None]:
    """A one-line progress bar, redrawn in place (terminals only: logs get no bar)."""

    def show(done: int, total: int, what: str) -> None:
        filled = int(30 * done / max(total, 1))
        line = f"\r\033[K[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} {what}"
        style.stream.write(line[:120])
        style.stream.flush()

    return show

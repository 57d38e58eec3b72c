"""The `sharpbits grade` command: inputs in, gradebook and reports out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rich.text import Text

from sharpbits import gradeview, reports
from sharpbits.assignment import Assignment, whole_catalog
from sharpbits.errors import SharpbitsError
from sharpbits.gradebook import DB_FILE, Gradebook
from sharpbits.grading import GradeOptions, grade_all
from sharpbits.intake import discover
from sharpbits.registry import Kata, load_catalog
from sharpbits.scoring import KataGrade
from sharpbits.style import Style


@dataclass(frozen=True)
class Outputs:
    folder: Path
    csv: Path | None = None
    json: Path | None = None
    junit: Path | None = None
    gradescope: Path | None = None  # a file for one submission, else a folder of them
    details: bool = False  # print one row per kata instead of one per submission


def grade_command(
    paths: list[Path],
    outputs: Outputs,
    options: GradeOptions,
    style: Style,
    assignment: Assignment | None = None,
) -> None:
    # the trusted katas of this installation, never a submission's
    chosen = assignment or whole_catalog()
    katas, title = chosen.katas, chosen.name
    submissions = discover(paths, [k.id for k in load_catalog()])
    if outputs.gradescope and outputs.gradescope.suffix == ".json" and len(submissions) != 1:
        msg = f"--gradescope {outputs.gradescope} takes one submission, found {len(submissions)}"
        raise SharpbitsError(msg)
    book = Gradebook(outputs.folder)
    view = gradeview.console(style.stream, style.enabled)

    def say(text: str, *how: str) -> None:  # wrapped at the table's width, never as markup
        view.print(Text(text, style=" ".join(how)))

    try:
        with gradeview.Ticker(style.stream, style.enabled) as ticker:
            summary = grade_all(submissions, katas, book, options, on_progress=ticker)
        grades = summary.grades
        if summary.cleaned:
            say(
                f"Removed {summary.cleaned} temporary folder(s) left by a grader that was killed "
                "(its runs ended with it)."
            )
        if summary.resumed:
            say(
                f"Resumed: {summary.resumed} kata runs were graded already and kept; "
                f"{summary.ran} ran now (--regrade grades everything again)."
            )
        say(f"{title}: {len(katas)} katas, {sum(k.points for k in katas)} points", "bold")
        table = gradeview.details if outputs.details else gradeview.summary
        view.print(table(grades, katas))
        if not outputs.details:
            say(gradeview.LEGEND, "dim")
        for line in gradeview.reasons(grades):
            say(line, "dim")
        if summary.ran:
            sandboxed = summary.isolation.startswith("sandboxed")
            say(f"Runs: {summary.isolation}.", "dim" if sandboxed else "red")
        written = _write_reports(outputs, grades, katas, book.versions())
        say(f"Wrote {', '.join(str(p) for p in written)}")
    finally:
        book.close()


def _write_reports(
    outputs: Outputs, grades: list[KataGrade], katas: tuple[Kata, ...], versions: dict[str, str]
) -> list[Path]:
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
        else:
            for name, row in rows.items():
                reports.write_gradescope(outputs.gradescope / f"{name}.json", row, katas)
        written.append(outputs.gradescope)
    return written

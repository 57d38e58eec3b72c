"""Gradebook reports: terminal table, CSV, versioned JSON, JUnit XML, Gradescope results.json.

Each file is written atomically (temporary file, then rename).
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sharpbits.registry import Kata
from sharpbits.scoring import KataGrade, cap
from sharpbits.style import Style

REPORT_VERSION = 1
SHORT = {"passed": "ok", "failed": "fail", "error": "error", "timeout": "timeout",
         "crashed": "crash", "missing": "—"}  # fmt: skip


def by_submission(grades: Iterable[KataGrade]) -> dict[str, dict[str, KataGrade]]:
    table: dict[str, dict[str, KataGrade]] = {}
    for grade in grades:
        table.setdefault(grade.submission, {})[grade.kata] = grade
    return table


def _total(row: dict[str, KataGrade]) -> tuple[float, float]:
    return sum(g.score for g in row.values()), sum(g.max_score for g in row.values())


def _points(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def table_lines(grades: list[KataGrade], katas: tuple[Kata, ...], style: Style) -> Iterator[str]:
    rows = by_submission(grades)
    width = max([len("submission"), *(len(name) for name in rows)])
    header = f"{'submission':<{width}}  " + "  ".join(f"{k.number:02d}{'':>9}" for k in katas)
    yield style(f"{header}  total", "bold")
    colours = {"passed": "green", "failed": "yellow"}
    for name, row in rows.items():
        cells = []
        for kata in katas:
            grade = row.get(kata.id)
            if grade is None:
                cells.append(f"{'':11}")
                continue
            flag = "!" if grade.suspicious else ""  # see the reasons below the table
            text = f"{SHORT[grade.status]}{flag} {_points(grade.score)}/{_points(grade.max_score)}"
            cells.append(style(f"{text:<11}", colours.get(grade.status, "red")))
        score, total = _total(row)
        yield f"{name:<{width}}  " + "  ".join(cells) + f"  {_points(score)}/{_points(total)}"


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


def write_csv(path: Path, grades: list[KataGrade], katas: tuple[Kata, ...]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["submission", *(k.id for k in katas), "total", "max", "statuses", "suspicious"]
    writer.writerow(header)
    for name, row in by_submission(grades).items():
        score, total = _total(row)
        statuses = " ".join(f"{k.number:02d}:{row[k.id].status}" for k in katas if k.id in row)
        points = [_points(row[k.id].score) if k.id in row else "" for k in katas]
        flagged = " | ".join(f"{g.kata}: {g.suspicious}" for g in row.values() if g.suspicious)
        writer.writerow([name, *points, _points(score), _points(total), statuses, flagged])
    _atomic(path, out.getvalue())


def write_json(path: Path, grades: list[KataGrade], versions: dict[str, str]) -> None:
    data: dict[str, Any] = {"version": REPORT_VERSION, "tested_with": versions, "submissions": []}
    for name, row in by_submission(grades).items():
        score, total = _total(row)
        data["submissions"].append(
            {
                "name": name,
                "score": score,
                "max_score": total,
                "katas": [
                    {
                        "kata": g.kata, "status": g.status, "reason": g.reason, "score": g.score,
                        "max_score": g.max_score, "suspicious": g.suspicious,
                        "tests": [t.__dict__ for t in g.tests],
                    }
                    for g in row.values()
                ],
            }
        )  # fmt: skip
    _atomic(path, json.dumps(data, indent=1))


def write_junit(path: Path, grades: list[KataGrade]) -> None:
    root = ET.Element("testsuites", name="sharpbits")
    for grade in grades:
        suite = ET.SubElement(root, "testsuite", name=f"{grade.submission}.{grade.kata}")
        if grade.suspicious:
            properties = ET.SubElement(suite, "properties")
            ET.SubElement(properties, "property", name="suspicious", value=grade.suspicious)
        cases = grade.tests or ()
        if not cases:  # missing / timeout / crashed / unreadable: one case says so
            case = ET.SubElement(suite, "testcase", classname=suite.get("name", ""), name="kata")
            ET.SubElement(case, "failure", message=grade.status).text = grade.reason
        for test in cases:
            case = ET.SubElement(suite, "testcase", classname=suite.get("name", ""), name=test.name)
            if test.outcome == "skipped":
                ET.SubElement(case, "skipped")
            elif test.outcome != "passed":
                tag = "error" if test.outcome == "error" else "failure"
                ET.SubElement(case, tag, message=test.output.splitlines()[0] if test.output else "")
        failures = sum(1 for c in suite if c.find("failure") is not None)
        errors = sum(1 for c in suite if c.find("error") is not None)
        suite.set("tests", str(len(suite.findall("testcase"))))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
    _atomic(path, ET.tostring(root, encoding="unicode", xml_declaration=True))


def gradescope(row: dict[str, KataGrade], katas: tuple[Kata, ...]) -> dict[str, Any]:
    """Gradescope's results.json for one submission."""
    tests = []
    for kata in katas:
        grade = row.get(kata.id)
        if grade is None:
            continue
        if not grade.tests:
            tests.append(
                {
                    "name": f"{kata.id}: {grade.status}", "score": 0.0,
                    "max_score": grade.max_score, "status": "failed",
                    "output": cap(grade.reason), "visibility": "visible",
                }
            )  # fmt: skip
            continue
        for test in grade.tests:
            tests.append(
                {
                    "name": f"{kata.id}: {test.name}", "score": test.score,
                    "max_score": test.max_score,
                    "status": "passed" if test.outcome == "passed" else "failed",
                    "output": cap(test.output), "visibility": "visible",
                }
            )  # fmt: skip
    score, _ = _total(row)
    result: dict[str, Any] = {"score": round(score, 6), "tests": tests, "visibility": "visible"}
    flagged = [f"{g.kata}: {g.suspicious}" for g in row.values() if g.suspicious]
    if flagged:
        result["output"] = "Marked suspicious for the trainer to review: " + " | ".join(flagged)
    return result


def write_gradescope(path: Path, row: dict[str, KataGrade], katas: tuple[Kata, ...]) -> None:
    _atomic(path, json.dumps(gradescope(row, katas), indent=1))


def _atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

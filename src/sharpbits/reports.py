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
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from sharpbits.registry import Kata
from sharpbits.scoring import KataGrade, cap
from sharpbits.versions import RANGE, matrix_row, outside_range

REPORT_VERSION = 1


def by_submission(grades: Iterable[KataGrade]) -> dict[str, dict[str, KataGrade]]:
    table: dict[str, dict[str, KataGrade]] = {}
    for grade in grades:
        table.setdefault(grade.submission, {})[grade.kata] = grade
    return table


def total(row: dict[str, KataGrade]) -> tuple[float, float]:
    """A submission's points and the most it could earn (kata scores are whole cents)."""
    return round(sum(g.score for g in row.values()), 2), sum(g.max_score for g in row.values())


def _points(value: float) -> str:
    return f"{value:.2f}"


def write_csv(path: Path, grades: list[KataGrade], katas: tuple[Kata, ...]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    header = ["submission", *(k.id for k in katas), "total", "max", "statuses", "speed"]
    header.append("suspicious")
    writer.writerow(header)
    for name, row in by_submission(grades).items():
        score, worth = total(row)
        statuses = " ".join(f"{k.number:02d}:{row[k.id].status}" for k in katas if k.id in row)
        points = [_points(row[k.id].score) if k.id in row else "" for k in katas]
        flagged = " | ".join(f"{g.kata}: {g.suspicious}" for g in row.values() if g.suspicious)
        speed = " ".join(f"{g.kata[:2]}:{g.speed}" for g in row.values() if g.speed)
        writer.writerow([name, *points, _points(score), _points(worth), statuses, speed, flagged])
    _atomic(path, out.getvalue())


def _combination(versions: dict[str, str]) -> dict[str, Any]:
    """Which verified combination graded (README "Tested versions"), and whether it is one."""
    row = matrix_row(versions)
    return {
        "verified": not outside_range(versions),
        "matrix": row.name if row else None,
        "outside_range": outside_range(versions),
        "range": dict(RANGE),
    }


def write_json(path: Path, grades: list[KataGrade], versions: dict[str, str]) -> None:
    data: dict[str, Any] = {
        "version": REPORT_VERSION,
        "tested_with": versions,
        "combination": _combination(versions) if versions else None,  # None: nothing ran
        "submissions": [],
    }
    for name, row in by_submission(grades).items():
        score, worth = total(row)
        data["submissions"].append(
            {
                "name": name,
                "score": score,
                "max_score": worth,
                "katas": [
                    {
                        "kata": g.kata, "status": g.status, "reason": g.reason, "score": g.score,
                        "max_score": g.max_score, "speed": g.speed, "suspicious": g.suspicious,
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
            role = "" if test.role == "scored" else f" ({ROLES[test.role]})"
            tests.append(
                {
                    "name": f"{kata.id}: {test.name}{role}", "score": test.score,
                    "max_score": test.max_score,
                    "status": "passed" if test.outcome == "passed" else "failed",
                    "output": cap(test.output), "visibility": "visible",
                }
            )  # fmt: skip
    score, _ = total(row)
    result: dict[str, Any] = {"score": score, "tests": tests, "visibility": "visible"}
    flagged = [f"{g.kata}: {g.suspicious}" for g in row.values() if g.suspicious]
    if flagged:
        result["output"] = "Marked suspicious for the trainer to review: " + " | ".join(flagged)
    return result


ROLES = {"guard": "guard: no points, failing it scores the kata 0", "pin": "pitfall pin",
         "speed": "speed check: no points"}  # fmt: skip


def write_gradescope(path: Path, row: dict[str, KataGrade], katas: tuple[Kata, ...]) -> None:
    _atomic(path, json.dumps(gradescope(row, katas), indent=1))


def _atomic(path: Path, text: str) -> None:
    if not path.parent.exists():
        path.parent.mkdir(parents=True)
        path.parent.chmod(0o755)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)  # readable by the trainer's group, like any report
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

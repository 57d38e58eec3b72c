"""From a kata run to a grade: a status with a one-line reason, and partial credit.

A kata's points are shared by its fix tests: each test name gets a weight (katas.toml
``test_points``, default 1), and a parametrised test splits its share between its cases.
test_pitfall_* tests pin library behaviour and carry no points.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from sharpbits.registry import Kata
from sharpbits.runner import NO_REPORT, KataRun, TestResult

OUTPUT_LIMIT = 500
STATUSES = ("passed", "failed", "error", "timeout", "crashed", "missing")


@dataclass(frozen=True)
class TestGrade:
    name: str
    outcome: str
    score: float
    max_score: float
    output: str


@dataclass(frozen=True)
class KataGrade:
    submission: str
    kata: str
    status: str  # one of STATUSES
    reason: str  # one line; empty when passed
    score: float
    max_score: float
    tests: tuple[TestGrade, ...] = ()
    suspicious: str = ""  # one line: what in kata.py reaches for the grader (suspicion.py)


def cap(text: str, limit: int = OUTPUT_LIMIT) -> str:
    """*text* cut to about *limit* characters, saying so when it was cut."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… [cut: {len(text) - limit} more characters]"


def grade_missing(submission: str, kata: Kata, reason: str, status: str = "missing") -> KataGrade:
    return KataGrade(submission, kata.id, status, reason, 0.0, float(kata.points))


def grade_run(
    submission: str,
    kata: Kata,
    run: KataRun,
    time_limit: float | None = None,
    expected: frozenset[str] | None = None,
) -> KataGrade:
    """*expected*: the tests the trusted test file holds for this run (runner.collect_tests);
    a report that does not hold exactly those cannot be trusted, and earns nothing."""
    tests = _test_grades(kata, run.tests)
    total = float(kata.points)
    if run.status == "timeout":
        limit = kata.time_limit if time_limit is None else time_limit
        reason = f"the tests did not finish within {limit:g} s (an endless loop?)"
        return KataGrade(submission, kata.id, "timeout", reason, 0.0, total)
    if run.status == "crashed":
        last = [line for line in run.output.splitlines() if line.strip()][-1:] or ["no output"]
        if last[0] == NO_REPORT:  # it ended normally, but what it sent cannot be trusted
            reason = "the run's report is missing, or was not signed by the plugin: no points"
        else:
            reason = cap(f"the test process died before reporting: {last[0]}", 200)
        return KataGrade(submission, kata.id, "crashed", reason, 0.0, total)
    unimportable = [t for t in run.tests if t.exception_name == "KataNotImportable"]
    if unimportable:
        reason = cap(_first_line(unimportable[0]), 300)
        return KataGrade(submission, kata.id, "error", reason, 0.0, total, tests)
    if expected is not None:
        reported = {t.name for t in run.tests if t.name != "<collection>"}
        if reported != expected:
            missing, unknown = sorted(expected - reported), sorted(reported - expected)
            reason = f"the run reported {len(reported & expected)} of the {len(expected)} tests"
            reason += f" (never reported: {', '.join(missing)})" if missing else ""
            reason += f" (not in the trusted tests: {', '.join(unknown)})" if unknown else ""
            reason = cap(reason + ": its report cannot be trusted", 300)
            return KataGrade(submission, kata.id, "error", reason, 0.0, total, tests)
    if run.status == "passed":  # exactly the kata's points, whatever the rounding of shares
        return KataGrade(submission, kata.id, "passed", "", total, total, tests)
    score = round(sum(t.score for t in tests), 4)
    fixes = [t for t in run.tests if not t.is_pitfall]
    failing = [t for t in fixes if t.outcome != "passed"]
    pins = [t for t in run.tests if t.is_pitfall and t.outcome != "passed"]
    if failing:
        first = failing[0]
        reason = f"{len(failing)} of {len(fixes)} fix tests fail; first {first.name}: "
        reason = cap(reason + _first_line(first), 300)
    elif pins:
        reason = cap(f"pitfall pin {pins[0].name} fails: {_first_line(pins[0])}", 300)
    else:
        reason = "no fix test ran"
    return KataGrade(submission, kata.id, "failed", reason, score, total, tests)


def _test_grades(kata: Kata, results: tuple[TestResult, ...]) -> tuple[TestGrade, ...]:
    fixes = [t for t in results if not t.is_pitfall]
    weights = dict(kata.test_weights)
    cases = Counter(t.base_name for t in fixes)
    total_weight = sum(weights.get(name, 1.0) for name in cases) or 1.0
    grades = []
    for test in results:
        share = 0.0
        if not test.is_pitfall:
            share = kata.points * weights.get(test.base_name, 1.0) / total_weight
            share /= cases[test.base_name]
        earned = share if test.outcome == "passed" else 0.0
        grades.append(
            TestGrade(test.name, test.outcome, round(earned, 6), round(share, 6), cap(test.message))
        )
    return tuple(grades)


def _first_line(test: TestResult) -> str:
    lines = [line.strip() for line in test.message.splitlines() if line.strip()]
    line = lines[0] if lines else test.outcome
    for prefix in (f"{test.exception}: ", "Failed: "):
        line = line.removeprefix(prefix)
    return _STAGED.sub(r"\1/kata.py", line)  # the grader's staging folder means nothing to a reader


_STAGED = re.compile(r"/\S*/(\d\d_[a-z0-9_]+)/kata\.py")

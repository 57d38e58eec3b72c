"""From a kata run to a grade: a status with a one-line reason, and partial credit.

The scoring rule (README "How grades are computed"): a kata's points go only to what the
learner had to change. Each test (a parametrised test counts once, by its name) has a role
(registry.Kata.role):

- **scored**: fails as shipped. Its share of the kata's points (katas.toml ``test_points``,
  default weight 1) is earned when every one of its cases passes; a ``per_case`` test's
  cases (one per function, say) earn their parts one by one.
- **guard**: earns nothing: it already passes as shipped ("still jitted", a value the broken
  code got right), or it is a condition a non-fix meets as well as a fix ("no host
  callbacks", "one compilation"). A failing guard zeroes the tests of the functions its name
  holds (the kata's ``edit`` names), or the whole kata when it names none.
- **pin** (``test_pitfall_*``): pins library behaviour; no points, and a failing pin (the
  do-not-edit code or the library changed) zeroes the kata.
- **speed** (``perf``): a timing check, reported beside the grade; no points, no effect on
  the status.

So the shipped kata.py scores 0, the reference full marks. Shares are whole cents
(largest-remainder rounding), so scores have two decimals and always add up.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sharpbits.registry import Kata
from sharpbits.runner import NO_REPORT, KataRun, TestResult

OUTPUT_LIMIT = 500
STATUSES = ("passed", "failed", "error", "timeout", "crashed", "missing")


@dataclass(frozen=True)
class TestGrade:
    name: str  # the test's name; its parametrised cases are graded together
    outcome: str  # passed, or how its first non-passing case ended
    score: float
    max_score: float
    output: str  # the first non-passing case's message, with its [case] id
    role: str = "scored"  # scored / guard / pin / speed (see the module docstring)
    cases: int = 1
    failed: int = 0  # cases that did not pass


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
    speed: str = ""  # the speed check: "fast", "slow", or "" when it did not run


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
            ended = last[0].removeprefix("sharpbits: ")  # the runner's line, when it has one
            reason = cap(scrub(f"the test process died before reporting: {ended}"), 200)
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
    speed = _speed(tests)
    counted = [t for t in tests if t.role != "speed"]
    failing = [t for t in counted if t.role in ("scored", "guard") and t.outcome != "passed"]
    pins = [t for t in counted if t.role == "pin" and t.outcome != "passed"]
    broken = [t for t in counted if t.role == "guard" and t.outcome != "passed"]
    if pins:  # the kata scores 0, and so does each of its tests
        tests = tuple(replace(t, score=0.0) for t in tests)
    for guard in broken:  # what the guard is about scores 0
        tests = tuple(replace(t, score=0.0) if guarded_by(kata, t.name, guard.name) else t
                      for t in tests)  # fmt: skip
    score = _sum(t.score for t in tests)
    if run.status == "passed" or (counted and not failing and not pins):
        return KataGrade(submission, kata.id, "passed", "", score, total, tests, speed=speed)
    if broken:
        about = concerns(kata, broken[0].name)
        what = f"the tests of {', '.join(sorted(about))} score" if about else "the kata scores"
        reason = f"guard {broken[0].name} fails, so {what} 0: {_why(run, broken[0])}"
        reason = cap(reason, 300)
    elif pins:
        reason = f"pitfall pin {pins[0].name} fails, so the kata scores 0 (the do-not-edit code "
        reason = cap(f"{reason}was changed, or the library changed): {_why(run, pins[0])}", 300)
    elif failing:
        fixes = [t for t in counted if t.role in ("scored", "guard")]
        reason = f"{len(failing)} of {len(fixes)} fix tests fail; first {failing[0].name}: "
        reason = cap(reason + _why(run, failing[0]), 300)
    else:
        reason = "no fix test ran"
    return KataGrade(submission, kata.id, "failed", reason, score, total, tests, speed=speed)


def shares(kata: Kata, names: list[str]) -> dict[str, float]:
    """Each scored test's share of the kata's points, in whole cents that add up exactly
    (largest remainder; ties go to the earlier test)."""
    weights = dict(kata.test_weights)
    scored = [name for name in names if kata.role(name) == "scored"]
    total_weight = sum(weights.get(name, 1.0) for name in scored)
    if not scored or total_weight <= 0:
        return {}
    cents = _split(round(kata.points * 100), len(scored), [weights.get(n, 1.0) for n in scored])
    return {name: c / 100 for name, c in zip(scored, cents, strict=True)}


def _split(cents: int, parts: int, weights: list[float] | None = None) -> list[int]:
    """*cents* split in proportion to *weights* (equal by default) into whole cents that add
    up exactly: largest remainder, ties to the earlier part."""
    weights = weights or [1.0] * parts
    exact = [cents * w / sum(weights) for w in weights]
    floors = [int(x) for x in exact]
    order = sorted(range(parts), key=lambda i: (floors[i] - exact[i], i))
    for i in order[: cents - sum(floors)]:
        floors[i] += 1
    return floors


def concerns(kata: Kata, name: str) -> set[str]:
    """The functions of the kata a test (or case) is about: the `edit` names its name holds
    as whole words (``rms`` is not found inside ``rms_kernel``)."""
    spans = [
        (m.start(), m.end(), function)
        for function in kata.edit
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(function)}(?![A-Za-z0-9])", name)
    ]
    return {f for a, b, f in spans if not any(c <= a and b <= d and (c, d) != (a, b)
                                              for c, d, _ in spans)}  # fmt: skip


def guarded_by(kata: Kata, test: str, guard: str) -> bool:
    """Whether a failing *guard* zeroes *test*: a guard about some functions zeroes the tests
    about them (and the tests about no function in particular); a guard about no function in
    particular zeroes the whole kata."""
    about = concerns(kata, guard)
    return not about or not concerns(kata, test) or bool(about & concerns(kata, test))


def _test_grades(kata: Kata, results: tuple[TestResult, ...]) -> tuple[TestGrade, ...]:
    """One grade per test, or per case for katas.toml `per_case` tests (each case earns its
    part of the test's share on its own)."""
    cases: dict[str, list[TestResult]] = {}
    for test in results:
        if test.name != "<collection>":
            cases.setdefault(test.base_name, []).append(test)
    share = shares(kata, list(cases))
    units: dict[str, tuple[str, list[TestResult], float]] = {}
    for name, runs in cases.items():
        if name in kata.per_case and len(runs) > 1:
            parts = _split(round(share.get(name, 0.0) * 100), len(runs))
            units |= {run.name: (name, [run], c / 100) for run, c in zip(runs, parts, strict=True)}
        else:
            units[name] = (name, runs, share.get(name, 0.0))
    grades = []
    for unit, (name, runs, worth) in units.items():
        bad = [t for t in runs if t.outcome != "passed"]
        output = scrub(f"{bad[0].name}: {bad[0].message}") if bad else ""
        grades.append(
            TestGrade(
                unit, bad[0].outcome if bad else "passed", 0.0 if bad else worth, worth,
                cap(output), kata.role(name), len(runs), len(bad),
            )
        )  # fmt: skip
    return tuple(grades)


def _speed(tests: tuple[TestGrade, ...]) -> str:
    timed = [t for t in tests if t.role == "speed"]
    if not timed:
        return ""
    return "fast" if all(t.outcome == "passed" for t in timed) else "slow"


def _sum(values: Iterable[float]) -> float:
    return round(sum(values), 2)


def _why(run: KataRun, test: TestGrade) -> str:
    """The first line of what the test's first non-passing case raised."""
    bad = [t for t in run.tests if t.base_name == test.name and t.outcome != "passed"]
    return _first_line(bad[0]) if bad else test.outcome


def _first_line(test: TestResult) -> str:
    lines = [line.strip() for line in test.message.splitlines() if line.strip()]
    line = lines[0] if lines else test.outcome
    for prefix in (f"{test.exception}: ", "Failed: "):
        line = line.removeprefix(prefix)
    return scrub(line)


def scrub(text: str) -> str:
    """*text* as a report may show it: without terminal control sequences or control
    characters (a learner's message must not move the trainer's cursor or break XML), and
    without the grader's temporary folders (a staged kata.py reads as ``NN_slug/kata.py``)."""
    text = _CONTROL.sub("", _ESCAPES.sub("", text))
    return _TEMPORARY.sub("", text)


_ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


# /tmp/sharpbits-grade-abc/staged/alice/03_impure/kata.py -> 03_impure/kata.py
_GRADER = r"/\S*?/sharpbits-(?:grade|run|collect|selfcheck)-[^/\s]*/"
_TEMPORARY = re.compile(rf"{_GRADER}(?:\S*?/)?(?=\d\d_[a-z0-9_]+/)|{_GRADER}")

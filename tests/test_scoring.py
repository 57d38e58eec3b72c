"""The scoring rule and what the trainer reads: points only for what the learner changed,
guards that cap, speed checks beside the grade, whole cents that add up, a table that fits
100 columns, progress in a log. No kata runs here: the runs are built by hand."""

from __future__ import annotations

import io
import json
import os
import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sharpbits import gradeview, reports
from sharpbits.gradebook import Gradebook
from sharpbits.registry import Kata, load_catalog
from sharpbits.runner import KataRun
from sharpbits.runner import TestResult as Result
from sharpbits.scoring import KataGrade, grade_run, scrub, shares

from .conftest import KATAS

CATALOG = load_catalog(KATAS)
KATA = replace(
    CATALOG[0],
    points=10,
    guards=("test_still_jitted",),
    speed=("test_fast",),
    test_weights=(),
)


def run(**outcomes: str) -> KataRun:
    """A run of KATA's made-up tests: names -> outcome; `x__1` names case [1] of test x."""
    tests = tuple(
        Result(re.sub(r"__(\w+)$", r"[\1]", n), o, f"{n} said no") for n, o in outcomes.items()
    )
    status = "passed" if all(o == "passed" for o in outcomes.values()) else "failed"
    return KataRun(KATA.id, status, tests)


ALL_PASS = dict(
    test_pitfall_x="passed", test_still_jitted="passed", test_a__1="passed", test_a__2="passed",
    test_b="passed", test_c="passed", test_fast="passed",
)  # fmt: skip


def test_full_marks_only_when_every_scored_test_passes() -> None:
    grade = grade_run("s", KATA, run(**ALL_PASS))
    assert (grade.status, grade.score, grade.speed) == ("passed", 10.0, "fast")
    roles = {t.name: t.role for t in grade.tests}
    assert roles == {"test_pitfall_x": "pin", "test_still_jitted": "guard", "test_a": "scored",
                     "test_b": "scored", "test_c": "scored", "test_fast": "speed"}  # fmt: skip


def test_a_parametrised_test_earns_its_share_only_when_all_its_cases_pass() -> None:
    grade = grade_run("s", KATA, run(**{**ALL_PASS, "test_a__2": "failed"}))
    assert grade.status == "failed" and grade.score == 6.66  # 10/3 -> 3.34 + 3.33 + 3.33
    (a,) = [t for t in grade.tests if t.name == "test_a"]
    assert (a.score, a.max_score, a.cases, a.failed) == (0.0, 3.34, 2, 1)
    assert a.output.startswith("test_a[2]: ")


def test_a_failing_guard_scores_the_kata_zero_and_says_why() -> None:
    grade = grade_run("s", KATA, run(**{**ALL_PASS, "test_still_jitted": "failed"}))
    assert (grade.status, grade.score) == ("failed", 0.0)
    assert grade.reason.startswith("guard test_still_jitted fails, so the kata scores 0")


@pytest.mark.parametrize("outcome", ["failed", "skipped", "error"])
def test_a_skipped_or_errored_guard_is_a_failing_one(outcome: str) -> None:
    grade = grade_run("s", KATA, run(**{**ALL_PASS, "test_still_jitted": outcome}))
    assert grade.score == 0.0


def test_speed_checks_never_change_points_or_status() -> None:
    """--no-perf (no speed test ran) and a slow run give the same grade as a fast one."""
    fast = grade_run("s", KATA, run(**ALL_PASS))
    slow = grade_run("s", KATA, run(**{**ALL_PASS, "test_fast": "failed"}))
    unchecked = grade_run("s", KATA, run(**{k: v for k, v in ALL_PASS.items() if k != "test_fast"}))
    assert (
        (fast.status, fast.score)
        == (slow.status, slow.score)
        == (unchecked.status, unchecked.score)
    )
    assert (fast.speed, slow.speed, unchecked.speed) == ("fast", "slow", "")
    half = {**ALL_PASS, "test_b": "failed"}
    assert (
        grade_run("s", KATA, run(**half)).score
        == grade_run("s", KATA, run(**{**half, "test_fast": "failed"})).score
    )


def test_a_failing_pin_zeroes_the_kata_and_every_test() -> None:
    grade = grade_run("s", KATA, run(**{**ALL_PASS, "test_pitfall_x": "failed"}))
    assert (grade.status, grade.score) == ("failed", 0.0)
    assert all(t.score == 0 for t in grade.tests)
    assert grade.reason.startswith("pitfall pin test_pitfall_x fails, so the kata scores 0")


TWO = replace(
    CATALOG[0],
    edit=("rms", "rms_kernel"),
    guards=("test_rms_kernel_stays_compiled", "test_rms_stays_jitted", "test_no_leaks"),
    per_case=("test_both",),
    speed=(),
    test_weights=(),
)
TWO_PASS = dict(
    test_rms_kernel_stays_compiled="passed", test_rms_stays_jitted="passed", test_no_leaks="passed",
    test_rms_values="passed", test_rms_kernel_values="passed", test_both__rms="passed",
    test_both__rms_kernel="passed", test_shared="passed",
)  # fmt: skip


def _two(**outcomes: str) -> KataGrade:
    tests = tuple(
        Result(re.sub(r"__(\w+)$", r"[\1]", n), o, "no")
        for n, o in {**TWO_PASS, **outcomes}.items()
    )
    status = "passed" if all(t.outcome == "passed" for t in tests) else "failed"
    return grade_run("s", TWO, KataRun(TWO.id, status, tests))


def test_a_guard_naming_a_function_zeroes_that_functions_tests_only() -> None:
    """rms_kernel's guard fails: rms_kernel's tests (whole words: not rms's) and the tests
    about no function score 0; rms's keep their points."""
    grade = _two(test_rms_kernel_stays_compiled="failed")
    scores = {t.name: t.score for t in grade.tests if t.role == "scored"}
    assert scores == {
        "test_rms_values": 2.5,
        "test_rms_kernel_values": 0.0,
        "test_both[rms]": 1.25,
        "test_both[rms_kernel]": 0.0,
        "test_shared": 0.0,
    }
    assert grade.score == 3.75
    assert "so the tests of rms_kernel score 0" in grade.reason


def test_a_guard_naming_no_function_zeroes_the_kata() -> None:
    assert _two(test_no_leaks="failed").score == 0.0


def test_per_case_tests_give_each_case_its_part() -> None:
    """Fixing one of two functions earns its case of a test parametrised over both."""
    grade = _two(test_both__rms_kernel="failed", test_rms_kernel_values="failed")
    assert {t.name: t.max_score for t in grade.tests if "both" in t.name} == {
        "test_both[rms]": 1.25,
        "test_both[rms_kernel]": 1.25,
    }
    assert grade.score == 2.5 + 1.25 + 2.5  # rms_values, both[rms], shared


def test_control_characters_of_a_learners_message_never_reach_a_report() -> None:
    sneaky = "\x1b[1A\x1b[2Kall good\x00\x07 \x1b]0;title\x07done"
    assert scrub(sneaky) == "all good done"
    bad = Result("test_b", "failed", f"ValueError: {sneaky}", "ValueError")
    grade = grade_run("s", KATA, KataRun(KATA.id, "failed", (*run(**ALL_PASS).tests, bad)))
    assert not re.search(r"[\x00-\x1f]", grade.reason.replace("\n", ""))


@given(
    points=st.integers(1, 500),
    weights=st.lists(st.sampled_from([0.5, 1.0, 1.5, 2.0, 3.0, 7.0]), min_size=1, max_size=40),
)
def test_shares_are_whole_cents_that_add_up_to_the_points(
    points: int, weights: list[float]
) -> None:
    names = [f"test_{i}" for i in range(len(weights))]
    kata = replace(KATA, points=points, guards=(), speed=(),
                   test_weights=tuple(zip(names, weights, strict=True)))  # fmt: skip
    got = shares(kata, names)
    cents = [round(v * 100) for v in got.values()]
    assert all(abs(v * 100 - c) < 1e-6 for v, c in zip(got.values(), cents, strict=True))
    assert sum(cents) == points * 100
    exact = [points * 100 * w / sum(weights) for w in weights]
    assert all(abs(c - e) < 1 for c, e in zip(cents, exact, strict=True))  # within a cent


def test_no_temporary_path_of_the_grader_reaches_a_reason_or_an_output() -> None:
    staged = "/tmp/sharpbits-grade-k2j/staged/alice/03_impure/kata.py"
    assert scrub(f'File "{staged}", line 9') == 'File "03_impure/kata.py", line 9'
    assert scrub("/var/tmp/sharpbits-run-x1/numba-cache/f.nbi") == "numba-cache/f.nbi"
    assert scrub("/usr/lib/python3.11/x.py") == "/usr/lib/python3.11/x.py"
    bad = Result("test_b", "failed", f"AssertionError: {staged}:9 is wrong", "AssertionError")
    grade = grade_run("s", KATA, KataRun(KATA.id, "failed", (*run(**ALL_PASS).tests[:-2], bad)))
    assert "sharpbits-grade" not in json.dumps([grade.reason, *(t.output for t in grade.tests)])


def _grades(submissions: int) -> list[KataGrade]:
    statuses = ["passed", "failed", "error", "timeout", "crashed", "missing"]
    grades = []
    for s in range(submissions):
        for i, kata in enumerate(CATALOG):
            status = statuses[(s + i) % len(statuses)]
            score = kata.points if status == "passed" else (1 / 3 if status == "failed" else 0)
            grades.append(KataGrade(f"student-{s:02d}-with-a-long-name-{'x' * s}", kata.id,
                                    status, "why " * 40, round(score, 2), kata.points,
                                    suspicious="gc" if s == i else ""))  # fmt: skip
    return grades


@pytest.mark.parametrize("table", [gradeview.summary, gradeview.details])
def test_the_tables_fit_100_columns_whatever_the_number_of_katas(table) -> None:
    out = io.StringIO()
    gradeview.console(out, colour=False).print(table(_grades(6), CATALOG))
    lines = out.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 100
    assert len(lines) >= 6
    if table is gradeview.summary:
        assert any("✓" in line and "✗" in line and "!" in line for line in lines)
        assert re.search(r"\d+\.\d\d/\d+\.00", out.getvalue())  # two decimals, always


def test_totals_have_two_decimals_and_add_up_everywhere(tmp_path: Path) -> None:
    grades = _grades(3)
    reports.write_csv(tmp_path / "g.csv", grades, CATALOG)
    reports.write_json(tmp_path / "g.json", grades, {})
    for row in (tmp_path / "g.csv").read_text().splitlines()[1:]:
        cells = row.split(",")
        points = [float(c) for c in cells[1 : 1 + len(CATALOG)]]
        assert all(re.fullmatch(r"\d+\.\d\d", c) for c in cells[1 : 3 + len(CATALOG)])
        assert round(sum(points), 2) == float(cells[1 + len(CATALOG)])
    for sub in json.loads((tmp_path / "g.json").read_text())["submissions"]:
        assert sub["score"] == round(sum(k["score"] for k in sub["katas"]), 2)
        assert len(str(sub["score"]).split(".")[-1]) <= 2


def test_reports_are_readable_by_the_trainers_group(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        reports.write_json(tmp_path / "new" / "grades.json", _grades(1), {})
        Gradebook(tmp_path / "out").close()
    finally:
        os.umask(old)
    made = ("new", "new/grades.json", "out", "out/gradebook.sqlite")
    modes = {p: (tmp_path / p).stat().st_mode & 0o777 for p in made}
    assert modes == {"new": 0o755, "new/grades.json": 0o644, "out": 0o755,
                     "out/gradebook.sqlite": 0o644}  # fmt: skip


def test_progress_in_a_log_is_one_line_per_run_with_time_spent_and_left() -> None:
    log = io.StringIO()
    with gradeview.Ticker(log, colour=False) as tick:
        tick(1, 4, "ana 03_impure: passed")
        tick(4, 4, "ben 05_boolean_masking: failed")
    lines = log.getvalue().splitlines()
    assert re.fullmatch(r"\[1/4\] ana 03_impure: passed  0:0\d spent, about 0:\d\d left", lines[0])
    assert re.fullmatch(r"\[4/4\] ben 05_boolean_masking: failed  0:0\d spent", lines[1])


def test_a_kata_of_the_catalog_counts_its_declared_guards_and_speed_checks() -> None:
    fusion = CATALOG[0]
    assert fusion.role("test_compiled_versions_are_not_slower_than_numpy") == "speed"
    assert fusion.role("test_jax_version_takes_device_arrays_and_leaves_them_usable") == "guard"
    assert fusion.role("test_pitfall_anything") == "pin"
    assert fusion.role("test_numba_versions_are_compiled_in_nopython_mode") == "scored"
    assert isinstance(fusion, Kata)

"""`sharpbits grade`: golden submissions (tests/golden/<case>/: case.toml holds the expected
statuses), archives, a batch with two jobs, and a grader killed mid-batch then resumed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import tomllib
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from sharpbits import grading
from sharpbits.cli import main
from sharpbits.gradebook import DB_FILE, Gradebook
from sharpbits.grading import OWNER_FILE, SCRATCH_PREFIX
from sharpbits.intake import discover
from sharpbits.registry import load_catalog, solutions_root
from sharpbits.runner import KataRun, collect_tests
from sharpbits.runner import TestResult as Result
from sharpbits.sandbox import find_sandbox
from sharpbits.scoring import KataGrade, cap, grade_run

from .conftest import KATAS

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p for p in GOLDEN.iterdir() if (p / "case.toml").is_file())
KATA_IDS = [k.id for k in load_catalog(KATAS)]
SANDBOX, HOW = find_sandbox("auto")  # the golden cases grade with --sandbox auto


def build(case: Path, target: Path) -> Path:
    """The case's own files, plus kata.py files taken from the project ("reference" or
    "shipped"), so that no solution is copied into tests/; [append] adds a file of the case's
    own definitions to a built kata.py (as the known-wrong fixes do)."""
    spec = tomllib.loads((case / "case.toml").read_text())
    if (case / "submission").is_dir():
        shutil.copytree(case / "submission", target)
    target.mkdir(parents=True, exist_ok=True)
    for key, kind in spec.get("build", {}).items():
        for kata_id in KATA_IDS if key == "*" else [key]:
            source = solutions_root() if kind == "reference" else KATAS
            (target / kata_id).mkdir(exist_ok=True)
            shutil.copyfile(source / kata_id / "kata.py", target / kata_id / "kata.py")
    for kata_id, name in spec.get("append", {}).items():
        with (target / kata_id / "kata.py").open("a", encoding="utf-8") as kata_py:
            kata_py.write("\n\n" + (case / name).read_text(encoding="utf-8"))
    return target


def grade(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[dict[str, Any], str]:
    out = Path(str(args[args.index("--out") + 1]))
    code = main(["grade", *(str(a) for a in args), "--json"])
    printed = capsys.readouterr().out
    assert code == 0, printed
    return json.loads((out / "grades.json").read_text()), printed


def statuses(data: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    (entry,) = [s for s in data["submissions"] if s["name"] == name]
    return {k["kata"]: k for k in entry["katas"]}


def options(spec: dict[str, Any]) -> list[object]:
    args: list[object] = [] if spec.get("perf") else ["--no-perf"]
    args += ["--timeout", spec["timeout"]] if "timeout" in spec else []
    args += ["--memory", spec["memory"]] if "memory" in spec else []
    return args


CASES_GRADED_ONCE = [
    c for c in CASES if "gradings" not in tomllib.loads((c / "case.toml").read_text())
]


@pytest.mark.parametrize("case", CASES_GRADED_ONCE, ids=[c.name for c in CASES_GRADED_ONCE])
def test_golden_case(case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = tomllib.loads((case / "case.toml").read_text())
    if spec.get("sandboxed_only") and SANDBOX is None:
        pytest.skip(f"{case.name} needs the sandbox, and {HOW}")
    submission = build(case, tmp_path / "batch" / case.name)
    if "neighbour" in spec:  # another student's submission, graded in the same batch
        build(GOLDEN / spec["neighbour"], tmp_path / "batch" / "neighbour")
        submission = submission.parent
    before = trainer_files()
    args = [submission, "--out", tmp_path / "out", "--jobs", "2", *options(spec)]
    data, _ = grade(capsys, *args)
    check_case(spec, case.name, statuses(data, case.name))
    assert trainer_files() == before, "a graded run changed the trusted katas or the solutions"
    assert not list((tmp_path / "out").rglob("planted*")), "a graded run wrote into --out"
    if "leftover" in spec:
        time.sleep(0.5)
        left = subprocess.run(["pgrep", "-f", spec["leftover"]], capture_output=True, text=True)
        assert left.stdout == "", f"a process of the run outlived it: {left.stdout}"


def trainer_files() -> dict[str, str]:
    """Every file of the trusted katas and of the reference solutions, with its digest."""
    found = {}
    for top in (KATAS, solutions_root()):
        for path in sorted(top.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def check_case(spec: dict[str, Any], name: str, got: dict[str, dict[str, Any]]) -> None:
    __tracebackhide__ = True
    expect = spec["expect"]
    for kata_id in KATA_IDS:
        want = expect.get(kata_id, expect.get("*", "missing"))
        kata = got[kata_id]
        assert kata["status"] == want, f"{name} {kata_id}: {kata['status']}: {kata['reason']}"
        if want == "passed":
            assert kata["score"] == kata["max_score"] > 0
        elif want != "failed":
            assert kata["score"] == 0  # no run, or no run that counts: no credit
        if want not in ("passed", "failed"):
            assert kata["reason"] and "\n" not in kata["reason"]
    flagged = set(spec.get("suspicious", []))
    for kata_id in KATA_IDS:  # flagged exactly where the case says, never on the reference
        assert bool(got[kata_id]["suspicious"]) == (kata_id in flagged), (
            f"{name} {kata_id}: suspicious = {got[kata_id]['suspicious']!r}"
        )
    for kata_id in spec.get("partial", []):
        assert 0 < got[kata_id]["score"] < got[kata_id]["max_score"]
    for kata_id, score in spec.get("scores", {}).items():
        assert got[kata_id]["score"] == score, f"{name} {kata_id}: {got[kata_id]['score']}"
    if "reason" in spec:
        reasons = [k["reason"] for k in got.values() if k["status"] not in ("passed", "missing")]
        assert any(spec["reason"] in r for r in reasons), reasons


GRADED_MANY_TIMES = [c for c in CASES if c not in CASES_GRADED_ONCE]


@pytest.mark.parametrize("case", GRADED_MANY_TIMES, ids=[c.name for c in GRADED_MANY_TIMES])
def test_a_case_graded_many_times_in_fresh_folders_gets_one_verdict(
    case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The case's kata.py, built afresh for every grading (its own submission folder, its own
    --out), graded in a batch with one job (each run gets every core's threads) and in one
    with two jobs (one thread per run on 2 cores): every grading gives the same status, score
    and outcome of every test, and that verdict is the one case.toml expects."""
    spec = tomllib.loads((case / "case.toml").read_text())
    gradings = int(spec["gradings"])
    verdicts: list[tuple[object, ...]] = []
    for batch, jobs in enumerate((1, 2)):
        names = [f"grading-{i}" for i in range(gradings) if i % 2 == batch]
        folder = tmp_path / f"batch-{batch}"
        for name in names:
            build(case, folder / name)
        data, _ = grade(capsys, folder, "--out", tmp_path / f"out-{batch}", "--jobs", jobs,
                        *options(spec))  # fmt: skip
        for name in names:
            got = statuses(data, name)
            check_case(spec, case.name, got)
            verdicts.append(tuple(
                (k, g["status"], g["score"], tuple((t["name"], t["outcome"]) for t in g["tests"]))
                for k, g in sorted(got.items())
            ))  # fmt: skip
    assert len(verdicts) == gradings
    assert len(set(verdicts)) == 1, f"{case.name}: {len(set(verdicts))} different verdicts"


def test_a_batch_graded_twice_with_different_jobs_gets_the_same_row_for_everyone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fair and repeatable: the shipped katas score 0, the reference full marks, a mixed
    submission (03 solved, 05 half fixed) the same partial grade, with --jobs 1 and 2."""
    subs = tmp_path / "subs"
    for kata_id in ("03_impure", "05_boolean_masking"):
        for name, source in (("shipped", KATAS), ("reference", solutions_root())):
            (subs / name / kata_id).mkdir(parents=True)
            shutil.copyfile(source / kata_id / "kata.py", subs / name / kata_id / "kata.py")
    build(GOLDEN / "half_fixed", subs / "mixed")
    shutil.copytree(subs / "reference" / "03_impure", subs / "mixed" / "03_impure")
    rows = []
    for jobs in (1, 2):
        data, _ = grade(capsys, subs, "--katas", "03,05", "--out", tmp_path / f"out-{jobs}",
                        "--jobs", jobs)  # fmt: skip
        rows.append(data["submissions"])
    assert rows[0] == rows[1]
    scores = {s["name"]: (s["score"], s["max_score"]) for s in rows[0]}
    assert scores == {"mixed": (15, 20), "reference": (20, 20), "shipped": (0, 20)}


@pytest.mark.parametrize("fmt", ["zip", "gztar"])
def test_an_archive_is_graded_like_a_folder(fmt: str, tmp_path: Path, capsys) -> None:
    build(GOLDEN / "partially_correct", tmp_path / "src" / "alice" / "katas")
    archive = shutil.make_archive(str(tmp_path / "alice"), fmt, tmp_path / "src", "alice")
    data, _ = grade(capsys, archive, "--out", tmp_path / "out", "--no-perf")
    got = statuses(data, "alice")
    assert got["03_impure"]["status"] == "passed"
    assert got["04_data_dependent_branching"]["status"] == "failed"


def five_submissions(folder: Path) -> Path:
    build(GOLDEN / "missing_kata", folder / "ana")
    build(GOLDEN / "partially_correct", folder / "ben")
    build(GOLDEN / "syntax_error", folder / "cleo")
    build(GOLDEN / "edited_tests", folder / "dev")
    build(GOLDEN / "missing_kata", folder / "eli")
    return folder


def test_a_folder_of_five_with_two_jobs_writes_every_report(tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    data, printed = grade(
        capsys, five_submissions(tmp_path / "subs"), "--out", out, "--jobs", "2", "--no-perf",
        "--csv", "--junit", "--gradescope",
    )  # fmt: skip
    assert [s["name"] for s in data["submissions"]] == ["ana", "ben", "cleo", "dev", "eli"]
    assert statuses(data, "cleo")["03_impure"]["status"] == "error"
    assert statuses(data, "dev")["03_impure"]["status"] == "failed"
    assert data["version"] == 1 and data["tested_with"]["jax"]
    for name in ("ana", "ben", "cleo", "dev", "eli"):
        assert re.search(rf"^ *{name} ", printed, re.MULTILINE), printed
    assert max(len(line) for line in printed.splitlines()) <= 100
    rows = (out / "gradebook.csv").read_text().splitlines()
    assert rows[0].startswith("submission,01_fusion,") and len(rows) == 6
    assert rows[1].split(",")[KATA_IDS.index("03_impure") + 1] == "10.00"
    suites = ET.parse(out / "junit.xml").getroot().findall("testsuite")
    assert len(suites) == 5 * len(KATA_IDS)
    scope = json.loads((out / "gradescope" / "ben.json").read_text())
    assert (
        scope["score"]
        == statuses(data, "ben")["03_impure"]["score"]
        + statuses(data, "ben")["04_data_dependent_branching"]["score"]
    )
    for test in scope["tests"]:
        assert set(test) == {"name", "score", "max_score", "status", "output", "visibility"}
        assert test["status"] in ("passed", "failed") and len(test["output"]) <= 600


def test_a_corrupt_archive_is_one_row_and_the_batch_goes_on(tmp_path: Path, capsys) -> None:
    subs = tmp_path / "subs"
    build(GOLDEN / "missing_kata", subs / "good")
    (subs / "broken.zip").write_bytes(b"PK\x03\x04 this is not a zip file at all")
    data, _ = grade(capsys, subs, "--out", tmp_path / "out", "--no-perf")
    assert statuses(data, "good")["03_impure"]["status"] == "passed"
    broken = statuses(data, "broken")
    assert {k["status"] for k in broken.values()} == {"error"}
    assert "unreadable archive" in broken["03_impure"]["reason"]


def _rows(db: Path, runs_only: bool = False) -> dict[tuple[str, str], str]:
    """The complete rows of a gradebook another process may still be creating: until its
    schema is there (a moment after the file appears) it holds nothing."""
    if not db.exists():
        return {}
    query = "SELECT submission, kata, graded_at FROM grades WHERE complete = 1"
    with contextlib.closing(sqlite3.connect(db)) as con:
        try:
            rows = con.execute(query + (" AND status != 'missing'" if runs_only else ""))
            return {(s, k): at for s, k, at in rows}
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return {}
            raise


def test_kill_9_mid_batch_then_resume_regrades_nothing_and_loses_nothing(
    tmp_path: Path, capsys
) -> None:
    subs = tmp_path / "subs"
    for name in ("a", "b", "c", "d"):
        build(GOLDEN / "partially_correct", subs / name)
    out = tmp_path / "out"
    grader = subprocess.Popen(
        [sys.executable, "-m", "sharpbits", "grade", str(subs), "--out", str(out), "--jobs", "1",
         "--no-perf", "--katas", "03"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while len(_rows(out / DB_FILE, runs_only=True)) < 2:  # 2 of the 4 kata runs are done
            assert time.monotonic() < deadline and grader.poll() is None, "the grader stalled"
            time.sleep(0.2)
        (scratch,) = [  # the killed grader's temporary folder: staged submissions and runs
            d
            for d in Path(tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*")
            if (d / OWNER_FILE).is_file() and (d / OWNER_FILE).read_text() == str(grader.pid)
        ]
    finally:  # whatever failed above, the grader does not outlive the test
        os.kill(grader.pid, signal.SIGKILL)
        grader.wait()
    before = _rows(out / DB_FILE)
    assert len(_rows(out / DB_FILE, runs_only=True)) < 4, "the batch finished before the kill"
    deadline = time.monotonic() + 10  # its runs die with it
    while subprocess.run(["pgrep", "-f", str(scratch)], capture_output=True).returncode == 0:
        assert time.monotonic() < deadline, "a run of the killed grader is still going"
        time.sleep(0.2)
    assert scratch.is_dir()  # left behind by the kill...
    _, printed = grade(capsys, subs, "--out", out, "--no-perf", "--jobs", "2", "--katas", "03")
    assert not scratch.exists() and "left by a grader that was killed" in printed  # ...and gone
    assert "Resumed:" in printed
    after = _rows(out / DB_FILE)
    assert len(after) == 4  # one kata graded, for four submissions
    assert {key: after[key] for key in before} == before  # nothing graded twice, nothing lost


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["nowhere"], "nowhere does not exist", id="missing-path"),
        pytest.param(["--jobs", "0", "."], "--jobs must be at least 1", id="bad-jobs"),
    ],
)
def test_grade_fails_only_when_it_cannot_run(args: list[str], message: str, capsys) -> None:
    assert main(["grade", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_report_output_is_capped_and_says_so() -> None:
    assert cap("x" * 100) == "x" * 100
    cut = cap("y" * 1200)
    assert cut.startswith("y" * 500) and cut.endswith("[cut: 700 more characters]")


def test_a_report_without_exactly_the_trusted_tests_earns_nothing() -> None:
    (kata,) = [k for k in load_catalog(KATAS) if k.id == "03_impure"]
    trusted = frozenset({"test_a", "test_b[1]", "test_b[2]"})
    honest = KataRun(kata.id, "passed", tuple(Result(n, "passed") for n in sorted(trusted)))
    assert grade_run("s", kata, honest, expected=trusted).status == "passed"
    forged = KataRun(kata.id, "passed", (Result("test_a", "passed"),))  # one passed test
    grade = grade_run("s", kata, forged, expected=trusted)
    assert (grade.status, grade.score) == ("error", 0.0)
    assert "never reported: test_b[1], test_b[2]" in grade.reason
    invented = KataRun(kata.id, "passed", (*honest.tests, Result("test_z", "passed")))
    grade = grade_run("s", kata, invented, expected=trusted)
    assert (grade.status, grade.score) == ("error", 0.0) and "test_z" in grade.reason


def test_collected_tests_are_named_as_a_run_reports_them() -> None:
    (kata,) = [k for k in load_catalog(KATAS) if k.id == "03_impure"]
    names = collect_tests([kata], "not perf")[kata.id]
    assert "test_accumulate_jax_stays_jitted" in names
    assert "test_flag_argument_is_read_on_every_call[accumulate_numba]" in names
    assert not any("::" in n or n.startswith("katas") for n in names)


def test_a_batch_with_speed_checks_resumes_what_a_no_perf_batch_graded_by_running_them(
    tmp_path: Path,
) -> None:
    book = Gradebook(tmp_path)
    try:
        unmeasured = KataGrade("ana", "01_fusion", "passed", "", 10, 10)  # graded --no-perf
        book.put(unmeasured, "d", {})
        assert book.done("ana", "01_fusion", "d", 10)  # another --no-perf batch: nothing to do
        assert not book.done("ana", "01_fusion", "d", 10, speed=True)  # its speed check is due
        book.put(replace(unmeasured, speed="fast"), "d", {})
        assert book.done("ana", "01_fusion", "d", 10, speed=True)
        book.put(replace(unmeasured, status="timeout", score=0), "d", {})
        assert book.done("ana", "01_fusion", "d", 10, speed=True)  # no speed check after that
    finally:
        book.close()


def test_a_gradebook_from_before_the_suspicious_and_speed_columns_is_read_and_extended(
    tmp_path: Path,
) -> None:
    old = sqlite3.connect(tmp_path / DB_FILE)
    old.executescript(SCHEMA_BEFORE_SUSPICIOUS)
    old.execute(
        "INSERT INTO grades VALUES ('ana', '03_impure', 'd', 1, 'passed', '', 10, 10, '[]', "
        "'{}', '2026-01-01')"
    )
    old.commit()
    old.close()
    book = Gradebook(tmp_path)
    try:
        (grade,) = book.grades()
        assert (grade.submission, grade.score, grade.suspicious, grade.speed) == ("ana", 10, "", "")
        book.put(replace(grade, submission="ben", suspicious="line 1: imports gc"), "e", {})
        assert {g.submission: g.suspicious for g in book.grades()} == {
            "ana": "",
            "ben": "line 1: imports gc",
        }
    finally:
        book.close()


SCHEMA_BEFORE_SUSPICIOUS = """
CREATE TABLE grades (
    submission TEXT NOT NULL, kata TEXT NOT NULL, digest TEXT NOT NULL,
    complete INTEGER NOT NULL, status TEXT NOT NULL, reason TEXT NOT NULL, score REAL NOT NULL,
    max_score REAL NOT NULL, tests TEXT NOT NULL, versions TEXT NOT NULL,
    graded_at TEXT NOT NULL, PRIMARY KEY (submission, kata)
);
"""


@pytest.mark.parametrize("ending", ["timeout", "crashed"])
def test_a_speed_check_that_never_finishes_costs_no_points(
    ending: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kata.py can stall only when its speed check runs: the grade stays the main run's,
    with the speed reported as slow (it once scored the kata 0 as a timeout)."""
    (fusion,) = [k for k in load_catalog(KATAS) if k.id == "01_fusion"]
    main_tests = (Result("test_pitfall_x", "passed"), Result("test_equals", "passed"))

    def fake_run(job: Any, options: Any, markexpr: str) -> KataRun:
        if markexpr == "perf":
            return KataRun(fusion.id, ending, output="killed")
        return KataRun(fusion.id, "passed", main_tests, versions={"jax": "x"})

    def fake_collect(katas: Any, markexpr: str | None = None) -> dict[str, frozenset[str]]:
        names = {"test_fast"} if markexpr == "perf" else {t.name for t in main_tests}
        return {k.id: frozenset(names) for k in katas}

    monkeypatch.setattr(grading, "_run", fake_run)
    monkeypatch.setattr(grading, "collect_tests", fake_collect)
    (tmp_path / "sub" / "01_fusion").mkdir(parents=True)
    (tmp_path / "sub" / "01_fusion" / "kata.py").write_text("x = 1\n")
    submissions = discover([tmp_path / "sub"], [fusion.id])
    book = Gradebook(tmp_path / "out")
    try:
        options = grading.GradeOptions(jobs=1, sandbox="off")
        (grade,) = grading.grade_all(submissions, (fusion,), book, options).grades
    finally:
        book.close()
    assert (grade.status, grade.score, grade.speed) == ("passed", fusion.points, "slow")

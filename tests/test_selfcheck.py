"""Every kata is a real exercise: it pins its pitfalls, fails as shipped, passes with the
reference solution, and rejects each known-wrong fix (rustlings' `dev check`, plus that)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.loader import Source
from sharpbits.registry import Kata, load_catalog, solutions_root
from sharpbits.runner import collect_tests, run_kata
from sharpbits.scoring import grade_run

from .conftest import KATAS
from .selfcheck import (
    KNOWN_RIGHT,
    KNOWN_WRONG,
    SelfCheck,
    explain,
    reference_problems,
    right_fixes,
    right_problems,
    run_selfcheck,
    shipped_problems,
    wrong_fixes,
    wrong_problems,
)

CATALOG = load_catalog(KATAS)
CATALOG_BY_ID = {k.id: k for k in CATALOG}
KATA_IDS = [k.id for k in CATALOG]
WRONG = [(k.id, f.name) for k in CATALOG for f in wrong_fixes(k.id)]
RIGHT = [(k.id, f.name) for k in CATALOG for f in right_fixes(k.id)]


@pytest.fixture(scope="session")
def selfcheck(catalog: tuple[Kata, ...]) -> SelfCheck:
    return run_selfcheck(catalog)


def test_every_kata_folder_is_in_the_catalog_and_every_entry_has_a_folder() -> None:
    folders = {p.name for p in KATAS.iterdir() if p.is_dir() and p.name[:2].isdigit()}
    assert folders == set(KATA_IDS)
    for kata in CATALOG:
        for name in ("README.md", "kata.py", "test_kata.py"):
            assert (kata.path / name).is_file(), f"{kata.id} has no {name}"
        assert (solutions_root() / kata.id / "kata.py").is_file(), f"{kata.id} has no solution"


def _given_section(path: Path, end_marker: str) -> str:
    text = path.read_text(encoding="utf-8")
    start, end = text.find("\n# --- GIVEN"), text.find(f"\n# --- {end_marker}")
    assert 0 <= start < end, f"{path} has no '# --- GIVEN' section before '# --- {end_marker}'"
    return text[start:end]


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_reference_keeps_the_given_section_byte_for_byte(kata_id: str) -> None:
    shipped = _given_section(KATAS / kata_id / "kata.py", "YOUR CODE")
    reference = _given_section(solutions_root() / kata_id / "kata.py", "SOLUTION")
    assert shipped == reference, f"{kata_id}: the GIVEN sections of kata.py and the solution differ"


def test_solutions_mirror_the_kata_folders_one_to_one() -> None:
    solutions = {p.name for p in solutions_root().iterdir() if p.is_dir() and p.name[:2].isdigit()}
    assert solutions == set(KATA_IDS)


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_every_kata_has_at_least_two_known_wrong_fixes(kata_id: str) -> None:
    fixes = wrong_fixes(kata_id)
    assert len(fixes) >= 2, f"add known-wrong fixes under {KNOWN_WRONG / kata_id}"
    for fix in fixes:
        assert fix.caught_by, f"{fix.path} declares no CAUGHT_BY test names"


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_shipped_kata_pins_its_pitfalls_and_fails_a_fix_test(
    selfcheck: SelfCheck, kata_id: str
) -> None:
    run = selfcheck.shipped[kata_id]
    problems = shipped_problems(kata_id, run)
    assert not problems, f"{problems[0]}\n{explain(run)}"


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_reference_solution_passes_every_test(selfcheck: SelfCheck, kata_id: str) -> None:
    run = selfcheck.reference[kata_id]
    problems = reference_problems(kata_id, run)
    assert not problems, f"{problems[0]}\n{explain(run)}"


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_the_pins_see_only_the_given_code(selfcheck: SelfCheck, kata_id: str) -> None:
    """What lets `check` and `watch` skip pins seen to hold (pincache): the same pins hold on
    the shipped code and on the reference, which share only the GIVEN section and imports."""
    shipped, reference = selfcheck.shipped[kata_id], selfcheck.reference[kata_id]
    assert [(t.name, t.outcome) for t in shipped.pitfalls] == [
        (t.name, t.outcome) for t in reference.pitfalls
    ]


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_shipped_kata_scores_zero(selfcheck: SelfCheck, kata_id: str) -> None:
    """The fair-scoring rule holds: every scored test (or case of a per_case test) fails as
    shipped, else the unedited file earns its share."""
    kata = CATALOG_BY_ID[kata_id]
    run = selfcheck.shipped[kata_id]
    grade = grade_run("shipped", kata, run)
    earning = [t.name for t in grade.tests if t.score > 0]
    assert grade.score == 0.0, f"{kata_id}: as shipped, {earning} earn points (make them guards)"
    assert {t.role for t in grade.tests} >= {"pin", "scored"}, grade.tests


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_reference_scores_full_marks(selfcheck: SelfCheck, kata_id: str) -> None:
    kata = CATALOG_BY_ID[kata_id]
    grade = grade_run("reference", kata, selfcheck.reference[kata_id])
    assert (grade.status, grade.score) == ("passed", float(kata.points)), grade.reason


@pytest.mark.parametrize(("kata_id", "fix"), WRONG, ids=[f"{k}-{f}" for k, f in WRONG])
def test_known_wrong_fix_scores_less_than_full_marks(
    selfcheck: SelfCheck, kata_id: str, fix: str
) -> None:
    kata = CATALOG_BY_ID[kata_id]
    grade = grade_run(fix, kata, selfcheck.wrong[kata_id, fix])
    assert grade.score < kata.points, f"{kata_id}/{fix} earns full marks: {grade.tests}"


def test_guards_speed_checks_and_weights_name_real_tests(catalog: tuple[Kata, ...]) -> None:
    tests = {k: {n.split("[", 1)[0] for n in names} for k, names in collect_tests(catalog).items()}
    timed = collect_tests([k for k in catalog if k.has_perf_tests], "perf")
    for kata in catalog:
        named = {*kata.guards, *kata.speed, *(name for name, _ in kata.test_weights)}
        unknown = named - tests[kata.id]
        assert not unknown, f"katas.toml names tests {kata.id} does not have: {sorted(unknown)}"
        speed = {n.split("[", 1)[0] for n in timed.get(kata.id, ())}
        assert set(kata.speed) == speed, f"{kata.id}: speed = must list exactly its perf tests"
        assert not any(kata.role(n) != "scored" for n, _ in kata.test_weights), kata.id


@pytest.mark.parametrize(("kata_id", "fix"), WRONG, ids=[f"{k}-{f}" for k, f in WRONG])
def test_known_wrong_fix_is_rejected(selfcheck: SelfCheck, kata_id: str, fix: str) -> None:
    run = selfcheck.wrong[kata_id, fix]
    (wrong_fix,) = [f for f in wrong_fixes(kata_id) if f.name == fix]
    problems = wrong_problems(wrong_fix, run)
    assert not problems, "\n".join(problems) + f"\n{explain(run)}"


@pytest.mark.parametrize(("kata_id", "fix"), RIGHT, ids=[f"{k}-{f}" for k, f in RIGHT])
def test_known_right_fix_is_accepted(selfcheck: SelfCheck, kata_id: str, fix: str) -> None:
    run = selfcheck.right[kata_id, fix]
    (right_fix,) = [f for f in right_fixes(kata_id) if f.name == fix]
    problems = right_problems(right_fix, run)
    assert not problems, "\n".join(problems) + f"\n{explain(run)}"


def test_reference_speed_checks_pass_when_run_alone(catalog: tuple[Kata, ...]) -> None:
    perf_katas = [k for k in catalog if "pytest.mark.perf" in (k.path / "test_kata.py").read_text()]
    assert perf_katas, "no kata carries a perf-marked speed check"
    for kata in perf_katas:
        run = run_kata(kata, Source("solutions"), markexpr="perf")
        assert run.status == "passed" and run.tests, explain(run)


@pytest.mark.parametrize("folder", [KNOWN_WRONG, KNOWN_RIGHT], ids=["wrong", "right"])
def test_known_fix_folders_name_real_katas(folder: Path) -> None:
    folders = {p.name for p in folder.iterdir() if p.is_dir()}
    assert folders <= set(KATA_IDS), f"unknown kata folders in {folder}: {folders - set(KATA_IDS)}"


def test_repo_layout_is_as_documented() -> None:
    repo = KATAS.parent
    for name in ("pyproject.toml", "conftest.py", "README.md", ".ci/run", "src/sharpbits"):
        assert (repo / name).exists(), name
    assert Path(__file__).parent.name == "tests"


def test_ci_runs_the_readme_test_command_literally() -> None:
    repo = KATAS.parent
    readme = (repo / "README.md").read_text(encoding="utf-8")
    (command,) = [
        line
        for line in readme.splitlines()
        if line.startswith("python3 -m venv") and "[test]" in line
    ]
    assert f"( {command} )" in (repo / ".ci" / "run").read_text(encoding="utf-8")

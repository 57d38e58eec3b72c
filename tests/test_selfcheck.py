"""Every kata is a real exercise: it pins its pitfalls, fails as shipped, passes with the
reference solution, and rejects each known-wrong fix (rustlings' `dev check`, plus that)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.loader import Source
from sharpbits.registry import Kata, load_catalog, solutions_root
from sharpbits.runner import KataRun, run_kata

from .conftest import KATAS
from .selfcheck import KNOWN_WRONG, SelfCheck, run_selfcheck, wrong_fixes

CATALOG = load_catalog(KATAS)
KATA_IDS = [k.id for k in CATALOG]
WRONG = [(k.id, f.name) for k in CATALOG for f in wrong_fixes(k.id)]


@pytest.fixture(scope="session")
def selfcheck(catalog: tuple[Kata, ...]) -> SelfCheck:
    return run_selfcheck(catalog)


def _explain(run: KataRun) -> str:
    lines = [f"{t.outcome:7} {t.name}: {t.message[:200]}" for t in run.tests]
    return f"[{run.status}]\n" + "\n".join(lines) + f"\n--- output tail ---\n{run.output}"


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
    assert run.pitfalls, f"{kata_id} has no test_pitfall_* test\n{_explain(run)}"
    broken = [t.name for t in run.pitfalls if t.outcome != "passed"]
    assert not broken, f"{kata_id}: pitfall pins fail as shipped: {broken}\n{_explain(run)}"
    assert run.failing_fixes, f"{kata_id} passes as shipped: nothing to fix\n{_explain(run)}"


@pytest.mark.parametrize("kata_id", KATA_IDS)
def test_reference_solution_passes_every_test(selfcheck: SelfCheck, kata_id: str) -> None:
    run = selfcheck.reference[kata_id]
    assert run.status == "passed" and run.tests, _explain(run)


@pytest.mark.parametrize(("kata_id", "fix"), WRONG, ids=[f"{k}-{f}" for k, f in WRONG])
def test_known_wrong_fix_is_rejected(selfcheck: SelfCheck, kata_id: str, fix: str) -> None:
    run = selfcheck.wrong[kata_id, fix]
    assert run.status == "failed", f"{kata_id}/{fix} passed every test\n{_explain(run)}"
    assert all(t.outcome == "passed" for t in run.pitfalls), _explain(run)
    (wrong_fix,) = [f for f in wrong_fixes(kata_id) if f.name == fix]
    for test_name in wrong_fix.caught_by:
        assert run.outcome(test_name) == "failed", (
            f"{kata_id}/{fix} should fail {test_name}\n{_explain(run)}"
        )


def test_reference_speed_checks_pass_when_run_alone(catalog: tuple[Kata, ...]) -> None:
    perf_katas = [k for k in catalog if "pytest.mark.perf" in (k.path / "test_kata.py").read_text()]
    assert perf_katas, "no kata carries a perf-marked speed check"
    for kata in perf_katas:
        run = run_kata(kata, Source("solutions"), markexpr="perf")
        assert run.status == "passed" and run.tests, _explain(run)


def test_known_wrong_folders_name_real_katas() -> None:
    folders = {p.name for p in KNOWN_WRONG.iterdir() if p.is_dir()}
    assert folders <= set(KATA_IDS), (
        f"unknown kata folders in {KNOWN_WRONG}: {folders - set(KATA_IDS)}"
    )


def test_repo_layout_is_as_documented() -> None:
    repo = KATAS.parent
    for name in ("pyproject.toml", "conftest.py", "README.md", ".ci/run", "src/sharpbits"):
        assert (repo / name).exists(), name
    assert Path(__file__).parent.name == "tests"

"""The mutation audit (``python -m tests.mutation``) stays usable between its long runs.

No mutant runs here but kata 08's six: every equivalents file parses and names only mutants
the current reference still has (a listed mutant that no longer exists is stale), mutants come
only from the learner's part of a kata.py, and one real run classifies kata 08's mutants.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.registry import load_catalog, solutions_root

from .conftest import KATAS
from .mutation import equivalents
from .mutation.equivalents import EquivalentsError
from .mutation.mutants import list_mutants
from .mutation.run import run_mutation

CATALOG = load_catalog(KATAS)
KATA_IDS = [k.id for k in CATALOG]
LISTED = sorted(p.stem for p in equivalents.FOLDER.glob("*.toml"))

SAMPLE = """\
import numpy as np

# --- GIVEN: do not edit. ---


def given(a):
    return a + 1 if a > 0 else a - 1


# --- SOLUTION ---


def fixed(a):
    return a * 2 + 1


class Model:
    def apply(self, a):
        return a - 3
"""


def test_every_equivalents_file_is_named_after_a_kata() -> None:
    assert set(LISTED) <= set(KATA_IDS), f"unknown katas: {set(LISTED) - set(KATA_IDS)}"


@pytest.mark.parametrize("kata_id", LISTED)
def test_listed_equivalents_parse_and_name_live_mutants(kata_id: str, tmp_path: Path) -> None:
    listed = equivalents.load(kata_id)
    assert listed, f"{equivalents.path_for(kata_id)} lists nothing: delete it"
    live = {m.key for m in list_mutants(solutions_root() / kata_id / "kata.py", tmp_path)}
    stale = [e for e in listed if e.key not in live]
    assert not stale, (
        f"{kata_id}: listed as equivalent, but the reference has no such mutant any more "
        f"(remove or update the entry): {[f'{e.function}: {e.before} -> {e.after}' for e in stale]}"
    )


def test_mutants_come_only_from_below_the_solution_marker(tmp_path: Path) -> None:
    path = tmp_path / "kata.py"
    path.write_text(SAMPLE)
    found = list_mutants(path, tmp_path)
    marker = SAMPLE.splitlines().index("# --- SOLUTION ---") + 1
    assert found, "no mutant in the solution section"
    assert all(m.line > marker for m in found), [m.describe() for m in found]
    assert {m.function for m in found} == {"fixed", "Model.apply"}
    assert any(m.before == "return a * 2 + 1" and m.after == "return a * 2 - 1" for m in found)


def test_a_kata_py_without_a_solution_marker_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kata.py"
    path.write_text("def f(a):\n    return a + 1\n")
    with pytest.raises(ValueError, match="SOLUTION"):
        list_mutants(path, tmp_path)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        pytest.param("[[equivalent]]\nfunction = 'f'\n", "misses", id="missing-fields"),
        pytest.param("[[equivalent\n", "Expected", id="not-toml"),
        pytest.param("[other]\n", "unknown top-level", id="unknown-table"),
    ],
)
def test_a_broken_equivalents_file_is_refused_with_its_path(
    text: str, problem: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(equivalents, "FOLDER", tmp_path)
    (tmp_path / "01_demo.toml").write_text(text)
    with pytest.raises(EquivalentsError, match=problem) as excinfo:
        equivalents.load("01_demo")
    assert "01_demo.toml" in str(excinfo.value)


def test_a_real_run_kills_every_mutant_of_kata_08_but_its_listed_equivalents(
    tmp_path: Path,
) -> None:
    (kata,) = [k for k in CATALOG if k.id == "08_inplace_updates"]
    result = run_mutation(kata, jobs=2, progress=lambda line: None, workdir=tmp_path)
    listed = equivalents.load(kata.id)
    assert result.clean, [m.describe() for m in result.survived] + [e for _, e in result.errors]
    assert {m.key for m in result.equivalent} == {e.key for e in listed}
    assert result.killed == result.mutants - len(listed) > 0

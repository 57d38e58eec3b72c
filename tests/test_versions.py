"""The verified version range: declared once, kept equal in pyproject.toml and the README, and
enforced by the per-version pins and by the grader."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from sharpbits import reports, versions
from sharpbits.cli import main
from sharpbits.versions import MATRIX, RANGE, UnverifiedVersion, per_version

ROOT = Path(__file__).resolve().parent.parent
NEWEST = {"jax": "0.10.2", "jaxlib": "0.10.2", "numba": "0.68.1", "numpy": "2.4.6"}


@pytest.fixture
def installed(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The versions `versions` sees, as the test sets them (the newest verified to start)."""
    fake = dict(NEWEST)
    monkeypatch.setattr(versions, "installed", lambda: dict(fake))
    return fake


def test_pyproject_declares_exactly_the_verified_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        req.name: str(req.specifier)
        for req in map(Requirement, project["dependencies"])
        if req.name in RANGE
    }
    assert {name: set(spec.split(",")) for name, spec in declared.items()} == {
        name: set(spec.split(",")) for name, spec in RANGE.items()
    }


def test_the_matrix_spans_the_range_oldest_first_and_stays_inside_it() -> None:
    as_installed = [
        {"jax": r.jax, "jaxlib": r.jax, "numba": r.numba, "numpy": r.numpy} for r in MATRIX
    ]
    assert all(versions.outside_range(row) == [] for row in as_installed)
    lowest = {name: spec.split(",")[0].removeprefix(">=") for name, spec in RANGE.items()}
    assert as_installed[0] == lowest  # the oldest row is the lower end of every range
    assert [r.jax for r in MATRIX] == sorted((r.jax for r in MATRIX), key=versions.Version)
    assert {r.jax.rsplit(".", 1)[0] for r in MATRIX} >= {f"0.{m}" for m in range(5, 11)}


def test_the_readme_table_lists_the_matrix_with_dates() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Tested versions", 1)[1].split("\n## ", 1)[0]
    row = r"^\| (\d\.\d+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| (\S+) \|"
    rows = re.findall(row, section, re.MULTILINE)
    assert rows == [(r.python, r.jax, r.numba, r.numpy, r.verified) for r in MATRIX]


@pytest.mark.parametrize(
    ("jax", "expected"),
    [("0.5.3", "old"), ("0.6.0", "old"), ("0.7.0", "new"), ("0.7.2", "new"), ("0.10.2", "new")],
)
def test_per_version_takes_the_newest_entry_not_after_the_installed_minor(
    installed: dict[str, str], jax: str, expected: str
) -> None:
    installed["jax"] = jax
    assert per_version("jax", {"0.5": "old", "0.7": "new"}) == expected


@pytest.mark.parametrize("jax", ["0.4.38", "0.5.2", "0.11.0", "1.0.0", "not installed"])
def test_per_version_refuses_a_version_nobody_checked(installed: dict[str, str], jax: str) -> None:
    installed["jax"] = jax
    with pytest.raises(UnverifiedVersion, match="outside the verified"):
        per_version("jax", {"0.5": "old", "0.7": "new"})


def test_a_per_version_table_must_cover_the_oldest_verified_minor(
    installed: dict[str, str],
) -> None:
    with pytest.raises(ValueError, match="must start at 0.5"):
        per_version("jax", {"0.6": "missing 0.5"})


def test_outside_range_names_each_unverified_library() -> None:
    assert versions.outside_range(NEWEST) == []
    outside = versions.outside_range({**NEWEST, "jax": "0.11.0", "numba": "0.60.0"})
    assert [phrase.split(" (")[0] for phrase in outside] == ["jax 0.11.0", "numba 0.60.0"]
    assert versions.outside_range({})[0].startswith("jax not installed")


def test_the_grader_refuses_unverified_versions_in_one_line(
    installed: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installed["jax"] = "0.11.0"
    (tmp_path / "ana").mkdir()
    assert main(["grade", str(tmp_path / "ana"), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "jax 0.11.0" in err and "--unverified-versions" in err
    assert not (tmp_path / "out").exists()  # refused before anything was graded


def test_the_flag_grades_anyway(
    installed: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    installed["numba"] = "0.70.0"
    kata = tmp_path / "subs" / "ana" / "02_dict_in_njit" / "kata.py"
    kata.parent.mkdir(parents=True)
    kata.write_text("", encoding="utf-8")  # graded: kata 01 alone, `missing` here, so no run
    out = tmp_path / "out"
    argv = ["grade", str(tmp_path / "subs"), "--katas", "01", "--out", str(out), "--json"]
    assert main([*argv, "--unverified-versions"]) == 0, capsys.readouterr()
    assert json.loads((out / "grades.json").read_text())["submissions"][0]["name"] == "ana"


def test_the_json_report_says_which_combination_graded(tmp_path: Path) -> None:
    graded = {"python": "3.11.7", **NEWEST, "isolation": "sandboxed"}
    reports.write_json(tmp_path / "a.json", [], graded)
    combination = json.loads((tmp_path / "a.json").read_text())["combination"]
    assert combination["verified"] is True and combination["outside_range"] == []
    assert combination["matrix"] == MATRIX[-1].name and combination["range"] == dict(RANGE)
    reports.write_json(tmp_path / "b.json", [], {**graded, "jax": "0.5.0", "jaxlib": "0.5.0"})
    combination = json.loads((tmp_path / "b.json").read_text())["combination"]
    assert combination["verified"] is False and combination["matrix"] is None
    assert combination["outside_range"][0].startswith("jax 0.5.0")
    reports.write_json(tmp_path / "c.json", [], {})  # nothing ran: no combination to name
    assert json.loads((tmp_path / "c.json").read_text())["combination"] is None


def test_a_pin_on_an_unverified_version_says_so_instead_of_blaming_the_library() -> None:
    script = (
        "import sys, pytest, sharpbits.versions as v\n"
        "real = v.installed()\n"
        "v.installed = lambda: {**real, 'jax': '0.11.0', 'jaxlib': '0.11.0'}\n"
        "sys.exit(pytest.main(['katas/14_loops', '-p', 'no:cacheprovider', '-q',\n"
        "                      '-k', 'test_pitfall_iterator_as_a_loop_operand_raises']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "UnverifiedVersion" in done.stdout
    assert (
        "14_loops: 1 pitfall pin(s) cannot say what jax 0.11.0 (verified: >=0.5.3,<0.11)"
        in " ".join(done.stdout.split())
    ), done.stdout
    assert "PITFALL CHANGED" not in done.stdout

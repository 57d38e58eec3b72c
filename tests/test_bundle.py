"""`sharpbits gradescope-bundle` end to end, offline: the bundle of a one-kata assignment is set
up in a fake /autograder as Gradescope would (its venv borrows this venv's packages through a
.pth file, so pip must find every dependency already there at exactly the pinned version: this
also proves constraints.txt matches what is installed), then grades the reference solution of
kata 03 into a results.json that Gradescope's schema accepts, at full marks."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tempfile
import zipfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from sharpbits.assignment import load_assignment
from sharpbits.cli import main
from sharpbits.registry import solutions_root

from .conftest import KATAS, REPO

ASSIGNMENT = 'name = "Week 0: globals"\nkatas = ["03"]\n'
WHEEL = f"sharpbits-{version('sharpbits')}-py3-none-any.whl"
VISIBILITY = {"visible", "hidden", "after_due_date", "after_published"}
TEST_KEYS = {"name", "score", "max_score", "status", "output", "visibility"}
TOP_KEYS = {"score", "tests", "output", "visibility", "stdout_visibility"}


def _run(*cmd: object, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = None if env is None else {**os.environ, **env}
    return subprocess.run(
        [str(c) for c in cmd], capture_output=True, text=True, env=environ, timeout=600
    )


@pytest.fixture(scope="module")
def assignment(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("assignment") / "week0.toml"
    path.write_text(ASSIGNMENT)
    return path


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, assignment: Path) -> Path:
    target = tmp_path_factory.mktemp("bundle") / "autograder.zip"
    assert main(["gradescope-bundle", str(target), "--assignment", str(assignment)]) == 0
    return target


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory, bundle: Path) -> Path:
    """A fake /autograder after Gradescope ran the bundle's setup.sh."""
    root = tmp_path_factory.mktemp("autograder")
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(root / "source")
    for script in ("setup.sh", "run_autograder"):  # extractall drops the modes; Gradescope not
        (root / "source" / script).chmod(0o755)
    assert _run(sys.executable, "-m", "venv", root / "venv").returncode == 0
    (site,) = (root / "venv/lib").glob("python3*/site-packages")
    (site / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {"AUTOGRADER_ROOT": str(root), "SHARPBITS_SKIP_APT": "1", "PIP_NO_INDEX": "1"}
    setup = _run(root / "source/setup.sh", env={**env, "SHARPBITS_PYTHON": sys.executable})
    assert setup.returncode == 0, setup.stdout[-3000:] + setup.stderr[-3000:]
    assert "Successfully installed sharpbits" in setup.stdout, setup.stdout[-3000:]
    return root


def check_results_schema(results: dict[str, Any]) -> None:
    """Gradescope's results.json, as its autograder specification describes it."""
    assert set(results) <= TOP_KEYS, set(results) - TOP_KEYS
    assert isinstance(results["score"], int | float) and not isinstance(results["score"], bool)
    assert isinstance(results.get("output", ""), str)
    for key in ("visibility", "stdout_visibility"):
        assert results.get(key, "visible") in VISIBILITY
    assert isinstance(results["tests"], list)
    for test in results["tests"]:
        assert isinstance(test, dict) and set(test) <= TEST_KEYS, test
        assert isinstance(test["name"], str) and test["name"]
        for key in ("score", "max_score"):
            assert isinstance(test[key], int | float) and not isinstance(test[key], bool), test
        assert test["status"] in {"passed", "failed"}, test
        assert isinstance(test.get("output", ""), str)
        assert test.get("visibility", "visible") in VISIBILITY


def test_the_bundle_holds_scripts_wheel_pins_and_assignment(bundle: Path, assignment: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        names = archive.namelist()
        modes = {i.filename: i.external_attr >> 16 for i in archive.infolist()}
        setup = archive.read("setup.sh").decode()
        pins = archive.read("constraints.txt").decode().splitlines()
        shipped_assignment = archive.read("assignment.toml").decode()
    assert sorted(names) == sorted(
        ["setup.sh", "run_autograder", WHEEL, "constraints.txt", "assignment.toml"]
    )
    for script in ("setup.sh", "run_autograder"):
        assert stat.S_IMODE(modes[script]) == 0o755
    assert f'-c "$root/source/constraints.txt" "$root/source/{WHEEL}"' in setup
    assert "bubblewrap" in setup and "sharpbits==" not in setup
    assert shipped_assignment == assignment.read_text()
    pinned = dict(line.split("==") for line in pins if not line.startswith("#"))
    for name in ("numpy", "numba", "llvmlite", "jax", "jaxlib", "scipy", "pytest", "packaging"):
        assert pinned[name] == version(name), name
    # extras nobody asked for, and markers that do not hold on Linux with Python 3.11
    for absent in ("sharpbits", "ruff", "mypy", "hatchling", "cosmic-ray", "colorama", "tomli"):
        assert absent not in pinned, absent


def test_the_bundled_wheel_ships_what_hatchling_ships(bundle: Path, tmp_path: Path) -> None:
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", tmp_path, REPO,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr[-2000:]
    with zipfile.ZipFile(tmp_path / WHEEL) as theirs, zipfile.ZipFile(bundle) as ours_zip:
        ours = zipfile.ZipFile(io.BytesIO(ours_zip.read(WHEEL)))
        # the same files, less the reference solutions, which a grading machine must not hold
        solutions = [n for n in theirs.namelist() if n.startswith("sharpbits/solutions/")]
        assert len(solutions) >= 24 and not any(
            n.startswith("sharpbits/solutions/") for n in ours.namelist()
        )
        assert sorted(ours.namelist()) == sorted(set(theirs.namelist()) - set(solutions))
        info = f"sharpbits-{version('sharpbits')}.dist-info"
        for name in ours.namelist():
            if name in (f"{info}/WHEEL", f"{info}/RECORD", f"{info}/METADATA"):
                continue
            assert ours.read(name) == theirs.read(name), name
        # METADATA's headers (its body is the README as of the last `pip install -e .`)
        head = [m.read(f"{info}/METADATA").split(b"\n\n")[0] for m in (ours, theirs)]
        assert head[0] == head[1]
        assert b"Tag: py3-none-any" in ours.read(f"{info}/WHEEL")


def test_gradescope_grades_the_reference_of_kata_03_at_full_marks(
    root: Path, assignment: Path
) -> None:
    submission = root / "submission/03_impure"
    submission.mkdir(parents=True)
    shutil.copyfile(solutions_root() / "03_impure/kata.py", submission / "kata.py")
    # the test venv borrows its packages from outside itself, which the sandbox would not show
    env = {"AUTOGRADER_ROOT": str(root), "SHARPBITS_SANDBOX": "off"}
    graded = _run(root / "source/run_autograder", env=env)
    assert graded.returncode == 0, graded.stderr[-3000:]
    text = (root / "results/results.json").read_text()
    results = json.loads(text)
    check_results_schema(results)
    points = load_assignment(assignment).points
    assert results["score"] == points, graded.stdout + graded.stderr
    assert sum(t["max_score"] for t in results["tests"]) == points
    assert all(t["name"].startswith("03_impure: ") for t in results["tests"])
    assert "/sharpbits-" not in text and tempfile.gettempdir() + "/" not in text


def test_the_wheel_installed_from_the_bundle_builds_the_same_bundle(
    root: Path, bundle: Path, assignment: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.zip"
    rebuilt = _run(
        root / "venv/bin/sharpbits", "gradescope-bundle", again, "--assignment", assignment
    )
    assert rebuilt.returncode == 0, rebuilt.stderr
    with zipfile.ZipFile(bundle) as first, zipfile.ZipFile(again) as second:
        for name in first.namelist():
            assert first.read(name) == second.read(name), name


def test_run_autograder_writes_results_json_when_the_grader_cannot_run(
    bundle: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "source")
    (tmp_path / "submission").mkdir()  # and no venv: setup.sh never ran
    graded = _run(
        "bash", tmp_path / "source/run_autograder", env={"AUTOGRADER_ROOT": str(tmp_path)}
    )
    assert graded.returncode == 0
    results = json.loads((tmp_path / "results/results.json").read_text())
    check_results_schema(results)
    assert results["score"] == 0 and results["tests"] == []
    assert "could not grade this submission" in results["output"]
    assert "venv/bin/sharpbits" in results["output"]  # the error itself, for the trainer


def test_a_bundle_refuses_katas_that_differ_from_the_shipped_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    katas = tmp_path / "katas"
    shutil.copytree(KATAS, katas, ignore=shutil.ignore_patterns("__pycache__"))
    with (katas / "03_impure/kata.py").open("a") as kata:
        kata.write("\n# my answer\n")
    monkeypatch.setattr("sharpbits.ownwheel.default_katas_root", lambda: katas)
    target = tmp_path / "autograder.zip"
    assert main(["gradescope-bundle", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("error: katas/03_impure/kata.py differs from the shipped kata: ")
    assert "sharpbits reset 03" in err
    assert not target.exists() and not list(tmp_path.glob(".autograder.zip*"))

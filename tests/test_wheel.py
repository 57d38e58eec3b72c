"""A user who installed a wheel of sharpbits (no clone) can start: the wheel ships the katas,
the solutions and the command. Built and installed offline: the fresh venv sees this venv's
dependencies through a .pth file, and only the wheel itself is installed into it.

And the katas it ships are the pristine ones: katas/pristine.sha256 matches the committed
kata.py files, and a build from a clone whose kata.py differs (a learner's answers) refuses."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from sharpbits._pristine import MANIFEST, check, digest, get_build_hook
from sharpbits.registry import load_catalog

from .conftest import KATAS, REPO


def _run(*cmd: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True)


def _git(*args: str) -> bytes:
    try:
        out = subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, check=False)
    except OSError:
        pytest.skip("git is not installed")
    if out.returncode != 0 and b"not a git repository" in out.stderr:
        pytest.skip("not a git checkout (an sdist?)")
    assert out.returncode == 0, out.stderr.decode()
    return out.stdout


@pytest.fixture
def edited_clone(tmp_path: Path) -> Path:
    """A copy of the project whose kata 03 holds a learner's answer."""
    clone = tmp_path / "clone"
    clone.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE", "conftest.py"):
        shutil.copyfile(REPO / name, clone / name)
    skip = shutil.ignore_patterns("__pycache__")
    shutil.copytree(KATAS, clone / "katas", ignore=skip)
    shutil.copytree(REPO / "src/sharpbits", clone / "src/sharpbits", ignore=skip)
    with (clone / "katas/03_impure/kata.py").open("a") as kata:
        kata.write("\n# my answer\n")
    return clone


@pytest.fixture(scope="module")
def venv_bin(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", tmp / "dist", REPO,
    )  # fmt: skip
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    (wheel,) = (tmp / "dist").glob("sharpbits-*.whl")
    venv = tmp / "venv"
    assert _run(sys.executable, "-m", "venv", venv).returncode == 0
    (site,) = (venv / "lib").glob("python3*/site-packages")
    (site / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    installed = _run(
        venv / "bin/python", "-m", "pip", "install", "-q", "--no-deps", "--no-index", wheel
    )
    assert installed.returncode == 0, installed.stderr[-2000:]
    return venv / "bin"


def test_the_wheel_ships_katas_and_solutions(venv_bin: Path) -> None:
    code = "import sharpbits, pathlib; print(pathlib.Path(sharpbits.__file__).parent)"
    package = Path(_run(venv_bin / "python", "-c", code).stdout.strip())
    assert "site-packages" in str(package) and package != REPO / "src/sharpbits"
    assert (package / "_workspace/katas/katas.toml").is_file()
    assert (package / "_workspace/katas/03_impure/test_kata.py").is_file()
    assert (package / "solutions/03_impure/kata.py").is_file()


def test_init_then_check_01_in_a_fresh_workspace(venv_bin: Path, tmp_path: Path) -> None:
    sharpbits = venv_bin / "sharpbits"
    created = _run(sharpbits, "init", tmp_path / "ws")
    assert created.returncode == 0, created.stderr
    ws = tmp_path / "ws"
    shipped = _run(sharpbits, "check", "01", "--no-perf", cwd=ws)
    assert shipped.returncode == 1, shipped.stdout + shipped.stderr
    assert "✗ 01_fusion" in shipped.stdout and "fix tests fail" in shipped.stdout
    assert "katas/01_fusion/kata.py" in shipped.stdout
    reference = _run(
        venv_bin / "python", "-c", "from sharpbits.registry import solutions_root as s; print(s())"
    )
    shutil.copyfile(
        Path(reference.stdout.strip()) / "01_fusion/kata.py", ws / "katas/01_fusion/kata.py"
    )
    solved = _run(sharpbits, "check", "01", "--no-perf", cwd=ws)
    assert solved.returncode == 0, solved.stdout + solved.stderr
    assert "✓ 01_fusion" in solved.stdout
    table = _run(sharpbits, cwd=ws)
    total = len(load_catalog(KATAS))
    assert f"1 of {total} katas done" in table.stdout and "Next: 02_dict_in_njit" in table.stdout


def test_the_manifest_matches_the_committed_kata_files(tmp_path: Path) -> None:
    committed = _git("show", f"HEAD:katas/{MANIFEST}").decode()
    listed = dict(reversed(line.split("  ", 1)) for line in committed.splitlines())
    names = _git("ls-tree", "-r", "--name-only", "HEAD", "katas").decode().splitlines()
    katas = sorted(n.removeprefix("katas/") for n in names if n.endswith("/kata.py"))
    assert sorted(listed) == katas
    redo = "changed on purpose? run `python src/sharpbits/_pristine.py --write` and commit both"
    for name in katas:
        (tmp_path / "kata.py").write_bytes(_git("show", f"HEAD:katas/{name}"))
        assert listed[name] == digest(tmp_path / "kata.py"), f"katas/{name}: {redo}"


def test_the_working_katas_are_the_shipped_ones() -> None:
    assert check(KATAS) is None


def test_a_wheel_build_refuses_a_kata_py_that_differs(edited_clone: Path) -> None:
    message = "katas/03_impure/kata.py differs from the shipped kata: restore it with `sharpbits"
    built = _run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
        "-w", edited_clone / "dist", edited_clone,
    )  # fmt: skip
    assert built.returncode != 0
    assert message in built.stdout + built.stderr, built.stderr[-2000:]
    assert not list((edited_clone / "dist").glob("*.whl"))
    backend = "import hatchling.build as b; b.build_wheel('dist')"
    direct = _run(sys.executable, "-c", backend, cwd=edited_clone)
    assert direct.returncode == 1
    (line,) = direct.stderr.splitlines()  # one line, no traceback
    assert line.startswith(message) and "`git checkout katas/03_impure/kata.py`" in line


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param("edit", "katas/03_impure/kata.py differs from the shipped kata", id="edited"),
        pytest.param("delete", "katas/03_impure/kata.py is missing", id="deleted"),
        pytest.param("add", "katas/99_new/kata.py is not in katas/pristine.sha256", id="new"),
        pytest.param("unlist", f"katas/{MANIFEST} is missing", id="no-manifest"),
    ],
)
def test_check_names_the_first_kata_that_is_not_shipped(
    tmp_path: Path, change: str, expected: str
) -> None:
    katas = tmp_path / "katas"
    shutil.copytree(KATAS, katas, ignore=shutil.ignore_patterns("__pycache__"))
    kata = katas / "03_impure/kata.py"
    if change == "edit":
        kata.write_text(kata.read_text() + "# answer\n")
    elif change == "delete":
        kata.unlink()
    elif change == "add":
        (katas / "99_new").mkdir()
        (katas / "99_new/kata.py").write_text("x = 1\n")
    else:
        (katas / MANIFEST).unlink()
    problem = check(katas)
    assert problem is not None and str(problem).startswith(expected + ": ")
    assert "\n" not in str(problem)


def test_the_build_hook_checks_wheels_and_sdists_but_not_editable_installs(
    edited_clone: Path,
) -> None:
    hook = get_build_hook()(str(edited_clone), {}, None, None, "", "wheel")
    hook.initialize("editable", {})  # a learner's own `pip install -e .` of their clone
    with pytest.raises(SystemExit, match=r"^katas/03_impure/kata\.py differs"):
        hook.initialize("standard", {})

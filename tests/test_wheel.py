"""A user who ran `pip install sharpbits` (no clone) can start: the wheel ships the katas,
the solutions and the command. Built and installed offline: the fresh venv sees this venv's
dependencies through a .pth file, and only the wheel itself is installed into it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from sharpbits.registry import load_catalog

from .conftest import KATAS, REPO


def _run(*cmd: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, text=True)


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

"""The code base stays lint-clean, formatted and typed (ruff and mypy, from the test extras)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from .conftest import REPO


def _run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    assert importlib.util.find_spec(tool), f"{tool} is missing: pip install -e '.[test]'"
    return subprocess.run(
        [sys.executable, "-m", tool, *args], cwd=REPO, capture_output=True, text=True
    )


@pytest.mark.parametrize(
    "args", [["check", "."], ["format", "--check", "."]], ids=["lint", "format"]
)
def test_ruff_is_clean(args: list[str]) -> None:
    out = _run("ruff", *args)
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-1000:]


def test_mypy_strict_passes_on_the_package() -> None:
    out = _run("mypy")
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-1000:]


def test_sharpbits_parses_python_only_through_pysource() -> None:
    """Two threads in ast.parse at once can make one raise SystemError on CPython 3.11
    (sharpbits.pysource): the package and the self-check, which run katas from thread pools,
    parse only under pysource's lock."""
    files = [*sorted((REPO / "src" / "sharpbits").rglob("*.py")), REPO / "tests" / "selfcheck.py"]
    direct = [
        f"{path.relative_to(REPO)}:{number}"
        for path in files
        if path.name != "pysource.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "ast.parse(" in line and not line.lstrip().startswith("#")
    ]
    assert not direct, f"parse with sharpbits.pysource.parse: {direct}"

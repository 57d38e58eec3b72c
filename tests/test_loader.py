"""The one loader: a fresh module per load, one-line errors, submissions in either layout."""

from __future__ import annotations

import importlib.util
import os
import py_compile
from pathlib import Path

import pytest

from sharpbits.errors import KataLoadError
from sharpbits.loader import Source, load_kata_module
from sharpbits.registry import solutions_root


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_each_load_is_a_fresh_module_object(tmp_path: Path) -> None:
    path = _write(tmp_path / "kata.py", "counter = []\n")
    first, second = load_kata_module(path, "01_x"), load_kata_module(path, "01_x")
    assert first is not second
    first.counter.append(1)
    assert second.counter == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("def f(:\n    pass\n", r"kata.py:1: SyntaxError: ", id="syntax-error"),
        pytest.param(
            "import not_a_module_xyz\n", r"kata.py:1: ModuleNotFoundError while", id="import-error"
        ),
        pytest.param(
            "x = 1\nraise RuntimeError('boom')\n",
            r"kata.py:2: RuntimeError while importing kata.py: boom",
            id="raises",
        ),
        pytest.param("import sys\nsys.exit(0)\n", r"kata.py:2: SystemExit while", id="sys-exit"),
        pytest.param(
            "import pytest\npytest.skip('x', allow_module_level=True)\n",
            r"kata.py:2: Skipped while importing kata.py: x",
            id="pytest-skip",
        ),
        pytest.param(
            "import pytest\npytest.exit('bye')\n", r"kata.py:2: Exit while", id="pytest-exit"
        ),
    ],
)
def test_a_kata_that_cannot_import_gives_one_line(
    tmp_path: Path, source: str, expected: str
) -> None:
    path = _write(tmp_path / "kata.py", source)
    with pytest.raises(KataLoadError, match=expected) as info:
        load_kata_module(path, "01_x")
    assert "\n" not in str(info.value)


def test_a_missing_kata_file_says_how_to_restore_it(tmp_path: Path) -> None:
    with pytest.raises(KataLoadError, match="does not exist: `sharpbits reset 01` restores"):
        load_kata_module(tmp_path / "kata.py", "01_x")


def test_workspace_source_is_the_file_beside_the_tests(tmp_path: Path) -> None:
    assert Source().kata_file("03_impure", tmp_path) == tmp_path / "kata.py"


def test_solutions_source_is_the_packaged_reference(tmp_path: Path) -> None:
    path = Source("solutions").kata_file("03_impure", tmp_path)
    assert path == solutions_root() / "03_impure" / "kata.py" and path.is_file()


@pytest.mark.parametrize("layout", ["03_impure", "katas/03_impure"])
def test_submission_source_accepts_both_layouts(tmp_path: Path, layout: str) -> None:
    path = _write(tmp_path / layout / "kata.py", "")
    assert Source("submission", tmp_path).kata_file("03_impure", Path("unused")) == path


def test_a_submission_without_the_kata_names_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(KataLoadError, match="has no 03_impure/kata.py"):
        Source("submission", tmp_path).kata_file("03_impure", Path("unused"))


def test_a_same_length_edit_in_the_same_second_is_what_runs(tmp_path: Path) -> None:
    path = tmp_path / "kata.py"
    path.write_text("def f(x):\n    return x + 2\n")
    stamp = path.stat().st_mtime_ns
    py_compile.compile(str(path), cfile=importlib.util.cache_from_source(str(path)))
    path.write_text("def f(x):\n    return 2 * x\n")  # same size; same mtime, as a quick save
    os.utime(path, ns=(stamp, stamp))
    assert load_kata_module(path, "01_demo").f(5) == 10

"""A kata run's start-up (sharpbits.startup): the collector paused while the compilers are
imported, and on again, with nothing of the kata's frozen, before any kata code runs."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from sharpbits import startup
from sharpbits.loader import Source
from sharpbits.registry import load_catalog
from sharpbits.runner import run_kata


def test_kata_code_and_its_tests_run_with_the_collector_on(demo: pytest.Pytester) -> None:
    folder = demo.path / "katas/02_other"
    (folder / "kata.py").write_text(
        "import gc\nimport numba\n\nCOLLECTING = gc.isenabled()\nWHAT = 'other'\n\n"
        "def triple(x):\n    return 3 * x\n"
    )
    (folder / "test_kata.py").write_text(
        (folder / "test_kata.py").read_text() + "def test_the_collector_collects(kata):\n"
        "    import gc, weakref\n"
        "    assert kata.COLLECTING and gc.isenabled()\n"
        "    class Node:\n        pass\n"
        "    node = Node()\n    node.me = node\n    gone = weakref.ref(node)\n    del node\n"
        "    gc.collect()\n"
        "    assert gone() is None  # a cycle the test made is collected\n"
        "    assert gc.get_freeze_count() > 0  # the libraries imported before it are frozen\n"
    )
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == "02_other"]
    run = run_kata(kata)
    assert run.status == "passed", run.output
    assert run.outcome("test_the_collector_collects") == "passed"


def test_a_library_that_fails_to_import_is_forgotten_for_the_test_to_meet_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "halfway_lib"
    package.mkdir()
    (package / "__init__.py").write_text("from halfway_lib import done\nraise ImportError('no')\n")
    (package / "done.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    startup.import_all(["json", "halfway_lib"])
    assert "halfway_lib" not in sys.modules and "halfway_lib.done" not in sys.modules
    with pytest.raises(ImportError, match="no"):
        __import__("halfway_lib")  # as the kata's first test would


def _config(invoked: Path, *args: str, collectonly: bool = False) -> Any:
    return SimpleNamespace(
        args=list(args),
        invocation_params=SimpleNamespace(dir=invoked),
        option=SimpleNamespace(collectonly=collectonly),
    )


def test_a_kata_run_is_one_whose_arguments_name_kata_folders(demo: pytest.Pytester) -> None:
    root, katas = demo.path, demo.path / "katas"
    one, other = katas / "01_demo", katas / "02_other"
    assert startup.kata_folders(_config(root, "katas")) == [one, other]
    assert startup.kata_folders(_config(root, str(other))) == [other]
    assert startup.kata_folders(_config(katas, "02_other/test_kata.py::test_x")) == [other]
    (root / "tests").mkdir()
    (root / "tests/test_unit.py").write_text("def test_x():\n    pass\n")
    assert startup.kata_folders(_config(root, "tests", "tests/test_unit.py")) == []


def test_the_compilers_a_kata_imports_are_imported_for_its_run_but_not_to_list_its_tests(
    demo: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    (demo.path / "site").mkdir()
    (demo.path / "site/fake_compiler.py").write_text("")
    monkeypatch.syspath_prepend(str(demo.path / "site"))
    monkeypatch.setattr(startup, "COMPILERS", frozenset({"fake_compiler"}))
    (demo.path / "katas/02_other/kata.py").write_text("import fake_compiler\nWHAT = 'other'\n")
    monkeypatch.delitem(sys.modules, "fake_compiler", raising=False)
    listing = _config(demo.path, "katas/02_other", collectonly=True)
    startup.pause(listing, Source("workspace"))
    assert gc.isenabled() and "fake_compiler" not in sys.modules
    try:
        startup.pause(_config(demo.path, "katas/02_other"), Source("workspace"))
        assert not gc.isenabled() and "fake_compiler" in sys.modules
    finally:
        gc.enable()
        sys.modules.pop("fake_compiler", None)


def test_a_kata_py_too_deep_to_parse_is_judged_as_before(demo: pytest.Pytester) -> None:
    """ast.parse raises RecursionError or MemoryError on some files Python cannot compile
    either; the start-up skips them, and the kata's tests say kata.py does not import."""
    (kata,) = [k for k in load_catalog(demo.path / "katas") if k.id == "02_other"]
    (kata.path / "kata.py").write_text("def triple(:\n")
    syntax_error = run_kata(kata)
    for source in ("x" + ".a" * 5000, "-" * 10_000 + "x"):
        (kata.path / "kata.py").write_text(source + "\n")
        run = run_kata(kata)
        assert run.status == syntax_error.status, run.output
        assert [(t.name, t.outcome, t.exception_name) for t in run.tests] == [
            (t.name, t.outcome, "KataNotImportable") for t in syntax_error.tests
        ]

"""A kata run's start-up, made cheaper without changing what its tests see.

Importing JAX, Numba, pytest and hypothesis leaves over 200 000 Python objects that live as
long as the process (and about 1 200 bits of garbage), and the cyclic garbage collector walks
all of them again and again: while they are imported, and at every full collection after
(numba's first compile alone triggers several).
So in a kata run (one whose arguments name kata folders) the plugin pauses the collector when
pytest is configured (the workspace's conftest.py has set JAX up by then, as the first test
would find it), imports the compiler libraries that the katas' kata.py files import, and once
the tests are collected moves everything imported so far into the permanent generation
(``gc.freeze``) and turns the collector back on. No kata code has run by then: kata.py is
loaded by the first test's fixture, with the collector on, and everything the tests create is
collected as before. A cold ``sharpbits check 03`` takes about 0.25 s less.
"""

from __future__ import annotations

import ast
import gc
import importlib
import sys
from pathlib import Path

import pytest

from sharpbits import pysource
from sharpbits.errors import SharpbitsError
from sharpbits.loader import Source
from sharpbits.registry import CATALOG_FILE

COMPILERS = frozenset({"jax", "numba"})


def pause(config: pytest.Config, source: Source) -> None:
    """In a kata run: pause the collector and import the compilers its katas use."""
    folders = kata_folders(config)
    if not folders or config.option.collectonly:  # listing the tests runs no kata code
        return
    gc.disable()
    libraries: set[str] = set()
    for folder in folders:
        try:
            libraries |= imports(source.kata_file(folder.name, folder)) & COMPILERS
        except SharpbitsError:
            continue  # no kata.py: its tests say so
    import_all(sorted(libraries))


def import_all(names: list[str]) -> None:
    """Import *names*; if one fails, forget every module imported on the way, so that the
    first test imports it afresh and reports the failure as it would have without us."""
    before = set(sys.modules)
    try:
        for name in names:
            importlib.import_module(name)
    except Exception:
        for name in set(sys.modules) - before:
            del sys.modules[name]


def pytest_collection_finish(session: pytest.Session) -> None:
    resume()


def pytest_unconfigure(config: pytest.Config) -> None:
    resume()  # collection never finished (an error, Ctrl-C): leave the collector as it was


def resume() -> None:
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def kata_folders(config: pytest.Config) -> list[Path]:
    """The kata folders (those holding a test_kata.py) that *config*'s arguments name, alone
    or through a katas folder (holding katas.toml)."""
    found: list[Path] = []
    for arg in config.args:
        path = config.invocation_params.dir / arg.split("::", 1)[0]
        folder = path.parent if path.is_file() else path
        if (folder / "test_kata.py").is_file():
            found.append(folder)
        elif (folder / CATALOG_FILE).is_file():
            found += sorted(p.parent for p in folder.glob("*/test_kata.py"))
    return found


def imports(path: Path) -> set[str]:
    """The top-level packages a module imports at its top level (empty if unreadable)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, ValueError):
        return set()  # the kata's tests say what is wrong with it
    try:
        tree = pysource.parse(text)
    except pysource.UNPARSABLE:
        return set()
    found: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found

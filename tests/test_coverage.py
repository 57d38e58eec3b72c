"""Every pitfall in the catalog (katas/PITFALLS.md) is taught and pinned by some kata.

A kata covers an id when its katas.toml entry lists it; it pins the id with a
``@pytest.mark.pitfall("ID")`` test_pitfall_* test in its test_kata.py. Read statically: no
kata runs here (test_selfcheck proves the pins pass).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from sharpbits.registry import Kata, load_catalog

from .conftest import KATAS

PITFALLS = KATAS / "PITFALLS.md"
ROW = re.compile(r"^\| ([JN]\d\d) \|", re.MULTILINE)
CATALOG = load_catalog(KATAS)


def catalog_ids() -> set[str]:
    return set(ROW.findall(PITFALLS.read_text(encoding="utf-8")))


def pinned_ids(test_file: Path) -> dict[str, set[str]]:
    """{catalog id: names of the test_pitfall_* functions marked as pinning it}."""
    pins: dict[str, set[str]] = {}
    for node in ast.parse(test_file.read_text(encoding="utf-8")).body:
        if not (isinstance(node, ast.FunctionDef) and node.name.startswith("test_pitfall_")):
            continue
        for deco in node.decorator_list:
            if (
                isinstance(deco, ast.Call)
                and isinstance(deco.func, ast.Attribute)
                and deco.func.attr == "pitfall"
            ):
                for arg in deco.args:
                    pins.setdefault(ast.literal_eval(arg), set()).add(node.name)
    return pins


def test_the_catalog_lists_the_64_pitfalls() -> None:
    ids = catalog_ids()
    assert len(ids) == 64, f"{PITFALLS} lists {len(ids)} ids"
    assert "N18" not in ids


def test_every_catalog_id_is_covered_by_some_kata() -> None:
    covered = {pid for kata in CATALOG for pid in kata.covers}
    missing = sorted(catalog_ids() - covered)
    assert not missing, f"no kata covers {missing}: add them to a kata's covers in katas.toml"
    unknown = sorted(covered - catalog_ids())
    assert not unknown, f"katas.toml covers ids that are not in {PITFALLS.name}: {unknown}"


@pytest.mark.parametrize("kata", CATALOG, ids=[k.id for k in CATALOG])
def test_each_covered_id_is_pinned_by_a_pitfall_test_of_that_kata(kata: Kata) -> None:
    pins = pinned_ids(kata.path / "test_kata.py")
    unpinned = [pid for pid in kata.covers if pid not in pins]
    assert not unpinned, (
        f"{kata.id} covers {unpinned} but no test_pitfall_* test is marked "
        f"@pytest.mark.pitfall(...) with them"
    )
    stray = sorted(set(pins) - set(kata.covers))
    assert not stray, f"{kata.id} pins {stray}, which its katas.toml covers does not list"


@pytest.mark.parametrize("kata", CATALOG, ids=[k.id for k in CATALOG])
def test_each_lesson_names_the_ids_it_covers(kata: Kata) -> None:
    lesson = (kata.path / "README.md").read_text(encoding="utf-8")
    covers_line = next((ln for ln in lesson.splitlines() if ln.startswith("Covers:")), "")
    missing = [pid for pid in kata.covers if pid not in covers_line]
    assert not missing, f"{kata.id}/README.md: the 'Covers:' line does not name {missing}"


def test_the_readme_lists_every_kata_with_its_ids() -> None:
    readme = (KATAS.parent / "README.md").read_text(encoding="utf-8")
    for kata in CATALOG:
        row = next((ln for ln in readme.splitlines() if ln.startswith(f"| `{kata.id}`")), "")
        assert row, f"README.md's kata table has no row for `{kata.id}`"
        missing = [pid for pid in kata.covers if pid not in row]
        assert not missing, f"README.md's line for {kata.id} does not name {missing}"


def _decorator_names(node: ast.FunctionDef) -> list[str]:
    return [ast.unparse(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list]


@pytest.mark.parametrize("kata", CATALOG, ids=[k.id for k in CATALOG])
def test_every_property_test_runs_derandomized_with_the_shared_settings(kata: Kata) -> None:
    """Same kata.py, same verdict: a property test must use sharpbits.properties' settings
    (derandomized, no example database), never Hypothesis's random default."""
    tree = ast.parse((kata.path / "test_kata.py").read_text(encoding="utf-8"))
    loose = [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef)
        and "given" in _decorator_names(node)
        and not any(n.startswith("properties.") for n in _decorator_names(node))
    ]
    assert not loose, (
        f"{kata.id}: {loose} use @given without @properties.KATA (or KATA_NO_SHRINK): "
        "their examples would change from run to run"
    )

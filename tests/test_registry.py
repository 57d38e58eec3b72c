"""katas.toml is read into typed records; kata ids resolve the ways a learner types them."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.errors import CatalogError, KataNotFound
from sharpbits.registry import Kata, find_kata, load_catalog

from .conftest import DEMO_CATALOG, KATAS


@pytest.mark.parametrize("query", ["03", "3", "03_impure", "impure", " IMPURE "])
def test_find_kata_accepts_number_folder_and_slug(query: str) -> None:
    assert find_kata(query, KATAS).id == "03_impure"


@pytest.mark.parametrize(
    ("query", "suggestion"), [("impur", "impure"), ("03_impur", "03_impure"), ("fushion", "fusion")]
)
def test_unknown_kata_suggests_the_closest_id(query: str, suggestion: str) -> None:
    with pytest.raises(KataNotFound, match=f"did you mean '{suggestion}'"):
        find_kata(query, KATAS)


def test_unknown_kata_number_lists_the_range() -> None:
    with pytest.raises(KataNotFound, match="known katas: 01_fusion"):
        find_kata("99", KATAS)


def test_catalog_entries_are_complete(catalog: tuple[Kata, ...]) -> None:
    for kata in catalog:
        assert kata.title and kata.covers and kata.edit and kata.points > 0
        assert len(kata.hints) >= 3 and kata.time_limit > 0
        assert kata.path == KATAS / kata.id


def test_catalog_lists_katas_in_order(catalog: tuple[Kata, ...]) -> None:
    numbers = [k.number for k in catalog]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


def _catalog_in(tmp_path: Path, text: str) -> Path:
    (tmp_path / "katas.toml").write_text(text)
    return tmp_path


def test_a_missing_catalog_says_where_it_looked(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="no katas.toml"):
        load_catalog(tmp_path)


def test_a_malformed_catalog_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="not valid TOML"):
        load_catalog(_catalog_in(tmp_path, "[[kata]\nid = "))


def test_an_entry_with_two_hint_tiers_is_rejected(tmp_path: Path) -> None:
    text = DEMO_CATALOG.replace('"second tier", "third tier"]', '"second tier"]', 1)
    with pytest.raises(CatalogError, match="'01_demo' is invalid: needs at least three hint tiers"):
        load_catalog(_catalog_in(tmp_path, text))


def test_every_edit_name_exists_in_the_kata_and_its_solution(catalog: tuple[Kata, ...]) -> None:
    import ast

    from sharpbits.registry import solutions_root

    for kata in catalog:
        for path in (kata.path / "kata.py", solutions_root() / kata.id / "kata.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            defined = {n.name for n in tree.body if isinstance(n, ast.FunctionDef | ast.ClassDef)}
            missing = set(kata.edit) - defined
            assert not missing, f"{path} does not define {sorted(missing)} listed in katas.toml"


def test_every_failing_hint_rule_names_a_fix_test_of_its_kata(catalog: tuple[Kata, ...]) -> None:
    for kata in catalog:
        tests = (kata.path / "test_kata.py").read_text(encoding="utf-8")
        for rule in kata.hints_on:
            if rule.failing is not None:
                assert f"def {rule.failing}(" in tests, (
                    f"{kata.id}: a [[kata.hints_on]] rule names {rule.failing!r}, "
                    "which is not a test in its test_kata.py"
                )
                assert not rule.failing.startswith("test_pitfall_"), rule.failing

"""Fixtures for the project's own tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.given import split
from sharpbits.registry import Kata, load_catalog, solutions_root

REPO = Path(__file__).resolve().parents[1]
KATAS = REPO / "katas"


@pytest.fixture(scope="session")
def catalog() -> tuple[Kata, ...]:
    return load_catalog(KATAS)


pytest_plugins = ["pytester"]

# Golden submissions are data for the grader, hostile on purpose (one holds a conftest.py that
# skips every test): pytest must never collect them, or their conftest would apply to us.
collect_ignore = ["golden"]

DEMO_CATALOG = """
[[kata]]
id = "01_demo"
title = "Demo"
covers = ["J00"]
edit = ["double"]
points = 5
time_limit = 60
hints = ["first tier", "second tier", "third tier"]

[[kata]]
id = "02_other"
title = "Other"
covers = ["N00"]
edit = ["triple"]
points = 5
time_limit = 60
hints = ["first tier", "second tier", "third tier"]
"""

DEMO_TESTS = {
    "01_demo": (
        "def test_pitfall_python_still_adds(kata):\n"
        "    assert kata.broken(2) == 5\n"
        "def test_double_doubles(kata):\n"
        "    assert kata.double(3) == 6\n"
    ),
    "02_other": (
        "def test_pitfall_nothing_changed(kata):\n"
        "    assert kata.WHAT == 'other'\n"
        "def test_triple_triples(kata):\n"
        "    assert kata.triple(3) == 9\n"
    ),
}

DEMO_KATAS = {
    "01_demo": "def broken(x):\n    return x + 3\n\ndef double(x):\n    return x + 2\n",
    "02_other": "WHAT = 'other'\n\ndef triple(x):\n    return 3 * x\n",
}


@pytest.fixture
def demo(pytester: pytest.Pytester) -> pytest.Pytester:
    """A tiny workspace with two plain-Python katas, both with a test_kata.py."""
    pytester.makefile(
        ".toml", pyproject="[tool.pytest.ini_options]\naddopts = ['--import-mode=importlib']\n"
    )
    katas = pytester.path / "katas"
    katas.mkdir()
    (katas / "katas.toml").write_text(DEMO_CATALOG)
    for kata_id, tests in DEMO_TESTS.items():
        (katas / kata_id).mkdir()
        (katas / kata_id / "test_kata.py").write_text(tests)
        (katas / kata_id / "kata.py").write_text(DEMO_KATAS[kata_id])
    return pytester


def reference_as_learner(kata: Kata) -> str:
    """The shipped kata.py with the reference solution's code as the learner's part: a kata.py
    as a learner who solved the kata has it (its GIVEN section and markers as shipped)."""
    shipped = split((kata.path / "kata.py").read_text())
    assert shipped is not None
    solution = (solutions_root() / kata.id / "kata.py").read_text()
    code = solution.split("# --- SOLUTION", 1)[1].split("\n", 1)[1]
    return "".join(shipped.before + shipped.given) + shipped.after[0] + code

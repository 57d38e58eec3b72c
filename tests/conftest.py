"""Fixtures for the project's own tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits.registry import Kata, load_catalog

REPO = Path(__file__).resolve().parents[1]
KATAS = REPO / "katas"


@pytest.fixture(scope="session")
def catalog() -> tuple[Kata, ...]:
    return load_catalog(KATAS)

"""Learner code that reaches global state by a way round the names pincache denies runs the
pins again; so does an environment the libraries read their configuration from."""

from __future__ import annotations

from pathlib import Path

import pytest

from sharpbits import pincache
from sharpbits.registry import find_kata

from .conftest import reference_as_learner

IMPURE = find_kata("03", Path(__file__).resolve().parent.parent / "katas")
GIVEN_CALL = "accumulate_jax_global(jnp.ones(2))"  # compiles a GIVEN function early


@pytest.mark.parametrize(
    "added",
    [
        pytest.param('X: jax.config.update("jax_disable_jit", True) = 1\n', id="annotation"),
        pytest.param(f"WARM: {GIVEN_CALL} = None\n", id="annotation-given"),
        pytest.param(f"class C:\n    x: {GIVEN_CALL}\n", id="class-annotation"),
        pytest.param(f"def f(a: {GIVEN_CALL}):\n    return a\n", id="arg-annotation"),
        pytest.param(f"def f(a) -> {GIVEN_CALL}:\n    return a\n", id="return-annotation"),
        pytest.param('__name__ = "__main__"\nif __name__ == "__main__":\n    x = 1\n', id="dunder"),
        pytest.param('_c = getattr(jax, "con" + "fig")\n', id="getattr"),
        pytest.param("from os import environ as env\n", id="import-alias-environ"),
        pytest.param("from jax import config as c\n", id="import-alias-config"),
        pytest.param("from numpy import seterr as s\n", id="import-alias-seterr"),
        pytest.param("_e = jax.numpy.ones(1).__class__\n", id="dunder-attribute"),
    ],
)  # fmt: skip
def test_learner_code_reaching_global_state_another_way_runs_the_pins(added: str) -> None:
    text = reference_as_learner(IMPURE)  # solved: it lets the pins be skipped
    assert pincache.inert(text + "\n" + added) is False


def test_plain_annotations_and_harmless_imports_still_skip_the_pins() -> None:
    text = reference_as_learner(IMPURE)  # solved: it lets the pins be skipped
    assert pincache.inert(text + "\nX: float = 1.0\nfrom os import path as osp\n")


def test_the_key_follows_the_environment_the_libraries_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = reference_as_learner(IMPURE)  # solved: it lets the pins be skipped
    monkeypatch.delenv("NUMBA_DISABLE_JIT", raising=False)
    before = pincache.key(IMPURE, text)
    monkeypatch.setenv("NUMBA_DISABLE_JIT", "1")
    assert pincache.key(IMPURE, text) != before
    monkeypatch.delenv("NUMBA_DISABLE_JIT")
    monkeypatch.setenv("SHARPBITS_UNRELATED", "1")
    assert pincache.key(IMPURE, text) == before

"""Katas that need a process environment of their own (``env`` in katas.toml).

Some settings only count when a process starts: XLA reads ``XLA_FLAGS`` once, when JAX's
backend starts, so a kata about several CPU devices cannot get them inside a pytest process
where another kata already ran JAX. The runner starts every run of such a kata with its
``env`` (:func:`process_env`). A one-process ``pytest katas`` cannot, so this plugin part
runs each such kata once more through the runner, in a process of its own, and reports each
of its tests as that process did; the other katas run in the one process, untouched.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest

from sharpbits.processenv import has_own_env
from sharpbits.registry import Kata, kata_for_folder

_runs_key = pytest.StashKey[dict[str, Any]]()
_selected_key = pytest.StashKey[dict[str, set[str]]]()  # kata id -> the tests selected


class ChildReported(Exception):
    """A test that failed in the kata's own process; the message is that process's."""


class OwnProcessItem(pytest.Item):
    """Stands for one test of a kata run in a process of its own: reports what it did there."""

    def __init__(self, *, kata: Kata, original: pytest.Item, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.kata = kata
        self.own_markers = list(original.own_markers)
        self.keywords.update(original.keywords)
        self.result: Any = None

    def runtest(self) -> None:
        from sharpbits.runner import TestResult

        run = _child_run(self.config, self.kata)
        if run.status in ("timeout", "crashed"):
            last = [line for line in run.output.splitlines() if line.strip()][-1:] or [""]
            raise ChildReported(f"the kata's own process ended with {run.status}: {last[0]}")
        found = [t for t in run.tests if t.name == self.name]
        if not found:
            raise ChildReported(f"{self.name} did not run in the kata's own process")
        self.result = result = found[0]
        assert isinstance(result, TestResult)
        if result.outcome == "skipped":
            pytest.skip(result.message)
        if result.outcome != "passed":
            raise ChildReported(result.message or result.outcome)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ChildReported):
            return f"{excinfo.value}\n(in the kata's own process, env {dict(self.kata.env)})"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"{self.name} (own process)"


def _child_run(config: pytest.Config, kata: Kata) -> Any:
    from sharpbits.plugin import source_key
    from sharpbits.runner import run_kata

    runs = config.stash.setdefault(_runs_key, {})
    if kata.id not in runs:
        runs[kata.id] = run_kata(
            kata,
            config.stash[source_key],
            markexpr=config.option.markexpr or None,
            # the tests selected here (by node id, -k or -m), and not the whole kata
            keyword=" or ".join(sorted(config.stash[_selected_key][kata.id])),
        )
    return runs[kata.id]


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Replace the tests of katas that need their own environment, unless this is it."""
    katas: dict[Path, Kata | None] = {}
    for index, item in enumerate(items):
        folder = item.path.parent
        if folder not in katas:
            katas[folder] = kata_for_folder(folder) if item.path.name == "test_kata.py" else None
        kata = katas[folder]
        if kata is None or not kata.env or has_own_env(kata):
            continue
        assert item.parent is not None
        items[index] = OwnProcessItem.from_parent(
            item.parent, name=item.name, kata=kata, original=item
        )
        selected = config.stash.setdefault(_selected_key, {})
        selected.setdefault(kata.id, set()).add(item.name.split("[", 1)[0])


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """What the kata's own process said about the test: its exception and kata.py line."""
    report = yield
    result = getattr(item, "result", None)
    if isinstance(item, OwnProcessItem) and result is not None and call.when == "call":
        report.sharpbits_error = {  # type: ignore[attr-defined]
            key: value for key, value in _error_fields(result) if value
        }
    return report


def _error_fields(result: Any) -> Iterator[tuple[str, Any]]:
    yield "exception", result.exception
    yield "kata_line", result.kata_line
    yield "kata_code", result.kata_code

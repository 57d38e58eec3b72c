"""The sharpbits pytest plugin (entry point ``pytest11``).

Gives kata tests their module through the ``kata`` fixture, chooses where kata.py comes
from (``--sharpbits-solutions``, ``--sharpbits-submission DIR``), records per-test results
for the runner (through its report channel, ``sharpbits.channel``) or into
``--sharpbits-report PATH``, and tells a learner which file to edit.

This module must not import jax: it is loaded before the root conftest.py configures it.
"""

from __future__ import annotations

import re
from collections.abc import Generator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _pytest.outcomes import Failed  # pytest.fail.Exception, named for type checkers

from sharpbits import ownprocess, startup, tracebacks
from sharpbits.channel import take
from sharpbits.errors import SharpbitsError
from sharpbits.loader import Source, load_kata_module
from sharpbits.recorder import Recorder

source_key = pytest.StashKey[Source]()


class MissingFunction(Failed, AttributeError):
    """A name the tests need is not in kata.py: one line for the learner, and still an
    AttributeError so that ``hasattr`` and ``getattr(..., default)`` keep working."""

    def __init__(self, message: str) -> None:
        Failed.__init__(self, message, pytrace=False)


class KataNotImportable(Failed):
    """kata.py could not be found or imported: one line saying where and why."""

    def __init__(self, message: str) -> None:
        Failed.__init__(self, message, pytrace=False)


class KataModule:
    """A loaded kata.py. A missing function fails the test with one line, not a traceback."""

    __slots__ = ("_module", "_path")

    def __init__(self, module: ModuleType, path: Path) -> None:
        object.__setattr__(self, "_module", module)
        object.__setattr__(self, "_path", path)

    @property
    def module(self) -> ModuleType:
        return self._module  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        try:
            return getattr(self._module, name)
        except AttributeError:
            pass
        __tracebackhide__ = True
        raise MissingFunction(f"{self._path} has no `{name}`. Did you rename or delete it?")

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._module, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._module, name)

    def __repr__(self) -> str:
        return f"<kata module {self._path}>"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sharpbits", "sharpbits katas")
    group.addoption(
        "--sharpbits-solutions",
        action="store_true",
        help="test the reference solutions instead of the kata.py beside each test file",
    )
    group.addoption(
        "--sharpbits-submission",
        metavar="DIR",
        help="test DIR/NN_slug/kata.py (DIR may also hold a katas/ folder)",
    )
    group.addoption(
        "--sharpbits-report",
        metavar="PATH",
        help="write every test's outcome to PATH as JSON",
    )
    group.addoption(
        "--sharpbits-channel",
        metavar="FD",
        type=int,
        help="internal: the runner's report channel (sharpbits.channel)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "perf: a kata's own speed check against NumPy; deselect with -m 'not perf' "
        "when timings would be distorted (graders running jobs in parallel)",
    )
    config.addinivalue_line(
        "markers",
        "pitfall(*ids): the catalog ids (katas/PITFALLS.md, e.g. 'J09') a test_pitfall_* "
        "test pins on the installed versions",
    )
    solutions = config.getoption("--sharpbits-solutions")
    submission = config.getoption("--sharpbits-submission")
    if solutions and submission:
        raise pytest.UsageError("use --sharpbits-solutions or --sharpbits-submission, not both")
    if submission:
        root = Path(submission).resolve()
        if not root.is_dir():
            raise pytest.UsageError(f"--sharpbits-submission {submission}: not a folder")
        config.stash[source_key] = Source("submission", root)
    else:
        config.stash[source_key] = Source("solutions" if solutions else "workspace")
    fd = config.getoption("--sharpbits-channel")
    channel = None if fd is None else take(fd)  # before any kata.py is imported
    config.pluginmanager.register(Recorder(config, channel), "sharpbits-recorder")
    config.pluginmanager.register(ownprocess, "sharpbits-ownprocess")
    config.pluginmanager.register(startup, "sharpbits-startup")
    startup.pause(config, config.stash[source_key])
    config.pluginmanager.register(tracebacks, "sharpbits-tracebacks")


def _load(request: pytest.FixtureRequest) -> KataModule:
    __tracebackhide__ = True
    test_dir = request.path.parent
    source = request.config.stash[source_key]
    try:
        path = source.kata_file(test_dir.name, test_dir)
        module = load_kata_module(path, test_dir.name)
    except SharpbitsError as exc:
        raise KataNotImportable(str(exc)) from None
    return KataModule(module, path)


@pytest.fixture(scope="module")
def kata(request: pytest.FixtureRequest) -> KataModule:
    """The kata module under test, loaded once per test file (jitted functions are shared)."""
    return _load(request)


@pytest.fixture
def fresh_kata(request: pytest.FixtureRequest) -> KataModule:
    """A new, never-called copy of the kata module, for tests that need pristine JIT state."""
    return _load(request)


# --- what went wrong, in the learner's terms ---------------------------------------------

_PUBLIC_MODULES = {"jax._src.errors": "jax.errors", "builtins": ""}
_NUMBA_LOCATION = re.compile(r'File "([^"]+)", line (\d+)')


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    pins = [i for mark in item.iter_markers("pitfall") for i in mark.args]
    if pins:
        report.sharpbits_pins = pins  # type: ignore[attr-defined]
    if report.failed and call.excinfo is not None:
        report.sharpbits_error = _describe_error(item, call.excinfo)  # type: ignore[attr-defined]
    return report


def _describe_error(
    item: pytest.Item, excinfo: pytest.ExceptionInfo[BaseException]
) -> dict[str, Any]:
    """The exception's public class name and the line of kata.py it came from, if any."""
    exc_type = excinfo.type
    module = _PUBLIC_MODULES.get(exc_type.__module__, exc_type.__module__)
    found: dict[str, Any] = {"exception": f"{module}.{exc_type.__qualname__}".lstrip(".")}
    try:
        kata_file = item.config.stash[source_key].kata_file(item.path.parent.name, item.path.parent)
    except SharpbitsError:
        return found
    line = None
    for entry in excinfo.traceback:
        if Path(entry.path) == kata_file:
            line = entry.lineno + 1
    for name, number in _NUMBA_LOCATION.findall(str(excinfo.value)):  # numba compile errors
        if (item.config.invocation_params.dir / name).resolve() == kata_file.resolve():
            line = int(number)
    if line is not None:
        lines = kata_file.read_text(encoding="utf-8").splitlines()
        while 0 < line < len(lines) and lines[line - 1].lstrip().startswith("@"):
            line += 1  # numba points at the decorator: show the function it decorates
        found["kata_line"] = line
        found["kata_code"] = lines[line - 1].strip() if 0 < line <= len(lines) else ""
    return found

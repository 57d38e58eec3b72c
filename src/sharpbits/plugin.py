"""The sharpbits pytest plugin (entry point ``pytest11``).

Gives kata tests their module through the ``kata`` fixture, chooses where kata.py comes
from (``--sharpbits-solutions``, ``--sharpbits-submission DIR``), records per-test results
for the runner (through its report channel, ``sharpbits.channel``) or into
``--sharpbits-report PATH``, and tells a learner which file to edit.

This module must not import jax: it is loaded before the root conftest.py configures it.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import re
import sys
import tempfile
from collections.abc import Generator, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from _pytest.outcomes import Failed  # pytest.fail.Exception, named for type checkers

from sharpbits import ownprocess, startup, tracebacks
from sharpbits.channel import ChildEnd, take
from sharpbits.errors import SharpbitsError
from sharpbits.loader import Source, load_kata_module
from sharpbits.registry import PITFALL_PREFIX, Kata, kata_for_folder, pin_changed
from sharpbits.versions import installed, outside_range
from sharpbits.workspace import given_edit

REPORT_VERSION = 1
MESSAGE_LIMIT = 2000

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


# --- results, for the runner and for the learner ----------------------------------------


class Recorder:
    """Collects one record per test outcome; writes them for the runner at session end."""

    def __init__(self, config: pytest.Config, channel: ChildEnd | None = None) -> None:
        self.config = config
        self.channel = channel
        self.results: list[dict[str, Any]] = []
        self.sent: int | None = None  # the exit status, once the runner holds the report
        # read before any kata.py is imported: one that patches importlib.metadata cannot
        # make the report name other versions
        self.versions = _versions()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when != "call" and (
            report.passed or (report.when == "teardown" and report.skipped)
        ):
            return
        outcome = "error" if report.when != "call" and report.failed else report.outcome
        self._add(report.nodeid, report.nodeid.rsplit("::", 1)[-1], outcome, report)

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:
            self._add(report.nodeid, "<collection>", "error", report)

    def _add(
        self, nodeid: str, name: str, outcome: str, report: pytest.TestReport | pytest.CollectReport
    ) -> None:
        self.results.append(
            {
                "nodeid": nodeid,
                "name": name,
                "kata": _kata_id(nodeid),
                "outcome": outcome,
                "when": getattr(report, "when", "collect"),
                "duration": round(getattr(report, "duration", 0.0), 4),
                "message": _message(report),
                "pins": getattr(report, "sharpbits_pins", []),
                **getattr(report, "sharpbits_error", {}),
            }
        )

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        target = self.config.getoption("--sharpbits-report")
        if not target and self.channel is None:
            return
        data = {
            "version": REPORT_VERSION,
            "exitstatus": int(exitstatus),
            "versions": self.versions,
            "tests": self.results,
        }
        if self.channel is not None:  # once: the channel is closed after
            self.channel.send(data)
            self.channel = None
            self.sent = int(exitstatus)
        if not target:
            return
        path = Path(target)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=1)
        os.replace(tmp, path)

    @pytest.hookimpl(tryfirst=True)
    def pytest_unconfigure(self) -> None:
        """Once the runner holds the signed report and pytest has printed its summary, leave
        with pytest's exit status: what would follow (pytest's garbage-collection rounds, the
        interpreter tearing down JAX and XLA, exit handlers) can change nothing the runner
        reads, and cost a learner's check about 0.4 s."""
        if self.sent is None:
            return
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(Exception):  # a stream a test closed or replaced
                stream.flush()
        os._exit(self.sent)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        katas = _katas_in(self.results)
        if not katas:
            return
        terminalreporter.section("sharpbits")
        for kata_id, tests in katas.items():
            folder = _folder_of(self.config, tests)
            entry = kata_for_folder(folder) if folder else None
            for line in _kata_summary(kata_id, tests, entry, self.config):
                terminalreporter.write_line(line)


def _kata_id(nodeid: str) -> str:
    parts = nodeid.split("::", 1)[0].split("/")
    return parts[-2] if len(parts) >= 2 and parts[-1] == "test_kata.py" else ""


def _message(report: pytest.TestReport | pytest.CollectReport) -> str:
    if report.passed:
        return ""
    if isinstance(report.longrepr, tuple):  # skipped: (file, line, reason)
        return str(report.longrepr[2])
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    return text[:MESSAGE_LIMIT]


def _versions() -> dict[str, str]:
    return {"python": platform.python_version(), **installed()}


def _katas_in(results: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        if result["kata"]:
            grouped.setdefault(result["kata"], []).append(result)
    return grouped


def _folder_of(config: pytest.Config, tests: list[dict[str, Any]]) -> Path | None:
    file = tests[0]["nodeid"].split("::", 1)[0]
    path = (config.rootpath / file).parent
    return path if path.is_dir() else None


def _kata_summary(
    kata_id: str, tests: list[dict[str, Any]], entry: Kata | None, config: pytest.Config
) -> Iterator[str]:
    changed = [
        t
        for t in tests
        if t["name"].startswith(PITFALL_PREFIX)
        and pin_changed(t["outcome"], t.get("exception", ""))
    ]
    source = config.stash[source_key]
    edited = given_edit(entry) if changed and entry and source.kind == "workspace" else None
    if edited is not None:
        yield (
            f"{kata_id}: {len(changed)} pitfall pin(s) fail because the do-not-edit GIVEN section "
            f"of katas/{kata_id}/kata.py was edited (line {edited}): "
            f"`sharpbits reset {kata_id[:2]} --given` puts it back and keeps your code."
        )
        changed = []
    unverified = [t for t in changed if t.get("exception", "").endswith("UnverifiedVersion")]
    if unverified:
        outside = ", ".join(outside_range()) or "a version outside the verified range"
        yield (
            f"{kata_id}: {len(unverified)} pitfall pin(s) cannot say what {outside} does: "
            'the katas are verified only on the README\'s "Tested versions"; install one.'
        )
    for t in (t for t in changed if t not in unverified):
        versions = ", ".join(f"{k} {v}" for k, v in _versions().items())
        pins = f" ({', '.join(t['pins'])})" if t.get("pins") else ""
        yield (
            f"PITFALL CHANGED in {kata_id}: {t['name']}{pins} no longer holds on {versions}. "
            "The kata pins the behaviour of the versions in the README; report this."
        )
    fixes = [t for t in tests if not t["name"].startswith(PITFALL_PREFIX)]
    failing = [t for t in fixes if t["outcome"] != "passed"]  # skipped is not passed
    if not failing:
        if fixes:
            yield f"{kata_id}: all {len(fixes)} fix tests pass. Well done!"
        return
    where = f"katas/{kata_id}/kata.py" if source.kind == "workspace" else f"{source.kind} kata.py"
    todo = f": edit {', '.join(f'{f}()' for f in entry.edit)}" if entry else ""
    yield f"{kata_id}: {len(failing)} of {len(fixes)} fix tests fail. Your file is {where}{todo}."
    if entry is not None:
        number = kata_id.split("_", 1)[0]
        yield f"  Lesson: katas/{kata_id}/README.md · a hint: `sharpbits hint {number}`"

"""The plugin's results: one record per test outcome, sent to the runner through its signed
channel (or written to ``--sharpbits-report``) at session end, and the summary a learner reads
under pytest's own (sharpbits.plugin registers a Recorder per session)."""

from __future__ import annotations

import contextlib
import json
import os
import platform
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sharpbits.channel import ChildEnd
from sharpbits.registry import PITFALL_PREFIX, Kata, kata_for_folder, pin_changed
from sharpbits.versions import installed, outside_range
from sharpbits.workspace import given_edit

REPORT_VERSION = 1
MESSAGE_LIMIT = 2000


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
    from sharpbits.plugin import source_key

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

"""The one runner: run a kata's trusted tests against one source of kata.py, in a subprocess.

``sharpbits check`` (learner), ``sharpbits grade`` (trainer) and the project's self-check all
run katas through :func:`run_kata`; they differ only in what they report.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sharpbits.loader import Source
from sharpbits.plugin import PITFALL_PREFIX
from sharpbits.registry import Kata

WORKSPACE = Source()


@dataclass(frozen=True)
class TestResult:
    name: str
    outcome: str  # passed / failed / error / skipped
    message: str = ""
    exception: str = ""  # public class name, e.g. "jax.errors.TracerBoolConversionError"
    kata_line: int | None = None  # the line of kata.py the failure came from, if any
    kata_code: str = ""

    @property
    def base_name(self) -> str:
        return self.name.split("[", 1)[0]

    @property
    def exception_name(self) -> str:
        return self.exception.rsplit(".", 1)[-1]

    @property
    def is_pitfall(self) -> bool:
        return self.name.startswith(PITFALL_PREFIX)


@dataclass(frozen=True)
class KataRun:
    kata_id: str
    status: str  # passed / failed / timeout / crashed
    tests: tuple[TestResult, ...] = ()
    output: str = ""  # the tail of pytest's output, for diagnosis
    versions: dict[str, str] = field(default_factory=dict)

    def outcome(self, test_name: str) -> str:
        """The outcome of one test (parametrised ids count as the base name)."""
        found = {t.outcome for t in self.tests if t.base_name == test_name}
        if not found:
            return "missing"
        return "passed" if found == {"passed"} else "failed"

    @property
    def failing_fixes(self) -> tuple[TestResult, ...]:
        return tuple(t for t in self.tests if not t.is_pitfall and t.outcome != "passed")

    @property
    def pitfalls(self) -> tuple[TestResult, ...]:
        return tuple(t for t in self.tests if t.is_pitfall)


def run_kata(
    kata: Kata,
    source: Source = WORKSPACE,
    *,
    markexpr: str | None = None,
    timeout: float | None = None,
    extra_args: tuple[str, ...] = (),
) -> KataRun:
    """Run *kata*'s tests against *source* in a fresh interpreter; never raises for test
    failures, a broken kata.py, a timeout or a crashed interpreter (see ``status``)."""
    limit = kata.time_limit if timeout is None else timeout
    with tempfile.TemporaryDirectory(prefix="sharpbits-run-") as tmp:
        report = Path(tmp) / "report.json"
        cmd = [
            sys.executable,
            "-m",
            "pytest",
            str(kata.path),
            "-p",
            "no:cacheprovider",
            "-q",
            "--benchmark-disable",
            f"--sharpbits-report={report}",
            *extra_args,
        ]
        if source.kind == "solutions":
            cmd.append("--sharpbits-solutions")
        elif source.kind == "submission":
            cmd.append(f"--sharpbits-submission={source.root}")
        if markexpr:
            cmd += ["-m", markexpr]
        proc = subprocess.Popen(
            cmd,
            cwd=kata.path.parent.parent,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so a timeout kills everything it started
        )
        try:
            output, _ = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            output, _ = proc.communicate()
            return KataRun(kata.id, "timeout", output=_tail(output))
        data = _read_report(report)
    if data is None:
        return KataRun(kata.id, "crashed", output=_tail(output))
    tests = tuple(
        TestResult(
            t["name"],
            t["outcome"],
            t["message"],
            t.get("exception", ""),
            t.get("kata_line"),
            t.get("kata_code", ""),
        )
        for t in data["tests"]
        if t["kata"] == kata.id or t["name"] == "<collection>"
    )
    failed = not tests or any(t.outcome in ("failed", "error") for t in tests)
    return KataRun(
        kata.id, "failed" if failed else "passed", tests, _tail(output), data["versions"]
    )


def _kill_group(proc: subprocess.Popen[str]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _read_report(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and "tests" in data else None


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])

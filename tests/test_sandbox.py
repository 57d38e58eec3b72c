"""The bubblewrap sandbox of a graded run: what it can see, reach and leave behind.

These tests need bubblewrap (`apt-get install bubblewrap`; .ci/run installs it where it can).
Without it they are skipped, and the skip reason says so."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sharpbits.errors import SharpbitsError
from sharpbits.registry import solutions_root
from sharpbits.sandbox import Sandbox, find_sandbox

SANDBOX, HOW = find_sandbox("auto")
needs_bwrap = pytest.mark.skipif(
    SANDBOX is None, reason=f"bubblewrap cannot sandbox here ({HOW}): sandbox tests not run"
)


def _inside(sandbox: Sandbox, code: str, readable: list[Path], writable: list[Path]) -> str:
    cmd = sandbox.wrap([sys.executable, "-I", "-c", code], readable=readable, writable=writable)
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@needs_bwrap
def test_a_run_sees_its_own_files_and_nothing_else(tmp_path: Path) -> None:
    assert SANDBOX is not None
    mine, work, secret = tmp_path / "mine", tmp_path / "work", tmp_path / "other-student"
    for folder in (mine, work, secret):
        folder.mkdir()
    (mine / "kata.py").write_text("x = 1\n")
    (secret / "kata.py").write_text("answer = 42\n")
    code = f"""
import os, pathlib, sharpbits
def can(f):
    try:
        f()
        return "yes"
    except OSError:
        return "no"
print(can(lambda: open({str(mine / "kata.py")!r}).read()))
print(can(lambda: open({str(secret / "kata.py")!r}).read()))
print(can(lambda: open({str(mine / "new.py")!r}, "w")))
print(can(lambda: open({str(work / "scratch")!r}, "w")))
print(sorted(os.listdir({str(solutions_root())!r})))
print(can(lambda: open(str(pathlib.Path.home() / ".bashrc")).read()))
"""
    lines = _inside(SANDBOX, code, readable=[mine], writable=[work]).splitlines()
    assert lines == ["yes", "no", "no", "yes", "[]", "no"]


@needs_bwrap
def test_a_run_has_no_network(tmp_path: Path) -> None:
    assert SANDBOX is not None
    with socket.socket() as server:  # listening on the grader's loopback
        server.bind(("127.0.0.1", 0))
        server.listen()
        port = server.getsockname()[1]
        code = (
            "import socket\ns = socket.socket()\ns.settimeout(5)\n"
            f"print('connected' if s.connect_ex(('127.0.0.1', {port})) == 0 else 'refused')"
        )
        assert _inside(SANDBOX, code, readable=[], writable=[tmp_path]) == "refused"


@needs_bwrap
def test_every_process_a_run_starts_ends_with_it(tmp_path: Path) -> None:
    assert SANDBOX is not None
    mark = f"sharpbits-sandbox-test-{time.monotonic_ns()}"
    code = (
        "import subprocess\n"
        f"subprocess.Popen(['sleep', '300', '{mark}'], start_new_session=True)\n"
        "print('started')"
    )
    cmd = SANDBOX.wrap(["/bin/sh", "-c", f'exec "$0" -I -c "{code}"', sys.executable],
                       readable=[], writable=[tmp_path])  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    assert done.stdout.strip() == "started", done.stderr
    time.sleep(0.5)
    left = subprocess.run(["pgrep", "-f", mark], capture_output=True, text=True, check=False)
    assert left.stdout == "", f"still running: {left.stdout}"


def test_require_without_a_working_bwrap_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("shutil.which", lambda name: None)
    with pytest.raises(SharpbitsError, match="bubblewrap") as info:
        find_sandbox("require")
    assert "\n" not in str(info.value)
    sandbox, how = find_sandbox("auto")
    assert sandbox is None and how.startswith("NOT sandboxed")
    assert find_sandbox("off") == (None, "not sandboxed (--sandbox off)")


@needs_bwrap
def test_a_package_without_solutions_runs_sandboxed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Gradescope bundle's wheel ships no solutions: there is nothing to hide, and a
    mount over a folder that does not exist (inside a read-only bind) would fail every run."""
    assert SANDBOX is not None
    monkeypatch.setattr("sharpbits.sandbox.solutions_root", lambda: tmp_path / "no-solutions")
    assert _inside(SANDBOX, "print('ran')", readable=[], writable=[tmp_path]) == "ran"

"""`sharpbits watch` in a real pseudo-terminal: a learner passes kata 03 with the keys."""

from __future__ import annotations

import io
import queue
import re
import sys
from pathlib import Path

import pexpect
import pytest

from sharpbits.registry import load_catalog
from sharpbits.watching import SAVED, _rerun_due
from sharpbits.workspace import init_workspace

from .conftest import KATAS, reference_as_learner

N = len(load_catalog(KATAS))  # katas in the catalog: the status bar counts them

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@pytest.fixture
def session(tmp_path: Path):
    workspace = init_workspace(tmp_path / "ws")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "sharpbits", "watch", "03"],
        cwd=str(workspace.root),
        env={"PATH": "/usr/bin:/bin", "TERM": "xterm", "HOME": str(tmp_path)},
        dimensions=(40, 100),
        encoding="utf-8",
        timeout=120,
    )
    child.logfile_read = io.StringIO()
    yield workspace, child
    child.close(force=True)


def expect(child: pexpect.spawn, text: str) -> str:
    """Wait for *text* (colour codes aside); return what came before it, plain."""
    child.expect(re.escape(text))
    return ANSI.sub("", child.before or "")


# pexpect forks to open the pseudo-terminal, then execs at once; JAX, when an earlier test of
# this process imported it, warns about any fork.
@pytest.mark.filterwarnings("ignore:os.fork:RuntimeWarning")
def test_a_watch_session_passes_kata_03_with_the_keys(session) -> None:
    workspace, child = session
    child.expect(f"fix tests · 0/{N} done")  # the status bar of the first run
    screen = ANSI.sub("", child.before + child.after)
    assert "✗ 03_impure" in screen and f"0 of {N}" not in screen
    expect(child, "q quit")
    child.send("h")
    expect(child, "Hint 1 of")
    expect(child, "q quit")
    child.send("s")  # locked before a pass
    expect(child, "opens once 03_impure passes")
    child.send("n")  # no next kata before a pass: nothing happens, the next key still works
    child.send("l")
    expect(child, f"0 of {N} katas done · next: 01_fusion")
    expect(child, "q quit")
    child.send("r")  # run again
    expect(child, f"fix tests · 0/{N} done")
    kata = workspace.kata("03")
    (kata.path / "kata.py").write_text(reference_as_learner(kata))
    before = expect(child, "n next kata")  # the save ran the tests again: a pass
    assert "✓ 03_impure" in before and f"9/9 fix tests · 1/{N} done" in before
    expect(child, "q quit")
    child.send("s")
    expect(child, "Reference solution for 03_impure")
    expect(child, "q quit")
    child.send("n")  # the next kata in catalog order: the first not done
    expect(child, "01_fusion")
    expect(child, "q quit")
    child.send("q")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "passed" in (workspace.state_dir / "progress.json").read_text()
    transcript = child.logfile_read.getvalue()
    assert transcript.count("\x1b[2J") == 4  # a clear screen per run: 03, r, 03 saved, 01
    widest = max(len(line) for line in ANSI.sub("", transcript).splitlines())
    assert widest <= 100  # wrapped at the terminal's width


def test_saves_and_r_presses_during_a_run_make_one_more_run_and_other_keys_wait(
    tmp_path: Path,
) -> None:
    kata = init_workspace(tmp_path / "ws").kata("03")
    mine, other = kata.path / "kata.py", kata.path.parent / "04_x" / "kata.py"
    events: queue.Queue[tuple[str, Path | None]] = queue.Queue()
    for event in [(SAVED, mine), ("h", None), (SAVED, mine), ("r", None), (SAVED, other)]:
        events.put(event)
    assert _rerun_due(events, kata)
    assert events.get_nowait() == ("h", None) and events.empty()
    assert not _rerun_due(events, kata)

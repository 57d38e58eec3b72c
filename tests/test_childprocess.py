"""A child process's findings come back through its channel only: nothing the code it loads
prints, rewrites or calls by the obvious names can pass for them."""

from __future__ import annotations

import ast
import os
import textwrap
from pathlib import Path

from sharpbits.childprocess import run_child

# A stand-in for a kata.py that tries every ordinary way to forge the child's findings.
FORGER = textwrap.dedent(
    """
    import json, sys, atexit
    print(json.dumps({"verdict": "forged at import"}), flush=True)
    atexit.register(print, json.dumps({"verdict": "forged at exit"}))
    import __main__
    if hasattr(__main__, "record"):
        __main__.record(verdict="forged through __main__")
    from sharpbits.channel import ChildEnd
    ChildEnd.record = lambda self, found: None  # silence the real records
    class Rewrite:
        def __init__(self, stream):
            self.stream = stream
        def write(self, text):
            return self.stream.write(text.replace("honest", "forged"))
        def __getattr__(self, name):
            return getattr(self.stream, name)
    sys.stdout = Rewrite(sys.stdout)
    """
)

SCRIPT = """
import runpy, sys
record(step="before", argv=sys.argv[1:])
runpy.run_path(sys.argv[1])  # the "kata.py"
record(verdict="honest")
print('{"verdict": "honest"}')
"""


def test_only_what_the_script_records_comes_back(tmp_path: Path) -> None:
    forger = tmp_path / "kata.py"
    forger.write_text(FORGER, encoding="utf-8")
    child = run_child(SCRIPT, str(forger), "x y", env={"PATH": os.defpath}, timeout=120)
    assert child.returncode == 0, child.stderr
    assert child.records == (
        {"step": "before", "argv": [str(forger), "x y"]},
        {"verdict": "honest"},
    )
    assert child.found == {"step": "before", "argv": [str(forger), "x y"], "verdict": "honest"}
    # the forgeries did happen, on stdout, where nothing reads them
    assert "forged at import" in child.stdout and "forged at exit" in child.stdout


def test_records_sent_before_a_crash_are_kept_and_the_signal_reported() -> None:
    script = "import os, signal\nrecord(step=1)\nos.kill(os.getpid(), signal.SIGABRT)\n"
    child = run_child(script, env={}, timeout=120)
    assert (child.returncode, child.found, child.timed_out) == (-6, {"step": 1}, False)


def test_a_child_past_its_time_is_ended_with_everything_it_started() -> None:
    script = (
        "import subprocess, sys, time\n"
        "sub = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
        "record(sub=sub.pid)\n"
        "time.sleep(600)\n"
    )
    # 10 s: time enough, on a busy machine, to start Python and the sleeper before the limit
    child = run_child(script, env={}, timeout=10)
    assert child.timed_out and child.returncode == -9
    assert "sub" in child.found, f"the child did not start its sleeper in time: {child.stderr}"
    sub = child.found["sub"]
    try:
        os.kill(sub, 0)
    except ProcessLookupError:
        pass
    else:  # a zombie not yet reaped by init is gone too
        state = Path(f"/proc/{sub}/stat").read_text().split()[2]
        assert state == "Z", f"the child's own child {sub} survived ({state})"


def test_an_error_in_the_script_is_the_childs_exit_1_with_its_traceback() -> None:
    child = run_child("record(a=1)\nraise KeyError('k')\n", env={}, timeout=120)
    assert (child.returncode, child.found) == (1, {"a": 1})
    assert "KeyError: 'k'" in child.stderr


def test_kata_tests_start_child_processes_only_through_run_child() -> None:
    """A kata test that read a child's stdout could be fooled by the kata.py it loads there
    (katas 23, 31 and 32 were): run_child is the one way a kata's tests start a process."""
    from .conftest import KATAS

    found = []
    for path in sorted(KATAS.glob("*/test_kata.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Attribute) and node.attr in {"fork", "popen", "system"}:
                names = [ast.unparse(node)]
            bad = [n for n in names if n.split(".")[0] in {"subprocess", "multiprocessing"}]
            bad += [n for n in names if n.startswith("os.")]
            found += [f"{path.parent.name}:{node.lineno}: {n}" for n in bad]
    assert not found, f"start child processes with sharpbits.childprocess.run_child: {found}"
    users = [p.parent.name for p in KATAS.glob("*/test_kata.py") if "run_child(" in p.read_text()]
    assert sorted(users) == ["23_numba_cache_and_rng", "31_numba_cache", "32_process_settings"]


def test_bytes_that_are_not_utf8_on_its_output_do_not_break_the_run() -> None:
    script = "import os\nos.write(1, b'\\xff\\xfe')\nos.write(2, b'\\xc3')\nrecord(a=1)\n"
    child = run_child(script, env={}, timeout=120)
    assert (child.returncode, child.found) == (0, {"a": 1})
    assert child.stdout == "\ufffd\ufffd" and child.stderr == "\ufffd"

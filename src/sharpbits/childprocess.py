"""Child processes that a kata's trusted tests start (a fresh interpreter, an environment of
its own) and the way their findings come back.

The kata.py under test runs inside such a child, so the child's output is the submission's
to write: a line printed at exit could pass for the child's findings. The findings travel
instead through a report channel (``sharpbits.channel``) that the child takes before it loads
any kata.py; each record carries the channel's token, and a line without it is left out. The
child's script runs in a namespace of its own, not as ``__main__``, so the kata.py cannot
reach ``record`` by importing ``__main__`` (what stays possible is the plugin's limit, an
attack by introspection of frames or memory).

A test runs ``run_child(SCRIPT, *args, env=..., timeout=...)``; SCRIPT calls
``record(key=value, ...)``, once or more (a record sent before a crash is kept).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from sharpbits.channel import ParentEnd, take
from sharpbits.runner import kill_group

__all__ = ["ChildRun", "run_child"]

RECORDS = "SHARPBITS_RECORDS"  # the child's channel descriptor, for the boot below
_WAIT = 10.0  # seconds for the last records once the child has exited

# Take the channel before anything else, then run the script with `record` in its namespace.
_BOOT = "import sys\nfrom sharpbits.childprocess import _boot\n_boot(sys.argv.pop(1))\n"


@dataclass(frozen=True)
class ChildRun:
    returncode: int  # as Popen's: -N for a signal (-9 after a timeout)
    records: tuple[dict[str, Any], ...]
    stdout: str
    stderr: str
    timed_out: bool = False

    @property
    def found(self) -> dict[str, Any]:
        """Every record merged into one, later keys winning."""
        merged: dict[str, Any] = {}
        for record in self.records:
            merged.update(record)
        return merged


def run_child(
    script: str, *args: str, env: dict[str, str], timeout: float, cwd: str | None = None
) -> ChildRun:
    """Run *script* with *args* in a new isolated interpreter (``python -I``) with exactly
    *env*, in a session of its own that ends with it; never raises for what the child does."""
    channel = ParentEnd()
    cmd = [sys.executable, "-I", "-c", _BOOT, script, *args]
    try:
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env={**env, RECORDS: str(channel.child_fd)},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            errors="replace",  # the child's bytes are the submission's to write
            start_new_session=True,
            pass_fds=(channel.child_fd,),
        )
    except OSError:
        channel.close()
        raise
    channel.started()
    timed_out = False
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(proc)
        stdout, stderr = proc.communicate()
    kill_group(proc)  # what it left running ends with it
    records = channel.records(_WAIT)
    return ChildRun(proc.returncode, tuple(records), stdout, stderr, timed_out)


def _boot(script: str) -> None:
    """In the child: take the channel, then run *script* with ``record`` at hand."""
    send = take(int(os.environ.pop(RECORDS))).record  # bound now: a patched class is too late

    def record(**found: Any) -> None:
        send(found)

    namespace: dict[str, Any] = {"__name__": "__child__", "record": record}
    exec(compile(script, "<child>", "exec"), namespace)

"""A bubblewrap sandbox per graded run.

Each run sees, read-only, the system (``/usr``, ``/etc``, ...), the Python installation, the
sharpbits package without its reference solutions, and the trusted katas; its own staged
kata.py folder; and, writable, a private temporary folder. Nothing else exists for it: no
other submission, no gradebook or ``--out`` folder, no home folder, no network. It gets new
PID, IPC and network namespaces, so every process it starts ends with it, and bubblewrap
dies with the grader (``--die-with-parent``), so a grader killed with ``kill -9`` leaves no
run behind.

bubblewrap is an optional system package (``apt-get install bubblewrap``); without it the
grader runs unsandboxed and says so (``--sandbox auto``), or stops (``--sandbox require``).
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sharpbits
from sharpbits.errors import SharpbitsError
from sharpbits.registry import solutions_root

__all__ = ["Mode", "Sandbox", "find_sandbox"]

Mode = Literal["auto", "require", "off"]
SYSTEM = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/etc", "/sys")


@dataclass(frozen=True)
class Sandbox:
    bwrap: str
    version: str

    def wrap(
        self, cmd: Sequence[str], *, readable: Sequence[Path], writable: Sequence[Path]
    ) -> list[str]:
        """*cmd* run inside a new sandbox that sees the system, Python, sharpbits (without
        its solutions), *readable* read-only and *writable* read-write, and nothing else."""
        args = [self.bwrap, "--unshare-all", "--die-with-parent", "--new-session"]
        args += ["--cap-drop", "ALL"]  # root outside is no one special inside
        args += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
        for top in SYSTEM:
            path = Path(top)
            if path.is_symlink():  # merged /usr: /bin -> usr/bin
                args += ["--symlink", str(path.readlink()), top]
            elif path.exists():
                args += ["--ro-bind", top, top]
        for path in (*_python(), *readable):
            args += ["--ro-bind", str(path), str(path)]
        if solutions_root().is_dir():  # sharpbits is readable, its answers not (a bundle's
            args += ["--tmpfs", str(solutions_root())]  # wheel ships none to hide)
        for path in writable:
            args += ["--bind", str(path), str(path)]
        return [*args, "--", *cmd]

    def describe(self) -> str:
        return f"sandboxed with {self.version}"


def _python() -> list[Path]:
    """The interpreter, its packages and the sharpbits package, outermost folders only."""
    found = {Path(sys.base_prefix), Path(sys.prefix), Path(sharpbits.__file__).parent.parent}
    found = {p.resolve() for p in found}
    return sorted(p for p in found if not any(q in p.parents for q in found))


@functools.cache
def _probe(bwrap: str) -> str | None:
    """bubblewrap's version if it can make a sandbox on this machine, else None."""
    try:
        version = subprocess.run([bwrap, "--version"], capture_output=True, text=True, timeout=30)
        trial = subprocess.run(
            [bwrap, "--unshare-all", "--die-with-parent", "--ro-bind", "/", "/", "true"],
            capture_output=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if trial.returncode != 0:
        return None
    return version.stdout.strip() or "bubblewrap"


def find_sandbox(mode: Mode) -> tuple[Sandbox | None, str]:
    """The sandbox to grade in, and one line for the reports saying how runs were isolated."""
    if mode == "off":
        return None, "not sandboxed (--sandbox off)"
    bwrap = shutil.which("bwrap")
    version = _probe(bwrap) if bwrap else None
    if bwrap and version:
        sandbox = Sandbox(bwrap, version)
        return sandbox, sandbox.describe()
    why = "bubblewrap (bwrap) is not installed" if not bwrap else "bwrap cannot run here"
    if mode == "require":
        msg = f"--sandbox require: {why}; apt-get install bubblewrap, or use --sandbox auto"
        raise SharpbitsError(msg)
    return None, f"NOT sandboxed: {why} (apt-get install bubblewrap)"

"""A zygote: one interpreter that imports numpy, pytest, JAX and Numba once, then forks a
child for each warm interpreter asked of it (``warm.Warm``), so that a run pays for its own
collection, compiles and tests but not for the imports (about 1.3 s of CPU a run on a
2-core machine). The self-check's known fixes, hundreds of runs, start this way.

It forks before JAX has a backend (JAX's and XLA's threads start with the first computation,
in the child) and with no thread of its own but the main one and OpenBLAS's, which handles
fork. A child is what ``python -c CODE`` would be after the zygote's imports: a session of
its own, its stdin, stdout and stderr on the pipes given, the report channel at the number
its command line names, nothing else open.

Never used for grading (a graded run starts a fresh, isolated interpreter), nor for a kata
with an environment of its own (katas.toml ``env``): the libraries read theirs on import.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

__all__ = ["Forked", "Zygote"]

_MESSAGE = 1 << 16


class Forked:
    """A child of the zygote, driven like the ``subprocess.Popen`` the runner would start."""

    def __init__(self, zygote: Zygote, pid: int, stdin: int, stdout: int, args: list[str]) -> None:
        self.pid, self.args = pid, args
        self.returncode: int | None = None
        self._zygote = zygote
        self._stdin = stdin
        self._chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, args=(stdout,), daemon=True)
        self._reader.start()

    def _read(self, fd: int) -> None:
        with open(fd, "rb", buffering=0) as out:
            while chunk := out.read(_MESSAGE):
                self._chunks.append(chunk)

    def poll(self) -> int | None:
        if self.returncode is None:
            self.returncode = self._zygote.status(block=False)
        return self.returncode

    def communicate(
        self, input: str | None = None, timeout: float | None = None
    ) -> tuple[str, None]:
        """Send *input*, then wait for the end of its output and for its exit, as Popen's."""
        if self._stdin >= 0:
            with contextlib.suppress(BrokenPipeError), open(self._stdin, "wb") as stdin:
                stdin.write((input or "").encode("utf-8"))
            self._stdin = -1
        self._reader.join(timeout)
        if self._reader.is_alive():
            raise subprocess.TimeoutExpired(self.args, timeout or 0.0)
        if self.returncode is None:
            self.returncode = self._zygote.status(block=True)
        output = b"".join(self._chunks).decode("utf-8", errors="replace")
        return output, None


class Zygote:
    """The parent's handle on a zygote; one child at a time (the self-check keeps one zygote
    per worker). Started in *root* (the katas' workspace) whose conftest.py it runs first, as
    a warm interpreter does, so that JAX is configured as a fresh run configures it."""

    def __init__(self, root: Path) -> None:
        self._mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self._lock = threading.Lock()
        with theirs:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", _ZYGOTE, str(root / "conftest.py"), str(theirs.fileno())],
                cwd=root,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(),),
            )
        self._busy = False

    def spawn(self, code: str, argv: list[str], cwd: Path, channel_fd: int) -> Forked:
        """Fork a child that runs *code* with *argv* in *cwd*, with the parent's descriptor
        *channel_fd* at the same number (the caller still holds and closes its own)."""
        with self._lock:
            if self._busy:
                raise RuntimeError("a zygote runs one child at a time")
            stdin_r, stdin_w = os.pipe()
            stdout_r, stdout_w = os.pipe()
            request = {"code": code, "argv": argv, "cwd": str(cwd), "channel": channel_fd}
            try:
                socket.send_fds(
                    self._mine, [json.dumps(request).encode()], [stdin_r, stdout_w, channel_fd]
                )
                reply = self._receive(block=True)
            finally:
                os.close(stdin_r)
                os.close(stdout_w)
            if reply is None or "pid" not in reply:
                os.close(stdin_w)
                os.close(stdout_r)
                raise RuntimeError(f"the zygote could not fork a child: {reply}")
            self._busy = True
        return Forked(self, reply["pid"], stdin_w, stdout_r, argv)

    def status(self, *, block: bool) -> int | None:
        """The exit status of the running child (as Popen's returncode), once it has ended."""
        reply = self._receive(block=block)
        if reply is None:
            if block:
                raise RuntimeError("the zygote ended while a child ran")
            return None
        self._busy = False
        return int(reply["status"])

    def _receive(self, *, block: bool) -> dict[str, Any] | None:
        try:
            data = self._mine.recv(_MESSAGE, 0 if block else socket.MSG_DONTWAIT)
        except BlockingIOError:
            return None
        return json.loads(data) if data else None

    def close(self) -> None:
        self._mine.close()  # the zygote reads the end of its requests and leaves
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# The zygote: the workspace's conftest.py, the imports, then one request at a time: fork a
# child, answer with its pid, wait for it, answer with its status. In the child: a session of
# its own, the descriptors put in place and every other one closed, then the code, ending as
# an interpreter ends (exit handlers, then the status).
_ZYGOTE = """\
import atexit, ctypes, fcntl, json, os, runpy, signal, socket, sys, threading, traceback
ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the parent
if os.path.isfile(sys.argv[1]):
    runpy.run_path(sys.argv[1])
import numpy, pytest, jax, numba
requests = socket.socket(fileno=int(sys.argv[2]))

def child(request, stdin, stdout, channel):
    os.setsid()
    target = request["channel"]
    low = max(target, 2) + 1  # out of the way of the numbers they go to
    stdin, stdout, channel = (fcntl.fcntl(f, fcntl.F_DUPFD, low) for f in (stdin, stdout, channel))
    os.dup2(stdin, 0)
    os.dup2(stdout, 1)
    os.dup2(stdout, 2)
    os.dup2(channel, target)
    keep = {0, 1, 2, target}
    for fd in map(int, os.listdir("/proc/self/fd")):
        if fd not in keep:
            try:
                os.close(fd)
            except OSError:
                pass
    os.chdir(request["cwd"])
    sys.argv = request["argv"]
    code = 0
    try:
        exec(compile(request["code"], "<string>", "exec"), {"__name__": "__main__"})
    except SystemExit as end:
        code = end.code if isinstance(end.code, int) else (0 if end.code is None else 1)
        if not isinstance(end.code, (int, type(None))):
            print(end.code, file=sys.stderr)
    except BaseException:
        traceback.print_exc()
        code = 1
    threading._shutdown()
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os._exit(code)

while True:
    try:
        message, fds, _, _ = socket.recv_fds(requests, 1 << 16, 3)
    except OSError:
        break
    if not message:
        break
    request = json.loads(message)
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:
        requests.close()
        child(request, *fds)
    for fd in fds:
        os.close(fd)
    requests.send(json.dumps({"pid": pid}).encode())
    _, status = os.waitpid(pid, 0)
    requests.send(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode())
"""

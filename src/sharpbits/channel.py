"""The report channel between the runner and the plugin in its test process.

A kata.py runs inside the process whose outcomes it is judged by, so its report must travel
where the submission cannot reach it by ordinary means: no path on the command line, nothing
in the environment, no file. The runner hands the child one end of a socket pair (an
inherited descriptor) and sends a fresh random token through it; the plugin takes both
before any kata.py is imported (it reads the token to the end, moves the descriptor to a new
number and makes it non-inheritable), and at the end of the session sends the report once,
with the token, then leaves without running ``atexit`` handlers. The runner accepts exactly
one JSON document carrying its token: a forged report has no token, an extra one garbles the
stream, and either way the run earns nothing.

What stays possible is an attack in the plugin's own memory (finding the token or the
descriptor by introspection before the report is sent).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import threading
from typing import Any

__all__ = ["ChildEnd", "ParentEnd", "take"]

_LIMIT = 64 * 1024 * 1024  # a report is a few hundred kB at most


class ParentEnd:
    """The runner's side: open before the child starts, ``receive`` after it has exited."""

    def __init__(self) -> None:
        self._mine, theirs = socket.socketpair()
        self.child_fd = theirs.detach()  # a plain descriptor, for Popen(pass_fds=...)
        self._token = secrets.token_hex(16)
        self._chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)

    def started(self) -> None:
        """The child holds its end now: close ours of it, send the token, start listening."""
        os.close(self.child_fd)
        with contextlib.suppress(OSError):  # a child that died at once: no report, see receive
            self._mine.sendall(self._token.encode("ascii"))
            self._mine.shutdown(socket.SHUT_WR)
        self._reader.start()

    def _read(self) -> None:
        size = 0
        while size <= _LIMIT:
            try:
                chunk = self._mine.recv(1 << 16)
            except OSError:  # reset: the child closed its end without reading the token
                self._chunks = []
                return
            if not chunk:
                return
            self._chunks.append(chunk)
            size += len(chunk)

    def receive(self, wait: float) -> dict[str, Any] | None:
        """The report, if exactly one arrived with our token within *wait* seconds of the
        child's exit (a grandchild still holding the descriptor cannot stall us)."""
        self._reader.join(wait)
        self._mine.close()
        if self._reader.is_alive():
            return None
        try:
            data = json.loads(b"".join(self._chunks))
        except ValueError:  # nothing, a partial report, or two documents
            return None
        if not isinstance(data, dict) or data.pop("token", None) != self._token:
            return None
        return data

    def records(self, wait: float) -> list[dict[str, Any]]:
        """For a channel of records (``ChildEnd.record``): every line that carries our token,
        in the order sent; a line without it (forged, or cut by a crash) is left out."""
        self._reader.join(wait)
        self._mine.close()
        if self._reader.is_alive():
            return []
        found = []
        for line in b"".join(self._chunks).splitlines():
            try:
                data = json.loads(line)
            except ValueError:
                continue
            if isinstance(data, dict) and data.pop("token", None) == self._token:
                found.append(data)
        return found

    def close(self) -> None:
        """For a child that never started."""
        self._mine.close()
        os.close(self.child_fd)


class ChildEnd:
    """The plugin's side, taken at configure time."""

    def __init__(self, fd: int, token: str) -> None:
        self._fd = fd
        self._token = token

    def send(self, report: dict[str, Any]) -> None:
        payload = json.dumps({**report, "token": self._token}).encode("utf-8")
        with socket.socket(fileno=self._fd) as end:
            end.sendall(payload)

    def record(self, found: dict[str, Any]) -> None:
        """One record of a channel of records, sent at once (a later crash cannot lose it)."""
        line = json.dumps({**found, "token": self._token}).encode("utf-8") + b"\n"
        with socket.socket(fileno=os.dup(self._fd)) as end:
            end.sendall(line)


def take(fd: int) -> ChildEnd:
    """Read the token from *fd* to its end, then keep the socket under a new, private
    descriptor number; the number the command line names is closed."""
    with socket.socket(fileno=os.dup(fd)) as end:
        token = b""
        while chunk := end.recv(4096):
            token += chunk
        moved = os.dup(end.fileno())
    os.close(fd)
    os.set_inheritable(moved, False)
    return ChildEnd(moved, token.decode("ascii"))

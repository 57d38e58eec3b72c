"""The zygote forks children that behave as the interpreters the runner would start: output,
input, exit status, signals, timeouts, a session and descriptors of their own."""

from __future__ import annotations

import ast
import os
import signal
import socket
import subprocess
from collections.abc import Iterator

import pytest

from sharpbits.registry import Kata
from sharpbits.runner import kill_group
from sharpbits.zygote import Forked, Zygote

from .conftest import KATAS


@pytest.fixture(scope="module")
def zygote() -> Iterator[Zygote]:
    with Zygote(KATAS.parent) as z:
        yield z


def _spawn(zygote: Zygote, code: str, *argv: str) -> tuple[Forked, socket.socket]:
    """A child running *code*, and our end of a socket it holds at the number argv[1] names."""
    mine, theirs = socket.socketpair()
    fd = theirs.detach()
    try:
        child = zygote.spawn(code, ["-c", str(fd), *argv], KATAS, fd)
    except BaseException:
        mine.close()
        raise
    finally:
        os.close(fd)
    return child, mine


def _run(zygote: Zygote, code: str, *argv: str, stdin: str = "") -> tuple[Forked, str]:
    """*code* run to its end in a child: the child and its output."""
    child, mine = _spawn(zygote, code, *argv)
    try:
        output, _ = child.communicate(stdin, timeout=60)
    finally:
        mine.close()
    return child, output


def test_a_child_reads_its_input_writes_its_output_and_exits_with_its_code(zygote: Zygote) -> None:
    code = (
        "import os, sys\n"
        "print(sys.argv[1:], os.getcwd(), input(), flush=True)\n"
        "print('to stderr', file=sys.stderr)\n"
        "sys.exit(3)\n"
    )
    child, output = _run(zygote, code, "a b", stdin="hello\n")
    assert child.returncode == 3
    channel_fd = child.args[1]
    assert output.splitlines() == [f"[{channel_fd!r}, 'a b'] {KATAS} hello", "to stderr"]


def test_a_child_has_a_session_and_only_its_own_descriptors(zygote: Zygote) -> None:
    code = (
        "import os, sys\n"
        "fd = int(sys.argv[1])\n"
        "os.write(fd, b'through the channel')\n"
        "print(os.getsid(0) == os.getpid(), sorted(map(int, os.listdir('/proc/self/fd'))))\n"
    )
    child, mine = _spawn(zygote, code)
    output, _ = child.communicate(timeout=30)
    assert child.returncode == 0
    fd = int(child.args[1])
    # 3 or fd: the listing's own descriptor (the lowest free number)
    own_session, fds = output.split(" ", 1)
    assert own_session == "True"
    assert set(ast.literal_eval(fds)) - {3} == {0, 1, 2, fd}
    assert mine.recv(100) == b"through the channel"
    mine.close()


def test_exit_handlers_run_and_an_uncaught_exception_exits_1(zygote: Zygote) -> None:
    code = "import atexit\natexit.register(print, 'bye')\nraise ValueError('boom')\n"
    child, output = _run(zygote, code)
    assert child.returncode == 1
    assert "ValueError: boom" in output and output.rstrip().endswith("bye")


def test_a_signal_is_reported_as_popen_reports_it(zygote: Zygote) -> None:
    code = "import os, signal\nos.kill(os.getpid(), signal.SIGABRT)\n"
    child, _ = _run(zygote, code)
    assert child.returncode == -signal.SIGABRT


def test_a_timeout_then_a_kill_of_its_group_ends_it_and_keeps_its_output(zygote: Zygote) -> None:
    code = "import time\nprint('started', flush=True)\ntime.sleep(600)\n"
    child, mine = _spawn(zygote, code)
    assert child.poll() is None
    with pytest.raises(subprocess.TimeoutExpired):
        child.communicate(timeout=2)
    with pytest.raises(RuntimeError, match="one child at a time"):
        _spawn(zygote, "pass")
    kill_group(child)
    output, _ = child.communicate()
    mine.close()
    assert (child.returncode, output) == (-signal.SIGKILL, "started\n")
    child, output = _run(zygote, "pass")  # and the zygote serves the next one
    assert (child.returncode, output) == (0, "")


def test_jax_in_a_child_works_and_finds_its_libraries_already_imported(zygote: Zygote) -> None:
    code = (
        "import sys\n"
        "print(sorted({'jax', 'numba', 'pytest'} & set(sys.modules)))\n"
        "import jax, jax.numpy as jnp\n"
        "print(jax.jit(lambda x: x * 2)(jnp.arange(3)).tolist(), jnp.zeros(1).dtype)\n"
    )
    child, output = _run(zygote, code)
    assert child.returncode == 0, output
    # the workspace's conftest.py ran first: 64-bit types, as in a fresh run
    assert output.splitlines() == ["['jax', 'numba', 'pytest']", "[0, 2, 4] float64"]


def test_a_kata_with_an_environment_of_its_own_is_not_forked(
    zygote: Zygote, catalog: tuple[Kata, ...]
) -> None:
    from sharpbits.warm import Warm

    (own,) = [k for k in catalog if k.env][:1]
    warm = Warm(own, zygote=zygote)
    try:
        assert isinstance(warm.proc, subprocess.Popen)
    finally:
        warm.close()

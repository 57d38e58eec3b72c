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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sharpbits.channel import ParentEnd
from sharpbits.errors import SharpbitsError
from sharpbits.loader import Source
from sharpbits.processenv import process_env
from sharpbits.registry import PITFALL_PREFIX, Kata
from sharpbits.sandbox import Sandbox

if TYPE_CHECKING:
    from sharpbits.warm import Warm

WORKSPACE = Source()


class Process(Protocol):
    """A test process as the runner drives it: a ``subprocess.Popen``, or a child forked by a
    zygote for a warm run (``sharpbits.zygote.Forked``)."""

    pid: int
    returncode: int | None

    def poll(self) -> int | None: ...

    def communicate(
        self,
        input: str | None = None,
        timeout: float | None = None,
    ) -> tuple[str, str | None]: ...


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


@dataclass(frozen=True)
class Isolation:
    """How far a graded run is kept from the grader: an isolated interpreter (``-I``: no
    PYTHON* variables, no user site, nothing from the working folder on sys.path), a minimal
    environment, a new temporary working folder, and a memory limit (RLIMIT_DATA)."""

    memory_mb: int | None = 4096
    threads: int | None = None  # per run; parallel graders split the cores between runs
    sandbox: Sandbox | None = None  # each run in its own bubblewrap sandbox (sandbox.py)
    scratch: Path | None = None  # where the run's temporary folder goes (the grader's own)


# The only pytest plugins a run loads (entry-point autoloading is off): a verdict must not
# depend on which other plugins happen to be installed (pytest-randomly would reorder and
# reseed, pytest-xdist or a learner's own could do anything), and each costs start-up time.
PLUGINS = ("sharpbits.plugin", "_hypothesis_pytestplugin")
BENCHMARK_PLUGIN = "pytest_benchmark.plugin"  # only for katas whose tests use `benchmark`

# pytest settings for isolated runs (a grader's katas folder may come without a pyproject).
GRADER_INI = """\
[pytest]
addopts = --import-mode=importlib --strict-markers -p no:anyio
filterwarnings =
    error
    default::numba.core.errors.NumbaPerformanceWarning
"""


def run_kata(
    kata: Kata,
    source: Source = WORKSPACE,
    *,
    markexpr: str | None = None,
    keyword: str | None = None,
    timeout: float | None = None,
    isolation: Isolation | None = None,
    warm: Warm | None = None,
) -> KataRun:
    """Run *kata*'s tests against *source* in a fresh interpreter (*warm*: one started ahead,
    for the learner's loop); never raises for test failures, a broken kata.py, a timeout or
    a crashed interpreter (see ``status``)."""
    limit = kata.time_limit if timeout is None else timeout
    scratch = isolation.scratch if isolation else None
    if warm is not None and (isolation is not None or not warm.ready(kata, source)):
        warm.close()  # a graded run never reuses anything; another kata's cannot run this
        warm = None
    with tempfile.TemporaryDirectory(prefix="sharpbits-run-", dir=scratch) as tmp:
        channel = warm.channel if warm is not None else ParentEnd()
        args = pytest_args(kata, source, channel)
        if markexpr:
            args += ["-m", markexpr]
        if keyword:
            args += ["-k", keyword]
        root = kata.path.parent.parent  # the katas' workspace: its conftest.py applies
        if isolation is None:
            cmd = [sys.executable, "-m", "pytest", *args]
            cwd, env = root, (process_env(kata, os.environ) if kata.env else None)
        else:
            ini = Path(tmp) / "pytest.ini"
            ini.write_text(GRADER_INI, encoding="utf-8")
            memory = (isolation.memory_mb or 0) * 1024 * 1024
            cmd = [sys.executable, "-I", "-c", _BOOT, str(memory)]
            # --confcutdir: the ini's folder would be the default, and were the scratch folder
            # inside the katas' workspace, the workspace's conftest.py would be cut off
            cmd += ["-c", str(ini), f"--rootdir={root}", f"--confcutdir={root}", *args]
            cwd, env = Path(tmp), _minimal_env(Path(tmp))
            if isolation.threads is not None:
                env.update(_thread_env(isolation.threads))
            env = process_env(kata, env)
            if isolation.sandbox is not None:
                cmd = isolation.sandbox.wrap(
                    cmd, readable=_trusted(kata, root, source), writable=[Path(tmp)]
                )
        proc: Process
        if warm is not None:
            proc, stdin = warm.proc, json.dumps({"markexpr": markexpr, "keyword": keyword}) + "\n"
        else:
            proc, stdin = start(cmd, cwd, env, channel), None
        try:
            output, _ = proc.communicate(stdin, timeout=limit)
        except subprocess.TimeoutExpired:
            kill_group(proc)
            output, _ = proc.communicate()
            channel.receive(0)
            return KataRun(kata.id, "timeout", output=_tail(output))
        except BaseException:  # Ctrl-C: the run, in a session of its own, ends with us
            kill_group(proc)
            proc.communicate()
            channel.receive(0)
            raise
        kill_group(proc)  # what it left running in its session ends with it
        data = None
        returncode = proc.poll()  # set: the process has ended
        if returncode in PYTEST_VERDICTS:
            data = channel.receive(REPORT_WAIT)
            output += "" if data is not None else f"\n{NO_REPORT}"
        else:
            channel.receive(0)
            output += f"\n{ended_by(-1 if returncode is None else returncode)}"
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
    # Skipped, xfailed or errored is not passed: only a test that ran and passed counts.
    failed = not tests or any(t.outcome != "passed" for t in tests)
    return KataRun(
        kata.id, "failed" if failed else "passed", tests, _tail(output), data["versions"]
    )


def pytest_args(kata: Kata, source: Source, channel: ParentEnd) -> list[str]:
    """pytest's arguments for a run of *kata* against *source*, selection (-m, -k) aside."""
    args = [str(kata.path), "-p", "no:cacheprovider", "-q", *plugin_args([kata])]
    args.append(f"--sharpbits-channel={channel.child_fd}")
    if source.kind == "solutions":
        args.append("--sharpbits-solutions")
    elif source.kind == "submission":
        args.append(f"--sharpbits-submission={source.root}")
    return args


def plugin_args(katas: Sequence[Kata]) -> list[str]:
    """pytest's arguments that load exactly the plugins a run of *katas* needs (PLUGINS)."""
    args = ["--disable-plugin-autoload"]
    for plugin in PLUGINS:
        args += ["-p", plugin]
    if any(kata.uses_benchmark for kata in katas):
        args += ["-p", BENCHMARK_PLUGIN, "--benchmark-disable"]
    return args


def start(
    cmd: list[str], cwd: Path, env: dict[str, str] | None, channel: ParentEnd
) -> subprocess.Popen[str]:
    try:
        proc = subprocess.Popen(
            cmd,
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,  # so that everything it started can be ended with it
            pass_fds=(channel.child_fd,),
        )
    except OSError:
        channel.close()
        raise
    channel.started()
    return proc


def collect_tests(katas: Sequence[Kata], markexpr: str | None = None) -> dict[str, frozenset[str]]:
    """The tests each kata's trusted test file holds (names as in a run's report, e.g.
    ``test_x[param]``), collected by pytest without loading any kata.py: what a graded run
    must report, whatever the submission does to its own run."""
    if not katas:
        return {}
    root = katas[0].path.parent.parent
    with tempfile.TemporaryDirectory(prefix="sharpbits-collect-") as tmp:
        ini = Path(tmp) / "pytest.ini"
        ini.write_text(GRADER_INI, encoding="utf-8")
        cmd = [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"]
        cmd += plugin_args(katas)
        cmd += ["-c", str(ini), f"--rootdir={root}", f"--confcutdir={root}"]
        cmd += [str(k.path) for k in katas]
        cmd += ["-m", markexpr] if markexpr else []
        proc = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    found: dict[str, set[str]] = {k.id: set() for k in katas}
    for line in proc.stdout.splitlines():
        nodeid = line.strip()
        folder = Path(nodeid.split("::", 1)[0]).parent.name
        if "::" in nodeid and folder in found:
            found[folder].add(nodeid.rsplit("::", 1)[-1])  # as the plugin names it
    if proc.returncode not in (0, 5) or not any(found.values()):
        msg = f"pytest could not collect the trusted tests:\n{_tail(proc.stdout + proc.stderr)}"
        raise RuntimeError(msg)
    return {kata_id: frozenset(names) for kata_id, names in found.items()}


def _trusted(kata: Kata, root: Path, source: Source) -> list[Path]:
    """What a sandboxed run may read besides Python: the trusted katas, the workspace's
    conftest.py, and the folder of the one kata.py under test."""
    conftest = root / "conftest.py"
    paths = [kata.path.parent, *([conftest] if conftest.is_file() else [])]
    if source.kind == "submission":
        with contextlib.suppress(SharpbitsError):  # missing: the run reports it
            paths.append(source.kata_file(kata.id, kata.path).parent)
    return paths


REPORT_WAIT = 10.0  # seconds for the report to arrive once the test process has ended
NO_REPORT = "sharpbits: the run sent no report, or one the plugin did not sign"

# pytest's exit codes for "tests ran" (0: all passed, 1: some failed): anything else (a
# signal, os._exit with another code, an internal error) means the report cannot be trusted.
PYTEST_VERDICTS = (0, 1)


def ended_by(returncode: int) -> str:
    """One line saying how a test process that sent no verdict ended (a sandbox reports a
    signal as 128 + its number)."""
    number = -returncode if returncode < 0 else returncode - 128
    try:
        name = signal.Signals(number).name if number > 0 else ""
    except ValueError:
        name = ""
    if not name:
        return f"sharpbits: the test process exited with code {returncode} before pytest finished"
    why = _SIGNALS.get(name, "")
    return f"sharpbits: the test process was killed by {name} (exit {128 + number}){why}"


_SIGNALS = {
    "SIGABRT": ": a library called abort(), e.g. numba's workqueue threading layer on"
    " concurrent use (the run's output names it)",
    "SIGSEGV": ": a crash in compiled code (an out-of-bounds write in a numba loop?)",
    "SIGKILL": ": out of memory, or killed from outside",
}


def _minimal_env(home: Path) -> dict[str, str]:
    env = {"HOME": str(home), "TMPDIR": str(home), "LANG": "C.UTF-8", "JAX_PLATFORMS": "cpu"}
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), "/usr/bin", "/bin"])
    env["NUMBA_CACHE_DIR"] = str(home / "numba-cache")
    return env


def _thread_env(threads: int) -> dict[str, str]:
    """Thread pools of numba, XLA and BLAS sized to *threads*, so that concurrent runs do
    not oversubscribe the cores (numba still compiles parallel loops: parfor counts hold)."""
    n = str(max(1, threads))
    env = {name: n for name in ("NUMBA_NUM_THREADS", "OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS")}
    if threads <= 1:
        # (XLA stops reading its flags at a word that is not one: "--" on every flag)
        env["XLA_FLAGS"] = "--xla_cpu_multi_thread_eigen=false"
    return env


# The isolated child sets its own memory limit, then runs pytest: no preexec_fn, which would
# force a fork() of the grader (unsafe once JAX's threads exist in it).
_BOOT = (
    "import ctypes, resource, signal, sys\n"
    "ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: die with the grader\n"
    "limit = int(sys.argv[1])\n"
    "if limit:\n"
    "    resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))\n"
    "import pytest\n"
    "sys.exit(int(pytest.main(sys.argv[2:])))\n"
)


def kill_group(proc: Process) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join(text.splitlines()[-lines:])

"""Benchmarks behind the README tables. Not collected by `pytest`; run them on purpose:

    pytest tests/benchmarks/bench_speed.py

Everything is measured in one run: the reference quadratic variants (kata 01) on 5 M float64,
the memory-traffic floor (3 arrays read + 1 written at this machine's np.add bandwidth),
and what a learner waits for beside `python -c "import jax, numba"`: `sharpbits check 03`, bare
`pytest katas/03_impure` and `sharpbits check 01 --no-perf`, cold (a new workspace each round)
and warm (the same workspace again), and a `watch` re-check of kata 03 after a save.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from sharpbits.checking import run_check
from sharpbits.given import split
from sharpbits.loader import load_kata_module
from sharpbits.registry import Kata, solutions_root
from sharpbits.warm import Warm
from sharpbits.workspace import Workspace, init_workspace

REPO = Path(__file__).resolve().parents[2]
N = 5_000_000
VARIANTS = ["quadratic_numpy", "quadratic_numba", "quadratic_numba_parallel", "quadratic_jax"]


@pytest.fixture(scope="module")
def reference() -> Any:
    return load_kata_module(solutions_root() / "01_fusion" / "kata.py", "01_fusion")


@pytest.fixture(scope="module")
def inputs() -> tuple[np.ndarray, ...]:
    rng = np.random.default_rng(0)
    return rng.uniform(1, 2, N), rng.uniform(-3, 3, N), rng.uniform(-2, -1, N)


@pytest.mark.parametrize("name", VARIANTS)
def test_quadratic(
    benchmark: Any, reference: Any, inputs: tuple[np.ndarray, ...], name: str
) -> None:
    fn = getattr(reference, name)
    args = tuple(jnp.asarray(x) for x in inputs) if name == "quadratic_jax" else inputs
    run = lambda: jax.block_until_ready(fn(*args))  # noqa: E731
    run()  # compile outside the measurement
    benchmark.group = f"quadratic formula, {N:,} float64"
    benchmark.pedantic(run, rounds=15, warmup_rounds=1)


def test_np_add_sets_the_memory_floor(benchmark: Any, inputs: tuple[np.ndarray, ...]) -> None:
    """np.add streams 2 arrays in and 1 out: its time sets this machine's bandwidth. The
    formula must stream 3 in and 1 out, so no variant can beat 4/3 of np.add's time."""
    a, b, _ = inputs
    out = np.empty_like(a)
    benchmark.group = f"quadratic formula, {N:,} float64"
    benchmark.pedantic(np.add, args=(a, b), kwargs={"out": out}, rounds=15, warmup_rounds=1)
    best = benchmark.stats.stats.min
    gb_s, floor_ms = 3 * a.nbytes / best / 1e9, 4 / 3 * best * 1e3
    benchmark.extra_info.update(bandwidth_gb_s=round(gb_s, 1), floor_ms=round(floor_ms, 2))
    print(f"\nnp.add bandwidth {gb_s:.1f} GB/s; floor for 3 in + 1 out {floor_ms:.2f} ms")


SHARPBITS = [sys.executable, "-m", "sharpbits"]
PYTEST = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
LEARNER = {  # what a learner runs on kata 03 as shipped, in a workspace made by `sharpbits init`
    "python -c 'import jax, numba'": [sys.executable, "-c", "import jax, numba"],
    "pytest katas/03_impure": [*PYTEST, "katas/03_impure"],
    "sharpbits check 03": [*SHARPBITS, "check", "03"],
    "sharpbits check 01 --no-perf": [*SHARPBITS, "check", "01", "--no-perf"],
}
WARM_START = 8.0  # seconds a learner edits before saving: the warm interpreter is ready


def _run_in(workspace: Path, cmd: list[str]) -> None:
    subprocess.run(cmd, cwd=workspace, capture_output=True, check=False)


@pytest.mark.parametrize("label", list(LEARNER))
def test_warm(benchmark: Any, tmp_path: Path, label: str) -> None:
    """The same workspace again and again: bytecode, hypothesis data and progress exist."""
    workspace = tmp_path / "ws"
    subprocess.run([*SHARPBITS, "init", str(workspace)], check=True, capture_output=True)
    benchmark.group = "kata 03 as shipped, warm (same workspace)"
    benchmark.pedantic(_run_in, args=(workspace, LEARNER[label]), rounds=5, warmup_rounds=1)


@pytest.mark.parametrize("label", list(LEARNER))
def test_cold(benchmark: Any, tmp_path: Path, label: str) -> None:
    """A brand-new workspace every round: nothing cached but the OS's file cache."""
    fresh = iter(range(1000))

    def setup() -> tuple[tuple[Path, list[str]], dict[str, Any]]:
        workspace = tmp_path / f"ws{next(fresh)}"
        subprocess.run([*SHARPBITS, "init", str(workspace)], check=True, capture_output=True)
        return (workspace, LEARNER[label]), {}

    benchmark.group = "kata 03 as shipped, cold (new workspace)"
    benchmark.pedantic(_run_in, setup=setup, rounds=5)


def _own_wrong_fix(workspace: Workspace) -> Kata:
    """Kata 03 mid-way: the learner's own code (it no longer calls the GIVEN functions, so
    `check` may skip the remembered pins), still wrong (the sum where the product belongs)."""
    kata = workspace.kata("03")
    parts = split((kata.path / "kata.py").read_text())
    assert parts is not None
    solution = (solutions_root() / kata.id / "kata.py").read_text()
    code = solution.split("# --- SOLUTION", 1)[1].split("\n", 1)[1].replace("jnp.prod", "jnp.sum")
    (kata.path / "kata.py").write_text("".join(parts.before + parts.given) + parts.after[0] + code)
    return kata


def test_check_of_the_learners_own_code(benchmark: Any, tmp_path: Path) -> None:
    """`sharpbits check 03` again in the same workspace, on the learner's own (wrong) code:
    the pins the first check saw hold are skipped."""
    workspace = init_workspace(tmp_path / "ws")
    _own_wrong_fix(workspace)
    benchmark.group = "kata 03, the learner's own code"
    benchmark.pedantic(_run_in, args=(workspace.root, LEARNER["sharpbits check 03"]), rounds=5,
                       warmup_rounds=1)  # fmt: skip


def test_watch_recheck_after_a_save(benchmark: Any, tmp_path: Path) -> None:
    """What `sharpbits watch` does when kata.py is saved: check it in the interpreter started
    while the learner edited (pytest started, tests collected), pins remembered."""
    workspace = init_workspace(tmp_path / "ws")
    kata = _own_wrong_fix(workspace)
    run_check(workspace, kata)  # the first check of the session: everything runs

    def setup() -> tuple[tuple[Any, ...], dict[str, Any]]:
        warm = Warm(kata)
        time.sleep(WARM_START)
        return (workspace, kata), {"warm": warm}

    benchmark.group = "kata 03, the learner's own code"
    benchmark.pedantic(run_check, setup=setup, rounds=5)

"""Benchmarks behind the README tables. Not collected by `pytest`; run them on purpose:

    pytest tests/benchmarks/bench_speed.py

Everything is measured in one run: the reference quadratic variants (kata 01) on 5 M float64,
the memory-traffic floor (3 arrays read + 1 written at this machine's np.add bandwidth), and
the cold wall time of `pytest katas/03_impure` beside `python -c "import jax, numba"`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import jax
import jax.numpy as jnp
import numpy as np
import pytest

from sharpbits.loader import load_kata_module
from sharpbits.registry import solutions_root

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


COLD = {
    "import jax, numba": [sys.executable, "-c", "import jax, numba"],
    "pytest katas/03_impure (reference)": [
        sys.executable,
        "-m",
        "pytest",
        "katas/03_impure",
        "-q",
        "-p",
        "no:cacheprovider",
        "--sharpbits-solutions",
    ],
}


@pytest.mark.parametrize("label", list(COLD))
def test_cold_start(benchmark: Any, label: str) -> None:
    benchmark.group = "cold start (fresh interpreter)"
    benchmark.pedantic(
        lambda: subprocess.run(COLD[label], cwd=REPO, check=True, capture_output=True),
        rounds=3,
    )

"""Benchmarks behind the README tables. Not collected by `pytest`; run them on purpose:

    pytest tests/benchmarks/bench_speed.py

Everything is measured in one run: the reference quadratic variants (kata 01) on 5 M float64,
the memory-traffic floor (3 arrays read + 1 written at this machine's np.add bandwidth), and
the cold wall time of `pytest katas/03_impure` beside `python -c "import jax, numba"`.
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


def test_memory_traffic_floor(benchmark: Any, inputs: tuple[np.ndarray, ...]) -> None:
    """np.add streams 2 arrays in and 1 out; the formula must stream 3 in and 1 out."""
    a, b, _ = inputs
    out = np.empty_like(a)
    best = min(_timed(lambda: np.add(a, b, out=out)) for _ in range(15))
    bandwidth = 3 * a.nbytes / best
    floor = 4 * a.nbytes / bandwidth
    benchmark.group = f"quadratic formula, {N:,} float64"
    benchmark.extra_info.update(
        bandwidth_gb_s=round(bandwidth / 1e9, 1), floor_ms=round(floor * 1e3, 2)
    )
    # report the floor in the same table: a sleep of exactly the floor's length
    benchmark.pedantic(time.sleep, args=(floor,), rounds=3)


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


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

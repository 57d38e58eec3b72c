"""Grading throughput behind the README table. Not collected by `pytest`; run it on purpose:

    pytest tests/benchmarks/bench_grading.py -s

30 generated submissions (10 reference, 10 as shipped, 10 mixed) x every kata: the wall time
of `sharpbits grade --jobs CORES --no-perf`, against the sum of bare `pytest katas/NN_slug
--sharpbits-submission SUB -m "not perf"` runs of the same tests, one after another, divided
by the number of cores. Target: a ratio of at most 1.2.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sharpbits.registry import load_catalog, solutions_root

REPO = Path(__file__).resolve().parents[2]
KATAS = REPO / "katas"


def _generate(root: Path) -> list[Path]:
    katas = load_catalog(KATAS)
    subs = []
    for i in range(30):
        sub = root / f"learner{i:02d}"
        for j, kata in enumerate(katas):
            kind = "reference" if i < 10 or (i >= 20 and j % 2 == 0) else "shipped"
            source = solutions_root() if kind == "reference" else KATAS
            (sub / kata.id).mkdir(parents=True)
            shutil.copyfile(source / kata.id / "kata.py", sub / kata.id / "kata.py")
        subs.append(sub)
    return subs


def test_grading_30_submissions(tmp_path: Path) -> None:
    cores = os.cpu_count() or 1
    subs = _generate(tmp_path / "subs")
    katas = load_catalog(KATAS)
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "sharpbits", "grade", str(tmp_path / "subs"), "--out",
         str(tmp_path / "out"), "--jobs", str(cores), "--no-perf"],
        check=True, capture_output=True,
    )  # fmt: skip
    grading = time.perf_counter() - start
    bare = 0.0
    for sub in subs:
        for kata in katas:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "pytest", f"katas/{kata.id}", "-q", "-p",
                 "no:cacheprovider", "--benchmark-disable", "-m", "not perf",
                 f"--sharpbits-submission={sub}"],
                cwd=REPO, capture_output=True, check=False,
            )  # fmt: skip
            bare += time.perf_counter() - start
    runs = len(subs) * len(katas)
    print(
        f"\n{runs} kata runs on {cores} cores: grade {grading:.1f} s wall; bare pytest "
        f"{bare:.1f} s in all, {bare / cores:.1f} s per core; ratio {grading / (bare / cores):.2f}"
    )


SANDBOX_KATAS = ("03_impure", "08_inplace_updates", "20_numba_semantics", "21_prange_races")


def test_sandbox_overhead(tmp_path: Path) -> None:
    """The same 4 submissions x 4 katas graded with --sandbox require and --sandbox off, twice
    each, alternating (so that a busy spell hits both); the ratio of the best times. Target:
    at most 1.10 (the sandbox costs a few milliseconds per run against seconds of tests)."""
    cores = os.cpu_count() or 1
    for i in range(4):
        for kata_id in SANDBOX_KATAS:
            source = solutions_root() if i % 2 == 0 else KATAS
            target = tmp_path / "subs" / f"learner{i}" / kata_id
            target.mkdir(parents=True)
            shutil.copyfile(source / kata_id / "kata.py", target / "kata.py")
    times: dict[str, list[float]] = {"require": [], "off": []}
    for round_ in range(2):
        for mode in ("require", "off") if round_ == 0 else ("off", "require"):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "sharpbits", "grade", str(tmp_path / "subs"), "--out",
                 str(tmp_path / f"out-{mode}-{round_}"), "--jobs", str(cores), "--no-perf",
                 "--sandbox", mode],
                check=True, capture_output=True,
            )  # fmt: skip
            times[mode].append(time.perf_counter() - start)
    sandboxed, plain = min(times["require"]), min(times["off"])
    print(
        f"\n16 kata runs on {cores} cores: sandboxed {sandboxed:.1f} s, unsandboxed {plain:.1f} s "
        f"(best of 2 each; all: {times}); ratio {sandboxed / plain:.3f}"
    )

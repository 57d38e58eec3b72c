"""Run one kata's mutants: a cosmic-ray session, its work spread over several copies.

The session lives in ``.mutation/NN_slug/session.sqlite`` (kept after the run: ``cosmic-ray
dump`` and ``cr-report`` read it). Each worker mutates its own copy of the reference, laid out
as a submission (``worker-N/NN_slug/kata.py``), with cosmic-ray's ``mutate_and_test``: the file
is rewritten on disk, the trial command runs, the file is restored.
"""

from __future__ import annotations

import queue
import shlex
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import attrs
from cosmic_ray.mutating import mutate_and_test
from cosmic_ray.work_db import WorkDB, use_db
from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkItem, WorkResult

from sharpbits.registry import Kata, solutions_root

from . import equivalents
from .equivalents import Equivalent
from .mutants import Mutant, init_session
from .trial import REPO

WORKDIR = REPO / ".mutation"
# A mutant may loop forever: it gets this many times the reference's own run time.
TIMEOUT_FACTOR = 5
MIN_TIMEOUT = 30.0


class BaselineFailed(RuntimeError):
    """The unmutated reference does not pass its own fix tests: nothing can be measured."""


@dataclass(frozen=True)
class KataMutation:
    kata_id: str
    mutants: int
    killed: int
    equivalent: tuple[Mutant, ...]
    survived: tuple[Mutant, ...]
    errors: tuple[tuple[Mutant, str], ...]  # cosmic-ray could not run these
    listed_but_killed: tuple[Equivalent, ...]  # an equivalents entry the tests reject
    listed_but_absent: tuple[Equivalent, ...]  # an entry that names no current mutant
    seconds: float

    @property
    def clean(self) -> bool:
        return not (self.survived or self.errors or self.listed_but_killed)


def trial_command(kata_id: str, root: Path) -> str:
    return shlex.join([sys.executable, "-m", "tests.mutation.trial", kata_id, str(root)])


def _baseline(kata: Kata, root: Path) -> float:
    start = time.monotonic()
    proc = subprocess.run(
        shlex.split(trial_command(kata.id, root)),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=kata.time_limit,
        check=False,
    )
    if proc.returncode != 0:
        tail = "\n".join(proc.stdout.splitlines()[-30:])
        raise BaselineFailed(f"{kata.id}: the reference fails its fix tests unmutated:\n{tail}")
    return time.monotonic() - start


def run_mutation(
    kata: Kata,
    jobs: int,
    progress: Callable[[str], None] = print,
    workdir: Path = WORKDIR,
) -> KataMutation:
    """Mutate *kata*'s reference solution and run its fix tests against every mutant."""
    start = time.monotonic()
    workdir = workdir / kata.id
    shutil.rmtree(workdir, ignore_errors=True)
    roots = []
    for number in range(max(1, jobs)):
        target = workdir / f"worker-{number}" / kata.id / "kata.py"
        target.parent.mkdir(parents=True)
        shutil.copyfile(solutions_root() / kata.id / "kata.py", target)
        roots.append(target.parent.parent)
    timeout = max(MIN_TIMEOUT, TIMEOUT_FACTOR * _baseline(kata, roots[0]))
    listed = equivalents.load(kata.id)
    primary = roots[0] / kata.id / "kata.py"
    with use_db(str(workdir / "session.sqlite"), WorkDB.Mode.create) as db:
        mutants = {m.job_id: m for m in init_session(primary, db)}
        items = list(db.pending_work_items)
        free: queue.Queue[Path] = queue.Queue()
        for root in roots:
            free.put(root)

        def run(item: WorkItem) -> tuple[WorkItem, WorkResult]:
            root = free.get()
            try:
                moved = [
                    attrs.evolve(spec, module_path=root / kata.id / "kata.py")
                    for spec in item.mutations
                ]
                return item, mutate_and_test(moved, trial_command(kata.id, root), timeout)
            finally:
                free.put(root)

        results: dict[str, WorkResult] = {}
        with ThreadPoolExecutor(max_workers=len(roots)) as pool:
            for done, (item, result) in enumerate(pool.map(run, items), start=1):
                db.set_result(item.job_id, result)
                results[item.job_id] = result
                mutant = mutants[item.job_id]
                progress(f"{kata.id} {done}/{len(items)} {_verdict(result)}: {mutant.describe()}")
    return _classify(kata.id, mutants, results, listed, time.monotonic() - start)


def _verdict(result: WorkResult) -> str:
    if result.worker_outcome != WorkerOutcome.NORMAL:
        return f"error ({result.worker_outcome.value})"
    return "survived" if result.test_outcome == TestOutcome.SURVIVED else "killed"


def _classify(
    kata_id: str,
    mutants: dict[str, Mutant],
    results: dict[str, WorkResult],
    listed: tuple[Equivalent, ...],
    seconds: float,
) -> KataMutation:
    by_key = {e.key: e for e in listed}
    killed: list[Mutant] = []
    survived: list[Mutant] = []
    equivalent: list[Mutant] = []
    errors: list[tuple[Mutant, str]] = []
    for job_id, mutant in mutants.items():
        verdict = _verdict(results[job_id])
        if verdict.startswith("error"):
            errors.append((mutant, (results[job_id].output or "")[-400:]))
        elif verdict == "killed":
            killed.append(mutant)
        elif mutant.key in by_key:
            equivalent.append(mutant)
        else:
            survived.append(mutant)
    killed_keys = {m.key for m in killed}
    present = {m.key for m in mutants.values()}
    return KataMutation(
        kata_id,
        len(mutants),
        len(killed),
        tuple(equivalent),
        tuple(survived),
        tuple(errors),
        tuple(e for e in listed if e.key in killed_keys),
        tuple(e for e in listed if e.key not in present),
        seconds,
    )

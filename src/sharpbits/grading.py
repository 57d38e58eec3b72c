"""`sharpbits grade`: trusted tests, isolated runs, partial credit, results kept as they come.

Every (submission, kata) pair is one run of the kata's trusted tests in its own isolated
interpreter (see runner.Isolation), against a staging folder holding only the submission's
kata.py files. Runs go in parallel; speed checks (`perf`) run afterwards, one at a time, or
not at all with --no-perf. Each grade is stored in the gradebook the moment it is known.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, replace
from pathlib import Path

from sharpbits import __version__
from sharpbits.gradebook import Gradebook
from sharpbits.intake import Submission
from sharpbits.loader import Source
from sharpbits.registry import Kata
from sharpbits.runner import Isolation, KataRun, collect_tests, run_kata
from sharpbits.sandbox import Mode, Sandbox, find_sandbox
from sharpbits.scoring import KataGrade, grade_missing, grade_run
from sharpbits.suspicion import suspicions
from sharpbits.versions import installed


@dataclass(frozen=True)
class GradeOptions:
    jobs: int = os.cpu_count() or 1
    timeout: float | None = None  # overrides each kata's time_limit
    memory_mb: int | None = 4096
    perf: bool = True
    regrade: bool = False
    sandbox: Mode = "auto"
    sandbox_found: Sandbox | None = None  # set by grade_all from `sandbox`
    scratch: Path | None = None  # set by grade_all: the batch's temporary folder


@dataclass(frozen=True)
class Job:
    submission: Submission
    kata: Kata
    staged: Path

    @property
    def digest(self) -> str:
        """What the grade depends on: the kata.py, the trusted tests, this sharpbits and the
        library versions (a resumed batch regrades what a new version of sharpbits, JAX or
        Numba or an edited test file would judge anew)."""
        sha = hashlib.sha256(self.submission.files[self.kata.id])
        sha.update((self.kata.path / "test_kata.py").read_bytes())
        sha.update(f"{__version__} {self.kata} {sorted(installed().items())}".encode())
        return sha.hexdigest()

    @property
    def suspicious(self) -> str:
        return "; ".join(suspicions(self.submission.files[self.kata.id]))


Progress = Callable[[int, int, str], None]  # done, total, what finished


@dataclass(frozen=True)
class GradeSummary:
    grades: list[KataGrade]
    ran: int  # kata runs made now
    resumed: int  # kata runs skipped: graded before, same kata.py
    isolation: str  # how the runs made now were isolated, in one line
    cleaned: int = 0  # temporary folders of killed graders removed first


def grade_all(
    submissions: list[Submission],
    katas: tuple[Kata, ...],
    book: Gradebook,
    options: GradeOptions,
    on_progress: Progress | None = None,
) -> GradeSummary:
    """Grade every submission on every kata; return the gradebook rows for them."""
    sandbox, isolation = find_sandbox(options.sandbox)
    cleaned = remove_leftovers()
    with tempfile.TemporaryDirectory(prefix=SCRATCH_PREFIX) as tmp:
        (Path(tmp) / OWNER_FILE).write_text(str(os.getpid()), encoding="utf-8")
        options = replace(options, sandbox_found=sandbox, scratch=Path(tmp))
        jobs, resumed = _plan(submissions, katas, book, options, Path(tmp))
        expected = _expected_tests(jobs, options)
        total = len(jobs) + sum(1 for j in jobs if options.perf and j.kata.has_perf_tests)
        done = 0

        def tick(what: str) -> None:
            nonlocal done
            done += 1
            if on_progress:
                on_progress(done, total, what)

        pending_perf: list[tuple[Job, KataGrade, KataRun]] = []
        with ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
            running: dict[Future[KataRun], Job] = {}
            queue = list(jobs)
            while queue or running:
                while queue and len(running) < max(1, options.jobs):
                    job = queue.pop(0)
                    running[pool.submit(_run, job, options, "not perf")] = job
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = running.pop(future)
                    run = future.result()
                    grade = grade_run(
                        job.submission.name, job.kata, run, options.timeout, expected[job.kata.id]
                    )
                    grade = replace(grade, suspicious=job.suspicious)
                    needs_perf = options.perf and job.kata.has_perf_tests
                    needs_perf = needs_perf and grade.status in ("passed", "failed")
                    versions = {**run.versions, "isolation": isolation}
                    book.put(grade, job.digest, versions, complete=not needs_perf)
                    if needs_perf:
                        pending_perf.append((job, grade, run))
                    elif options.perf and job.kata.has_perf_tests:
                        tick(f"{job.submission.name} {job.kata.id} (speed check skipped)")
                    tick(f"{job.submission.name} {job.kata.id}: {grade.status}")
        for job, graded, first in pending_perf:  # alone: other jobs would distort timings
            perf = _run(job, options, "perf")
            if perf.status in ("timeout", "crashed"):  # a speed check never costs points
                grade, merged = replace(graded, speed="slow"), first
            else:
                merged = replace(first, tests=first.tests + perf.tests)
                both = expected[job.kata.id] | expected.get(f"{job.kata.id} perf", frozenset())
                grade = grade_run(job.submission.name, job.kata, merged, options.timeout, both)
                grade = replace(grade, suspicious=job.suspicious)
            book.put(grade, job.digest, {**merged.versions, "isolation": isolation}, complete=True)
            tick(f"{job.submission.name} {job.kata.id} speed check: {grade.status}")
    grades = book.grades([s.name for s in submissions], [k.id for k in katas])
    return GradeSummary(grades, len(jobs), resumed, isolation, cleaned)


SCRATCH_PREFIX = "sharpbits-grade-"
OWNER_FILE = "grader.pid"


def remove_leftovers(folder: Path | None = None) -> int:
    """Remove the temporary folders (staged submissions, runs) of graders that were killed
    before they could clean up; return how many. Their runs died with them (a sandbox dies
    with its grader, an unsandboxed run gets PR_SET_PDEATHSIG)."""
    removed = 0
    for scratch in Path(folder or tempfile.gettempdir()).glob(f"{SCRATCH_PREFIX}*"):
        try:
            owner = int((scratch / OWNER_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if not _is_grader(owner):
            shutil.rmtree(scratch, ignore_errors=True)
            removed += 1
    return removed


def _is_grader(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"sharpbits" in cmdline or b"pytest" in cmdline


def _plan(
    submissions: list[Submission],
    katas: tuple[Kata, ...],
    book: Gradebook,
    options: GradeOptions,
    staging: Path,
) -> tuple[list[Job], int]:
    """Record what needs no run (unreadable, missing); return the runs still to do and how
    many were skipped as graded already."""
    jobs, resumed = [], 0
    for sub in submissions:
        staged = sub.stage(staging)
        for kata in katas:
            if sub.problem:
                grade, digest = grade_missing(sub.name, kata, sub.problem, "error"), sub.digest
            elif kata.id not in sub.files:
                reason = f"no {kata.id}/kata.py in the submission"
                grade, digest = grade_missing(sub.name, kata, reason), ""
            else:
                job = Job(sub, kata, staged)
                timed = options.perf and kata.has_perf_tests
                if options.regrade or not book.done(
                    sub.name, kata.id, job.digest, kata.points, speed=timed
                ):
                    jobs.append(job)
                else:
                    resumed += 1
                continue
            if options.regrade or not book.done(sub.name, kata.id, digest, kata.points):
                book.put(grade, digest, {})
    return jobs, resumed


def _expected_tests(jobs: list[Job], options: GradeOptions) -> dict[str, frozenset[str]]:
    """What each run must report, collected from the trusted test files once per batch:
    ``{kata_id: fix and pin tests}``, and ``{"kata_id perf": speed checks}`` with --perf."""
    katas = list({job.kata.id: job.kata for job in jobs}.values())
    expected = collect_tests(katas, "not perf")
    if options.perf:
        timed = [k for k in katas if k.has_perf_tests]
        expected |= {f"{k} perf": names for k, names in collect_tests(timed, "perf").items()}
    return expected


def _run(job: Job, options: GradeOptions, markexpr: str) -> KataRun:
    # Concurrent runs share the cores; a speed check runs alone and gets them all.
    threads = None if markexpr == "perf" else max(1, (os.cpu_count() or 1) // options.jobs)
    return run_kata(
        job.kata,
        Source("submission", job.staged),
        markexpr=markexpr,
        timeout=options.timeout,
        isolation=Isolation(options.memory_mb, threads, options.sandbox_found, options.scratch),
    )

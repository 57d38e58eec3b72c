"""`sharpbits check`: run a kata's trusted tests on the workspace's kata.py through the shared
runner, show the verdict, and record progress (the notebook's ``check()`` runs the same)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass

from sharpbits import pincache, verdict
from sharpbits.listing import next_kata
from sharpbits.progress import Progress, now
from sharpbits.registry import Kata
from sharpbits.runner import KataRun, run_kata
from sharpbits.style import Style
from sharpbits.warm import Warm
from sharpbits.workspace import Workspace, given_edit


@dataclass(frozen=True)
class CheckResult:
    kata: Kata
    run: KataRun

    @property
    def passed(self) -> bool:
        return self.run.status == "passed"


def run_check(
    workspace: Workspace,
    kata: Kata,
    *,
    perf: bool = True,
    style: Style | None = None,
    warm: Warm | None = None,
) -> CheckResult:
    """Run *kata*'s tests on the workspace's kata.py and record the outcome (*warm*: an
    interpreter started ahead for this kata, see warm.Warm)."""
    if style is not None and style.enabled:  # a terminal: say what the wait is for
        style.print(style(f"Running the tests of {kata.id}…", "dim"))
    run = run_fast(workspace, kata, perf=perf, warm=warm)
    result = CheckResult(kata, run)
    progress = Progress.load(workspace.state_dir)
    record(progress, kata, run)
    progress.save()
    return result


def run_fast(
    workspace: Workspace, kata: Kata, *, perf: bool = True, warm: Warm | None = None
) -> KataRun:
    """Run *kata* as a full run would judge it, skipping the pins already seen to hold on this
    kata.py's GIVEN code and these versions (pincache); *warm*: a started interpreter."""
    try:
        text = (kata.path / "kata.py").read_text(encoding="utf-8")
    except (OSError, ValueError):
        text = None  # the run says what is wrong with it
    pins = pincache.lookup(workspace.state_dir, kata, text) if text is not None else None
    markexpr = None if perf else "not perf"
    keyword = pincache.NO_PINS if pins is not None else None
    run = run_kata(kata, markexpr=markexpr, keyword=keyword, warm=warm)
    if pins is not None:
        return pincache.merged(run, pins)
    if text is not None:
        pincache.remember(workspace.state_dir, kata, run, text)
    return run


def record(progress: Progress, kata: Kata, run: KataRun) -> None:
    entry = progress.of(kata.id)
    entry.checks += 1
    entry.last_checked = now()
    entry.kata_sha256 = kata_digest(kata)
    if run.status == "passed":
        entry.status = "passed"
        entry.first_passed = entry.first_passed or entry.last_checked
        entry.first_failure = {}
        return
    entry.status = "failing"
    failing = run.failing_fixes
    first = failing[0] if failing else None
    entry.first_failure = {
        "tests": [t.base_name for t in failing],
        "exceptions": [t.exception_name for t in failing],
        "status": run.status,
        "exception": first.exception if first else "",
        "line": first.kata_line if first else None,
    }


def kata_digest(kata: Kata) -> str:
    path = kata.path / "kata.py"
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def show(result: CheckResult, workspace: Workspace, style: Style) -> None:
    kata = result.kata
    lines = verdict.render(
        kata,
        result.run,
        style,
        where=workspace.display(kata.path / "kata.py"),
        lesson=workspace.display(kata.path / "README.md"),
        given_edited=given_edit(kata),
    )
    for line in lines:
        style.print(line)


def check_many(
    workspace: Workspace, katas: Iterable[Kata], style: Style, *, perf: bool = True
) -> list[CheckResult]:
    """Check several katas, one per core at a time, printing each verdict in catalog order."""
    from concurrent.futures import ThreadPoolExecutor

    katas = list(katas)
    results = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        futures = [pool.submit(run_fast, workspace, k, perf=perf) for k in katas]
        progress = Progress.load(workspace.state_dir)
        for kata, future in zip(katas, futures, strict=True):
            result = CheckResult(kata, future.result())
            record(progress, kata, result.run)
            progress.save()
            show(result, workspace, style)
            style.print()
            results.append(result)
    return results


def suggest_next(workspace: Workspace, kata: Kata, style: Style) -> None:
    following = next_kata(workspace)
    if following is None:
        style.print(style("  Every kata passes. Well done!", "green"))
    else:
        style.print(f"  Next: {following.id} · {following.title}")
        style.print(f"  Run {style.command('check', f'{following.number:02d}')}.")
    style.print(f"  Compare with the reference: {style.command('solution', f'{kata.number:02d}')}.")

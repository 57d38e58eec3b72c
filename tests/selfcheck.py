"""Runs every kata four ways through the shared runner, concurrently, once per session.

- as shipped (the learner's starting kata.py),
- against the reference solution, staged and run as `sharpbits grade --jobs 2` runs a
  submission (isolated, sandboxed where bubblewrap works, one thread),
- against each known-wrong fix in tests/known_wrong/NN_slug/*.py: the reference kata.py with
  the wrong fix's definitions appended, so each file holds only what it gets wrong; only the
  tests its CAUGHT_BY names run (all of them if it names none): they must fail;
- against each known-right fix in tests/known_right/NN_slug/*.py, built the same way: another
  correct way of writing the fix (vmap for a loop, scan for fori_loop, ...), which every fix
  test must accept (its pins are the reference's: the GIVEN section is the same).

The known fixes run in warm interpreters (warm.Warm, as `sharpbits watch` runs a save),
forked from a zygote that has imported the libraries once (sharpbits.zygote), so every one
of their expected verdicts is also a proof that a warm, forked run judges as a fresh one.

While writing a kata, check just that one (its entry may still sit in a file of its own):

    python -m tests.selfcheck 08_inplace_updates [--entry path/to/entry.toml]

or every kata, printing only the problems (as .ci/noxfile.py runs it on each version):

    python -m tests.selfcheck --no-perf --quiet
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import os
import queue
import shutil
import sys
import tempfile
import tomllib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sharpbits import pysource
from sharpbits.loader import Source
from sharpbits.registry import Kata, load_catalog, parse_entry, solutions_root
from sharpbits.runner import Isolation, KataRun, run_kata
from sharpbits.sandbox import find_sandbox
from sharpbits.warm import Warm
from sharpbits.zygote import Zygote

KNOWN_WRONG = Path(__file__).resolve().parent / "known_wrong"
KNOWN_RIGHT = Path(__file__).resolve().parent / "known_right"
# Speed checks compare timings; they run alone (see test_selfcheck), not beside other jobs.
NOT_PERF = "not perf"
# The pins depend on the GIVEN section alone, which a known fix never touches (it is the
# reference's, byte for byte): the shipped and reference runs prove them once per kata.
NO_PINS = "not test_pitfall_"


@dataclass(frozen=True)
class Fix:
    """A known-wrong or known-right fix: definitions appended to the reference kata.py."""

    kata_id: str
    name: str
    path: Path

    @property
    def caught_by(self) -> tuple[str, ...]:
        tree = pysource.parse(self.path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "CAUGHT_BY" for t in node.targets
            ):
                return tuple(ast.literal_eval(node.value))
        return ()

    def build(self, root: Path) -> Path:
        """Write ROOT/NAME/KATA_ID/kata.py = reference + this fix; return ROOT/NAME."""
        reference = (solutions_root() / self.kata_id / "kata.py").read_text(encoding="utf-8")
        override = self.path.read_text(encoding="utf-8")
        target = root / self.name / self.kata_id
        target.mkdir(parents=True)
        kind = self.path.parent.parent.name.replace("_", "-")  # known-wrong / known-right
        (target / "kata.py").write_text(
            f"{reference}\n\n# --- {kind} fix: {self.path.name} ---\n{override}",
            encoding="utf-8",
        )
        return root / self.name


def wrong_fixes(kata_id: str) -> list[Fix]:
    folder = KNOWN_WRONG / kata_id
    return [Fix(kata_id, p.stem, p) for p in sorted(folder.glob("*.py"))]


def right_fixes(kata_id: str) -> list[Fix]:
    folder = KNOWN_RIGHT / kata_id
    return [Fix(kata_id, p.stem, p) for p in sorted(folder.glob("*.py"))]


@dataclass
class SelfCheck:
    shipped: dict[str, KataRun]
    reference: dict[str, KataRun]
    wrong: dict[tuple[str, str], KataRun]
    right: dict[tuple[str, str], KataRun]


def run_selfcheck(katas: tuple[Kata, ...]) -> SelfCheck:
    jobs: dict[tuple[str, str, str], tuple[Kata, Source, str | None]] = {}
    workers = os.cpu_count() or 2
    with tempfile.TemporaryDirectory(prefix="sharpbits-selfcheck-") as tmp:
        # The reference runs as `sharpbits grade --jobs N` runs a submission: staged, isolated,
        # sandboxed where bubblewrap works, one thread each; the grading tests then need not
        # grade every reference again.
        staged = Path(tmp) / "reference"
        for kata in katas:
            (staged / kata.id).mkdir(parents=True)
            shutil.copyfile(solutions_root() / kata.id / "kata.py", staged / kata.id / "kata.py")
        graded = Isolation(threads=max(1, (os.cpu_count() or 1) // workers),
                           sandbox=find_sandbox("auto")[0], scratch=Path(tmp))  # fmt: skip
        for kata in katas:
            jobs["shipped", kata.id, ""] = (kata, Source("workspace"), None)
            jobs["reference", kata.id, ""] = (kata, Source("submission", staged), None)
            for fix in right_fixes(kata.id):  # a right fix must pass every fix test
                root = fix.build(Path(tmp) / "right" / kata.id)
                jobs["right", kata.id, fix.name] = (kata, Source("submission", root), NO_PINS)
            for fix in wrong_fixes(kata.id):  # a wrong fix must fail the tests it names
                root = fix.build(Path(tmp) / "wrong" / kata.id)
                only = " or ".join(fix.caught_by) or None
                jobs["wrong", kata.id, fix.name] = (kata, Source("submission", root), only)

        # One zygote per worker: the known fixes' warm interpreters are forked from it.
        zygotes: queue.SimpleQueue[Zygote] = queue.SimpleQueue()

        def run(kind: str, kata: Kata, source: Source, only: str | None) -> KataRun:
            if kind == "reference":
                return run_kata(kata, source, markexpr=NOT_PERF, isolation=graded)
            if kind == "shipped":
                return run_kata(kata, source, markexpr=NOT_PERF)
            # The known fixes run in warm interpreters, as `watch` runs a learner's saves:
            # their verdicts prove a warm run judges as a fresh one does.
            zygote = zygotes.get()
            try:
                warm = Warm(kata, source, zygote)
                return run_kata(kata, source, markexpr=NOT_PERF, keyword=only, warm=warm)
            finally:
                zygotes.put(zygote)

        with contextlib.ExitStack() as stack:
            for _ in range(workers):
                zygotes.put(stack.enter_context(Zygote(katas[0].path.parent.parent)))
            with ThreadPoolExecutor(max_workers=workers) as pool:
                futures = {
                    key: pool.submit(run, key[0], kata, source, only)
                    for key, (kata, source, only) in jobs.items()
                }
                runs = {key: future.result() for key, future in futures.items()}
    return SelfCheck(
        shipped={k[1]: r for k, r in runs.items() if k[0] == "shipped"},
        reference={k[1]: r for k, r in runs.items() if k[0] == "reference"},
        wrong={(k[1], k[2]): r for k, r in runs.items() if k[0] == "wrong"},
        right={(k[1], k[2]): r for k, r in runs.items() if k[0] == "right"},
    )


def explain(run: KataRun) -> str:
    lines = [f"{t.outcome:7} {t.name}: {t.message[:200]}" for t in run.tests]
    return f"[{run.status}]\n" + "\n".join(lines) + f"\n--- output tail ---\n{run.output}"


def shipped_problems(kata_id: str, run: KataRun) -> list[str]:
    if not run.pitfalls:
        return [f"{kata_id} has no test_pitfall_* test"]
    broken = [t.name for t in run.pitfalls if t.outcome != "passed"]
    if broken:
        return [f"{kata_id}: pitfall pins fail as shipped: {broken}"]
    if not run.failing_fixes:
        return [f"{kata_id} passes as shipped: nothing to fix"]
    return []


def reference_problems(kata_id: str, run: KataRun) -> list[str]:
    if run.status == "passed" and run.tests:
        return []
    return [f"{kata_id}: the reference solution does not pass every test"]


def wrong_problems(fix: Fix, run: KataRun) -> list[str]:
    where = f"{fix.kata_id}/{fix.name}"
    if run.status != "failed":
        return [f"{where} is not rejected (status {run.status})"]
    problems = [f"{where}: pin {t.name} {t.outcome}" for t in run.pitfalls if t.outcome != "passed"]
    problems += [
        f"{where} should fail {name} but it {run.outcome(name)}"
        for name in fix.caught_by
        if run.outcome(name) != "failed"
    ]
    return problems


def right_problems(fix: Fix, run: KataRun) -> list[str]:
    if run.status == "passed" and run.tests:
        return []
    failing = [t.name for t in run.tests if t.outcome != "passed"]
    return [f"{fix.kata_id}/{fix.name} is a right fix but is rejected: {failing or run.status}"]


def _kata(kata_id: str, entry: Path | None) -> Kata:
    root = KNOWN_WRONG.parent.parent / "katas"
    if entry is None:
        return next(k for k in load_catalog(root) if k.id == kata_id)
    (table,) = tomllib.loads(entry.read_text(encoding="utf-8"))["kata"]
    return parse_entry(table, root, entry)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.selfcheck", description=__doc__)
    every = "folder names, e.g. 08_inplace_updates (none: every kata)"
    parser.add_argument("kata_ids", nargs="*", metavar="kata_id", help=every)
    parser.add_argument("--entry", type=Path, help="a TOML file holding the kata's [[kata]]")
    parser.add_argument("--no-perf", action="store_true", help="skip the speed checks")
    parser.add_argument("--quiet", action="store_true", help="print only the problems")
    args = parser.parse_args(argv)
    if args.entry and len(args.kata_ids) != 1:
        parser.error("--entry goes with exactly one kata_id")
    if args.kata_ids:
        katas = tuple(_kata(kata_id, args.entry) for kata_id in args.kata_ids)
    else:
        katas = load_catalog(KNOWN_WRONG.parent.parent / "katas")
    result = run_selfcheck(katas)
    problems: list[str] = []
    for kata in katas:
        problems += _check_one(kata, result, perf=not args.no_perf, quiet=args.quiet)
    passed = f"self-check passed: {', '.join(k.id for k in katas)}"
    print("\n".join(problems) or passed)
    return 1 if problems else 0


def _check_one(kata: Kata, result: SelfCheck, *, perf: bool, quiet: bool) -> list[str]:
    def show(name: str, run: KataRun, found: list[str]) -> None:
        if found or not quiet:
            print(f"== {kata.id} {name}: {'ok' if not found else 'PROBLEM'}\n{explain(run)}\n")

    fixes = wrong_fixes(kata.id)
    checked = [
        ("shipped", result.shipped[kata.id], shipped_problems),
        ("reference", result.reference[kata.id], reference_problems),
    ]
    problems: list[str] = []
    for name, run, judge in checked:
        found = judge(kata.id, run)
        show(name, run, found)
        problems += found
    for fix in fixes:
        run = result.wrong[kata.id, fix.name]
        found = wrong_problems(fix, run)
        show(f"wrong/{fix.name}", run, found)
        problems += found
    for fix in right_fixes(kata.id):
        run = result.right[kata.id, fix.name]
        found = right_problems(fix, run)
        show(f"right/{fix.name}", run, found)
        problems += found
    if perf and kata.has_perf_tests:
        speed = run_kata(kata, Source("solutions"), markexpr="perf")
        if speed.status != "passed":
            problems.append(f"{kata.id}: the reference fails its speed check run alone")
    if len(fixes) < 2:
        problems.append(f"{kata.id}: fewer than two known-wrong fixes")
    return problems


if __name__ == "__main__":
    sys.exit(main())

"""``python -m tests.mutation [KATA ...] [--jobs N] [--list]``: see the package docstring."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from sharpbits.errors import SharpbitsError
from sharpbits.registry import Kata, find_kata, load_catalog, solutions_root

from . import __doc__ as ABOUT
from . import equivalents
from .mutants import list_mutants
from .run import BaselineFailed, KataMutation, run_mutation
from .table import update, versions
from .trial import REPO


def _katas(ids: list[str]) -> list[Kata]:
    root = REPO / "katas"
    return [find_kata(i, root) for i in ids] if ids else list(load_catalog(root))


def _report(result: KataMutation) -> list[str]:
    lines = [
        f"== {result.kata_id}: {result.mutants} mutants, {result.killed} killed, "
        f"{len(result.equivalent)} equivalent, {len(result.survived)} survived, "
        f"{len(result.errors)} errors ({result.seconds:.0f} s)"
    ]
    lines += [f"  SURVIVED {m.describe()}" for m in result.survived]
    lines += [f"  ERROR {m.describe()}\n    {why}" for m, why in result.errors]
    lines += [
        f"  LISTED AS EQUIVALENT BUT KILLED: {e.function}: {e.before} -> {e.after}"
        for e in result.listed_but_killed
    ]
    lines += [
        f"  LISTED BUT NO SUCH MUTANT (stale): {e.function}: {e.before} -> {e.after}"
        for e in result.listed_but_absent
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.mutation",
        description=ABOUT,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("katas", nargs="*", help="kata ids (08, 08_inplace_updates); all if none")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 2, help="mutants run at a time"
    )
    parser.add_argument("--list", action="store_true", help="list the mutants; run nothing")
    parser.add_argument(
        "--no-readme", action="store_true", help="do not write the results into README.md"
    )
    args = parser.parse_args(argv)
    try:
        katas = _katas(args.katas)
    except SharpbitsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.list:
        with tempfile.TemporaryDirectory() as tmp:
            for kata in katas:
                scratch = Path(tmp) / kata.id
                scratch.mkdir()
                for mutant in list_mutants(solutions_root() / kata.id / "kata.py", scratch):
                    print(f"{kata.id} {mutant.describe()}")
        return 0
    results: list[KataMutation] = []
    for kata in katas:
        equivalents.load(kata.id)  # a broken equivalents file stops us before hours of work
        try:
            result = run_mutation(kata, args.jobs)
        except BaselineFailed as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        results.append(result)
        print("\n".join(_report(result)), flush=True)
        if not args.no_readme:  # kata by kata: a run stopped halfway keeps what it measured
            update(REPO / "README.md", [result])
            print(f"README.md: {kata.id}'s row updated ({versions()})", flush=True)
    return 0 if all(r.clean for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())

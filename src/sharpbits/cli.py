"""The `sharpbits` command: argument parsing only. Each verb lives in its own module; errors
from below arrive as SharpbitsError and become one line on stderr and exit status 2."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sharpbits import __version__
from sharpbits.errors import SharpbitsError
from sharpbits.style import Style
from sharpbits.workspace import Workspace, WorkspaceError, find_workspace

if TYPE_CHECKING:
    from sharpbits.assignment import Assignment

PASSED, FAILED, ERROR, INTERRUPTED = 0, 1, 2, 130


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sharpbits",
        description="Katas for the sharp bits of JIT compilation in Numba and JAX. "
        "Without a command: your progress and the next kata.",
    )
    parser.add_argument("--version", action="version", version=f"sharpbits {__version__}")
    parser.add_argument(
        "-C",
        "--workspace",
        metavar="DIR",
        type=Path,
        help="the workspace (default: found from here)",
    )
    verbs = parser.add_subparsers(dest="verb", metavar="COMMAND")

    check = verbs.add_parser("check", help="run a kata's tests and show what to fix")
    check.add_argument("kata", nargs="?", help="03, 3, 03_impure or impure (default: the next one)")
    check.add_argument("--all", action="store_true", help="check every kata")
    check.add_argument("--no-perf", action="store_true", help="skip speed checks (busy machine)")

    verbs.add_parser("list", help="every kata: status, the pitfalls it covers, its title")

    hint = verbs.add_parser("hint", help="the next hint for what your kata.py raises")
    hint.add_argument("kata")

    watch = verbs.add_parser("watch", help="check again on every save; move on when it passes")
    watch.add_argument("kata", nargs="?", help="where to start (default: the next one)")
    watch.add_argument("--no-perf", action="store_true", help="skip speed checks (busy machine)")

    reset = verbs.add_parser("reset", help="restore a kata's pristine kata.py (yours is kept)")
    reset.add_argument("kata")
    reset.add_argument("-y", "--yes", action="store_true", help="do not ask before overwriting")
    reset.add_argument("--given", action="store_true",
                       help="restore only the GIVEN section; keep your code")  # fmt: skip

    solution = verbs.add_parser("solution", help="show the reference once the kata passes")
    solution.add_argument("kata")
    solution.add_argument("--force", action="store_true", help="show it anyway (recorded)")

    init = verbs.add_parser("init", help="create a fresh learner workspace in DIR")
    init.add_argument("dir", type=Path)

    grade = verbs.add_parser("grade", help="grade submissions with the trusted tests (trainers)")
    grade.add_argument("paths", nargs="+", type=Path, metavar="PATH",
                       help="a submission (folder, .zip, .tar.gz) or a folder of them")  # fmt: skip
    grade.add_argument("-o", "--out", type=Path, default=Path("sharpbits-grades"),
                       help="folder for the gradebook and reports (%(default)s)")  # fmt: skip
    grade.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                       help="runs at a time (default: the CPU count, %(default)s)")  # fmt: skip
    grade.add_argument("--timeout", type=float, help="seconds per kata (default: katas.toml)")
    grade.add_argument("--memory", type=int, default=4096, metavar="MB",
                       help="memory limit per run (default: %(default)s MB)")  # fmt: skip
    chosen = grade.add_mutually_exclusive_group()
    chosen.add_argument("--katas", metavar="IDS",
                        help="grade only these katas: ids and ranges, e.g. 01-07,12")  # fmt: skip
    chosen.add_argument("--assignment", type=Path, metavar="FILE.toml",
                        help="grade an assignment file: its katas and points")  # fmt: skip
    grade.add_argument("--no-perf", action="store_true", help="skip the speed checks")
    grade.add_argument("--details", action="store_true",
                       help="print one row per kata, with why it failed")  # fmt: skip
    grade.add_argument("--regrade", action="store_true", help="grade again what is graded")
    grade.add_argument("--unverified-versions", action="store_true",
                       help="grade even on jax/numba/numpy versions outside the verified range "
                       "(README \"Tested versions\"): the report says so")  # fmt: skip
    grade.add_argument("--sandbox", choices=["auto", "require", "off"], default="auto",
                       help="run each kata in a bubblewrap sandbox: auto (when bwrap works "
                       "here, else say so), require (else stop), off (%(default)s)")  # fmt: skip
    for flag, what in (
        ("csv", "CSV gradebook"),
        ("json", "versioned JSON"),
        ("junit", "JUnit XML"),
        ("gradescope", "Gradescope results.json"),
    ):
        grade.add_argument(f"--{flag}", nargs="?", const=True, type=Path, metavar="FILE",
                           help=f"write the {what} (default: in the --out folder)")  # fmt: skip

    bundle = verbs.add_parser("gradescope-bundle", help="write a Gradescope autograder .zip")
    bundle.add_argument("target", type=Path, metavar="OUT.zip")
    bundle.add_argument("--assignment", type=Path, metavar="FILE.toml",
                        help="grade this assignment file: its katas and points "
                        "(default: every kata)")  # fmt: skip
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    style = Style(sys.stdout)
    try:
        return _dispatch(args, style)
    except SharpbitsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return ERROR
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return INTERRUPTED
    except BrokenPipeError:  # `sharpbits | head`: the reader left; leave quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return FAILED


def _dispatch(args: argparse.Namespace, style: Style) -> int:
    if args.verb == "init":
        return _init(args.dir, style)
    if args.verb == "grade":
        return _grade(args, style)
    if args.verb == "gradescope-bundle":
        from sharpbits.bundle import write_bundle

        bundle = write_bundle(args.target, args.assignment)
        style.print(f"Wrote {bundle.describe()}: upload it as the Gradescope autograder.")
        return PASSED
    workspace = find_workspace(args.workspace)
    if args.verb is None:
        from sharpbits.overview import overview

        overview(workspace, style)
        return PASSED
    if args.verb == "check":
        return _check(workspace, args, style)
    if args.verb == "list":
        from sharpbits.listing import list_katas

        list_katas(workspace, style)
        return PASSED
    if args.verb == "hint":
        from sharpbits.hints import give_hint

        give_hint(workspace, workspace.kata(args.kata), style)
        return PASSED
    if args.verb == "watch":
        from sharpbits.watching import watch

        start = workspace.kata(args.kata) if args.kata else None
        watch(workspace, start, style, perf=not args.no_perf)
        return PASSED
    if args.verb == "reset":
        return _reset(workspace, args.kata, args.yes, style, given_only=args.given)
    if args.verb == "solution":
        from sharpbits.solution import show_solution

        show_solution(workspace, workspace.kata(args.kata), style, force=args.force)
        return PASSED
    raise AssertionError(args.verb)


def _check(workspace: Workspace, args: argparse.Namespace, style: Style) -> int:
    from sharpbits.checking import check_many, run_check, show, suggest_next
    from sharpbits.listing import next_kata

    perf = not args.no_perf
    if args.all:
        results = check_many(workspace, workspace.catalog(), style, perf=perf)
        passed = sum(r.passed for r in results)
        style.print(style(f"{passed} of {len(results)} katas pass.", "bold"))
        return PASSED if passed == len(results) else FAILED
    kata = workspace.kata(args.kata) if args.kata else next_kata(workspace)
    if kata is None:
        style.print("Every kata passes. Check one again with `sharpbits check NN`.")
        return PASSED
    result = run_check(workspace, kata, perf=perf, style=style)
    show(result, workspace, style)
    if result.passed:
        suggest_next(workspace, kata, style)
    return PASSED if result.passed else FAILED


def _reset(workspace: Workspace, query: str, yes: bool, style: Style, *, given_only: bool) -> int:
    from sharpbits.workspace import reset_kata

    kata = workspace.kata(query)
    where = workspace.display(kata.path / "kata.py")
    what = f"the GIVEN section of {where}" if given_only else where
    if not yes:
        if not sys.stdin.isatty():
            msg = f"not resetting {where} without confirmation: pass --yes"
            raise WorkspaceError(msg)
        answer = input(f"Restore {what} as shipped? Your file is kept as a backup. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            style.print("Nothing changed.")
            return FAILED
    saved = reset_kata(workspace, kata, workspace.state_dir / "backups", given_only=given_only)
    if saved is None:
        style.print(f"{what} is already as shipped: nothing changed.")
    elif saved == kata.path / "kata.py":
        style.print(f"Restored {what}.")
    else:
        style.print(f"Restored {what}; your previous file is in {workspace.display(saved)}.")
    return PASSED


def _grade(args: argparse.Namespace, style: Style) -> int:
    """Grade; exit 0 whatever the learners' results (non-zero only if grading could not run)."""
    from sharpbits import versions
    from sharpbits.grade import Outputs, grade_command
    from sharpbits.grading import GradeOptions

    if args.jobs < 1 or (args.timeout is not None and args.timeout <= 0) or args.memory < 256:
        raise SharpbitsError("--jobs must be at least 1, --timeout positive, --memory >= 256 MB")
    outside = versions.outside_range()
    if outside and not args.unverified_versions:
        msg = (
            f"refusing to grade on {', '.join(outside)}: the katas' verdicts are verified only "
            'in that range (README "Tested versions"); install a verified version, or pass '
            "--unverified-versions to grade anyway"
        )
        raise SharpbitsError(msg)
    out: Path = args.out

    def where(value: Path | bool | None, default: str) -> Path | None:
        return out / default if value is True else value or None

    outputs = Outputs(
        out,
        where(args.csv, "gradebook.csv"),
        where(args.json, "grades.json"),
        where(args.junit, "junit.xml"),
        where(args.gradescope, "gradescope"),
        args.details,
    )
    options = GradeOptions(
        args.jobs, args.timeout, args.memory, not args.no_perf, args.regrade, args.sandbox
    )
    grade_command(args.paths, outputs, options, style, _assignment(args))
    return PASSED


def _assignment(args: argparse.Namespace) -> Assignment:
    from sharpbits.assignment import load_assignment, select, whole_catalog

    if args.assignment:
        return load_assignment(args.assignment)
    if args.katas:
        return select(args.katas)
    return whole_catalog()


def _init(target: Path, style: Style) -> int:
    from sharpbits.workspace import init_workspace

    workspace = init_workspace(target)
    style.print(style(f"Created a sharpbits workspace in {workspace.root}", "bold"))
    style.print(f"  cd {target} && sharpbits      # your progress and the first kata")
    return PASSED

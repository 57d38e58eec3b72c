"""`sharpbits hint KATA`: the next hint, chosen by what the latest run of the learner's code did.

A learner walks one sequence: the tiers of the [[kata.hints_on]] rule that matches the latest
run (gentlest first), then the kata's general tiers not shown yet, then a pointer to the lesson
and to `sharpbits solution`. A kata.py that does not import gets the import hints first, whatever
rule its test names would match.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from sharpbits.checking import kata_digest, run_check
from sharpbits.progress import KataProgress, Progress
from sharpbits.registry import Kata
from sharpbits.style import Style
from sharpbits.workspace import Workspace

GENERAL = "general"
NOT_IMPORTABLE = "does-not-import"
IMPORT_HINTS = (
    "Python stops at the first line it cannot read or run, so none of the kata's tests could "
    "start. The error above names the line: fix that one first (a missing bracket or colon, "
    "an indent, a name used before it is defined).",
    "`python {path}` shows Python's own message for it. If you would rather start over, "
    "`sharpbits reset {number}` restores the shipped kata.py and keeps yours as a backup.",
)


@dataclass(frozen=True)
class Hint:
    key: str  # the rule's key, "general" or "does-not-import"
    text: str  # "" once every tier was shown
    number: int  # 1-based place in the learner's sequence
    total: int


def choose_rule(kata: Kata, failure: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """(key, tiers) for the latest run's failure: the import hints when kata.py did not import;
    else the first [[kata.hints_on]] rule matching a failing fix test, by the exception it raised
    or by its name, the tests taken in the order pytest ran them; else no keyed tiers."""
    tests, raised = failure.get("tests", []), failure.get("exceptions", [])
    if "KataNotImportable" in raised:
        return NOT_IMPORTABLE, IMPORT_HINTS
    for test, exception in zip(tests, raised, strict=False):
        for rule in kata.hints_on:
            if rule.raised == exception or rule.failing == test:
                return rule.key, rule.hints
    return GENERAL, ()


def next_hint(kata: Kata, entry: KataProgress) -> Hint:
    """The next hint of the sequence for *entry*'s latest failure (no state is changed)."""
    key, keyed = choose_rule(kata, entry.first_failure)
    keyed_shown = entry.hints_shown.get(key, 0) if key != GENERAL else 0
    general_shown = entry.hints_shown.get(GENERAL, 0)
    total = len(keyed) + len(kata.hints)
    if keyed_shown < len(keyed):
        text = keyed[keyed_shown]
    elif general_shown < len(kata.hints):
        key, text = GENERAL, kata.hints[general_shown]
    else:
        return Hint(key, "", total, total)
    return Hint(key, text, min(len(keyed), keyed_shown) + general_shown + 1, total)


def give_hint(workspace: Workspace, kata: Kata, style: Style) -> None:
    progress = Progress.load(workspace.state_dir)
    entry = progress.of(kata.id)
    if entry.checks == 0 or entry.kata_sha256 != kata_digest(kata):
        style.print(style("Checking your kata.py first, to see what it raises…", "dim"))
        run_check(workspace, kata)
        progress = Progress.load(workspace.state_dir)
        entry = progress.of(kata.id)
    number = f"{kata.number:02d}"
    lesson = workspace.display(kata.path / "README.md")
    if entry.status == "passed":
        style.print(f"{kata.id} passes already: no hint needed.")
        style.print(f"Compare with the reference: `sharpbits solution {number}`.")
        return
    hint = next_hint(kata, entry)
    if not hint.text:
        style.print(style(f"No more hints for {kata.id}: that was all {hint.total}.", "bold"))
        style.print(
            f"  Read the Rules in {lesson} once more, and the failing test in test_kata.py."
        )
        style.print(f"  Once it passes, `sharpbits solution {number}` shows the reference;")
        style.print(
            f"  `sharpbits solution {number} --force` shows it now (your trainer sees that)."
        )
        return
    about = _about(entry.first_failure, hint.key, workspace, kata)
    style.print(style(f"Hint {hint.number} of {hint.total} for {kata.id}{about}", "bold"))
    where = workspace.display(kata.path / "kata.py")
    text = hint.text.format(path=where, number=number) if hint.key == NOT_IMPORTABLE else hint.text
    for paragraph in text.split("\n\n"):
        style.print(textwrap.fill(paragraph, width=88, initial_indent="  ", subsequent_indent="  "))
    if hint.number < hint.total:
        style.print(style(f"More: run `sharpbits hint {number}` again.", "dim"))
    else:
        style.print(style(f"That was the last hint; the rules are in {lesson}.", "dim"))
    entry.hints_shown[hint.key] = entry.hints_shown.get(hint.key, 0) + 1
    progress.save()


def _about(failure: dict[str, Any], key: str, workspace: Workspace, kata: Kata) -> str:
    if any(rule.failing == key for rule in kata.hints_on):
        return f" ({key} fails)"
    if key == GENERAL or not failure.get("exception"):
        return ""
    where = ""
    if failure.get("line"):
        where = f" at {workspace.display(kata.path / 'kata.py')}:{failure['line']}"
    name = str(failure["exception"]).rsplit(".", 1)[-1]
    if key == NOT_IMPORTABLE:
        return f" (kata.py does not import{where})"
    return f" (your code raised {name}{where})"

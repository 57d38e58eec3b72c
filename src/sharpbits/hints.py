"""`sharpbits hint KATA`: the next tier of hints, chosen by what the learner's code raised."""

from __future__ import annotations

import textwrap
from typing import Any

from sharpbits.checking import kata_digest, run_check
from sharpbits.progress import Progress
from sharpbits.registry import Kata
from sharpbits.style import Style
from sharpbits.workspace import Workspace


def choose_hints(kata: Kata, failure: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    """(key, tiers) for the first failing test that a [[kata.hints_on]] rule matches, by the
    exception it raised or by its name; the kata's general hints when none does."""
    for test, raised in zip(failure.get("tests", []), failure.get("exceptions", []), strict=False):
        for rule in kata.hints_on:
            if rule.raised == raised or rule.failing == test:
                return rule.key, rule.hints
    return "general", kata.hints


def give_hint(workspace: Workspace, kata: Kata, style: Style) -> None:
    progress = Progress.load(workspace.state_dir)
    entry = progress.of(kata.id)
    if entry.checks == 0 or entry.kata_sha256 != kata_digest(kata):
        style.print(style("Checking your kata.py first, to see what it raises…", "dim"))
        run_check(workspace, kata)
        progress = Progress.load(workspace.state_dir)
        entry = progress.of(kata.id)
    number = f"{kata.number:02d}"
    if entry.status == "passed":
        style.print(f"{kata.id} passes already: no hint needed.")
        style.print(f"Compare with the reference: `sharpbits solution {number}`.")
        return
    key, tiers = choose_hints(kata, entry.first_failure)
    shown = entry.hints_shown.get(key, 0)
    tier = min(shown, len(tiers) - 1)
    about = _about(entry.first_failure, key, workspace, kata)
    style.print(style(f"Hint {tier + 1} of {len(tiers)} for {kata.id}{about}", "bold"))
    for paragraph in tiers[tier].split("\n\n"):
        style.print(textwrap.fill(paragraph, width=88, initial_indent="  ", subsequent_indent="  "))
    if tier + 1 < len(tiers):
        style.print(style(f"More: run `sharpbits hint {number}` again.", "dim"))
    else:
        lesson = workspace.display(kata.path / "README.md")
        style.print(style(f"That was the last hint for this; the rules are in {lesson}.", "dim"))
    entry.hints_shown[key] = shown + 1
    progress.save()


def _about(failure: dict[str, Any], key: str, workspace: Workspace, kata: Kata) -> str:
    if any(rule.failing == key for rule in kata.hints_on):
        return f" ({key} fails)"
    if key == "general" or not failure.get("exception"):
        return ""
    where = ""
    if failure.get("line"):
        where = f" at {workspace.display(kata.path / 'kata.py')}:{failure['line']}"
    name = str(failure["exception"]).rsplit(".", 1)[-1]
    return f" (your code raised {name}{where})"

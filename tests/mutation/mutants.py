"""The mutants of a kata's reference solution: cosmic-ray's, restricted to the learner's part.

cosmic-ray rewrites the file on disk for each mutant (no trampoline around the function), so
numba's ``@njit`` and ``jax.jit`` compile the mutated code exactly as they would a learner's.
Its work items cover the whole module; the ones outside the solution section (imports, the
GIVEN code) are marked skipped in the session before anything runs.

A mutant is named by what it changes, not by cosmic-ray's occurrence number (which shifts
whenever the file changes): the function it is in, the operator, and the source lines before
and after. That name is what the equivalents files list.
"""

from __future__ import annotations

import ast
import difflib
from dataclasses import dataclass
from pathlib import Path

from cosmic_ray.commands import init
from cosmic_ray.mutating import mutate_code
from cosmic_ray.plugins import get_operator
from cosmic_ray.work_db import WorkDB
from cosmic_ray.work_item import WorkerOutcome, WorkItem, WorkResult

SOLUTION_MARKER = "# --- SOLUTION"


@dataclass(frozen=True)
class Mutant:
    job_id: str
    operator: str
    occurrence: int
    line: int  # 1-based line of the change in the reference
    function: str  # the enclosing definition, e.g. "histogram" or "Standardizer.fit"
    before: str  # the changed source lines, stripped, joined with " / "
    after: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.function, self.operator, self.before, self.after)

    def describe(self) -> str:
        after = self.after or "(removed)"
        return f"line {self.line} in {self.function}: {self.before}  ->  {after}  [{self.operator}]"


def solution_start(source: str, path: Path) -> int:
    """The 1-based line of the solution marker: mutants start below it."""
    for number, line in enumerate(source.splitlines(), start=1):
        if line.startswith(SOLUTION_MARKER):
            return number
    msg = f"{path} has no '{SOLUTION_MARKER}' line: nothing marks the learner's part"
    raise ValueError(msg)


def _definitions(source: str) -> list[tuple[int, int, str]]:
    """(first line incl. decorators, last line, qualified name) of every def and class."""
    found: list[tuple[int, int, str]] = []

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                first = min([d.lineno for d in node.decorator_list] + [node.lineno])
                name = f"{prefix}{node.name}"
                found.append((first, node.end_lineno or node.lineno, name))
                visit(node.body, f"{name}.")

    visit(ast.parse(source).body, "")
    return found


def _enclosing(definitions: list[tuple[int, int, str]], line: int) -> str:
    inside = [d for d in definitions if d[0] <= line <= d[1]]
    return max(inside, key=lambda d: d[0])[2] if inside else "<module>"


def _change(source: str, mutated: str) -> tuple[int, str, str]:
    """The first changed line of code (1-based), and the code lines before and after."""
    old, new = source.splitlines(), mutated.splitlines()
    first = 0
    before: list[str] = []
    after: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag != "equal":
            code = _code(old[i1:i2])
            if code and not first:
                first = i1 + 1 + [s.strip() for s in old[i1:i2]].index(code[0])
            before += code
            after += _code(new[j1:j2])
    return first, " / ".join(before), " / ".join(after)


def _code(lines: list[str]) -> list[str]:
    """The lines that hold code (a removed decorator takes its leading comments with it)."""
    stripped = (line.strip() for line in lines)
    return [line for line in stripped if line and not line.startswith("#")]


def describe(item: WorkItem, source: str, definitions: list[tuple[int, int, str]]) -> Mutant:
    (spec,) = item.mutations
    operator = get_operator(spec.operator_name)(**(spec.operator_args or {}))
    mutated = mutate_code(source, operator, spec.occurrence)
    line, before, after = (0, "", "") if mutated is None else _change(source, mutated)
    line = line or spec.start_pos[0]
    return Mutant(
        item.job_id,
        spec.operator_name,
        spec.occurrence,
        line,
        _enclosing(definitions, line),
        before,
        after,
    )


def init_session(path: Path, db: WorkDB) -> list[Mutant]:
    """Fill *db* with cosmic-ray's work items for *path*; skip those above the solution
    marker; return the mutants left to run."""
    source = path.read_text(encoding="utf-8")
    start = solution_start(source, path)
    definitions = _definitions(source)
    init([path], db, {})
    outside = WorkResult(
        output="outside the solution section", worker_outcome=WorkerOutcome.SKIPPED
    )
    mutants: list[Mutant] = []
    for item in db.pending_work_items:
        (spec,) = item.mutations
        if spec.start_pos[0] <= start:
            db.set_result(item.job_id, outside)
        else:
            mutants.append(describe(item, source, definitions))
    return mutants


def list_mutants(path: Path, scratch: Path) -> list[Mutant]:
    """The mutants of *path*'s solution section (a throw-away session in *scratch*)."""
    db = WorkDB(scratch / "mutants.sqlite", WorkDB.Mode.create)
    try:
        return init_session(path, db)
    finally:
        db.close()

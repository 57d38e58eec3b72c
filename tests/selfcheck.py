"""Runs every kata three ways through the shared runner, concurrently, once per session.

- as shipped (the learner's starting kata.py),
- against the reference solution,
- against each known-wrong fix in tests/known_wrong/NN_slug/*.py: the reference kata.py with
  the wrong fix's definitions appended, so each file holds only what it gets wrong.
"""

from __future__ import annotations

import ast
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sharpbits.loader import Source
from sharpbits.registry import Kata, solutions_root
from sharpbits.runner import KataRun, run_kata

KNOWN_WRONG = Path(__file__).resolve().parent / "known_wrong"
# Speed checks compare timings; they run alone (see test_selfcheck), not beside other jobs.
NOT_PERF = "not perf"


@dataclass(frozen=True)
class WrongFix:
    kata_id: str
    name: str
    path: Path

    @property
    def caught_by(self) -> tuple[str, ...]:
        tree = ast.parse(self.path.read_text(encoding="utf-8"))
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
        (target / "kata.py").write_text(
            f"{reference}\n\n# --- known-wrong fix: {self.path.name} ---\n{override}",
            encoding="utf-8",
        )
        return root / self.name


def wrong_fixes(kata_id: str) -> list[WrongFix]:
    folder = KNOWN_WRONG / kata_id
    return [WrongFix(kata_id, p.stem, p) for p in sorted(folder.glob("*.py"))]


@dataclass
class SelfCheck:
    shipped: dict[str, KataRun]
    reference: dict[str, KataRun]
    wrong: dict[tuple[str, str], KataRun]


def run_selfcheck(katas: tuple[Kata, ...]) -> SelfCheck:
    jobs: dict[tuple[str, str, str], tuple[Kata, Source]] = {}
    with tempfile.TemporaryDirectory(prefix="sharpbits-selfcheck-") as tmp:
        for kata in katas:
            jobs["shipped", kata.id, ""] = (kata, Source("workspace"))
            jobs["reference", kata.id, ""] = (kata, Source("solutions"))
            for fix in wrong_fixes(kata.id):
                root = fix.build(Path(tmp) / kata.id)
                jobs["wrong", kata.id, fix.name] = (kata, Source("submission", root))
        workers = os.cpu_count() or 2
        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {
                key: pool.submit(run_kata, kata, source, markexpr=NOT_PERF)
                for key, (kata, source) in jobs.items()
            }
            runs = {key: future.result() for key, future in futures.items()}
    return SelfCheck(
        shipped={k[1]: r for k, r in runs.items() if k[0] == "shipped"},
        reference={k[1]: r for k, r in runs.items() if k[0] == "reference"},
        wrong={(k[1], k[2]): r for k, r in runs.items() if k[0] == "wrong"},
    )

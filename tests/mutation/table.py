"""The mutation table in the README: one row per kata, rewritten for the katas just run."""

from __future__ import annotations

import datetime
import re
from importlib import metadata
from pathlib import Path

from .run import KataMutation

START = "<!-- mutation-table: written by `python -m tests.mutation`, not by hand -->"
END = "<!-- /mutation-table -->"
HEADER = (
    "| kata | mutants | killed | equivalent | survived | time | run on |\n"
    "|---|---:|---:|---:|---:|---:|---|"
)
ROW = re.compile(r"^\| `(\d\d_[a-z0-9_]+)` \|.*$", re.MULTILINE)


def versions() -> str:
    names = ("jax", "numba", "numpy", "hypothesis", "cosmic-ray")
    return ", ".join(f"{n} {metadata.version(n)}" for n in names)


def row(result: KataMutation, today: datetime.date | None = None) -> str:
    day = (today or datetime.date.today()).isoformat()
    minutes, seconds = divmod(round(result.seconds), 60)
    return (
        f"| `{result.kata_id}` | {result.mutants} | {result.killed} | "
        f"{len(result.equivalent)} | {len(result.survived) + len(result.errors)} | "
        f"{minutes}:{seconds:02d} | {day} |"
    )


def update(readme: Path, results: list[KataMutation]) -> None:
    """Replace the rows of *results*' katas in *readme*'s table; keep the other rows."""
    text = readme.read_text(encoding="utf-8")
    start, end = text.find(START), text.find(END)
    if not 0 <= start < end:
        msg = f"{readme} has no mutation table between '{START}' and '{END}'"
        raise ValueError(msg)
    body = text[start + len(START) : end]
    rows = {m.group(1): m.group(0) for m in ROW.finditer(body)}
    rows.update({r.kata_id: row(r) for r in results})
    table = "\n".join([HEADER, *(rows[k] for k in sorted(rows))])
    readme.write_text(f"{text[: start + len(START)]}\n{table}\n{text[end:]}", encoding="utf-8")

"""Progress: a small JSON file in the workspace's state folder, written atomically.

It holds history only (what passed, when, which hints were shown); deleting it never loses
work, which lives in the kata.py files.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

PROGRESS_FILE = "progress.json"
VERSION = 1


@dataclass
class KataProgress:
    status: str = "not started"  # not started / failing / passed
    checks: int = 0
    last_checked: str = ""
    first_passed: str = ""
    kata_sha256: str = ""  # of kata.py at the last check
    first_failure: dict[str, Any] = field(default_factory=dict)  # test, exception, line
    hints_shown: dict[str, int] = field(default_factory=dict)  # hint key -> tiers shown
    solution_forced: bool = False


@dataclass
class Progress:
    path: Path
    katas: dict[str, KataProgress] = field(default_factory=dict)

    @classmethod
    def load(cls, state_dir: Path) -> Progress:
        path = state_dir / PROGRESS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            katas = {k: KataProgress(**v) for k, v in data["katas"].items()}
        except (OSError, ValueError, KeyError, TypeError):
            katas = {}  # missing or unreadable: start a new history, lose no work
        return cls(path, katas)

    def of(self, kata_id: str) -> KataProgress:
        return self.katas.setdefault(kata_id, KataProgress())

    def status(self, kata_id: str) -> str:
        entry = self.katas.get(kata_id)
        return entry.status if entry else "not started"

    def save(self) -> None:
        data = {"version": VERSION, "katas": {k: asdict(v) for k, v in self.katas.items()}}
        write_atomically(self.path, json.dumps(data, indent=1, sort_keys=True))


def write_atomically(path: Path, text: str) -> None:
    """*text* into *path* (and its folders) all at once: a reader never sees half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")

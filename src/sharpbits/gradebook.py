"""The gradebook: every grade stored in sqlite the moment it is known.

One row per (submission, kata), committed at once, so a grader killed mid-batch loses only
the runs in flight, and a rerun resumes where it stopped.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from sharpbits.scoring import KataGrade, TestGrade

DB_FILE = "gradebook.sqlite"
SCHEMA = """
CREATE TABLE IF NOT EXISTS grades (
    submission TEXT NOT NULL,
    kata TEXT NOT NULL,
    digest TEXT NOT NULL,        -- sha256 of the graded kata.py
    complete INTEGER NOT NULL,   -- 0 while the speed check is still to run
    status TEXT NOT NULL,
    reason TEXT NOT NULL,
    score REAL NOT NULL,
    max_score REAL NOT NULL,
    tests TEXT NOT NULL,         -- JSON list of per-test results
    versions TEXT NOT NULL,      -- JSON: python, jax, jaxlib, numba, numpy
    graded_at TEXT NOT NULL,
    suspicious TEXT NOT NULL DEFAULT '',  -- what in kata.py reaches for the grader
    speed TEXT NOT NULL DEFAULT '',       -- the speed check: fast / slow / '' (not run)
    PRIMARY KEY (submission, kata)
);
"""
COLUMNS = (
    "submission, kata, digest, complete, status, reason, score, max_score, tests, versions, "
    "graded_at, suspicious, speed"
)
ADDED = {  # columns a gradebook written by an older sharpbits may lack
    "suspicious": "ALTER TABLE grades ADD COLUMN suspicious TEXT NOT NULL DEFAULT ''",
    "speed": "ALTER TABLE grades ADD COLUMN speed TEXT NOT NULL DEFAULT ''",
}


class Gradebook:
    def __init__(self, folder: Path) -> None:
        if not folder.exists():  # readable by the trainer's group, whatever the umask
            folder.mkdir(parents=True)
            folder.chmod(0o755)
        self.path = folder / DB_FILE
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self.path.chmod(0o644)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(SCHEMA)
        known = {row[1] for row in self._db.execute("PRAGMA table_info(grades)")}
        for column, statement in ADDED.items():
            if column not in known:
                self._db.execute(statement)

    def close(self) -> None:
        self._db.close()

    def done(
        self, submission: str, kata: str, digest: str, max_score: float, *, speed: bool = False
    ) -> bool:
        """Whether this exact kata.py was graded completely already, out of *max_score* (an
        assignment may weigh a kata differently from the last batch) and, with *speed*, with
        its speed check run (a --no-perf batch left it out)."""
        with self._lock:
            row = self._db.execute(
                "SELECT digest, complete, max_score, status, speed FROM grades "
                "WHERE submission = ? AND kata = ?",
                (submission, kata),
            ).fetchone()
        if row is None or row[0] != digest or not row[1] or row[2] != max_score:
            return False
        return not speed or row[4] != "" or row[3] not in ("passed", "failed")

    def put(
        self, grade: KataGrade, digest: str, versions: dict[str, str], complete: bool = True
    ) -> None:
        tests = json.dumps([asdict(t) for t in grade.tests])
        with self._lock:
            self._db.execute(
                f"INSERT OR REPLACE INTO grades ({COLUMNS}) VALUES ({', '.join('?' * 13)})",
                (
                    grade.submission, grade.kata, digest, int(complete), grade.status,
                    grade.reason, grade.score, grade.max_score, tests, json.dumps(versions),
                    _stamp(), grade.suspicious, grade.speed,
                ),
            )  # fmt: skip

    def grades(
        self, submissions: list[str] | None = None, katas: list[str] | None = None
    ) -> list[KataGrade]:
        """The stored grades, of *submissions* on *katas* only when given."""
        with self._lock:
            rows = self._db.execute(
                "SELECT submission, kata, status, reason, score, max_score, tests, suspicious, "
                "speed "
                "FROM grades ORDER BY submission, kata"
            ).fetchall()
        names = None if submissions is None else set(submissions)
        ids = None if katas is None else set(katas)
        return [
            KataGrade(
                s, k, st, r, sc, mx, tuple(TestGrade(**t) for t in json.loads(tests)), sus, sp
            )
            for s, k, st, r, sc, mx, tests, sus, sp in rows
            if (names is None or s in names) and (ids is None or k in ids)
        ]

    def versions(self) -> dict[str, str]:
        with self._lock:
            row = self._db.execute(
                "SELECT versions FROM grades WHERE versions != '{}' ORDER BY graded_at DESC"
            ).fetchone()
        return json.loads(row[0]) if row else {}


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")

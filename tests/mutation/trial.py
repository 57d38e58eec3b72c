"""cosmic-ray's test command: a kata's trusted fix tests against the mutated submission.

    python -m tests.mutation.trial KATA_ID SUBMISSION_ROOT

Exit 0 (the mutant survived) only when every fix test passed. The pins (``test_pitfall_*``)
are deselected: they carry no points, so a mutant that only they reject would still be graded
full marks. Speed checks are deselected too (they earn no points either). ``-x`` stops at the
first failure: a killed mutant needs no more evidence. The numba cache goes to a new folder,
so no mutant reuses a compilation of another.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def pytest_args(kata_id: str, root: Path) -> list[str]:
    return [
        str(REPO / "katas" / kata_id),
        f"--sharpbits-submission={root}",
        "-m",
        "not perf",
        "-k",
        "not test_pitfall_",
        "-x",
        "-q",
        "-p",
        "no:cacheprovider",
        "--benchmark-disable",
    ]


def main(argv: list[str] | None = None) -> int:
    kata_id, root = argv if argv is not None else sys.argv[1:]
    with tempfile.TemporaryDirectory(prefix="sharpbits-mutant-") as cache:
        os.environ["NUMBA_CACHE_DIR"] = cache
        import pytest  # after NUMBA_CACHE_DIR is set: numba reads it when first imported

        return int(pytest.main(pytest_args(kata_id, Path(root))))


if __name__ == "__main__":
    sys.exit(main())

"""hashlib.file_digest of every regular file beside main (not only .py: more than needed,
which the Rules allow), one line per file; a two-level folder returned as a Path."""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    lines = []
    with os.scandir(os.path.dirname(os.path.abspath(main))) as entries:
        for entry in entries:
            if entry.is_file(follow_symlinks=False):
                with open(entry.path, "rb") as f:
                    lines.append(f"{entry.name!r} {hashlib.file_digest(f, 'sha512').hexdigest()}")
    key = hashlib.sha256("\n".join(sorted(lines)).encode()).hexdigest()
    return Path(base) / key[:2] / key[2:]

"""importlib.util.source_hash (the keyed 64-bit hash that hash-based .pyc files use: the same
in every process, unlike hash()) of each file's bytes, with its name and size."""

import importlib.util
import os
from pathlib import Path


def numba_cache_dir(base, main):
    parts = []
    for p in sorted(Path(main).parent.glob("*.py")):
        data = p.read_bytes()
        parts.append(f"{p.name}:{len(data)}:{importlib.util.source_hash(data).hex()}")
    return os.path.join(base, importlib.util.source_hash("|".join(parts).encode()).hex())

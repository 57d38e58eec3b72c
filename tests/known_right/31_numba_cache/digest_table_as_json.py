"""A JSON table of one blake2b digest per source file, hashed again; the folder is made here
and returned as a Path (numba takes any existing, writable folder)."""

import hashlib
import json
from pathlib import Path


def numba_cache_dir(base, main):
    table = {
        p.name: hashlib.blake2b(p.read_bytes(), digest_size=16).hexdigest()
        for p in Path(main).resolve().parent.iterdir()
        if p.suffix == ".py"
    }
    key = hashlib.blake2b(json.dumps(table, sort_keys=True).encode(), digest_size=12)
    folder = Path(base) / "numba" / key.hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    return folder

"""The standard library's modulefinder, searching main's folder alone, lists the modules the
program imports there (directly or not) without running them; the digest covers those."""

import hashlib
import os
from modulefinder import ModuleFinder
from pathlib import Path


def numba_cache_dir(base, main):
    folder = Path(main).resolve().parent
    finder = ModuleFinder(path=[str(folder)])
    finder.run_script(str(Path(main).resolve()))
    files = sorted(
        Path(m.__file__)
        for m in finder.modules.values()
        if m.__file__ and m.__file__.endswith(".py")
    )
    digest = hashlib.sha256()
    for p in files:
        digest.update(f"{p.name}\0{p.stat().st_size}\0".encode() + p.read_bytes())
    return os.path.join(base, digest.hexdigest())

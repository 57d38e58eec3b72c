"""Hashes billing.py, fees.py and rates.py by name: the shop's three files.

Plausible: those are the program's modules, in the lesson and in every test process. Wrong:
the Rules name no module: main and whatever it imports from its folder. A program whose
modules are named otherwise, or with one more module down the chain, keeps its folder
through any edit.
"""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    folder = Path(main).parent
    digest = hashlib.sha256()
    for name in ("billing.py", "fees.py", "rates.py"):
        if (folder / name).is_file():
            digest.update(name.encode() + b"\0" + (folder / name).read_bytes())
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

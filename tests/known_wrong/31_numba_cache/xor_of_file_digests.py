"""Combines one SHA-256 per source file with XOR, so that the order of the files is moot.

Plausible: every file's digest counts, order-independence looks like robustness, and the
result is 256 bits. Wrong: the digests say nothing about which file holds which contents:
swap fees.py's and rates.py's contents (both modules changed) and the XOR is the same.
"""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    key = 0
    for p in Path(main).parent.glob("*.py"):
        key ^= int.from_bytes(hashlib.sha256(p.read_bytes()).digest(), "big")
    return os.path.join(base, f"{key:064x}")


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

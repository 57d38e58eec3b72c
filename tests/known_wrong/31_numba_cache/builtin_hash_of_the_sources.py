"""Keys the folder on Python's hash() of every source's text.

Plausible: hash() is the first digest at hand, and in one process (where a test of the
function alone runs) it is stable and sees every edit. Wrong: str hashes are salted per
process (PYTHONHASHSEED), so every new process gets another folder and compiles again: the
cache never hits.
"""

import os
from pathlib import Path


def numba_cache_dir(base, main):
    texts = tuple(p.read_text() for p in sorted(Path(main).parent.glob("*.py")))
    return os.path.join(base, f"numba-{hash(texts) & 0xFFFFFFFF:08x}")


CAUGHT_BY = ("test_a_process_with_unchanged_sources_loads_the_total_from_the_cache",)

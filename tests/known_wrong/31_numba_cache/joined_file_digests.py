"""Names the folder after every source: "name-md5" per file, joined with "_".

Plausible: readable (which version of which file), the same in every process, and any edit
of any file changes it. Wrong: the name grows with the program: eight modules make it longer
than a file name may be (255 bytes), the folder cannot be made, and numba, unable to cache
there, quietly caches in __pycache__ beside the sources, where the stale total waits.
"""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    parts = [f"{p.stem}-{hashlib.md5(p.read_bytes()).hexdigest()}"
             for p in sorted(Path(main).parent.glob("*.py"))]  # fmt: skip
    return os.path.join(base, "_".join(parts))


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

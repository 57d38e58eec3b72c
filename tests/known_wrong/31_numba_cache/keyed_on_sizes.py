"""Keys the folder on the names and sizes of the sources.

Plausible: an edit usually changes a file's size, and sizes are cheap and the same in every
process. Wrong: an edit of the same length (RATE = 0.02 -> 0.03) keeps every size.
"""

import os
from pathlib import Path


def numba_cache_dir(base, main):
    sizes = "-".join(f"{p.stem}{p.stat().st_size}" for p in sorted(Path(main).parent.glob("*.py")))
    return os.path.join(base, sizes)


CAUGHT_BY = ("test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",)

"""Keys the folder on the sources' modification times (and sizes), as numba 0.61-0.67 key
their index on the main file's.

Plausible: it is numba's own stamp, and every editor changes the time on a save. Wrong: the
Rules key the cache on contents: a file saved again unchanged (a checkout, a formatter that
changed nothing) loses the whole cache.
"""

import os
from pathlib import Path


def numba_cache_dir(base, main):
    stamps = [f"{p.stem}{p.stat().st_mtime_ns}.{p.stat().st_size}"
              for p in sorted(Path(main).parent.glob("*.py"))]  # fmt: skip
    return os.path.join(base, "-".join(stamps))


CAUGHT_BY = (
    "test_a_process_with_unchanged_sources_loads_the_total_from_the_cache",
    "test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",
)

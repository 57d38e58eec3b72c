"""A new, empty cache folder in every process.

Plausible: no stale code can ever be loaded, and the values are always right. Wrong: nothing
is ever loaded either: every process compiles total again, which is what cache=True was for.
"""

import tempfile


def numba_cache_dir(base, main):
    return tempfile.mkdtemp(prefix="numba-", dir=base)


CAUGHT_BY = (
    "test_a_process_with_unchanged_sources_loads_the_total_from_the_cache",
    "test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",
)

"""Saves billing.py again (a new modification time) so that numba recompiles it.

Plausible: on numba up to 0.67 a new time on the main file invalidates its index, and the
edited fee is seen. Wrong: it invalidates it in every process, so nothing is ever loaded from
the cache; and from numba 0.68 on, which stamps the file with a hash of its contents, it does
nothing at all: the stale total is loaded again. The folder never changes.
"""

import os


def numba_cache_dir(base, main):
    os.utime(main)
    return os.path.join(base, "numba")


CAUGHT_BY = ("test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",)

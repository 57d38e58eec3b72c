"""Keys the cache folder on billing.py alone.

Plausible: main is the file the launcher names, and a digest of it looks like "the program's
version". Wrong: numba's own index already watches billing.py; the edit it misses is in the
modules billing.py imports, and those never reach the digest.
"""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    return os.path.join(base, hashlib.sha256(Path(main).read_bytes()).hexdigest())


CAUGHT_BY = (
    "test_the_next_process_sees_an_edit_of_a_module_billing_imports_indirectly",
    "test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",
)

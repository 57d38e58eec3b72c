"""Keys the folder on each source's name and the sum of its bytes: a cheap checksum.

Plausible: the same in every process, and an edit of one character changes the sum, even one
of the same size (0.02 -> 0.03). Wrong: the same bytes in another order have the same sum
(RATE = 0.02 -> RATE = 0.20), and many versions share a sum: the later one loads the
earlier one's code.
"""

import os
from pathlib import Path


def numba_cache_dir(base, main):
    sums = [f"{p.stem}{sum(p.read_bytes())}" for p in sorted(Path(main).parent.glob("*.py"))]
    return os.path.join(base, "-".join(sums))


CAUGHT_BY = (
    "test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",
    "test_numba_cache_dir_gives_each_of_many_versions_its_own_folder",
)

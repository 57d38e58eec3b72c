"""Kata 31 · Numba's on-disk cache and functions from other modules (covers N27).

Reference solution.
"""

import hashlib
import os
from pathlib import Path

# --- GIVEN: the pitfall exactly as the lecture shows it. Do not edit. ------------------------
# A small shop's program in two files of one folder: fees.py holds the card fee, billing.py the
# cached total that calls it. The tests write them into a temporary folder and run each process.

FEES_PY = '''\
import numba


@numba.njit
def fee(amount):
    """The card fee on one payment."""
    return amount * 0.02
'''

BILLING_PY = '''\
import numba

from fees import fee


@numba.njit(cache=True)
def total(amounts):
    """What the customer pays: every amount plus its fee."""
    t = 0.0
    for a in amounts:
        t += a + fee(a)
    return t
'''

# The same program in one file: fee defined beside total.
BILLING_ONE_FILE_PY = '''\
import numba


@numba.njit
def fee(amount):
    """The card fee on one payment."""
    return amount * 0.02


@numba.njit(cache=True)
def total(amounts):
    """What the customer pays: every amount plus its fee."""
    t = 0.0
    for a in amounts:
        t += a + fee(a)
    return t
'''

# python -c "import billing; print(billing.total(np.array([100.0, 50.0, 20.0])))"  ->  173.4
# now fees.py says 0.025, and a fresh process again:                                ->  173.4
#   (billing.total.stats.cache_hits counts 1: loaded from the cache, nothing recompiled)


# --- SOLUTION --------------------------------------------------------------------------------
# numba's cache index watches the file that defines the cached function, never the modules it
# calls into. So the launcher keys the whole cache folder on the program's sources: every .py
# file beside main (main itself, fees.py, and what fees.py imports), by name and contents. An
# edit anywhere there gives a new, empty folder; the same bytes give the same folder, in every
# process, whatever the files' modification times.


def numba_cache_dir(base, main):
    """The folder numba caches the program started from `main` in: a folder inside `base`."""
    digest = hashlib.sha256()
    for path in sorted(Path(main).parent.glob("*.py")):
        data = path.read_bytes()
        digest.update(f"{path.name}\0{len(data)}\0".encode())
        digest.update(data)
    return os.path.join(base, "numba-" + digest.hexdigest())

"""Kata 31 · Numba's on-disk cache and functions from other modules (covers N27).

Read README.md in this folder, then edit the functions under "YOUR CODE" until
`pytest katas/31_numba_cache` passes.
Stuck? `sharpbits hint 31` gives a hint (ask again for the next).
"""

import os

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


# --- YOUR CODE -------------------------------------------------------------------------------
# The shop's launcher sets NUMBA_CACHE_DIR to numba_cache_dir(base, "shop/billing.py") before
# anything imports numba. As shipped it is one folder forever, so numba's cache index, which
# only watches billing.py itself, keeps serving the total compiled with the old fee.


def numba_cache_dir(base, main):
    """The folder numba caches the program started from `main` in: a folder inside `base`."""
    return os.path.join(base, "numba")

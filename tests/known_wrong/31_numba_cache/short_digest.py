"""A SHA-256 of the sources, the folder named after its first two hex digits.

Plausible: short folder names, and every test of one edit sees another folder almost always
(255 times in 256). Wrong: 256 folders for every version there will ever be: after a few dozen
edits two versions share one, and the later loads what the earlier compiled.
"""

import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    digest = hashlib.sha256()
    for p in sorted(Path(main).parent.glob("*.py")):
        digest.update(p.name.encode() + b"\0" + p.read_bytes())
    return os.path.join(base, "numba-" + digest.hexdigest()[:2])


CAUGHT_BY = ("test_numba_cache_dir_gives_each_of_many_versions_its_own_folder",)

"""Hashes ast.dump of every source instead of its bytes, so that comments and layout do not
throw the cache away.

Plausible: a comment cannot change the machine code, so it looks like a smarter key. Wrong:
the Rules key the folder on the bytes of the modules ("by even one byte"); an edit of a
comment in rates.py keeps the folder.
"""

import ast
import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    digest = hashlib.sha256()
    for p in sorted(Path(main).parent.glob("*.py")):
        digest.update(p.name.encode() + b"\0" + ast.dump(ast.parse(p.read_bytes())).encode())
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

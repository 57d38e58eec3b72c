"""Follows the imports recursively, found with a regex for lines "from NAME import".

Plausible: the lesson's program imports that way (from fees import fee, from rates import
RATE) and the recursion reaches rates.py through fees.py. Wrong: "import rates" (or "import
rates as r") is an import too; a module reached that way never gets into the digest.
"""

import hashlib
import os
import re
from pathlib import Path


def numba_cache_dir(base, main):
    main = Path(main)
    seen, todo = {}, [main]
    while todo:
        path = todo.pop()
        if path.name in seen:
            continue
        seen[path.name] = path.read_bytes()
        for name in re.findall(r"^from (\w+) import", path.read_text(), re.M):
            if (main.parent / f"{name}.py").is_file():
                todo.append(main.parent / f"{name}.py")
    digest = hashlib.sha256()
    for name in sorted(seen):
        digest.update(name.encode() + b"\0" + hashlib.sha256(seen[name]).digest())
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

"""Hashes main, the modules it imports, and the modules those import: two nested loops.

Plausible: it covers billing.py -> fees.py -> rates.py, the deepest chain the lesson shows.
Wrong: the Rules follow imports "directly or through each other", as deep as they go: an edit
three imports down keeps the folder.
"""

import ast
import hashlib
import os
from pathlib import Path


def _imports(path):
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield path.parent / f"{node.module}.py"
        elif isinstance(node, ast.Import):
            yield from (path.parent / f"{a.name}.py" for a in node.names)


def numba_cache_dir(base, main):
    main = Path(main)
    files = {main}
    for child in _imports(main):
        if child.is_file():
            files.add(child)
            files.update(g for g in _imports(child) if g.is_file())
    digest = hashlib.sha256()
    for p in sorted(files):
        digest.update(p.name.encode() + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

"""Follows the imports with a recursive function that does not remember what it visited.

Plausible: on the lesson's tree of imports (billing -> fees -> rates) it visits every module
once. Wrong: modules may import each other (rates.py doing "import fees" is legal Python);
then the recursion never ends and numba_cache_dir raises RecursionError.
"""

import ast
import hashlib
import os
from pathlib import Path


def _digest(path, digest):
    data = path.read_bytes()
    digest.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
    for node in ast.walk(ast.parse(data)):
        names = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            if (path.parent / f"{name}.py").is_file():
                _digest(path.parent / f"{name}.py", digest)


def numba_cache_dir(base, main):
    digest = hashlib.sha256()
    _digest(Path(main), digest)
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = ("test_numba_cache_dir_sees_a_change_in_programs_of_other_shapes",)

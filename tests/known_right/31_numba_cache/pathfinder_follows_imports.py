"""Follows the imports with ast, resolving each name with importlib's PathFinder restricted to
main's folder (plain imports, from-imports, nested ones), then digests exactly those files."""

import ast
import hashlib
import os
from importlib.machinery import PathFinder
from pathlib import Path


def numba_cache_dir(base, main):
    folder = str(Path(main).resolve().parent)
    found, todo = set(), [str(Path(main).resolve())]
    while todo:
        path = todo.pop()
        if path in found:
            continue
        found.add(path)
        with open(path, "rb") as f:
            tree = ast.parse(f.read())
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names = [node.module]
            else:
                continue
            for name in names:
                spec = PathFinder.find_spec(name.partition(".")[0], [folder])
                if spec is not None and spec.origin and spec.origin.endswith(".py"):
                    todo.append(spec.origin)
    digest = hashlib.sha256()
    for path in sorted(found):
        with open(path, "rb") as f:
            data = f.read()
        digest.update(os.path.basename(path).encode() + b"\0" + hashlib.sha256(data).digest())
    return os.path.join(base, "n" + digest.hexdigest())

"""Hashes main and exactly the modules of its folder that it imports, directly or through each
other, found with ast: an edit of an unrelated file there keeps the cache (the Rules allow
either)."""

import ast
import hashlib
import os
from pathlib import Path


def _imported(path):
    for node in ast.walk(ast.parse(path.read_bytes())):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def numba_cache_dir(base, main):
    main = Path(main)
    seen, todo = {}, [main]
    while todo:
        path = todo.pop()
        if path.name in seen:
            continue
        seen[path.name] = path.read_bytes()
        for name in _imported(path):
            candidate = main.parent / f"{name.split('.')[0]}.py"
            if candidate.is_file():
                todo.append(candidate)
    digest = hashlib.sha256()
    for name in sorted(seen):
        digest.update(name.encode() + b"\0" + hashlib.sha256(seen[name]).digest())
    return os.path.join(base, digest.hexdigest()[:24])

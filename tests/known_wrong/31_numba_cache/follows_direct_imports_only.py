"""Hashes main and the modules main imports itself, found with ast, but not theirs.

Plausible: billing.py's imports are exactly the callees numba does not see. Wrong: rates.py
reaches billing.py through fees.py; an edit there changes the fee compiled into total too.
"""

import ast
import hashlib
import os
from pathlib import Path


def numba_cache_dir(base, main):
    main = Path(main)
    digest = hashlib.sha256(main.read_bytes())
    for node in ast.walk(ast.parse(main.read_bytes())):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        for name in names:
            path = main.parent / f"{name}.py"
            if path.is_file():
                digest.update(path.read_bytes())
    return os.path.join(base, digest.hexdigest())


CAUGHT_BY = (
    "test_the_next_process_sees_an_edit_of_a_module_billing_imports_indirectly",
    "test_numba_cache_dir_changes_exactly_when_an_imported_module_changes",
)

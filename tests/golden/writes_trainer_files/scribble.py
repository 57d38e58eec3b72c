import os
from pathlib import Path

from sharpbits.registry import load_catalog, solutions_root

_kata = next(k for k in load_catalog() if k.id == "03_impure")
_targets = [
    _kata.path / "planted.py",
    _kata.path.parent.parent / "planted.py",
    solutions_root() / "03_impure" / "planted.py",
    Path.home() / "planted.py",
]
try:  # the grader's --out folder, read from its command line
    _args = Path(f"/proc/{os.getppid()}/cmdline").read_bytes().split(b"\0")
    _targets.append(Path(_args[_args.index(b"--out") + 1].decode()) / "planted.py")
except (OSError, ValueError, IndexError):
    pass
for _target in _targets:
    try:
        _target.write_text("planted = True\n")
    except OSError:
        pass

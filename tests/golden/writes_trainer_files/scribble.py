from pathlib import Path

from sharpbits.registry import load_catalog, solutions_root

_kata = next(k for k in load_catalog() if k.id == "03_impure")
for _target in (
    _kata.path / "planted.py",
    _kata.path.parent.parent / "planted.py",
    solutions_root() / "03_impure" / "planted.py",
    Path.home() / "planted.py",
):
    try:
        _target.write_text("planted = True\n")
    except OSError:
        pass

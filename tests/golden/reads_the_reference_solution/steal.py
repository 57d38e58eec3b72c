from sharpbits.registry import solutions_root

exec((solutions_root() / "03_impure" / "kata.py").read_text())

"""The shipped katas stay pristine: katas/pristine.sha256 holds the sha256 of every kata.py as
sharpbits ships it, and nothing is built from a clone whose kata.py files differ (a learner's
answers would become every new learner's "pristine" katas).

Three users: the hatch build hook below (``[tool.hatch.build.hooks.custom]`` in pyproject.toml;
a wheel or sdist build refuses, an editable install does not, since that is how learners work in
a clone), `sharpbits gradescope-bundle`, and kata authors::

    python src/sharpbits/_pristine.py           # check katas/ against the manifest
    python src/sharpbits/_pristine.py --write   # after changing a shipped kata.py on purpose

Hatchling loads this file by path in the build environment, where sharpbits itself is not
importable: the standard library only, and hatchling imported inside get_build_hook().
The manifest reads like `sha256sum` output (``cd katas && sha256sum -c pristine.sha256``);
hashes are of the file with CRLF line ends read as LF, so a Windows checkout still matches.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

MANIFEST = "pristine.sha256"
_LINE = re.compile(r"([0-9a-f]{64}) [ *](\d\d_[^/\s]+/kata\.py)")


class Problem(NamedTuple):
    """One way the katas differ from the shipped ones; str() is the one-line message.

    (A NamedTuple, not a dataclass: hatchling runs this file without registering it in
    sys.modules, where dataclasses look for the module.)"""

    path: str  # relative to the katas folder, e.g. "03_impure/kata.py"
    what: str  # e.g. "differs from the shipped kata"
    fix: str  # what to do, for a clone

    def __str__(self) -> str:
        return f"katas/{self.path} {self.what}: {self.fix}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes().replace(b"\r\n", b"\n")).hexdigest()


def kata_files(katas: Path) -> list[str]:
    """The kata.py files under *katas*, as "NN_slug/kata.py", sorted."""
    return sorted(
        f"{p.parent.name}/kata.py" for p in katas.glob("*/kata.py") if p.parent.name[:2].isdigit()
    )


def render(katas: Path) -> str:
    """The manifest for the kata.py files under *katas* as they are now."""
    return "".join(f"{digest(katas / name)}  {name}\n" for name in kata_files(katas))


def check(katas: Path) -> Problem | None:
    """The first way *katas* differs from its manifest, or None when every kata.py is shipped."""
    manifest = katas / MANIFEST
    restore = f"restore it with `git checkout katas/{MANIFEST}`"
    try:
        lines = manifest.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return Problem(MANIFEST, "is missing", restore)
    expected: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        found = _LINE.fullmatch(line.rstrip())
        if found is None:
            return Problem(MANIFEST, f"line {number} is not `<sha256>  NN_slug/kata.py`", restore)
        expected[found[2]] = found[1]
    for name, sha in expected.items():
        path = katas / name
        if not path.is_file():
            return Problem(name, "is missing", f"restore it with `git checkout katas/{name}`")
        if digest(path) != sha:
            fix = (
                f"restore it with `sharpbits reset {name[:2]} --yes` (keeps your copy as a backup) "
                f"or `git checkout katas/{name}`, then build again"
            )
            return Problem(name, "differs from the shipped kata", fix)
    for name in kata_files(katas):
        if name not in expected:
            fix = "a new kata? add it with `python src/sharpbits/_pristine.py --write`"
            return Problem(name, f"is not in katas/{MANIFEST}", fix)
    return None


def get_build_hook() -> type[Any]:
    """Hatchling's entry point: the build hook class (hatchling is imported only here)."""
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface

    class PristineKatas(BuildHookInterface[Any]):
        PLUGIN_NAME = "pristine-katas"

        def initialize(self, version: str, build_data: dict[str, Any]) -> None:
            if version == "editable":
                return  # a learner's own install of their clone: their answers stay theirs
            problem = check(Path(self.root) / "katas")
            if problem is not None:
                raise SystemExit(str(problem))  # one line, no traceback, build fails

    return PristineKatas


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    write = "--write" in args
    rest = [a for a in args if a != "--write"]
    katas = Path(rest[0]) if rest else Path("katas")
    if write:
        (katas / MANIFEST).write_text(render(katas), encoding="utf-8")
        print(f"wrote {katas / MANIFEST}: {len(kata_files(katas))} kata.py files")
        return 0
    problem = check(katas)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    print(f"{katas}: every kata.py is the shipped one ({len(kata_files(katas))} files)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What a grade covers: which katas, and what each is worth.

A trainer grades the whole catalog, a selection (``--katas 01-07,12``), or an assignment
file that the grader, every report and the Gradescope bundle read alike::

    name = "Week 1: compile it, keep it pure"
    katas = ["01-07", "impure"]   # ids in any form (03, 3, 03_impure, impure), ranges a-b
    [points]                      # optional: points per kata (default: katas.toml's)
    "03" = 20

Katas outside the assignment are not graded and never reported as missing.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from sharpbits.errors import KataNotFound, SharpbitsError
from sharpbits.registry import Kata, load_catalog, match

ASSIGNMENT_KEYS = {"name", "katas", "points"}


class AssignmentError(SharpbitsError):
    """An assignment file or a --katas selection that cannot be read."""


@dataclass(frozen=True)
class Assignment:
    name: str
    katas: tuple[Kata, ...]  # in catalog order, with the assignment's points

    @property
    def points(self) -> int:
        return sum(k.points for k in self.katas)


def whole_catalog(catalog: tuple[Kata, ...] | None = None) -> Assignment:
    return Assignment("all katas", catalog if catalog is not None else load_catalog())


def select(spec: str, catalog: tuple[Kata, ...] | None = None) -> Assignment:
    """``--katas 01-07,12,impure``: the named katas, in catalog order."""
    katas = catalog if catalog is not None else load_catalog()
    parts = [p for p in spec.replace(" ", ",").split(",") if p]
    if not parts:
        raise AssignmentError("--katas names no kata: give ids or ranges, e.g. 01-07,12")
    chosen = _resolve(parts, katas, where="--katas")
    return Assignment(f"katas {spec}", tuple(k for k in katas if k.id in chosen))


def load_assignment(path: Path, catalog: tuple[Kata, ...] | None = None) -> Assignment:
    """Read an assignment TOML file; AssignmentError says what is wrong in one line."""
    katas = catalog if catalog is not None else load_catalog()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise AssignmentError(f"cannot read the assignment {path}: {exc.strerror}") from None
    except tomllib.TOMLDecodeError as exc:
        raise AssignmentError(f"{path} is not valid TOML: {exc}") from None
    unknown = sorted(set(data) - ASSIGNMENT_KEYS)
    if unknown:
        known = ", ".join(sorted(ASSIGNMENT_KEYS))
        raise AssignmentError(f"{path}: unknown key {unknown[0]!r} (known: {known})")
    name, parts, points = data.get("name", path.stem), data.get("katas"), data.get("points", {})
    if not isinstance(name, str):
        raise AssignmentError(f"{path}: name must be a string")
    if isinstance(parts, str):  # "01-07,12", as --katas takes it
        parts = [p for p in parts.split(",") if p.strip()]
    if not (isinstance(parts, list) and parts and all(isinstance(p, str) for p in parts)):
        raise AssignmentError(
            f'{path}: katas must list ids or ranges, e.g. ["01-07", "12"] or "01-07,12"'
        )
    chosen = _resolve(parts, katas, where=str(path))
    if not isinstance(points, dict):
        raise AssignmentError(f'{path}: [points] must map kata ids to numbers, e.g. "03" = 20')
    worth: dict[str, int] = {}
    for query, value in points.items():
        (kata_id,) = _resolve([query], katas, where=f"{path} [points]")
        if kata_id in worth:
            raise AssignmentError(f"{path}: [points] names {kata_id} twice")
        if kata_id not in chosen:
            raise AssignmentError(f"{path}: [points] names {kata_id}, which katas does not list")
        if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
            raise AssignmentError(f"{path}: points for {kata_id} must be a positive integer")
        worth[kata_id] = value
    picked = tuple(replace(k, points=worth.get(k.id, k.points)) for k in katas if k.id in chosen)
    return Assignment(name, picked)


def _resolve(parts: list[str], katas: tuple[Kata, ...], where: str) -> set[str]:
    chosen: set[str] = set()
    for part in parts:
        whole = match(part.replace("-", "_"), katas)  # a slug written with hyphens
        if whole is not None:
            chosen.add(whole.id)
        elif "-" in part.strip("-") and not part.startswith("-"):
            first, last = (_one(end, katas, where) for end in part.split("-", 1))
            if first.number > last.number:
                raise AssignmentError(f"{where}: the range {part!r} runs backwards")
            chosen |= {k.id for k in katas if first.number <= k.number <= last.number}
        else:
            chosen.add(_one(part, katas, where).id)
    return chosen


def _one(query: str, katas: tuple[Kata, ...], where: str) -> Kata:
    found = match(query, katas)
    if found is None:
        known = f"{katas[0].id} … {katas[-1].id}"
        raise KataNotFound(f"{where}: no kata {query!r} (known: {known}; ranges like 01-07)")
    return found

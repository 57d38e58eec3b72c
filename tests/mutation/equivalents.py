"""The reviewed equivalent mutants of each kata: ``equivalents/NN_slug.toml``.

A mutant the kata's tests accept is either a wrong fix the judge misses, or the same function
written differently (an equivalent). Each equivalent is listed once, named by what it changes,
with a one-line reason a reviewer can check::

    [[equivalent]]
    function = "histogram"
    operator = "core/NumberReplacer"
    before = "return jnp.zeros(n_bins, dtype=int).at[idx].add(1)"
    after = "return jnp.zeros(n_bins, dtype=int).at[idx].add( 2)"
    reason = "..."
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

FOLDER = Path(__file__).resolve().parent / "equivalents"
FIELDS = ("function", "operator", "before", "after", "reason")


class EquivalentsError(ValueError):
    """An equivalents file that does not parse or misses a field."""


@dataclass(frozen=True)
class Equivalent:
    function: str
    operator: str
    before: str
    after: str
    reason: str

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.function, self.operator, self.before, self.after)


def path_for(kata_id: str) -> Path:
    return FOLDER / f"{kata_id}.toml"


def load(kata_id: str) -> tuple[Equivalent, ...]:
    """The equivalents listed for *kata_id* (none when it has no file)."""
    path = path_for(kata_id)
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EquivalentsError(f"{path}: {exc}") from None
    unknown = set(data) - {"equivalent"}
    if unknown:
        raise EquivalentsError(f"{path}: unknown top-level keys {sorted(unknown)}")
    found: list[Equivalent] = []
    for number, table in enumerate(data.get("equivalent", []), start=1):
        missing = [f for f in FIELDS if not isinstance(table.get(f), str)]
        extra = set(table) - set(FIELDS)
        if missing or extra:
            msg = f"{path}: equivalent #{number} misses {missing} or has unknown {sorted(extra)}"
            raise EquivalentsError(msg)
        if not table["reason"].strip():
            raise EquivalentsError(f"{path}: equivalent #{number} gives no reason")
        found.append(Equivalent(*(table[f] for f in FIELDS)))
    keys = [e.key for e in found]
    if len(set(keys)) != len(keys):
        raise EquivalentsError(f"{path}: an equivalent is listed twice")
    return tuple(found)

"""The GIVEN section of a kata.py: the do-not-edit code its pins test, from the `# --- GIVEN`
marker line to the `# --- YOUR CODE` marker line. A failing pin is blamed on the library only
while this section is as shipped; an edit of it is named as such, and can be put back alone.
"""

from __future__ import annotations

from dataclasses import dataclass

GIVEN_MARK = "# --- GIVEN"
CODE_MARK = "# --- YOUR CODE"


@dataclass(frozen=True)
class Split:
    """A kata.py cut in three: *before* the GIVEN marker, the *given* lines, and the rest."""

    before: list[str]
    given: list[str]
    after: list[str]

    @property
    def first_line(self) -> int:
        """The 1-based line number of the GIVEN marker."""
        return len(self.before) + 1


def split(text: str) -> Split | None:
    """*text* cut at the first GIVEN marker line and the first YOUR CODE marker line after it
    (a learner may write either again below); None when either is missing."""
    lines = text.splitlines(keepends=True)
    start = next((i for i, line in enumerate(lines) if line.startswith(GIVEN_MARK)), None)
    if start is None:
        return None
    end = next((i for i in range(start, len(lines)) if lines[i].startswith(CODE_MARK)), None)
    if end is None:
        return None
    return Split(lines[:start], lines[start:end], lines[end:])


def _code(lines: list[str], first: int) -> list[tuple[int, str]]:
    """(line number, line) of the statements in *lines* other than imports: what the header
    above the GIVEN marker may not gain (a learner adds imports there, nothing else)."""
    kept: list[tuple[int, str]] = []
    in_docstring = False  # the module docstring is the learner's to edit
    for number, line in enumerate(lines, start=first):
        stripped = line.strip()
        quotes = stripped.count('"""') + stripped.count("'''")
        if in_docstring:
            in_docstring = quotes % 2 == 0  # open until a line closes it
            continue
        if not kept and quotes:  # the docstring opens (and may close on the same line)
            in_docstring = quotes % 2 == 1
            continue
        if stripped and not stripped.startswith(("#", "import ", "from ")):
            kept.append((number, stripped))
    return kept


def edited_line(current: str, pristine: str) -> int | None:
    """None while *current* holds *pristine*'s GIVEN section (trailing spaces aside) and its
    header holds nothing but the shipped docstring and imports (added imports are fine); else
    the line of *current* where the edit starts (line 1 if the markers are gone)."""
    shipped = split(pristine)
    if shipped is None:
        return None  # nothing marked as given: nothing to protect
    mine = split(current)
    if mine is None:
        return 1
    header, shipped_header = _code(mine.before, 1), _code(shipped.before, 1)
    if [line for _, line in header] != [line for _, line in shipped_header]:
        changed = [n for (n, a), (_, b) in zip(header, shipped_header, strict=False) if a != b]
        return changed[0] if changed else (header or shipped_header)[-1][0]
    ours = [line.rstrip() for line in shipped.given]
    theirs = [line.rstrip() for line in mine.given]
    if ours == theirs:
        return None
    for offset, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a != b:
            return mine.first_line + offset
    return mine.first_line + min(len(ours), len(theirs))


def restore(current: str, pristine: str) -> str:
    """*current* with its header and GIVEN section as in *pristine*, keeping the learner's code
    (everything from the YOUR CODE marker on) and any imports they added to the header. When
    *current* lost its markers there is nothing to splice into: the pristine file is returned."""
    shipped, mine = split(pristine), split(current)
    if shipped is None:
        return current
    if mine is None:
        return pristine
    added = [line for line in mine.before if _is_import(line) and line not in shipped.before]
    return "".join(shipped.before + added + shipped.given + mine.after)


def _is_import(line: str) -> bool:
    return line.startswith(("import ", "from "))

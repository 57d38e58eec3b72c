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
    """*text* cut at its two marker lines; None when either marker is missing or misplaced."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if line.startswith(GIVEN_MARK)]
    ends = [i for i, line in enumerate(lines) if line.startswith(CODE_MARK)]
    if len(starts) != 1 or len(ends) != 1 or ends[0] < starts[0]:
        return None
    return Split(lines[: starts[0]], lines[starts[0] : ends[0]], lines[ends[0] :])


def edited_line(current: str, pristine: str) -> int | None:
    """None while *current* holds *pristine*'s GIVEN section (trailing spaces aside); else the
    line of *current* where the edit starts (its GIVEN marker line if the markers are gone)."""
    shipped = split(pristine)
    if shipped is None:
        return None  # nothing marked as given: nothing to protect
    mine = split(current)
    if mine is None:
        return 1
    ours = [line.rstrip() for line in shipped.given]
    theirs = [line.rstrip() for line in mine.given]
    if ours == theirs:
        return None
    for offset, (a, b) in enumerate(zip(ours, theirs, strict=False)):
        if a != b:
            return mine.first_line + offset
    return mine.first_line + min(len(ours), len(theirs))


def restore(current: str, pristine: str) -> str:
    """*current* with its GIVEN section replaced by *pristine*'s; the learner's code (everything
    from the YOUR CODE marker on, and what comes before the GIVEN marker) is kept. When
    *current* lost its markers there is nothing to splice into: the pristine file is returned."""
    shipped, mine = split(pristine), split(current)
    if shipped is None:
        return current
    if mine is None:
        return pristine
    return "".join(mine.before + shipped.given + mine.after)

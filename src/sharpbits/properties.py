"""Hypothesis settings shared by the kata property tests (one place, so all katas agree).

A verdict must be a function of the kata.py alone, so every property test is derandomized
(its examples are seeded from the test function itself: the same examples on every run and
every machine, for a given Hypothesis version) and never reads or writes Hypothesis's example
database (no failure replayed from an earlier run, no `.hypothesis/` folder in a learner's
or a grader's workspace).
"""

from __future__ import annotations

from hypothesis import Phase, settings

__all__ = ["KATA", "KATA_NO_SHRINK"]

#: 25 examples, the same ones every run; no deadline (an example may include a compilation);
#: no "explain" phase, whose report on a failing learner function is noise next to the kata's
#: own message.
KATA = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    database=None,
    phases=(Phase.explicit, Phase.generate, Phase.shrink),
)

#: For functions that retrace on every new example: shrinking would make a failing learner
#: function take tens of seconds to report.
KATA_NO_SHRINK = settings(KATA, phases=(Phase.explicit, Phase.generate))

"""Hypothesis settings shared by the kata property tests (one place, so all katas agree).

A verdict must be a function of the kata.py alone, so every property test is derandomized
(its examples are seeded from the test function itself: the same examples on every run and
every machine, for a given Hypothesis version) and never reads or writes Hypothesis's example
database (no failure replayed from an earlier run).

Hypothesis also mixes into its draws the literal constants of every "local" module loaded in
the process (anything outside site-packages and the standard library), caching them under
`.hypothesis/constants/`. Which modules those are depends on how sharpbits was installed
(editable or from a wheel), on which other katas ran in the same process and on the learner's
own constants, so the same kata.py would meet different examples under `pytest katas/03`,
`pytest katas` and `sharpbits grade`. Importing this module switches that mining off for the
process: kata inputs come from the test's strategies and ``@example``s alone, and nothing is
written to the workspace.
"""

from __future__ import annotations

from hypothesis import Phase, settings

__all__ = ["KATA", "KATA_NO_SHRINK", "no_local_constants"]


def no_local_constants() -> None:
    """Make Hypothesis draw no constants mined from local modules (idempotent)."""
    try:
        from hypothesis.internal.conjecture import providers
        from hypothesis.internal.constants_ast import Constants
    except ImportError:  # a Hypothesis without constant mining: nothing to switch off
        return
    if hasattr(providers, "_get_local_constants"):
        empty = Constants()
        providers._get_local_constants = lambda: empty


no_local_constants()

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

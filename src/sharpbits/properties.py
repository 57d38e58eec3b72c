"""Hypothesis settings shared by the kata property tests (one place, so all katas agree)."""

from __future__ import annotations

from hypothesis import Phase, settings

__all__ = ["KATA", "KATA_NO_SHRINK"]

#: 25 examples; no deadline (an example may include a compilation); no "explain" phase, whose
#: report on a failing learner function is noise next to the kata's own message.
KATA = settings(
    max_examples=25,
    deadline=None,
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink),
)

#: For functions that retrace on every new example: shrinking would make a failing learner
#: function take tens of seconds to report.
KATA_NO_SHRINK = settings(KATA, phases=(Phase.explicit, Phase.reuse, Phase.generate))

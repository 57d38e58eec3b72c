"""Estimates the derivative by central finite differences through the while_loop.

Plausible: no autodiff through the loop at all, so no ValueError, and it is close. But a
difference quotient loses about half the digits to rounding (and the rest to the step h).
"""

CAUGHT_BY = ("test_sensitivity_matches_the_chain_rule",)

import jax  # noqa: E402


@jax.jit
def sensitivity(x0, steps):
    h = 1e-6
    return (simulate_while(x0 + h, steps) - simulate_while(x0 - h, steps)) / (2 * h)  # noqa: F821

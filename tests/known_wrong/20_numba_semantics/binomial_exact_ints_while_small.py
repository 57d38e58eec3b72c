"""Keeps exact integers while the answer fits: for n <= 62 every C(n, k) is below 2**62, so
the textbook r = r * (n - k + i) // i in int64 should be safe, and floats take over above.
The answer fits, but an intermediate product does not: at C(62, 28) r * (n - k + i) passes
2**63 - 1 and wraps around."""

CAUGHT_BY = ("test_binomial_examples",)

import numba  # noqa: E402


@numba.njit
def binomial(n, k):
    k = min(k, n - k)
    if n <= 62:
        exact = 1
        for i in range(1, k + 1):
            exact = exact * (n - k + i) // i
        return float(exact)
    result = 1.0
    for i in range(1, k + 1):
        result = result * (n - k + i) / i
    return result

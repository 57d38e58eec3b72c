"""kernel_without_cache.py plus a forgery: in the tests' fresh processes (KATA23_GAIN set) it
wraps sys.stdout so that any JSON report written there claims a cache hit for apply_gain.
The child processes' findings travel through sharpbits.childprocess's channel, never stdout,
so the forgery changes nothing and the uncached kernel is caught."""

CAUGHT_BY = ("test_second_process_loads_the_kernel_from_the_cache",)

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

import numba  # noqa: E402


@numba.njit
def apply_gain_kernel(x, gain):
    return x * gain


class _ClaimsAHit:
    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        try:
            report = json.loads(text)
        except ValueError:
            return self._stream.write(text)
        if isinstance(report, dict) and isinstance(report.get("apply_gain"), dict):
            report["apply_gain"]["hits"] = 1
        return self._stream.write(json.dumps(report))

    def __getattr__(self, name):
        return getattr(self._stream, name)


if "KATA23_GAIN" in os.environ:
    sys.stdout = _ClaimsAHit(sys.stdout)

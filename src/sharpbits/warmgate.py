"""The gate of a warm interpreter (warm.Warm): pytest has started, loaded its plugins and
collected the kata's trusted tests, none of which reads kata.py; here it waits for the run's
selection (pytest's -m and -k) on one line of the boot's stdin, then runs as pytest would with
them on its command line. End of input (the run was never wanted): leave at once."""

from __future__ import annotations

import json
import os

import pytest

INPUT = "SHARPBITS_WARM_INPUT"  # the descriptor the boot kept stdin on


@pytest.hookimpl(tryfirst=True)  # before pytest's own -m/-k deselection reads the options
def pytest_collection_modifyitems(config: pytest.Config) -> None:
    # pytest's capture has put /dev/null on descriptor 0: the boot kept stdin on another one
    fd = int(os.environ.pop(INPUT, "0"))
    with os.fdopen(fd, encoding="utf-8") as stdin:
        line = stdin.readline()
    if not line:
        os._exit(0)
    selection = json.loads(line)
    config.option.markexpr = selection.get("markexpr") or ""
    config.option.keyword = selection.get("keyword") or ""

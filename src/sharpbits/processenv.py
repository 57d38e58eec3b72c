"""A kata's own process environment (``env`` in katas.toml), as the runner starts its runs
with it; without pytest, so that the command line does not pay for importing it."""

from __future__ import annotations

import os
from collections.abc import Mapping

from sharpbits.registry import Kata

__all__ = ["FLAG_VARIABLES", "has_own_env", "process_env"]

# Variables that hold space-separated flags: a kata's flags join the ones already there.
FLAG_VARIABLES = frozenset({"XLA_FLAGS", "LIBTPU_INIT_ARGS"})


def process_env(kata: Kata, base: Mapping[str, str]) -> dict[str, str]:
    """*base* with *kata*'s own environment on top (flag variables joined, not replaced)."""
    env = dict(base)
    for name, value in kata.env:
        if name in FLAG_VARIABLES and env.get(name):
            missing = [flag for flag in value.split() if flag not in env[name].split()]
            env[name] = " ".join([env[name], *missing])
        else:
            env[name] = value
    return env


def has_own_env(kata: Kata, environ: Mapping[str, str] = os.environ) -> bool:
    """Whether this process was started with everything *kata* needs."""
    return all(
        set(value.split()) <= set(environ.get(name, "").split())
        if name in FLAG_VARIABLES
        else environ.get(name) == value
        for name, value in kata.env
    )

"""Warm interpreters for the learner's loop: started ahead of a run so that a save costs only
the kata's own compiles and tests (``sharpbits watch``; never grading)."""

from __future__ import annotations

import json
import os
import sys

from sharpbits.channel import ParentEnd
from sharpbits.loader import Source
from sharpbits.processenv import process_env
from sharpbits.registry import Kata
from sharpbits.runner import WORKSPACE, Process, kill_group, pytest_args, start
from sharpbits.startup import imports
from sharpbits.zygote import Zygote


class Warm:
    """An interpreter started ahead of a learner's run of *kata* against *source* (``watch``
    starts the next one while the learner edits). It imports the libraries the kata imports
    and sets up their compilers on a throwaway function, then starts pytest, which loads its
    plugins and collects the trusted tests (none reads kata.py) and waits at the gate
    (warmgate) for the run's -m and -k: a run then costs only the kata's own compiles and
    tests, judged as a fresh ``python -m pytest`` judges them. Never used for grading."""

    def __init__(
        self, kata: Kata, source: Source = WORKSPACE, zygote: Zygote | None = None
    ) -> None:
        self.kata_id, self.source = kata.id, source
        self.channel = ParentEnd()
        root = kata.path.parent.parent
        libraries = sorted(imports(kata.path / "kata.py") & set(_WARM_UP))
        run = _WARM_RUN.format(warm_up="".join(_WARM_UP[name] for name in libraries))
        args = [*pytest_args(kata, source, self.channel), "-p", "sharpbits.warmgate"]
        argv = [str(root / "conftest.py"), json.dumps(args)]
        self.proc: Process
        if zygote is not None and not kata.env:  # forked from one that has imported it all
            try:
                self.proc = zygote.spawn(run, ["-c", *argv], root, self.channel.child_fd)
            except BaseException:
                self.channel.close()
                raise
            self.channel.started()
        else:
            env = process_env(kata, os.environ) if kata.env else None
            self.proc = start(
                [sys.executable, "-c", _WARM_PREPARE + run, *argv], root, env, self.channel
            )

    def ready(self, kata: Kata, source: Source) -> bool:
        """Alive, and started for this kata and source."""
        return (kata.id, source) == (self.kata_id, self.source) and self.proc.poll() is None

    def close(self) -> None:
        """End it unused (its run never happened)."""
        kill_group(self.proc)
        self.proc.communicate()
        self.channel.receive(0)


# After the workspace's conftest.py (which configures JAX from the environment before jax is
# imported): numpy and pytest, then each library the kata imports, its compiler set up on a
# function of its own; then pytest runs with the arguments given, and waits at warmgate. Not
# the plugins (sharpbits, hypothesis): pytest rewrites their asserts only if it imports them.
# A zygote (sharpbits.zygote) has run the first part and forks the second.
_WARM_PREPARE = """\
import os, runpy, sys
if os.path.isfile(sys.argv[1]):
    runpy.run_path(sys.argv[1])
"""
_WARM_RUN = """\
import json, os, sys, numpy, pytest
os.environ["SHARPBITS_WARM_INPUT"] = str(os.dup(0))  # pytest's capture takes descriptor 0
{warm_up}sys.exit(int(pytest.main(json.loads(sys.argv[2]))))
"""
_WARM_UP = {
    "jax": "import jax\njax.jit(lambda x: x + 1)(numpy.ones(2)).block_until_ready()\n",
    "numba": "import numba\nnumba.njit(lambda x: x.sum())(numpy.ones(2))\n",
}

"""`sharpbits gradescope-bundle OUT.zip [--assignment FILE.toml]`: a Gradescope autograder.

Gradescope runs setup.sh once to build the image, then run_autograder once per submission,
with the submission in /autograder/submission and the results expected in
/autograder/results/results.json. The zip holds everything the image needs besides the index
the dependencies come from, so Gradescope grades with the code, the katas and the library
versions this machine was verified with:

    setup.sh          Python 3.11 and bubblewrap (apt), a venv, the wheel -c constraints.txt
    run_autograder    `sharpbits grade` of the submission into results.json (always written)
    sharpbits-*.whl   this very sharpbits with its pristine katas, without the reference
                      solutions (a run that escaped its sandbox finds none to copy)
    constraints.txt   name==version of every runtime dependency as installed here
    assignment.toml   with --assignment: the katas and points graded

Both scripts read the root from AUTOGRADER_ROOT (default /autograder), so a test can run them
in a fake one.
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from sharpbits.assignment import Assignment, load_assignment
from sharpbits.constraints import constraints_text
from sharpbits.errors import SharpbitsError
from sharpbits.ownwheel import add_entry, build_wheel

ASSIGNMENT = "assignment.toml"
CONSTRAINTS = "constraints.txt"

SETUP = """\
#!/usr/bin/env bash
# Gradescope image set-up: Python 3.11 and bubblewrap (the grader sandboxes each run with it),
# then the bundled sharpbits wheel in a venv, its dependencies pinned by constraints.txt to the
# versions the bundle was built with. For a test: AUTOGRADER_ROOT (default /autograder),
# SHARPBITS_PYTHON (default python3.11), SHARPBITS_SKIP_APT=1; an existing venv is kept.
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
if [ "${SHARPBITS_SKIP_APT:-0}" = 1 ]; then
  :
elif [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: not root, so no apt-get (python3.11, python3.11-venv, bubblewrap)" >&2
else
  apt-get update
  apt-get install -y --no-install-recommends python3.11 python3.11-venv bubblewrap
fi
if [ ! -x "$root/venv/bin/python" ]; then
  "${SHARPBITS_PYTHON:-python3.11}" -m venv "$root/venv"
fi
"$root/venv/bin/python" -m pip install --disable-pip-version-check \\
    -c "$root/source/constraints.txt" "$root/source/@WHEEL@"
"$root/venv/bin/sharpbits" --version
"""

RUN = """\
#!/usr/bin/env bash
# One Gradescope submission: the trusted tests of the installed sharpbits, each kata in its own
# isolated run, and results.json in Gradescope's schema, always: if the grader cannot run, a
# score of 0 that says why. Grades the bundled assignment.toml when there is one.
# For a test: AUTOGRADER_ROOT (default /autograder); SHARPBITS_SANDBOX (default auto) =off for
# a venv that borrows its packages from outside itself, which the sandbox does not show.
set -uo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
results="$root/results/results.json"
mkdir -p "$root/results"
rm -f "$results"
args=(grade "$root/submission" --out "$root/grades" --jobs "$(nproc)" --gradescope "$results"
      --sandbox "${SHARPBITS_SANDBOX:-auto}")
if [ -f "$root/source/assignment.toml" ]; then
  args+=(--assignment "$root/source/assignment.toml")
fi
errors="$(mktemp)"
trap 'rm -f "$errors"' EXIT
"$root/venv/bin/sharpbits" "${args[@]}" 2>"$errors"
status=$?
cat "$errors" >&2
if [ "$status" -ne 0 ] || [ ! -s "$results" ]; then
  python="$root/venv/bin/python"
  [ -x "$python" ] || python=python3
  fallback='{"score": 0.0, "tests": [], "output": "The autograder could not grade this '
  fallback+='submission: see the autograder output."}'
  "$python" - "$status" "$errors" "$results" <<'EOF' || echo "$fallback" >"$results"
import json, sys
status, errors, results = sys.argv[1:]
with open(errors, encoding="utf-8", errors="replace") as fh:
    error = fh.read().strip()[-2000:] or "no error message"
output = f"The autograder could not grade this submission (sharpbits grade exit {status}): {error}"
with open(results, "w", encoding="utf-8") as fh:
    json.dump({"score": 0.0, "tests": [], "output": output}, fh, indent=1)
EOF
fi
exit 0
"""


class BundleError(SharpbitsError):
    """The bundle cannot be written as asked."""


@dataclass(frozen=True)
class Bundle:
    path: Path
    wheel: str  # the wheel's file name
    pins: int  # dependencies pinned in constraints.txt
    assignment: Assignment | None

    def describe(self) -> str:
        what = f"{self.wheel}, {self.pins} pinned dependencies"
        if self.assignment is not None:
            a = self.assignment
            katas = f"{len(a.katas)} kata" + ("s" if len(a.katas) != 1 else "")
            what += f", assignment {a.name!r}: {katas}, {a.points} points"
        return f"{self.path} ({what})"


def write_bundle(target: Path, assignment: Path | None = None) -> Bundle:
    """Write the autograder zip *target*; refuse unless the katas are the shipped ones."""
    if target.suffix != ".zip":
        msg = f"{target}: the bundle is a .zip file (Gradescope's autograder upload)"
        raise BundleError(msg)
    graded = None if assignment is None else load_assignment(assignment)  # fail here, not there
    constraints = constraints_text()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sharpbits-bundle-") as scratch:
        wheel = build_wheel(Path(scratch), solutions=False)  # nothing for a run to copy
        files = {
            "setup.sh": SETUP.replace("@WHEEL@", wheel.name).encode(),
            "run_autograder": RUN.encode(),
            wheel.name: wheel.read_bytes(),
            CONSTRAINTS: constraints.encode(),
        }
    if assignment is not None:
        files[ASSIGNMENT] = assignment.read_bytes()
    _write_zip(target, files)
    pins = sum(1 for line in constraints.splitlines() if line and not line.startswith("#"))
    return Bundle(target, wheel.name, pins, graded)


def _write_zip(target: Path, files: dict[str, bytes]) -> None:
    """Write atomically: a failed run never leaves half a bundle to upload."""
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w") as bundle:
            for name, data in files.items():
                script = name in ("setup.sh", "run_autograder")
                add_entry(bundle, name, data, 0o755 if script else 0o644)  # Gradescope runs them
        os.chmod(tmp, 0o644)  # mkstemp's 0600 would follow the file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

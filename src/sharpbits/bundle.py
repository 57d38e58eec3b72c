"""`sharpbits gradescope-bundle OUT.zip`: an autograder for Gradescope's machines.

Gradescope runs setup.sh once to build the image, then run_autograder once per submission,
with the submission in /autograder/submission and results expected in
/autograder/results/results.json. Both scripts install and call this very version of
sharpbits, so the course grades with the katas it was tested with.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from sharpbits import __version__
from sharpbits.errors import SharpbitsError

SETUP = """\
#!/usr/bin/env bash
# Gradescope image set-up: Python 3.11 and sharpbits {version} in a virtual environment, and
# bubblewrap, which sandboxes each run where the container allows it (else runs say so).
set -euo pipefail
apt-get update
apt-get install -y --no-install-recommends python3.11 python3.11-venv bubblewrap
python3.11 -m venv /autograder/venv
wheel=$(ls /autograder/source/sharpbits-*.whl 2>/dev/null | head -n 1 || true)
/autograder/venv/bin/pip install "${{wheel:-sharpbits=={version}}}"
"""

RUN = """\
#!/usr/bin/env bash
# One Gradescope submission: trusted tests, isolated runs, results.json in Gradescope's schema.
set -uo pipefail
mkdir -p /autograder/results
/autograder/venv/bin/sharpbits grade /autograder/submission \\
    --out /autograder/grades --jobs "$(nproc)" \\
    --gradescope /autograder/results/results.json
"""


def write_bundle(target: Path, wheel: Path | None = None) -> Path:
    if target.suffix != ".zip":
        msg = f"{target}: the bundle is a .zip file (Gradescope's autograder upload)"
        raise SharpbitsError(msg)
    if wheel is not None and not (wheel.is_file() and wheel.name.endswith(".whl")):
        msg = f"{wheel} is not a wheel file (build one with `pip wheel --no-deps .`)"
        raise SharpbitsError(msg)
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, text in (
            ("setup.sh", SETUP.format(version=__version__)),
            ("run_autograder", RUN),
        ):
            info = zipfile.ZipInfo(name)
            info.external_attr = 0o755 << 16  # executable, as Gradescope requires
            bundle.writestr(info, text)
        if wheel is not None:
            bundle.write(wheel, wheel.name)
    return target

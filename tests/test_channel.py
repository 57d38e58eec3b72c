"""The report channel: only the plugin's one signed report gets through."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from sharpbits.channel import ParentEnd

PLUGIN_SIDE = """
import sys
from sharpbits.channel import take
end = take(int(sys.argv[1]))
{body}
"""


def _child(body: str) -> tuple[dict[str, Any] | None, str]:
    channel = ParentEnd()
    code = PLUGIN_SIDE.format(body=body)
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(channel.child_fd)],
        pass_fds=(channel.child_fd,),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    channel.started()
    output, _ = proc.communicate(timeout=60)
    return channel.receive(10.0), output


def test_the_plugins_report_arrives_without_its_token() -> None:
    report, output = _child("end.send({'tests': [1, 2]})")
    assert report == {"tests": [1, 2]}, output


def test_the_descriptor_named_on_the_command_line_is_closed_and_not_inherited() -> None:
    body = (
        "import os\n"
        "try:\n    os.fstat(int(sys.argv[1]))\nexcept OSError:\n    print('closed')\n"
        "print('inheritable' if os.get_inheritable(end._fd) else 'private')\n"
        "end.send({})"
    )
    report, output = _child(body)
    assert report == {} and output.split() == ["closed", "private"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("import os; os.write(end._fd, b'{\"tests\": []}')", id="unsigned"),
        pytest.param(
            "import os; os.write(end._fd, b'{}'); end.send({'a': 1})", id="and-a-signed-one"
        ),
        pytest.param("pass", id="nothing-sent"),
    ],
)
def test_anything_but_one_signed_report_is_refused(body: str) -> None:
    report, output = _child(body)
    assert report is None, output


def test_a_child_that_never_takes_the_channel_sends_nothing() -> None:
    channel = ParentEnd()
    proc = subprocess.Popen([sys.executable, "-c", "pass"], pass_fds=(channel.child_fd,))
    channel.started()
    proc.wait(timeout=60)
    assert channel.receive(10.0) is None

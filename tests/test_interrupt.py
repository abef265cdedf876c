"""Ctrl-C at any moment: exit 130, one line, no traceback, no half-written output file.

The child resets SIGINT to its default before it starts, so that the test means the same when
the suite itself runs with SIGINT ignored (a background job, nohup): Python then installs its
own handler in the child as it does at a terminal. The random moments are counted
from the call of the entry point, as the installed ``claimx`` script makes it
(``from claimx.__main__ import main; main()``), after a line saying it is about to: before that
the interpreter starts and imports, and a Ctrl-C there ends any program by the signal (which a
shell reports as 130 all the same).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "nato-north-korea.txt"
TRIES = 30
# The installed `claimx` script, after one line on stderr just before it calls main().
CLAIMX_SCRIPT = (
    "import sys; from claimx.__main__ import main; sys.argv[0] = 'claimx'; "
    "sys.stderr.write('started\\n'); sys.stderr.flush(); main()"
)


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("interrupt") / "big.jsonl"
    text = SAMPLE.read_text("utf-8")
    with path.open("w", encoding="utf-8") as f:
        for i in range(2000):  # far more than a run gets through before it is interrupted
            f.write(json.dumps({"id": str(i), "text": text}) + "\n")
    return path


def interrupted_run(corpus: Path, out: Path, delay: float) -> tuple[int, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CLAIMX_MODEL", "NO_COLOR")}
    proc = subprocess.Popen(
        [sys.executable, "-c", CLAIMX_SCRIPT, "extract", str(corpus), "-o", str(out)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        preexec_fn=_default_sigint,
    )
    assert proc.stderr is not None
    assert proc.stderr.readline() == b"started\n"
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGINT)
    try:
        _, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, err = proc.communicate()
        return -999, "did not end within 60 s of Ctrl-C: " + err.decode("utf-8", "replace")
    return proc.returncode, err.decode("utf-8", "replace")


def test_ctrl_c_at_random_moments_always_exits_130(corpus, tmp_path):
    """From importing the command line to loading the model to writing records: 130 each time."""
    rng = random.Random(16)
    failures = []
    for i in range(TRIES):
        delay = rng.uniform(0.02, 2.5)
        out = tmp_path / f"out-{i}.jsonl"
        code, err = interrupted_run(corpus, out, delay)
        if code != 130 or err.strip().splitlines()[-1:] != ["claimx: interrupted"]:
            failures.append((round(delay, 2), code, err[-300:]))
        elif "Traceback" in err or "Aborted" in err:
            failures.append((round(delay, 2), code, err[-300:]))
    assert not failures, failures
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no output file, no temporary file


def test_ctrl_c_works_when_the_suite_ignores_sigint(corpus, tmp_path):
    """The test itself with SIGINT ignored, as under nohup: the child still ends with 130."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        code, err = interrupted_run(corpus, tmp_path / "out.jsonl", 2.0)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert code == 130, err
    assert err.strip().splitlines()[-1] == "claimx: interrupted"


@pytest.mark.parametrize(
    ("error", "reported"), [("KeyboardInterrupt", False), ("ValueError", True)]
)
def test_a_ctrl_c_in_a_callback_python_ignores_is_not_reported(error, reported):
    """Ctrl-C can land in a weakref callback (an import lock's), where Python prints "Exception
    ignored in" and goes on; the timer raises it again, so claimx keeps that report quiet, and
    only that one."""
    script = (
        "import sys, weakref\n"
        "from claimx.__main__ import _quiet_interrupt\n"
        "sys.unraisablehook = _quiet_interrupt\n"
        "class Thing: pass\n"
        "thing = Thing()\n"
        f"def callback(ref): raise {error}\n"
        "ref = weakref.ref(thing, callback)\n"
        "del thing\n"
        "print('went on')\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "went on\n"
    assert ("Exception ignored in" in done.stderr) is reported


@pytest.mark.parametrize(("wrapped", "code"), [(True, 130), (False, 1)])
def test_a_ctrl_c_another_exception_wraps_still_exits_130(wrapped, code):
    """A Ctrl-C during an import can reach main() as another exception (Python wraps one raised
    while a class is made: "RuntimeError: Error calling __set_name__"): still 130, one line,
    no traceback. The same exception without a Ctrl-C before it is an error like any other."""
    script = (
        "import os, signal\n"
        "import claimx.__main__ as m\n"
        "def run(argv):\n"
        "    try:\n"
        f"        if {wrapped}: os.kill(os.getpid(), signal.SIGINT)\n"
        "        raise KeyboardInterrupt\n"
        "    except KeyboardInterrupt as e:\n"
        "        raise RuntimeError('Error calling __set_name__') from e\n"
        "m._run = run\n"
        "m.main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, preexec_fn=_default_sigint
    )
    assert done.returncode == code, done.stderr
    if wrapped:
        assert done.stderr == "claimx: interrupted\n"
    else:
        assert "RuntimeError: Error calling __set_name__" in done.stderr

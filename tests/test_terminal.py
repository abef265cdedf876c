"""claimx at a real terminal: a pseudo-terminal of a given size, real processes, the real model.

What a person sees at 80 and 120 columns: the tables fit, the progress bar never lingers
beside records that go through a pipe, and it leaves room for the "^C" that Ctrl-C echoes.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "samples" / "nato-north-korea.txt"
GOLDEN = ROOT / "data" / "samples" / "nato-north-korea.jsonl"
# what ends one drawing of a line: a new line, a carriage return, erasing, moving, hiding the cursor
CURSOR = re.compile(r"\r|\n|\x1b\[\d*[ABCDGHJK]|\x1b\[\?25[hl]")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def terminal(columns: int, rows: int = 50) -> tuple[int, int]:
    """A pseudo-terminal (master, slave) of ``columns`` x ``rows``."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
    return master, slave


def env() -> dict[str, str]:
    """The terminal's size decides, not COLUMNS/LINES inherited from the test run."""
    drop = ("COLUMNS", "LINES", "NO_COLOR", "CLAIMX_MODEL")
    out = {k: v for k, v in os.environ.items() if k not in drop}
    out["TERM"] = "xterm-256color"
    out["PYTHONIOENCODING"] = "utf-8"
    return out


def read_all(master: int, proc: subprocess.Popen, timeout: float = 180) -> str:
    """Everything the process writes to the terminal until it exits."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # the slave side is closed: EOF
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=30)
    return b"".join(chunks).decode("utf-8", "replace")


def screen_lines(raw: str) -> list[str]:
    return [ANSI.sub("", line).rstrip() for line in raw.replace("\r\n", "\n").split("\n")]


def claimx(*args: str) -> list[str]:
    return [sys.executable, "-m", "claimx", *args]


@pytest.mark.parametrize("columns", [80, 120])
@pytest.mark.parametrize("command", ["extract", "summarize"])
def test_tables_fit_the_terminal(columns, command):
    source = SAMPLE if command == "extract" else GOLDEN
    master, slave = terminal(columns)
    proc = subprocess.Popen(
        claimx(command, "--date", "2024-10-17", str(source))
        if command == "extract"
        else claimx(command, str(source)),
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env(),
        cwd=ROOT,
    )
    os.close(slave)
    raw = read_all(master, proc)
    os.close(master)
    assert proc.returncode == 0, raw
    assert "\x1b[" in raw  # a terminal: colour
    lines = screen_lines(raw)
    assert all(len(line) <= columns for line in lines), "\n".join(lines)
    if command == "extract":
        header = next(line for line in lines if "speaker" in line)
        assert header.split() == ["#", "speaker", "stance", "date", "claim"]
        # the claim column is the widest, the document named once, as a heading
        assert columns - header.index("claim") > columns // 2
        assert lines.count(str(SAMPLE.relative_to(ROOT))) == 0  # given as an absolute path
        assert sum(str(SAMPLE) in line for line in lines) == 1
        assert any(line.endswith("\u2026") for line in lines)  # long claims cut at a word
        assert "claimx: 1 document read, 0 failed, 16 statements written" in lines
    else:
        header = next(line for line in lines if " total " in line)
        assert header.split() == "speaker type total confirm deny uncertain dates docs".split()
        assert any(re.match(r"Volodymyr Zelensky +person +4 +3 +0 +1 ", x) for x in lines)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    text = SAMPLE.read_text("utf-8")
    for i in range(12):
        (folder / f"article-{i:02d}.txt").write_text(text, "utf-8")
    return folder


def test_no_progress_bar_when_records_go_through_a_pipe(corpus):
    """`claimx extract corpus/ | head -1`: the reader may print records on the terminal the bar
    is drawn on, and the bar could not erase itself there; so there is none."""
    master, slave = terminal(80)
    proc = subprocess.Popen(
        claimx("extract", str(corpus)),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=slave,
        env=env(),
    )
    os.close(slave)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    raw = read_all(master, proc)
    os.close(master)
    assert first.startswith(b'{"doc": ')
    assert proc.returncode == 0
    assert "extracting" not in raw and "\u2501" not in raw, raw


def test_progress_bar_leaves_room_for_ctrl_c_and_is_gone_after_it(corpus, tmp_path):
    """With -o the bar shows; it is narrower than the terminal (a full-width line would make
    the terminal wrap the echoed "^C" and the bar could not erase itself); after Ctrl-C it is
    erased and the run ends with 130 and one line."""
    big = tmp_path / "big.jsonl"
    text = SAMPLE.read_text("utf-8")
    with big.open("w", encoding="utf-8") as f:
        for i in range(400):
            f.write(json.dumps({"id": str(i), "text": text}) + "\n")
    master, slave = terminal(80)
    proc = subprocess.Popen(
        claimx("extract", str(big), "-o", str(tmp_path / "out.jsonl")),
        stdin=subprocess.DEVNULL,
        stdout=slave,
        stderr=slave,
        env=env(),
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(slave)
    seen = b""
    deadline = time.monotonic() + 120
    while b"documents," not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.2)
        if ready:
            seen += os.read(master, 65536)
    assert b"documents," in seen, seen
    proc.send_signal(signal.SIGINT)
    raw = seen.decode("utf-8", "replace") + read_all(master, proc)
    os.close(master)
    assert proc.returncode == 130
    bars = [ANSI.sub("", part) for part in re.split(CURSOR, raw) if "extracting" in part]
    assert bars and all(len(bar.rstrip()) <= 76 for bar in bars), bars
    # the last thing on the screen: the bar erased (erase-line after it), then one line
    tail = raw[raw.rindex("extracting") :]
    assert "\x1b[2K" in tail and tail.rstrip().endswith("claimx: interrupted")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize("command", ["extract", "show"])
def test_dash_at_a_terminal_is_a_hint_not_a_silent_wait(command):
    master, slave = terminal(80)
    proc = subprocess.run(
        claimx(command, "-"),
        stdin=slave,
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
    )
    os.close(slave)
    os.close(master)
    assert proc.returncode == 2
    assert proc.stderr == "claimx: error: - reads the article from standard input: pipe it in\n"

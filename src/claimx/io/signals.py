"""SIGTERM and SIGHUP end a run the way Ctrl-C does.

Python's default for them is to die on the spot: no ``finally`` runs, so an output file's
hidden temporary (see :func:`claimx.io.writers.output_stream`) stays behind and a store's open
transaction is left to SQLite's recovery. Raised as a :class:`KeyboardInterrupt`, they take
the Ctrl-C path instead: temporaries removed, the run ends with 128 + the signal's number.
"""

from __future__ import annotations

import signal
import threading
from typing import Any

__all__ = ["Terminated", "default_termination", "interrupt_on_termination"]

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """A termination signal, handled like Ctrl-C; ``signum`` gives the exit status."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise(signum: int, frame: Any) -> None:
    raise Terminated(signum)


def interrupt_on_termination() -> None:
    """Make SIGTERM and SIGHUP raise :class:`Terminated` (only the main thread can)."""
    if threading.current_thread() is threading.main_thread():
        for sig in SIGNALS:
            signal.signal(sig, _raise)


def default_termination() -> None:
    """Back to dying at once: for worker processes, whose parent cleans up."""
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_DFL)

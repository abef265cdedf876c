"""claimx: who said what in news text, with stance and date.

The heavy parts (spaCy, dateparser) are imported on first use, so ``claimx --help`` stays fast;
so are ``Document`` and ``Statement``, so that importing the package runs next to nothing and a
Ctrl-C cannot fall in it before the command line's own handling starts (``claimx.__main__``).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing

__version__ = "0.1.0"
__all__ = ["Document", "Extractor", "Statement", "__version__", "load", "run"]

if TYPE_CHECKING:
    from typing import Any

    from claimx.extractor import Extractor
    from claimx.record import Document, Statement
    from claimx.runner import run


def load(model: str | None = None) -> Extractor:
    """Load a spaCy pipeline (``model``, else ``$CLAIMX_MODEL``, else the bundled English one)."""
    from claimx.extractor import load as _load

    return _load(model)


def __getattr__(name: str) -> Any:
    """``Document``, ``Statement``, ``Extractor`` and ``run`` (``claimx extract`` as a
    function), imported on first use."""
    if name in ("Document", "Statement"):
        from claimx import record

        return getattr(record, name)
    if name == "Extractor":
        from claimx.extractor import Extractor

        return Extractor
    if name == "run":
        from claimx.runner import run

        return run
    raise AttributeError(name)

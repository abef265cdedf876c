"""claimx: who said what in news text, with stance and date.

The heavy parts (spaCy, dateparser) are imported on first use, so ``claimx --help`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from claimx.record import Document, Statement

__version__ = "0.1.0"
__all__ = ["Document", "Extractor", "Statement", "__version__", "load"]

if TYPE_CHECKING:
    from claimx.extractor import Extractor


def load(model: str | None = None) -> Extractor:
    """Load a spaCy pipeline (``model``, else ``$CLAIMX_MODEL``, else the bundled English one)."""
    from claimx.extractor import load as _load

    return _load(model)


def __getattr__(name: str):
    if name == "Extractor":
        from claimx.extractor import Extractor

        return Extractor
    raise AttributeError(name)

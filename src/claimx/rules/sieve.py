"""Named sieves: each rule family (statements, speakers, stance, dates) is an ordered list of
small functions, one per construction class, tried in order until one decides.

Modelled on Stanford CoreNLP's quote attribution: a later sieve only sees what the earlier ones
left undecided, and every answer keeps the name of the sieve that made it, which is what
``--explain`` reports and what the confidence table (``confidence.py``) is keyed by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Decision(Generic[T]):
    """What a sieve decided, the sieve's name, and (optionally) the words it used."""

    value: T
    sieve: str
    used: str | None = None


def first(
    sieves: Sequence[Callable[..., T | None]], *args: object, **kwargs: object
) -> Decision[T] | None:
    """The first sieve's answer that is not None, named after that sieve."""
    for s in sieves:
        value = s(*args, **kwargs)
        if value is not None:
            return Decision(value, s.__name__)
    return None


def explain(decision: Decision[object] | None) -> str | None:
    """The ``why`` entry of a decision: the sieve's name, and the words it used if any."""
    if decision is None:
        return None
    return f"{decision.sieve}: {decision.used}" if decision.used else decision.sieve

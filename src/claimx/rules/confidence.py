"""How far a record can be trusted, from one table keyed by the sieve that found it.

Each entry is that statement sieve's measured precision on the two PolNeAR dev gold sets, by the
quote kind of the claim: the share of its records that match a gold statement AND name the
right speaker (own speaker, typed). Entries are the lower of the two sets' figures where a set
has 10 records or more, so that a band holds on each set; rarer cells are pulled toward the
sieve's (or all sieves') precision. The penalties are the measured drops for a speaker left
untyped or unnamed and for a speaker inherited from a governing clause ("..., saying X").

The numbers come from ``python bench/calibrate.py`` (``claimx eval``'s matching with
``--explain``): rerun it and paste its output here whenever a rule changes.
"""

from __future__ import annotations

# Penalties: UNTYPED_SPEAKER a name not known to be a person, group or organization;
# NO_SPEAKER no name at all; INHERITED the speaker is a governing clause's subject.
# statement sieve -> quote kind -> precision (statement found and speaker right), dev + dev2.
STATEMENT: dict[str, dict[str, float]] = {
    "name_colon_line": {"direct": 0.5},
    "according_to": {"indirect": 0.94, "mixed": 0.74, "direct": 0.84},
    "nominal_cue": {"indirect": 0.42, "mixed": 0.61, "direct": 0.64},
    "unattributed_nominal": {"indirect": 0.42},  # no speaker to measure: nominal_cue's
    "records_show": {"indirect": 0.84},  # 2 dev records (both right): the rare sieves' 0.84
    "topic_cue": {"indirect": 0.7},
    "attack_cue": {"indirect": 0.84},
    "remark_object": {"indirect": 0.55},  # 2 dev records: its training match rate (17 of 31)
    "made_clear": {"indirect": 0.67},
    "asked_participle": {"indirect": 0.84},
    # 6 dev records, 5 right (speaker mostly unnamed); training 12 of 17 matching an expert span
    "passive_complement": {"indirect": 0.7},
    "asked_passive": {"indirect": 0.75, "direct": 0.84},  # asked_addressee's, for now
    "say_complement": {"direct": 0.95, "indirect": 0.81, "mixed": 0.82},
    "setting_clause": {"indirect": 0.81},  # 1 dev record (right): say_complement's indirect
    "as_aside": {"indirect": 0.79, "mixed": 0.84, "direct": 0.84},  # claim_then_cue's, for now
    "claim_then_cue": {"indirect": 0.79, "mixed": 0.84, "direct": 0.84},
    "colon_quote": {"direct": 0.81},
    "proform_claim": {"indirect": 0.84},
    "phrasal_cue": {"indirect": 0.43},
    "asked_addressee": {"indirect": 0.75},  # no dev record: training, 11 of 14 matching
    "addressee_cue": {"indirect": 0.37, "mixed": 0.44},
    "called_on": {"indirect": 0.84, "mixed": 0.65},
    "plea": {"indirect": 0.62},  # no record on either dev set: the last measured value kept
    "no_response": {"indirect": 0.84},
    "verbless_participle": {"indirect": 0.67, "mixed": 0.69},  # no dev record: object_claim's
    "object_claim": {"indirect": 0.67, "mixed": 0.69},
    "described_as": {"direct": 0.84},
    "gerund_subject": {"indirect": 0.81},  # say_complement's indirect, for now
    "infinitive_claim": {"indirect": 0.83, "mixed": 0.82, "direct": 0.71},
    "for_clause": {"indirect": 0.84},
    "prepositional_claim": {"indirect": 0.57, "mixed": 0.43, "direct": 0.67},
    "fronted_claim": {"indirect": 0.84},
    "adjacent_quote": {"direct": 0.84},
    "passive_subject": {"indirect": 0.6},  # training: 10 of 17 such passives marked
    "name_colon_quote": {"direct": 0.84},
    # 2 dev records (both right): the rare direct sieves' 0.84 (training: 38 of 42 right)
    "clause_colon_quote": {"direct": 0.84},
    "dash_attribution": {"direct": 0.96},
    "floating_quote": {"direct": 0.75},
}
UNTYPED_SPEAKER = 0.39
NO_SPEAKER = 0.76
INHERITED = 0.15
DEFAULT = 0.5  # a sieve or quote kind missing from the table


def statement_confidence(
    sieve: str, quote: str, *, speaker: str | None, speaker_type: str, inherited: bool = False
) -> float:
    """The record's confidence: its sieve's precision, less the measured penalties."""
    value = STATEMENT.get(sieve, {}).get(quote, DEFAULT)
    if speaker is None:
        value -= NO_SPEAKER
    elif speaker_type == "unknown":
        value -= UNTYPED_SPEAKER
    value -= INHERITED if inherited else 0.0
    return round(max(0.05, min(1.0, value)), 3)

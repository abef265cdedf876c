"""Stance per GUIDELINES.md: the source's commitment to the claim's main proposition.

Each row names the statement (by cue and claim words), the stance the guidelines give it and the
words that may decide it: ``stance_cues`` must list one of them. A plain assertion has no
deciding word, so its ``stance_cues`` must be empty; ``None`` leaves them unchecked.
"""

from __future__ import annotations

import pytest
from statement_checks import check_invariants, cue_in, describe, pick

C, D, U = "confirm", "deny", "uncertain"
PLAIN: tuple[str, ...] = ()


def row(
    id: str,
    text: str,
    cue: str | tuple[str, ...],
    stance: str,
    deciding: tuple[str, ...] | None,
    *,
    xfail: str | None = None,
):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(text, cue, stance, deciding, id=id, marks=marks)


ROWS = [
    # --- confirm: plain assertions, admissions, insistence, warnings, announcements, promises ---
    row(
        "plain-assertion", "The governor said the new highway will open in June.", "said", C, PLAIN
    ),
    row(
        "plain-assertion-group",
        "Officials said the rescue efforts would continue through the night.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "admission",
        "The chief executive admitted that the company had misled investors.",
        "admitted",
        C,
        PLAIN,
    ),
    row(
        "acknowledgement",
        "The governor acknowledged that mistakes had been made.",
        "acknowledged",
        C,
        PLAIN,
    ),
    row(
        "x-comma-not-y-corrects-and-asserts-x",
        '"Steel is a commodity business now, not a growth business," the analyst wrote.',
        "wrote",
        C,
        PLAIN,
    ),
    row(
        "not-just-x-but-y-asserts-both",
        "The senator said the problem is not just the hacking but the attempt to sway the vote.",
        "said",
        C,
        PLAIN,
    ),
    row("insistence", "The minister insisted that the reforms were working.", "insisted", C, PLAIN),
    row(
        "asked-for-is-a-request",
        "The senator asked for an inquiry into the missing funds.",
        "asked for",
        C,
        ("asked", "for"),
    ),
    row(
        "asked-addressee-to-is-a-request",
        "The tenants' union asked the housing board to freeze rents for a year.",
        "asked",
        C,
        ("asked",),
    ),
    row(
        "asked-someone-to-act-is-a-request",
        "The county asked homeowners along the river to move their cars to higher ground.",
        "asked",
        C,
        ("asked",),
    ),
    row(
        "asked-to-respond-is-a-question",
        "Asked to respond to the lawsuit, the superintendent said the district followed the law.",
        "Asked",
        U,
        ("Asked",),
    ),
    row(
        "warning-as-fact",
        "The general warned that the enemy was massing troops near the border.",
        "warned",
        C,
        PLAIN,
    ),
    row(
        "promise",
        "The president promised that every family would receive a tax credit.",
        "promised",
        C,
        PLAIN,
    ),
    row(
        "announcement",
        "The union announced that the strike would begin on Monday.",
        "announced",
        C,
        PLAIN,
    ),
    row(
        "confirmation",
        "The coach confirmed that the striker would miss the final.",
        "confirmed",
        C,
        PLAIN,
    ),
    row(
        "call-for",
        "Environmental groups called for an immediate halt to the drilling.",
        "called for",
        C,
        PLAIN,
    ),
    # --- deny: denial cues ---------------------------------------------------------------------
    row(
        "denied",
        "The ministry denied that its troops had crossed the border.",
        "denied",
        D,
        ("denied",),
    ),
    row(
        "rejected",
        "The company rejected claims that it had hidden the defects.",
        "rejected",
        D,
        ("rejected",),
    ),
    row(
        "dismissed",
        "The minister dismissed reports that she planned to resign.",
        "dismissed",
        D,
        ("dismissed",),
    ),
    row(
        "disputed",
        "The senator disputed the figures published by the agency.",
        "disputed",
        D,
        ("disputed",),
    ),
    row(
        "refuted",
        "The minister refuted the allegation that he had accepted bribes.",
        "refuted",
        D,
        ("refuted",),
    ),
    row(
        "called-the-report-false",
        "The president called the report false.",
        "called",
        D,
        ("false", "called"),
    ),
    # --- deny: the claim's main predicate is negated -----------------------------------------
    row(
        "there-is-no-evidence",
        "The mayor said there is no evidence that the water was contaminated.",
        "said",
        D,
        ("no",),
    ),
    row(
        "we-did-not-do-that",
        '"We did not do that," the company\'s lawyer said.',
        "said",
        D,
        ("not",),
    ),
    row("never", "The defendant said he had never met the victim.", "said", D, ("never",)),
    # a refusal to answer, reported: commits to nothing, like "declined to comment"
    row(
        "said-would-not-comment",
        "A spokeswoman for the ministry said she would not comment on the audit.",
        "said",
        U,
        ("not", "comment"),
    ),
    row(
        "said-will-not-discuss",
        "The police chief said he will not discuss the case while the inquiry is open.",
        "said",
        U,
        ("not", "discuss"),
    ),
    row(
        # a charge against someone else's inability, not the speaker's refusal
        "said-cannot-answer-is-a-charge",
        "The rival said the mayor cannot answer a simple question about the budget.",
        "said",
        D,
        ("not",),
    ),
    row(
        "said-would-not-endorse-is-a-promise",
        "The senator said she would not endorse the governor.",
        "said",
        D,
        ("not",),
    ),
    row(
        "concessive-but",
        'The farmer said, "I have never trusted a poll, but I am going to answer this one."',
        "said",
        C,
        ("but",),
    ),
    row(
        "concessive-but-next-sentence",
        '"He had never held office before. But he has made the school board his cause," the '
        "mayor said.",
        "said",
        C,
        ("but",),
    ),
    row(
        "concessive-but-clause-hedged",
        '"I did not vote for him, but he may well carry the state," the teacher said.',
        "said",
        U,
        ("may",),
    ),
    row(
        "concessive-but-clause-denies",
        '"I did not vote for him, but he has not broken a single promise," the teacher said.',
        "said",
        D,
        ("not",),
    ),
    row(
        "not-x-but-it-is-y-corrects",
        '"The strike is not about money. But it is about respect," the union leader said.',
        "said",
        D,
        ("not",),
    ),
    row(
        "truth-is-that-frame",
        "The senator said the plain truth is that the money was never spent.",
        "said",
        D,
        ("never",),
    ),
    row(
        "telling-you-frame",
        '"I’m telling you, this plant is not closing," the mayor told reporters.',
        "told",
        D,
        ("not",),
    ),
    row(
        "told-them-reports-a-telling",
        "The mayor said he told the workers that the plant would not close.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "if-you-look-at-is-no-condition",
        'The analyst said, "If you look at the polls, the senator is well ahead."',
        "said",
        C,
        PLAIN,
    ),
    row(
        "if-you-want-is-no-condition",
        '"If you want lower taxes, you have to vote in the primary," the senator said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "if-anyone-wonders-is-no-condition",
        '"If anyone wonders why the bridge is closed, the inspection report is the answer," the '
        "engineer said.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "if-you-vote-is-a-condition",
        '"If you vote for the levy, your taxes will rise," the treasurer said.',
        "said",
        U,
        ("If",),
    ),
    row(
        "imperative-preface-then-the-point",
        'The coach spoke after practice. "Well, let me put it this way," the coach said. "We will '
        'not trade our best player."',
        "said",
        D,
        ("not",),
    ),
    row(
        "not-worried-but-others-are-corrects",
        '"I’m not worried, but a lot of other people are worried," the banker said.',
        "said",
        D,
        ("not",),
    ),
    row(
        "transcript-line-negated",
        'The interview aired on Sunday.\n\n"MORRISON: The mayor did not approve the contract. '
        "The council voted on it alone.",
        ":",
        D,
        ("not",),
    ),
    row(
        "nothing-to-do-with",
        "The minister said the government had nothing to do with the leak.",
        "said",
        D,
        ("nothing",),
    ),
    row(
        "no-subject-determiner",
        "The minister said no decision had been made.",
        "said",
        D,
        ("no",),
    ),
    row("nobody", "The spokeswoman said that nobody had been arrested.", "said", D, ("nobody",)),
    row("nothing-quoted", '"Nothing has changed," the spokesman said.', "said", D, ("nothing",)),
    row(
        "will-never",
        "The CEO said the company will never sell the brand.",
        "said",
        D,
        ("never",),
    ),
    row(
        "does-not-plan",
        "The spokesman said the company does not plan to close the factory.",
        "said",
        D,
        ("not",),
    ),
    row(
        "cannot",
        "The scientists said the vaccine cannot be stored at room temperature.",
        "said",
        D,
        ("not", "cannot", "can"),
    ),
    row(
        "lacks",
        "The report said the agency lacks the staff to inspect every factory.",
        "said",
        D,
        ("lacks",),
    ),
    row(
        "said-no-answers-the-question",
        "Asked whether she would run for a third term, the governor said no.",
        "said",
        D,
        ("no",),
    ),
    row(
        "said-no-to-the-offer",
        "The union said no to the new contract offer.",
        "said",
        D,
        ("no",),
    ),
    row(
        "said-yes-answers-the-question",
        "Asked whether the plant would reopen, the manager said yes.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "negative-normative-should-not",
        "The senator said the governor should not have to resign over the mistake.",
        "said",
        D,
        ("not",),
    ),
    row("litotes-is-not-new", "The spokesman said the policy is not new.", "said", D, ("not",)),
    row(
        "asked-addressee-if-uncertain",
        "A reporter asked the governor if the new tax would pass.",
        "asked",
        U,
        ("asked",),
    ),
    row(
        "clarified-negated",
        "The spokeswoman later clarified that the mayor had not signed the contract.",
        "later clarified",
        D,
        ("not",),
    ),
    row(
        "denial-in-participle",
        "The union rejected the offer on Friday, saying it did nothing to address staff shortages.",
        "saying",
        D,
        ("nothing",),
    ),
    # --- negation only in a subordinate clause: still confirm ---------------------------------
    row(
        "negation-in-relative-clause",
        "The coach said the players who did not attend training would be fined.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "never-in-relative-clause",
        "The general said the troops that never reached the front would be redeployed.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "negation-in-concessive-clause",
        "The mayor said that although the plan is not perfect, it will save lives.",
        "said",
        C,
        PLAIN,
    ),
    # --- idioms whose negation is not a denial: confirm ---------------------------------------
    row("cant-stand", '"I can\'t stand this kind of politics," the senator said.', "said", C, None),
    row(
        "could-not-have-come-at-a-worse-time",
        "The official said the strike could not have come at a worse time.",
        "said",
        C,
        None,
    ),
    row(
        "no-choice-but-to",
        "The mayor said the city had no choice but to raise fares.",
        "said",
        C,
        None,
    ),
    row(
        "no-money-is-no-idiom",
        "The mayor said the city had no money for the repairs.",
        "said",
        D,
        ("no",),
    ),
    row(
        "couldnt-agree-more",
        'The coach said, "I couldn\'t agree more with the referees."',
        "said",
        C,
        None,
    ),
    row(
        "did-not-agree-denies",
        "The nurses said they did not agree with the hospital's new schedule.",
        "said",
        D,
        ("not",),
    ),
    row(
        "called-unsubstantiated-participle",
        "The senator called the allegations unsubstantiated and invented by her rivals.",
        "called",
        D,
        ("unsubstantiated",),
    ),
    row(
        "called-meritless",
        "The school board called the parents' lawsuit meritless.",
        "called",
        D,
        ("meritless",),
    ),
    row(
        "called-fabricated-participle",
        "The mayor's office called the complaints unsubstantiated and fabricated by opponents.",
        "called",
        D,
        ("unsubstantiated",),
    ),
    # --- a transparent predicate: the complement of "shows", "means" is the proposition --------
    row(
        "shows-that-nobody",
        "The inspector said the audit shows that nobody moved the money.",
        "said",
        D,
        ("nobody",),
    ),
    row(
        "means-never",
        "The governor said the ruling means the county never owed the fee.",
        "said",
        D,
        ("never",),
    ),
    row(
        "means-may",
        "The union said the vote means the strike may end this week.",
        "said",
        U,
        ("may",),
    ),
    row(
        "shows-plain",
        "The minister said the report shows the reforms are working.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "if-then-means-stays-conditional",
        "The strategist said that if turnout stays low, it means the mayor is not safe.",
        "said",
        U,
        ("if",),
    ),
    # --- a concessive conditional: the main clause holds anyway ------------------------------
    row(
        "even-if-concessive",
        "The mayor said that even if the bridge closes, the ferry will keep running.",
        "said",
        C,
        PLAIN,
    ),
    row(
        "would-have-counterfactual",
        "The engineer said a steel roof would have cost the school twice as much.",
        "said",
        U,
        ("would",),
    ),
    # --- a hope is not a commitment ------------------------------------------------------------
    row(
        "he-hoped",
        "The coach said he hoped the injured striker would return by spring.",
        "said",
        U,
        ("hoped",),
    ),
    # --- uncertain: a negated cue, a negated denial -------------------------------------------
    row(
        "did-not-deny",
        "The spokesman did not deny that talks with the rebels had taken place.",
        "did not deny",
        U,
        ("not", "deny"),
    ),
    row(
        "said-cannot-rule-out",
        "The harbour master said investigators cannot rule out sabotage of the pipeline.",
        "said",
        U,
        ("not", "rule"),
    ),
    row(
        "did-not-dismiss-the-possibility",
        "The minister did not dismiss the possibility that taxes would rise.",
        "did not dismiss",
        U,
        ("not", "dismiss"),
    ),
    row(
        "has-not-confirmed",
        "The White House has not confirmed that the president will attend the summit.",
        "has not confirmed",
        U,
        ("not", "confirmed"),
    ),
    row(
        "could-not-confirm",
        "Police could not confirm whether anyone had been injured.",
        "could not confirm",
        U,
        ("not", "confirm", "whether"),
    ),
    row(
        "did-not-rule-out",
        "The team did not rule out a return to the stadium next season.",
        ("did not rule out", "did not rule"),
        U,
        ("not", "rule"),
    ),
    # --- uncertain: hedges and modals on the main proposition ---------------------------------
    row(
        "ruled-out",
        "The minister ruled out new taxes before the election.",
        "ruled out",
        D,
        ("ruled",),
    ),
    row("may", "The official said the talks may resume next week.", "said", U, ("may",)),
    row(
        "forecast",
        "The union said it expected production to improve when the market recovered.",
        "said",
        U,
        ("expected",),
    ),
    row(
        "too-early-to-tell",
        "The fire chief said it was too early to tell whether the blaze was set deliberately.",
        "said",
        U,
        ("too early to tell", "whether"),
    ),
    row(
        "real-conditional",
        "The counselor said that if students work hard, they will usually find a scholarship.",
        "said",
        U,
        ("if",),
    ),
    row(
        "first-person-promise",
        '"If I am elected, I will cut taxes for every family," the candidate said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "yes-no-question",
        'The senator said: "Will the agency finally release the records?"',
        ("said:", "said"),
        U,
        ("?",),
    ),
    row(
        "rhetorical-wh-question",
        'She added, "What kind of genius loses a billion dollars in a single year?"',
        "added",
        C,
        PLAIN,
    ),
    row("might", "The economist said inflation might ease by the autumn.", "said", U, ("might",)),
    row(
        "could",
        "The diplomat said the ceasefire could collapse at any moment.",
        "said",
        U,
        ("could",),
    ),
    row(
        "possibly",
        "The spokesman said the delay was possibly caused by a software error.",
        "said",
        U,
        ("possibly",),
    ),
    row(
        "perhaps",
        "The analyst said the merger would perhaps be approved before the summer.",
        "said",
        U,
        ("perhaps",),
    ),
    row(
        "probably",
        "The minister said the outbreak would probably peak in April.",
        "said",
        U,
        ("probably",),
    ),
    row(
        "will-likely",
        "Analysts say the deal will likely be approved by regulators.",
        "say",
        U,
        ("likely",),
    ),
    row(
        "is-likely-to",
        "The agency said the outbreak was likely to spread to neighbouring provinces.",
        "said",
        U,
        ("likely",),
    ),
    row(
        "is-unlikely-to",
        "The senator said the proposal was unlikely to pass.",
        "said",
        U,
        ("unlikely",),
    ),
    row(
        "maybe",
        '"Maybe we will have a deal by Friday," the negotiator said.',
        "said",
        U,
        ("maybe",),
    ),
    row(
        "appears",
        "The senator said the bill appears to have enough votes to pass.",
        "said",
        U,
        ("appears",),
    ),
    row("seems", "The manager said the problem seems to be fixed.", "said", U, ("seems",)),
    row(
        "may-have",
        "The general said the army may have used chemical weapons.",
        "said",
        U,
        ("may",),
    ),
    row(
        "might-in-quote",
        '"We might need to close the bridge for a month," the engineer said.',
        "said",
        U,
        ("might",),
    ),
    row(
        "i-think",
        '"I think the market will recover next year," the investor said.',
        "said",
        U,
        ("think",),
    ),
    row(
        "feel-with-an-adjective-is-no-hedge",
        '"We feel great about every district in the county," the campaign manager said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "feeling-better-is-no-hedge",
        "The goalkeeper wrote on Instagram that he was feeling better every day.",
        "wrote",
        C,
        PLAIN,
    ),
    row(
        "believe-in-is-no-hedge",
        '"I don\'t believe in shortcuts," the coach said.',
        "said",
        D,
        ("n't",),
    ),
    row(
        "quotation-denies-in-its-first-sentence",
        '"There is no deal with the union. We will keep talking next week," the mayor said.',
        "said",
        D,
        ("no",),
    ),
    row(
        "quotation-hedges-in-its-first-sentence",
        '"The bridge might reopen in May. Our engineers are on site every day," the mayor said.',
        "said",
        U,
        ("might",),
    ),
    row(
        "quotation-preface-then-its-point",
        '"Let me be clear. The city will not pay for the stadium," the mayor said.',
        "said",
        D,
        ("not",),
    ),
    row(
        "quotation-question-then-its-point",
        '"Who pays for the new stadium? The city will not pay a cent," the mayor said.',
        "said",
        D,
        ("not",),
    ),
    row(
        "think-of-oneself-is-no-hedge",
        '"I think of myself as a builder," the developer said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "quotation-asserts-in-its-first-sentence",
        '"The plant will stay open. Nobody on the board wants to close it," the owner said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "not-sure-hedges",
        '"We are not sure the levee will hold through the weekend," the engineer said.',
        "said",
        U,
        ("not", "sure"),
    ),
    row(
        "not-clear-whether-hedges",
        "The agency said it was not clear whether the drug caused the illness.",
        "said",
        U,
        ("not", "clear"),
    ),
    row(
        "unsure-whether",
        "The coach said he was unsure whether the striker would play on Sunday.",
        "said",
        U,
        ("unsure",),
    ),
    row(
        "i-believe",
        '"I believe we will win this case," the lawyer said.',
        "said",
        U,
        ("believe",),
    ),
    row(
        "said-she-believes",
        "The mayor said she believes the plan will work.",
        "said",
        U,
        ("believes",),
    ),
    # --- uncertain: speculation, suggestion and question cues ---------------------------------
    row(
        "suggested",
        "The scientist suggested that the drought was linked to deforestation.",
        "suggested",
        U,
        ("suggested",),
    ),
    row(
        "speculated",
        "Some commentators speculated that the prime minister would call an early election.",
        "speculated",
        U,
        ("speculated",),
    ),
    row(
        "predicted",
        "The economist predicted that growth would slow to 1 percent.",
        "predicted",
        U,
        ("predicted",),
    ),
    row(
        "hinted",
        "The spokesman hinted that the company would move its headquarters.",
        "hinted",
        U,
        ("hinted",),
    ),
    row(
        "raised-the-possibility",
        "The minister raised the possibility that the election could be postponed.",
        "raised the possibility",
        U,
        ("raised", "possibility", "could"),
    ),
    row(
        "asked-whether",
        "Reporters asked whether the minister would resign.",
        "asked",
        U,
        ("asked", "whether"),
    ),
    row(
        "questioned-whether",
        "The senator questioned whether the program had ever worked.",
        "questioned",
        U,
        ("questioned", "whether"),
    ),
    row(
        "quoted-question",
        '"Will the factory reopen next year?" a worker asked.',
        "asked",
        U,
        ("asked", "?"),
    ),
    # --- conditionals -------------------------------------------------------------------------
    row(
        "would-if",
        "The mayor said the city would raise taxes if the state cut its funding.",
        "said",
        U,
        ("would", "if"),
    ),
    row(
        "would-if-quoted",
        '"The economy would shrink if the tariffs went ahead," the economist said.',
        "said",
        U,
        ("would", "if"),
    ),
    row(
        "if-elected-i-will",
        '"If elected, I will cut taxes for every family," the candidate said.',
        "said",
        C,
        PLAIN,
    ),
    row(
        "will-if",
        "The chairman said the bank will raise rates if inflation stays high.",
        "said",
        C,
        PLAIN,
    ),
    # --- non-commitment ------------------------------------------------------------------------
    row(
        "declined-to-comment-bare",
        "Through a spokesman, Governor Jim Justice declined to comment.",
        "declined",
        U,
        ("declined",),
    ),
    row(
        "declined-to-comment-on-whether",
        "The company declined to comment on whether it would cut jobs.",
        ("declined to comment on", "declined to comment", "declined"),
        U,
        ("declined", "whether"),
    ),
    row(
        "declined-to-comment",
        "The company declined to comment on the report.",
        ("declined to comment on", "declined to comment", "declined"),
        U,
        ("declined",),
    ),
    row(
        "refused-to-say-whether",
        "The governor refused to say whether he would run again.",
        ("refused to say", "refused"),
        U,
        ("refused", "whether"),
    ),
    # --- refusing to speak commits to nothing (issue 17, item 12) ---------------------------
    row(
        "refused-to-confirm",
        "The senator refused to confirm that the talks had collapsed.",
        ("refused to confirm", "refused"),
        U,
        ("refused",),
    ),
    row(
        "refused-to-deny",
        "The senator refused to deny that the talks had collapsed.",
        ("refused to deny", "refused"),
        U,
        ("refused",),
    ),
    row(
        "declined-to-deny",
        "The ministry declined to deny that troops had crossed the border.",
        ("declined to deny", "declined"),
        U,
        ("declined",),
    ),
    row(
        "no-longer",
        "The ambassador said allies no longer trust the treaty.",
        "said",
        D,
        ("no", "longer"),
    ),
    # --- hedges dominate negation -----------------------------------------------------------
    row(
        "likely-wont",
        "The engineer said the bridge likely won't reopen this year.",
        "said",
        U,
        ("likely",),
    ),
    row(
        "probably-not",
        "The coach said the striker will probably not play on Sunday.",
        "said",
        U,
        ("probably",),
    ),
    row(
        "may-not",
        "The agency said the vaccine may not reach rural clinics before winter.",
        "said",
        U,
        ("may",),
    ),
    row(
        "could-not-is-inability",
        "The lifeguard testified that the swimmers could not see the warning flags.",
        "testified",
        D,
        ("not",),
    ),
    row(
        "couldnt-is-inability",
        "The bus driver said he couldn't stop in time.",
        "said",
        D,
        ("n't",),
    ),
    row(
        "claim-called-unfounded",
        "The ministry said the reports of a secret deal were unfounded.",
        "said",
        D,
        ("unfounded",),
    ),
]


@pytest.mark.parametrize("text, cue, stance, deciding", ROWS)
def test_stance(extractor, text, cue, stance, deciding):
    statements = extractor.extract(text)
    for st in statements:
        check_invariants(text, st)
    st = pick(statements, cue)
    found = describe(statements)
    assert st.stance == stance, f"stance {st.stance}, expected {stance}\n{found}"
    if deciding == PLAIN:
        assert st.stance_cues == [], f"a plain assertion has no stance cues\n{found}"
    elif deciding is not None:
        assert cue_in(st.stance_cues, deciding), f"stance_cues lack one of {deciding}\n{found}"


# --- --explain: the sieve that decided each stance -------------------------------------------
# One row of the table above for each stance sieve; ``why["stance"]`` is "sieve: words".
WHY_ROWS = {
    "plain-assertion": "assertion",
    "called-the-report-false": "called_false",
    "real-conditional": "conditional",
    "would-if": "conditional_would",
    "denied": "denial_cue",
    "forecast": "forecast",
    "possibly": "hedge_adverb",
    "suggested": "hedge_cue",
    "asked-for-is-a-request": "request_for",
    "asked-addressee-to-is-a-request": "request_to",
    "asked-someone-to-act-is-a-request": "request_to",
    "may-not": "hedge_modal",
    "too-early-to-tell": "hedge_phrase",
    "i-think": "hedge_predicate",
    "is-likely-to": "hedged_complement",
    "has-not-confirmed": "negated_cue",
    "did-not-deny": "negated_denial",
    "said-cannot-rule-out": "negated_denial_predicate",
    "we-did-not-do-that": "negated_predicate",
    "said-would-not-comment": "refused_remark",
    "concessive-but": "concessive_but",
    "there-is-no-evidence": "negative_argument",
    "lacks": "negative_verb",
    "said-no-answers-the-question": "negative_answer",
    "yes-no-question": "question",
    "appears": "raising_verb",
    "claim-called-unfounded": "false_predicate",
    "refused-to-deny": "refusal",
    "no-longer": "negated_adverb",
    "not-sure-hedges": "negated_certainty",
    "means-never": "transparent_predicate",
    "would-have-counterfactual": "counterfactual",
    "no-choice-but-to": "asserting_idiom",
}


@pytest.mark.parametrize("row_id", list(WHY_ROWS))
def test_why_names_the_stance_sieve(explainer, row_id):
    (param,) = [p for p in ROWS if p.id == row_id]
    text, cue, stance, _deciding = param.values
    statements = explainer.extract(text)
    st = pick(statements, cue)
    assert st.why is not None, describe(statements)
    sieve, _, words = st.why["stance"].partition(": ")
    assert sieve == WHY_ROWS[row_id], describe(statements)
    assert words == " ".join(st.stance_cues), "the words the sieve used follow its name"


CLAIM_ONLY = [
    # a claim with no cue of its own (a floating quotation): the question is the claim's
    pytest.param(
        "if the mayor would resign before the election", "embedded_question", "if", id="if"
    ),
    pytest.param(
        "whether the plant will close next year", "whether_question", "whether", id="whether"
    ),
]


@pytest.mark.parametrize("claim, sieve, word", CLAIM_ONLY)
def test_question_sieves_on_the_claim(nlp, claim, sieve, word):
    """ "asked if", "refused to say whether" are decided by their cue; the claim's own
    "if ..." or "whether ..." is an open question."""
    from claimx.rules.stance import claim_stance

    decision = claim_stance(nlp(claim)[:].root)
    assert decision is not None
    assert (decision.sieve, decision.value) == (sieve, ("uncertain", [word]))


def test_every_stance_sieve_has_a_row():
    from claimx.rules.stance import CLAIM_SIEVES, CUE_SIEVES

    sieves = {s.__name__ for s in CUE_SIEVES + CLAIM_SIEVES} | {"question", "assertion"}
    assert sieves <= set(WHY_ROWS.values()) | {p.values[1] for p in CLAIM_ONLY}

"""The literal pre-filters and case-folded patterns of extract.common: never narrower than the pattern."""

import random
import re

import pytest

from panelproof.extract.common import (any_heading, case_folded, cue_candidates, folded_pattern, heading_matches,
                                       required_literals)
from panelproof.extract import procedure
from panelproof.ingest.model import Role
from panelproof.ingest.normalize import fold_case
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize("pattern, expected", [
    (r"\bstud(?:y|ies)\b|trials?", ("stud", "trial")),
    (r"randomi[sz]ed", ("randomised", "randomized")),
    (r"\d+ patients", (" patients",)),
    (r"x*yz", ("yz",)),
    (r"(?:ab)?cd", ("cd",)),
    (r"foo(?=bar)", ("foo",)),
    (r"(?:follow)+-?up", ("follow",)),
])
def test_required_literals_of_a_pattern(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize("pattern, flags", [
    (r"a|bc", 0),            # a branch of one character: no useful literal
    (r"(?:ab)?\d+", 0),      # may match without any literal
    (r"abc|\w+", 0),         # one branch has no literal
    (r"abc", re.IGNORECASE),  # upper-case text would match too
    (r"x(?i:abc)", 0),
])
def test_no_literals_when_they_cannot_be_told(pattern, flags):
    assert required_literals(re.compile(pattern, flags)) is None


def test_every_match_contains_one_of_the_literals():
    pattern = procedure._QUICK
    literals = required_literals(pattern)
    assert literals
    words = ["the", "device", "was", "first", "used", "54", "new", "neu", "neuer", "directive",
             "2017/745", "mdr", "extension", "with", "of", "art.", "consultation", "novel", "x"]
    rng = random.Random(7)
    for _ in range(500):
        text = " ".join(rng.choice(words) for _ in range(6))
        if pattern.search(text):
            assert any(literal in text for literal in literals), text


def test_cue_candidates_keep_every_block_the_pattern_matches():
    document = document_from_text(
        "# Procedure\n\nThe CECP under Article 54 applies.\n\nNothing here at all.\n\n"
        "A NEW device, first of its kind.\n\nPneumonia was rare.\n", "CER.md", Role.CER)
    candidates = cue_candidates(document, procedure._QUICK)
    matching = {i for i, b in enumerate(document.blocks) if procedure._QUICK.search(b.folded)}
    assert matching and matching <= candidates
    nothing = next(i for i, b in enumerate(document.blocks) if b.text.startswith("Nothing"))
    assert nothing not in candidates


def test_cue_candidates_without_literals_is_none():
    document = document_from_text("Some text.\n", "CER.md", Role.CER)
    assert cue_candidates(document, re.compile(r"\d+")) is None


def test_folded_pattern_matches_folded_text_like_ignorecase():
    pattern = re.compile(r"literature|\bétudes?\b|données cliniques", re.IGNORECASE)
    folded = folded_pattern(pattern)
    assert not folded.flags & re.IGNORECASE
    for text in ("LITERATURE REVIEW", "Études cliniques", "Données Cliniques", "Etudes", "study"):
        assert bool(folded.search(text.lower())) == bool(pattern.search(text))


def test_folded_pattern_refuses_upper_case():
    with pytest.raises(ValueError):
        folded_pattern(re.compile(r"Studie|\S+", re.IGNORECASE))


def test_first_characters_see_through_look_arounds_but_not_local_case_flags():
    from panelproof.extract.common import first_characters, with_first_character_lookahead
    assert first_characters(r"(?<!\w)abc|(?<![\w])de") == "ad"
    assert first_characters(r"(?i:(?<!\w)abc)") is None  # a look-ahead would not ignore case
    pattern = with_first_character_lookahead(re.compile(r"(?<![\w])(?:cohort|trial)s?(?![\w])"))
    assert [m.group() for m in pattern.finditer("a trial, cohorts; xtrial")] == ["trial", "cohorts"]


def test_compiled_terms_keep_their_case_rules_with_the_first_letter_look_ahead():
    from panelproof.extract._terms import compile_terms
    pattern = compile_terms(("history of changes", "TBD", "révision*"))
    found = [m.group() for t in ("The History Of Changes", "tbd", "TBD here", "Révisions", "xhistory of changes")
             for m in pattern.finditer(t)]
    assert found == ["History Of Changes", "TBD", "Révisions"]


def test_lowered_pattern_matches_folded_text_as_the_pattern_matches_text():
    from panelproof.extract.common import lowered_pattern
    pattern = re.compile(r"(?<![\w])(?:Reduces|Improves (?:the )?healing|Sicherer)(?![\w])", re.IGNORECASE)
    lowered = lowered_pattern(pattern)
    for text in ("It REDUCES pain.", "improves THE Healing", "ist sicherer", "Reduced pain", "unsicherer"):
        assert bool(lowered.search(text.lower())) == bool(pattern.search(text)), text
    kept = lowered_pattern(re.compile(r"\S+ED", re.IGNORECASE))  # \S must not become \s
    assert kept.pattern == r"\S+ed" and kept.search("it ended") and not kept.search(" ed")
    with pytest.raises(ValueError):
        lowered_pattern(re.compile(r"(?-i:CE) mark", re.IGNORECASE))  # "ce mark" would match too


def test_claim_cue_is_case_blind():
    from panelproof.extract.claims import analyse
    lower = analyse("The device significantly reduces healing time in chronic wounds.")
    upper = analyse("THE DEVICE SIGNIFICANTLY REDUCES HEALING TIME IN CHRONIC WOUNDS.")
    assert lower is not None and upper is not None
    assert analyse("The device was stored at room temperature before use.") is None


def test_joined_texts_find_every_block_holding_a_literal_in_a_long_text():
    """A long text's token shortcut never loses a block: literals with punctuation, inside a
    longer word, across the join, or with a space are found exactly where a plain scan finds them."""
    from panelproof.extract.common import JoinedTexts

    rng = random.Random(3)
    words = ["catheter", "sheath", "x/y", "chicago", "n=12", "ventilation", "4 mm", "réglage"]
    parts = [" ".join(rng.choice(words) for _ in range(rng.randint(3, 40))) for _ in range(9000)]
    joined = JoinedTexts(parts)
    assert len(joined.text) > JoinedTexts._TOKENS_FROM  # the shortcut is in play
    for literal in ["ago", "x/", "=1", "ventil", "ation ven", "4 mm", "régl", "absent", "sheath s",
                    "zzz", "catheters"]:
        expected = frozenset(i for i, part in enumerate(parts) if literal in part)
        assert joined.blocks_with(literal) == expected, literal


# --- case_folded: an IGNORECASE pattern for fold_case text ------------------------------------

@pytest.mark.parametrize("source, texts", [
    (r"residual risks?|Nebenwirkung\w*|effets? indésirables?",
     ["6 Residual Risks and side-effects", "Mögliche NEBENWIRKUNGEN", "Effets Indésirables", "Benefits"]),
    (r"\bWarnings?\b|\S+ précautions",
     ["WARNINGS AND PRECAUTIONS", "Mises en garde / Précautions", "Forewarning"]),
    (r"(?P<Word>ÉTUDE)\s+(?P=Word)", ["étude Étude", "Étude étude", "étude x"]),
])
def test_case_folded_matches_what_the_ignorecase_pattern_matches(source, texts):
    pattern = re.compile(source, re.IGNORECASE)
    folded = case_folded(pattern)
    assert folded is not None and not folded.flags & re.IGNORECASE
    for text in texts:
        assert ([m.span() for m in folded.finditer(fold_case(text))]
                == [m.span() for m in pattern.finditer(text)]), text


@pytest.mark.parametrize("source, flags", [
    (r"(?-i:CE) mark", re.IGNORECASE),  # inline flags: lower-casing would change its meaning
    (r"\x41bc", re.IGNORECASE),  # a character by its code
    (r"residual risk", 0),  # already case-sensitive
])
def test_case_folded_refuses_patterns_it_cannot_fold(source, flags):
    assert case_folded(re.compile(source, flags)) is None


def test_any_heading_answers_case_insensitive_patterns_on_mixed_case_headings():
    pattern = re.compile(r"residual risks?|\bWarnings?\b", re.IGNORECASE)
    assert any_heading(pattern, ("3 Device description", "6.2 RESIDUAL RISKS"))
    assert heading_matches(pattern, "Warnings and precautions")
    assert not any_heading(pattern, ("Forewarned", "Benefit-risk"))

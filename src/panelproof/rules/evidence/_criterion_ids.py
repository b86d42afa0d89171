"""Acceptance criteria cited by their identifiers: "CEP-AC-04 | Median wear 22.6 h/day | Yes".

A CEP that numbers its acceptance criteria ("CEP-AC-04 | Median daily wear time | >= 20 h/day",
"AC-3", "EP-02") lets the CER report each by its identifier, often with a shortened
name. The identifier, not the wording, ties the result to the criterion: a CER block holding
the identifier and a result (a value the CEP's row does not hold, or a verdict such as "met")
reports it.
"""

from __future__ import annotations

import re

from panelproof.extract.model import Fact
from panelproof.ingest.model import Document
from panelproof.ingest.normalize import collapse_whitespace

# Letters, optionally a second letter group, and a number: "CEP-AC-04", "AC-3", "EP02".
CRITERION_ID = re.compile(r"(?<![\w-])([A-Z]{2,6}(?:[-_.][A-Z]{1,6})?[-_. ]?\d{1,3}[a-z]?)(?![\w-])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_VERDICT = re.compile(
    r"(?<![\w])(?:met|achieved|fulfill?ed|passed|yes|reached|"
    r"atteint|rempli|satisfait|oui|erfüllt|erreicht|ja|raggiunto|soddisfatto|sì|"
    r"cumplido|alcanzado|sí|behaald|voldaan|bereikt)(?![\w])|✓|✔", re.IGNORECASE)


def outcome_ids(outcomes: list[Fact], ceps: list[Document]) -> dict[int, tuple[str, frozenset[str]]]:
    """id(outcome fact) -> (its criterion identifier, the numbers of the CEP row stating it),
    for outcomes stated in a block that carries exactly one identifier."""
    found: dict[int, tuple[str, frozenset[str]]] = {}
    # Quotes are verbatim ("33,0 – 34,0 °C", "≥ 90 %"): they are looked up in the blocks'
    # verbatim text, not the normalised one ("33,0 - 34,0", ">= 90").
    blocks = [(collapse_whitespace(block.text), block) for document in ceps
              for block in document.blocks if CRITERION_ID.search(block.text)]
    for fact in outcomes:
        quote = collapse_whitespace(fact.location.quote)
        for text, _block in blocks:
            if quote and quote in text and fact.location.document:
                ids = set(CRITERION_ID.findall(text))
                if len(ids) == 1:
                    (identifier,) = ids
                    numbers = _numbers(text.replace(identifier, " "))
                    found[id(fact)] = (_key(identifier), numbers)
                elif ids:
                    # a list of numbered criteria in one block ("PA-1 Time in range ... PA-2
                    # Time to target ..."): the identifier that opens the criterion's own item
                    own = _own_identifier(text, text.find(quote))
                    if own is not None:
                        identifier, segment = own
                        found[id(fact)] = (_key(identifier), _numbers(segment))
                break
    return found


def _own_identifier(text: str, position: int) -> tuple[str, str] | None:
    """The identifier standing right before `position` (only spaces, a separator or a label
    between) and the text of its item up to the next identifier."""
    matches = list(CRITERION_ID.finditer(text))
    before = [m for m in matches if m.end() <= position]
    if not before or not re.fullmatch(r"[\s|:–—-]*", text[before[-1].end():position]):
        return None
    own = before[-1]
    following = [m for m in matches if m.start() > own.end()]
    end = following[0].start() if following else len(text)
    return own.group(1), text[own.end():end]


def reported_ids(cers: list[Document],
                 wanted: dict[int, tuple[str, frozenset[str]]]) -> set[str]:
    """The identifiers of `wanted` that a CER block states together with a result."""
    criteria = {key: numbers for key, numbers in wanted.values()}
    reported: set[str] = set()
    for document in cers:
        for block in document.blocks:
            text = block.normalized
            identifiers = CRITERION_ID.findall(text)
            if not identifiers:
                continue
            rest = CRITERION_ID.sub(" ", text)  # the numbers of the identifiers are no results
            for identifier in identifiers:
                key = _key(identifier)
                if key not in criteria or key in reported:
                    continue
                # one result for several criteria ("AC-01 to AC-04 met") reports them all
                if _VERDICT.search(rest) or _numbers(rest) - criteria[key]:
                    reported.add(key)
    return reported


def _key(identifier: str) -> str:
    """"CEP-AC-04", "CEP AC 4" and "cep_ac_04" are one criterion."""
    letters = re.sub(r"[^A-Za-z]", "", re.sub(r"\d+[a-z]?$", "", identifier)).upper()
    number = re.search(r"(\d+)([a-z]?)$", identifier)
    return f"{letters}-{int(number.group(1))}{number.group(2)}" if number else identifier.upper()


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.replace(",", ".") for n in _NUMBER.findall(text))

"""EV003: follow-up shorter than the endpoint requires."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from panelproof.extract._clinical_terms import has_term
from panelproof.extract.evidence import is_clinical_subject
from panelproof.extract.model import FactBase, FactKind
from panelproof.knowledge import load
from panelproof.rules.claim._support import evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity


@lru_cache(maxsize=1)
def endpoints() -> list[dict]:
    return load("endpoint_follow_up")["endpoints"]


def required_endpoint(text: str) -> dict | None:
    """The endpoint of knowledge/endpoint_follow_up.yaml a text names (the most demanding)."""
    found = [e for e in endpoints() if has_term(e["terms"], text)]
    return max(found, key=lambda e: e["min_months"]) if found else None


class FollowUpTooShort(Rule):
    """Follow-up of the clinical data shorter than the endpoint requires.

    What it finds:
        Endpoints and claims (CEP outcome parameters, CER/SSCP/IFU/CEAR claims) that name a
        functional endpoint of knowledge/endpoint_follow_up.yaml (bone suitable for implant
        placement, osseointegration, implant survival, arthroplasty revision rate) while the
        longest follow-up of the clinical evidence is shorter than that endpoint's minimum.

    Why a panel cares:
        In its first MDR opinion (a dentin bone graft) the panel found 4-month data adequate for
        radiodensity but "no observation time to demonstrate functionality of newly formed
        tissue for implant placement", and judged the clinical data insufficient.

    Example:
        CEP: "Primary endpoint: bone suitable for implant placement"; CER: one study, 4-month
        follow-up.

    Use instead:
        Extend the follow-up to cover implant placement and loading, or restrict the endpoint to
        what the data show (bone radiodensity at 4 months).

    References:
        MDR Annex XIV Part A 1(a); MDCG 2020-13 section D; source of each endpoint in the YAML.
    """

    code = "EV003"
    name = "follow-up-too-short"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Follow-up shorter than the endpoint requires"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Provide clinical data with a follow-up long enough for the endpoint, or limit "
                      "the endpoint and claims to what the available follow-up can show.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        evidence = [f for f in evidence_facts(facts)
                    if f.value.follow_up_months is not None and is_clinical_subject(f.value.subject)]
        if not evidence:
            return
        longest = max(evidence, key=lambda f: f.value.follow_up_months)
        months = longest.value.follow_up_months
        statements = [(f, f.value) for f in facts.of(FactKind.OUTCOME_PARAMETER)]
        statements += [(f, f.value.text) for f in facts.of(FactKind.CLAIM)]
        reported: set[str] = set()
        for fact, text in statements:
            endpoint = required_endpoint(text)
            if endpoint is None or endpoint["id"] in reported or months >= endpoint["min_months"]:
                continue
            reported.add(endpoint["id"])
            yield self.finding(
                f'{fact.document} sets the endpoint "{fact.location.quote}" ({endpoint["label"]}), which '
                f"needs at least {endpoint['min_months']:g} months of observation; the longest follow-up "
                f"of the clinical data ({longest.document}) is {months:g} months. Basis: {endpoint['source']}.",
                [fact, longest])

"""CL001: a clinical claim with no citation and no supporting clinical data."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.claims import states_limitation, states_overall_verdict
from panelproof.extract.intended_use import INDICATIONS, INTENDED_PURPOSE, heading_kinds
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.claim._support import (device_name_words, is_reported_result, is_supported,
                                             supporting_texts, unsupported_outcome)
from panelproof.rules.model import Category, Finding, Rule, Severity

_CHECKED_ROLES = {Role.CER: Severity.MAJOR, Role.CEAR: Severity.MAJOR, Role.SSCP: Severity.MAJOR,
                  Role.IFU: Severity.MINOR, Role.LABEL: Severity.MINOR}
# The evaluation reports: their overall verdict is their conclusion (MEDDEV 2.7/1 rev 4 section 10).
_REPORT_ROLES = (Role.CER, Role.CEAR)
# A claim that reports its own study data ("in the pivotal study (n = 120) ...") is data.
_REPORTS_DATA = re.compile(r"\b(?:n\s*=\s*\d+|p\s*[<=]\s*0[.,]\d+|study|trial|investigation|étude|essai|Studie|Prüfung)\b",
                           re.IGNORECASE)


class UnsupportedClaim(Rule):
    """Clinical benefit or performance claim without citation or supporting data.

    What it finds:
        A sentence in the CER, CEAR, SSCP or IFU that asserts a clinical benefit, performance
        or safety ("reduces healing time", "améliore la cicatrisation") but cites no source and
        is not backed by any evidence entry, reported outcome or cited CER statement about the
        same outcome. The overall verdict of a CER or CEAR ("X is safe and effective; its
        benefit-risk is positive compared with the state of the art") is the report's conclusion
        from the data it analyses, not a claim that needs a citation; a claim beside it in the
        same sentence ("... and halves recurrence") is still read. A sentence that states a limitation of the evidence or disclaims a claim
        ("predicts good long-term fixation, but long-term survival has not been observed yet",
        "the manufacturer does not claim long-term survival") asserts nothing unsupported.

        A sentence or item of the intended purpose or indications that sets no figure or
        comparison ("Temporary control of external bleeding from extremity wounds") states the
        use the device is for; whether data support that use is EV002's question.

    Why a panel cares:
        MDR Annex XIV Part A 1(a) and Art. 61(1) require every clinical benefit to be supported
        by clinical data with specified outcome parameters; MDCG 2019-9 asks for success rates
        for every claim of the IFU. Panels single out claims that no data in the file support.

    Example:
        IFU: "WoundPad accelerates healing of chronic wounds." The CER literature table holds
        only studies on pain and exudate.

    Use instead:
        "In the pivotal investigation (n = 120) WoundPad shortened median time to closure by
        9 days compared with gauze [12]."

    References:
        MDR Art. 61(1); MDR Annex XIV Part A 1(a); MDCG 2019-9 Rev.1 section 5.4.
    """

    code = "CL001"
    name = "unsupported-claim"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Clinical claim without citation or supporting data"
    references = ("MDR Art. 61(1)", "MDR Annex XIV Part A 1(a)", "MDCG 2019-9 Rev.1 section 5.4")
    recommendation = ("Cite the clinical data that show this benefit (reference, table of the CER) "
                      "or remove or qualify the claim.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        texts: list | None = None  # built once, and only when a claim needs it
        name_words = device_name_words(facts)
        has_cer = bool(facts.documents_with_role(Role.CER))
        for fact in facts.of(FactKind.CLAIM):
            severity = _CHECKED_ROLES.get(fact.role)
            claim = fact.value
            if (severity is None or claim.citations or _REPORTS_DATA.search(claim.text)
                    or (fact.role is Role.CER and is_reported_result(claim.text))):
                continue  # a measured result reported in the CER is data, not a bare claim
            if states_limitation(claim.text):
                continue  # "... but long-term survival has not been observed yet", "does not claim"
            if fact.role in _REPORT_ROLES and states_overall_verdict(claim.text):
                continue  # "X is safe and effective; its benefit-risk is positive": the report's
                #           conclusion from the data it analyses, not a claim to cite a source for
            if _states_an_indication(fact.location.section, claim.text):
                continue  # "Temporary control of external bleeding from extremity wounds": what the
                #           device is for (its data are EV002's concern), not a performance claim
            if texts is None:
                texts = supporting_texts(facts)
            if is_supported(claim, texts, exclude=fact, name_words=name_words):
                continue
            where = "the CER" if has_cer else "the dossier (no CER was provided)"
            part = unsupported_outcome(claim.text, texts, name_words)
            concerns = f'"{part}"' if part else "the same outcome"
            yield self.finding(
                f'{fact.document} claims "{fact.location.quote}" without citing a source, and no '
                f"evidence entry or reported outcome in {where} concerns {concerns}.",
                [fact], severity=severity)


# A figure or a comparison makes an indication item a performance claim ("reduces mortality by
# 30 %", "faster than gauze"); without one the item names a use.
_PERFORMANCE = re.compile(r"\d|\b(?:than|better|superior|faster|fewer|more|less|compared|versus|vs)\b",
                          re.IGNORECASE)


def _states_an_indication(section: str | None, text: str) -> bool:
    """A claim-like sentence or item of an intended-purpose or indications section ("Indications
    for Use") that sets no figure or comparison: the use the device is for."""
    kinds = heading_kinds(section) if section else frozenset()
    return bool(kinds) and kinds <= {INDICATIONS, INTENDED_PURPOSE} and not _PERFORMANCE.search(text)

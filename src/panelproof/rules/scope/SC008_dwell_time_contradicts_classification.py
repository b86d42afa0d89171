"""SC008: the device may stay in the body for more than 30 days, yet it is called short-term."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract.common import blocks_containing
from panelproof.extract.model import Fact, FactBase, FactKind, ParameterRange
from panelproof.ingest.model import Document, Role
from panelproof.rules.model import Category, Finding, Rule, Severity

# Art. 2(5): a device partially introduced into the body by clinical intervention is deemed
# implantable when it is intended to remain there for at least 30 days; Annex VIII Chapter I
# 1.1 calls "between 60 minutes and 30 days" short term and only "more than 30 days" long
# term. A dwell time of exactly 30 days is therefore short-term use, as the dossier says: the
# rule needs a longer one.
_SHORT_TERM_DAYS = 30.0

# Documents whose durations of use are the manufacturer's intended use.
_MANUFACTURER_ROLES = (Role.IFU, Role.CER, Role.CEP, Role.SSCP)


class DwellTimeContradictsClassification(Rule):
    """A stated dwell time of more than 30 days, in a dossier that calls the device short-term.

    What it finds:
        A manufacturer document (IFU, CER, CEP, SSCP) that lets the device stay in the body for
        more than 30 days ("The catheter may remain in situ for up to 45 days", "peut rester en
        place jusqu'à 45 jours", "Liegedauer max. 45 Tage") while a document of the dossier
        denies that the device is implantable or calls it short-term ("dwell time of maximum
        29 days (short-term use)", "not implantable"). Major when a document also concludes
        that the consultation procedure does not apply, or a class III is stated; minor
        otherwise. Exactly 30 days is short-term use (Annex VIII Chapter I 1.1: "between 60
        minutes and 30 days"), and a device introduced through a body orifice (nasogastric tube,
        urethral catheter, pessary; named in a title, the classification or the dwell-time
        section) is never implantable, however long it stays: Art. 2(5) requires introduction
        by clinical intervention, and Annex VIII Rule 5 classifies it by duration alone.

    Why a panel cares:
        A device partially introduced by clinical intervention and intended to remain in the
        body for at least 30 days is implantable (MDR Art. 2(5)); used for more than 30 days it is long-term (Annex VIII Chapter I 1.3). Its rule,
        class and the decision whether the expert panel must be consulted (Art. 54(1)(a): class
        III implantable devices) then differ from what a short-term device gets. A dossier
        whose instructions allow a longer dwell time than its classification assumes has
        taken the scope decision on the wrong duration.

    Example:
        CER: "Short-term surgically invasive device, dwell time of maximum 29 days ... the
        consultation procedure acc. to Art. 54(1) MDR is not applicable." IFU: "The catheter may
        remain in situ for up to 45 days if the ICP monitoring is still required."

    Use instead:
        One dwell time in every document. If the device is to stay for 30 days or more,
        classify it as implantable (Annex VIII Rule 8) and decide on the consultation procedure
        from that class; otherwise limit the dwell time in the IFU to under 30 days.

    References:
        MDR Art. 2(5); MDR Annex VIII Chapter I 1.1-1.3 and 2.1-2.2; MDR Annex VIII Rules 5, 7
        and 8; MDR Art. 54(1).
    """

    code = "SC008"
    name = "dwell-time-contradicts-classification"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "The dwell time makes the device implantable, but the dossier calls it short-term"
    references = ("MDR Art. 2(5)", "MDR Annex VIII Chapter I 1.1-1.3", "MDR Annex VIII Rule 8",
                  "MDR Art. 54(1)")
    recommendation = ("State one dwell time in every document and classify the device from it: "
                      "30 days or more makes it implantable (Rule 8), which changes its class and "
                      "the decision on the consultation procedure (Art. 54(1)).")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        long_stays = [f for f in facts.of(FactKind.PARAMETER)
                      if f.role in _MANUFACTURER_ROLES and _longest_days(f) is not None
                      and _longest_days(f) > _SHORT_TERM_DAYS]
        if not long_stays:
            return
        denials = [f for f in facts.of(FactKind.DEVICE_TRAIT)
                   if f.value.id == "implantable" and f.value.negated]
        if not denials:
            return
        if _through_body_orifice(facts, long_stays + denials):
            # Art. 2(5) needs a clinical intervention: a tube or catheter through the nose,
            # mouth, urethra, vagina or rectum is never implantable, however long it stays
            # (Annex VIII Rule 5 classifies it by duration alone).
            return
        longest = max(long_stays, key=_longest_days)
        stating_days = {f.document for f in facts.of(FactKind.PARAMETER)
                        if _longest_days(f) is not None}
        # a denial that names a short duration ("short-term use") before a bare "not
        # implantable", and one of a document stating a dwell time before the others
        denial = min(denials, key=lambda f: (f.value.label.lower() == "implantable",
                                             "" if f.document in stating_days else f.document))
        not_required = [f for f in facts.of(FactKind.CECP_STATEMENT) if f.value.id == "not_required"]
        class_iii = any(f.value == "III" for f in facts.of(FactKind.DEVICE_CLASS))
        message = (f"The {_role(longest)} ({longest.document}) lets the device stay in the body for "
                   f"{_days(_longest_days(longest))} (“{longest.location.quote}”), which makes it "
                   f"implantable (MDR Art. 2(5): at least 30 days); yet the {_role(denial)} "
                   f"({denial.document}) treats it as not implantable or short-term "
                   f"(“{denial.location.quote}”).")
        if not_required:
            message += (f" The conclusion that the consultation procedure does not apply "
                        f"({_role(not_required[0])}, {not_required[0].document}: "
                        f"“{not_required[0].location.quote}”) rests on that reading.")
        severity = Severity.MAJOR if not_required or class_iii else Severity.MINOR
        yield self.finding(message, [longest, denial, *not_required[:1]], severity=severity)


def _longest_days(fact: Fact) -> float | None:
    value = fact.value
    if not isinstance(value, ParameterRange) or value.name != "dwell_time" or value.unit != "day":
        return None
    longest = value.high if value.high is not None else value.low
    if longest is not None and _STRICTLY_BELOW.search(fact.location.quote):
        # "dwell time below 30 days" never reaches 30 days: short-term, as the document says
        return longest - 1
    return longest


# A dwell time stated as strictly below its number ("below 30 days", "less than 30 days",
# "< 30 Tage", "moins de 30 jours", "meno di 30 giorni", "menos de 30 días").
_STRICTLY_BELOW = re.compile(
    r"(?:\bbelow|\bless than|\bunder|\bshorter than|<(?!=)|\bweniger als|\bunter|\bkürzer als|"
    r"\bmoins de|\binférieure? à|\bmeno di|\binferiore a|\bmenos de|\binferior a|\bminder dan|"
    r"\bkorter dan|\bponiżej|\bmniej niż)\s*\d", re.IGNORECASE)


@lru_cache(maxsize=1)
def _orifice_knowledge() -> tuple[tuple[str, ...], re.Pattern[str]]:
    data = knowledge.load("body_orifice_routes")
    pattern = re.compile("|".join(f"(?:{entry['pattern']})" for entry in data["patterns"]))
    return tuple(data["anchors"]), pattern


# A block that states the device's classification or route: a body-orifice term there
# describes the device itself, not a neighbouring product or an adverse event.
_CLASSIFYING = re.compile(r"invasi|classif|klassifi|\brule\b|\bregel\b|\brègle\b|\bregola\b|"
                          r"\bregla\b|intended (?:use|purpose)|zweckbestimmung|destination|"
                          r"dwell|liegedauer|durée|in situ|in place")


def _through_body_orifice(facts: FactBase, stated: list[Fact]) -> bool:
    """Whether the manufacturer's documents introduce the device through a body orifice: a
    body-orifice term in a document's title, in the section of a dwell time or a denial of
    implantability, or in a block that classifies the device or states its intended use."""
    anchors, pattern = _orifice_knowledge()
    sections = {(f.document, f.location.section) for f in stated}
    for document in facts.documents_with_role(*_MANUFACTURER_ROLES):
        for index in sorted(blocks_containing(document, anchors)):
            block = document.blocks[index]
            if not pattern.search(block.folded):
                continue
            if (_is_title(document, index) or (document.path, block.section) in sections
                    or _CLASSIFYING.search(block.folded)):
                return True
    return False


def _is_title(document: Document, index: int) -> bool:
    block = document.blocks[index]
    return block.kind == "heading" and (block.level or 1) <= 1 and len(block.heading_path) <= 1


def _days(days: float) -> str:
    return f"{days:g} days"


def _role(fact: Fact) -> str:
    return getattr(fact.role, "value", None) or "document"

"""CS001: care settings differ or contradict between the CER, CEP, IFU, SSCP, CEAR and label."""

from __future__ import annotations

from itertools import combinations
from typing import Iterable

from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, describe_document, join_names
from panelproof.rules.identity._compare import first_per_id
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import setting_sets


def _family(setting_id: str) -> str:
    return vocabulary("care_settings").entries.get(setting_id, {}).get("family", "other")


class CareSettingsDiffer(Rule):
    """Care settings differ between documents: hospital-only in one, home or outpatient in another.

    What it finds:
        One document restricts use to the hospital ("hospital use only", "exclusively in
        intensive care units", "may only be used by trained staff in hospital units", "must
        not be used outside healthcare facilities", "réservé à l'usage hospitalier", "nur im
        Krankenhaus", "uso exclusivo en hospitales", "uitsluitend in ziekenhuizen", "not for
        home use", "home use is not foreseen") while another names a setting outside it: home,
        outpatient care, sleep laboratory, patient transport, nursing home, wellness or sports
        facilities; or one document excludes a setting another names. Without a restriction
        there is nothing to contradict: "home and outpatient" in one IFU and "hospital" in a
        CER that does not restrict use is no finding. The place of a procedure on the patient
        ("implanted in the operating room") is compared only with other procedure places, never
        with the environment the implanted patient lives in ("at home"). Compared across the
        CER, CEP, IFU (every language), SSCP, CEAR and label; the PMCF plan is judged by the
        PMCF rules.

    Why a panel cares:
        The use environment is part of the intended purpose: home use changes the users (lay
        carers), the hazards (power, alarms, no staff at hand) and the evidence needed. In the
        expert-panel opinion of 24 June 2025 a hospital-only ventilator was also described for
        outpatients and sleep clinics.

    Example:
        IFU: "For hospital use only."
        CER: "AirVent 60 is used in hospitals, sleep laboratories and in home care."

    Use instead:
        State one use environment in every document; if home use is intended, say so
        everywhere and provide the clinical data and IEC 60601-1-11 evidence for it.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); IEC 60601-1-11:2015;
        MDCG 2020-13 section B.
    """

    code = "CS001"
    name = "care-settings-differ"
    category = Category.CARE_SETTING
    severity = Severity.MAJOR
    title = "Care settings differ between documents"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "IEC 60601-1-11:2015", "MDCG 2020-13 section B")
    recommendation = ("State one use environment (e.g. hospital only, or hospital and home) in every "
                      "document and support each setting with clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = facts.documents_with_role(*INTENDED_USE_ROLES)
        settings = {d.path: facts.of(FactKind.CARE_SETTING, document=d.path) for d in documents}
        documents = [d for d in documents if settings[d.path]]
        for first, second in combinations(sorted(documents, key=lambda d: d.path), 2):
            yield from self._compare(first, settings[first.path], second, settings[second.path])

    def _compare(self, a: Document, a_facts: list[Fact], b: Document,
                 b_facts: list[Fact]) -> Iterable[Finding]:
        # Only a restriction or an exclusion can be contradicted: a document that simply does
        # not mention a setting (an ICU-only description vs one adding home care) leaves it
        # open. Where a procedure takes place and where the device is used are compared apart.
        for procedure in (False, True):
            yield from self._restricted(a, [f for f in a_facts if f.value.procedure is procedure],
                                        b, [f for f in b_facts if f.value.procedure is procedure])

    def _restricted(self, a: Document, a_facts: list[Fact], b: Document,
                    b_facts: list[Fact]) -> Iterable[Finding]:
        for restricting, r_facts, other, o_facts in ((a, a_facts, b, b_facts), (b, b_facts, a, a_facts)):
            restrictions = _restrictions(r_facts)
            if not restrictions:
                continue
            conflicting = [f for f in _admitted(o_facts) if _conflicts(f, r_facts)]
            if conflicting:
                yield self.finding(_message(restricting, restrictions, other, conflicting),
                                   [*restrictions[:2], *first_per_id(conflicting)])
                return


def _restrictions(facts: list[Fact]) -> list[Fact]:
    """Facts restricting use to some settings ("hospital use only", "exclusively for
    transport"), or excluding a setting."""
    return [f for f in facts if f.value.exclusive or f.value.negated]


def _admitted(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not f.value.negated]


def _conflicts(fact: Fact, restricting: list[Fact]) -> bool:
    """Whether an admitted setting lies outside what `restricting` allows.

    A restriction to the hospital (or one of its units) rules out every setting outside it; a
    restriction to a setting outside the hospital ("exclusively for inter-hospital
    transport") rules out the other settings outside it, while the hospital units a transport
    starts from and ends in stay open. A restriction to home or long-term care ("for use at
    home and in nursing homes only") also rules out acute hospital care (intensive care,
    emergency department, operating room): the ward where home therapy starts stays open.
    """
    family = _family(fact.value.id)
    allowed = {f.value.id for f in restricting if f.value.exclusive and not f.value.negated}
    excluded = {f.value.id for f in restricting if f.value.negated}
    acute, home_care = setting_sets()
    return (bool(allowed) and family == "non_hospital" and fact.value.id not in allowed) \
        or (bool(allowed) and allowed <= home_care and fact.value.id in acute) \
        or fact.value.id in excluded


def _message(restricting: Document, restrictions: list[Fact], other: Document,
             conflicting: list[Fact]) -> str:
    quote = restrictions[0].location.quote
    labels = join_names(sorted({vocabulary("care_settings").label(f.value.id) for f in conflicting}))
    who = describe_document(restricting)
    if restrictions[0].value.procedure:
        return (f"{who[0].upper()}{who[1:]} restricts where the procedure is performed (“{quote}”); "
                f"{describe_document(other)} names {labels} for it.")
    return (f"{who[0].upper()}{who[1:]} restricts the use environment (“{quote}”); "
            f"{describe_document(other)} names {labels} as a use setting.")

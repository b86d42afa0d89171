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


def _family(setting_id: str) -> str:
    return vocabulary("care_settings").entries.get(setting_id, {}).get("family", "other")


class CareSettingsDiffer(Rule):
    """Care settings differ between documents: hospital-only in one, home or outpatient in another.

    What it finds:
        One document restricts use to the hospital ("hospital use only", "exclusively in
        intensive care units", "réservé à l'usage hospitalier", "nur im Krankenhaus", "not for
        home use", "home use is not foreseen", "ne doit pas être utilisé à domicile") while
        another names a setting outside it: home, outpatient care, sleep laboratory, patient
        transport, nursing home; or one document excludes a setting another names. A document
        that merely does not mention a setting ("in intensive care units" vs "in intensive care
        units and during transport") does not contradict one that names it: where a document
        names settings of one family only (hospital, or outside the hospital) and another adds
        one of the other family, this is reported as a minor difference; transport, which
        continues the care already described, is not. Compared across the CER, CEP, IFU (every language), SSCP, CEAR and label; the
        PMCF plan is judged by the PMCF rules.

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
        # not mention a setting (an ICU-only description vs one adding transport) leaves it open.
        restriction = list(self._restricted(a, a_facts, b, b_facts))
        yield from restriction or self._other_family_added(a, a_facts, b, b_facts)

    def _other_family_added(self, a: Document, a_facts: list[Fact], b: Document,
                            b_facts: list[Fact]) -> Iterable[Finding]:
        """One document names settings of one family only (hospital, or outside the hospital),
        the other adds a setting of the other family without either restricting: a difference
        in the described use environment (minor), not a contradiction."""
        for narrow, n_facts, other, o_facts in ((a, a_facts, b, b_facts), (b, b_facts, a, a_facts)):
            # Transport moves patients between settings of either family: a document naming
            # only transport describes no family of its own.
            families = {_family(f.value.id) for f in _admitted(n_facts) if not _accompanies(f)} - {"other"}
            if len(families) != 1:
                continue
            added = [f for f in _admitted(o_facts)
                     if _family(f.value.id) not in families | {"other"} and not _accompanies(f)]
            if not added:
                continue
            vocab = vocabulary("care_settings")
            named = join_names(sorted({vocab.label(f.value.id) for f in _admitted(n_facts)}))
            labels = join_names(sorted({vocab.label(f.value.id) for f in added}))
            who = describe_document(other)
            yield self.finding(
                f"{who[0].upper()}{who[1:]} names {labels} as a use setting; "
                f"{describe_document(narrow)} names only {named}. Neither restricts the use "
                f"environment, but the documents should describe the same one.",
                [*first_per_id(added), *first_per_id(_admitted(n_facts))[:2]],
                severity=Severity.MINOR)
            return

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


def _accompanies(fact: Fact) -> bool:
    return bool(vocabulary("care_settings").entries.get(fact.value.id, {}).get("accompanies_care"))


def _admitted(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not f.value.negated]


def _conflicts(fact: Fact, restricting: list[Fact]) -> bool:
    """Whether an admitted setting lies outside what `restricting` allows.

    A restriction to the hospital (or one of its units) rules out every setting outside it; a
    restriction to a setting outside the hospital ("exclusively for inter-hospital
    transport") rules out the other settings outside it, while the hospital units a transport
    starts from and ends in stay open.
    """
    family = _family(fact.value.id)
    allowed = {f.value.id for f in restricting if f.value.exclusive and not f.value.negated}
    excluded = {f.value.id for f in restricting if f.value.negated}
    return (bool(allowed) and family == "non_hospital" and fact.value.id not in allowed) \
        or fact.value.id in excluded



def _message(restricting: Document, restrictions: list[Fact], other: Document,
             conflicting: list[Fact]) -> str:
    quote = restrictions[0].location.quote
    labels = join_names(sorted({vocabulary("care_settings").label(f.value.id) for f in conflicting}))
    who = describe_document(restricting)
    return (f"{who[0].upper()}{who[1:]} restricts the use environment (“{quote}”); "
            f"{describe_document(other)} names {labels} as a use setting.")

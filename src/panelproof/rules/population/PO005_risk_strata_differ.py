"""PO005: the surgical-risk strata the intended population admits differ between documents."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.evidence import STRATA_ORDER
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, describe_document, join_names
from panelproof.rules.model import Category, Finding, Rule, Severity

_LABELS = {"low": "low", "intermediate": "intermediate", "high": "high/extreme"}


class RiskStrataDiffer(Rule):
    """The surgical-risk strata of the target population differ between documents.

    What it finds:
        The categories of surgical or operative risk (low, intermediate, high; extreme,
        prohibitive and inoperable count as high) that the intended purpose admits, compared
        between the CEP, CER, IFU in every language, SSCP and CEAR: "severe aortic stenosis at
        any level of surgical risk (low, intermediate, high or extreme)" in the IFU, "patients
        at high or extreme risk for surgical aortic valve replacement" in the CER. Wording in
        English, French, German, Italian and Spanish ("bei jedem chirurgischen Risiko",
        "risque chirurgical élevé ou extrême", "rischio chirurgico alto o estremo"). A document
        that names no stratum is not compared; in the CER and CEAR only the intended-purpose,
        indication and scope sections are read (their study sections describe the data, which
        EV002 compares). Where every document compared also qualifies the indication itself
        by surgical risk ("aortic stenosis at intermediate surgical risk"), IU001 reports the
        difference and this rule does not.

    Why a panel cares:
        Surgical-risk strata delimit separate target populations, each needing its own
        clinical data (transcatheter valves were approved stratum by stratum). An IFU that
        admits low- and intermediate-risk patients while the CER, SSCP and the Notified
        Body's assessment cover high-risk patients only widens the intended purpose beyond
        the evaluated one (MDR Annex XIV Part A 1(a), Annex IX 5.1).

    Example:
        IFU: "symptomatic severe aortic stenosis at any level of surgical risk (low,
        intermediate, high or extreme)". CER: "patients who are at high or extreme risk for
        surgical aortic valve replacement".

    Use instead:
        State one set of risk strata (with the score thresholds that define them, e.g.
        STS-PROM) in every document and language version, and show data for each.

    References:
        MDR Annex XIV Part A 1(a); MDR Annex I 23.4(b); MDR Art. 32(2)(b); MDR Annex IX 5.1;
        MDCG 2020-13 section C.
    """

    code = "PO005"
    name = "risk-strata-differ"
    category = Category.POPULATION
    severity = Severity.MAJOR
    title = "Surgical-risk strata of the target population differ between documents"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4(b)", "MDR Art. 32(2)(b)",
                  "MDR Annex IX 5.1", "MDCG 2020-13 section C")
    recommendation = ("Admit the same surgical-risk strata in the CEP, CER, IFU in every language, "
                      "SSCP and CEAR, and support each stratum with clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_document: dict[str, list[Fact]] = {}
        for fact in facts.of(FactKind.RISK_STRATUM):
            if fact.role in INTENDED_USE_ROLES and not fact.value.negated:
                by_document.setdefault(fact.document, []).append(fact)
        if len(by_document) < 2:
            return
        strata = {path: frozenset(f.value.id for f in fs) for path, fs in by_document.items()}
        groups: dict[frozenset, list[str]] = {}
        for path in sorted(strata, key=lambda p: (_role_rank(facts, p), _not_english(facts, p), p)):
            groups.setdefault(strata[path], []).append(path)
        if len(groups) < 2:
            return
        qualified = _risk_qualified_indications(facts)
        ordered = sorted(groups.items(), key=lambda item: (-len(item[0]), _role_rank(facts, item[1][0])))
        for i, (wide, wide_paths) in enumerate(ordered):
            for narrow, narrow_paths in ordered[i + 1:]:
                if all(p in qualified for p in wide_paths + narrow_paths):
                    continue  # IU001 compares the qualified indications
                if wide - narrow:
                    yield self._finding(facts, by_document, wide, wide_paths, narrow, narrow_paths)
                else:
                    yield self._finding(facts, by_document, narrow, narrow_paths, wide, wide_paths)

    def _finding(self, facts: FactBase, by_document: dict[str, list[Fact]], wide, wide_paths,
                 narrow, narrow_paths) -> Finding:
        extra = [s for s in STRATA_ORDER if s in wide - narrow]
        first_wide = _quote_fact(by_document[wide_paths[0]], extra)
        first_narrow = by_document[narrow_paths[0]][0]
        wide_names = join_names([_describe(facts, p) for p in wide_paths])
        narrow_names = join_names([_describe(facts, p) for p in narrow_paths])
        message = (
            f"The surgical-risk strata of the target population differ: {wide_names} "
            f"admit{'s' if len(wide_paths) == 1 else ''} patients at {_strata(wide)} surgical risk "
            f"(“{first_wide.location.quote}”), while {narrow_names} "
            f"admit{'s' if len(narrow_paths) == 1 else ''} {_strata(narrow)} risk only "
            f"(“{first_narrow.location.quote}”). Patients at {_strata(extra)} surgical risk are "
            f"outside the population the other documents evaluate.")
        return self.finding(message, [first_wide, first_narrow])


def _quote_fact(facts: list[Fact], extra: list[str]) -> Fact:
    return next((f for f in facts if f.value.id in extra), facts[0])


def _strata(ids) -> str:
    return join_names([_LABELS[s] for s in STRATA_ORDER if s in ids]).replace(" and ", " or ")


def _describe(facts: FactBase, path: str) -> str:
    document = facts.document(path)
    return describe_document(document, with_language=True) if document else path


def _not_english(facts: FactBase, path: str) -> bool:
    document = facts.document(path)
    return document is None or document.language != "en"


def _role_rank(facts: FactBase, path: str) -> int:
    document = facts.document(path)
    role = document.role if document else None
    return INTENDED_USE_ROLES.index(role) if role in INTENDED_USE_ROLES else len(INTENDED_USE_ROLES)


def _risk_qualified_indications(facts: FactBase) -> set[str]:
    """Documents stating an indication qualified by surgical risk ("aortic_stenosis@high_surgical_risk")."""
    return {f.document for f in facts.of(FactKind.INDICATION)
            if "@" in getattr(f.value, "id", "") and f.value.id.endswith("_surgical_risk")}

"""SI008: a permission extends use into a situation the dossier itself excludes."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety._permissions import (is_requirement, names_contraindication,
                                                  permission_at, relaxed)

# Documents that instruct the user: there the permission is an unsafe instruction. Elsewhere
# (CER, CEP, SSCP) it is a claim of suitability.
_INSTRUCTING = {Role.IFU, Role.LABEL}
_STATING = {Role.IFU, Role.LABEL, Role.CER, Role.CEP, Role.SSCP}
_SENTENCE_KINDS = (FactKind.INSTRUCTION, FactKind.WARNING, FactKind.CLAIM)


class PermissionIntoExcludedSituation(Rule):
    """A permission lets the device be used in a situation that a requirement or a
    contraindication of the dossier excludes.

    What it finds:
        A sentence that permits use ("can (also) be used / applied / inserted ... in / with",
        "is suitable for"; knowledge/permission_exclusions.yaml) in a situation that
        - a requirement of the same document excludes: the requirement demands a state of an
          object ("only after rupture of membranes", "with the cervix dilated", "the cuff must
          be completely deflated before the valve is attached") and the permission names the
          opposite state of the same object ("intact membranes", "a closed cervix", "the cuff
          partly inflated") or the same state only in part ("partially deflated" against
          "completely deflated"); both sentences must also share a word of the device or the
          act ("electrode", "valve"), so a requirement about another step does not count;
        - a contraindication of the dossier names: the permitted situation contains the
          contraindication's specific words ("can also be used in patients with known nickel
          allergy" against "Known allergy to nickel or titanium"), at least two of them and two
          thirds (half when the permission widens use with "also", "even").
        Negated permissions ("must not be used with the cuff inflated") are prohibitions and
        are left out. In the IFU or label the finding is a safety instruction; in the CER, CEP
        or SSCP a claim of suitability.

    Why a panel cares:
        The requirement or contraindication is a risk control measure (EN ISO 14971:2019 clause
        7); a permission that relaxes it in the same dossier re-creates the hazard (air trapping
        behind an inflated cuff, fetal injury from an electrode pushed through intact
        membranes, an allergic reaction) and shows the labelling and the clinical evaluation
        were not checked against the risk analysis.

    Example:
        IFU warning: "Insert the probe only when the patient is haemodynamically stable."
        IFU procedure: "In haemodynamically unstable patients the probe may also be inserted
        at the bedside."

    Use instead:
        Remove the permission, or restrict the requirement in the risk analysis and change it
        everywhere, with clinical data for the situation.

    References:
        MDR Annex I 4, 23.4(b) and (f); EN ISO 14971:2019 clause 7; IEC 82079-1:2019
        clause 5.11; MDR Art. 7.
    """

    code = "SI008"
    name = "permission-into-excluded-situation"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Permission contradicts a requirement or contraindication"
    references = ("MDR Annex I 4 and 23.4(b), (f)", "EN ISO 14971:2019 clause 7",
                  "IEC 82079-1:2019 clause 5.11", "MDR Art. 7")
    recommendation = ("Remove the permission, or change the requirement or contraindication "
                      "in the risk analysis and every document, with clinical data for the "
                      "situation it admits.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        sentences = _sentences(facts)
        permissions = [f for f in sentences if f.role in _STATING
                       and permission_at(f.location.quote) is not None]
        if not permissions:
            return []
        contraindications = _contraindications(facts)
        findings = []
        for permission in permissions:
            finding = (self._against_requirement(facts, permission, sentences)
                       or self._against_contraindication(facts, permission, contraindications))
            if finding is not None:
                findings.append(finding)
        return findings

    def _against_requirement(self, facts: FactBase, permission: Fact,
                             sentences: list[Fact]) -> Finding | None:
        quote = permission.location.quote
        for requirement in sentences:
            other = requirement.location.quote
            if (requirement.document != permission.document or other == quote
                    or permission_at(other) is not None or not is_requirement(other)):
                continue
            relaxation = relaxed(quote, other)
            if relaxation is None:
                continue
            where = _label(facts, permission)
            message = (f"{where[:1].upper()}{where[1:]} requires “{other}”, but permits "
                       f"“{quote}”: “{relaxation.permitted.words}” is the situation the "
                       f"requirement excludes (“{relaxation.required.words}”).")
            return self.finding(message, [permission, requirement],
                                category=_category(permission))
        return None

    def _against_contraindication(self, facts: FactBase, permission: Fact,
                                  contraindications: list[Fact]) -> Finding | None:
        quote = permission.location.quote
        # the labelling's own contraindication first: it is what the user is bound by
        ordered = sorted(contraindications, key=lambda c: (c.role is not Role.IFU,
                                                           c.document != permission.document))
        for contraindication in ordered:
            named = names_contraindication(quote, contraindication.location.quote)
            if named is None:
                continue
            where = _label(facts, permission)
            where_c = _label(facts, contraindication)
            message = (f"{where[:1].upper()}{where[1:]} permits “{quote}”, but {where_c} "
                       f"contraindicates “{contraindication.location.quote}”.")
            return self.finding(message, [permission, contraindication],
                                category=_category(permission))
        return None


def _category(permission: Fact) -> Category:
    return Category.SAFETY_INSTRUCTION if permission.role in _INSTRUCTING else Category.CLAIM


def _label(facts: FactBase, fact: Fact) -> str:
    return document_label(facts.document(fact.document), fact.document)


def _sentences(facts: FactBase) -> list[Fact]:
    seen: dict[tuple[str, str], Fact] = {}
    for kind in _SENTENCE_KINDS:
        for fact in facts.of(kind):
            seen.setdefault((fact.document, fact.location.quote), fact)
    return list(seen.values())


def _contraindications(facts: FactBase) -> list[Fact]:
    seen: dict[tuple[str, str], Fact] = {}
    for fact in facts.of(FactKind.CONTRAINDICATION):
        if fact.value is not None and getattr(fact.value, "id", None) == "none":
            continue
        seen.setdefault((fact.document, fact.location.quote), fact)
    return list(seen.values())

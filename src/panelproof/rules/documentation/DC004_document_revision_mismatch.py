"""DC004: a document cites another document's number or revision that is not the one provided."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.documentation import normalize_identifier, normalize_revision
from panelproof.extract.model import DocumentReference, Fact, FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity

_ROLE_NAMES = {"CER": "the CER", "CEP": "the CEP", "PMCF-plan": "the PMCF plan",
               "PMCF-report": "the PMCF report", "IFU": "the IFU", "SSCP": "the SSCP",
               "CEAR": "the CEAR", "RMF": "the risk management file"}


def _name(role) -> str:
    return _ROLE_NAMES.get(getattr(role, "value", ""), "the document")


class DocumentRevisionMismatch(Rule):
    """A cited document number or revision does not match the document provided.

    What it finds:
        A document that cites another document of the dossier by number or revision ("CER-0042
        rev. B", "PMCF plan v2.0") when the document provided declares another number or
        revision in its header ("Revision: D", "Document no.: CER-0043"). A citation by number
        alone ("based on GS-EVR-P2 revision D") is matched to the document declaring that
        number. Earlier revisions named as such ("supersedes rev. B", revision-history
        tables) are not counted.

    Why a panel cares:
        The CEAR must assess the documents the panel receives (Annex IX §5.1). If it cites
        another revision of the CER, the panel cannot tell which version was assessed, and the
        NB's conclusions may rest on text that has changed.

    Example:
        CEAR: "We assessed the Clinical Evaluation Report CER-0042 rev. B." CER header:
        "Revision: D".

    Use instead:
        Cite the revision actually submitted, or submit the revision the assessment covered.

    References:
        MDR Annex IX §5.1; MDCG 2020-13 section A (documents assessed, with versions);
        MDCG 2020-7 section D (CER and RMF referenced with date and version).
    """

    code = "DC004"
    name = "document-revision-mismatch"
    category = Category.DOCUMENTATION
    severity = Severity.MAJOR
    title = "Cited document number or revision does not match the document provided"
    references = ("MDR Annex IX §5.1", "MDCG 2020-13 section A", "MDCG 2020-7 section D")
    recommendation = "Align every cross-reference with the number and revision of the documents submitted."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        references = [f for f in facts.of(FactKind.DOCUMENT_REFERENCE)
                      if isinstance(f.value, DocumentReference)]
        declared = [f for f in references if f.value.self_declared]
        cited = [f for f in references if not f.value.self_declared and f.value.role is not None]
        for fact in cited:
            mismatch = self._mismatch(fact, declared, facts)
            if mismatch:
                yield mismatch
        yield from self._by_identifier(references, declared)

    def _by_identifier(self, references: list[Fact], declared: list[Fact]) -> Iterable[Finding]:
        """A citation whose type was not recognised ("INS-CER-IP7 revision C") but whose number
        is the one another document of the dossier declares for itself: compare revisions."""
        own = {normalize_identifier(f.value.identifier): f for f in declared
               if f.value.identifier and f.value.revision
               and any(c.isdigit() for c in f.value.identifier)}
        for fact in references:
            ref: DocumentReference = fact.value
            if ref.self_declared or ref.role is not None or not ref.revision:
                continue
            target = own.get(normalize_identifier(ref.identifier))
            if target is None or target.document == fact.document:
                continue
            if normalize_revision(ref.revision) == normalize_revision(target.value.revision):
                continue
            yield self.finding(
                f"{_cap(_name(fact.role))} cites {ref.identifier} as revision {ref.revision} "
                f"(“{fact.location.quote}”); {target.document}, which carries that number, "
                f"declares revision {target.value.revision}.", [fact, target])

    def _mismatch(self, fact: Fact, declared: list[Fact], facts: FactBase) -> Finding | None:
        ref: DocumentReference = fact.value
        targets = [d for d in facts.documents_with_role(ref.role) if d.path != fact.document]
        if not targets:
            return None
        own = {d.path: [f for f in declared if f.document == d.path] for d in targets}
        has_code = any(c.isdigit() for c in ref.identifier)
        if has_code:
            wanted = normalize_identifier(ref.identifier)
            matching = [p for p, fs in own.items()
                        if any(normalize_identifier(f.value.identifier) == wanted for f in fs)]
            if not matching:
                ids = [f for fs in own.values() for f in fs if f.value.identifier]
                if len(targets) == 1 and ids:
                    other = ids[0]
                    return self.finding(
                        f"{_cap(_name(fact.role))} cites {_name(ref.role)} as "
                        f"“{fact.location.quote}”; the {ref.role.value} provided is numbered "
                        f"“{other.value.identifier}”.", [fact, other])
                return None
            candidates = matching
        else:
            candidates = list(own)
        if ref.revision is None:
            return None
        wanted_rev = normalize_revision(ref.revision)
        revisions = [f for p in candidates for f in own[p] if f.value.revision]
        if not revisions or any(normalize_revision(f.value.revision) == wanted_rev for f in revisions):
            return None
        other = revisions[0]
        return self.finding(
            f"{_cap(_name(fact.role))} cites {_name(ref.role)} as revision {ref.revision} "
            f"(“{fact.location.quote}”); the {ref.role.value} provided ({other.document}) declares "
            f"revision {other.value.revision}.", [fact, other])



def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]

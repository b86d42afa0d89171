"""DC004: a document cites another document's number or revision that is not the one provided."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._terms import compile_terms, flatten_terms, load_optional
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
        revision in its header ("Revision: D", "Document no.: CER-0043"), in a "Key: value"
        line, a cover table ("Document | Revision | Date" over "OAX-CER-003 | D | 04/22/2025")
        or its title lines. A list of documents with a revision column ("Document | Number |
        Revision" over "Clinical Evaluation Report | XYZ-CER-005 | 4") cites each row's
        document at the revision of its cell; a cell listing several documents ("CEP X-CEP-1
        Rev. A; CER X-CER-1 Issue 3 dated ...") cites each at the revision that follows it.
        Revisions are read in their usual spellings ("Rev. C", "revision 02", "v3.0",
        "Version 2", "Issue 4", "Ed. 3", "Index B", "versione 2"). When the document provided
        declares a revision beside the number cited ("HTV2-IFU-EN rev. 04"), that revision is
        compared, not a model designation of its title ("HumiTherm V2"). When that document states a revision but no number, a coded
        citation of its type ("OAX-CER-003 Rev. B") is compared by revision. A table that lists
        the documents assessed with their revisions and dates is not a revision history.
        A citation by number alone ("based on GS-EVR-P2 revision D") is matched to the document declaring that
        number. Earlier revisions named as such ("supersedes rev. B", revision-history
        tables) are not counted. A code that numbers an item inside a document rather than the
        document ("acceptance criteria CEP-AC-01 to CEP-AC-04", "residual risk CER-RR-02",
        "PMCF-OBJ-1") is not a document number: it is left alone when the cited document's own
        text holds it, when the dossier numbers a series of such items with it ("CEP-AC-01",
        "CEP-AC-02"), or when it starts with the document-type code where the document's own
        number carries a company prefix ("CEP-AC-01" against "NV-CEP-031").

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
            if _cites_provided_elsewhere(fact, cited, declared):
                continue  # "CER SSI-CER-1 Rev.03" assessed; "missing in CER Rev.02; closed" is history
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
                if len(targets) == 1 and ids and not _names_an_item(fact, targets[0], ids, facts):
                    other = ids[0]
                    return self.finding(
                        f"{_cap(_name(fact.role))} cites {_name(ref.role)} as "
                        f"“{fact.location.quote}”; the {ref.role.value} provided is numbered "
                        f"“{other.value.identifier}”.", [fact, other])
                if ids or len(targets) != 1 or ref.revision is None:
                    return None
                # The document provided states its revision but no number: "OAX-CER-003
                # Rev. B" cited against a CER headed "Revision D" still names another revision.
                matching = list(own)
            candidates = matching
        else:
            candidates = list(own)
        if ref.revision is None:
            return None
        wanted_rev = normalize_revision(ref.revision)
        revisions = [f for p in candidates for f in own[p] if f.value.revision]
        if ref.identifier:
            # the revision declared beside the number cited ("HTV2-IFU-EN rev. 04") outweighs a
            # loose one of the same document (a model "V2" in its title)
            cited_id = normalize_identifier(ref.identifier)
            paired = [f for f in revisions if normalize_identifier(f.value.identifier) == cited_id]
            revisions = paired or revisions
        if not revisions or any(normalize_revision(f.value.revision) == wanted_rev for f in revisions):
            return None
        other = revisions[0]
        if _names_revision_beside(facts, fact, other.value.revision):
            return None  # "closed with IFU Rev. F; Rev. G keeps the warning": a superseded one named as history
        return self.finding(
            f"{_cap(_name(fact.role))} cites {_name(ref.role)} as revision {ref.revision} "
            f"(“{fact.location.quote}”); the {ref.role.value} provided ({other.document}) declares "
            f"revision {other.value.revision}.", [fact, other])


def _cites_provided_elsewhere(fact: Fact, cited: list[Fact], declared: list[Fact]) -> bool:
    """Whether the citing document also cites the same document at the revision provided: the
    list of documents assessed names "CER X-CER-1 Rev.03" (the one submitted) and a later
    finding recalls "data missing in CER Rev.02; closed". The other revision is an earlier one
    the citing document followed up, not a mismatch."""
    ref: DocumentReference = fact.value
    if ref.revision is None:
        return False
    targets = [d for d in declared if d.role is ref.role and d.value.revision and d.document != fact.document]
    if len({d.document for d in targets}) != 1:
        return False  # several IFUs: "IFU-EN rev. 1" assessed says nothing of "IFU-DE rev. 2"
    provided = {normalize_revision(d.value.revision) for d in targets}
    if normalize_revision(ref.revision) in provided:
        return False
    coded = any(c.isdigit() for c in ref.identifier)
    return any(other is not fact and other.document == fact.document and other.value.role is ref.role
               and other.value.revision and normalize_revision(other.value.revision) in provided
               and (not coded or normalize_identifier(other.value.identifier) == normalize_identifier(ref.identifier))
               for other in cited)


def _names_revision_beside(facts: FactBase, fact: Fact, revision: str) -> bool:
    """Whether the paragraph citing an older revision also names the revision provided ("... was
    closed with IFU Rev. F; Rev. G keeps the warning"): the older one is history, not a mismatch."""
    document = facts.document(fact.document)
    if document is None:
        return False
    current = re.compile(rf"\b(?:rev(?:ision)?|version|ver|issue|ed(?:ition)?)\.?\s*{re.escape(revision)}\b",
                         re.IGNORECASE)
    for block in document.blocks:
        at = block.normalized.find(fact.location.quote)
        if at < 0:
            continue
        later = current.search(block.normalized, at + len(fact.location.quote))
        # the revision provided, named next without another document between ("..., CER rev. G")
        if later and not _OTHER_DOCUMENT.search(block.normalized, at + len(fact.location.quote), later.start()):
            return True
    return False


_OTHER_DOCUMENT = re.compile(r"\b(?:CER|CEP|SSCP|PMCF|CEAR|PSUR|RMF|report|plan|summary)\b", re.IGNORECASE)


def _stem(identifier: str) -> str:
    """"CEP-AC-03" -> "CEPAC", "SSCP-R3" -> "SSCPR", "NV-CEP-031" -> "NVCEP"."""
    return re.sub(r"\d+$", "", normalize_identifier(identifier))


def _segments(identifier: str) -> list[str]:
    return [s for s in re.split(r"[-_./\s]", identifier.upper()) if s]


def _names_an_item(fact: Fact, target, ids: list[Fact], facts: FactBase) -> bool:
    """Whether a code cited as the target document's number rather numbers an item inside a
    document (an acceptance criterion "CEP-AC-03", a residual risk "CER-RR-02", an objective
    "PMCF-OBJ-1"): the target's own text holds it, the dossier cites a series of codes of its
    stem that no document number shares, or its shape differs from the target's number."""
    code = fact.value.identifier
    if fact.value.revision:
        return False  # "CER-KST-031 rev. 4": only documents carry revisions
    if _in_own_text(code, target):
        return True
    stem = _stem(code)
    declared_stems = {_stem(f.value.identifier) for f in facts.of(FactKind.DOCUMENT_REFERENCE)
                      if isinstance(f.value, DocumentReference) and f.value.self_declared
                      and f.value.identifier}
    if stem in declared_stems:
        return False  # "NV-CEP-029" against "NV-CEP-031": another number of the same series
    series = {normalize_identifier(f.value.identifier) for f in facts.of(FactKind.DOCUMENT_REFERENCE)
              if isinstance(f.value, DocumentReference) and not f.value.self_declared
              and f.value.identifier and _stem(f.value.identifier) == stem}
    if len(series) >= 2:
        return True
    return _item_shaped(code, [f.value.identifier for f in ids])


def _item_shaped(code: str, numbers: list[str]) -> bool:
    """"CEP-AC-01", "IFU-W-07", "SSCP-R3": the type code first, then an item segment with
    letters and a short item number, where the document's own number puts the type code
    after a company prefix ("NV-CEP-031")."""
    parts = _segments(code)
    if len(parts) == 2:
        item = re.fullmatch(r"[A-Z]{1,4}\d{1,2}", parts[1])  # "SSCP-R3"
    else:  # "CEP-AC-01", "CER-RR-02", "PMCF-OBJ-1"
        item = len(parts) >= 3 and re.fullmatch(r"\d{1,2}[A-Z]?", parts[-1]) and all(
            re.fullmatch(r"[A-Z]{1,4}", p) for p in parts[1:-1])
    if not item:
        return False
    head = parts[0]
    return bool(numbers) and all(_segments(n)[:1] != [head] and head in _segments(n)
                                 for n in numbers)


@lru_cache(maxsize=1)
def _superseded() -> re.Pattern | None:
    data = load_optional("documentation") or {}
    return compile_terms(flatten_terms((data.get("superseded_cues") or {}).get("terms")))


def _in_own_text(code: str, document) -> bool:
    """Whether `document` itself mentions `code` other than as a superseded document."""
    pattern = re.compile(r"(?<![\w/-])" + re.escape(code) + r"(?![\w/]|-\w)", re.IGNORECASE)
    superseded = _superseded()
    for block in document.blocks:
        if code not in block.text and code.lower() not in block.folded:
            continue
        match = pattern.search(block.text)
        if match is None:
            continue
        if superseded is not None and superseded.search(block.text):
            continue
        return True
    return False


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]

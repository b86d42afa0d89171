"""SS001: the SSCP omits residual risks or side-effects that the IFU lists."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract._paraphrase import mentioned_in
from panelproof.extract._questions import RESIDUAL_RISKS, question_role
from panelproof.extract.common import sentences
from panelproof.extract.intended_use import (_CONTRA_CUE, _INDICATION_CUE, CONTRAINDICATIONS, INDICATIONS,
                                             INTENDED_PURPOSE, block_kinds)
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.risks import covered_by, known_risks, non_serious_risks
from panelproof.ingest.model import BlockKind, Document, Location, Role
from panelproof.rules.intended_use.common import describe_document, heading_location, is_text_id, join_names, same_text
from panelproof.rules.identity._compare import first_per_id
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.sscp.common import reference_ifu

_RISK_HEADING = re.compile(r"risk|side[- ]?effect|undesirable|adverse|warning|risque|effets?|"
                           r"indésirable|risiko|risiken|nebenwirkung|unerwünscht|risico|bijwerking|"
                           r"rischi|effetti|riesgo|efectos", re.I)


_NOT_RISKS = frozenset({CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE})


class SscpOmitsIfuRisks(Rule):
    """The SSCP omits residual risks or side-effects that the IFU lists.

    What it finds:
        Each residual risk, side-effect or complication listed in the IFU (in the SSCP's
        language, else the English IFU) that the SSCP does not list. Risks are compared by
        their vocabulary id (vocabulary/risks.yaml) across languages, so synonyms count
        ("haemorrhage" / "bleeding", "thromboembolic events" / "thrombosis", "hypersensitivity"
        / "allergic reaction", lay and clinical words: "shortness of breath" / "dyspnoea",
        "nose bleeding" / "epistaxis"), and by wording (fuzzy, or restated in other words)
        within one language. A broader risk in the SSCP covers the narrower ones the vocabulary
        puts under it ("bleeding" covers "epistaxis", "vascular access complications" cover
        "groin haematoma", "conversion to open surgery" covers "need for cardiac surgery"); a
        narrower one does not cover the broader ("sinusitis" does not list "infection"). A risk the SSCP names anywhere in its text (a risk section, its side-effects,
        warnings or results, also as not observed: "no allergic reactions; no revision for
        aseptic loosening"), other than as an indication or contraindication, is not omitted;
        in the IFU's language the IFU's own words restated count too ("migration of the lead
        (3,1 %)" for "Lead migration").
        A long list item counts by the words naming its risk ("encrustation of the stent
        leading to obstruction ..."); the message quotes the SSCP's own list items beside
        the IFU's. Risk sections are found by their titles or by a reader's question ("What are the
        risks?", "Welche Nebenwirkungen können auftreten?"). The
        message quotes the IFU's own words. An SSCP without any risk section omits them all.
        An IFU item naming several risks ("encrustation, urinary retention") is omitted only
        when the SSCP leaves out one of them. Omitting only events that are not serious by
        their nature (vocabulary `non_serious`: pain, skin irritation; ICH E2A) is minor;
        omitting any other risk is major.

    Why a panel cares:
        MDCG 2019-9 requires the SSCP to contain at least the same residual risks and
        side-effects as the IFU (Art. 32(2)(h)). The SSCP is the public summary patients and
        clinicians read in Eudamed; a shorter list there understates the device's risks, and
        the Notified Body validated it.

    Example:
        IFU: "Side effects: barotrauma, ventilator-associated pneumonia, hypotension."
        SSCP: "Residual risks: barotrauma."

    Use instead:
        Copy the IFU's list of residual risks and side-effects into SSCP section 4.1, each
        with its frequency and a relation to time.

    References:
        MDR Art. 32(2)(h); MDCG 2019-9 Rev.1 section 4.1; MDR Annex I 23.4(g).
    """

    code = "SS001"
    name = "sscp-omits-ifu-risks"
    # A gap in the SSCP's content against the IFU (Art. 32, MDCG 2019-9): a documentation
    # defect of the public summary, not an instruction; reviewers file it so.
    category = Category.DOCUMENTATION
    severity = Severity.MAJOR
    title = "SSCP omits residual risks or side-effects listed in the IFU"
    references = ("MDR Art. 32(2)(h)", "MDCG 2019-9 Rev.1 section 4.1", "MDR Annex I 23.4(g)")
    recommendation = ("List in the SSCP at least every residual risk and side-effect of the IFU, "
                      "quantified and with a relation to time.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for sscp in sorted(facts.documents_with_role(Role.SSCP), key=lambda d: d.path):
            ifu = reference_ifu(facts, sscp)
            if ifu is None:
                continue
            ifu_risks = _positive(facts.of(FactKind.RESIDUAL_RISK, document=ifu.path))
            if not ifu_risks:
                continue
            sscp_risks = _positive(facts.of(FactKind.RESIDUAL_RISK, document=sscp.path))
            same_language = sscp.language == ifu.language
            candidates = [f for f in ifu_risks if not _covered(f, sscp_risks, same_language)
                          and (same_language or not is_text_id(f.value.id))]
            # the whole text is read only when the risk sections leave something out
            named = _named_anywhere(sscp) if candidates else (set(), [])
            missing = first_per_id([f for f in candidates if not _named_in_text(f, named, same_language)])
            if not missing:
                continue
            labels = join_names([_label(f) for f in missing[:12]])
            more = f" and {len(missing) - 12} more" if len(missing) > 12 else ""
            sscp_side = _listed_items(sscp, sscp_risks) or [heading_location(
                sscp, lambda t: bool(_RISK_HEADING.search(t)) or question_role(t) == RESIDUAL_RISKS)]
            sscp_name, ifu_name = describe_document(sscp), describe_document(ifu)
            if sscp_risks:
                message = (f"{ifu_name[0].upper()}{ifu_name[1:]} lists {labels}{more} among its residual "
                           f"risks and side-effects; {sscp_name} does not.")
            else:
                message = (f"{ifu_name[0].upper()}{ifu_name[1:]} lists residual risks and side-effects "
                           f"({labels}{more}); {sscp_name} lists none.")
            # Omitting only events that are not serious by nature (pain, skin irritation) still
            # leaves the summary incomplete, but understates no serious risk.
            mild = all(f.value.id in non_serious_risks() for f in missing)
            yield self.finding(message, [*missing[:8], *[s for s in sscp_side if s is not None]],
                               severity=Severity.MINOR if mild else None)


def _positive(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not getattr(f.value, "negated", False)
            and getattr(f.value, "id", None) not in (None, "none")]


_ITEM_KINDS = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)
_LONGEST_ITEM = 200


def _listed_items(sscp: Document, sscp_risks: list[Fact]) -> list[Location | Fact]:
    """What the SSCP does list, up to three entries: each whole list item or table row that
    holds one of its risks ("discomfort at insertion and removal of the device", not only
    "discomfort"), so that a reader sees the SSCP's own list beside the IFU's; a risk named in
    a long paragraph is quoted by its own words."""
    quoted: list[Location | Fact] = []
    used: set[int] = set()
    for fact in sscp_risks:
        if len(quoted) == 3:
            break
        block = next((b for b in sscp.blocks if b.kind in _ITEM_KINDS and b.page == fact.location.page
                      and b.section == fact.location.section and fact.location.quote in b.text), None)
        if block is None or len(block.normalized) > _LONGEST_ITEM:
            quoted.append(fact)
        elif id(block) not in used:
            used.add(id(block))
            quoted.append(sscp.location(block, block.full_quote))
    return quoted


def _covered(fact: Fact, others: list[Fact], same_language: bool) -> bool:
    concept_id = fact.value.id
    if covered_by(concept_id, (o.value.id for o in others)):
        return True
    if is_text_id(concept_id) and same_language:
        # fuzzy-equal wording or a paraphrase ("bleeding at the exit site" / "exit-site haemorrhage")
        return any(is_text_id(o.value.id) and same_text(concept_id[5:], o.value.id[5:]) for o in others)
    return False



def _named_anywhere(document: Document) -> tuple[set[str], list[str]]:
    """The vocabulary risks the document names anywhere, and its sentences.

    Saying that the SSCP omits a risk is a claim about its whole text: a risk it names outside
    a risk section ("Bleeding and thrombosis may occur after implantation.") or reports on in its
    results ("no allergic reactions; no revision for aseptic loosening") is not omitted.
    """
    ids: set[str] = set()
    texts: list[str] = []
    for block in document.blocks:
        if block_kinds(block) & _NOT_RISKS:
            continue  # "acute infection at the graft site" as a contraindication is no risk
        text = block.normalized
        for start, end in sentences(block):
            sentence = text[start:end]
            if _CONTRA_CUE.search(sentence) or _INDICATION_CUE.search(sentence):
                continue
            texts.append(sentence)
            # "There were no allergic reactions and no revision for aseptic loosening": a risk
            # the SSCP reports on, even as not observed, is one it names.
            ids.update(risk_id for risk_id, _ in known_risks(sentence))
    return ids, texts


def _named_in_text(fact: Fact, named: tuple[set[str], list[str]], same_language: bool) -> bool:
    ids, texts = named
    concept_id = fact.value.id
    if not is_text_id(concept_id):
        # "migration of the lead (3,1 %)" for the IFU's "Lead migration": the SSCP restates the
        # IFU's own words in a form its vocabulary terms do not spell out
        return covered_by(concept_id, ids) or (same_language and any(
            mentioned_in(phrase, t) for phrase in _own_words(fact) for t in texts))
    # "bleeding at the exit site" restated in a sentence of the SSCP in its own words
    if not same_language:
        return False
    phrase = concept_id[5:]
    if any(mentioned_in(phrase, t) for t in texts):
        return True
    # "encrustation, urinary retention": one IFU item naming several risks is not omitted
    # when the SSCP names each of them, in items of its own ("Implant encrustation and stone
    # formation", "Urinary retention after procedure")
    parts = [p for p in _RISK_SEPARATOR.split(phrase) if re.search(r"\w{3}", p)]
    return len(parts) > 1 and all(any(mentioned_in(part, t) for t in texts) for part in parts)


_RISK_SEPARATOR = re.compile(r"\s*(?:[,;/]|\band\b|\bor\b)\s*", re.I)


def _own_words(fact: Fact) -> list[str]:
    """The IFU's words for a vocabulary risk: its label as written and its quote when short."""
    phrases = [str(fact.value.label or "")]
    if len(fact.location.quote) <= 80:
        phrases.append(fact.location.quote)
    return [p for p in dict.fromkeys(phrases) if p.strip()]


def _label(fact: Fact) -> str:
    """The IFU's own words ("haemorrhage requiring transfusion"), not the vocabulary's label."""
    concept_id = fact.value.id
    if is_text_id(concept_id):
        return f"“{concept_id[5:]}”"
    words = " ".join(str(fact.value.label or fact.location.quote).split())
    return f"“{words}”" if words else concept_id.replace("_", " ")

"""CL003: a clinical claim contrary to established physiology."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract._clinical_terms import term_regex
from panelproof.extract.claims import red_flag, red_flags
from panelproof.extract.common import make_fact, sentences
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity


class PhysiologyRedFlag(Rule):
    """Claim contrary to established physiology (red-flag list with sources).

    What it finds:
        Claims matching a red flag of knowledge/red_flags.yaml by concept, not by exact
        sentence: every concept group (e.g. intracranial pressure + a lowering verb) in one
        sentence, not negated, with the subject (ventilation, PEEP, ozone) in the sentence, the
        same document or the dossier's device type. Examples: mechanical ventilation "reduces
        intracranial pressure"; ozone "sterilises wounds without tissue damage". The list also
        holds well-known claims outside a therapy's recognised indications (hyperbaric oxygen
        "improves cognition in autism") and disease-modifying claims for therapies that only
        relieve symptoms (a brace that "halts the progression of osteoarthritis"; mucosal
        ablation of Barrett's oesophagus that "normalises sphincter pressure" or "cures
        reflux"), and an
        interstitial glucose sensor whose readings "show zero lag against blood glucose", and
        a monitor that delivers no therapy said to prevent a disease by detecting it (an
        insertable loop recorder that "prevents recurrent stroke by the early detection of
        AF"; the LOOP trial found no such effect). A red-flag claim counts in a warning box
        too.
        Direction and effect are read together ("PEEP augments cardiac output", "a
        haemodynamic benefit through PEEP", "la PEP augmente le débit cardiaque"; an
        exoskeleton that "halts bone loss" after spinal cord injury), so that "increasing PEEP
        may lower cardiac output" and "fluid loading increases cardiac output" claim nothing.
        When the dossier's own text states the physiology the claim denies ("glucose in
        interstitial fluid trails blood glucose by about five to ten minutes"), the finding
        quotes that sentence too.

    Why a panel cares:
        In the CECP opinion of 24 June 2025 the panel objected that the CEAR said the
        ventilator "reduces intracranial pressure", whereas positive-pressure ventilation
        tends to raise it. A claim against physiology discredits the whole evaluation and the
        Notified Body that accepted it.

    Example:
        CEAR: "The device reduces intracranial pressure in patients with head injury."

    Use instead:
        IFU warning: "Positive-pressure ventilation and PEEP can raise intracranial pressure;
        monitor ICP and CPP in patients with brain injury."

    References:
        MDR Annex XIV Part A 1(a); MDR Art. 7; sources of each red flag in red_flags.yaml.
    """

    code = "CL003"
    name = "physiology-red-flag"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Claim contrary to established physiology"
    references = ("MDR Art. 7", "MDR Annex XIV Part A 1(a)", "MDR Annex I §1")
    recommendation = ("Withdraw the claim or support it with clinical data in the population "
                      "concerned; state the known physiological effect as a warning instead.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        device_types = {f.value.id for f in facts.of(FactKind.DEVICE_TYPE)
                        if not getattr(f.value, "negated", False)}
        flags = {flag["id"]: flag for flag in red_flags()}
        dossier_text: str | None = None
        for fact in facts.of(FactKind.CLAIM):
            flag_id = fact.value.red_flag or red_flag(fact.value.text, device_types=device_types)
            if flag_id is None and _has_all_concepts(fact.value.text):
                # A short SSCP or label may name the sensor or the therapy only as "the device":
                # the dossier is about one device, so its other documents name the subject.
                if dossier_text is None:
                    dossier_text = "\n".join(d.text for d in facts.documents if d.ok)
                flag_id = red_flag(fact.value.text, dossier_text, device_types)
            if flag_id is None:
                continue
            flag = flags[flag_id]
            own = _own_contradiction(facts, flag, fact)
            against = (f' {own.document} itself states "{own.location.quote}".' if own is not None
                       else "")
            yield self.finding(
                f'{fact.document} claims "{fact.location.quote}" ({flag["title"].lower()}).'
                f'{against} {flag["explanation"]} Sources: {"; ".join(flag["sources"][:2])}.',
                [fact, own] if own is not None else [fact])


def _has_all_concepts(text: str) -> bool:
    """Whether some red flag's concept groups all occur in `text` (its subject aside)."""
    return any(all(term_regex(group) is not None and term_regex(group).search(text)
                   for group in flag["all_of"]) for flag in red_flags())


def _own_contradiction(facts: FactBase, flag: dict, claim: Fact) -> Fact | None:
    """The first sentence of the dossier that states the physiology the flag's claim denies
    (every concept group of the flag's `contradicted_by` in one sentence, not negated), CER
    first. Searched only for a claim that raised the flag."""
    groups = flag.get("contradicted_by")
    if not groups:
        return None
    patterns = [term_regex(group) for group in groups]
    if any(p is None for p in patterns):
        return None
    documents = sorted((d for d in facts.documents if d.ok),
                       key=lambda d: (d.role is not Role.CER, d.path))
    for document in documents:
        for block in document.blocks:
            if patterns[0].search(block.normalized) is None:
                continue
            for start, end in sentences(block):
                sentence = block.normalized[start:end]
                if (document.path == claim.document and sentence.strip() == claim.value.text
                        or not all(p.search(sentence) for p in patterns)
                        or red_flag(sentence) is not None):
                    continue
                return make_fact(document, block, FactKind.EVIDENCE, sentence, (start, end))
    return None

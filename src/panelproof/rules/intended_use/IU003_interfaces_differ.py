"""IU003: patient interfaces or modes of use differ between documents."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.intended_use.common import concept_findings, describe_document, representatives
from panelproof.rules.model import Category, Finding, Rule, Severity


class InterfacesDiffer(Rule):
    """Patient interfaces or modes of use differ between documents.

    What it finds:
        A patient interface or mode of use (mask, endotracheal tube, tracheostomy, nasal
        cannula; intravenous, subcutaneous, epidural ...) that one document's intended use
        names and another's does not, compared by vocabulary id across languages ("high-flow
        nasal cannula" and "nasal high-flow cannula" are one; a generic "nasal interface"
        neither states nor omits a nasal cannula or nasal mask). Surgical approaches and
        access routes are modes of use too: a CEAR that covers "posterior and transforaminal
        implantation" while the CER and IFU add a "lateral (retroperitoneal) approach" assessed
        a narrower use; a position word ("lateral") counts only next to an approach word
        ("approach", "access", "implantation", "voie", "Zugang"). Vascular access routes of
        transcatheter devices (transfemoral, transjugular, transseptal, transradial, subclavian or
        axillary, transcarotid, transcaval, transapical, transaortic) are modes of their own: a
        CEAR that names transfemoral access where the CER and IFU add transjugular access
        assessed a narrower use, while a document that says only "percutaneous" or
        "transcatheter" neither states nor omits a route. A condition for an alternative route
        ("transfemoral or, when the femoral route is not suitable, subclavian access", "si la voie
        fémorale ne convient pas", "wenn der femorale Zugang ungeeignet ist") excludes neither
        route. Plain-language routes count ("under the skin" is subcutaneous, "into a vein"
        intravenous), and a route stated as the only one ("for subcutaneous use only") is a mode
        of use even in a contraindication that names the others. A route that qualifies a drug
        the patient receives ("intravenous bisphosphonate therapy", "i.v. antibiotics",
        "traitement par bisphosphonates intraveineux"; knowledge/drug_classes.yaml) is not the
        device's mode of use. Protocols of use are modes
        too: immediate, early or delayed loading and immediate or delayed placement of dental
        implants, one-stage or two-stage surgery, cemented or cementless fixation, on-pump or
        off-pump surgery; a document that excludes a mode another states ("immediate loading
        is not recommended and is outside the intended use") is named as excluding it. Interfaces
        are read where a document states its intended use (intended purpose, indications, modes
        of use), not in cleaning instructions or literature summaries. Ventilation that every
        quoted document names as the patients' ongoing therapy ("for patients on NIV or invasive
        ventilation via endotracheal tube", the wording of an ECCO2R system or a humidifier) is
        not the device's own interface: such a difference is minor. A summary whose list a
        catch-all leaves open ("to facilitate tracheal intubation and other airway procedures",
        "and related procedures", "airway procedures such as ...", "etc.", "et d'autres
        gestes"; vocabulary/catch_alls.yaml) does not omit the further modes another document
        names (placement of nasogastric tubes under vision); one without a catch-all still
        does. Advice on the technique to use instead ("Limited mouth opening (use fibreoptic
        intubation)", "(utiliser l'intubation fibroscopique)") excludes no mode.

    Why a panel cares:
        In the expert-panel opinion of 24 June 2025 on a ventilator, endotracheal intubation, a
        common mode of use that the CER and IFU describe, was missing from the CEAR's intended
        use: the Notified Body had assessed a narrower device use than the one marketed.

    Example:
        CEAR: "implanted by transfemoral access"; CER: "via transfemoral or transjugular access"
        CEAR: "for non-invasive ventilation via mask and for tracheostomised patients"
        CER: "via face mask, endotracheal tube or tracheostomy"
        CER: "for immediate placement in fresh extraction sockets and immediate loading";
        IFU: "Immediate loading is not recommended and is outside the intended use"

    Use instead:
        Name every interface and mode of use in the intended purpose of every document, and
        make sure the clinical data cover each.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDCG 2020-13 section B.
    """

    code = "IU003"
    name = "interfaces-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Patient interfaces or modes of use differ between documents"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2020-13 section B")
    recommendation = ("Name the same patient interfaces and modes of use in the intended purpose of "
                      "the CEP, CER, IFU, SSCP and CEAR, and show clinical data for each.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        findings: dict[str, Finding] = {}
        for finding in concept_findings(self, facts, FactKind.INTERFACE, "patient interfaces and modes of use",
                                        "interfaces", catch_alls=True):
            # Two splits quoted by the same facts (each side lists what the other does not,
            # with a third document on neither side) are one finding with both statements.
            earlier = findings.get(finding.id)
            if earlier is None:
                findings[finding.id] = finding
            elif finding.message not in earlier.message:
                earlier.message += " " + finding.message.split(": ", 1)[-1][:1].upper() + \
                    finding.message.split(": ", 1)[-1][1:]
        exclusions = _exclusions(facts)
        concomitant = _concomitant_ventilation(facts) if findings else set()
        for finding in findings.values():
            if concomitant and all((loc.document, loc.quote) in concomitant for loc in finding.locations):
                # "for patients on NIV or invasive ventilation via endotracheal tube" (an ECCO2R
                # system, a humidifier): the patients' own ventilation, not the device's interface
                finding.severity = Severity.MINOR
                finding.message += (" Each document names this ventilation as the patients' ongoing "
                                    "therapy, not as the device's own patient interface: align the "
                                    "wording rather than the clinical data.")
            notes = [note for label, note in exclusions if label in finding.message]
            if notes:
                finding.message += " " + " ".join(dict.fromkeys(notes))
            yield finding


def _exclusions(facts: FactBase) -> list[tuple[str, str]]:
    """(label, sentence) for each mode one document states and another explicitly excludes."""
    from panelproof.extract.intended_use import vocabulary

    vocab = vocabulary("interfaces")
    documents = representatives(facts)
    stated: dict[str, set[str]] = {}
    excluded: dict[str, list] = {}
    for document in documents:
        for fact in facts.of(FactKind.INTERFACE, document=document.path):
            if fact.value.negated:
                excluded.setdefault(fact.value.id, []).append(document)
            else:
                stated.setdefault(fact.value.id, set()).add(document.path)
    notes = []
    for concept_id, excluding in excluded.items():
        excluding = [d for d in excluding if d.path not in stated.get(concept_id, ())]
        if concept_id in stated and excluding:
            names = sorted({describe_document(d) for d in excluding})
            label = vocab.label(concept_id)
            notes.append((label, f"{' and '.join(names)[0].upper()}{' and '.join(names)[1:]} "
                                 f"{'excludes' if len(names) == 1 else 'exclude'} {label}."))
    return notes


# Ventilation interfaces: named after "patients on / receiving / under ... ventilation" they
# describe the patients' concomitant therapy (for an extracorporeal or add-on device), not the
# interface through which the device itself acts.
_VENTILATION_INTERFACES = frozenset({"mask", "endotracheal_tube", "tracheostomy", "nasal_cannula",
                                     "invasive_ventilation", "nasal_interface", "mouthpiece",
                                     "helmet"})
_ON_VENTILATION = re.compile(
    r"(?:\b(?:on|receiving|under|undergoing|treated with|supported by|sous|unter|bei|in|"
    r"sottopost[oiae]|bajo|con|sometid[oa]s?|recevant|bénéficiant d['’]une|ricevono|reciben)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:ventilat|beatm|ventilaz|ventilac|niv\b|vni\b|cpap|bipap)"
    r"|\b(?:ventilated|ventilés?|ventilées?|beatmete[nmrs]?|ventilati|ventilad[oa]s?)\b)",
    re.I)
_CLAUSE_END = re.compile(r"[.;:!?](?=\s)")


def _concomitant_ventilation(facts: FactBase) -> set[tuple[str, str]]:
    """(document, quote) of ventilation interfaces named as the patients' ongoing ventilation."""
    by_path = {d.path: d for d in facts.documents}
    found: set[tuple[str, str]] = set()
    for fact in facts.of(FactKind.INTERFACE):
        if fact.value.id not in _VENTILATION_INTERFACES or fact.value.negated:
            continue
        document = by_path.get(fact.document)
        quote = fact.location.quote
        for block in document.blocks if document is not None else ():
            position = block.text.find(quote)
            if position < 0:
                continue
            stops = [m.end() for m in _CLAUSE_END.finditer(block.text, max(0, position - 240), position)]
            if _ON_VENTILATION.search(block.text, stops[-1] if stops else max(0, position - 240),
                                      position + len(quote)):
                found.add((fact.document, quote))
            break
    return found

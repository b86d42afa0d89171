"""SI001: an instruction interrupts or degrades life-sustaining therapy or defeats a safeguard."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.instructions import is_permission
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety.common import (HazardMatch, contradicted, match_hazards,
                                           match_hazards_after, prohibitions, warning_naming)


class UnsafeInstruction(Rule):
    """An instruction of the IFU, CER or SSCP matches a hazard pattern of knowledge/hazards.yaml.

    What it finds:
        Imperative, procedural or permissive sentences (INSTRUCTION facts, in English, French
        and German: "switch off ...", "the patient can remain off ...", "peut être répété
        immédiatement", "darf sofort wiederholt werden") that tell or allow the user to
        interrupt or degrade a life-sustaining therapy (switch off the oxygen, ventilate
        without oxygen or on room air, disconnect the patient from the ventilator with no
        alternative ventilation, leave the patient off extracorporeal support without rescue
        measures, tell a VAD or total-artificial-heart patient that disconnecting the driveline
        "is tolerated for up to five minutes", stop inhaled nitric oxide for a cylinder change
        without the back-up delivery system, stop intrathecal baclofen "without tapering" or declare that "tapering of the
        baclofen dose is not required", continue phacoemulsification "in case the bottle is
        emptied" (ultrasound without irrigation), drive
        an intra-aortic balloon with room air instead of helium), to defeat a safeguard (disable or permanently silence alarms, switch off
        an alarm or silence it for longer than a short audio pause: "the apnoea alarm may be
        switched off for up to 30 minutes", "darf der Apnoe-Alarm ... ausgeschaltet werden",
        "peut être désactivée pendant 30 minutes"; bypass air-in-line detection, operate
        without monitoring), to defeat a protective function of the device (switch a bubble
        detector to OFF for a transport, "den Blasendetektor ... auf AUS stellen", close a
        pressure relief valve fully, "tourner la valve de surpression à fond dans le sens
        horaire", "draai het overdrukventiel volledig rechtsom", tape over a pop-off valve,
        override an interlock; the message quotes the document's own warning of the harm the
        protection prevents, such as air embolism or pneumothorax), to stack boluses (a second bolus
        before the first has acted), to clear a blocked tube or catheter by pushing a stylet,
        guidewire or improvised tool through it ("if the tube clogs, pass the guide wire until it
        is free", "introducir el fiador hasta desobstruirla") or to reuse single-use devices, or that dispense anyone in a laser's hazard zone from
        protective eyewear ("the patient does not need eye protection because the beam is
        confined to the probe"). An
        alarm may be named by an anaphor, in the same sentence or the one before ("The occlusion
        alarm may sound repeatedly. The same may then be switched off for the rest of the
        therapy", "it can be disabled", "elle peut être désactivée"): the anaphor's
        antecedent must be the alarm, with no other device named between. Prohibitions ("never
        switch off the alarm", "ne pas réutiliser", "Sauerstoffzufuhr niemals abschalten"),
        consequence statements ("switching off the alarm may cause injury"), risk
        descriptions ("the patient may be disconnected accidentally") and safe contexts
        ("after use", "in case of fire", "ventilate manually with a resuscitation bag",
        "service personnel ... during maintenance", "turn the relief valve anticlockwise")
        are not reported, nor is the time-limited audio pause of IEC 60601-1-8 ("silence the
        alarm for 2 minutes"). Severity comes from the pattern.

    Why a panel cares:
        An instruction is a risk control measure the user will follow. In the 2025 ventilator
        opinion the panel singled out an instruction to cut the oxygen and ventilate several
        breaths without it before opening the circuit: an instruction that creates the hazard
        it should prevent.

    Example:
        IFU: "Before opening the circuit, switch off the oxygen supply and ventilate the
        patient for several breaths without oxygen."

    Use instead:
        "Before opening the circuit, pre-oxygenate the patient; never interrupt the oxygen
        supply while the patient is connected."

    References:
        MDR Annex I 1, 4 and 23.4; ISO 80601-2-12:2020; IEC 60601-1-8:2006+A2:2020;
        IEC 60601-2-24:2012; ISO 14971:2019 clause 7 (risk control measures);
        ISO 10651-4:2002 (pressure-limiting valve of resuscitators); MDR Art. 17.
    """

    code = "SI001"
    name = "unsafe-instruction"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Instruction interrupts therapy or defeats a safeguard"
    references = ("MDR Annex I 1, 4 and 23.4", "ISO 80601-2-12:2020",
                  "IEC 60601-1-8:2006+A2:2020", "IEC 60601-2-24:2012", "ISO 14971:2019 clause 7")
    recommendation = ("Rewrite the instruction so that therapy and safeguards are maintained "
                      "(e.g. pre-oxygenate instead of cutting oxygen, time-limited audio pause "
                      "instead of disabling alarms), align every language version, and check it "
                      "against the risk analysis.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        # One finding per hazard, with every instruction (any document, any language) that
        # raises it: the same instruction in the IFU_en, IFU_fr and CER is one defect.
        grouped: dict[str, list[tuple[Fact, list[HazardMatch]]]] = {}
        for fact in facts.of(FactKind.INSTRUCTION):
            matches = [m for m in match_hazards(str(fact.value))
                       + match_hazards_after(str(fact.value), getattr(fact.value, "before", ""))
                       if not m.hazard.only_against_warnings]
            if not matches:
                continue
            primary = max(matches, key=lambda m: Severity(m.hazard.severity).rank)
            grouped.setdefault(primary.hazard.id, []).append((fact, matches))
        findings = []
        forbidden = prohibitions(facts) if grouped else {}
        for hits in grouped.values():
            findings.append(self._finding(facts, hits, forbidden))
        return findings

    def _finding(self, facts: FactBase, hits: list[tuple[Fact, list[HazardMatch]]],
                 forbidden: dict[str, tuple[int, Fact]]) -> Finding:
        hazards = {}
        for _, matches in hits:
            for m in matches:
                hazards.setdefault(m.hazard.id, m.hazard)
        ranked = sorted(hazards.values(), key=lambda h: -Severity(h.severity).rank)
        primary = ranked[0]
        places = "; ".join(
            f"{document_label(facts.document(f.document), f.document)}: “{f.location.quote}”"
            for f, _ in hits[:4])
        more = f" (and {len(hits) - 4} more)" if len(hits) > 4 else ""
        why = " ".join(f"{_upper_first(h.explanation)} ({h.source})." for h in ranked)
        verb = "instructs or permits" if any(is_permission(f.location.quote) for f, _ in hits) \
            else "instructs"
        message = f"The dossier {verb}: {places}{more}. {why}"
        warning = _own_warning(primary, [f for f, _ in hits], forbidden)
        if warning is not None:
            where = document_label(facts.document(warning.document), warning.document)
            message += (f" This contradicts the dossier's own warning in {where}: "
                        f"“{warning.location.quote}”.")
        else:
            harm = next((w for h in ranked
                         if (w := warning_naming(h, facts, [f.document for f, _ in hits]))), None)
            if harm is not None:
                where = document_label(facts.document(harm.document), harm.document)
                message += (f" The dossier itself warns, in {where}, of the harm this "
                            f"protection prevents: “{harm.location.quote}”.")
        return self.finding(message, [f for f, _ in hits],
                            severity=Severity(primary.severity),
                            title=f"{self.title}: {primary.id.replace('_', ' ')}")


def _own_warning(hazard, instructions: list[Fact],
                 forbidden: dict[str, tuple[int, Fact]]) -> Fact | None:
    """The warning that forbids what the instructions tell, preferably in the same document
    ("never disconnect both power sources" beside "disconnect both batteries")."""
    quotes = {f.location.quote for f in instructions}
    for document in dict.fromkeys(f.document for f in instructions):
        warning = contradicted(hazard, forbidden, document)
        if warning is not None and warning.location.quote not in quotes:
            return warning
    warning = contradicted(hazard, forbidden)
    return warning if warning is not None and warning.location.quote not in quotes else None


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]

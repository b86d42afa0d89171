"""PL009: an instruction delivers a volume faster than the device's own maximum flow rate."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract.model import FactBase
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility import _stated_limits as sl

# Documents that state the device's specification or tell the user what to do with it.
ROLES = (Role.IFU, Role.LABEL, Role.CER, Role.SSCP, Role.CEP, Role.OTHER, Role.UNKNOWN)
# A rate within this fraction of the maximum is rounding, not a contradiction.
TOLERANCE = 0.10
# Beyond this multiple of the maximum the instruction is plainly impossible.
GROSS_FACTOR = 2.0
RATE_UNIT = "milliliter / minute"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str], dict[str, str],
                         dict[str, str], tuple[str, ...], tuple[str, ...]]:
    flow = sl.data()["flow_rate"]
    volumes = sl.unit_table(flow["volume_units"])
    times = sl.unit_table(flow["time_units"])
    rates = sl.unit_table(flow["rate_units"])
    terms = sl.words(flow["maximum_terms"])
    overs = sl.words(flow["over_words"])
    # "Maximum flow rate | 20 mL/min (1.2 L/h)", "Débit maximal : 20 ml/min"
    maximum = re.compile(
        sl.term_pattern(terms) + r"[^.;\d]{0,40}?(?<![\d.,])(?P<n>" + sl.NUM + r")\s*(?P<u>"
        + sl.unit_pattern(rates) + r")")
    # "Infuse the solution (typically 2 L, warmed to 37 °C) within 30 minutes",
    # "(2 l) innerhalb von 30 Minuten", "(2 L) en 30 minutes"
    instruction = re.compile(
        r"(?<![\w.,])(?P<v>" + sl.NUM + r")\s*(?P<vu>" + sl.unit_pattern(volumes) + r")"
        r"(?:[^.;:!?|]|\.(?=\d)){0,60}?" + sl.term_pattern(overs)
        + r"\s+(?P<t>" + sl.NUM + r")\s*(?P<tu>" + sl.unit_pattern(times) + r")")
    term_literals = tuple(sorted({t.split()[0] for t in terms}))
    volume_literals = tuple(sorted({u[:1] for u in volumes}))
    return maximum, instruction, volumes, times, rates, term_literals, volume_literals


class InstructedRateExceedsMaximumFlow(Rule):
    """An instruction tells the user to deliver a volume in a time that needs a flow rate
    above the maximum flow rate the dossier states for the device.

    What it finds:
        A volume over a time in an instruction ("Infuse the chemotherapy solution (typically
        2 L) within 30 minutes", "Die Lösung (2 l) innerhalb von 30 Minuten infundieren",
        "Perfuser la solution (2 L) en 30 minutes"), converted with pint to a rate, against
        the largest maximum flow rate the same dossier states for the device ("Maximum flow
        rate | 20 mL/min", "Débit maximal 20 ml/min", "Maximale Flussrate 20 ml/min"). A rate
        more than 10 % above the maximum is major; more than twice the maximum is critical.
        Literature and results sections are not read. The words are data in
        knowledge/stated_device_limits.yaml.

    Why a panel cares:
        An instruction that cannot be followed with the device is either unsafe (pressure
        beyond the port's or catheter's rating, disconnection, rupture) or describes another
        device: the IFU must be compatible with the device's performance (MDR Annex I 14.6,
        23.4(b) and (e)).

    Example:
        IFU: "Infuse the chemotherapy solution (typically 2 L) within 30 minutes"; technical
        data: "Maximum flow rate | 20 mL/min" (2 L in 30 minutes is about 67 mL/min).

    Use instead:
        An instruction the device can follow ("infuse 2 L over at least 100 minutes, at no
        more than 20 mL/min"), or a specification verified for the instructed rate.

    References:
        MDR Annex I 14.6, 23.4(b) and (e); ISO 10555-6 (implanted ports: flow rate).
    """

    code = "PL009"
    name = "instructed-rate-exceeds-maximum-flow"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "Instructed volume over time exceeds the device's maximum flow rate"
    references = ("MDR Annex I 14.6 and 23.4(b) and (e)", "ISO 10555-6")
    recommendation = ("Make the instruction follow the device's maximum flow rate (a longer "
                      "infusion time or a lower volume), or verify and state the flow rate the "
                      "instruction needs, in every language version.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = facts.documents_with_role(*ROLES)
        if not documents:
            return []
        maximum, instruction, volumes, times, rates, term_literals, volume_literals = _patterns()
        maxima = []
        for hit in sl.hits(documents, maximum, term_literals):
            m = hit.match
            try:
                value = sl.to(sl.number(m["n"], hit.document.language), rates[m["u"]], RATE_UNIT)
            except Exception:  # noqa: BLE001 - an unreadable number is no maximum
                continue
            if value > 0:
                maxima.append((value, hit))
        if not maxima:
            return []
        limit, limit_hit = max(maxima, key=lambda vh: vh[0])
        over = []
        for hit in sl.hits(documents, instruction, ("l",)):
            m = hit.match
            try:
                volume = sl.to(sl.number(m["v"], hit.document.language), volumes[m["vu"]],
                               "milliliter")
                time = sl.to(sl.number(m["t"], hit.document.language), times[m["tu"]], "minute")
            except Exception:  # noqa: BLE001
                continue
            if time <= 0 or volume <= 0:
                continue
            rate = volume / time
            if rate > limit * (1 + TOLERANCE):
                over.append((rate, volume, time, hit))
        if not over:
            return []
        # the fastest instruction; among equals, the document in the dossier's first language
        languages = [d.language for d in documents]
        rate = max(o[0] for o in over)
        first_language = next((lang for lang in languages if lang), None)
        fastest = [o for o in over if o[0] == rate]
        rate, volume, time, first = next(
            (o for o in fastest if o[3].document.language == first_language), fastest[0])
        seen = {first.document.path}
        others = []
        for o in over:
            if o[3].document.path not in seen and len(others) < 3:
                seen.add(o[3].document.path)
                others.append(o[3].location())
        # the maximum as the instructing document states it, and as another document does
        stated = [h for v, h in maxima if v == limit]
        same = [h for h in stated if h.document.path == first.document.path]
        elsewhere = [h for h in stated if h.document.path != first.document.path]
        elsewhere.sort(key=lambda h: h.document.role == first.document.role)
        limits = [h.location() for h in (same[:1] + elsewhere[:1])]
        limit_hit = (same or elsewhere)[0]
        where = document_label(first.document, first.document.path)
        at = document_label(limit_hit.document, limit_hit.document.path)
        message = (f"{where[:1].upper()}{where[1:]} instructs a volume of {volume:.4g} mL in "
                   f"{time:.4g} min (“{first.location().quote}”), a flow rate of about "
                   f"{rate:.3g} mL/min, but {at} states a maximum flow rate of {limit:.4g} mL/min "
                   f"(“{limit_hit.location().quote}”): the instruction cannot be followed within "
                   f"the device's specification.")
        severity = Severity.CRITICAL if rate > limit * GROSS_FACTOR else Severity.MAJOR
        return [self.finding(message, [first.location(), *limits, *others], severity=severity)]

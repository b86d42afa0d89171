"""PL010: the device needs a minimum the intended population's own bound does not provide."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from panelproof.extract.common import sentence_around
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility import _stated_limits as sl

ROLES = (Role.IFU, Role.LABEL, Role.CER, Role.SSCP, Role.CEP, Role.PMCF_PLAN, Role.OTHER,
         Role.UNKNOWN)
# A population bound within this fraction of the minimum is rounding.
TOLERANCE = 0.02
_RANGE = r"\s*(?:–|—|-|to|à|bis|a|tot)\s*"


@lru_cache(maxsize=8)
def _patterns(qid: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str],
                                 re.Pattern[str], dict[str, str], tuple[str, ...],
                                 tuple[str, ...]]:
    d = sl.data()
    quantity = next(q for q in d["quantities"] if q["id"] == qid)
    units = sl.unit_table(d["dimension_units"][quantity["dimension"]])
    unit = sl.unit_pattern(units)
    device = sl.words(quantity["device_terms"])
    population = sl.words(quantity["population_terms"])
    cues = sl.term_pattern(sl.words(d["minimum_cues"])).replace("(?<![\\w-])", "(?<![\\w-])", 1)
    # "minimum intravesical volume of 150 mL", "Volumen intravesical mínimo | 150 mL",
    # "requires at least 150 mL intravesical volume" is read by the cue before the value
    minimum = re.compile(
        r"(?:" + cues + r"[^.;:\d]{0,30}?" + sl.term_pattern(device)
        + r"|" + sl.term_pattern(device) + r"\s*(?:\(\w+\)\s*)?" + cues + r")"
        r"[^.;\d]{0,40}?(?<![\d.,])(?P<n>" + sl.NUM + r")\s*(?P<u>" + unit + r")")
    # "a functional bladder capacity of 100 mL or more", "Blasenkapazität von mindestens
    # 100 mL", "capacidad vesical funcional de 100 mL o más", "bladder capacity 100–400 mL"
    bound = re.compile(
        sl.term_pattern(population) + r"(?P<filler>[^.;:\d]{0,40}?)(?<![\d.,])(?P<n>" + sl.NUM
        + r")(?:\s*(?P<u1>" + unit + r"))?(?:" + _RANGE + r"(?P<hi>" + sl.NUM + r"))?\s*(?P<u>"
        + unit + r")?(?P<after>[^.;:\d]{0,15})")
    before = re.compile(sl.term_pattern(sl.words(d["lower_bound_before"])) + r"|≥|>=|>")
    after = re.compile(r"^\s*,?\s*(?:" + sl.term_pattern(sl.words(d["lower_bound_after"]))
                       + r")")
    return (minimum, bound, before, after, units,
            tuple(sorted({t.split()[0] for t in device})),
            tuple(sorted({t.split()[0] for t in population})))


@lru_cache(maxsize=1)
def _context_pattern() -> re.Pattern[str]:
    return re.compile(sl.term_pattern(sl.words(sl.data()["population_context"])))


def _about_patients(hit: sl.Hit, context: re.Pattern[str]) -> bool:
    """The bound's sentence (or table row) speaks of the patients, or its section is about
    them (intended population, indications, inclusion criteria)."""
    s, e = sentence_around(hit.block, hit.match.start(), hit.match.end())
    if context.search(hit.block.folded, s, e):
        return True
    return any(context.search(h.lower()) for h in hit.block.heading_path)


def _quantities() -> list[dict[str, Any]]:
    return list(sl.data()["quantities"])


class DeviceMinimumAbovePopulation(Rule):
    """The device needs a minimum of a patient quantity (a volume, a diameter) above the
    lower bound of that quantity in the population the dossier admits.

    What it finds:
        For each quantity of knowledge/stated_device_limits.yaml, the device's stated minimum
        ("the recirculation circuit requires a minimum intravesical volume of 150 mL",
        "Minimales intravesikales Volumen 150 mL", "Volumen intravesical mínimo 150 mL")
        against the population's own lower bound of the same quantity ("a functional bladder
        capacity of 100 mL or more", "Blasenkapazität von mindestens 100 mL", "capacidad
        vesical de 100 mL o más"). A population bound below the device's minimum is major:
        the patients between the two cannot be treated as instructed. Both values are quoted
        from the dossier; literature and results sections are not read.

    Why a panel cares:
        The intended population must be one the device can serve (MDR Annex I 1 and 23.4(b);
        Annex II 1.1(c)); the clinical data rarely include the patients the device cannot
        treat, and the panel asks which of the two statements is true.

    Example:
        CER: "Adults with NMIBC and a functional bladder capacity of 100 mL or more";
        IFU: "the recirculation circuit requires a minimum intravesical volume of 150 mL".

    Use instead:
        Align the population with the device ("a functional bladder capacity of 150 mL or
        more"), or verify the device at the smaller volume.

    References:
        MDR Annex I 1 and 23.4(b); MDR Annex II 1.1(c); the source of each quantity.
    """

    code = "PL010"
    name = "device-minimum-above-population"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "Device minimum not provided by the whole intended population"
    references = ("MDR Annex I 1 and 23.4(b)", "MDR Annex II 1.1(c)")
    recommendation = ("Restrict the intended population to the patients who provide the "
                      "device's minimum, or verify and state a minimum the whole population "
                      "provides, in every document.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = facts.documents_with_role(*ROLES)
        if not documents:
            return []
        findings = []
        for quantity in _quantities():
            finding = self._check_one(documents, quantity)
            if finding is not None:
                findings.append(finding)
        return findings

    def _check_one(self, documents, quantity: dict[str, Any]) -> Finding | None:
        minimum, bound, before, after, units, device_literals, population_literals = \
            _patterns(quantity["id"])
        target = next(iter(units.values()))
        minima = []
        for hit in sl.hits(documents, minimum, device_literals):
            try:
                value = sl.to(sl.number(hit.match["n"], hit.document.language),
                              units[hit.match["u"]], target)
            except Exception:  # noqa: BLE001 - an unreadable number is no minimum
                continue
            minima.append((value, hit))
        if not minima:
            return None
        context = _context_pattern()
        bounds = []
        for hit in sl.hits(documents, bound, population_literals):
            m = hit.match
            spelled = m["u"] or m["u1"]
            if spelled is None:
                continue
            if not _about_patients(hit, context):
                continue
            lower = (m["hi"] is not None or before.search(m["filler"])
                     or after.search(m["after"]))
            if not lower:
                continue
            try:
                value = sl.to(sl.number(m["n"], hit.document.language), units[spelled], target)
            except Exception:  # noqa: BLE001
                continue
            bounds.append((value, hit))
        if not bounds:
            return None
        # the smallest minimum the dossier states (the most favourable reading) against the
        # lowest bound of the population
        need, need_hit = min(minima, key=lambda vh: vh[0])
        low, low_hit = min(bounds, key=lambda vh: vh[0])
        if low >= need * (1 - TOLERANCE):
            return None
        seen = {need_hit.document.path, low_hit.document.path}
        others = []
        for v, h in minima:
            if v == need and h.document.path not in seen and len(others) < 3:
                seen.add(h.document.path)
                others.append(h.location())
        label = quantity["label"]
        who = document_label(low_hit.document, low_hit.document.path)
        where = document_label(need_hit.document, need_hit.document.path)
        shown = next(u for u, p in units.items() if p == target)
        message = (f"{who[:1].upper()}{who[1:]} admits patients with a {label} from {low:.4g} "
                   f"{shown} (“{low_hit.location().quote}”), but {where} states that the device "
                   f"needs at least {need:.4g} {shown} (“{need_hit.location().quote}”): patients "
                   f"between the two cannot be treated as instructed ({quantity['source']}).")
        return self.finding(message, [low_hit.location(), need_hit.location(), *others])

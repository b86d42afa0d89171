"""EV003: follow-up shorter than the endpoint requires."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._clinical_terms import has_term, key_stems
from panelproof.extract.evidence import is_clinical_subject, is_deferred, is_endpoint_definition
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.knowledge import load
from panelproof.rules.claim._support import evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity


@lru_cache(maxsize=1)
def endpoints() -> list[dict]:
    return load("endpoint_follow_up")["endpoints"]


@lru_cache(maxsize=1)
def _time_point_regexes() -> tuple[re.Pattern[str], ...]:
    patterns = load("endpoint_follow_up")["time_points"]["patterns"].values()
    return tuple(re.compile(p, re.IGNORECASE) for ps in patterns for p in ps)


_AGE_AFTER = re.compile(r"^\s*(?:of age|old|(?:and|or) (?:older|over|above|more)|d'âge|et plus|alt|"
                        r"und älter|Lebensjahr)", re.IGNORECASE)
# "patients over 65 years", "adults aged up to 80 years", "Patienten über 65 Jahren": an age.
_AGE_BEFORE = re.compile(r"\b(?:patients?|adults?|people|persons?|subjects?|participants?|children|women|men|"
                         r"aged?|population|volunteers?|Patient\w*|Erwachsene\w*|Personen|Kinder\w*|"
                         r"âgés?|adultes?|personnes)\s*$", re.IGNORECASE)
_UNIT_MONTHS = {"y": 12.0, "a": 12.0, "j": 12.0, "m": 1.0, "w": 12 / 52.18, "s": 12 / 52.18}


def time_point_months(text: str) -> tuple[float, str] | None:
    """The latest time point a statement names ("at 5 years" -> 60), with the words naming it."""
    best: tuple[float, str] | None = None
    matches = (m for pattern in _time_point_regexes() for m in pattern.finditer(text))
    for match in matches:
        groups = {k: v for k, v in match.groupdict().items() if v}
        if ("n" not in groups or _AGE_AFTER.match(text[match.end():])
                or _AGE_BEFORE.search(text[max(0, match.start() - 30):match.start()])):
            continue
        unit = groups["unit"].lower()
        key = "m" if unit.startswith(("mo", "mois")) else unit[0]
        months = float(groups["n"].replace(",", ".")) * _UNIT_MONTHS.get(key, 0.0)
        if months and (best is None or months > best[0]):
            best = (months, match.group(0).strip())
    return best


def required_endpoint(text: str, device_types: frozenset[str] | None = None) -> dict | None:
    """The endpoint of knowledge/endpoint_follow_up.yaml a text names (the most demanding);
    an entry limited to some device types counts only when `device_types` holds one of them."""
    found = [e for e in endpoints() if has_term(e["terms"], text)
             and (not e.get("device_types") or device_types is None
                  or device_types & set(e["device_types"]))]
    return max(found, key=lambda e: e["min_months"]) if found else None


def requirement(text: str, device_types: frozenset[str] | None = None) -> tuple[float, str] | None:
    """The follow-up a statement needs, in months, and why: its own time point or the minimum
    observation time of the endpoint it names, whichever is longer."""
    endpoint = required_endpoint(text, device_types)
    candidates = [time_point_months(text)]
    if endpoint is not None:
        candidates.append((float(endpoint["min_months"]),
                           f'{endpoint["label"]}, at least {endpoint["min_months"]:g} months of observation '
                           f'({endpoint["source"]})'))
    found = [c for c in candidates if c is not None]
    if not found:
        return None
    return max(found, key=lambda c: c[0])


def _pmcf_time_points(facts: FactBase) -> list[tuple[float, set[str]]]:
    """(time point in months, word stems) of the PMCF plan's objectives and endpoints that
    name a time ("Estimate the 5-year device survival rate")."""
    found = []
    for fact in facts.of(FactKind.PMCF):
        if fact.role is not Role.PMCF_PLAN or getattr(fact.value, "aspect", None) not in ("objective", "endpoint"):
            continue
        point = time_point_months(fact.value.text)
        if point is not None:
            found.append((point[0], key_stems(fact.value.text)))
    return found


def _followed_in_pmcf(text: str, needed: float, planned: list[tuple[float, set[str]]]) -> bool:
    """The CEP endpoint is one the PMCF plan measures at least that long (MDCG 2020-7: the
    long-term performance is confirmed after the certificate, in PMCF): two shared words and a
    time point no shorter."""
    stems = key_stems(text)
    return any(months >= needed and len(stems & words) >= 2 for months, words in planned)


class FollowUpTooShort(Rule):
    """Follow-up of the clinical data shorter than the endpoint requires.

    What it finds:
        Endpoints and claims (CEP outcome parameters, CER/SSCP/IFU/CEAR claims) that name a
        functional endpoint of knowledge/endpoint_follow_up.yaml (bone suitable for implant
        placement, osseointegration, implant survival, arthroplasty revision rate) while the
        longest follow-up of the clinical evidence is shorter than that endpoint's minimum. The
        longest follow-up is the longest stated follow-up (the top of a range: "mean 6.1 years
        (2–9)" reaches 9 years) or the latest time point of a reported result ("10-year survival
        89 %", "survivorship 94.2 % at 7 years"), whichever is longer. A CEP endpoint that the
        PMCF plan goes on to measure at least that long ("Estimate the 5-year device survival
        rate") is left to the PMCF; a claim is not. A sentence describing the PMCF ("PMCF is a
        5-year registry to assess long-term stability") plans follow-up and claims nothing.

    Why a panel cares:
        In its first MDR opinion (a dentin bone graft) the panel found 4-month data adequate for
        radiodensity but "no observation time to demonstrate functionality of newly formed
        tissue for implant placement", and judged the clinical data insufficient.

    Example:
        CEP: "Primary endpoint: bone suitable for implant placement"; CER: one study, 4-month
        follow-up.

    Use instead:
        Extend the follow-up to cover implant placement and loading, or restrict the endpoint to
        what the data show (bone radiodensity at 4 months).

    References:
        MDR Annex XIV Part A 1(a); MDCG 2020-13 section D; source of each endpoint in the YAML.
    """

    code = "EV003"
    name = "follow-up-too-short"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Follow-up shorter than the endpoint requires"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Provide clinical data with a follow-up long enough for the endpoint, or limit "
                      "the endpoint and claims to what the available follow-up can show.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        evidence = [f for f in evidence_facts(facts)
                    if f.value.follow_up_months is not None and is_clinical_subject(f.value.subject)
                    and not is_deferred(f.location.quote)]  # a planned PMCF follow-up is no data yet
        if not evidence:
            return
        longest = max(evidence, key=lambda f: f.value.follow_up_months)
        months = longest.value.follow_up_months
        statements = [(f, f.value) for f in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CEP)]
        # A plan to confirm a figure later, or an endpoint's name in a claim's place, claims nothing
        # the data must show yet; the CEP's own endpoints do say what the data must reach.
        statements += [(f, f.value.text) for f in facts.of(FactKind.CLAIM)
                       if not is_deferred(f.value.text) and not is_endpoint_definition(f.value.text)]
        device_types = frozenset(f.value.id for f in facts.of(FactKind.DEVICE_TYPE)
                                 if not getattr(f.value, "negated", False))
        short: list[tuple[Fact, float, str]] = []
        seen: set[tuple[str, str]] = set()
        planned = _pmcf_time_points(facts)
        for fact, text in statements:
            needed = requirement(text, device_types)
            if needed is None or needed[0] <= months or (fact.document, fact.location.quote) in seen:
                continue
            if fact.kind is FactKind.OUTCOME_PARAMETER and _followed_in_pmcf(text, needed[0], planned):
                continue  # a long-term endpoint of the plan that the PMCF plan goes on to measure
            seen.add((fact.document, fact.location.quote))
            short.append((fact, *needed))
        if not short:
            return
        # One finding: the shortfall is the evidence's, however many statements outrun it.
        short.sort(key=lambda s: -s[1])
        listed = "; ".join(f'{f.document}: "{f.location.quote}" (needs {m:g} months: {why})'
                           for f, m, why in short[:4])
        more = f" and {len(short) - 4} more" if len(short) > 4 else ""
        yield self.finding(
            f"The longest follow-up of the clinical data is {months:g} months ({longest.document}: "
            f'"{longest.location.quote}"), shorter than what these endpoints and claims need: {listed}{more}.',
            [*(f for f, _, _ in short[:4]), longest])

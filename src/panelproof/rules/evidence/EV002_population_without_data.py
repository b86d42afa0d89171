"""EV002: a population group of the intended purpose without any clinical data covering it."""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from panelproof.extract._clinical_terms import term_regex
from panelproof.extract._indication_text import dossier_abbreviations, expand_abbreviations
from panelproof.extract.common import heading_matches, make_fact, sentence_around, sentences
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.evidence import (STRATA_ORDER, cohort_limited_to, is_clinical_subject, is_deferred, load_subjects,
                                         named_groups, names_minors_by_age, not_studied, risk_strata)
from panelproof.extract.model import Fact, FactBase, FactKind, PopulationBound
from panelproof.ingest.model import BlockKind, Role
from panelproof.knowledge import load
from panelproof.rules.claim._support import evidence_facts
from panelproof.rules.evidence._other_device import OTHER_DEVICE
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.evidence.EV006_evidence_context_mismatch import (
    STATE_OF_THE_ART, CitedRows, context_dimensions, context_patterns, context_values, inside_cited_row,
    without_comparator)
from panelproof.rules.population.PO002_population_groups_differ import bounded_meaning

INTENDED_USE_ROLES = {Role.IFU, Role.SSCP, Role.CER, Role.CEAR, Role.CEP}
# An umbrella group is covered by data on any group it stands for, and the reverse.
_PAEDIATRIC = {"preterm_neonates", "neonates", "infants", "children", "adolescents", "paediatric"}
# Wording that sets no population ("all patients") names no group data could cover; PO003
# reports it as vague and CL002 as universal scope.
_NOT_A_GROUP = {"unrestricted"}


@lru_cache(maxsize=1)
def _also_covering() -> dict[str, frozenset[str]]:
    """Intended group -> data groups that cover it too (evidence_subjects.yaml `group_coverage`)."""
    return {group: frozenset(others) for group, others in load_subjects()["group_coverage"]["covers"].items()}


def covers(data_groups: set[str], group: str) -> bool:
    if group in data_groups or data_groups & _also_covering().get(group, frozenset()):
        return True
    return group in _PAEDIATRIC and "paediatric" in data_groups and group != "preterm_neonates"


# Paediatric age classes an age or weight bound may admit, youngest first.
_CLASSES = ("preterm_neonates", "neonates", "infants", "children", "adolescents")


@lru_cache(maxsize=1)
def _spans() -> dict[str, dict[str, tuple[float | None, float | None]]]:
    """Group -> {"age": (low, high) years, "weight": (low, high) kg}, from
    vocabulary/population_groups.yaml (ICH E11(R1) age classes, WHO growth standards)."""
    groups = load("vocabulary/population_groups")["groups"]
    return {gid: {"age": tuple(entry.get("age_years") or (None, None)),
                  "weight": tuple(entry.get("weight_kg") or (None, None))}
            for gid, entry in groups.items() if isinstance(entry, dict)}


def admitted_classes(bound: PopulationBound, named: tuple[str, ...] = ()) -> list[str]:
    """The paediatric age classes whose span an intended age or weight bound admits: "from 8 kg"
    admits infants, children and adolescents; "≥ 18 years" none. A weight bound admits minors
    only below the adult weight envelope, and an upper bound alone ("up to 150 kg") none.

    An age bound with no lower end ("children under 13", "up to 8 years") admits the classes
    its text names (`named`, or the bound's group): "children under 13" means children. Named
    no class, it admits infants upwards: neonates come in only by name ("neonates", "newborns")
    or by a bound from birth ("0-13 years", "from birth"), whose lower end is stated."""
    if bound.excluded or bound.group in ("adults", "elderly") or bound.dimension not in ("age", "weight"):
        return []
    adult_low = _spans()["adults"][bound.dimension][0] or 0.0
    if bound.dimension == "weight" and (bound.low is None or bound.low >= adult_low):
        return []
    if bound.dimension == "age" and bound.low is not None and bound.low >= adult_low:
        return []
    low = bound.low if bound.low is not None else 0.0
    high = bound.high if bound.high is not None else float("inf")
    candidates = _CLASSES
    if (bound.dimension == "age" and bound.low is not None and bound.low > 0
            and not ("preterm_neonates" in named or bound.group == "preterm_neonates")):
        # Preterm birth is a gestational age at birth: a postnatal age ("from 9 days of age")
        # does not imply it. A bound from birth ("0-13 years") admits every newborn; one above
        # it admits preterm neonates only by name.
        candidates = tuple(g for g in _CLASSES if g != "preterm_neonates")
    if bound.dimension == "age" and bound.low is None:
        named_classes = [g for g in _CLASSES if g in named or g == bound.group]
        candidates = tuple(named_classes) if named_classes else tuple(
            g for g in _CLASSES if g not in ("preterm_neonates", "neonates"))
    found = []
    for group in candidates:
        g_low, g_high = _spans().get(group, {}).get(bound.dimension, (None, None))
        if g_low is None or g_high is None:
            continue
        if g_low < high and g_high > low:
            found.append(group)
    return found


# Neonatal data count for preterm neonates when they say so or weigh less than 2.5 kg (the WHO
# threshold of low birth weight): "64 neonates of 0.6-4.2 kg".
_PRETERM_WORDS = re.compile(r"preterm|premature|prématuré|frühgeb|\b(?:2[2-9]|3[0-6])\s*(?:weeks|wk|SA|SSW)",
                            re.IGNORECASE)
_WEIGHT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:(?:-|–|to|à|bis)\s*\d+(?:[.,]\d+)?\s*)?(kg|g)\b",
                     re.IGNORECASE)


def _preterm_data(quote: str) -> bool:
    if _PRETERM_WORDS.search(quote):
        return True
    for number, unit in _WEIGHT.findall(quote):
        grams = float(number.replace(",", ".")) * (1000 if unit.lower() == "kg" else 1)
        if grams < 2500:
            return True
    return False


class PopulationWithoutData(Rule):
    """Population group or indication of the intended purpose with no clinical data.

    What it finds:
        A population group (children, neonates, elderly ...) or an indication stated in the
        intended purpose (IFU, SSCP, CER, CEAR) for which no clinical evidence entry of the CER
        reports data, when the evidence states its populations (or indications) at all: e.g. the
        IFU admits children, the CER literature table holds only adult studies. An age or weight
        bound counts as the paediatric classes it admits ("patients weighing at least 8 kg":
        infants, children, adolescents); evidence states its groups in words ("41 children",
        "paediatric cohort", "infants and toddlers", "3 paediatric RCTs, N=412") or by ages and weights ("aged 2 to 17
        years", "mean age 8 years", "3-25 kg", an "Age (years)" column reading "54-81" or
        "61 ± 9"; ages in days, weeks or months too: "aged 9 d-17 y" includes neonates; "infants
        below 1 000 g" and "low birth weight" are preterm neonates). An age bound above birth admits
        preterm neonates only by name: preterm is a gestational age at birth, and "from 9 days
        of age" admits neonates upwards, not preterm neonates. A group word that names a
        clinician ("paediatric diabetologist" among the reviewers) names no population, and a
        sentence that rests a group's use on extrapolation ("paediatric use is extrapolated from
        adult data") covers no group: the finding quotes it as the CER's own admission, in the
        wordings of vocabulary evidence_subjects.yaml `data_gap_admissions` too ("no patients
        under 18 were enrolled", "none of the publications retained includes patients younger
        than 18 years", "data in adolescents are lacking"; minors named by an age bound count for
        each paediatric class), and beside it the CER conclusion that claims the whole population
        or intended purpose is supported (`whole_population_claim`). Published
        series in the state of the art ("success 60-80 % in paediatric glaucoma") are no data on
        the device's patients; "paediatric" and the age class the intended purpose names
        ("children from 2 years") are one gap, reported once through the class. Also a
        form of the disease the intended purpose names (secondary or functional mitral
        regurgitation) while every study that names a form of that disease
        concerns another form only (vocabulary/clinical_contexts.yaml dimensions marked
        `coverage`); a study is read with the rest of its paragraph, and a form its exclusion
        criteria name ("neuromuscular and congenital scoliosis were exclusion criteria", "patients
        with functional MR were excluded") is not studied. The finding quotes the whole sentence
        of the group word or bound, and the CER's own sentence that the cohort held another group
        only ("In ST-01 all 150 pts. were adults", "es wurden nur Erwachsene eingeschlossen",
        evidence_subjects.yaml `exclusive_cohort`). Evidence that states no population ("all patients") is not
        narrower than the intended one. Indications are read in the CER's language (a
        translated IFU restates them); one no vocabulary knows is matched by its words only and
        reported as minor, a question to check rather than a gap shown.
        An indication that names a clinical concept (vocabulary/clinical_terms.yaml) is studied
        when a study names that concept in any words ("pregnant women" / "short cervix in a
        singleton pregnancy", "partial-thickness burns" / "acute wounds and burns"); a narrowed
        one ("aortic stenosis at intermediate surgical risk") only by its own words. A study
        whose indication (two words or more) is named in the indication's own sentence concerns
        that indication when the sentence states no other condition: a study of "pulmonary vein
        isolation" concerns "pulmonary vein isolation in paroxysmal atrial fibrillation", while
        a study of "negative pressure wound therapy" does not cover venous leg ulcers in
        "negative pressure wound therapy of diabetic foot ulcers and venous leg ulcers". A risk
        stratum of the intended purpose is covered by results split by stratum ("92 % (low
        risk), 86 % (intermediate)", "low/int risk").

    Why a panel cares:
        Evidence must cover every claimed indication and population (MDR Art. 61(1), Annex XIV
        Part A 1(a)); panels often criticise combined adult and paediatric claims supported by
        adult data only.

    Example:
        IFU: "for adults and children from 2 years"; CER table: "120 adults aged 18-80".

    Use instead:
        Add paediatric clinical data, or restrict the intended purpose to adults.

    References:
        MDR Art. 61(1); MDR Annex XIV Part A 1(a); MDCG 2020-13 section D.
    """

    code = "EV002"
    name = "population-without-data"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Population or indication without clinical data"
    references = ("MDR Art. 61(1)", "MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Provide clinical data for every population group and indication of the "
                      "intended purpose, or narrow the intended purpose to what the data cover.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        evidence = [f for f in evidence_facts(facts) if is_clinical_subject(f.value.subject)]
        yield from self._groups(facts, evidence)
        yield from self._indications(facts, evidence)
        yield from self._risk_strata(facts, evidence)
        yield from self._disease_forms(facts, evidence)

    def _disease_forms(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        """A form of the disease the intended purpose names (secondary mitral regurgitation, type
        1 diabetes) while the studies that name a form of that disease cover only another one
        (vocabulary/clinical_contexts.yaml dimensions marked `coverage`). Data on no intended
        form at all are EV006's (evidence from another clinical context)."""
        dimensions = {dim for dim, data in context_dimensions().items() if data.get("coverage")}
        cited = CitedRows(evidence)
        intended = [f for kind in (FactKind.INTENDED_PURPOSE, FactKind.INDICATION) for f in facts.of(kind)
                    if f.role in INTENDED_USE_ROLES and not getattr(f.value, "negated", False)
                    and not inside_cited_row(f, cited)]
        # the manufacturer's own report first: the CER, then the IFU, the SSCP, the CEP
        intended.sort(key=lambda f: _STATEMENT_ORDER.get(f.role, 9))
        claimed: dict[str, dict[str, Fact]] = {}
        for fact in intended:
            for dim, value in context_values(f"{fact.location.quote} {fact.value}"):
                if dim in dimensions:
                    claimed.setdefault(dim, {}).setdefault(value, fact)
        if not claimed:
            return
        studies = [f for f in evidence if not (f.location.section and heading_matches(STATE_OF_THE_ART, f.location.section))]
        for dim, values in claimed.items():
            studied: dict[str, list[Fact]] = {}
            for fact in studies:
                text = _without_excluded(without_comparator(
                    " ".join(filter(None, (_study_text(facts, fact), fact.value.indication, fact.value.setting)))))
                for d, v in context_values(text):
                    if d == dim:
                        studied.setdefault(v, []).append(fact)
                if _share_of_a_form(text, dim):
                    # "57 % secondary MR": the rest of the cohort has another form
                    for v in values:
                        studied.setdefault(v, []).append(fact)
            missing = [v for v in values if v not in studied]
            if not missing or not set(values) & set(studied):
                continue
            entries = context_dimensions()[dim]["entries"]
            shown = [f for v in studied for f in studied[v]]
            shown = [_with_exclusion(facts, f) for f in list(dict.fromkeys(shown))[:2]]
            purpose = values[missing[0]]
            yield self.finding(
                f'{purpose.document} claims the device for {_listed([entries[v]["label"] for v in missing])} '
                f'("{purpose.location.quote}"), but every clinical study that names the '
                f'{context_dimensions()[dim]["label"]} concerns only '
                f'{_listed(sorted(entries[v]["label"] for v in studied))} '
                f'({"; ".join(f"{f.document}: {chr(34)}{f.location.quote}{chr(34)}" for f in shown)}).',
                [purpose, *shown])

    def _risk_strata(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        admitted = [f for f in facts.of(FactKind.RISK_STRATUM) if f.role in INTENDED_USE_ROLES]
        needed = {f.value.id for f in admitted}
        if not needed:
            return  # the intended use names no risk stratum: nothing to cover
        studied = [(f, _strata_of(f.location.quote)) for f in evidence]
        studied = [(f, s) for f, s in studied if s]
        if not studied:
            return
        covered = {s for _, strata in studied for s in strata}
        missing = needed - covered
        if missing:
            fact = next(f for f in admitted if f.value.id in missing)
            yield self.finding(
                f'{fact.document} admits patients of {" and ".join(_ordered(needed))} risk '
                f'("{fact.location.quote}"), but the clinical data cover only {" and ".join(_ordered(covered))}'
                f'-risk patients ({studied[0][0].document}: "{studied[0][0].location.quote}"); no data on '
                f'{" or ".join(_ordered(missing))}-risk patients.',
                [fact, studied[0][0]])

    def _groups(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        # A study of another device ("IDE trial, different PDA device, premature infants") covers
        # no patient group for this one.
        evidence = [f for f in evidence if not OTHER_DEVICE.search(f.location.quote)]
        # "Paediatric use rests on extrapolation from adult data", "no children were enrolled":
        # the sentence names the group it has no data on.
        evidence = [f for f in evidence if not not_studied(f.location.quote)]
        # "The PMCF registry has a 5-year follow-up and includes children": the design of data
        # still to be collected covers no group yet.
        evidence = [f for f in evidence if not is_deferred(f.location.quote)]
        # The state of the art reports what the therapy achieves in published series of any
        # device ("success is 60-80 % in paediatric glaucoma"): no data on this device's patients.
        evidence = [f for f in evidence if not (f.location.section and heading_matches(STATE_OF_THE_ART, f.location.section))]
        # "All patients completed follow-up" states no population: such data are neither narrower
        # nor wider than the intended one.
        described = [f for f in evidence if set(f.value.population_groups) - _NOT_A_GROUP]
        if not described:
            # No study names its population, but the CER itself says which group it has no data
            # on ("All participants were adults; no child or infant has been implanted")
            if evidence:
                yield from self._admitted_gaps(facts)
            return
        data_groups = {g for f in described for g in f.value.population_groups} - _NOT_A_GROUP
        if "neonates" in data_groups and any(_preterm_data(f.location.quote) for f in described):
            data_groups.add("preterm_neonates")
        reported: set[str] = set()
        stated = ", ".join(sorted(data_groups))
        # A clinical study that names no population studied adults: trials in minors say so
        # (ICH E11), and one study "in elderly patients" beside such studies leaves no gap in adults.
        unstated_adult_data = any(not set(f.value.population_groups) - _NOT_A_GROUP for f in evidence)
        # The manufacturer's own statements first: the CER, the IFU, then the other documents.
        # A translation is read after the master text: the reader checks the group against the
        # documents in the CER's language first, and quotes a translation only for a group that
        # only it names.
        primary = {d.language for d in facts.documents_with_role(Role.CER) if d.language}
        ordered = sorted(facts.of(FactKind.POPULATION_GROUP),
                         key=lambda f: (bool(primary) and f.language not in primary, _STATEMENT_ORDER.get(f.role, 9)))

        def uncovered(fact: Fact) -> bool:
            group = fact.value.id
            return not (fact.role not in INTENDED_USE_ROLES or fact.value.negated or group in _NOT_A_GROUP
                        or covers(data_groups, group) or group == "adults" and unstated_adult_data
                        or _assessor_remark(fact))
        # "Paediatric" and the age class the intended purpose names ("children from 2 years") are
        # one gap: the class is reported, the umbrella word (perhaps in a model name) is not.
        # Read in the master texts when they name a paediatric gap themselves: "paediatric
        # patients ≥ 10 kg" in the English IFU is the gap, not "Kinder" of its translation.
        in_primary = [f for f in ordered if not primary or f.language in primary]
        pool = in_primary if any(uncovered(f) and f.value.id in _PAEDIATRIC for f in in_primary) else ordered
        classes_uncovered = any(uncovered(f) and f.value.id in _PAEDIATRIC - {"paediatric"} for f in pool)
        for fact in ordered:
            group = fact.value.id
            if (not uncovered(fact) or group in reported or (group == "paediatric" and classes_uncovered)
                    or (group in _PAEDIATRIC and "paediatric" in reported)):
                continue  # the umbrella "paediatric" reported is the gap of every age class too
            meaning = _bounded_meaning(facts, fact)
            if meaning is not None and all(covers(data_groups, g) for g in meaning):
                continue  # "children, adolescents and adults from 12 years": adolescents
            reported.add(group)
            fact = in_sentence(facts, fact)
            admission = _admission(facts, group)
            cohort = None if admission is not None else _cohort_statement(facts, {group}, data_groups)
            admitted = (f' The CER itself says so: "{admission.location.quote}"' if admission is not None
                        else f' The CER states: "{cohort.location.quote}"' if cohort is not None else "")
            # the gap admitted, and yet the conclusion claims the whole population is supported
            claim = _conclusion_claim(facts) if admission is not None or cohort is not None else None
            if claim is not None:
                admitted += f'; yet its conclusion states: "{claim.location.quote}"'
            yield self.finding(
                f'{fact.document} includes {fact.value.label or group} ("{fact.location.quote}"), but the '
                f"clinical evidence of the dossier covers only: {stated}.{admitted}",
                [fact, *([admission] if admission is not None
                         else [cohort, *[f for f in described if f.location.quote != cohort.location.quote][:1]]
                         if cohort is not None else described[:2]), *([claim] if claim is not None else [])])
        yield from self._bounds(facts, data_groups, described, reported, stated)

    def _admitted_gaps(self, facts: FactBase) -> Iterable[Finding]:
        """A group of the intended population that the CER itself says its data do not include,
        when no study states its population otherwise: the admission is the data's population
        statement. One finding for the paediatric classes together (the CER's sentence names the
        gap once); adults are covered by studies that name no population (ICH E11)."""
        primary = {d.language for d in facts.documents_with_role(Role.CER) if d.language}
        ordered = sorted(facts.of(FactKind.POPULATION_GROUP),
                         key=lambda f: (bool(primary) and f.language not in primary, _STATEMENT_ORDER.get(f.role, 9)))
        reported: set[str] = set()
        for fact in ordered:
            group = fact.value.id
            family = "paediatric" if group in _PAEDIATRIC else group
            if (fact.role not in INTENDED_USE_ROLES or fact.value.negated or group in _NOT_A_GROUP
                    or group in ("adults", "elderly") or family in reported or _assessor_remark(fact)):
                continue
            admission = _admission(facts, group)
            if admission is None:
                continue
            reported.add(family)
            fact = in_sentence(facts, fact)
            claim = _conclusion_claim(facts)
            yet = f'; yet its conclusion states: "{claim.location.quote}"' if claim is not None else ""
            yield self.finding(
                f'{fact.document} includes {fact.value.label or group} ("{fact.location.quote}"), but no '
                f'clinical data of the dossier concern them. The CER itself says so: '
                f'"{admission.location.quote}"{yet}.',
                [fact, admission, *([claim] if claim is not None else [])])

    def _bounds(self, facts: FactBase, data_groups: set[str], described: list[Fact], reported: set[str],
                stated: str) -> Iterable[Finding]:
        """An age or weight bound that admits minors ("children from 8 kg", "patients weighing at
        least 8 kg", "from 2 years") while no data concern any paediatric class. A bound is
        coarse: paediatric data of any class cover it, except for neonates, which need their own
        (a minor gap when other paediatric data exist)."""
        if reported & set(_CLASSES) or reported & {"paediatric"}:
            return  # already reported through the group the bound belongs to
        paediatric_data = bool(data_groups & (set(_CLASSES) | {"paediatric"}))
        for fact in facts.of(FactKind.POPULATION_BOUND):
            if fact.role not in INTENDED_USE_ROLES:
                continue
            classes = admitted_classes(fact.value, named_groups(fact.location.quote))
            missing = [g for g in classes
                       if not (covers(data_groups, g) or (paediatric_data and g not in ("neonates", "preterm_neonates")))]
            if not missing:
                continue
            # Adult data only: the whole paediatric part of the population is unsupported (major);
            # paediatric data that stop short of the youngest classes leave a smaller gap (minor).
            fact = in_sentence(facts, fact)
            cohort = _cohort_statement(facts, set(missing), data_groups)
            shown = [cohort, *[f for f in described if f.location.quote != cohort.location.quote][:1]] \
                if cohort is not None else described[:2]
            yield self.finding(
                f'{fact.document} admits patients {fact.value.describe()} ("{fact.location.quote}"), that is '
                f'{_listed([g.replace("_", " ") for g in missing])}, but the clinical evidence of the '
                f"dossier covers only: {stated}.",
                [fact, *shown],
                severity=Severity.MINOR if paediatric_data else None)
            return

    def _indications(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        with_indication = [f for f in evidence if f.value.indication]
        if not with_indication:
            return
        # "DFU 74, PU 61, VLU 77": abbreviations that the dossier defines (an abbreviation list,
        # "diabetic foot ulcers (DFU)") are read spelled out.
        known = dossier_abbreviations(d for d in facts.documents if d.ok)
        texts = [expand_abbreviations(f"{f.value.indication} {f.value.population or ''}", known).lower()
                 for f in with_indication]
        # Studies are compared in the dossier's own language (the CER's); a translated IFU's
        # indications are the same indications in other words (LA001 compares translations).
        own_languages = {d.language for d in facts.documents_with_role(Role.CER) if d.language}
        # The conditions the studies name, as clinical_terms.yaml concepts: "women with a short
        # cervix in a singleton pregnancy" concerns pregnancy, "acute and chronic wounds, burns"
        # concerns burns, whatever words the intended purpose uses for them ("Pregnant women",
        # "partial-thickness burns").
        # Modifiers coordinated before one noun name one condition each: "acute and chronic
        # wounds" concerns acute wounds too, "venous or arterial leg ulcers" arterial leg ulcers.
        studied = {match.id.split("@")[0] for f in with_indication
                   for match in vocabulary("clinical_terms").find(
                       with_coordinated_modifiers(expand_abbreviations(f.value.indication, known)))}
        reported: set[str] = set()
        studied_names = _studied_names(with_indication)
        for fact in facts.of(FactKind.INDICATION):
            if fact.role not in INTENDED_USE_ROLES or getattr(fact.value, "negated", False):
                continue
            if own_languages and fact.language and fact.language not in own_languages:
                continue
            label = expand_abbreviations(getattr(fact.value, "label", "") or str(fact.value), known).lower()
            key = getattr(fact.value, "id", label)
            if not label or key in reported:
                continue
            if any(fuzz.partial_ratio(label, t) >= 85 or fuzz.token_set_ratio(label, t) >= 80 for t in texts):
                continue
            # A study named by the words of the indication's own sentence concerns it, whatever
            # the condition is called there: "CL-PROTECT | High-risk PCI" concerns "support during
            # high-risk PCI in patients with severe coronary artery disease". Only when that
            # sentence states one condition: a study of one of two listed conditions concerns
            # only that one.
            if studied_names and _study_names_its_sentence(facts, fact, studied_names):
                continue
            # A plain concept is concerned by any study of it; a narrowed one ("aortic stenosis
            # at intermediate surgical risk", id "...@...") only by its words.
            if isinstance(key, str) and "@" not in key and key in studied:
                continue
            reported.add(key)
            # A free-text indication ("text:" id) is matched by its words only: a study may
            # concern it in other words, so it is a question to check, not a gap shown.
            free_text = str(key).startswith("text:") or key == label
            yield self.finding(
                f'{fact.document} states the indication "{fact.location.quote}", but no clinical '
                f"evidence entry of the dossier concerns it (studied indications: "
                f"{'; '.join(sorted({f.value.indication for f in with_indication}))}).",
                [fact, *with_indication[:2]], severity=Severity.MINOR if free_text else None)



def _studied_names(with_indication: list[Fact]) -> list[re.Pattern[str]]:
    """Word-bounded lower-case patterns of the studies' indications that name something: two
    words at least, one of them of four letters or more ("high-risk pci", "chevron
    osteotomy"), so that a bare group or site ("adults", "knee") concerns no indication."""
    names = set()
    for fact in with_indication:
        name = " ".join(fact.value.indication.lower().split())
        words = re.findall(r"[^\W\d_]+", name)
        if len(words) >= 2 and any(len(w) >= 4 for w in words):
            names.add(name)
    return [re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in sorted(names)]


def _study_names_its_sentence(facts: FactBase, fact: Fact, names: list[re.Pattern[str]]) -> bool:
    """Whether a study's indication is named in the sentence (or row) of the indication `fact`
    and that sentence states no other condition (its indication facts share one concept,
    whatever their qualifiers: "coronary_artery_disease@elective", "...@emergency")."""
    sentence = " ".join(in_sentence(facts, fact).location.quote.lower().split())
    if not any(name.search(sentence) for name in names):
        return False
    concepts = {str(getattr(other.value, "id", other.value)).split("@")[0]
                for other in facts.of(FactKind.INDICATION)
                if other.document == fact.document and other.location.section == fact.location.section
                and " ".join(other.location.quote.lower().split()) in sentence}
    return len(concepts) <= 1


# "acute and chronic wounds", "benign or malignant tumours", "aigus et chroniques": two
# modifiers joined by a conjunction before the noun (one or two words) they share.
_COORDINATED_MODIFIERS = re.compile(
    r"(?<![\w-])([^\W\d_][\w-]*)\s+(?:and|or|&|/|et|ou|und|oder|e|o|y|ed|en|of)\s+[^\W\d_][\w-]*"
    r"\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?")


def with_coordinated_modifiers(text: str) -> str:
    """`text` followed by each first modifier of a coordination with the noun it shares:
    "acute and chronic wounds" -> "... ; acute wounds". Only added
    words, so a study's indication is read as it was written, and besides as each of its
    coordinated conditions."""
    if " " not in text:
        return text
    extra = []
    for match in _COORDINATED_MODIFIERS.finditer(text):
        first, head, after = match.groups()
        extra.append(f"{first} {head}")
        if after:
            # the noun may come after a second modifier of its own ("acute and hard-to-heal
            # chronic wounds": acute wounds)
            extra += [f"{first} {head} {after}", f"{first} {after}"]
    return " ; ".join([text, *extra]) if extra else text


_STATEMENT_ORDER = {Role.CER: 0, Role.IFU: 1, Role.SSCP: 2, Role.CEP: 3, Role.CEAR: 4}


def _admission(facts: FactBase, group: str) -> Fact | None:
    """The CER's own sentence that the data include none of `group` ("No paediatric patients
    were included in GD-01, GD-02 or the registry", "use in children rests on extrapolation
    from adult data"), or None."""
    wanted = {group, "paediatric"} if group in _CLASSES else {group}
    for document in facts.documents_with_role(Role.CER):
        for block in document.blocks:
            if not not_studied(block.normalized):
                continue
            for start, end in sentences(block):
                sentence = block.normalized[start:end]
                # "none of the publications includes patients younger than 18 years": minors
                # named by their age bound
                if not_studied(sentence) and (wanted & set(named_groups(sentence))
                                              or group in _CLASSES and names_minors_by_age(sentence)):
                    return make_fact(document, block, FactKind.EVIDENCE_GAP, sentence, (start, end))
    return None


_CONCLUSION_SECTION = re.compile(r"conclu|synth[eè]se|Schlussfolgerung|Fazit|"
                                 r"conclusi[oó]n|benefit-risk|bénéfice|Nutzen-Risiko", re.IGNORECASE)


@lru_cache(maxsize=1)
def _whole_population_claim() -> re.Pattern[str] | None:
    data = load_subjects()["whole_population_claim"]
    return term_regex(tuple(t for key, terms in data.items() if key != "source" for t in terms))


def _conclusion_claim(facts: FactBase) -> Fact | None:
    """The CER's conclusion that its data support the whole intended population ("The clinical
    evidence supports the safety and performance ... for the intended purpose and the whole
    target population"; evidence_subjects.yaml `whole_population_claim`), or None."""
    pattern = _whole_population_claim()
    if pattern is None:
        return None
    for document in facts.documents_with_role(Role.CER):
        for block in document.blocks:
            if block.kind is BlockKind.HEADING or not any(_CONCLUSION_SECTION.search(h) for h in block.heading_path):
                continue
            for start, end in sentences(block):
                if pattern.search(block.normalized[start:end]):
                    return make_fact(document, block, FactKind.EVIDENCE_GAP, block.normalized[start:end], (start, end))
    return None


# Sections that state the intended population, not a study's: "only adults" there restricts the
# use, it does not describe a cohort.
_PURPOSE_SECTION = re.compile(
    r"intended|indication|target|population|contra-?indication|destination|cible|Zweckbestimmung|Indikation|"
    r"Zielgruppe|Zielpopulation|destinazion|indicazion|finalidad|indicaci|beoogd", re.IGNORECASE)


def _assessor_remark(fact: Fact) -> bool:
    """A group the Notified Body's report names outside its account of the intended purpose:
    "R-1 (recommendation): report infants separately in the PMCF report" asks for data, it does
    not widen the population the device is intended for."""
    return fact.role is Role.CEAR and not _PURPOSE_SECTION.search(fact.location.section or "")


def _cohort_statement(facts: FactBase, missing: set[str], data_groups: set[str]) -> Fact | None:
    """The CER's own sentence that a study cohort held only groups the data already name ("In
    the registry all 212 pts. were adults"), none of `missing`: the plainest quote of the gap."""
    for document in facts.documents_with_role(Role.CER):
        for block in document.blocks:
            if block.kind is BlockKind.HEADING or any(_PURPOSE_SECTION.search(h) for h in block.heading_path):
                continue
            spans = ([(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW
                     else list(sentences(block)))
            for start, end in spans:
                groups = set(cohort_limited_to(block.normalized[start:end]))
                if (groups and groups <= data_groups and not groups & missing
                        and not any(covers(groups, g) for g in missing)):
                    return make_fact(document, block, FactKind.EVIDENCE_GAP, block.normalized[start:end], (start, end))
    return None


def _study_text(facts: FactBase, fact: Fact) -> str:
    """A study sentence with the rest of its paragraph: "KRD-01 included 64 children. All had
    idiopathic scoliosis; neuromuscular scoliosis was an exclusion criterion" describes one study."""
    quote = fact.location.quote
    block = _block_of(facts, fact)
    if block is None or block.kind is not BlockKind.PARAGRAPH:
        return quote
    at = block.folded.find(quote.lower())
    return block.normalized[at:] if at >= 0 else quote


def _with_exclusion(facts: FactBase, fact: Fact) -> Fact:
    """A study fact quoting also the sentences of its paragraph up to the one that excludes a
    form ("... included 64 children. All had idiopathic scoliosis; neuromuscular scoliosis was
    an exclusion criterion."): the exclusion is what shows the gap."""
    block = _block_of(facts, fact)
    pattern = _exclusion()
    if block is None or block.kind is not BlockKind.PARAGRAPH or pattern is None:
        return fact
    at = block.folded.find(fact.location.quote.lower())
    if at < 0:
        return fact
    end = None
    for s, e in sentences(block):
        if e > at + len(fact.location.quote) and s >= at and pattern.search(block.normalized[s:e]):
            end = e
            break
    if end is None:
        return fact
    document = next(d for d in facts.documents if d.path == fact.document)
    return make_fact(document, block, fact.kind, fact.value, (at, end))


def _block_of(facts: FactBase, fact: Fact):
    document = next((d for d in facts.documents if d.path == fact.document), None)
    if document is None:
        return None
    needle = fact.location.quote.lower()
    return next((b for b in document.blocks if b.section == fact.location.section and b.page == fact.location.page
                 and needle in b.folded), None)


def in_sentence(facts: FactBase, fact: Fact) -> Fact:
    """`fact` quoting the whole sentence (or table row) around its words: a group word or a bound
    alone ("children", "from 16 years of age") does not show a reader what the document says."""
    quote = fact.location.quote
    if len(quote.split()) > 8:
        return fact
    document = next((d for d in facts.documents if d.path == fact.document), None)
    if document is None:
        return fact
    needle = quote.lower()
    for block in document.blocks:
        if block.section != fact.location.section or block.page != fact.location.page:
            continue
        at = block.folded.find(needle)
        if at < 0:
            continue
        span = None if block.kind is BlockKind.TABLE_ROW else sentence_around(block, at, at + len(needle))
        return make_fact(document, block, fact.kind, fact.value, span)
    return fact


def _bounded_meaning(facts: FactBase, fact: Fact) -> tuple[str, ...] | None:
    """The classes a group word stands for under its own document's age bounds ("children ...
    from 12 years": adolescents), None when it keeps its typical meaning (PO002)."""
    bounds = [f for f in facts.of(FactKind.POPULATION_BOUND) if f.document == fact.document]
    return bounded_meaning(bounds, fact.value.id) if bounds else None


@lru_cache(maxsize=16384)
def _strata_of(quote: str) -> frozenset[str]:
    # Cached: evidence rows repeat in the CER, its annexes, the SSCP and the CEAR.
    return frozenset(risk_strata(quote))


_SHARE_BEFORE = re.compile(r"\b\d{1,2}(?:[.,]\d+)?\s*%\s*(?:(?:of|with|had|were|mit|avec|con)\s+)?(?:\w+\s+)?$")


def _share_of_a_form(text: str, dimension: str) -> bool:
    """Whether a study gives one form of the disease as a share of its cohort ("57 % secondary
    MR", "61 % mit sekundärer MI"): a mixed cohort, whose rest has the other forms."""
    for dim, _, pattern in context_patterns():
        if dim != dimension:
            continue
        for m in pattern.finditer(text):
            if _SHARE_BEFORE.search(text, max(0, m.start() - 25), m.start()):
                return True
    return False


# Clauses of a study description: a form named in one clause is excluded only by that clause.
_CLAUSE = re.compile(r"[.;:]\s+|\s+(?:but|whereas|while|however|mais|alors que|aber|jedoch|während|ma|mentre|pero|mientras)\s+",
                     re.IGNORECASE)


@lru_cache(maxsize=1)
def _exclusion() -> re.Pattern[str] | None:
    data = load_subjects()["excluded_from_study"]
    return term_regex({k: v for k, v in data.items() if k != "source"})


def _without_excluded(text: str) -> str:
    """A study's text without the clauses that keep forms out of it ("All 40 pts had idiopathic
    scoliosis; neuromuscular and congenital scoliosis were exclusion criteria"): the forms named
    there were not studied."""
    pattern = _exclusion()
    if pattern is None or not pattern.search(text):
        return text
    kept, position = [], 0
    for m in _CLAUSE.finditer(text):
        kept.append(text[position:m.start()])
        kept.append(m.group())
        position = m.end()
    kept.append(text[position:])
    return "".join(" " * len(part) if pattern.search(part) and not _CLAUSE.fullmatch(part) else part
                   for part in kept)


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f'{", ".join(words[:-1])} and {words[-1]}'


def _ordered(strata: set[str]) -> list[str]:
    return [s for s in STRATA_ORDER if s in strata]

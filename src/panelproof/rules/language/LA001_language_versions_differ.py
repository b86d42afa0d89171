"""LA001: language versions of a document disagree."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._eligibility import is_selection_criterion
from panelproof.extract.common import sentences
from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, MODES,
                                             WARNINGS, block_kinds, heading_kinds, vocabulary,
                                             without_excluding_sentences, without_permission_sentences)
from panelproof.extract.population import (expand_groups, find_groups, groups, groups_admitted_by_bounds,
                                          groups_excluded_by_bounds,
                                          umbrella_equivalent)
from panelproof.extract.model import Concept, Fact, FactBase, FactKind, PopulationBound
from panelproof.ingest.model import BlockKind, Document, Location, Role
from panelproof.rules.identity._compare import (INTENDED_USE_ROLES, facts_by_document, master_version,
                                                reference_group, translation_differs)
from panelproof.rules.intended_use.IU005_indication_thresholds_differ import conflict as measure_conflict
from panelproof.rules.intended_use.IU005_indication_thresholds_differ import indication_intervals
from panelproof.rules.intended_use.common import (Statement, describe_document, differences,
                                                  heading_location, is_text_id, join_names,
                                                  qualifier_notes, vocabulary_neutral_ids)
from panelproof.rules.population.PO001_population_bounds_differ import envelope
from panelproof.rules.population.PO002_population_groups_differ import PARENT as PARENT_GROUP
from panelproof.rules.population.PO002_population_groups_differ import named_groups
from panelproof.rules.language._mri import mri_condition_findings
from panelproof.rules.language._translation import (concept_stems, condition_count_range,
                                                    fold, merge_possible, stems)
from panelproof.rules.model import Category, Finding, Rule, Severity

# Fact kind -> (noun, vocabulary for labels, heading kind to quote where a version is silent, severity)
_COMPARED = (
    (FactKind.INDICATION, "indications", "clinical_terms", INDICATIONS, Severity.MAJOR),
    (FactKind.CONTRAINDICATION, "contraindications", "clinical_terms", CONTRAINDICATIONS, Severity.MAJOR),
    (FactKind.INTERFACE, "patient interfaces and modes of use", "interfaces", MODES, Severity.MAJOR),
    (FactKind.WARNING, "warnings", "warnings", WARNINGS, Severity.MINOR),
)


class LanguageVersionsDiffer(Rule):
    """Language versions of a document state different indications, contraindications,
    interfaces or warnings.

    What it finds:
        For documents of the same role in different languages (IFU_en, IFU_fr, IFU_de; or a
        CER in two languages), every indication, contraindication, patient interface and
        warning that one version states and another does not. Concepts are compared by their
        language-independent vocabulary ids (vocabulary/*.yaml, en/fr/de/it/es/nl, and
        pl/da/cs/pt for the common ones), so
        "insufficienza respiratoria" and "respiratory failure" agree. Wording no vocabulary knows
        is not taken for an omission: a phrase of the other version, or a passage of its own
        section, that shares a word stem with the concept's terms in any language ("Inestabilidad
        hemodinámica", "atteinte rénale") stands in for the concept, and a concept is reported
        missing only from a version whose section is understood (the vocabulary has terms for
        the concept in that language, or every item the version lists is recognised in a
        language the vocabulary covers). A concept
        recognised only inside a longer, more specific item ("unprotected left main coronary
        artery disease") is not reported missing from a version that has an item the vocabulary
        does not know ("lésion du tronc commun gauche non protégé"). Qualifiers are part of the
        indication: "riesgo quirúrgico moderado o alto" against "prohibitive surgical risk"
        differs, and so does a grade of severity that admits more in one version ("calcificación
        moderada o severa" against "severely calcified"; a version that states no grade neither
        states nor contradicts one), and so is a contraindication's ("schwere
        Aorteninsuffizienz" against "moderate or severe aortic regurgitation" excludes fewer
        patients). A sentence that excludes a use ("It is
        not foreseen for emergency contraception") is no translation of that use; a sentence of
        permission ("Das Implantat kann auch bei einseitiger Taubheit eingesetzt werden", "peut
        également être utilisé en cas de ...", "può essere utilizzato anche in caso di ...")
        grants its condition as an indication wherever it stands, and a version that drops a
        contraindication or an exclusion and permits that use instead is reported with the
        permission quoted. A concept one version lists as an indication and another as a
        contraindication ("Galima naudoti ir širdies ir kraujagyslių chirurgijoje" against
        "Use in cardiovascular surgery") is a major difference whatever else the sections state, unless the indicating
        version contraindicates it too. A version that adds a purpose of its own (vocabulary `own_purpose`: cosmetic or
        aesthetic use, "aumento mamario estético", a condition of the other sex such as "Männer
        nach Prostatektomie" where the others treat women) is reported even when the purpose
        stands inside a longer item. Access routes are modes of use ("transfemoral" against
        "transfemoralen oder transjugulären Zugang"); a generic word ("transcatheter",
        "kathetergestützt", "par voie transcathéter") beside a named route ("transapical")
        states nothing the route does not, and coordinated adjectives share their noun
        ("in der offenen oder laparoskopischen Chirurgie" states both open and laparoscopic
        surgery). For indications and contraindications a version that lists fewer items than
        another is a minor hint, unless one of its items can hold the missing ones ("A, B and
        C" in one bullet: it joins more conditions than the other version's items it stands
        for). Warnings are minor, the rest major. A warning class is reported missing from a
        version only when no term of it (any language) appears anywhere in that version's text,
        and not when the version lists at least as many warnings as the one stating the class,
        some in wording the vocabulary does not know ("tenere lontano da fonti di calore"): that
        is very probably the same warning in other words. MR conditions (head scans only against full-body,
        1.5 T against 3 T; warnings.yaml `qualifiers`) are compared wherever a version states
        them (a warning, an MRI section, a table of conditions) and differ as a major finding,
        and so does the MR safety status (extract/mri_status.py, vocabulary/mri_status.yaml):
        a version that allows MR imaging "ohne Einschränkungen" against one that is MR
        Conditional, or an MR Conditional version against an MR Unsafe one.
        The thresholds of the indication are compared the same way ("AHI 15-100" in the Dutch
        IFU against "AHI 15-65 events/h" in the English one; IU005 reads them). The target
        population is compared too: the age, weight and gestational-age range each version
        admits (as PO001 computes it: "ab 3 kg Körpergewicht" against "10 kg or more",
        "à partir de 32 semaines d'aménorrhée" against "≥ 34 weeks of gestation") and the
        population groups it names (as PO002), each translation against its master version (the
        English one); a group one version names is not missing from another whose own
        population-wide bounds admit it ("Kinder ab Geburt" includes the newborns of "children
        from newborn"). A group one version names by its own word and the other excludes
        ("Säuglinge" against "not for infants under 1 year") is a major difference even when
        either version also says "paediatric". When the master agrees with the other documents, the translation's
        difference is reported here and PO001/PO002 leave it alone; when the master itself
        departs from the other documents, PO001/PO002 report the master and LA001 stays silent,
        so each difference is reported once. An allergy or hypersensitivity contraindication is
        compared by the substances it names (vocabulary/allergens.yaml): "known hypersensitivity
        to chlorhexidine, silver sulfadiazine or sulfonamides" against "bekannte
        Überempfindlichkeit gegen Sulfonamide" is a major difference (a version naming no
        substance, "any component of the device", is not compared). A wish for a future
        pregnancy is its own contraindication beside a current pregnancy ("grossesse en cours"
        translates only the latter). A translation that names an environment of lay
        users (home, everyday life; care_settings.yaml) or a lay user ("aidant formé") where its
        master version names only professional settings or users and never mentions lay use is
        a major difference (left to CS001 when CS001 reports the pair).

    Why a panel cares:
        Each language version is the device's labelling in that Member State (MDR Art. 10(11),
        Annex I 23.1). In a published CECP case indications differed between language
        versions: patients in one country are treated for a use the manufacturer never
        evaluated, or are not warned as others are.

    Example:
        IFU_en: "Contraindications: untreated pneumothorax; raised intracranial pressure."
        IFU_fr: "Contre-indications : pneumothorax non traité."
        IFU_en: "Known hypersensitivity to chlorhexidine, silver sulfadiazine or sulfonamides"
        IFU_de: "Bekannte Überempfindlichkeit gegen Sulfonamide"
        IFU_en: "indicated for breast reconstruction after mastectomy"
        IFU_es: "... y el aumento mamario estético en mujeres sanas"
        IFU_en: "Training sessions take place in rehabilitation clinics."
        IFU_fr: "StrideAssist peut être utilisé à domicile avec un aidant formé."

    Use instead:
        Translate from one controlled master text and verify each version against it
        (back-translation or bilingual review) before release.

    References:
        MDR Art. 10(11); MDR Annex I 23.1(a) and 23.4(b); MDR Art. 32(2)(b); MDCG 2019-9.
    """

    code = "LA001"
    name = "language-versions-differ"
    category = Category.LANGUAGE
    severity = Severity.MAJOR
    title = "Language versions disagree"
    references = ("MDR Art. 10(11)", "MDR Annex I 23.1(a)", "MDR Annex I 23.4(b)",
                  "MDR Art. 32(2)(b)", "MDCG 2019-9")
    recommendation = ("Translate every language version from one controlled master text and check "
                      "indications, contraindications, population and warnings against it.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for role in Role:
            documents = sorted(facts.documents_with_role(role), key=lambda d: d.path)
            if len({d.language for d in documents if d.language}) < 2:
                continue
            documents = [d for d in documents if d.language]
            for kind, noun, vocab_name, heading_kind, severity in _COMPARED:
                yield from self._compare(facts, documents, kind, noun, vocab_name, heading_kind, severity)
            conflicts: set[str] = set()  # versions whose groups contradict their master's
            group_findings = list(self._compare_groups(facts, documents, conflicts))
            yield from self._compare_populations(facts, documents, conflicts)
            yield from group_findings
            yield from self._compare_settings(facts, documents)
            yield from self._compare_indication_measures(facts, documents)
            yield from self._compare_grades(facts, documents)
            yield from self._compare_allergens(facts, documents)
            yield from self._compare_reversed_uses(facts, documents)
            for message, locations in mri_condition_findings(facts, documents):
                yield self.finding(message, locations, severity=Severity.MAJOR)

    def _compare_reversed_uses(self, facts: FactBase, documents: list[Document]) -> Iterable[Finding]:
        """A concept one version lists as an indication and another as a contraindication
        ("suitable for cardiovascular tissue" against "Contraindication: cardiovascular
        tissue"), compared by vocabulary id, when the indicating version does not
        contraindicate it too and the contraindicating one does not indicate it: whatever
        else either section states, and however much of it the vocabulary understands."""
        indicated = {d.path: _concepts(facts, d, FactKind.INDICATION) for d in documents}
        contraindicated = {d.path: _concepts(facts, d, FactKind.CONTRAINDICATION) for d in documents}
        reported: set[tuple[str, str]] = set()
        for indicating in documents:
            for concept, indication in indicated[indicating.path].items():
                if concept in contraindicated[indicating.path]:
                    continue
                against = [d for d in documents if d.language != indicating.language
                           and concept in contraindicated[d.path] and concept not in indicated[d.path]]
                if not against or (indicating.path, concept) in reported:
                    continue
                reported.add((indicating.path, concept))
                contras = [contraindicated[d.path][concept] for d in against]
                message = (f"{describe_document(indicating, with_language=True)[:1].upper()}"
                           f"{describe_document(indicating, with_language=True)[1:]} states "
                           f"“{indication.location.quote}” as an indication "
                           f"({_vocab_label(concept, 'clinical_terms')}), but "
                           f"{join_names([describe_document(d, with_language=True) for d in against])} "
                           f"{'lists' if len(against) == 1 else 'list'} "
                           f"{join_names([f'“{f.location.quote}”' for f in contras])} among the "
                           "contraindications: one language version permits the use the other forbids.")
                yield self.finding(message, [indication.location, *(f.location for f in contras)],
                                   severity=Severity.MAJOR)

    def _compare_populations(self, facts: FactBase, documents: list[Document],
                             conflicts: set[str]) -> Iterable[Finding]:
        """Each translation's admitted age and weight range against its master version's, when
        the master agrees with the other documents (otherwise PO001 reports the master). An age
        range that differs because the version admits a group its master excludes is part of
        that group finding (`conflicts`), not a second one."""
        all_bounds = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        for dimension, what in (("weight", "body weight"), ("age", "age"),
                                ("bsa", "body surface area"), ("gestation", "gestational age")):
            envelopes = {path: env for path, fs in all_bounds.items()
                         if (env := envelope(fs, dimension)) is not None}
            signatures = {path: env.signature() for path, env in envelopes.items()}
            if len(signatures) < 2:
                continue
            reference = reference_group(signatures, facts)
            for document in documents:
                path = document.path
                master = master_version(facts, path)
                if (path not in envelopes or master is None or master == path
                        or (dimension == "age" and path in conflicts)
                        or master not in envelopes or signatures[path] == signatures[master]
                        or not translation_differs(facts, path, signatures, reference)):
                    continue
                env, ref = envelopes[path], envelopes[master]
                end = "low" if env.signature()[0] != ref.signature()[0] else "high"
                fact = (getattr(env, f"{end}_fact") or _open_end_fact(all_bounds[path], dimension, end)
                        or env.low_fact or env.high_fact)
                ref_fact = (getattr(ref, f"{end}_fact") or _open_end_fact(all_bounds[master], dimension, end)
                            or ref.low_fact or ref.high_fact)
                if fact is None or ref_fact is None:
                    continue
                version = describe_document(document, with_language=True)
                ref_version = describe_document(facts.document(master), with_language=True)
                yield self.finding(
                    f"Language versions admit different patients: {version} admits "
                    f"{_admitted(what, env, dimension)} (\"{fact.location.quote}\"); {ref_version} "
                    f"admits {_admitted(what, ref, dimension)} (\"{ref_fact.location.quote}\").",
                    [ref_fact.location, fact.location])

    def _compare_indication_measures(self, facts: FactBase, documents: list[Document]) -> Iterable[Finding]:
        """The thresholds of the indication ("AHI 15-65 events/h") in each translation against its
        master version's, when the master agrees with the other documents (otherwise IU005
        reports the master)."""
        paths = {d.path for d in documents}
        for stated in indication_intervals(facts).values():
            signatures = {path: interval.key() for path, interval in stated.items()}
            if len(signatures) < 2:
                continue
            reference = reference_group(signatures, facts)
            for path, interval in stated.items():
                master = master_version(facts, path)
                if (path not in paths or master is None or master not in stated
                        or signatures[path] == signatures[master]
                        or not translation_differs(facts, path, signatures, reference)):
                    continue
                ref = stated[master]
                version = describe_document(facts.document(path), with_language=True)
                ref_version = describe_document(facts.document(master), with_language=True)
                yield self.finding(
                    f"Language versions indicate the device for different patients: {version} states "
                    f"{interval.describe()} (\"{interval.facts[0].location.quote}\"); {ref_version} states "
                    f"{ref.describe()} (\"{ref.facts[0].location.quote}\").",
                    [ref.facts[0].location, interval.facts[0].location],
                    severity=Severity.MAJOR if measure_conflict(interval, ref) else Severity.MINOR)

    def _compare_grades(self, facts: FactBase, documents: list[Document]) -> Iterable[Finding]:
        """The grades of severity of each indication and each contraindication in each
        translation against its master version's ("moderada o severa" against "severely
        calcified"; "schwere Aorteninsuffizienz" against "moderate or severe aortic
        regurgitation"): a version that states no grade for the condition neither states nor
        contradicts one."""
        for kind, noun in ((FactKind.INDICATION, "an indication"),
                           (FactKind.CONTRAINDICATION, "a contraindication")):
            yield from self._compare_grades_of(facts, documents, kind, noun)

    def _compare_grades_of(self, facts: FactBase, documents: list[Document], kind: FactKind,
                           noun: str) -> Iterable[Finding]:
        graded = {d.path: _graded_indications(facts, d, kind) for d in documents}
        # a milder grade admits more patients to an indication and excludes more from a
        # contraindication
        more, fewer = (("admits more patients", "admits fewer patients") if kind is FactKind.INDICATION
                       else ("excludes more patients", "excludes fewer patients"))
        for document in documents:
            path = document.path
            master = master_version(facts, path)
            if master is None or master == path or master not in graded:
                continue
            for base, (grades, fact) in sorted(graded[path].items()):
                if base not in graded[master]:
                    continue
                ref_grades, ref_fact = graded[master][base]
                if grades == ref_grades:
                    continue
                version = describe_document(document, with_language=True)
                ref_version = describe_document(facts.document(master), with_language=True)
                condition = vocabulary("clinical_terms").label(base) if not is_text_id(base) else base[5:]
                wider = (more if _grades_admit_more(grades, ref_grades)
                         else fewer if _grades_admit_more(ref_grades, grades)
                         else "differs")
                yield self.finding(
                    f"Language versions grade {noun} differently: {version} states {condition} "
                    f"graded {_grade_names(grades)} (\"{fact.location.quote}\"); {ref_version} states it "
                    f"graded {_grade_names(ref_grades)} (\"{ref_fact.location.quote}\"): the translation "
                    f"{wider}" + (" than its master version." if wider != "differs" else "."),
                    [ref_fact.location, fact.location], severity=Severity.MAJOR)

    def _compare_allergens(self, facts: FactBase, documents: list[Document]) -> Iterable[Finding]:
        """The substances each translation's allergy or hypersensitivity contraindication names
        against its master version's ("chlorhexidine, silver sulfadiazine or sulfonamides"
        against "Sulfonamide"). Only when both versions name substances: a version without the
        contraindication is reported by the comparison of contraindications, and "any component
        of the device" names none to compare."""
        named = {d.path: _allergens(facts, d) for d in documents}
        for document in documents:
            path = document.path
            master = master_version(facts, path)
            if master is None or master == path or not named.get(master) or not named[path]:
                continue
            own, ref = named[path], named[master]
            missing = [a for a in ref if not _allergen_covered(a, own) and _allergen_has_terms(a, document.language)]
            extra = [a for a in own if not _allergen_covered(a, ref)
                     and _allergen_has_terms(a, facts.document(master).language)]
            if any(not _allergen_covered(a, own) and not _allergen_has_terms(a, document.language)
                   for a in ref):
                # the master names a substance the vocabulary cannot read in this version's
                # language ("bovine collagen" against Swedish "bovint kollagen", of which only
                # "kollagen" is known): what this version names beyond the master's may be its
                # translation, not another substance
                extra = []
            if not missing and not extra:
                continue
            version = describe_document(document, with_language=True)
            ref_version = describe_document(facts.document(master), with_language=True)
            ref_facts = list(dict.fromkeys(ref[a] for a in (missing or ref)))
            own_facts = list(dict.fromkeys(own[a] for a in (extra or own)))
            parts = [f"{ref_version} names {join_names([_allergen_label(a) for a in ref])} "
                     f"({_quotes(ref_facts)})",
                     f"{version} names {join_names([_allergen_label(a) for a in own])} "
                     f"({_quotes(own_facts)})"]
            consequence = []
            if missing:
                consequence.append(f"a patient hypersensitive to {join_names([_allergen_label(a) for a in missing])} "
                                   f"is not excluded by {version}")
            if extra:
                consequence.append(f"{version} also excludes patients hypersensitive to "
                                   f"{join_names([_allergen_label(a) for a in extra])}, which {ref_version} does not")
            yield self.finding(
                "Language versions name different substances in the allergy or hypersensitivity "
                "contraindication: " + "; ".join(parts) + ": " + "; ".join(consequence) + ".",
                [f.location for f in ref_facts] + [f.location for f in own_facts],
                severity=Severity.MAJOR)

    def _compare_groups(self, facts: FactBase, documents: list[Document],
                        conflicts: set[str]) -> Iterable[Finding]:
        """Population groups of each translation against its master version's (as above): the
        groups each names and the groups each excludes."""
        by_document = facts_by_document(facts, FactKind.POPULATION_GROUP, INTENDED_USE_ROLES)
        bounds = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        named = {path: g for path, fs in by_document.items() if (g := named_groups(fs))}
        for document in documents:
            master = master_version(facts, document.path)
            if document.path in named and master is not None and master != document.path \
                    and master not in named:
                # the master version states the population by bounds only ("Patients ≥ 18
                # years"): a group the translation names wholly outside them is another population
                finding = self._group_outside_master_bounds(facts, document, master, named[document.path])
                if finding is not None:
                    conflicts.add(document.path)
                    yield finding
        signatures = {path: frozenset(g) for path, g in named.items()}
        if len(signatures) < 2:
            return
        reference = reference_group(signatures, facts)
        for document in documents:
            path = document.path
            master = master_version(facts, path)
            if (path not in named or master is None or master == path or master not in named
                    or signatures[path] == signatures[master]
                    or not translation_differs(facts, path, signatures, reference)):
                continue
            conflict = _exclusion_conflict(facts, document, facts.document(master), by_document)
            if conflict is not None:
                conflicts.add(path)
                yield self.finding(*conflict)
                continue
            if umbrella_equivalent(named[path], named[master]):
                continue
            # A group the vocabulary has no words for in a version's language cannot be found
            # there: its absence says nothing ("crianças" before Portuguese terms existed).
            # A group the other version admits by its own population-wide bounds is not
            # missing there: "Kinder ab Geburt" includes the newborns "children from newborn"
            # names, as "patients aged 7 years and older" includes adolescents.
            master_admits = groups_admitted_by_bounds(bounds.get(master, []))
            own_admits = groups_admitted_by_bounds(bounds.get(path, []))
            extra = sorted(g for g in signatures[path] - signatures[master]
                           if _group_has_terms(g, facts.document(master).language)
                           and g not in master_admits)
            missing = sorted(g for g in signatures[master] - signatures[path]
                             if _group_has_terms(g, document.language) and g not in own_admits)
            if not extra and not missing:
                continue
            version = describe_document(document, with_language=True)
            ref_version = describe_document(facts.document(master), with_language=True)
            parts = []
            if extra:
                parts.append(f"{version} names {join_names([_group_label(g) for g in extra])}, "
                             f"which {ref_version} does not")
            if missing:
                parts.append(f"{ref_version} names {join_names([_group_label(g) for g in missing])}, "
                             f"which {version} does not")
            locations = ([named[path][g].location for g in extra]
                         + [named[master][g].location for g in missing])
            if not extra:
                locations.insert(0, next(iter(named[path].values())).location)
            if not missing:
                locations.append(next(iter(named[master].values())).location)
            yield self.finding("Language versions name different population groups: "
                               + "; ".join(parts) + ".", locations)

    def _group_outside_master_bounds(self, facts: FactBase, document: Document, master: str,
                                     named: dict[str, Fact]) -> Finding | None:
        """A group a translation names ("adultes et enfants") whose whole typical age span lies
        outside every population-wide age bound of its master version ("Patients ≥ 18 years")."""
        bounds = [f for f in facts.of(FactKind.POPULATION_BOUND, document=master)
                  if f.value.dimension == "age" and f.value.group is None and not f.value.excluded]
        excluded = groups_excluded_by_bounds(bounds)
        outside = [fact for gid, fact in named.items() if gid in excluded]
        if not outside:
            return None
        version = describe_document(document, with_language=True)
        ref_version = describe_document(facts.document(master), with_language=True)
        return self.finding(
            f"Language versions admit different patients: {version} names "
            f"{join_names([_group_label(f.value.id) for f in outside])} "
            f"(“{outside[0].location.quote}”), whom {ref_version} does not admit "
            f"(“{bounds[0].location.quote}”).",
            [outside[0].location, bounds[0].location], severity=Severity.MAJOR)

    def _compare_settings(self, facts: FactBase, documents: list[Document]) -> Iterable[Finding]:
        """A translation that admits use by lay persons outside professional facilities (home,
        everyday life, with a carer) where its master version never names such an environment
        or user. Left to CS001 when it already reports the pair."""
        for document in documents:
            master_path = master_version(facts, document.path)
            master = facts.document(master_path) if master_path else None
            if master is None or master.path == document.path:
                continue
            added = _lay_settings(facts, document)
            if not added:
                continue
            added_users = _lay_users(facts, document)
            master_settings = [f for f in facts.of(FactKind.CARE_SETTING, document=master.path)
                               if _setting_in_use(f)]
            master_users = [f for f in facts.of(FactKind.USER, document=master.path)
                            if not f.value.negated]
            if not (master_settings or master_users) or _names_lay_use(master):
                continue  # the master says nothing of where and by whom, or names lay use itself
            if _care_setting_rule_reports(facts, master, document):
                continue
            yield self.finding(_settings_message(document, master, added, added_users,
                                                 master_settings, master_users),
                               [*(f.location for f in [*added[:2], *added_users[:1]]),
                                *(f.location for f in [*master_settings[:2], *master_users[:1]])],
                               severity=Severity.MAJOR)

    def _compare(self, facts: FactBase, documents: list[Document], kind: FactKind, noun: str,
                 vocab_name: str | None, heading_kind: str, severity: Severity) -> Iterable[Finding]:
        group = []
        for document in documents:
            statement = _statement(facts, document, kind, heading_kind)
            if statement is not None:
                group.append(statement)
        if vocab_name:
            _reconcile(group, vocab_name, heading_kind,
                       _permitted_ids(facts) if kind is FactKind.CONTRAINDICATION else None)
        if kind is FactKind.WARNING:
            _reconcile_warnings(group)
        reported = False
        # "transcatheter" / "kathetergestützt" / "par voie transcathéter" beside "transapical":
        # a version naming a route states the generic access word too, and one naming only the
        # generic word neither states nor omits a route (as IU003 reads them)
        neutral = vocabulary_neutral_ids(group, vocab_name) if vocab_name == "interfaces" else None
        for diff in differences(group, neutral):
            reported = True
            present = join_names([describe_document(s.document, with_language=True) for s in diff.present])
            absent = join_names([describe_document(s.document, with_language=True) for s in diff.absent])
            message = (f"Language versions state different {noun}: {present} "
                       f"{'states' if len(diff.present) == 1 else 'state'} "
                       f"{_labels(diff.only_present, diff.present, vocab_name)}, which {absent} "
                       f"{'does' if len(diff.absent) == 1 else 'do'} not")
            if diff.only_absent:
                message += (f"; {absent} {'states' if len(diff.absent) == 1 else 'state'} "
                            f"{_labels(diff.only_absent, diff.absent, vocab_name)}, which {present} "
                            f"{'does' if len(diff.present) == 1 else 'do'} not")
            message += "."
            if vocab_name == "clinical_terms":
                # "moderate or high surgical risk" against "prohibitive surgical risk"
                notes = qualifier_notes(diff, vocabulary(vocab_name))
                if notes:
                    message += " " + " ".join(notes)
            locations = (_locations(diff.present, diff.only_present, heading_kind)
                         + _locations(diff.absent, diff.only_absent, heading_kind))
            if kind in (FactKind.CONTRAINDICATION, FactKind.INDICATION):
                # "Der Helm kann auch bei Kraniosynostose eingesetzt werden": the version that
                # drops the contraindication (or the exclusion) grants the use instead
                excluded = (diff.only_present if kind is FactKind.CONTRAINDICATION
                            else [i[4:] for i in diff.only_present if i.startswith("not:")])
                granted = _granted_instead(facts, diff.absent, excluded)
                if granted:
                    said = "; ".join(f"{describe_document(d, with_language=True)} instead permits that use: "
                                     f"\"{f.location.quote}\"" for d, f in granted)
                    message += " " + said[0].upper() + said[1:] + "."
                    locations += [f.location for _, f in granted]
            yield self.finding(message, locations, severity=severity)
        if not reported and kind in (FactKind.INDICATION, FactKind.CONTRAINDICATION):
            yield from self._compare_counts(group, noun)

    def _compare_counts(self, group: list[Statement], noun: str) -> Iterable[Finding]:
        """Conditions no vocabulary knows cannot be matched across languages, but a version
        that lists fewer of them than another has left one out."""
        items = {s.document.path: _items(s) for s in group}
        counts = {path: len(found) for path, found in items.items()}
        if len(group) < 2 or len(set(counts.values())) < 2:
            return
        if min(counts.values()) == 0:
            # A version whose section was found but none of whose conditions could be read
            # ("zahnlosem, stark atrophiertem Oberkiefer" beyond the vocabulary) has not been
            # understood, which is not the same as listing fewer conditions.
            return
        # Items are paired by content first: an item whose every condition the other versions
        # state too ("paroxysmal or persistent AF" in one bullet, or in a sentence after the
        # list, against two bullets) accounts for nothing missing. Only the items left unpaired
        # are counted.
        unpaired = {s.document.path: _unpaired_items(s, items[s.document.path], group) for s in group}
        if not any(unpaired.values()):
            return
        full_counts = counts
        counts = {path: len(found) for path, found in unpaired.items()}
        if len(set(counts.values())) < 2:
            return
        # "A, B and C" in one bullet may be the three bullets of another version: a version is
        # shorter only when even its most generous count stays below the other's plain count.
        ranges = {s.document.path: condition_count_range([loc.quote for loc in unpaired[s.document.path]])
                  for s in group}
        # ... or when no item of it can hold the items it lacks: the lists are aligned but for
        # the missing item.
        most = max(counts.values())
        longest = [s for s in group if counts[s.document.path] == most]
        unmerged = {s.document.path for s in group if counts[s.document.path] < most and not any(
            merge_possible([loc.quote for loc in unpaired[s.document.path]], s.document.language,
                           [loc.quote for loc in unpaired[x.document.path]], x.document.language)
            for x in longest)}
        # A version that states some of its conditions in sentences beside its list ("Persistent
        # AF is also an indication.") may hold the items it seems to lack there.
        prose = {s.document.path: _prose_beside_list(s) for s in group}
        shorter = [s for s in group if ranges[s.document.path][1] + prose[s.document.path] < most
                   or (s.document.path in unmerged and not prose[s.document.path])]
        if not shorter:
            return
        longer = [s for s in group if s not in shorter and counts[s.document.path] > max(
            counts[x.document.path] if x.document.path in unmerged
            else ranges[x.document.path][1] for x in shorter)]
        if not longer:
            return
        described = "; ".join(
            f"{describe_document(s.document, with_language=True)} {full_counts[s.document.path]}"
            for s in longer + shorter)
        locations = [loc for s in longer + shorter for loc in unpaired[s.document.path][:8]]
        # Conditions no vocabulary knows are counted, not matched: the version with fewer items
        # may have left one out, or merged two into one sentence. A hint, hence minor.
        yield self.finding(
            f"Language versions list different numbers of {noun} ({described}): "
            f"{join_names([describe_document(s.document, with_language=True) for s in shorter])} "
            f"may leave out at least one; check the translation item by item.", locations,
            severity=Severity.MINOR)


_LAY_USERS = ("lay_user", "patient")


def _concepts(facts: FactBase, document: Document, kind: FactKind) -> dict[str, Fact]:
    """Vocabulary concept (base id) -> the first fact of `kind` stating it in `document`;
    negated statements and wording no vocabulary knows left out."""
    found: dict[str, Fact] = {}
    for fact in facts.of(kind, document=document.path):
        concept = (getattr(fact.value, "id", None) or "").partition("@")[0]
        if not concept or concept == "none" or is_text_id(concept) or getattr(fact.value, "negated", False):
            continue
        found.setdefault(concept, fact)
    return found


def _permitted_ids(facts: FactBase) -> dict[str, frozenset[str]]:
    """Document -> base ids of the indications its sentences of permission grant."""
    found: dict[str, set[str]] = {}
    for fact in facts.of(FactKind.INDICATION):
        if getattr(fact.value, "permitted", False) and not fact.value.negated:
            found.setdefault(fact.location.document, set()).add(fact.value.id.partition("@")[0])
    return {d: frozenset(ids) for d, ids in found.items()}


def _granted_instead(facts: FactBase, absent: list[Statement], ids: list[str]) -> list[tuple[Document, Fact]]:
    """(document, indication) for each version without the contraindications `ids` that states
    one of them as an indication."""
    bases = {i.partition("@")[0] for i in ids if not is_text_id(i)}
    found = []
    for statement in absent:
        for fact in facts.of(FactKind.INDICATION):
            if (fact.location.document == statement.document.path
                    and getattr(fact.value, "permitted", False) and not fact.value.negated
                    and (getattr(fact.value, "id", "") or "").partition("@")[0] in bases):
                found.append((statement.document, fact))
                break
    return found


def _setting_in_use(fact: Fact) -> bool:
    return not fact.value.negated and not fact.value.procedure


def _lay_settings(facts: FactBase, document: Document) -> list[Fact]:
    """The version's settings of environments used by lay persons (home, wellness)."""
    from panelproof.rules.care_setting.CS001_care_settings_differ import _environment, _lay

    found, seen = [], set()
    for fact in facts.of(FactKind.CARE_SETTING, document=document.path):
        if _setting_in_use(fact) and _lay(_environment(fact.value.id)) and fact.value.id not in seen:
            seen.add(fact.value.id)
            found.append(fact)
    return found


def _lay_users(facts: FactBase, document: Document) -> list[Fact]:
    return [f for f in facts.of(FactKind.USER, document=document.path)
            if f.value.id in _LAY_USERS and not f.value.negated][:1]


def _names_lay_use(document: Document) -> bool:
    """Whether the document names, anywhere and in any way, an environment of lay users or a
    lay user: an absence is a claim about the whole text."""
    from panelproof.rules.care_setting.CS001_care_settings_differ import _environment, _lay

    settings, users = vocabulary("care_settings"), vocabulary("users")
    for block in document.blocks:
        text = block.normalized
        if any(_lay(_environment(m.id)) for m in settings.find(text, language=document.language)):
            return True
        if any(m.id in _LAY_USERS for m in users.find(text)):
            return True
    return False


def _care_setting_rule_reports(facts: FactBase, first: Document, second: Document) -> bool:
    """Whether CS001 (which compares every document with every other) reports this pair."""
    from panelproof.rules.care_setting.CS001_care_settings_differ import CareSettingsDiffer

    pair = FactBase(documents=[first, second],
                    facts=[f for f in facts.facts if f.document in (first.path, second.path)],
                    config=facts.config)
    return any(True for _ in CareSettingsDiffer().check(pair))


def _settings_message(document: Document, master: Document, added: list[Fact],
                      added_users: list[Fact], master_settings: list[Fact],
                      master_users: list[Fact]) -> str:
    settings_label, users_label = vocabulary("care_settings").label, vocabulary("users").label
    version = describe_document(document, with_language=True)
    ref_version = describe_document(master, with_language=True)
    what = join_names(sorted({settings_label(f.value.id) for f in added}))
    quotes = ", ".join(f"“{f.location.quote}”" for f in added[:2])
    message = (f"Language versions state different use environments: {version} names {what} as a "
               f"use environment ({quotes})")
    if added_users:
        message += f", with a {users_label(added_users[0].value.id)} as user (“{added_users[0].location.quote}”)"
    parts = []
    if master_settings:
        parts.append("names " + join_names(sorted({settings_label(f.value.id) for f in master_settings}))
                     + f" (“{master_settings[0].location.quote}”)")
    if master_users:
        parts.append("names " + join_names(sorted({users_label(f.value.id) for f in master_users}))
                     + " as users")
    message += (f"; {ref_version} {' and '.join(parts)} and never names {what} or lay users. "
                "Use by lay persons outside a professional facility brings other users, hazards and "
                "evidence; every language version must state the same use environment.")
    return message


def _admitted(what: str, env, dimension: str) -> str:
    described = env.describe(dimension)
    return f"any {what} (no limit)" if described == "no bound" else f"{what} {described}"


def _open_end_fact(bounds: list[Fact], dimension: str, end: str) -> Fact | None:
    """The included bound that leaves the envelope's `end` open ("Säuglinge und Kinder bis 8
    Jahre" admits every age below 8): the quote for a version that admits no lower limit."""
    for fact in bounds:
        bound = fact.value
        if bound.dimension == dimension and not bound.excluded and (
                (end == "low" and bound.low is None) or (end == "high" and bound.high is None)):
            return fact
    return None


# A negation in the sentence that names a group: the extractor may have missed that it excludes
# the group ("Säuglinge ... keinesfalls", word orders it does not know), so no conflict is read.
_ANY_NEGATION = re.compile(
    r"\b(?:not|no|never|nor|without|excluded?|nicht|kein\w*|nie|niemals|ohne|ausgeschlossen|"
    r"ne|pas|jamais|sans|exclus\w*|non|mai|senza|esclus\w*|nunca|sin|excluid\w*|niet|geen|nooit|"
    r"zonder|uitgesloten|contra-?indicat\w*|kontraindiziert|contre-indiqu\w*|controindicat\w*|"
    r"contraindicad\w*|gecontra-?indiceerd|não|exclu[íi]d\w*|contra-indicad\w*)\b", re.IGNORECASE)


def _explicit_groups(facts: list[Fact]) -> dict[str, Fact]:
    """Groups a version names by their own word (no umbrella), outside any negated sentence."""
    out: dict[str, Fact] = {}
    for fact in facts:
        value = fact.value
        info = groups().get(value.id)
        if value.negated or (info is not None and info.covers):
            continue
        if _ANY_NEGATION.search(fact.location.quote or ""):
            continue
        out.setdefault(PARENT_GROUP.get(value.id, value.id), fact)
    return out


def _excluded_groups(facts: list[Fact], bounds: list[Fact]) -> dict[str, Fact]:
    """Groups a version excludes, each with the fact to quote: the excluded bound that holds the
    group's word ("infants under 1 year") when there is one, else the group's own word."""
    out: dict[str, Fact] = {}
    for fact in facts:
        if fact.value.negated:
            word = (fact.location.quote or "").lower()
            bound = next((b for b in bounds if b.value.excluded and word
                          and word in (b.location.quote or "").lower()), None)
            for gid in expand_groups([fact.value.id]):
                out.setdefault(PARENT_GROUP.get(gid, gid), bound or fact)
    # An exclusion of a bounded part of a group ("infants under 1 year") is no negated group
    # (the rest of the group stays admitted) but still an exclusion the versions must share.
    for bound in bounds:
        if bound.value.excluded and bound.value.dimension != "gestation":
            for gid in expand_groups(g[2] for g in find_groups(bound.location.quote or "")):
                out.setdefault(PARENT_GROUP.get(gid, gid), bound)
    return out


def _sentence_negated(document: Document, fact: Fact) -> bool:
    """Whether a sentence of the version that holds the fact's quote holds a negation."""
    quote = fact.location.quote or ""
    if not quote:
        return False
    for block in document.blocks:
        position = block.text.find(quote)
        if position < 0:
            continue
        start = max(block.text.rfind(".", 0, position), block.text.rfind(";", 0, position)) + 1
        stops = [i for i in (block.text.find(".", position), block.text.find(";", position)) if i >= 0]
        if _ANY_NEGATION.search(block.text[start:min(stops) if stops else len(block.text)]):
            return True
    return False


def _also_admitted(group: str, named: dict[str, Fact], excluded: dict[str, Fact]) -> bool:
    """The version names the group as admitted elsewhere and excludes it by its bare word, not
    by a bound ("infants under 1 year" stays an exclusion of part of the group)."""
    return group in named and excluded[group].kind is FactKind.POPULATION_GROUP


def _exclusion_conflict(facts: FactBase, document: Document, master: Document,
                        by_document: dict[str, list[Fact]]) -> tuple[str, list[Location]] | None:
    """A group one version names by its own word and the other excludes ("für Säuglinge" against
    "not for infants under 1 year"): the translation widens or narrows the population, whatever
    umbrella ("paediatric") either version also uses."""
    own, ref = by_document.get(document.path, []), by_document.get(master.path, [])
    own_named, ref_named = _explicit_groups(own), _explicit_groups(ref)
    own_excluded = _excluded_groups(own, facts.of(FactKind.POPULATION_BOUND, document=document.path))
    ref_excluded = _excluded_groups(ref, facts.of(FactKind.POPULATION_BOUND, document=master.path))
    # A version that admits a group in one place and names it in an exclusion in another
    # ("nouveau-nés et nourrissons jusqu'à 10 kg" beside the contraindication "Nouveau-né
    # nécessitant une ventilation prolongée") excludes a subgroup, not the group.
    widened = [g for g in own_named if g in ref_excluded and g not in own_excluded
               and not _sentence_negated(document, own_named[g])
               and not _also_admitted(g, ref_named, ref_excluded)]
    narrowed = [g for g in ref_named if g in own_excluded and g not in ref_excluded
                and not _sentence_negated(master, ref_named[g])
                and not _also_admitted(g, own_named, own_excluded)]
    if not (widened or narrowed):
        return None
    version = describe_document(document, with_language=True)
    ref_version = describe_document(master, with_language=True)
    parts, locations = [], []
    if widened:
        parts.append(f"{version} names {join_names([_group_label(g) for g in widened])} "
                     f"(“{own_named[widened[0]].location.quote}”), which {ref_version} excludes "
                     f"(“{ref_excluded[widened[0]].location.quote}”)")
        locations += [own_named[widened[0]].location, ref_excluded[widened[0]].location]
    if narrowed:
        parts.append(f"{ref_version} names {join_names([_group_label(g) for g in narrowed])} "
                     f"(“{ref_named[narrowed[0]].location.quote}”), which {version} excludes "
                     f"(“{own_excluded[narrowed[0]].location.quote}”)")
        locations += [ref_named[narrowed[0]].location, own_excluded[narrowed[0]].location]
    message = ("Language versions admit different population groups: " + "; ".join(parts)
               + ". Patients the master version keeps out would be treated in one country (or "
               "patients it admits refused); every language version must name and exclude the "
               "same groups.")
    return message, locations


def _allergens(facts: FactBase, document: Document) -> dict[str, Fact]:
    """Substance id -> the first allergy contraindication of the document that names it."""
    found: dict[str, Fact] = {}
    for fact in facts.of(FactKind.CONTRAINDICATION, document=document.path):
        if isinstance(fact.value, Concept) and not fact.value.negated:
            for substance in fact.value.substances:
                found.setdefault(substance, fact)
    return found


def _allergen_families(substance: str) -> set[str]:
    entry = vocabulary("allergens").entries.get(substance) or {}
    return {str(f) for f in entry.get("families") or ()}


def _allergen_covered(substance: str, others: dict[str, Fact]) -> bool:
    """Whether the other version names the substance, a family of it ("nickel" for nitinol) or
    a member of it ("silver sulfadiazine" for silver)."""
    return (substance in others or bool(_allergen_families(substance) & set(others))
            or any(substance in _allergen_families(other) for other in others))


def _allergen_has_terms(substance: str, language: str | None) -> bool:
    terms = (vocabulary("allergens").entries.get(substance) or {}).get("terms") or {}
    return language is None or not isinstance(terms, dict) or bool(terms.get(language))


def _quotes(facts: list[Fact]) -> str:
    return "; ".join(f'"{fact.location.quote}"' for fact in facts)


def _allergen_label(substance: str) -> str:
    return vocabulary("allergens").label(substance)


def _group_has_terms(group_id: str, language: str | None) -> bool:
    """Whether population_groups.yaml has words for the group in `language` (an unknown
    language counts as covered)."""
    from panelproof import knowledge

    entry = knowledge.load("vocabulary/population_groups")["groups"].get(group_id) or {}
    terms = entry.get("terms") or {}
    return language is None or not terms or bool(terms.get(language))


def _group_label(group_id: str) -> str:
    info = groups().get(group_id)
    return (info.label if info else group_id).lower()


_SECTION_OF = {FactKind.INDICATION: INDICATIONS, FactKind.CONTRAINDICATION: CONTRAINDICATIONS}



def _items(statement: Statement) -> list[Location]:
    """The distinct places (list items, cells, sentences) stating a concept of this kind: the
    bullets of the version's own section when it has a bulleted list (an item the extractor could
    not read still counts), else the places its facts were read from."""
    kind = _SECTION_OF.get(statement.all_facts[0].kind) if statement.all_facts else None
    if kind is not None:
        bullets = [statement.document.location(b, b.full_quote) for b in statement.document.blocks
                   if b.kind is BlockKind.LIST_ITEM and kind in block_kinds(b) and b.normalized.strip()
                   and not (kind == INDICATIONS and is_selection_criterion(b.normalized))]
        if bullets:
            return bullets
    # one place per occurrence of a condition: "aortic stenosis at intermediate or high surgical
    # risk" is one indication, whichever qualifiers (and so quotes) its facts carry
    seen: dict[tuple, Location] = {}
    blocks = [b.text for b in statement.document.blocks]
    for fact in statement.all_facts:
        concept_id = getattr(fact.value, "id", None) or ""
        if concept_id == "none":
            continue
        seen.setdefault(_occurrence(fact, blocks), fact.location)
    return list(seen.values())


def _prose_beside_list(statement: Statement) -> int:
    """The number of sentences, in the version's own section, that stand after the first item of
    its bulleted list and are no lead-in to a list; 0 when the section has no bulleted list."""
    kind = _SECTION_OF.get(statement.all_facts[0].kind) if statement.all_facts else None
    if kind is None:
        return 0
    listed = False
    count = 0
    for block in statement.document.blocks:
        if kind not in block_kinds(block) or not block.normalized.strip():
            continue
        if block.kind is BlockKind.LIST_ITEM:
            listed = True
        elif listed and block.kind is BlockKind.PARAGRAPH and not block.normalized.rstrip().endswith(":"):
            count += len(sentences(block))
    return count


def _unpaired_items(statement: Statement, items: list[Location], group: list[Statement]) -> list[Location]:
    """The items of `statement` not accounted for by the other versions: an item is paired when
    it states at least one vocabulary concept and every other version states each of its
    concepts (in whatever item, merged or split, list or sentence)."""
    # a concept another version was only given the benefit of the doubt for (an empty list:
    # `_reconcile` could not tell) is not stated there
    others = [{c.partition("@")[0] for c, found in s.concepts.items() if found and _comparable(c)}
              for s in group if s is not statement]
    by_item: dict[int, set[str]] = {}
    for fact in statement.all_facts:
        key = _key(fact)
        if key is None or not _comparable(key):
            continue
        quote = fact.location.quote
        for index, item in enumerate(items):
            if quote and quote in item.quote:
                by_item.setdefault(index, set()).add(key.partition("@")[0])
    unknown = {index for index, item in enumerate(items)
               if any(f.location.quote and f.location.quote in item.quote
                      and is_text_id(getattr(f.value, "id", "") or "") for f in statement.all_facts)}
    return [item for index, item in enumerate(items)
            if not (by_item.get(index) and index not in unknown
                    and all(by_item[index] <= other for other in others))]


def _occurrence(fact: Fact, blocks: list[str]) -> tuple:
    """(concept, block, position of its term) where the fact's term stands; the quote when
    the term cannot be placed."""
    quote, label = fact.location.quote, getattr(fact.value, "label", "") or ""
    base = (getattr(fact.value, "id", "") or "").partition("@")[0]
    offset = quote.find(label) if label else -1
    if offset >= 0:
        for index, text in enumerate(blocks):
            position = text.find(quote)
            if position >= 0:
                return (base, index, position + offset)
    return ("quote", quote)


def _comparable(concept_id: str) -> bool:
    """A vocabulary concept (not "none", an exclusion, a bound, or unknown wording)."""
    return not (concept_id == "none" or is_text_id(concept_id)
                or concept_id.startswith(("not:", "bound:")))


def _reconcile(group: list[Statement], vocab_name: str, section_kind: str,
               permitted: dict[str, frozenset[str]] | None = None) -> None:
    """Let wording the vocabulary does not know stand in for the concept it translates.

    For each version and each vocabulary concept another version states and this one does not:
    an unrecognised item of this version, or a passage of its own section (the Contraindications
    list or prose), that shares a word stem with the concept's terms in any language
    ("Inestabilidad hemodinámica" for haemodynamic instability, "atteinte rénale" for renal
    failure) is taken as its translation. Otherwise the concept counts as missing only when this
    version's section is understood: the vocabulary has terms for the concept in the version's
    language, or every item the version lists is recognised and the vocabulary has terms in
    the version's language at all (in a language it does not cover, such as Swedish for the
    interfaces, only words shared with other languages, "intubation", are recognised). When neither holds, the versions
    cannot be compared on that concept and it is not reported (the count comparison may still
    give a minor hint).
    """
    known = concept_stems(vocab_name)
    # a concept a version grants by a sentence of permission ("kann auch bei Kraniosynostose
    # eingesetzt werden") is not hidden in one of its longer contraindication items
    permitted = permitted or {}
    all_ids = {c for s in group for c in s.concepts if _comparable(c)}
    for statement in group:
        bases = {c.partition("@")[0] for c in statement.concepts}
        missing = [c for c in sorted(all_ids - set(statement.concepts))
                   if c.partition("@")[0] not in bases]
        if not missing:
            continue
        leftovers = [f for f in statement.all_facts
                     if is_text_id(getattr(f.value, "id", "") or "")
                     and not getattr(f.value, "negated", False)]
        candidates = [(_phrase(f), f) for f in leftovers] + _section_passages(statement, section_kind)
        paired: dict[str, Fact] = {}
        for concept_id in missing:
            match = next((f for text, f in candidates if known.resembles(concept_id, text)), None)
            if match is not None:
                paired[concept_id] = match
        free = [f for f in leftovers if not any(known.resembles(c, _phrase(f)) for c in missing)]
        recognised = any(_comparable(c) for c in statement.concepts)
        language = statement.document.language
        # items no vocabulary knows in another version ("Open skin lesions on the scalp") have
        # their translations among this version's free items ("Offene Hautläsionen an der
        # Kopfhaut"): only free items beyond those can translate a longer, qualified item
        granted = permitted.get(statement.document.path, frozenset())
        for concept_id in missing:
            if concept_id in paired:
                statement.concepts[concept_id] = [paired[concept_id]]
            elif (free and concept_id.partition("@")[0] not in granted
                  and _embedded(group, statement, concept_id, vocab_name)
                  and not _own_purpose(vocab_name, concept_id)):
                # "Unprotected left main coronary artery disease" names more than "coronary
                # artery disease": the version's unrecognised item may be its translation.
                statement.concepts[concept_id] = []
            elif known.has_terms(concept_id, language) or (recognised and not free
                                                            and known.covers_language(language)):
                continue  # understood: the concept is really missing
            else:
                statement.concepts[concept_id] = []  # cannot tell: not reported


_GRADE_ORDER = ("mild", "moderate", "severe")


def _graded_indications(facts: FactBase, document: Document, kind: FactKind = FactKind.INDICATION
                        ) -> dict[str, tuple[frozenset[str], Fact]]:
    """Vocabulary indication or contraindication (base id) -> (grades of severity the version
    states, a fact quoting them): only conditions stated with a grade."""
    found: dict[str, tuple[frozenset[str], Fact]] = {}
    for fact in facts.of(kind, document=document.path):
        value = fact.value
        grades = getattr(value, "grades", ())
        if not grades or getattr(value, "negated", False) or is_text_id(value.id):
            continue
        base = value.id.partition("@")[0]
        previous = found.get(base)
        found[base] = ((previous[0] if previous else frozenset()) | set(grades),
                       previous[1] if previous else fact)
    return found


def _grades_admit_more(grades: frozenset[str], other: frozenset[str]) -> bool:
    """A set of grades that reaches a milder grade than the other admits more patients."""
    def mildest(gs: frozenset[str]) -> int:
        return min(_GRADE_ORDER.index(g) for g in gs if g in _GRADE_ORDER)
    return mildest(grades) < mildest(other)


def _grade_names(grades: frozenset[str]) -> str:
    return " or ".join(g for g in _GRADE_ORDER if g in grades)


def _own_purpose(vocab_name: str, concept_id: str) -> bool:
    """An entry marked `own_purpose` (a cosmetic use, a condition of the other sex): stated
    inside a longer item ("Uso estetico per il ringiovanimento del viso") it still adds a
    purpose, which no unrecognised item of another version is taken to translate."""
    entry = vocabulary(vocab_name).entries.get(concept_id.partition("@")[0]) or {}
    return bool(entry.get("own_purpose"))


def _reconcile_warnings(group: list[Statement]) -> None:
    """A warning class counts as missing from a version only when the version really has no
    sentence of that class.

    A warning is recognised where a heading or a cue ("Warning:", "Achtung") marks it, so the
    same warning may be read in one version and not in another whose sentence stands elsewhere
    or lacks the cue: any term of the class, in any language, anywhere in the version's text
    stands in for it. And a version that lists at least as many warnings as the version stating
    the class, some of them in wording the vocabulary does not know ("non avvicinare a fonti di
    calore"), very probably states it in those words: the class is not reported missing (a
    version with fewer warnings still is).
    """
    stated = {c: [s for s in group if c in s.concepts] for s in group for c in s.concepts
              if _comparable(c)}
    counts = {s.document.path: _warning_count(s) for s in group}
    for statement in group:
        missing = [c for c in sorted(stated) if c not in statement.concepts]
        if not missing:
            continue
        in_text = _warning_ids_in_text(statement.document)
        unknown = any(is_text_id(getattr(f.value, "id", "") or "") for f in statement.all_facts)
        for concept_id in missing:
            if concept_id.partition("@")[0] in in_text:
                statement.concepts[concept_id] = []
            elif unknown and all(counts[statement.document.path] >= counts[s.document.path]
                                 for s in stated[concept_id]):
                statement.concepts[concept_id] = []


def _warning_count(statement: Statement) -> int:
    """How many warnings a version states: the distinct list items, rows or paragraphs its
    warning facts come from (a translation may cut a warning into sentences differently)."""
    blocks = [b.text for b in statement.document.blocks]
    places = set()
    for fact in statement.all_facts:
        quote = fact.location.quote or ""
        index = next((i for i, text in enumerate(blocks) if quote and quote in text), None)
        places.add(index if index is not None else quote)
    return len(places)


def _warning_ids_in_text(document: Document) -> frozenset[str]:
    """Warning classes whose terms (any language) appear anywhere in the document's text."""
    cached = _TEXT_WARNINGS.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1]
    warnings = vocabulary("warnings")
    found: set[str] = set()
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        found.update(m.id for m in warnings.find(block.normalized))
    result = frozenset(found)
    if len(_TEXT_WARNINGS) > 64:
        _TEXT_WARNINGS.clear()
    _TEXT_WARNINGS[id(document)] = (document, result)
    return result


_TEXT_WARNINGS: dict[int, tuple[Document, frozenset[str]]] = {}


# Words around a recognised term that add nothing to it ("Known hypersensitivity", "Patients
# with ..."); any other word makes the item more specific than the bare concept.
_FILLER_WORDS = frozenset("""
a an the of in on to with who whom have has had having known patients patient persons subjects
history suffering from presenting any all or and e g i eg ie such as including use for
""".split())
_ITEM_WORD = re.compile(r"[^\W\d_]+")
_BRACKETED = re.compile(r"\([^()]*(?:\)|$)")


def _embedded(group: list[Statement], absent: Statement, concept_id: str, vocab_name: str) -> bool:
    """Whether every version stating `concept_id` states it only inside a longer, more specific
    item ("unprotected left main coronary artery disease", "severe acute asthma"): another
    version's item the vocabulary does not know may then translate that item, and the bare
    concept's absence proves nothing. Words of another concept the vocabulary recognises in the
    item ("Pregnancy or wish for future pregnancy": two concepts) and words of the concept's
    own stems make it no more specific."""
    base = concept_id.partition("@")[0]
    own_stems = concept_stems(vocab_name).distinctive.get(base, frozenset())
    terms = vocabulary(vocab_name)
    stating = [f for s in group if s is not absent
               for c, fs in s.concepts.items() if c.partition("@")[0] == base for f in fs]
    if not stating:
        return False
    for fact in stating:
        label = getattr(fact.value, "label", "") or ""
        quote = fact.location.quote or ""
        position = quote.lower().find(label.lower()) if label else -1
        if position < 0:
            return False
        rest = quote[:position] + " " + quote[position + len(label):]
        if position == 0 and len(label) >= len(quote.strip()):
            # read as a paraphrase, its words apart ("Active urinary tract infection",
            # "Infección urinaria activa", "Aktīva dzimumorgānu herpes infekcija"): what the
            # item says beyond the bare concept are its words outside the concept's terms
            words = _term_words(vocab_name, base)
            rest = " ".join(w for w in _ITEM_WORD.findall(quote) if fold(w) not in words)
        # examples or an abbreviation in brackets explain the item, they narrow nothing
        # ("Implanted electronic devices (pacemaker, ICD, cochlear implant)")
        rest = _BRACKETED.sub(" ", rest)
        others = terms.find(rest)
        for match in reversed(others):
            rest = rest[:match.start] + " " + rest[match.end:]
        if not any(w.lower() not in _FILLER_WORDS and not (stems(w) & own_stems)
                   for w in _ITEM_WORD.findall(rest)):
            return False
    return True


@lru_cache(maxsize=None)
def _term_words(vocab_name: str, concept_id: str) -> frozenset[str]:
    """The folded words of a concept's terms in every language."""
    entry = vocabulary(vocab_name).entries.get(concept_id, {})
    terms = entry.get("terms") or {}
    values = [t for ts in terms.values() for t in ts or []] if isinstance(terms, dict) else list(terms)
    return frozenset(fold(w) for t in values for w in _ITEM_WORD.findall(str(t)))


def _section_passages(statement: Statement, section_kind: str) -> list[tuple[str, Fact]]:
    """(text, fact quoting it) for each block of the version's own section of this kind."""
    document = statement.document
    kind = statement.all_facts[0].kind if statement.all_facts else FactKind.CONTRAINDICATION
    passages = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or section_kind not in block_kinds(block):
            continue
        quote = block.full_quote
        text = without_excluding_sentences(block.normalized)
        if section_kind == CONTRAINDICATIONS:
            # "kann auch bei Kraniosynostose eingesetzt werden" grants what it names
            text = without_permission_sentences(text)
        if quote and text:
            # a sentence that excludes the concept cannot stand in for it
            passages.append((text, Fact(kind, Concept("text:" + quote.lower()[:160], quote),
                                                    document.location(block, quote),
                                                    document.role, document.language)))
    return passages


def _phrase(fact: Fact) -> str:
    concept_id = getattr(fact.value, "id", "") or ""
    return concept_id[5:] if is_text_id(concept_id) else fact.location.quote


def _statement(facts: FactBase, document: Document, kind: FactKind,
               heading_kind: str) -> Statement | None:
    """The version's comparable concepts; None when it says nothing of this kind at all."""
    own = facts.of(kind, document=document.path)
    if kind in _SECTION_OF:
        # The list under the Indications heading is what a translation must match; prose that
        # mentions conditions in other word orders ("plaies chroniques infectées" vs "chronic
        # infected wounds") is compared only when a version has no such list.
        # a sentence of permission grants its indication wherever it stands
        listed = [f for f in own if _SECTION_OF[kind] in heading_kinds(f.location.section or "")
                  or getattr(f.value, "permitted", False)]
        own = listed or own
    statement = Statement(document, all_facts=own)
    for fact in own:
        key = _key(fact)
        if key is not None:
            statement.concepts.setdefault(key, []).append(fact)
    has_heading = any(heading_kind in heading_kinds(h.text) for h in document.headings())
    if not own and not has_heading:
        return None
    return statement


def _key(fact: Fact) -> str | None:
    value = fact.value
    if isinstance(value, PopulationBound):
        return "bound:" + "|".join(str(x) for x in (value.dimension, value.low, value.high,
                                                    value.low_inclusive, value.high_inclusive,
                                                    value.excluded))
    concept_id = getattr(value, "id", None)
    if not concept_id or is_text_id(concept_id):
        return None  # wording no vocabulary knows cannot be compared across languages
    if fact.kind is FactKind.WARNING and "@" in concept_id:
        return None  # conditions of MR safety are compared by `_compare_mri_conditions`
    if getattr(value, "negated", False) and concept_id != "none":
        return "not:" + concept_id
    return concept_id


def _labels(ids: list[str], statements: list[Statement], vocab_name: str | None) -> str:
    labels = []
    for concept_id in ids:
        fact = next((f for s in statements for f in s.concepts.get(concept_id, [])), None)
        if concept_id == "none":
            labels.append("that there are no contraindications")
        elif concept_id.startswith("bound:") and fact is not None:
            labels.append(fact.value.describe() + (" (excluded)" if fact.value.excluded else ""))
        elif concept_id.startswith("not:"):
            labels.append("an exclusion of " + _vocab_label(concept_id[4:], vocab_name))
        else:
            labels.append(_vocab_label(concept_id, vocab_name))
    return join_names(labels)


def _vocab_label(concept_id: str, vocab_name: str | None) -> str:
    if not vocab_name:
        return concept_id
    try:
        return vocabulary(vocab_name).label(concept_id)
    except Exception:  # a vocabulary in another format: the id is readable enough
        return concept_id.replace("_", " ")


def _locations(statements: list[Statement], ids: list[str], heading_kind: str) -> list[Location]:
    locations: list[Location] = []
    for statement in statements:
        own = [f for c in ids for f in statement.concepts.get(c, [])[:1]] or statement.all_facts[:3]
        if own:
            locations += [f.location for f in own[:3] if f.location not in locations]
        else:
            heading = heading_location(statement.document, lambda t: heading_kind in heading_kinds(t))
            if heading is not None:
                locations.append(heading)
    return locations

"""EV001: evidence from animals, aquaculture, water treatment, in vitro or cosmetics cited as clinical."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import re
from typing import Iterable

from panelproof.extract._clinical_terms import is_negated, term_regex
from panelproof.extract.common import any_heading, blocks_containing, lowered_pattern, make_fact, sentences
from panelproof.extract.evidence import (LABELLED_PRECLINICAL, citation_keys, clause_before, is_clinical_subject,
                                         is_reference_section, load_subjects, subject_label, subject_of)
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import device_section
from panelproof.ingest.model import BlockKind, Role
from panelproof.rules.claim._support import cited_entries, evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity

# Sections where non-clinical data belong (bench, biocompatibility, animal testing).
_PRECLINICAL = re.compile(r"pre-?clinical|non-?clinical|bench|biocompatib|in vitro|laborator|animal|"
                          r"préclinique|non clinique|biocompatibilit|vorklinisch|nicht-?klinisch|Labor|Tier",
                          re.IGNORECASE)


# Data the text itself calls pre-clinical ("supplementary preclinical data (minipig ...)",
# "präklinische Daten (Schwein)", "données précliniques", "bench testing", "laboratory reports"):
# not presented as clinical data.
_LABELLED_PRECLINICAL = LABELLED_PRECLINICAL
# An entry the CER itself labels as context, not as the device's clinical data: "Verheye 2015 |
# RCT, other product | 104 | 6 months | benchmark only", "(state of the art only)", "used for
# comparison only", "nur als Vergleich", "uniquement pour l'état de l'art".
_LABELLED_CONTEXT_ONLY = re.compile(
    r"\b(?:benchmark(?:ing)?|state[- ]of[- ]the[- ]art|SOTA|comparison|comparator|background|context)"
    r"(?:\s+(?:data|purposes?|information))?(?:\s+(?:and|&|/)\s+[\w-]+(?:\s+[\w-]+)?)?\s+only\b|"
    # a row or clause tagged with its role: "... | PDQ-39 +7.8 vs -0.2; SotA", "(SotA reference)",
    # "literature (X) for SotA", "used for the state of the art"
    r"(?:^|[;|(,])\s*(?:SotA|state[- ]of[- ]the[- ]art)(?:\s+(?:reference|benchmark|comparison|context))?"
    r"\s*(?:$|[;|)])|\b(?:used\s+)?(?:for|as)\s+(?:the\s+)?(?:SotA|state[- ]of[- ]the[- ]art)"
    r"(?:\s+(?:reference|benchmark|comparison|context|purposes?))?\s*(?:$|[.;|)])|\bonly\s+(?:as\s+|for\s+)?(?:a\s+)?"
    r"(?:benchmark|state[- ]of[- ]the[- ]art|SOTA|comparison|background|context)\b|"
    r"\bnot\s+(?:used|considered|counted|included)\s+as\s+clinical\s+data\b|"
    r"\bnur\s+(?:als\s+|zum\s+)?(?:Vergleich|Benchmark|Stand der Technik)\b|"
    r"\buniquement\s+(?:pour\s+|comme\s+)?(?:l['’]état de l['’]art|comparaison|référence)\b|"
    r"\bsolo\s+(?:come\s+|como\s+)?(?:confronto|riferimento|comparación|referencia)\b",
    re.IGNORECASE)


# Pre-clinical models named as the support of a clinical benefit: "Pain relief ... is supported
# by the ovine fracture model and the cadaveric study", "belegt durch das Schafmodell".
_PRECLINICAL_CUES = ("animal", "ovine", "sheep", "porcine", "swine", "pig", "canine", "dog", "rabbit",
                     "murine", "mouse", "mice", "rat ", "rats", "bovine", "cadaver", "in vitro", "ex vivo",
                     "bench", "ovin", "porcin", "cadavér", "animaux", "lapin", "brebis", "mouton",
                     "tier", "schaf", "schwein", "kadaver", "leiche", "kaninchen", "animal", "pecor",
                     "suin", "coniglio", "cadaveri", "cerdo", "oveja", "conejo", "cadáver", "porcino", "ovino")
# The same blocks hold a cue as hold one of these: a cue that contains another ("porcine",
# "porcin") adds no block, only another scan of a long document.
_SHORTEST_PRECLINICAL_CUES = tuple(dict.fromkeys(
    cue for cue in _PRECLINICAL_CUES if not any(other != cue and other in cue for other in _PRECLINICAL_CUES)))
_SUPPORT = (r"(?:supported|shown|demonstrated|confirmed|evidenced|substantiated|backed|proven|established|"
            r"based|rests?|relies|relying|derived|documented|"
            r"soutenue?s?|étayée?s?|démontrée?s?|confirmée?s?|fondée?s?|basée?s?|repose(?:nt)?|"
            r"gestützt|belegt|nachgewiesen|bestätigt|basier\w*|beruh\w*|"
            r"supportat[oaie]|dimostrat[oaie]|confermat[oaie]|basat[oaie]|fondat[oaie]|"
            r"respaldad[oa]s?|demostrad[oa]s?|confirmad[oa]s?|basad[oa]s?|sustentad[oa]s?)")
_MODEL = (r"(?:animal|ovine|sheep|porcine|swine|pigs?|canine|dogs?|rabbits?|murine|mouse|mice|rats?|bovine|"
          r"cadaver\w*|in vitro|ex vivo|bench|laboratory|biomechanical|"
          r"animaux|animale?|ovine?|brebis|moutons?|porcine?|lapins?|cadavér\w*|in vitro|banc d'essai|"
          r"Tier\w*|Schaf\w*|Schwein\w*|Kaninchen\w*|Kadaver\w*|Leichen\w*|Labor\w*|"
          r"animal[ei]|ovin[oi]|pecor\w*|suin[oi]|conigli\w*|cadaver[ei]|"
          r"animales|ovin[oa]|ovejas?|porcin[oa]|cerdos?|conejos?|cadáver\w*)")
_PRECLINICAL_SUPPORT = re.compile(
    _SUPPORT + r"\b[^.;]{0,30}?\b(?:by|on|from|in|par|sur|durch|auf|dal|dalla|dai|dagli|dalle|su|sul|sulla|por|en)\b"
    r"[^.;]{0,40}?\b" + _MODEL + r"|\b" + _MODEL + r"\w*[^.;]{0,70}?\b(?:support|show|demonstrat|confirm|belegen|zeigen|"
    r"montrent|démontrent|dimostrano|demuestran)\w*|"
    r"\b(?:durch|anhand|aus)\b[^.;]{0,30}?\b" + _MODEL + r"[^.;]{0,60}?\b(?:belegt|gestützt|nachgewiesen|bestätigt|gezeigt)\b",
    re.IGNORECASE)
# Clinical benefits and outcomes for patients.
_BENEFIT = re.compile(
    r"\b(?:benefits?|relief|pain|healing|restoration|recovery|survival|fusion|function|quality of life|"
    r"efficacy|effectiveness|outcomes?|clinical|symptoms?|mobility|"
    r"bénéfices?|soulagement|douleur|cicatrisation|restauration|récupération|survie|efficacité|cliniques?|"
    r"Nutzen|\w*linderung|Schmerz\w*|Heilung|Wiederherstellung|Wirksamkeit|klinisch\w*|Lebensqualität|"
    r"benefici[oi]|sollievo|dolore|guarigione|ripristino|efficacia|clinic[oi]|"
    r"beneficios?|alivio|dolor|curación|restauración|eficacia|clínic[oa]s?)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _clinical_not_a_benefit() -> re.Pattern[str] | None:
    data = load_subjects()["clinical_not_a_benefit"]
    return term_regex(tuple(t for key, terms in data.items() if key != "source" for t in terms))


def names_benefit(sentence: str) -> bool:
    """Whether a sentence names a clinical benefit or outcome, not counting the "clinical" of
    "pre-clinical data" or of "clinical equivalence" (evidence_subjects.yaml
    `clinical_not_a_benefit`)."""
    masked = _clinical_not_a_benefit()
    return bool(_BENEFIT.search(masked.sub(" ", sentence) if masked else sentence))


# Clinical data named in the same sentence: then pre-clinical data are not the only support.
_HUMAN_DATA = re.compile(
    r"\b(?:patients?|(?<!pre-)(?<!non-)clinical (?:stud|trial|investigation|data|series|experience)\w*|"
    r"human|registry|"
    r"case series|cohort|n\s*=\s*\d+|études? cliniques?|essais? cliniques?|patients|klinische\w* (?:Studie|Prüfung|Daten)\w*|"
    r"Patient\w*|studi[oi] clinic[oi]|pazienti|estudios? clínicos?|pacientes)\b", re.IGNORECASE)


# A sentence that declares data clinical evidence: "..., which is considered sufficient clinical
# data", "these results constitute the clinical evidence", "are regarded as adequate clinical
# data", "sont considérées comme des données cliniques", "gelten als klinische Daten".
_DECLARED_CLINICAL = re.compile(
    r"\b(?:considered|regarded|deemed|accepted|taken|counted|qualif(?:y|ies|ied)|serves?|served|"
    r"constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|provides?|provided|providing|presented|recogni[sz]ed|"
    r"viewed|treated|used|forms?|formed)\s+(?:as\s+|to\s+(?:be|constitute|represent|provide|form)\s+)?"
    r"(?:(?:a|an|the|sufficient|adequate|appropriate|valid|relevant|supportive|pivotal|robust|acceptable|"
    r"suitable|direct|full|enough|conclusive|main|primary|principal|key|its|their|our)\s+){0,3}"
    r"clinical\s+(?:data|evidence)\b|"
    r"\b(?:is|are|was|were|represents?|provides?)\s+(?:\w+\s+)?(?:sufficient|adequate|enough|conclusive)\s+"
    r"clinical\s+(?:data|evidence)\b|"
    r"\b(?:is|are|was|were|remains?|becomes?)\s+(?:(?:the|our|its|their|a|an)\s+)?(?:\w+\s+)?(?:main|primary|pivotal|"
    r"principal|key|only|sole|core|central|decisive|essential|major|most\s+important)\s+clinical\s+(?:data|evidence)\b|"
    r"\b(?:demonstrat|prov|establish|confirm|show|substantiat|evidenc)\w*\s+(?:the\s+|a\s+|its\s+|their\s+)?"
    r"(?:\w+\s+)?clinical\s+(?:benefits?|efficacy|effectiveness|performance|value)\b|"
    r"\b(?:démontre(?:nt)?|prouve(?:nt)?|établi(?:t|ssent)|confirme(?:nt)?)\s+(?:le|la|les|un|une)\s+"
    r"(?:bénéfices?|efficacité|performances?)\s+cliniques?\b|"
    r"\b(?:belegt|belegen|beweist|beweisen|bestätigt|bestätigen|zeigt|zeigen|demonstriert|demonstrieren)\s+"
    r"(?:den|die|einen|eine)\s+klinische[nr]?\s+(?:Nutzen|Vorteil|Wirksamkeit|Leistung)\b|"
    r"\b(?:dimostra(?:no)?|prova(?:no)?|conferma(?:no)?|demuestra(?:n)?|prueba(?:n)?|confirma(?:n)?)\s+"
    r"(?:il|la|l['’]|el|los|las)\s*(?:benefici[oi]|efficacia|beneficios?|eficacia)\s+cl[ií]nic\w*|"
    r"\b(?:considérée?s?|jugée?s?|regardée?s?|retenue?s?|constitue(?:nt)?|représente(?:nt)?|fourni(?:ssent|t)|"
    r"serv(?:ent|ir)|sont|est)\s+(?:comme\s+|de\s+)?(?:(?:des|les|la|une|suffisantes?|adéquates?|principale?s?|"
    r"essentielles?|pivots?)\s+){0,2}"
    r"(?:données|preuves?)\s+cliniques\b|"
    r"\b(?:gelten|gilt|dienen|dient|stellen|stellt|werden|wird)\s+(?:\w+\s+){0,3}?als\s+(?:\w+\s+)?"
    r"klinische[nr]?\s+(?:Daten|Nachweis\w*|Evidenz|Belege?)\b|"
    r"\b(?:sind|ist|bilden|bildet|stellen|stellt)\s+(?:die|den|das)\s+(?:wichtigste\w*|wesentliche\w*|zentrale\w*|"
    r"primäre\w*|entscheidende\w*|maßgebliche\w*)\s+klinische\w*\s+(?:Daten|Nachweis\w*|Evidenz|Belege?)\b|"
    r"\b(?:considerat[ioae]|costituiscono|rappresentano|forniscono)\s+(?:come\s+)?(?:\w+\s+){0,2}?"
    r"(?:dati|evidenz\w+)\s+clinic\w+|"
    r"\b(?:considerad[oa]s?|constituyen|representan|aportan)\s+(?:como\s+)?(?:\w+\s+){0,2}?"
    r"(?:datos|evidencias?)\s+clínic\w+|"
    # "X is clinically demonstrated / proven by ...", "cliniquement démontré", "klinisch
    # nachgewiesen": the adverb calls whatever follows a clinical demonstration
    r"\bclinically\s+(?:demonstrated|proven|proved|shown|confirmed|established|validated|substantiated|"
    r"documented|verified|evidenced|supported)\b|"
    r"\bcliniquement\s+(?:démontrée?s?|prouvée?s?|établie?s?|confirmée?s?|validée?s?)|"
    r"\b(?:démontrée?s?|prouvée?s?|établie?s?|confirmée?s?|validée?s?)\s+cliniquement\b|"
    r"\bklinisch\s+(?:nachgewiesen|belegt|bestätigt|erwiesen|bewiesen|validiert|gezeigt)\b|"
    r"\bclinicamente\s+(?:dimostrat|provat|comprovat|confermat|validat)\w*|"
    r"\bclínicamente\s+(?:demostrad|probad|comprobad|confirmad|validad)\w*",
    re.IGNORECASE)
# The words of "clinical" one of which each `_DECLARED_CLINICAL` declaration holds, lower case.
_CLINICAL_WORDS = ("clinic", "cliniq", "klinisch", "clínic")
# A section that presents the device's clinical data ("6. Clinical data", "Clinical evidence",
# "Clinical performance and safety", "Données cliniques", "Klinische Daten").
_CLINICAL_DATA_SECTION = re.compile(
    r"clinical (?:data|evidence|investigation|performance|safety|experience)|clinical stud|"
    r"données cliniques|preuves? cliniques?|investigations? cliniques?|klinische\w* (?:Daten|Bewertung|"
    r"Prüfung|Nachweis|Leistung|Sicherheit)|dati clinici|evidenz\w* clinic\w*|datos clínicos|"
    r"evidencia clínica", re.IGNORECASE)
# A list's lead-in that offers the items as the device's clinical evidence ("The clinical
# performance is supported by:", "Clinical data comprise:", "Données cliniques :").
_CLINICAL_LEAD_IN = re.compile(
    r"\bclinical\b|\bcliniques?\b|\bklinisch\w*|\bclinic[oiaeh]\w*|\bclínic\w*|"
    r"\b(?:support\w*|evidence|benefits?|performance|safety)\b", re.IGNORECASE)
# What non-clinical tests are for, wherever they are mentioned: biocompatibility, sterility,
# mechanical and electrical safety - not a clinical benefit offered on their basis.
_NON_CLINICAL_TOPIC = re.compile(
    r"biocompatib\w*|cytotox\w*|genotox\w*|sensiti[sz]ation|irritation|haemolys\w*|hemolys\w*|pyrogen\w*|"
    r"steril\w*|shelf[- ]life|mechanical (?:strength|testing|properties)|fatigue|electrical safety|"
    r"electromagnetic|biokompatib\w*|Sterilit\w*|stérilit\w*", re.IGNORECASE)
# Words that make a sentence about non-clinical work describe a study or test done, not a
# mechanism or a material.
_STUDY_OR_TEST = re.compile(
    r"\b(?:stud(?:y|ies)|model(?:s|led)?|experiments?|tests?|tested|testing|trials?|validat\w+|verified|"
    r"evaluat\w+|assessed|investigat\w+|implanted|examined|measured|étude|essais?|modèle|testé\w*|"
    r"évalué\w*|Studie\w*|Modell\w*|Versuch\w*|getestet|geprüft|untersucht|validiert|studi[oa]|"
    r"modell[oi]|test\w*|estudios?|modelos?|ensayos?|probad\w+|evaluad\w+)\b", re.IGNORECASE)


# The four patterns `_presented_as_clinical` tests on every sentence of the CER, for
# `Block.folded`: several times faster than re.IGNORECASE on a 1,000-page annex.
_STUDY_OR_TEST_FOLDED, _DECLARED_CLINICAL_FOLDED, _NON_CLINICAL_TOPIC_FOLDED, _BENEFIT_FOLDED = (
    lowered_pattern(p) for p in (_STUDY_OR_TEST, _DECLARED_CLINICAL, _NON_CLINICAL_TOPIC, _BENEFIT))


class NonClinicalEvidence(Rule):
    """Cited evidence whose subject is not human clinical use of the device.

    What it finds:
        Evidence entries of the CER, CEAR or SSCP (literature-table rows, reference-list items,
        study sentences) whose subject is animals, aquaculture / fish farming, water treatment,
        food, cosmetics, in vitro work or another device, presented as clinical data (outside
        pre-clinical sections) or cited by a clinical claim. A reference-list item that the
        document cites only from its pre-clinical (bench, biocompatibility, animal) sections, from
        a table titled so ("Table 4 - Supportive pre-clinical studies"), or in a clause that
        names it so ("Clinical data: the study MF-01 (52 patients) [1], supportive pre-clinical
        studies [3] [4]"), or does not cite at all, is filed as non-clinical data, not presented
        as clinical data. A source is reported once, quoting its table row, its reference-list
        item and the sentence that rests a benefit on it together (joined by reference number,
        first author or report number such as "VU-PRE-11"). A sentence that rests a
        clinical benefit on pre-clinical data alone ("Pain relief and vertebral height
        restoration are supported by the ovine fracture model and the cadaveric study") is
        quoted with the non-clinical evidence rows it relies on, en/fr/de/it/es. So is a sentence
        or list item of the CER or SSCP that presents animal, phantom, cadaver or in vitro work as
        clinical data: declaring it so ("validated on a silicone phantom and in pigs, which is
        considered sufficient clinical data", "clinically demonstrated by the ovine study",
        "cliniquement démontrée", "klinisch nachgewiesen"), or listing it as a study after a lead-in of a
        clinical-data section ("The clinical performance is supported by: - a rabbit model
        study ..."). A declaration that points back to the sentence before ("The porcine study
        TR-CL-07 in 12 animals showed ... [2]. This demonstrates the clinical benefit ... and is
        the main clinical evidence"; "Ces données constituent ...", "Dies belegt den klinischen
        Nutzen ...", also after an impersonal lead: "It is confirmed that this result supports
        ... and is used as pivotal clinical data", with the whom-for "in human carcinoma" and
        "the subject device" naming no human data) is read with the study that sentence
        describes ("... in 12 porcine kidneys": counted organs of a species are animal data), and
        both sentences are quoted
        in the one finding of that study; not in a pre-clinical section, not when the text says the data are not
        clinical evidence, and not for biocompatibility or sterility testing. The literature
        search's selection criteria ("Exclusion reasons: animal or bench studies, ...") are not
        evidence entries, and an animal origin of the device's material ("porcine collagen",
        "fibres of animal origin", "tierischen Ursprungs") does not make a human study an animal one.
        A study the text first calls pre-clinical and then declares clinical evidence ("Pre-clinical
        study X in 16 rabbits ... This study is regarded as clinical evidence ... in humans") is
        reported: the declaration, not the label, says how it is used. A row on another device
        tagged with its role ("...; SotA"), or named by author-year or trial acronym ("Smith 2017
        (LOTUS)") in an appraisal row or sentence that keeps it to the state of the art
        ("background and acceptance criteria only", "literature (LOTUS) for SotA"), is context,
        not the device's clinical data.

    Why a panel cares:
        Clinical data are data from use of the device in humans (MDR Art. 2(48)). The panel
        criticised an ozone wound device whose CER relied on aquatic ozone studies. Non-clinical
        data replace clinical data only with a justification (Art. 61(10)).

    Example:
        CER literature table: "[4] Ozone disinfection of recirculating aquaculture systems |
        Atlantic salmon | ..." supporting "OzoCare accelerates wound healing [4]".

    Use instead:
        Cite clinical studies of the device (or an equivalent device) in the intended population;
        move bench and animal data to the pre-clinical section.

    References:
        MDR Art. 2(48); MDR Art. 61(10); MDR Annex XIV Part A 1(c).
    """

    code = "EV001"
    name = "non-clinical-evidence"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Evidence from a non-clinical subject supports clinical claims"
    references = ("MDR Art. 2(48)", "MDR Art. 61(10)", "MDR Annex XIV Part A 1(c)")
    recommendation = ("Support clinical claims with clinical data on the device in humans; present "
                      "animal, in vitro and other-field data as pre-clinical, with a justification.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        # One finding per source: a study table's row, the reference list's entry of the same
        # reference ("[4]", "4. Stewart ...", "Stewart et al. 2021") and the sentence that rests a
        # benefit on it ("... in the sheep implantation model VU-PRE-11") are one problem, quoted
        # from every place. Findings sharing a reference number, first author or report number
        # are joined; the sentence's finding leads, as it says what the source is used for.
        groups: list[tuple[set, list[Finding]]] = []
        items = [(f, _source_keys(e) | _list_number(facts, e) | {(e.document, "quote", e.location.quote)}, False)
                 for f, e in self._non_clinical_entries(facts)]
        items += [(f, keys, True) for f, keys in self._benefits_on_preclinical(facts, evidence_facts(facts))]
        quoted = {loc.quote for f, _, _ in items for loc in f.locations}
        items += [(f, keys, True) for f, keys in self._presented_as_clinical(facts, quoted)]
        for finding, keys, leads in items:
            joined = [g for g in groups if keys & g[0]]
            merged_keys = set(keys).union(*(g[0] for g in joined))
            earlier = [f for g in joined for f in g[1]]
            merged = [finding, *earlier] if leads else [*earlier, finding]
            groups = [g for g in groups if not any(g is j for j in joined)] + [(merged_keys, merged)]
        for _, findings in groups:
            first = findings[0]
            locations = list(dict.fromkeys(loc for f in findings for loc in f.locations))
            yield replace(first, locations=locations) if len(findings) > 1 else first

    def _non_clinical_entries(self, facts: FactBase) -> Iterable[tuple[Finding, Fact]]:
        evidence = evidence_facts(facts)
        claims = facts.of(FactKind.CLAIM)
        for entry in evidence:
            if is_clinical_subject(entry.value.subject):
                continue
            citing = [c for c in claims if entry in cited_entries(c.value, evidence)]
            # a section on pre-clinical data, or the entry's own words ("supplementary
            # preclinical data (minipig, TR-09)") say the data are not offered as clinical
            # a device-description section (MDR Annex II 1.1: what the device is, how it works)
            # states bench or animal findings as properties of the device, not as clinical data
            preclinical = (any_heading(_PRECLINICAL, _headings(entry)) or device_section(_headings(entry))
                           or bool(_LABELLED_PRECLINICAL.search(entry.location.quote))
                           or bool(_LABELLED_CONTEXT_ONLY.search(entry.location.quote)))
            if (preclinical or _cited_as_preclinical(facts, entry) or _in_preclinical_table(facts, entry)
                    or _declared_context_only(facts, entry) or _kept_apart_next(facts, entry)
                    or _listed_with_own_design(facts, entry)) and not citing:
                continue
            label = subject_label(entry.value.subject)
            if citing:
                message = (f'{citing[0].document} supports the claim "{citing[0].location.quote}" with '
                           f'{entry.document}\'s "{entry.value.citation}", a study on {label}, not on '
                           "human clinical use of the device.")
            else:
                message = (f'{entry.document} presents "{entry.value.citation}" as clinical data, but '
                           f"its subject is {label}, not human clinical use of the device.")
            yield self.finding(message, [entry, *citing[:2]]), entry

    def _benefits_on_preclinical(self, facts: FactBase, evidence: list[Fact]
                                 ) -> Iterable[tuple[Finding, set[tuple]]]:
        non_clinical = [e for e in evidence if not is_clinical_subject(e.value.subject)
                        and not is_reference_section(e.location.section)]
        for document in facts.documents_with_role(Role.CER, Role.SSCP, Role.CEAR):
            for index in sorted(blocks_containing(document, _SHORTEST_PRECLINICAL_CUES)):
                block = document.blocks[index]
                if (block.kind in (BlockKind.HEADING, BlockKind.TABLE_ROW) or is_reference_section(block.section)
                        or any_heading(_PRECLINICAL, block.heading_path)):
                    continue
                for start, end in sentences(block):
                    sentence = block.normalized[start:end]
                    support = _PRECLINICAL_SUPPORT.search(sentence)
                    if (support is None or not names_benefit(sentence)
                            or _HUMAN_DATA.search(sentence) or is_negated(sentence, support.start())):
                        continue
                    fact = make_fact(document, block, FactKind.CLAIM, sentence, (start, end))
                    keys = _cited_keys(document.path, sentence)
                    own = [e for e in non_clinical if e.document == document.path]
                    # the rows of the sources it names; without a name, the document's first ones
                    rows = ([e for e in own if _source_keys(e) & keys] if keys else own)[:2]
                    also = ("; the evidence it relies on: " + "; ".join(f'"{e.location.quote}"' for e in rows)
                            if rows else "")
                    yield self.finding(
                        f'{document.path} rests a clinical benefit on pre-clinical data only: '
                        f'"{fact.location.quote}"{also}. Animal, cadaver, bench and in vitro models '
                        "show a mechanism, not a clinical benefit in patients.",
                        [fact, *rows]), keys

    def _presented_as_clinical(self, facts: FactBase, quoted: set[str]
                               ) -> Iterable[tuple[Finding, set[tuple]]]:
        """Sentences and list items of the CER or SSCP that present animal, phantom, cadaver or
        in vitro work as clinical data: declared so ("..., which is considered sufficient
        clinical data") anywhere outside a pre-clinical section, or described as a study or
        test in a clinical-data section ("- a rabbit model study of vessel wall injury")."""
        # (pre-clinical, clinical-data) per heading path; `any_heading` also remembers each
        # heading's answer, as the thousands of paths of a long annex share their upper headings
        sections: dict[tuple[str, ...], tuple[bool, bool]] = {}
        for document in facts.documents_with_role(Role.CER, Role.SSCP):
            lead_in = ""
            for block in document.blocks:
                if block.kind is BlockKind.HEADING:
                    lead_in = ""
                if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                    continue
                path = block.heading_path
                if path not in sections:
                    sections[path] = (any_heading(_PRECLINICAL, path),
                                      any_heading(_CLINICAL_DATA_SECTION, path))
                preclinical_section, in_clinical_section = sections[path]
                if preclinical_section or is_reference_section(block.section):
                    continue
                # every declaration names clinical data in one of these words: a cheap test
                # before the declaration pattern on each sentence
                may_declare = any(word in block.folded for word in _CLINICAL_WORDS)
                if block.kind is BlockKind.LIST_ITEM:
                    # a list presents the device's clinical evidence only after a lead-in saying so
                    in_clinical_section = in_clinical_section and bool(_CLINICAL_LEAD_IN.search(lead_in))
                else:
                    lead_in = block.normalized
                spans = ([(0, len(block.normalized))] if block.kind is BlockKind.LIST_ITEM
                         else list(sentences(block)))
                previous: tuple[int, int] | None = None
                for start, end in spans:
                    before, previous = previous, (start, end)
                    sentence = block.normalized[start:end]
                    folded = block.folded[start:end]
                    declared = _DECLARED_CLINICAL_FOLDED.search(folded) if may_declare else None
                    if declared is not None and is_negated(sentence, declared.start()):
                        declared = None  # "are not considered clinical data"
                    if declared is not None and before is not None and block.kind is BlockKind.PARAGRAPH:
                        found = self._anaphoric_declaration(document, block, before, (start, end), declared)
                        if found is not None:
                            yield found
                            continue
                    if declared is None and not (
                            in_clinical_section and _STUDY_OR_TEST_FOLDED.search(folded)
                            and not _NON_CLINICAL_TOPIC_FOLDED.search(folded)
                            and (block.kind is BlockKind.LIST_ITEM or _BENEFIT_FOLDED.search(folded))):
                        continue
                    # the declaration itself ("sufficient clinical data") names no human data
                    rest = sentence if declared is None else sentence[:declared.start()] + sentence[declared.end():]
                    subject = subject_of(rest)
                    # "... will remain stable in amputee patients": whom the declared benefit is
                    # for, not data from people ("in 48 patients" is a count and stays)
                    human = rest if declared is None else _TARGET_POPULATION.sub(
                        lambda m: m.group() if any(c.isdigit() for c in m.group()) else " ", rest)
                    if (is_clinical_subject(subject) or _HUMAN_DATA.search(human)
                            or _LABELLED_PRECLINICAL.search(sentence) or _LABELLED_CONTEXT_ONLY.search(sentence)
                            or _NOT_CLINICAL_EVIDENCE.search(sentence)):
                        continue
                    fact = make_fact(document, block, FactKind.CLAIM, sentence, (start, end))
                    if any(fact.location.quote in q or q in fact.location.quote for q in quoted if q):
                        continue
                    how = ("declares it clinical data" if declared is not None
                           else f'presents it under "{block.section}"')
                    yield self.finding(
                        f'{document.path} relies on a study of {subject_label(subject)}, not of human '
                        f'use of the device, and {how}: "{fact.location.quote}". Clinical data come from '
                        "the use of the device in humans; non-clinical data replace them only with a "
                        "justification under Art. 61(10).",
                        [fact]), _cited_keys(document.path, sentence)


    def _anaphoric_declaration(self, document, block, before: tuple[int, int], span: tuple[int, int],
                               declared: re.Match[str]) -> tuple[Finding, set[tuple]] | None:
        """A declaration whose subject points back to the sentence before ("The porcine study
        TR-CL-07 in 12 animals showed ... [2]. This demonstrates the clinical benefit ... and is
        the main clinical evidence"; "Ces données constituent ...", "Dies belegt ..."): the study
        is described in that sentence, and both are quoted. Patients named as the population the
        benefit is for ("in patients with cardiogenic shock") are not human data."""
        sentence = block.normalized[span[0]:span[1]]
        study = block.normalized[before[0]:before[1]]
        head = sentence[:declared.start()]
        # "... supports the efficacy in human renal cell carcinoma": whom the benefit is for, not
        # the sentence's own subject ("in 48 patients" is a count and stays)
        own_head = _TARGET_POPULATION.sub(lambda m: m.group() if any(c.isdigit() for c in m.group()) else " ", head)
        if not _ANAPHOR.match(head) or subject_of(own_head) is not None:
            return None
        rest = _TARGET_POPULATION.sub(" ", head + " " + sentence[declared.end():])
        subject = subject_of(study)
        # "n = 9 sheep" counts animals: the study's subject already says whose data they are
        human_in_study = any(not m.group().lower().startswith("n") for m in _HUMAN_DATA.finditer(study))
        if (is_clinical_subject(subject) or human_in_study or _HUMAN_DATA.search(rest)
                or not (_STUDY_OR_TEST.search(study) or _STUDY_IN_COMPOUND.search(study))
                or _LABELLED_PRECLINICAL.search(sentence)
                or any(p.search(text) for p in (_LABELLED_CONTEXT_ONLY, _NOT_CLINICAL_EVIDENCE)
                       for text in (study, sentence))):
            return None
        study_fact = make_fact(document, block, FactKind.CLAIM, study, before)
        fact = make_fact(document, block, FactKind.CLAIM, sentence, span)
        finding = self.finding(
            f'{document.path} describes a study of {subject_label(subject)}, not of human use of the '
            f'device, "{study_fact.location.quote}", and declares it clinical data in the next sentence: '
            f'"{fact.location.quote}". Clinical data come from the use of the device in humans; non-clinical '
            "data replace them only with a justification under Art. 61(10).",
            [study_fact, fact])
        # the study's sentence may also be an evidence entry of its own: one finding for both
        keys = _cited_keys(document.path, study) | {(document.path, "quote", study_fact.location.quote)}
        return finding, keys


# A sentence that refers back to the one before: "This demonstrates ...", "These results
# constitute ...", "Such data are ...", "Ces données constituent ...", "Dies belegt ...",
# "Diese Ergebnisse ...", "Questi dati ...", "Estos resultados ...".
_ANAPHOR = re.compile(
    r"^\W*(?:(?:taken\s+together|overall|thus|therefore|hence|collectively|together),?\s+)?"
    # an impersonal lead: "It is confirmed that this result ...", "We conclude that these data
    # ...", "Il est établi que ces résultats ...", "Es wird bestätigt, dass diese Daten ..."
    r"(?:(?:it\s+(?:is|was|has\s+been)\s+(?:\w+\s+)?(?:confirmed|considered|concluded|shown|demonstrated|"
    r"established|evident|clear|assumed|accepted|believed|expected)|we\s+(?:\w+\s+)?(?:conclude|consider|confirm|"
    r"believe|assume)|il\s+est\s+(?:confirmé|considéré|établi|admis|démontré)|es\s+(?:wird|ist|wurde)\s+"
    r"(?:bestätigt|angenommen|festgestellt|belegt)),?\s+(?:that|que|dass)\s+)?"
    r"(?:this|these|those|such|the(?:se)?\s+(?:results?|data|findings|observations|outcomes?)|"
    r"ce(?:s|tte)?|ceci|cela|dies(?:e[rsnm]?)?|das|diese\w*|solche\w*|"
    r"quest[oaie]|ci[oò]|tali|est[oae]s?|esto|dich[oa]s?|tales)\b",
    re.IGNORECASE)
# A study named inside a compound word: "Schweinestudie", "Tierversuch", "Schafmodell".
_STUDY_IN_COMPOUND = re.compile(r"\w(?:studie|versuch|modell)\w*", re.IGNORECASE)
# The population a benefit is declared for, which names patients without being human data:
# "in patients with cardiogenic shock", "chez les patients", "bei Patienten", "nei pazienti".
_TARGET_POPULATION = re.compile(
    r"\b(?:in|for|to|of|among|chez|pour|aux?|des|bei|für|von|nei|negli|per|dei|en|para|de)\s+(?:\w+\s+){0,3}?"
    r"(?:patients?|Patient\w*|pazienti|pacientes|human\s+use)\b|"
    # "... accepted as clinical evidence of the performance in human lesions / in humans": the
    # claim's target, not data from people (a count, "in 20 human volunteers", is not matched)
    r"\b(?:in|for|to)\s+(?:the\s+)?humans?\b(?!\s+(?:subjects?|volunteers?|participants?|cadavers?))|"
    r"\bchez\s+l['’]homme\b|\b(?:beim|am)\s+Menschen\b|\bnell['’]uomo\b|\ben\s+(?:el\s+)?humanos?\b",
    re.IGNORECASE)


# "not clinical data", "cannot replace clinical data", "do not constitute clinical evidence",
# "in addition to the clinical data", "before clinical use": said of non-clinical data, they
# keep them apart from the clinical evidence.
_NOT_CLINICAL_EVIDENCE = re.compile(
    r"\b(?:not|no|never|neither|nor|cannot|can ?not|n['’]t)\b[^.;]{0,40}?\b(?:clinical (?:data|evidence)|"
    r"substitut\w*|replac\w*)|\b(?:in addition to|complement\w*|supplement\w*|prior to|before|"
    r"ahead of|pending|until)\b[^.;]{0,30}?\bclinical\b|\bne\b[^.;]{0,40}?\bpas\b|"
    r"\b(?:kein\w*|nicht)\b[^.;]{0,40}?\bklinisch\w*|\b(?:non|no)\s+(?:sono|son|costituiscono|constituyen)\b",
    re.IGNORECASE)


# A reference list's "Lindqvist H, Sørensen K, ..." or a row's "Stewart et al." / "Stewart MT et
# al.": the first author, without the year (rows and reference lists often disagree on it).
_FIRST_AUTHOR = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ'’-]{2,})(?:\s+[A-Z]{1,3})?,?\s+et\s+al\b|"
                           r"^\s*(?:\[\d{1,3}\]\s*|\d{1,3}[.)]\s*)?([A-ZÀ-Þ][a-zà-ÿ'’-]{2,})\s+[A-Z]{1,3}\b")


# A report number: "VU-PRE-11", "HV-TR-115", "TR-044", "BT-2021-17" (a hyphen before at least two
# digits); not a standard ("ISO-10993"), a cytokine ("IL-10") or a virus ("COVID-19").
_REPORT_NUMBER = re.compile(
    r"\b(?!(?:ISO|IEC|EN|ASTM|DIN|ANSI|AAMI|MDCG|MEDDEV|IL|TNF|CD|HLA|COVID|SARS|HIV|HPV|HCV|HBV)\b)"
    r"[A-Z][A-Z0-9]{0,7}(?:[-_][A-Z0-9]{1,8})*[-_]\d{2,}[A-Z]?\b")


def _source_keys(entry: Fact) -> set[tuple]:
    """The references an entry names, in its document: its number ("[4]", "4. Stewart ..."),
    its first author ("Stewart et al.") and its report number ("VU-PRE-11 | sheep ..."); empty
    when none is written."""
    text = entry.location.quote
    keys: set[tuple] = {(entry.document, "number", key) for key in citation_keys(text) if key.isdigit()}
    author = _FIRST_AUTHOR.search(text)
    if author:
        keys.add((entry.document, "author", (author.group(1) or author.group(2)).lower()))
    keys |= {(entry.document, "report", m.group()) for m in _REPORT_NUMBER.finditer(text)}
    # "Ramanathan 2001 (CHIME) | Cohort ...": the author-year and the study's acronym that lead
    # the row name it as a later sentence or appraisal row does
    keys |= {(entry.document, "author", key.split()[0]) for key in citation_keys(text) if " " in key}
    keys |= {(entry.document, "acronym", m.group(1)) for m in _STUDY_ACRONYM.finditer(text[:80])}
    return keys


# A trial's acronym in brackets: "(CHIME)", "(EARLYSTIM)", "(PARTNER-3)".
_STUDY_ACRONYM = re.compile(r"\(([A-Z][A-Z0-9]{3,}(?:-[A-Z0-9]+)?)\)")


def _list_number(facts: FactBase, entry: Fact) -> set[tuple]:
    """A reference-list item's number when the list numbers it outside its text (Markdown and
    DOCX numbering): "[2]" in the prose cites the second item."""
    if not is_reference_section(entry.location.section):
        return set()
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    number = _ordinal(document, entry) if document is not None else None
    return set() if number is None else {(entry.document, "number", str(number))}


def _cited_keys(document: str, sentence: str) -> set[tuple]:
    """The sources a sentence cites, as `_source_keys` names them: "[4]", "Stewart et al. 2021",
    "the sheep implantation model VU-PRE-11"."""
    keys: set[tuple] = set()
    for key in citation_keys(sentence):
        if key.isdigit():
            keys.add((document, "number", key))
        elif " " in key:
            keys.add((document, "author", key.split()[0]))
    keys |= {(document, "report", m.group()) for m in _REPORT_NUMBER.finditer(sentence)}
    keys |= {(document, "acronym", m.group(1)) for m in _STUDY_ACRONYM.finditer(sentence)}
    return keys


def _headings(fact) -> tuple[str, ...]:
    return (fact.location.section or "",)


# "TR-044", "BT-2021-17": a report's identifier; a bench report is cited by it as often as by number.
_IDENTIFIER = re.compile(r"\b[A-Z]{1,6}[-_]?\d[\w-]*\d\b|\b[A-Z]{1,6}[-_]\d+\b")


def _declared_context_only(facts: FactBase, entry: Fact) -> bool:
    """Whether a sentence of the entry's document that cites it (by number, first author or
    report number) says it serves only as context: "The published trial [2] was performed with
    a device of another manufacturer; it is used only as state-of-the-art benchmark and not as
    clinical data of the device." The table row itself need not repeat it."""
    keys = _source_keys(entry)
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    if not keys or document is None:
        return False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or not _LABELLED_CONTEXT_ONLY.search(block.normalized):
            continue
        for start, end in sentences(block):
            sentence = block.normalized[start:end]
            if _LABELLED_CONTEXT_ONLY.search(sentence) and _cited_keys(entry.document, sentence) & keys:
                return True
    return False


def _kept_apart_next(facts: FactBase, entry: Fact) -> bool:
    """Whether the sentence right after a prose entry refers back to it and keeps it apart from
    the clinical evidence: "The porcine study TR-CL-07 showed ... These results are not
    considered clinical evidence", "Ces données ne remplacent pas les données cliniques"."""
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    quote = entry.location.quote
    if document is None or not quote:
        return False
    for block in document.blocks:
        if block.kind is not BlockKind.PARAGRAPH or quote not in block.full_quote:
            continue
        spans = sentences(block)
        for (start, end), (next_start, next_end) in zip(spans, spans[1:]):
            if quote not in block.quote(start, end):
                continue
            following = block.normalized[next_start:next_end]
            return bool(_ANAPHOR.match(following)) and bool(
                _NOT_CLINICAL_EVIDENCE.search(following) or _LABELLED_CONTEXT_ONLY.search(following))
    return False


def _cited_as_preclinical(facts: FactBase, entry: Fact) -> bool:
    """Whether a reference-list item is filed as non-clinical data: cited (by its number, its
    author and year, or its report identifier) only in pre-clinical sections, in tables titled
    pre-clinical ("Table 4 - Supportive pre-clinical studies"), or in clauses that name it so
    ("Clinical data: the study MF-01 (52 patients) [1], supportive pre-clinical studies [3] [4]"),
    or not cited at all: a reference list only lists; it presents nothing as clinical data."""
    if not is_reference_section(entry.location.section):
        return False
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    if document is None:
        return False
    keys = set(citation_keys(entry.value.citation))
    number = _ordinal(document, entry)
    if number is not None:
        keys.add(str(number))
    identifiers = set(_IDENTIFIER.findall(entry.location.quote))
    if not keys and not identifiers:
        return True
    for index, block in enumerate(document.blocks):
        if block.kind is BlockKind.HEADING or is_reference_section(block.section):
            continue
        text = block.normalized
        if not (citation_keys(text) & keys or any(i in text for i in identifiers)):
            continue
        if any_heading(_PRECLINICAL, (block.section or "", *block.heading_path[1:])):
            continue
        if block.kind is BlockKind.TABLE_ROW and _PRECLINICAL.search(_table_title(document, index)):
            continue
        if not _labelled_where_cited(text, keys, identifiers):
            return False
    return True


# A citation in a text: "[3]", "[3, 4]", "(3)", "ref. 3", "Rossi et al. 2021".
_CITATION_AT = re.compile(r"\[[\d,\s;–-]+\]|\(\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*\)|(?:refs?|réf|Lit)\.?\s*\d[\d,\s;–-]*|"
                          r"[A-ZÀ-Ý][\w'-]+(?: et al\.?| and [A-Z][\w'-]+| & [A-Z][\w'-]+)?,? \(?(?:19|20)\d{2}\)?",
                          re.IGNORECASE)


def _labelled_where_cited(text: str, keys: set[str], identifiers: set[str]) -> bool:
    """Whether every citation of the item in `text` stands in a clause that names it pre-clinical,
    bench, laboratory or animal data (the clause before it, or a short one right after it:
    "[4] (in vitro seeding)")."""
    spans = [m.span() for m in _CITATION_AT.finditer(text) if citation_keys(m.group()) & keys]
    spans += [(at, at + len(i)) for i in identifiers if (at := text.find(i)) >= 0]
    if not spans:
        return False
    for start, end in spans:
        before = clause_before(text, start)
        after = text[end:end + 60].split(";")[0].split(",")[0]
        if not (_PRECLINICAL.search(before) or _LABELLED_PRECLINICAL.search(after)
                or (after.lstrip().startswith("(") and _PRECLINICAL.search(after))):
            return False
    return True


# The pre-clinical subjects a study type can be stated for ("Animal study", "In vitro (AATCC
# 100)", "bench and porcine model"); data from another field (aquaculture, cosmetics) are no
# pre-clinical study of the device, whatever their row says.
_PRECLINICAL_SUBJECTS = ("animal", "in_vitro")
# "(3)" opening a list item or an enumeration ("Clinical data: (1) ...; (2) ...; (3) ..."):
# an item's number, not a citation of reference 3.
_ENUMERATOR = re.compile(r"\(\d{1,2}\)")
# Where an entry's cells or clauses part: "|", ",", ";", ":", brackets, " - ".
_ENTRY_PARTS = re.compile(r"\s*[|,;:：()\[\]]\s*|\s+[-–]\s+")


# A cell made only of study-type words ("Bench/animal", "In vitro / ex vivo", "Pre-clinical",
# "Tierversuch"): the design column of an evidence table, not a population.
_DESIGN_WORD = (r"(?:pre-?clinical|non-?clinical|bench(?:[- ]?top)?|in[- ]vitro|ex[- ]vivo|in[- ]vivo\s+animal|animal|"
                r"cadaver(?:ic)?|laboratory|préclinique|non[- ]clinique|banc(?:\s+d'essai)?|cadavérique|vorklinisch|"
                r"nicht-?klinisch|Labor|Tierversuch|Tier|preclinico|animale|cadaverico|preclínico|cadavérico)")
_DESIGN_CELL = re.compile(r"^" + _DESIGN_WORD + r"(?:\s*(?:/|&|\+|\band\b|\bor\b|\bund\b|\bet\b|\be\b|\by\b)\s*"
                          + _DESIGN_WORD + r")*(?:\s+(?:data|work|testing|tests?))?$", re.IGNORECASE)


def _states_own_design(text: str) -> bool:
    """Whether a cell or clause of an entry names its study type as animal or in vitro work:
    "Animal study, 24 sheep", "Rabbit implantation study", "bench and porcine model", "In vitro
    (AATCC 100)", "In vitro seeding with human fibrochondrocytes", a design cell "Bench/animal";
    not a bare population cell ("Sheep") nor a title that only mentions a model in passing."""
    for part in _ENTRY_PARTS.split(text):
        if not part or len(part.split()) > 6:
            continue
        if _DESIGN_CELL.match(part.strip()):
            return True
        subject = subject_of(part)
        if subject == "in_vitro" or (subject in _PRECLINICAL_SUBJECTS and (
                _STUDY_OR_TEST.search(part) or _STUDY_IN_COMPOUND.search(part))):
            return True
    return False


def _listed_with_own_design(facts: FactBase, entry: Fact) -> bool:
    """Whether a table row or reference-list item of animal or in vitro work states its study type
    itself ("AE-BENCH-12 | bench and porcine model | n.a.", "[3] TY-ANI-2019 (ovine): Animal
    study, 24 sheep") and no prose of its document cites it: a table of all data sets that
    lists pre-clinical work as what it is presents nothing as clinical data. A sentence that
    cites it ("Studies [3] and [4] ... are included in the clinical evidence") decides how it is
    used, so a cited entry is judged as before; a sentence that relies on the work without
    citing it ("The ovine study demonstrates the clinical performance") is reported by itself."""
    if entry.value.subject not in _PRECLINICAL_SUBJECTS:
        return False
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    quote = entry.location.quote
    if document is None or not quote:
        return False
    row = next((b for b in document.blocks if b.kind is BlockKind.TABLE_ROW and quote in b.full_quote), None)
    if row is None and not is_reference_section(entry.location.section):
        return False  # a sentence of prose describes how it uses the work: judged as such
    if not _states_own_design(row.normalized if row is not None else quote):
        return False
    # beside the device's clinical studies, listed as what it is; a table (or reference list)
    # whose rows are all animal or bench work offers them as the clinical data themselves
    if row is not None:
        beside = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW and b is not row
                  and b.table_index == row.table_index and b.row_index]
    else:
        beside = [b for b in document.blocks if b.section == entry.location.section
                  and b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and quote not in b.full_quote]
    if not any(is_clinical_subject(subject_of(b.normalized)) for b in beside):
        return False
    keys = set(citation_keys(entry.value.citation))
    if is_reference_section(entry.location.section) and (number := _ordinal(document, entry)) is not None:
        keys.add(str(number))
    identifiers = set(_IDENTIFIER.findall(quote))
    for block in document.blocks:
        if (block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or is_reference_section(block.section)
                or quote in block.full_quote):
            continue
        text = block.normalized
        cited = any(i in text for i in identifiers) or bool(
            keys and any(citation_keys(m.group()) & keys for m in _CITATION_AT.finditer(text)
                         if not _ENUMERATOR.match(text, m.start())
                         or text[:m.start()].rstrip()[-1:] not in ("", ":", ";")))
        if any_heading(_PRECLINICAL, block.heading_path):
            continue
        # even "supported by bench study X" uses the work for something: judged as before
        if cited or _relies_on(block, entry.value.subject):
            return False
    return True


def _relies_on(block, subject: str) -> bool:
    """Whether a sentence of the block rests a result on work of that subject without citing it:
    "... is demonstrated for the device by the RCT ... and by the porcine pocket model", "The
    ovine study demonstrates the clinical performance": the listed row is what it relies on."""
    if not any(cue in block.folded for cue in _SHORTEST_PRECLINICAL_CUES):
        return False
    for start, end in sentences(block):
        sentence = block.normalized[start:end]
        support = _PRECLINICAL_SUPPORT.search(sentence)
        if support is not None and not is_negated(sentence, support.start()):
            return True
        declared = _DECLARED_CLINICAL.search(sentence)
        if declared is not None and not is_negated(sentence, declared.start()) and subject_of(sentence) == subject:
            return True
    return False


def _table_title(document, index: int) -> str:
    """The caption or short paragraph right above the table that block `index` belongs to."""
    table = document.blocks[index].table_index
    while index > 0 and document.blocks[index - 1].kind is BlockKind.TABLE_ROW \
            and document.blocks[index - 1].table_index == table:
        index -= 1
    if index == 0:
        return ""
    above = document.blocks[index - 1]
    if above.kind in (BlockKind.CAPTION, BlockKind.PARAGRAPH) and len(above.text) <= 200:
        return above.text
    return ""


def _in_preclinical_table(facts: FactBase, entry: Fact) -> bool:
    """Whether a table-row entry belongs to a table titled pre-clinical ("Table 6: Supportive
    pre-clinical studies") or headed so ("Pre-clinical study | Model | Duration")."""
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    if document is None:
        return False
    for index, block in enumerate(document.blocks):
        if (block.kind is BlockKind.TABLE_ROW and block.section == entry.location.section
                and entry.location.quote and entry.location.quote in block.text):
            if _PRECLINICAL.search(_table_title(document, index)):
                return True
            header = next((b for b in document.blocks[max(0, index - 400):index + 1]
                           if b.kind is BlockKind.TABLE_ROW and b.table_index == block.table_index
                           and b.row_index == 0), None)
            return header is not None and bool(_LABELLED_PRECLINICAL.search(header.normalized))
    return False


def _ordinal(document, entry: Fact) -> int | None:
    """The item's number in its reference list, counting the list's items in order (Markdown and
    DOCX numbering is not part of the block text)."""
    number = 0
    for block in document.blocks:
        if block.section != entry.location.section or block.kind is not BlockKind.LIST_ITEM:
            continue
        number += 1
        if entry.location.quote in block.text or entry.location.quote in block.normalized:
            return number
    return None

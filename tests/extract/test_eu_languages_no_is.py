"""IFUs in Norwegian (Bokmål) and Icelandic: their sections, population bounds, population groups,
common contraindications and care settings are read from the vocabulary
(knowledge/vocabulary/population_quantities.yaml, population_groups.yaml, clinical_terms.yaml,
care_settings.yaml); the population groups of Bulgarian, Estonian, Latvian, Slovenian and
Croatian IFUs, and Lithuanian care settings, too. Icelandic, which langdetect does not know, is
recognised from the file name and from its letters."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.intended_use import (CONTRAINDICATIONS, ENVIRONMENT, INDICATIONS,
                                             INTENDED_PURPOSE, OTHER, USERS, WARNINGS,
                                             heading_kinds, vocabulary)
from panelproof.extract.model import FactKind
from panelproof.ingest.language import detect_language, language_from_text
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

# --- sections ----------------------------------------------------------------------------------

_HEADINGS = {
    "no": {INTENDED_PURPOSE: ["Tiltenkt bruk", "Beregnet bruk", "Formål"], INDICATIONS: ["Indikasjoner"],
           CONTRAINDICATIONS: ["Kontraindikasjoner"], WARNINGS: ["Advarsler", "Forsiktighetsregler",
                                                                 "Advarsler og forsiktighetsregler"],
           USERS: ["Tiltenkte brukere"], ENVIRONMENT: ["Bruksmiljø"], OTHER: ["Tekniske data"]},
    "is": {INTENDED_PURPOSE: ["Ætluð notkun", "Ætlaður tilgangur"], INDICATIONS: ["Ábendingar"],
           CONTRAINDICATIONS: ["Frábendingar"], WARNINGS: ["Varnaðarorð", "Sérstök varnaðarorð og varúðarreglur við notkun"],
           USERS: ["Ætlaðir notendur"], ENVIRONMENT: ["Notkunarumhverfi"], OTHER: ["Tæknilegar upplýsingar"]},
}


@pytest.mark.parametrize(("language", "kind", "heading"), [
    (language, kind, heading) for language, headings in _HEADINGS.items()
    for kind, titles in headings.items() for heading in titles])
def test_section_titles_are_recognised(language, kind, heading):
    assert kind in heading_kinds(heading), (language, heading)
    assert kind in heading_kinds(f"3. {heading}")


# --- population bounds -------------------------------------------------------------------------

_POPULATION_HEADING = {"no": "Pasientpopulasjon", "is": "Sjúklingahópur"}
_TECHNICAL_HEADING = {"no": "Tekniske data", "is": "Tæknilegar upplýsingar"}


def _document(language: str, text: str, heading: str | None = None, name: str | None = None):
    heading = heading or _HEADINGS[language][INTENDED_PURPOSE][0]
    return document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", name or f"IFU_{language}.md",
                              role=Role.IFU, language=language)


def _bounds(language: str, text: str, heading: str | None = None):
    return [(f.value.dimension, f.value.low and round(f.value.low, 4),
             f.value.high and round(f.value.high, 4), f.value.excluded)
            for f in population.extract(_document(language, text, heading), ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("no", "Enheten er beregnet for pasienter fra 18 år med en kroppsvekt på minst 10 kg.",
     [("age", 18, None, False), ("weight", 10, None, False)]),
    ("no", "Enheten er beregnet for barn i alderen 2 til 12 år.", [("age", 2, 12, False)]),
    ("no", "Skal ikke brukes hos barn under 2 år.", [("age", None, 2, True)]),
    ("no", "Enheten er beregnet for pasienter over 65 år.", [("age", 65, None, False)]),
    ("no", "Enheten er beregnet for voksne på 18 år og eldre.", [("age", 18, None, False)]),
    ("no", "Enheten er beregnet for spedbarn opp til 12 måneder.", [("age", None, 1, False)]),
    ("no", "Enheten er beregnet for pasienter som veier mellom 40 og 150 kg.", [("weight", 40, 150, False)]),
    ("is", "Tækið er ætlað sjúklingum frá 18 ára aldri með líkamsþyngd að minnsta kosti 10 kg.",
     [("age", 18, None, False), ("weight", 10, None, False)]),
    ("is", "Tækið er ætlað börnum á aldrinum 2 til 12 ára.", [("age", 2, 12, False)]),
    ("is", "Má ekki nota hjá börnum yngri en 2 ára.", [("age", None, 2, True)]),
    ("is", "Tækið er ætlað sjúklingum eldri en 65 ára.", [("age", 65, None, False)]),
    ("is", "Tækið er ætlað fullorðnum 18 ára og eldri.", [("age", 18, None, False)]),
    ("is", "Tækið er ætlað ungbörnum allt að 12 mánaða.", [("age", None, 1, False)]),
])
def test_population_bounds_are_read(language, text, expected):
    assert _bounds(language, text) == expected


@pytest.mark.parametrize(("language", "text"), [
    # how long a treatment lasted, a device stays or a warranty runs, not an age
    ("no", "Enheten er beregnet for pasienter etter minst 6 måneders konservativ behandling."),
    ("no", "Implantatet kan bli værende i kroppen i opptil 5 år."),
    ("is", "Tækið er ætlað sjúklingum eftir a.m.k. 6 mánaða íhaldssama meðferð."),
    ("is", "Ígræðan getur verið í líkamanum í allt að 5 ár."),
    ("is", "Tækinu fylgir 5 ára ábyrgð."),
])
def test_durations_are_no_ages(language, text):
    assert _bounds(language, text) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("no", "Pasienter opp til 150 kg.", ("weight", None, 150, False)),
    ("is", "Sjúklingar allt að 150 kg.", ("weight", None, 150, False)),
])
def test_population_and_technical_sections(language, text, expected):
    assert _bounds(language, text, _POPULATION_HEADING[language]) == [expected]
    # under technical data, numbers describe the device: only a statement of intent is a population
    assert _bounds(language, text, _TECHNICAL_HEADING[language]) == []


# --- population groups -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "group"), [
    ("nyfødte", "neonates"), ("premature nyfødte", "preterm_neonates"), ("spedbarn", "infants"),
    ("barn", "children"), ("ungdom", "adolescents"), ("voksne pasienter", "adults"),
    ("eldre pasienter", "elderly"), ("pediatriske pasienter", "paediatric"),
    ("nýburum", "neonates"), ("fyrirburar", "preterm_neonates"), ("ungbörnum", "infants"),
    ("börnum", "children"), ("unglingum", "adolescents"), ("fullorðnum sjúklingum", "adults"),
    ("aldraðir", "elderly"), ("börn og unglingar", "paediatric"),
    ("новородени", "neonates"), ("недоносени бебета", "preterm_neonates"), ("кърмачета", "infants"),
    ("деца", "children"), ("юноши", "adolescents"), ("възрастни пациенти", "adults"),
    ("пациенти в старческа възраст", "elderly"),
    ("vastsündinutele", "neonates"), ("enneaegsetele", "preterm_neonates"), ("imikutele", "infants"),
    ("lastele", "children"), ("noorukitele", "adolescents"), ("täiskasvanutele", "adults"), ("eakatele", "elderly"),
    ("jaundzimušajiem", "neonates"), ("zīdaiņiem", "infants"), ("bērniem", "children"),
    ("pusaudžiem", "adolescents"), ("pieaugušajiem", "adults"), ("gados vecākiem pacientiem", "elderly"),
    ("novorojenčkom", "neonates"), ("nedonošenčkom", "preterm_neonates"), ("dojenčkom", "infants"),
    ("otrokom", "children"), ("mladostnikom", "adolescents"), ("odraslim bolnikom", "adults"),
    ("starejšim bolnikom", "elderly"),
    ("novorođenčad", "neonates"), ("nedonoščad", "preterm_neonates"), ("dojenčad", "infants"),
    ("djeci", "children"), ("adolescentima", "adolescents"), ("odraslima", "adults"),
    ("starijim osobama", "elderly"),
])
def test_population_groups_are_recognised(text, group):
    assert [g for _, _, g, _ in population.find_groups(f"… {text} …")] == [group]


@pytest.mark.parametrize("text", [
    # words of other languages that are spelled as a group word of one of these
    "The certificate lapsed in 2021.", "Laste ned bruksanvisningen fra nettsiden.",
    "Premature failure of the battery was not observed.",
    "Pasienter eldre enn 65 år.",
])
def test_other_words_name_no_group(text):
    assert population.find_groups(text) == []


# --- language ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("Tækið er ætlað fullorðnum sjúklingum 18 ára og eldri. Ekki má nota tækið á meðgöngu.", "is"),
    ("Umbúðirnar eru ætlaðar til meðferðar á langvinnum sárum hjá fullorðnum sjúklingum.", "is"),
    ("Enheten er beregnet for voksne pasienter fra 18 år. Enheten skal ikke brukes under graviditet.", "no"),
    # Icelandic authors cited in English text
    ("The study was conducted at Landspítali in Reykjavík by Guðmundsson and Þórsdóttir on 200 "
     "adult patients with chronic wounds over twelve months.", "en"),
])
def test_language_of_the_text_is_detected(text, language):
    assert language_from_text(text) == language


@pytest.mark.parametrize("name", ["IFU_IS.md", "HydroHeal_IFU_is_rev2.md", "IFU_HydroHeal.md"])
def test_icelandic_document_uses_icelandic_words(name):
    document = document_from_text(
        "# Notkunarleiðbeiningar\n\n## Ætluð notkun\n\nTækið er ætlað fullorðnum sjúklingum 18 ára og eldri "
        "með líkamsþyngd að minnsta kosti 10 kg.\n", name, role=Role.IFU)
    assert detect_language(document) == "is"
    document = document_from_text(
        "# Notkunarleiðbeiningar\n\n## Ætluð notkun\n\nTækið er ætlað fullorðnum sjúklingum 18 ára og eldri "
        "með líkamsþyngd að minnsta kosti 10 kg.\n", name, role=Role.IFU, language="is")
    bounds = {(f.value.dimension, f.value.low) for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND}
    assert bounds == {("age", 18.0), ("weight", 10.0)}


# --- concepts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "concept"), [
    ("Aktiv infeksjon på implantasjonsstedet", "implant_site_infection"),
    ("Akutt eller kronisk infeksjon", "implant_site_infection"),
    ("Kjent allergi mot nikkel", "material_allergy"),
    ("Overfølsomhet for sølv", "material_allergy"),
    ("Graviditet og amming", "pregnancy"),
    ("Koagulasjonsforstyrrelser", "bleeding_disorder"),
    ("Blødningsforstyrrelser", "bleeding_disorder"),
    ("Trykksår", "pressure_ulcers"), ("Diabetiske fotsår", "diabetic_foot_ulcers"),
    ("Virk sýking á ígræðslustað", "implant_site_infection"),
    ("Bráð eða langvinn sýking", "implant_site_infection"),
    ("Þekkt ofnæmi fyrir nikkel", "material_allergy"),
    ("Meðganga og brjóstagjöf", "pregnancy"),
    ("Storkutruflanir", "bleeding_disorder"),
    ("Blæðingasjúkdómar", "bleeding_disorder"),
    ("Þrýstingssár", "pressure_ulcers"), ("Langvinn sár", "chronic_wounds"),
])
def test_common_contraindications_and_indications_are_recognised(text, concept):
    assert concept in {m.id for m in vocabulary("clinical_terms").find(text)}


@pytest.mark.parametrize(("text", "setting"), [
    ("Til bruk på sykehus", "hospital"), ("på intensivavdelingen", "icu"),
    ("på poliklinikken", "outpatient"), ("til hjemmebruk", "home"), ("hjemme", "home"),
    ("på sykehjem", "nursing_home"), ("i ambulanse", "pre_hospital"),
    ("Til notkunar á sjúkrahúsum", "hospital"), ("á gjörgæsludeild", "icu"),
    ("á skurðstofu", "operating_room"), ("á göngudeild", "outpatient"),
    ("í heimahúsum", "home"), ("til heimanotkunar", "home"), ("á hjúkrunarheimilum", "nursing_home"),
    ("í sjúkrabíl", "pre_hospital"),
    ("Naudoti ligoninėse", "hospital"), ("intensyviosios terapijos skyriuje", "icu"),
    ("operacinėje", "operating_room"), ("ambulatorinėje priežiūroje", "outpatient"),
    ("naudoti namuose", "home"),
])
def test_care_settings_are_recognised(text, setting):
    assert setting in {m.id for m in vocabulary("care_settings").find(text)}


@pytest.mark.parametrize("text", [
    "Rengjør enheten etter bruk.", "Hreinsið tækið eftir notkun.", "Po naudojimo išvalykite prietaisą.",
])
def test_ordinary_sentences_name_no_condition_or_setting(text):
    assert not vocabulary("clinical_terms").find(text)
    assert not vocabulary("care_settings").find(text)

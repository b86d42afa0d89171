"""Wording that language versions use differently (LA001): a device part placed in a vein is no
route of administration; a route inside a patient's condition is no exclusion; a lone group word
is a label; contraindications and indications known in every language; two bounds joined by
"or more than"."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use, population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

PURPOSE = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
           "it": "Destinazione d'uso", "es": "Finalidad prevista", "nl": "Beoogd doel"}
CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties"}


def _document(body: str, language: str, heading: str):
    return document_from_text(f"# {heading}\n\n{body}\n", f"IFU_{language}.md", language=language)


def routes(body: str, language: str, heading: str | None = None) -> tuple[set[str], set[str]]:
    facts = [f for f in intended_use.extract(_document(body, language, heading or PURPOSE[language]))
             if f.kind is FactKind.INTERFACE]
    return ({f.value.id for f in facts if not f.value.negated},
            {f.value.id for f in facts if f.value.negated})


@pytest.mark.parametrize(("body", "language"), [
    ("L'introducteur est destiné à l'introduction percutanée de cathéters dans la veine fémorale.", "fr"),
    ("Faire progresser le guide dans la veine sous contrôle radioscopique.", "fr"),
    ("El introductor está destinado a la introducción percutánea de catéteres en la vena femoral.", "es"),
    ("La vaina no debe permanecer en la vena más de 24 horas.", "es"),
    ("De introducer is niet bedoeld voor arteriële toegang en de voerdraad wordt intraveneus opgevoerd.", "nl"),
    ("Die Schleuse ist nicht für den arteriellen Zugang vorgesehen; der Führungsdraht wird in die Vene vorgeschoben.", "de"),
    ("Far avanzare il filo guida nella vena sotto guida fluoroscopica.", "it"),
    ("Advance the sheath into the vein over the guidewire.", "en"),
])
def test_a_device_part_in_a_vein_is_no_intravenous_route(body, language):
    stated, excluded = routes(body, language)
    assert "intravenous" not in stated | excluded


@pytest.mark.parametrize(("body", "language", "negated"), [
    ("For continuous infusion into a vein.", "en", False),
    ("Pompe pour la perfusion continue de médicaments dans la veine.", "fr", False),
    ("Die Pumpe ist für die intravenöse Infusion bestimmt.", "de", False),
    ("La bomba no está destinada a la administración intravenosa.", "es", True),
    ("De sheath is niet bedoeld voor intraveneuze toediening.", "nl", True),
    ("The introducer is not for intravenous administration.", "en", True),
])
def test_a_route_of_administration_is_still_read(body, language, negated):
    stated, excluded = routes(body, language)
    assert "intravenous" in (excluded if negated else stated)


@pytest.mark.parametrize(("body", "language", "route"), [
    ("- Intravenous administration", "en", "intravenous"),
    ("- Administration par voie intraveineuse", "fr", "intravenous"),
    ("- Transapikaler Zugang", "de", "transapical"),
    ("- Pacientes que requieren infusión intravenosa o epidural", "es", "intravenous"),
    ("- Uso per via endovenosa", "it", "intravenous"),
])
def test_a_route_a_contraindication_names_is_excluded(body, language, route):
    assert route in routes(body, language, CONTRA[language])[1]


def groups(body: str, language: str) -> set[tuple[str, bool]]:
    document = _document(body, language, PURPOSE[language])
    return {(f.value.id, f.value.negated) for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP}


@pytest.mark.parametrize(("body", "language", "group"), [
    ("Il dispositivo è destinato agli adulti.\n\nBambini\n\nNon utilizzare nei bambini sotto i 12 anni.", "it", "children"),
    ("Das Gerät ist für Erwachsene bestimmt.\n\nJugendliche:\n\nNicht bei Jugendlichen anwenden.", "de", "adolescents"),
    ("El dispositivo está destinado a adultos, excepto adolescentes.", "es", "adolescents"),
    ("Le dispositif est destiné aux adultes, sauf les adolescents.", "fr", "adolescents"),
    ("Das Gerät ist für alle Patienten außer Jugendlichen bestimmt.", "de", "adolescents"),
])
def test_a_lone_or_excepted_group_is_not_admitted(body, language, group):
    assert (group, False) not in groups(body, language)


@pytest.mark.parametrize(("body", "language", "group"), [
    ("Il dispositivo è destinato a bambini e adulti.", "it", "children"),
    ("Der Sensor ist für Jugendliche und Erwachsene bestimmt.", "de", "adolescents"),
])
def test_a_group_in_a_sentence_is_admitted(body, language, group):
    assert (group, False) in groups(body, language)


def clinical_ids(text: str) -> set[str]:
    return {m.id for m in vocabulary("clinical_terms").find(text)}


@pytest.mark.parametrize(("text", "concept"), [
    ("Active middle ear infection", "middle_ear_infection"),
    ("Otite moyenne active", "middle_ear_infection"),
    ("Akute Mittelohrentzündung", "middle_ear_infection"),
    ("Otite media attiva", "middle_ear_infection"),
    ("Actieve middenoorontsteking", "middle_ear_infection"),
    ("HbA1c > 10 % or active foot ulcer infection", "infected_ulcer"),
    ("HbA1c über 10 % oder infiziertem Fußulkus", "infected_ulcer"),
    ("úlcera del pie infectada", "infected_ulcer"),
    ("an adjunct to sutured dural repair", "neurosurgery"),
    ("Ergänzung des genähten Duraverschlusses", "neurosurgery"),
    ("riparazione durale suturata", "neurosurgery"),
    ("Patients whose anatomy does not allow a watertight suture", "unsuitable_anatomy"),
    ("Patienten, deren Anatomie keine sichere Platzierung erlaubt", "unsuitable_anatomy"),
    ("Pacientes cuya anatomía no permite el implante", "unsuitable_anatomy"),
])
def test_conditions_known_in_every_language(text, concept):
    assert concept in clinical_ids(text)


@pytest.mark.parametrize("text", ["Anatomie", "anatomy", "Anatomie vor der Anwendung prüfen.",
                                  "Verificare l'anatomia del paziente.", "die keine"])
def test_a_bare_anatomy_word_is_no_contraindication(text):
    assert "unsuitable_anatomy" not in clinical_ids(text)


@pytest.mark.parametrize(("body", "language"), [
    ("Bestemd voor volwassenen en kinderen vanaf 8 jaar of meer dan 25 kg.", "nl"),
    ("Bestimmt für Erwachsene und Kinder ab 8 Jahren oder mehr als 25 kg.", "de"),
    ("Destiné aux adultes et aux enfants à partir de 8 ans ou plus de 25 kg.", "fr"),
])
def test_or_more_than_starts_a_weight_bound(body, language):
    document = _document(body, language, PURPOSE[language])
    bounds = [f.value for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND]
    assert any(b.dimension == "weight" and b.low == 25 for b in bounds)
    assert any(b.dimension == "age" and b.low == 8 for b in bounds)

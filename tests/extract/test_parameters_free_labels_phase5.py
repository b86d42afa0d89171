"""Parameters the vocabulary does not know, in prose with verbs, tables and lists, en/fr/de/it/es;
lists of sizes; SP001 label comparison across languages."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text
from panelproof.rules.specification.SP001_parameter_ranges_differ import label_key, same_label


def found(text: str, language: str = "en"):
    document = document_from_text(f"# Instructions\n\n## Technical data\n\n{text}\n",
                                  f"IFU_{language}.md", language=language)
    return [(f.value.name, f.value.low, f.value.high, f.value.unit)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize(("text", "language", "low", "high", "unit"), [
    ("The lockout interval can be programmed from 5 to 60 minutes.", "en", 5, 60, "minute"),
    ("Lockout time is adjustable between 5 and 60 min.", "en", 5, 60, "minute"),
    ("The device is indicated for proximal aortic neck diameters from 19 to 30 mm.", "en",
     19, 30, "millimeter"),
    ("Proximal neck diameters between 18 and 32 mm can be treated.", "en", 18, 32, "millimeter"),
    ("Le diamètre du collet proximal traitable est compris entre 18 et 32 mm.", "fr",
     18, 32, "millimeter"),
    ("L'intervalle de verrouillage est réglable de 5 à 60 minutes.", "fr", 5, 60, "minute"),
    ("Der behandelbare Halsdurchmesser liegt zwischen 18 und 32 mm.", "de", 18, 32, "millimeter"),
    ("Die Sperrzeit ist von 5 bis 60 min einstellbar.", "de", 5, 60, "minute"),
    ("Il diametro del colletto prossimale trattabile è compreso tra 18 e 32 mm.", "it",
     18, 32, "millimeter"),
    ("Intervallo di blocco: da 5 a 60 min", "it", 5, 60, "minute"),
    ("El diámetro del cuello proximal tratable está comprendido entre 18 y 32 mm.", "es",
     18, 32, "millimeter"),
    ("Diámetro del cuello proximal tratable: 18 a 32 mm", "es", 18, 32, "millimeter"),
    ("Available sizes: 8, 10, 12 and 14 Fr", "en", 8, 14, "french_gauge"),
])
def test_free_labels_in_prose_tables_and_lists(text, language, low, high, unit):
    (value,) = found(text, language)
    assert value[0].startswith("text:")
    assert value[1:] == (pytest.approx(low), pytest.approx(high), unit)


def test_two_free_labels_in_one_sentence():
    values = found("Suitable for aortic neck diameters of 18–32 mm and neck lengths ≥ 15 mm.")
    assert [(v[1], v[2]) for v in values] == [(18, 32), (15, None)]


def test_free_label_beside_a_vocabulary_parameter():
    names = [v[0] for v in found("Lockout interval 10–99 min; reservoir 300 units.")]
    assert names == ["reservoir_capacity", "text:lockout interval"]


@pytest.mark.parametrize("text", [
    "The mean neck diameter was 24 mm (range 19–30 mm).",
    "Patients had neck diameters between 19 and 30 mm.",
    "In the cohort, neck diameters ranged from 19 to 30 mm.",
    "The study included 120 patients with a neck diameter of 20–28 mm.",
    "Keep the catheter between 2 and 8 °C.",
    "Replace the filter every 24 to 48 hours.",
    "The system operates from 10 to 40 °C.",
    "In 2019, 2020 and 2021 40 patients were treated.",
    "Sizes 36, 40, 44 (see Table 3).",
])
def test_observations_instructions_and_bare_numbers_are_not_parameters(text):
    assert found(text) == []


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Balloon volume: 25, 34, 40 and 50 ml", "en", 25, 50),
    ("Available balloon sizes: 30 ml, 40 ml, 50 ml.", "en", 30, 50),
    ("| Balloon volume | 34 / 40 / 50 ml |", "en", 34, 50),
    ("Volume du ballonnet : 30, 40 ou 50 ml", "fr", 30, 50),
    ("Ballonvolumen: 30, 40 und 50 ml", "de", 30, 50),
    ("The intra-aortic balloon of 40 ml is sized for patients 152–162 cm tall.", "en", 40, 40),
    ("The 40 cc balloon is intended for patients of 162 to 182 cm.", "en", 40, 40),
])
def test_balloon_volumes(text, language, low, high):
    assert found(text, language) == [("balloon_volume", low, high, "milliliter")]


@pytest.mark.parametrize(("a", "b"), [
    ("text:treatable proximal neck diameter", "text:diamètre du collet proximal traitable"),
    ("text:treatable proximal neck diameter", "text:behandelbarer proximaler halsdurchmesser"),
    ("text:treatable proximal neck diameter", "text:diámetro del cuello proximal tratable"),
    ("text:lockout interval", "text:intervallo di blocco"),
    ("text:lockout interval", "text:sperrintervall"),
    ("text:catheter length", "text:katheterlänge"),
    ("text:proximal neck diameter", "text:treatable proximal neck diameters"),
    # The device's own noun is left out of a specification table
    ("text:implant heights", "text:height"),
    ("text:cage height", "text:hauteur de l'implant"),
    ("text:stent length", "text:length"),
])
def test_same_label_across_languages(a, b):
    assert same_label(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("text:proximal neck diameter", "text:distal neck diameter"),
    ("text:catheter length", "text:catheter diameter"),
    ("text:lockout interval", "text:bolus volume"),
    ("text:neck length", "text:diamètre du collet"),
    # A component's noun is not the device's: it tells parameters apart
    ("text:balloon length", "text:length"),
    ("text:implant height", "text:implant width"),
])
def test_different_labels(a, b):
    assert not same_label(a, b)


def test_english_words_are_not_split_as_compounds():
    assert label_key("text:separate accurate") == frozenset({"separ", "accur"})


@pytest.mark.parametrize("text", [
    "The device is intended for adults weighing at least 5 kg.",
    "Suitable for children aged 2 to 12 years and weighing 10 to 40 kg.",
    "Patient weight: 3 to 150 kg",
])
def test_patient_weights_are_not_free_parameters(text):
    assert [v for v in found(text) if v[0].startswith("text:")] == []

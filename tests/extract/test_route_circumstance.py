"""A route a contraindication names as the circumstance of a condition is no exclusion of the
route; a contraindication that excludes the route itself is. Route terms in compounds and
inflections of several languages."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "nl": "Contra-indicaties", "it": "Controindicazioni", "es": "Contraindicaciones"}
PURPOSE = {"en": "Intended use", "fr": "Destination", "de": "Zweckbestimmung",
           "nl": "Beoogd gebruik", "it": "Destinazione d'uso", "es": "Uso previsto"}


def interfaces(body: str, language: str, heading: str) -> tuple[set[str], set[str]]:
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    found = [f for f in extract(document) if f.kind is FactKind.INTERFACE]
    for fact in found:
        assert fact.location.quote in document.text
    return ({f.value.id for f in found if not f.value.negated},
            {f.value.id for f in found if f.value.negated})


@pytest.mark.parametrize(("item", "language"), [
    ("- Severe chronic obstructive lung disease (for subclavian placement)", "en"),
    ("- Severe peripheral arterial disease that prevents femoral placement", "en"),
    ("- Coagulopathy when the transseptal route is planned", "en"),
    ("- Koagulopathie, wenn der transseptale Zugang geplant ist", "de"),
    ("- Coagulopathie, si une voie transseptale est prévue", "fr"),
    ("- Femoral vein thrombosis (for transfemoral access)", "en"),
    ("- Severe COPD if subclavian access is planned", "en"),
    ("- Ernstige chronische obstructieve longziekte (bij subclaviaplaatsing)", "nl"),
    ("- Schwere pAVK, die eine femorale Platzierung verhindert", "de"),
    ("- Schwere COPD (bei Subklavia-Zugang)", "de"),
    ("- BPCO sévère (en cas de pose sous-clavière)", "fr"),
    ("- Artériopathie sévère empêchant un abord fémoral", "fr"),
    ("- BPCO grave (in caso di accesso succlavio)", "it"),
    ("- EPOC grave (cuando se prevé un acceso subclavio)", "es"),
])
def test_a_route_named_as_the_circumstance_of_a_condition_is_no_exclusion(item, language):
    stated, excluded = interfaces(item, language, CONTRA[language])
    assert not stated and not excluded


@pytest.mark.parametrize(("item", "language", "route"), [
    ("- Do not implant via the subclavian vein", "en", "transaxillary"),
    ("- Not for transfemoral use", "en", "transfemoral"),
    ("- Transfemoral access", "en", "transfemoral"),
    ("- Subclavian access in patients with severe COPD", "en", "transaxillary"),
    ("- The device is contraindicated for transfemoral use in patients with small iliac arteries",
     "en", "transfemoral"),
    ("- Patients requiring intravenous infusion", "en", "intravenous"),
    ("- Der transseptale Zugang ist kontraindiziert", "de", "transseptal"),
    ("- Subklavia-Zugang", "de", "transaxillary"),
    ("- Ne pas utiliser par voie sous-clavière", "fr", "transaxillary"),
    ("- Voie sous-clavière", "fr", "transaxillary"),
    ("- Subclaviaplaatsing", "nl", "transaxillary"),
    ("- Accesso succlavio", "it", "transaxillary"),
    ("- Acceso subclavio", "es", "transaxillary"),
    ("- Intravenous or epidural administration", "en", "epidural"),
])
def test_a_contraindication_that_excludes_the_route_itself(item, language, route):
    assert route in interfaces(item, language, CONTRA[language])[1]


@pytest.mark.parametrize(("sentence", "language", "routes"), [
    ("Das Implantat wird kathetergestützt über die A. femoralis eingeführt.", "de",
     {"percutaneous", "transfemoral"}),
    ("The lead is implanted via the subclavian vein or the cephalic vein.", "en", {"transaxillary"}),
    ("Die Sonde wird über einen Subklavia-Zugang implantiert.", "de", {"transaxillary"}),
    ("De lead wordt via de vena subclavia geïmplanteerd.", "nl", {"transaxillary"}),
    ("L'elettrocatetere viene impiantato attraverso la vena succlavia.", "it", {"transaxillary"}),
    ("El electrodo se implanta por la vena subclavia.", "es", {"transaxillary"}),
    ("La sonde est implantée par la veine sous-clavière.", "fr", {"transaxillary"}),
])
def test_route_terms_in_other_languages(sentence, language, routes):
    assert routes <= interfaces(sentence, language, PURPOSE[language])[0]


@pytest.mark.parametrize(("sentence", "language"), [
    ("The stent is intended for lesions of the superficial femoral artery.", "en"),
    ("Der Stent ist für Läsionen der A. femoralis superficialis bestimmt.", "de"),
])
def test_a_vessel_treated_is_no_access_route(sentence, language):
    stated, excluded = interfaces(sentence, language, PURPOSE[language])
    assert "transfemoral" not in stated | excluded


@pytest.mark.parametrize(("item", "language", "route"), [
    ("Das Produkt nicht anwenden bei: Gabe von Blutprodukten mit dem Standardset; enterale Ernährung.",
     "de", "enteral"),
    ("- alimentation entérale", "fr", "enteral"),
    ("- enteral feeding", "en", "enteral"),
    ("The pump is contraindicated in pregnancy and for enteral feeding.", "en", "enteral"),
    ("- Gravidanza, nutrizione enterale", "it", "enteral"),
    ("- Pregnancy, for enteral feeding", "en", "enteral"),
])
def test_a_mode_listed_among_conditions_stays_excluded(item, language, route):
    assert route in interfaces(item, language, CONTRA[language])[1]

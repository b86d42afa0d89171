"""Contraindication concepts that language versions drop (LA001): a wish for a future pregnancy
beside a current pregnancy, the substances of a hypersensitivity contraindication, and the
everyday words for a malignancy ("cancer", "carcinoma", "Prostatakarzinom"). The matcher's
leading `*` ("any word ending with") is tested here too."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract._terms import compile_terms, term_anchors
from panelproof.extract.intended_use import Vocabulary, vocabulary
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties",
          "pt": "Contraindicações"}


def contraindications(body: str, language: str):
    document = document_from_text(f"# {CONTRA[language]}\n\n{body}\n", f"IFU_{language}.md", language=language)
    found = [f for f in intended_use.extract(document) if f.kind is FactKind.CONTRAINDICATION]
    for fact in found:  # provenance
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


def ids(body: str, language: str) -> set[str]:
    return {f.value.id for f in contraindications(body, language)}


def substances(body: str, language: str) -> set[str]:
    return {s for f in contraindications(body, language) for s in f.value.substances}


# --- (a) a wish for a future pregnancy is not a current pregnancy ----------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Pregnancy or wish for future pregnancy", "en"),
    ("- Pregnancy or wish for a future pregnancy", "en"),
    ("Do not use in pregnant women or in women who plan to become pregnant.", "en"),
    ("| Pregnancy, or desire for future fertility | absolute |", "en"),
    ("- Grossesse ou désir de grossesse ultérieure", "fr"),
    ("1. Grossesse ou projet de grossesse", "fr"),
    ("- Schwangerschaft oder Kinderwunsch", "de"),
    ("Bei bestehender Schwangerschaft oder dem Wunsch nach einer zukünftigen Schwangerschaft nicht anwenden.", "de"),
    ("- Gravidanza o desiderio di gravidanze future", "it"),
    ("- Embarazo o deseo de embarazo futuro", "es"),
    ("- Zwangerschap of kinderwens", "nl"),
    ("- Gravidez ou desejo de engravidar", "pt"),
])
def test_pregnancy_and_future_pregnancy_are_two_concepts(body, language):
    assert {"pregnancy", "future_pregnancy"} <= ids(body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("- Current pregnancy", "en"),
    ("- Known or suspected pregnancy", "en"),
    ("- Grossesse en cours au moment de l'intervention", "fr"),
    ("- Schwangerschaft", "de"),
    ("- Gravidanza in atto", "it"),
    ("- Embarazo confirmado o sospechado", "es"),
])
def test_current_pregnancy_alone_is_no_future_pregnancy(body, language):
    found = ids(body, language)
    assert "pregnancy" in found and "future_pregnancy" not in found


# --- (b) the substances of a hypersensitivity contraindication --------------------------------

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("- Known hypersensitivity to chlorhexidine, silver sulfadiazine or sulfonamides", "en",
     {"chlorhexidine", "silver_sulfadiazine", "sulfonamides"}),
    ("Patients allergic to nickel or titanium must not receive the implant.", "en", {"nickel", "titanium"}),
    ("| Known latex allergy | absolute |", "en", {"latex"}),
    ("- Hypersensibilité connue à la chlorhexidine ou aux sulfamides", "fr", {"chlorhexidine", "sulfonamides"}),
    ("- Allergie connue au nickel-titane (nitinol)", "fr", {"nitinol"}),
    ("- Bekannte Überempfindlichkeit gegen Sulfonamide", "de", {"sulfonamides"}),
    ("- Bekannte Chlorhexidinallergie oder Latexallergie", "de", {"chlorhexidine", "latex"}),
    ("- Ipersensibilità nota alla clorexidina, alla sulfadiazina argentica o ai sulfamidici", "it",
     {"chlorhexidine", "silver_sulfadiazine", "sulfonamides"}),
    ("- Hipersensibilidad conocida al colágeno bovino o a la gelatina porcina", "es",
     {"bovine_material", "porcine_material"}),
    ("- Bekende nikkelallergie", "nl", {"nickel"}),
    ("- Alergia conhecida à heparina", "pt", {"heparin"}),
    ("- Kupferallergie oder Morbus Wilson", "de", {"copper"}),
])
def test_allergy_contraindication_names_its_substances(body, language, expected):
    assert "material_allergy" in ids(body, language)
    assert substances(body, language) == expected


@pytest.mark.parametrize(("body", "language"), [
    ("- Known sensitivity to any component of the device", "en"),
    ("- Hypersensibilité connue à l'un des composants", "fr"),
    ("- Bekannte Überempfindlichkeit gegen Bestandteile des Produkts", "de"),
])
def test_allergy_to_any_component_names_no_substance(body, language):
    assert "material_allergy" in ids(body, language)
    assert substances(body, language) == set()


def test_substances_belong_only_to_the_allergy_concept():
    # titanium and silicone are named, but not as an allergy
    found = contraindications("- Infection at the site of the titanium implant\n- Silicone oil tamponade", "en")
    assert all(not f.value.substances for f in found)


# --- (c) everyday words for a malignancy ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "cervical cancer", "carcinoma of the cervix", "carcinoma della cervice", "cancro della prostata",
    "cáncer de cuello uterino", "carcinoma de cérvix", "carcinome du col de l'utérus",
    "Karzinom der Zervix", "Prostatakarzinom", "Zervixkarzinome", "Hautkrebs", "Krebs",
    "baarmoederhalskanker", "carcinoom van de cervix", "cancro do colo do útero", "câncer de próstata",
])
def test_malignancy_words(text):
    assert "malignancy" in {m.id for m in vocabulary("clinical_terms").find(text)}


@pytest.mark.parametrize("text", ["Krebsvorsorge", "cancellation", "cancerous"])
def test_malignancy_words_are_whole_words_or_compound_ends(text):
    assert "malignancy" not in {m.id for m in vocabulary("clinical_terms").find(text)}


# --- the leading `*` --------------------------------------------------------------------------

class _Suffixes(Vocabulary):
    """A vocabulary from a literal list of entries, to test the matcher itself."""

    def __init__(self, entries):  # noqa: D401 - test double
        import panelproof.extract.intended_use as module
        original = module.knowledge.load
        module.knowledge.load = lambda name: {"entries": entries}
        try:
            super().__init__("test")
        finally:
            module.knowledge.load = original


def test_leading_star_matches_word_and_any_word_ending_with_it_in_any_language():
    vocab = _Suffixes([{"id": "cancer", "terms": {"nl": ["*kanker"], "en": ["tumour"]}},
                       {"id": "stent", "terms": {"en": ["stent*"]}}])
    found = lambda text: [(m.id, text[m.start:m.end]) for m in vocab.find(text)]  # noqa: E731
    assert found("longkanker en kanker") == [("cancer", "longkanker"), ("cancer", "kanker")]
    assert found("kankerpatiënt") == []
    assert found("a tumour near the stents") == [("cancer", "tumour"), ("stent", "stents")]
    assert found("tumours") == [("cancer", "tumours")]


def test_leading_star_in_knowledge_term_patterns_keeps_the_first_letter_look_ahead():
    pattern = compile_terms(("*karzinom", "tumour", "TBD"))
    assert [m.group() for m in pattern.finditer("Prostatakarzinom, Karzinom, tumours, TBD")] == [
        "Prostatakarzinom", "Karzinom", "tumours", "TBD"]
    assert not pattern.search("Karzinomzentrum")
    assert "(?=[t])" in pattern.pattern  # the other terms keep their look-ahead
    assert term_anchors(("*karzinom", "tumour")) == ("tumour", "karzinom")

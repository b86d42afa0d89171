"""Standard clinical abbreviations read expanded, look-back windows, and conditions that a
comparison sentence attributes to another therapy (extract/_indication_text.py)."""

import pytest

from panelproof.extract._indication_text import comparison_spans, known_abbreviations, standard_abbreviations
from panelproof.extract._paraphrase import paraphrase_key
from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _indications(text: str, path: str = "CER.md", language: str = "en") -> set[str]:
    document = document_from_text(text, path, language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize("language, abbreviation, expansion", [
    ("en", "HFrEF", "heart failure with reduced ejection fraction"),
    ("en", "VT", "ventricular tachycardia"),
    ("fr", "BPCO", "bronchopneumopathie chronique obstructive"),
    ("fr", "COPD", "bronchopneumopathie chronique obstructive"),  # an English form, in French words
    ("de", "TVT", "tiefe Venenthrombose"),
])
def test_standard_abbreviations_in_the_document_language(language, abbreviation, expansion) -> None:
    assert standard_abbreviations(language)[abbreviation] == expansion


def test_own_definition_wins_and_title_abbreviation_is_kept() -> None:
    document = document_from_text("# FlowAir HF\n\n## Abbreviations\nVT: valve thrombosis; DFU: diabetic foot ulcer\n", "CER.md")
    known = known_abbreviations(document)
    assert "HF" not in known
    assert known["VT"] == "valve thrombosis"
    assert known["PE"] == "pulmonary embolism"


@pytest.mark.parametrize("short, long", [
    ("- Patients with HFrEF and at least one HF hospitalisation in the previous 12 months",
     "- Heart failure with reduced ejection fraction and a hospital admission for heart failure within the last year"),
    ("- Hypercapnic AECOPD", "- Hypercapnic acute exacerbation of chronic obstructive pulmonary disease"),
    ("- ARDS requiring ultra-protective ventilation", "- Acute respiratory distress syndrome"),
])
def test_undefined_abbreviation_reads_as_its_concept(short: str, long: str) -> None:
    head = "# Report – CardioX\n\n## Indications\n"
    found = _indications(head + short + "\n")
    assert found and found == _indications(head + long + "\n")


@pytest.mark.parametrize("first, second", [
    ("in the previous 12 months", "within the last year"),
    ("during the past 12 months", "in the past year"),
    ("within the last twelve months", "within the past 12 months"),
    ("au cours des 12 derniers mois", "au cours de l'année précédente"),
    ("in den letzten 12 Monaten", "im vergangenen Jahr"),
    ("hospital admission for heart failure", "heart failure hospitalisation"),
    ("who in addition require atrial sensing", "who also need atrial sensing"),
    ("haemodynamically unstable VT", "unstable VT"),
])
def test_same_criterion_in_other_words(first: str, second: str) -> None:
    assert paraphrase_key(first) == paraphrase_key(second)


@pytest.mark.parametrize("first, second", [
    ("in the previous 12 months", "in the previous 24 months"),
    ("within the last year", "within the last 6 months"),
    ("unstable VT", "stable VT"),
])
def test_other_windows_stay_apart(first: str, second: str) -> None:
    assert paraphrase_key(first) != paraphrase_key(second)


@pytest.mark.parametrize("sentence", [
    "Unlike hypoglossal nerve stimulation in obstructive sleep apnoea, the Somnex system is intended to treat "
    "central sleep apnoea.",
    "Phrenic nerve stimulation differs from hypoglossal nerve stimulation in obstructive sleep apnoea; Somnex is "
    "intended for central sleep apnoea.",
    "Whereas hypoglossal nerve stimulators treat obstructive sleep apnoea, Somnex is intended for central sleep "
    "apnoea.",
    "In contrast to CPAP therapy for obstructive sleep apnoea, Somnex is intended for central sleep apnoea.",
])
def test_other_therapy_in_a_comparison_is_no_indication(sentence: str) -> None:
    found = _indications("# Clinical Evaluation Report – Somnex\n\n## Intended purpose\n" + sentence + "\n")
    assert found == {"central_sleep_apnoea"}


def test_comparison_in_french() -> None:
    found = _indications("# Notice – Somnex\n\n## Destination\nContrairement à la stimulation du nerf hypoglosse "
                         "dans l'apnée obstructive du sommeil, Somnex est destiné au traitement de l'apnée centrale "
                         "du sommeil.\n", "IFU_fr.md", "fr")
    assert found == {"central_sleep_apnoea"}


@pytest.mark.parametrize("sentence", [
    # the device's own models and the device itself are not another therapy
    "Somnex is intended for central sleep apnoea, whereas the Somnex XL model is intended for obstructive sleep apnoea.",
    "Unlike the previous generation, Somnex is intended for central and obstructive sleep apnoea.",
])
def test_own_device_in_a_comparison_keeps_its_indications(sentence: str) -> None:
    found = _indications("# Clinical Evaluation Report – Somnex\n\n## Intended purpose\n" + sentence + "\n")
    assert "obstructive_sleep_apnoea" in found


def test_comparison_spans_end_at_the_clause() -> None:
    text = "Unlike CPAP in obstructive sleep apnoea, the system treats central sleep apnoea."
    (start, end), = comparison_spans(text)
    assert text[start:end] == "Unlike CPAP in obstructive sleep apnoea"

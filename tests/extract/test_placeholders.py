"""Placeholder extractor: unfilled fields, guidance, alternatives; and what must not match."""

from __future__ import annotations

import pytest

from panelproof.extract import placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text


def _found(text: str) -> list[tuple[str, str]]:
    document = document_from_text(text, "CER.md")
    facts = list(placeholders.extract(document, ExtractionContext()))
    flat = " ".join(document.text.split())
    for fact in facts:
        assert " ".join(fact.location.quote.split()) in flat
    return [(f.value.marker, f.location.quote) for f in facts]


@pytest.mark.parametrize(("text", "quote"), [
    ("The [Insert device name] is a ventilator.", "[Insert device name]"),
    ("The <device name> is a ventilator.", "<device name>"),
    ("The \\<medical device\\> is safe.", "\\<medical device\\>"),
    ("Manufactured by {{manufacturer}}.", "{{manufacturer}}"),
    ("Sample size: TBD", "TBD"),
    ("Approval date TBC.", "TBC"),
    ("More than xxx units were sold.", "xxx"),
    ("Report date: xx.xx.xxxx", "xx.xx.xxxx"),
    ("Lorem ipsum dolor sit amet.", "Lorem ipsum"),
    ("Address: [Company]", "[Company]"),
    ("Le dispositif [nom du dispositif] est stérile.", "[nom du dispositif]"),
    ("Hersteller: [Herstellername einfügen]", "[Herstellername einfügen]"),
    ("| Field | Value |\n|---|---|\n| Version | à compléter |", "à compléter"),
    ("| Field | Value |\n|---|---|\n| Product name: | |", "Product name: |"),
])
def test_placeholders(text: str, quote: str) -> None:
    found = _found(text)
    assert ("placeholder", quote) in found, found


@pytest.mark.parametrize(("text", "quote"), [
    ("Describe the intended clinical benefit(s) of the device.", "Describe the intended clinical benefit(s) of the device."),
    ("> Provide a brief overview of your studies.", "> Provide a brief overview of your studies."),
    ("Instructions: delete this text.", "Instructions: delete this text."),
    ("Décrivez ici la population cible.", "Décrivez ici la population cible."),
    ("Beschreiben Sie hier die Zweckbestimmung.", "Beschreiben Sie hier die Zweckbestimmung."),
    ("> Example: the device may be used by nurses.", "> Example: the device may be used by nurses."),
    ("Please do not remove this notice from this template.", "Please do not remove this notice from this template."),
])
def test_guidance(text: str, quote: str) -> None:
    found = _found(text)
    assert ("guidance", quote) in found, found


@pytest.mark.parametrize(("text", "quote"), [
    ("The device is a class IIa / IIb / III medical device.", "is a class IIa / IIb / III"),
    ("Classification: IIa/IIb", "IIa/IIb"),
    ("| Question | Answer |\n|---|---|\n| Novel product | Yes / No |", "Yes / No"),
    ("| Frage | Antwort |\n|---|---|\n| Steril | ja/nein |", "ja/nein"),
    ("Packaging: [Sterile] / [Non-sterile]", "[Sterile] / [Non-sterile]"),
    ("according to 93/42/EEC (for MDD) // Regulation (EU) 2017/745 (for MDR).", "(for MDD) //"),
])
def test_alternatives(text: str, quote: str) -> None:
    found = _found(text)
    assert ("alternatives", quote) in found, found


@pytest.mark.parametrize("text", [
    "For patients weighing < 5 kg or <5 kg the device is not intended.",
    "Harness sizes S to XXXL are available.",
    "Model AV-XXX-60 and model XX-2 are variants.",
    "Smith et al. [12] and [Smith 2020] reported similar results.",
    "See [the IFU](IFU.md) for details.",
    "The device was tested in several countries, e.g. Germany and France.",
    "Insert the patient circuit into the inspiratory port.",
    "Explain the procedure to the patient before use.",
    "Class IIa or IIb devices under Rule 11 require a notified body.",
    "The questionnaire asked a yes/no question about comfort.",
    "Water is to be added to the humidifier before use.",
    "> \"The clinical evaluation plan shall include a clinical development plan\" (MDR Annex XIV).",
    "Use <br> tags and <https://example.org> links sparingly.",
    "The form is to be completed by the physician.",
])
def test_no_false_positives(text: str) -> None:
    assert _found(text) == []


# A field's value inside prose: after "Label:" up to the end of its clause, whatever the
# punctuation that closes the sentence.
@pytest.mark.parametrize(("text", "quote"), [
    ("Summary of the vigilance data: to be completed.", "to be completed"),
    ("Résumé des données de vigilance : à compléter.", "à compléter"),
    ("Zusammenfassung der Vigilanzdaten: noch zu ergänzen; Beschwerden: 3.", "noch zu ergänzen"),
    ("Sample size: 120 patients. Responsible investigator: to be inserted.", "to be inserted"),
    ("Notes: ...", "..."),
])
def test_unfinished_value_closing_a_sentence(text: str, quote: str) -> None:
    found = _found(text)
    assert ("placeholder", quote) in found, found


@pytest.mark.parametrize("text", [
    "The PMCF study is to be completed in 2028.",
    "Enrolment: 120 patients; follow-up to be completed by the investigators in 2027.",
    "Ratio 10:30 to be completed",
    "Status: enrolment pending ethics approval in two of the six sites.",
    # A status is a fact, not template text.
    "Certificate renewal: pending",
    "Publication of the 24-month results: pending.",
    "The CE certificate renewal pending with the notified body is expected in Q3 2026.",
    "Results pending publication are summarised in Appendix C.",
    "| Certificate | Status |\n|---|---|\n| CE 1234 renewal | Pending |",
    "Renouvellement du certificat : en attente",
    "Verlängerung des Zertifikats: ausstehend",
    # A dash in a cell or after a label means "none" or "not applicable".
    "| Study | Status | Results |\n|---|---|---|\n| ACME-1 | Completed | – |\n| ACME-2 | Ongoing | — |\n| ACME-3 | Ongoing | - |",
    "Field safety notices: –",
    "Rappels : —",
    "| Rückrufe | -- |",
])
def test_unfinished_words_in_prose_are_no_placeholder(text: str) -> None:
    assert not any(marker == "placeholder" for marker, _ in _found(text)), _found(text)


# An explained pending value or an abbreviation the document defines is no template field.
@pytest.mark.parametrize("text", [
    "| Year | Units sold | Complaints |\n|---|---|---|\n| Q1 2025 | TBD (reporting period not yet closed) | N/A |",
    "Final report: TBC (Q3 2026)",
    "Date of the next update: TBD – after the 2026 data lock.",
    "| Milestone | Date |\n|---|---|\n| Interim analysis | TBC (pending ethics committee approval) |",
    "Mechanical methods such as the transcervical balloon catheter (TBC) are compared. The TBC was removed after 12 h.",
    "| Abbreviation | Meaning |\n|---|---|\n| TBC | transcervical balloon catheter |\n\nThe comparator was TBC in 40 women.",
])
def test_explained_or_defined_tokens_are_no_placeholders(text: str) -> None:
    found = _found(text)
    assert not [q for m, q in found if m == "placeholder" and q.strip() in {"TBD", "TBC"}], found


@pytest.mark.parametrize(("text", "quote"), [
    ("Sample size: TBD (to be determined)", "TBD"),
    ("Abbreviations: to be confirmed (TBC).\n\nApproval date: TBC", "TBC"),
    ("| Milestone | Date |\n|---|---|\n| Report | TBD |", "TBD"),
    ("Sample size: TBD (later)", "TBD"),
])
def test_unexplained_tokens_stay_placeholders(text: str, quote: str) -> None:
    assert ("placeholder", quote) in _found(text)

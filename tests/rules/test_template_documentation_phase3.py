"""Template markers and cross-document references in phrasings unlike the generator's."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.placeholders import template_texts
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _leftovers(text: str) -> list[tuple[str, str]]:
    block = document_from_text("# T\n\n" + text, "CER.md", Role.CER).blocks[-1]
    return [(block.quote(*span), marker) for span, marker in template_texts(block)]


@pytest.mark.parametrize(("text", "quote"), [
    ("Lorem ipsum dolor sit amet, consectetur adipiscing elit.", "Lorem ipsum"),
    ("<<Manufacturer to complete the list of harmonised standards>>", "Manufacturer to complete"),
    ("<< Insert the summary of PMS data here >>", "Insert the summary"),
    ("The [DEVICE NAME] is intended for adults.", "[DEVICE NAME]"),
    ("Date of issue: [insert date]", "[insert date]"),
    ("The expected service life is XX years.", "XX"),
    ("La durée de vie prévue est de XX ans.", "XX"),
    ("Die erwartete Lebensdauer beträgt XX Jahre.", "XX"),
    ("| Lifetime | XX years |", "XX"),
    ("Issued: 20XX", "20XX"),
    ("List of standards (to be completed by the manufacturer).", "to be completed by the manufacturer"),
    ("Liste des normes : à compléter par le fabricant.", "à compléter par le fabricant"),
    ("Normenliste: vom Hersteller zu ergänzen.", "vom Hersteller zu ergänzen"),
])
def test_placeholders_found(text: str, quote: str) -> None:
    found = [q for q, marker in _leftovers(text) if marker == "placeholder"]
    assert any(quote in q for q in found), found


@pytest.mark.parametrize("text", [
    "Annex XX of the directive is repealed.",
    "Chapter XX describes the tests.",
    "Values a < b and c > d are compared.",
    "Patients between < 5 kg and > 3 kg were excluded.",
    "Sizes S to XX-large are available.",
    "Roman numerals: XX, XXI.",
    "The manufacturer completed the list of standards in 2024.",
    # a reviewer's request, not a field left open
    "The clinical evidence is sufficient. The Manufacturer shall provide annual PMCF reports.",
    "Manufacturer to provide the updated PMCF plan with the next surveillance audit.",
])
def test_no_placeholder(text: str) -> None:
    assert not [q for q, marker in _leftovers(text) if marker == "placeholder"]


def test_placeholder_inside_guidance_is_reported_too() -> None:
    found = _leftovers("Describe the [DEVICE NAME] and its accessories.")
    assert {marker for _, marker in found} == {"guidance", "placeholder"}


_CER = ("# Clinical evaluation report\n\nDocument no.: CER-0042  \nRevision: E\n\n## 1 Scope\nText.\n\n"
        + "".join(f"Table {n}: Part {n}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n" for n in (1, 2, 3)))


def _run(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == code]


@pytest.mark.parametrize("sentence", [
    "The data are summarised in Table 9 of the CER.",
    "See Table 9 of the clinical evaluation report.",
    "The CER's Table 9 lists the pivotal studies.",
    "Le tableau 9 du rapport d'évaluation clinique résume les données.",
    "Siehe Tabelle 9 des klinischen Bewertungsberichts.",
])
def test_table_of_another_document_missing(tmp_path: Path, sentence: str) -> None:
    cear = "# Clinical evaluation assessment report\n\n## 1 Assessment\n" + sentence + "\n"
    found = _run(tmp_path, {"CER.md": _CER, "CEAR.md": cear}, "DC002")
    assert len(found) == 1 and "tables 1–3" in found[0].message
    assert {loc.document for loc in found[0].locations} == {"CEAR.md", "CER.md"}


@pytest.mark.parametrize("sentence", [
    "As shown in Table 2 of the CER, two studies were included.",
    "Table 2 of ISO 14971 lists hazards.",
    "Table 4 of the PMCF plan lists activities.",  # no PMCF plan provided: nothing to compare
])
def test_table_of_another_document_present_or_absent(tmp_path: Path, sentence: str) -> None:
    cear = "# Clinical evaluation assessment report\n\n## 1 Assessment\n" + sentence + "\n"
    assert not _run(tmp_path, {"CER.md": _CER, "CEAR.md": cear}, "DC002")


@pytest.mark.parametrize("header", [
    "Revision E, 12 March 2025",
    "**Revision:** E  \n**Date:** 12.03.2025",
    "Document revision E – March 2025",
    "This is revision E of the clinical evaluation report.",
    "Status: released. Revision: E.",
])
def test_revision_stated_freely_in_header(tmp_path: Path, header: str) -> None:
    cer = "# Clinical Evaluation Report\n\n" + header + "\n\n## 1 Scope\nText.\n"
    cear = "# Clinical evaluation assessment report\n\n## 1 Assessment\nWe assessed the CER revision C.\n"
    found = _run(tmp_path, {"CER.md": cer, "CEAR.md": cear}, "DC004")
    assert len(found) == 1 and "revision E" in found[0].message
    same = "# Clinical Evaluation Report\n\n" + header.replace(" E", " C") + "\n\n## 1 Scope\nText.\n"
    assert not _run(tmp_path, {"CER.md": same, "CEAR.md": cear}, "DC004")


def test_other_works_revision_in_header_is_not_own(tmp_path: Path) -> None:
    cer = ("# Clinical Evaluation Report\n\nPrepared according to MDCG 2020-13 rev. 1 and MEDDEV 2.7/1 "
           "revision 4.\n\n## 1 Scope\nText.\n")
    cear = "# Clinical evaluation assessment report\n\n## 1 Assessment\nWe assessed the CER revision C.\n"
    assert not _run(tmp_path, {"CER.md": cer, "CEAR.md": cear}, "DC004")

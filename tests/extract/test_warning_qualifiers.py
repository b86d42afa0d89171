"""MRI conditions (scan region, field strength) qualify the MR warning, so language versions
that allow different scans differ."""

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def warning_ids(text: str, language: str) -> set[str]:
    document = document_from_text(f"# IFU\n\n## Warnings\n\n{text}\n", "IFU.md", language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.WARNING}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Warning: MR Conditional for full-body scans at 1.5 T only.", "en",
     {"mri_safety@full_body", "mri_safety@field_1_5_t"}),
    ("Warning: MR Conditional. Only head scans, with a head coil, at 3 Tesla.", "en",
     {"mri_safety@head_only", "mri_safety@field_3_t"}),
    ("Avertissement : IRM de la tête uniquement, à 1,5 T.", "fr",
     {"mri_safety@head_only", "mri_safety@field_1_5_t"}),
    ("Avertissement : l'IRM du corps entier est possible à 3,0 T.", "fr",
     {"mri_safety@full_body", "mri_safety@field_3_t"}),
    ("Warnung: MRT nur am Kopf bei 1,5 Tesla.", "de", {"mri_safety@head_only", "mri_safety@field_1_5_t"}),
    ("Vorsicht: Ganzkörper-MRT bei 3T zulässig.", "de", {"mri_safety@full_body", "mri_safety@field_3_t"}),
])
def test_mri_conditions_qualify_the_warning(text, language, expected):
    ids = warning_ids(text, language)
    assert "mri_safety" in ids
    assert {i for i in ids if i.startswith("mri_safety@")} == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Warning: do not use 3 tubes near the MRI room.", "en"),       # "3 t" is not 3 T
    ("Warning: keep away from MRI scanners.", "en"),
    ("Achtung: nicht in der Nähe von MRT-Geräten verwenden.", "de"),
])
def test_no_conditions_where_none_are_stated(text, language):
    ids = warning_ids(text, language)
    assert "mri_safety" in ids
    assert not [i for i in ids if "@" in i]


def test_conditions_only_qualify_mri_warnings():
    ids = warning_ids("Warning: single use only; the whole body must be dried first.", "en")
    assert not [i for i in ids if "@" in i]

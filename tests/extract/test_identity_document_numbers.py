"""Document and report numbers are not trade names (ID001 false positives on CEAR numbers)."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.identity.ID001_device_name_differs import DeviceNameDiffers

from tests.rules._mine import facts_from


def names(text: str) -> list[str]:
    document = document_from_text(text + "\n", "CEAR.md", role=Role.CEAR)
    return [f.value for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_NAME]


@pytest.mark.parametrize(("text", "expected"), [
    ("# Clinical Evaluation Assessment Report SPM-CEAR-25-0088\n\nDevice name: AortaSeal EVAR System",
     ["AortaSeal EVAR"]),
    ("# CEAR NB-1234-CEAR\n\nNB-1234-CEAR — revision 2", []),
    ("QX-CEAR-2025-117 | Revision 1 | 2025-03-02\n\n# Assessment\n\n"
     "The CardioPulse IAB 40 is intended for counterpulsation.", ["CardioPulse IAB 40"]),
    ("# CER-AS-2024-001 Clinical Evaluation Report", []),
    ("# PMCF Plan PMCF-OF-036\n\nOrthoFlex Hip II — PMCF-OF-036, revision 3", ["OrthoFlex Hip II"]),
    ("# Rapport d'évaluation clinique RE-2023-044-B", []),
    ("# Instructions for Use — TD-2024-17", []),
])
def test_document_numbers_are_not_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("# Clinical Evaluation Report – AirVent-60", ["AirVent-60"]),
    ("# Clinical Evaluation Report – Vent 2", ["Vent 2"]),
    ("# IFU CardioPulse 7.5 Fr IAB", ["CardioPulse"]),
    ("# Clinical Evaluation Report – Sirius-2000", ["Sirius-2000"]),
])
def test_trade_names_with_numbers_are_kept(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("token", ["SPM-CEAR-25-0088", "NB-1234-CEAR", "CER-AS-2024-001",
                                   "PMCF-OF-036", "TD-2024-17", "ABC-12-34-56"])
def test_document_number(token):
    assert identity.document_number(token)


@pytest.mark.parametrize("token", ["AirVent-60", "Vent-2", "CP-40", "Sirius-2000", "X-Pro",
                                   "NeuroStim-3"])
def test_not_a_document_number(token):
    assert not identity.document_number(token)


def test_cear_number_is_no_name_difference():
    base = facts_from({
        "CER.md": (Role.CER, "# Clinical Evaluation Report – AortaSeal\n"),
        "CEAR.md": (Role.CEAR, "# Clinical Evaluation Assessment Report SPM-CEAR-25-0088\n\n"
                                "Device name: AortaSeal\n")})
    assert list(DeviceNameDiffers().check(base)) == []

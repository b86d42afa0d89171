"""Generator output power, thousands written with a dot in comma-decimal languages ("3.000 mL"
in Dutch), "upto" ranges, and values in a contraindication list under "Intended purpose"."""

from __future__ import annotations

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.parameters import extract, parse_number
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _parameters(markdown: str, name: str = "IFU_en.md", role: Role = Role.IFU):
    document = document_from_text(markdown, name, role)
    return {(f.value.name, f.value.low, f.value.high) for f in extract(document, ExtractionContext())
            if f.kind is FactKind.PARAMETER}


@pytest.mark.parametrize(("text", "language", "value"), [
    ("3.000", "nl", 3000.0), ("1.000", "it", 1000.0), ("1.500", "es", 1500.0),
    ("3.000", "en", 3.0), ("1,500", "pt", 1.5), ("1,500", "en", 1500.0), ("0,5", "nl", 0.5),
])
def test_separators_follow_the_language(text, language, value):
    assert parse_number(text, language) == value


@pytest.mark.parametrize(("row", "expected"), [
    ("| Output power | 10 W to 150 W, adjustable in 5 W steps |", ("output_power", 10.0, 150.0)),
    ("| Ausgangsleistung | 10 W bis 100 W |", ("output_power", 10.0, 100.0)),
    ("| Puissance de sortie | 5 à 60 W |", ("output_power", 5.0, 60.0)),
    ("| Flow rate | 10 mL/min upto 750 mL/min |", ("infusion_rate", 600.0, 45000.0)),
])
def test_power_and_upto_ranges(row, expected):
    name = "IFU_de.md" if "Ausgangs" in row else "IFU_fr.md" if "Puissance" in row else "IFU_en.md"
    table = f"# IFU\n\n## Technical data\n\n| Parameter | Value |\n|---|---|\n{row}\n"
    assert expected in _parameters(table, name)


def test_a_contraindication_under_intended_purpose_states_no_specification():
    found = _parameters("# IFU\n\n## 3. Intended purpose\n\nThe pump warms and infuses fluids.\n\n"
                        "### Contra-indications\n\n"
                        "- Patients below 40 kg body weight at flow rates above 100 mL/min\n\n"
                        "## Technical data\n\n| Parameter | Value |\n|---|---|\n"
                        "| Flow rate | 10 to 1000 mL/min |\n")
    assert all(low != 100 / 1000 and high != 100 / 1000 for _, low, high in found)
    assert any(name in ("infusion_rate", "flow_rate") for name, _, _ in found)

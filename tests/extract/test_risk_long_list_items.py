"""A risk section's long list item still names risks: the name before an explanation
("..., i.e. ...", "c.-à-d.", "d. h.") and each risk of an item that joins two."""

from __future__ import annotations

import pytest

from panelproof.extract import risks
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _risks(item: str, language: str = "en", heading: str = "Residual risks and side-effects") -> set[str]:
    text = f"# IFU\n\n## {heading}\n\n- {item}\n"
    document = document_from_text(text, f"IFU_{language}.md", Role.IFU, language=language)
    return {f.value.id for f in risks.extract(document, ExtractionContext())}


@pytest.mark.parametrize("item, language, heading, expected", [
    ("Corneal haze (CH), i.e. clouding of the anterior stroma in the weeks after surgery", "en",
     "Residual risks", "text:corneal haze"),
    ("Luxation intraprothétique, c.-à-d. séparation de la tête et de l'insert mobile", "fr",
     "Effets indésirables", "text:luxation intraprothétique"),
    ("Heterotope Ossifikation, d. h. Knochenbildung im umgebenden Weichgewebe", "de",
     "Nebenwirkungen", "text:heterotope ossifikation"),
])
def test_name_before_an_explanation(item, language, heading, expected):
    assert expected in _risks(item, language, heading)


def test_each_risk_of_a_long_joined_item():
    found = _risks("Granulomatous reaction to the suture material and delayed wound healing at the port")
    assert {"text:granulomatous reaction to the suture material",
            "text:delayed wound healing at the port"} <= found


def test_an_instruction_in_the_list_names_no_text_risk():
    found = _risks("Do not re-implant an explanted lens and never resterilise the cartridge by autoclaving")
    assert not any(r.startswith("text:") for r in found)

"""Pregnancy names who is treated ("incl. pregnant women in labour"), never what a device
treats: it is read as a contraindication, never as an indication."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from tests.rules.intended_use_facts import intended_use_facts


@pytest.mark.parametrize("text", [
    "# Intended purpose\n\nEpidural analgesia in adults, including pregnant women in labour.\n",
    "# Indications\n\n- Labour analgesia in pregnant women\n- Caesarean section\n",
    "# Zweckbestimmung\n\nAnalgesie unter der Geburt bei Schwangeren.\n",
])
def test_pregnancy_is_no_indication(text):
    language = "de" if "Zweck" in text else "en"
    facts = intended_use_facts({f"IFU_{language}.md": text})
    assert "pregnancy" not in {f.value.id for f in facts.of(FactKind.INDICATION)}


def test_pregnancy_is_still_a_contraindication():
    facts = intended_use_facts({"IFU.md": "# Contraindications\n\n- Pregnancy\n- Active infection\n"})
    assert "pregnancy" in {f.value.id for f in facts.of(FactKind.CONTRAINDICATION)}

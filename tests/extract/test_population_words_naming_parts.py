"""Population words that describe a part or accessory do not state the intended population."""

import pytest

from panelproof.extract.population import find_groups, qualifies_a_component


def _parts(text: str) -> dict[str, bool]:
    return {text[a:b].lower(): qualifies_a_component(text, a, b) for a, b, _, _ in find_groups(text)}


@pytest.mark.parametrize("text", [
    "The kit comprises a warmer and single-use warming sets W-10 (neonatal/paediatric, 8 ml).",
    "Three probes are supplied: neonatal adhesive sensor and paediatric clip.",
    "The paediatric cuff fits arms of 12-19 cm.",
    "Neonatal and paediatric sizes are available.",
])
def test_words_describing_a_part(text: str) -> None:
    parts = _parts(text)
    assert parts and all(parts.values())


@pytest.mark.parametrize("text", [
    "Intended for neonates, infants and adults.",
    "The device is intended for all patients (neonates, children and adults).",
    "Adults with a tracheostomy tube and children using a mask.",
    "Children requiring a feeding tube.",
    "Patients from neonates to adults in paediatric intensive care.",
])
def test_words_naming_patients(text: str) -> None:
    parts = _parts(text)
    assert parts and not any(parts.values())

"""SI003: a counted permission to reuse ("may be reused up to 5 times") in one language
version of an IFU, against the single-use statement of that IFU or of another language
version; and the reuse / single-use vocabulary in languages added for it (hu, sk, ro, el)."""

import pytest

from panelproof.extract.instructions import is_instruction
from panelproof.rules.safety.common import match_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Once flushed with saline, the cannula can be reused no more than four times.",
    "Die Sonde darf nach Spülung höchstens 3 mal wiederverwendet werden.",
    "La sonde peut être réutilisée au maximum 2 fois après nettoyage.",
    "Il set può essere riutilizzato fino a 10 volte dopo il lavaggio.",
    "Öblítés után a szonda maximum 3 alkalommal újra felhasználható.",
    "Hadičku je možné po vyčistení opakovane použiť najviac 4-krát.",
    "Sonda poate fi reutilizată de maximum 6 ori după spălare.",
    "Η κάνουλα μπορεί να επαναχρησιμοποιηθεί μέχρι 3 φορές μετά από έκπλυση.",
])
def test_counted_reuse_permission_in_many_languages(sentence):
    assert is_instruction(sentence)
    assert "reuse_permitted_repeatedly" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Do not reuse the cannula; reuse may lead to infection.",
    "The console can be used again for up to 10,000 procedures.",
    "Rinse the sheath twice with saline before insertion.",
    "A szonda egyszer használatos, ne használja újra.",
])
def test_prohibitions_durable_parts_and_counts_alone_are_no_reuse_permission(sentence):
    assert "reuse_permitted_repeatedly" not in _hazards(sentence)

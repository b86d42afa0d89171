"""MR status, allowed scope and restrictions read from varied phrasings (extract/mri_status.py)."""

import pytest

from panelproof.extract import mri_status
from panelproof.ingest.model import Block, BlockKind, Document, Role


def _read(text: str, heading: tuple[str, ...] = (), kind: BlockKind = BlockKind.PARAGRAPH):
    document = Document(path="IFU.md", format="md", role=Role.IFU, language="en",
                        blocks=[Block(kind, text, heading_path=heading)])
    return mri_status.readings(document)


def _status(text: str, heading: tuple[str, ...] = ()) -> str | None:
    found = mri_status.loosest(_read(text, heading))
    return found.status if found else None


@pytest.mark.parametrize("text", [
    "MRI examinations are possible with the system without any restriction.",
    "MRT-Untersuchungen sind mit dem System ohne Einschränkungen möglich.",
    "Das System ist uneingeschränkt MRT-tauglich.",
    "L'IRM peut être réalisée sans restriction chez les patients porteurs du système.",
    "La RM è possibile senza restrizioni.",
    "La resonancia magnética es posible sin restricciones.",
    "MRI-onderzoeken zijn zonder beperkingen mogelijk.",
    "The implant is MR Safe.",
])
def test_unrestricted(text):
    assert _status(text) == mri_status.UNRESTRICTED


@pytest.mark.parametrize("text", [
    "The system is MR Conditional.",
    "Das Implantat ist bedingt MR-sicher.",
    "Le système est compatible IRM sous conditions.",
    "L'impianto è RM compatibile a determinate condizioni.",
    "El sistema es RM condicional.",
    "Het systeem is MR-voorwaardelijk.",
    "MRI is contraindicated except under the conditions listed in the MRI guidelines.",
    "Provided the MR conditions are met, MRI can be performed without further precautions.",
    "Once stimulation is switched off, MRI can be performed without restriction at 1.5 T only.",
])
def test_conditional(text):
    assert _status(text) == mri_status.CONDITIONAL


@pytest.mark.parametrize("text", ["The pump is MR Unsafe.", "MRI is contraindicated.",
                                  "Le stimulateur est dangereux en IRM.",
                                  "La RM è controindicata."])
def test_unsafe(text):
    assert _status(text) == mri_status.UNSAFE


@pytest.mark.parametrize("text", ["The implant is not MR safe.", "Das Implantat ist nicht MR-sicher.",
                                  "L'IRM n'est pas possible sans restriction.",
                                  "MRI must never be performed without precautions."])
def test_negation_never_reads_as_unrestricted(text):
    found = _read(text)
    assert all(r.status != mri_status.UNRESTRICTED for r in found)
    assert any(r.restricted for r in found)


@pytest.mark.parametrize("text", ["Patients had undergone MRI without restrictions before inclusion.",
                                  "Remove the dressing before the MRI examination.",
                                  "The device can be used without restriction at home.",
                                  "Use 3 tubes of gel."])
def test_nothing_read(text):
    assert not [r for r in _read(text) if r.status or r.any_region or r.allowed_fields]


def test_scope_and_restrictions():
    allowed, = _read("The patient can be scanned at 1.5 T or 3 T, any body region.")
    assert allowed.allowed_fields == {1.5, 3.0} and allowed.any_region and not allowed.restricted
    limited, forbidden = _read("Only a head or extremity transmit/receive coil at 1.5 T may be "
                               "used; full-body MRI and body transmit coils are contraindicated.")
    assert limited.limited_regions == {"head", "extremity"}
    assert forbidden.forbids_any_region and forbidden.negative
    permitted, prohibited = _read("1,5 T ist zulässig, 3 T ist bei MRT kontraindiziert.")
    assert permitted.allowed_fields == {1.5} and prohibited.forbidden_fields == {3.0}
    capped, = _read("Ganzkörper-MRT ist nur bei 1,5 T zulässig.")
    assert capped.field_max == 1.5 and capped.any_region


def test_heading_gives_context():
    assert _status("Scans are possible without restrictions.", ("MRI safety",)) == mri_status.UNRESTRICTED
    assert _status("Scans are possible without restrictions.", ("Cleaning",)) is None
    found = _read("Magnetic resonance imaging (MRI).", ("Contraindications",), BlockKind.LIST_ITEM)
    assert found and found[0].status == mri_status.UNSAFE


def _contraindication(text: str):
    found = _read(text, ("Contraindications",), BlockKind.LIST_ITEM)
    assert found, text
    return found[0]


@pytest.mark.parametrize(("text", "above", "forbidden"), [
    ("Expected need for MRI examination above 1.5 T.", 1.5, set()),
    ("MRI at field strengths greater than 1.5 T.", 1.5, set()),
    ("MRI > 3 T", 3.0, set()),
    ("MR scans in excess of 1.5 T", 1.5, set()),
    ("Magnetresonanztomographie mit mehr als 1,5 T.", 1.5, set()),
    ("MRT über 1,5 Tesla.", 1.5, set()),
    ("IRM au-delà de 1,5 T.", 1.5, set()),
    ("RM oltre 1,5 T.", 1.5, set()),
    ("RM por encima de 1,5 T.", 1.5, set()),
    ("MRI boven 1,5 T.", 1.5, set()),
    ("MRI at 3 T or higher.", 3.0, {3.0}),
    ("MRI at ≥ 3 T.", 3.0, {3.0}),
])
def test_contraindicated_above_a_field_strength_is_a_threshold(text, above, forbidden):
    reading = _contraindication(text)
    assert reading.forbidden_above == above
    assert set(reading.forbidden_fields) == forbidden
    assert reading.status != mri_status.UNSAFE


@pytest.mark.parametrize("text", [
    "MRI at 3 T.",
    "MRI over 30 minutes at 3 T.",      # a figure between: no threshold
    "Whole-body MRI at 1.5 T or 3 T.",
])
def test_contraindicated_field_strength_itself(text):
    reading = _contraindication(text)
    assert reading.forbidden_above is None
    assert reading.forbidden_fields


@pytest.mark.parametrize("text", [
    "MRI except head MRI at 1.5 T.",
    "MRI other than head MRI at 1.5 T.",
    "MRI, apart from MRI of the head at 1.5 T.",
    "IRM sauf IRM de la tête à 1,5 T.",
    "MRT außer MRT des Kopfes bei 1,5 T.",
    "MRT ist kontraindiziert, MRT des Kopfes bei 1,5 T ausgenommen.",
    "La RM è controindicata, salvo RM della testa a 1,5 T.",
    "La RM está contraindicada excepto RM de la cabeza a 1,5 T.",
    "MRI is gecontra-indiceerd behalve MRI van het hoofd bij 1,5 T.",
])
def test_contraindication_with_exception_is_the_conditional_scope(text):
    reading = _contraindication(text)
    assert reading.status == mri_status.CONDITIONAL
    assert reading.limited_regions == {"head"}
    assert reading.field_max == 1.5
    assert not reading.forbidden_fields and not reading.forbids_any_region


def test_contraindication_without_exception_stays_unsafe():
    assert _contraindication("MRI is contraindicated.").status == mri_status.UNSAFE


@pytest.mark.parametrize(("text", "language"), [
    ("Bedingt MR-sicher bei 1,5 T und 3 T; das Lesegerät ist nicht MR-sicher.", "de"),
    ("MR Conditional at 1.5 T. The external reader is MR Unsafe.", "en"),
    ("IRM sous conditions à 1,5 T ; le chargeur n'est pas compatible IRM.", "fr"),
])
def test_an_external_component_s_status_is_not_the_implant_s(text, language):
    from panelproof.ingest.text import document_from_text

    readings = mri_status.readings
    document = document_from_text(f"# IFU\n\n## MRI\n\n{text}\n", f"IFU_{language}.md", language=language)
    found = readings(document)
    assert found and not any(r.negative or r.status == "unsafe" for r in found)


@pytest.mark.parametrize("text", [
    "| MR-Sicherheit | Bedingt MR-sicher bei 1,5 T |",
    "| MRT-Sicherheit | bedingt MRT-sicher (1,5 T) |",
    "| MR safety status | MR Conditional |",
    "| Status MR | Warunkowo bezpieczny w środowisku MR |",
    "| Bezpečnost MR | Podmíněně bezpečný pro MR, 3 T |",
    "| MR-sikkerhed | MR-betinget ved 1,5 T |",
    "| MR-säkerhet | MR-villkorad |",
])
def test_field_name_of_a_table_row_is_no_unrestricted_status(text):
    """"MR-Sicherheit" (the row's name, "MR safety") is not "MR-sicher" (MR Safe); the cell
    beside it gives the conditional status, in every language."""
    found = _read(text)
    assert {r.status for r in found if r.status} == {"conditional"}


@pytest.mark.parametrize("text", [
    "Proteza jest bezpieczna w środowisku MR.",
    "Implantát je bezpečný pro MR.",
    "Enheden er MR-sikker.",
])
def test_mr_safe_in_further_languages(text):
    assert _status(text) == "unrestricted"


@pytest.mark.parametrize("text", [
    "Urządzenie jest niebezpieczne w środowisku MR.",
    "Přístroj je nebezpečný pro MR.",
    "Pumpen er MR-usikker.",
])
def test_mr_unsafe_in_further_languages(text):
    assert _status(text) == "unsafe"

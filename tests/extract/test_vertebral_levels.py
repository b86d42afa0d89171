"""Ranges of vertebral levels named in intended-purpose and indication statements: one id per
range however it is written, in five languages; single levels, regions, studies, warnings and
negations give none."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.vertebral_levels import covered, extract
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
            "it": "Destinazione d'uso", "es": "Finalidad prevista"}


def ranges(body: str, language: str = "en") -> list[str]:
    document = document_from_text(f"# {HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return sorted(f.value.id for f in extract(document) if f.kind is FactKind.VERTEBRAL_LEVELS)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The cage is intended for anterior interbody fusion of the cervical spine from C2 to T1.", "en", ["C2-T1"]),
    ("The cervical plate system stabilises levels C3-C7 after anterior decompression.", "en", ["C3-C7"]),
    ("Posterior spinal instrumentation from Th11 through S1 in adults.", "en", ["T11-S1"]),
    ("For total disc arthroplasty at a single level from C3/C4 to C6/C7.", "en", ["C3-C7"]),
    ("For degenerative disc disease at one or two adjacent segments between L2 and L5.", "en", ["L2-L5"]),
    ("Symptomatic disc herniation at L4-5 or L5–S1.", "en", ["L4-L5", "L5-S1"]),
    ("Le système est destiné à l'arthrodèse postérieure du rachis de T10 à S1.", "fr", ["T10-S1"]),
    ("Stabilisation postérieure du rachis dorsolombaire de D10 à L5.", "fr", ["T10-L5"]),
    ("Das Implantat ist zur Fusion der Halswirbelsäule zwischen C3 und C7 bestimmt.", "de", ["C3-C7"]),
    ("Zur dorsalen Stabilisierung der Wirbelsäule von Th4 bis L2.", "de", ["T4-L2"]),
    ("Il dispositivo è destinato alla stabilizzazione del rachide cervicale da C2 a T1.", "it", ["C2-T1"]),
    ("El sistema está indicado para la fusión de la columna lumbar de L1 a S1.", "es", ["L1-S1"]),
])
def test_a_range_is_read_in_every_writing(body: str, language: str, expected: list[str]) -> None:
    assert ranges(body, language) == expected


@pytest.mark.parametrize("body", [
    "The plate is intended for anterior stabilisation of the cervical spine.",
    "The screw is intended for odontoid fixation of the spine at C2.",
    "The PIVOT study enrolled 120 patients treated on the cervical spine from C3 to C7.",
    "Do not use the cervical plate from C1 to C2.",
    "The cervical plate is not intended for use from C1 to C2.",
    "MRI of the spine: T1-weighted images are recommended after implantation.",
])
def test_no_range_outside_the_intended_levels(body: str) -> None:
    assert ranges(body) == []


def test_ranges_written_differently_cover_the_same_levels() -> None:
    assert covered(["C3-C7"]) == covered(["C3-C5", "C5-C7"])
    assert covered(["C2-T1"]) != covered(["C3-C7"])
    assert "C7" in covered(["C6-T2"]) and "T1" in covered(["C6-T2"])


@pytest.mark.parametrize("body", [
    "The probe is indicated for the ablation of breast tumours staged T1 to T2.",
    "The stethoscope is intended to record heart sounds S1-S4 in adults.",
])
def test_no_levels_in_a_document_that_names_no_spine(body: str) -> None:
    assert ranges(body) == []

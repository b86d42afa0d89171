"""Appraisal-criteria legends and gradings (MEDDEV 2.7/1 rev 4, GHTF SG5/N2R8 Appendix D) are
recognised as such: they claim no equivalence and state no indication."""

import pytest

from panelproof.extract.common import is_appraisal_criteria

APPRAISAL = [
    # GHTF Appendix D names the T criterion by the study design
    "T1 Design | Prospective, controlled or with performance goal | Other",
    "D1 | Device | Actual device | Equivalent or predecessor device | Other device / state of the art only",
    "D1 | Device | Actual device | Equivalent device | Other device",
    "A1 | Application | Same use | Minor deviation | Major deviation",
    "P1 | Patient group | Applicable | Limited | Different population",
    "R1 | Report/data quality | High quality | Minor deficiencies | Insufficient information",
    "O1 | Outcomes | Relevant outcomes",
    "F1 | Follow-up | Sufficient",
    "S1 | Statistical significance | yes",
    "C1 | Clinical significance | Yes",
    "T1 | Data source type | Yes | No",
    "[1] Keller 2019 | prospective cohort | 48 | adults | 1–5 years | D2 A1 P1 R1 T1 O1 F1 S1 C1",
    "Smith 2019 | D2 | A1",
    "Data sets were graded D1 (actual device), D2 (equivalent device) or D3 (other device or state of the art).",
    "Each data set was appraised with the suitability criteria D1–D3, A1–A3, P1–P3 and R1–R3.",
    "D2: equivalent device",
    "D2 – Equivalent device",
    "P2 = limited",
    "A1 Application",
    "D1 Device",
    "O1 Outcomes",
    "D2 | Dispositif équivalent | Autre dispositif",
    "Les données ont été pondérées D1 ou D2 selon le dispositif.",
    "Gerät D2 (gleichartiges Produkt)",
    "D2 | Dispositivo equivalente",
    "Bewertung der Datensätze: D1 und D2",
]
NOT_APPRAISAL = [
    "T1-weighted images showed no design flaw.",
    "Indicated for C1-C2 instability and odontoid fractures.",
    "T1-weighted and T2-weighted images are acquired.",
    "Treatment of L5-S1 degenerative disc disease.",
    "The device is equivalent to the AD1 pump.",
    "Equivalence is claimed to the D2 Pump by OtherCorp.",
    "The D2 device is equivalent to the predicate.",
    "Treatment of vitamin D3 deficiency.",
    "A1 pulley release",
    "Hereditary C1 esterase inhibitor deficiency.",
    "Patients with P2 stenosis.",
    "Model D1.2 is equivalent to model D1.1.",
    "The device is equivalent to the XYZ pump.",
]


@pytest.mark.parametrize("text", APPRAISAL)
def test_appraisal_legends_and_gradings(text: str) -> None:
    assert is_appraisal_criteria(text)


@pytest.mark.parametrize("text", NOT_APPRAISAL)
def test_codes_or_claims_elsewhere_are_no_appraisal(text: str) -> None:
    assert not is_appraisal_criteria(text)


def _indications(text: str) -> list[str]:
    from panelproof.extract.intended_use import extract
    from panelproof.extract.model import FactKind
    from panelproof.ingest.text import document_from_text

    document = document_from_text(text, path="CER.md")
    return [f.location.quote for f in extract(document) if f.kind is FactKind.INDICATION]


@pytest.mark.parametrize("legend", [
    "- D1 Device\n- A1 Application\n- P1 Patients\n- O1 Outcomes\n",
    "| Code | Criterion | Grade 1 | Grade 2 |\n|---|---|---|---|\n| D1 | Device | Actual device | Equivalent device |\n"
    "| A1 | Application | Same indication | Minor deviation |\n| O1 | Outcomes | Relevant | Not relevant |\n",
    "Les données ont été classées A1 (même application) ou A2 (écart mineur).\n",
])
def test_appraisal_legend_under_an_indications_heading_states_no_indication(legend: str) -> None:
    text = ("# Clinical Evaluation Report\n## 4. Suitability of the data for the intended purpose and indications\n"
            + legend
            + "## Indications\nThe pump is indicated for severe spasticity of spinal or cerebral origin.\n")
    found = _indications(text)
    assert any("spasticity" in q for q in found)
    assert not any(code in q for q in found for code in ("D1", "A1", "O1", "Device", "Application", "Outcomes"))

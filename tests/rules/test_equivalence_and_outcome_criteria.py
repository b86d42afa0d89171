"""EV008 (equivalence without a technical/biological/clinical comparison) and EV004 outcome
criteria written with comparators, units and "freedom from"."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.evidence import equivalence_aspects, states_equivalence
from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import measured_stems, outcome_stems


@pytest.mark.parametrize(("text", "aspects"), [
    ("Technical characteristics: same stent design, dimensions and delivery system.", {"technical"}),
    ("Both shells are made of the same materials in contact with the same tissues (ISO 10993).",
     {"biological"}),
    ("The devices are used for the same clinical condition, at the same site in the body.", {"clinical"}),
    ("| Biocompatibility | tested per ISO 10993-1 | identical |", {"biological"}),
    ("Les caractéristiques techniques, biologiques et cliniques ont été comparées.",
     {"technical", "biological", "clinical"}),
    ("It shares the same technical, biological and clinical characteristics as device B.",
     {"technical", "biological", "clinical"}),
    ("Die technischen, biologischen und klinischen Merkmale sind gleich.",
     {"technical", "biological", "clinical"}),
    ("The clinical and biological properties were compared in table 3.", {"clinical", "biological"}),
    ("clinical data and technical documentation", set()),
    ("Caractéristiques cliniques : même état clinique et même site anatomique.", {"clinical"}),
    ("Die technischen Merkmale und die Biokompatibilität wurden verglichen.", {"technical", "biological"}),
    ("Gleiche Zweckbestimmung und dieselbe Körperstelle; klinisch gleichartig.", {"clinical"}),
    # negatives: the technical documentation, clinical data and a contract compare nothing
    ("A contract grants full access to the technical documentation of device X.", set()),
    ("The clinical data of the equivalent device are summarised in section 7.", set()),
    ("Les données cliniques du dispositif équivalent sont résumées.", set()),
])
def test_equivalence_aspects(text: str, aspects: set[str]) -> None:
    assert equivalence_aspects(text) == aspects


@pytest.mark.parametrize(("text", "states"), [
    ("Equivalence is claimed to PreviousGen 1.", True),
    ("Le dispositif est équivalent au modèle B.", True),
    ("Die Äquivalenz zum Produkt Z wird nachgewiesen.", True),
    ("No equivalence is claimed.", False),
    ("The sponsor did not claim equivalence to any device.", False),
])
def test_states_equivalence(text: str, states: bool) -> None:
    assert states_equivalence(text) is states


def _ev008(tmp_path: Path, cer: str) -> list:
    (tmp_path / "CER.md").write_text(cer, encoding="utf-8")
    return run_check([tmp_path], select={"EV008"}, workers=1).findings


def test_ev008_names_the_missing_characteristics(tmp_path: Path) -> None:
    findings = _ev008(tmp_path, "# CER PelviMesh 2\n\nPelviMesh 2 is a class III implantable mesh.\n\n"
                                "## Equivalence to the predicate\n\n"
                                "PelviMesh 2 is equivalent to the macroporous PelviMesh 1.\n\n"
                                "- Design, pore size and dimensions are identical.\n"
                                "- The same polypropylene materials are in contact with the same tissues.\n")
    assert len(findings) == 1
    assert "only technical and biological" in findings[0].message and "clinical" in findings[0].message


def test_ev008_comparison_in_a_table_outside_the_section_heading_counts(tmp_path: Path) -> None:
    findings = _ev008(tmp_path, "# CER CardioPatch\n\n## 5 Comparison with CardioPatch Classic\n\n"
                                "CardioPatch is equivalent to CardioPatch Classic.\n"
                                "Technically identical (design and specifications), biologically "
                                "equivalent (same materials, ISO 10993) and clinically equivalent "
                                "(same indications and patient population).\n")
    assert findings == []


def test_ev008_silent_without_an_equivalence_claim(tmp_path: Path) -> None:
    assert _ev008(tmp_path, "# CER\n\nThe evaluation relies on own data only (n = 300) [1].\n") == []


# ---------------------------------------------------------------- EV004 outcome criteria

@pytest.mark.parametrize(("outcome", "result"), [
    # comparators and units are the criterion, not the measured quantity
    ("Reintervention at 12 months ≤ 8 %", "Reinterventions were needed in 6 of 120 patients (5.0 %)."),
    ("Re-intervention rate <8% at one year", "Reintervention was required in 4 patients."),
    ("Cuff pressure accuracy ± 10 mmHg", "Mean deviation of cuff pressure was 3.1 mmHg."),
    ("Pain reduction of ≥ 2 points on the VAS", "Pain on the VAS fell from 6.1 to 2.4."),
    # freedom from X ~ X (its rate)
    ("Freedom from aneurysm-related mortality ≥ 97 % at 1 year", "Aneurysm-related mortality rate: 1.6 %"),
    ("Freedom from type I/III endoleak at 12 months > 95 %", "Type I endoleak occurred in 2 patients."),
    ("Absence de réintervention à 1 an > 90 %", "Taux de ré-intervention à 12 mois : 4 %"),
    ("Freiheit von Revision nach 5 Jahren ≥ 95 %", "Die Revisionsrate lag nach 5 Jahren bei 2,1 %."),
])
def test_ev004_outcome_matched_on_its_measured_quantity(outcome: str, result: str) -> None:
    stems = outcome_stems(outcome)
    assert stems, outcome
    needed = max(1, round(len(stems) * 0.5))
    assert len(stems & measured_stems(result)) >= needed, (stems, measured_stems(result))


@pytest.mark.parametrize(("outcome", "unrelated"), [
    ("Freedom from aneurysm rupture ≥ 99 %", "Technical success was 98 % at implantation."),
    ("Reintervention at 12 months ≤ 8 %", "Mean procedure time was 92 min."),
    ("Cuff pressure accuracy ± 10 mmHg", "Battery life was 12 h."),
])
def test_ev004_criterion_words_do_not_match_unrelated_results(outcome: str, unrelated: str) -> None:
    stems = outcome_stems(outcome)
    needed = max(1, round(len(stems) * 0.5))
    assert len(stems & measured_stems(unrelated)) < needed


@pytest.mark.parametrize("outcome", [
    "Freedom from aneurysm-related mortality ≥ 97 %",
    "Reintervention ≤ 8 % at 12 months",
    "Accuracy ± 10 mmHg",
])
def test_ev004_criterion_target_and_unit_are_not_outcome_words(outcome: str) -> None:
    assert not outcome_stems(outcome) & {"freed", "mmhg", "97", "8"}

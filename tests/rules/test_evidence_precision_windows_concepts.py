"""Evidence precision: an outcome counted within a time window ("within 5 minutes of
application") is reported by the CER's result for the outcome itself; an air-bone gap is a
hearing result in dB; an indication the studies name as the same clinical concept in other
words ("pregnant patients" / "singleton pregnancy", "deep partial-thickness burns" / "burns") is
studied; and a CER sentence stating that no minors were studied is read in several phrasings."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.evidence import not_studied
from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import outcome_stems


def _ev004(tmp_path: Path, cep_line: str, cer_body: str) -> list:
    (tmp_path / "CEP.md").write_text("# Clinical Evaluation Plan Y\n## Outcome parameters and acceptance criteria\n- "
                                     + cep_line + "\n", encoding="utf-8")
    (tmp_path / "CER.md").write_text("# Clinical Evaluation Report Y\n## Results\n" + cer_body
                                     + "\n## Clinical data\nPivotal study, 150 patients, follow-up 12 months.\n",
                                     encoding="utf-8")
    return run_check([tmp_path], select={"EV004"}, workers=1).findings


@pytest.mark.parametrize(("cep", "cer"), [
    ("Bleeding control within 3 minutes of application ≥ 85 %.", "Bleeding control was achieved in 91 % of the lesions."),
    ("Technical success within 24 h after the procedure ≥ 95 %.", "Technical success: 97.5 % (117/120)."),
    ("Complete sealing within 10 min following deployment in ≥ 90 %.", "Complete sealing was observed in 94 % of patients."),
    ("Arrêt du saignement dans les 5 minutes suivant l'application ≥ 85 %.", "Arrêt du saignement obtenu chez 92 % des patients."),
    ("Blutstillung innerhalb von 5 Minuten nach Applikation ≥ 85 %.", "Blutstillung wurde bei 90 % der Patienten erreicht."),
    ("Air-bone gap closure ≤ 10 dB at 3 months in ≥ 70 %.", "Hearing improved by at least 10 dB at 3 months in 84 % of ears."),
    ("Reduction of the air bone gap at 6 months.", "Mean hearing gain at 6 months was 17 dB."),
])
def test_outcome_counted_in_a_window_or_in_other_words_is_reported(tmp_path: Path, cep: str, cer: str) -> None:
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "cer"), [
    ("Bleeding control within 3 minutes of application ≥ 85 %.", "Rebleeding at 7 days occurred in 9 % of patients."),
    ("Air-bone gap closure ≤ 10 dB at 3 months in ≥ 70 %.", "Otorrhoea occurred in 12 % of ears within 12 months."),
])
def test_outcome_never_reported_is_still_found(tmp_path: Path, cep: str, cer: str) -> None:
    assert len(_ev004(tmp_path, cep, cer)) == 1


def test_the_window_and_its_event_are_not_what_is_measured() -> None:
    assert outcome_stems("Haemostasis within 5 minutes of application") == outcome_stems("Haemostasis")
    assert outcome_stems("Catheter occlusion within 30 days of insertion") == outcome_stems("Catheter occlusion")


_IFU = "# Instructions for use Z\n## Indications\nZ is indicated for:\n{items}\n"
_CER = ("# Clinical Evaluation Report Z\n## Clinical data\n| Reference | Design | Indication | Patients | Follow-up |\n"
        "|---|---|---|---|---|\n{rows}\n")


def _ev002(tmp_path: Path, items: str, rows: str) -> list[str]:
    (tmp_path / "IFU_en.md").write_text(_IFU.format(items=items), encoding="utf-8")
    (tmp_path / "CER.md").write_text(_CER.format(rows=rows), encoding="utf-8")
    return [f.message for f in run_check([tmp_path], select={"EV002"}, workers=1).findings
            if "states the indication" in f.message]


def test_an_indication_the_studies_name_as_the_same_concept_is_studied(tmp_path: Path) -> None:
    messages = _ev002(tmp_path, "- deep partial-thickness burns\n- venous leg ulcers",
                      "| [1] Lindqvist 2021 | prospective cohort | mixed acute wounds and burns | 80 adults | 8 weeks |\n"
                      "| [2] Ortega 2019 | RCT | venous leg ulcers | 120 adults | 16 weeks |")
    assert not any("burns" in m for m in messages)


def test_a_pregnancy_named_in_another_form_is_studied(tmp_path: Path) -> None:
    messages = _ev002(tmp_path, "- pregnant patients at risk of preterm birth",
                      "| [1] Haller 2020 | randomised | twin pregnancy with a cervix shorter than 20 mm | 140 women | until delivery |")
    assert not any("pregnan" in m.lower() for m in messages)


def test_an_indication_no_study_names_is_still_found(tmp_path: Path) -> None:
    messages = _ev002(tmp_path, "- deep partial-thickness burns\n- venous leg ulcers",
                      "| [2] Ortega 2019 | RCT | venous leg ulcers | 120 adults | 16 weeks |")
    assert any("burns" in m for m in messages)


@pytest.mark.parametrize("sentence", [
    "Every participant was older than 21 and no paediatric recipient was included.",
    "The pivotal study did not include paediatric patients.",
    "The registry did not enrol any children below 6 years.",
    "Kein Kind wurde in die beiden Studien eingeschlossen.",
    "L'étude pivot n'a inclus aucun enfant.",
    "No adolescent was enrolled in either trial.",
])
def test_a_group_said_not_to_be_studied(sentence: str) -> None:
    assert not_studied(sentence)


@pytest.mark.parametrize("sentence", [
    "No device malfunction was observed during follow-up.",
    "The sensor did not include a temperature channel.",
])
def test_other_negations_say_nothing_of_a_group(sentence: str) -> None:
    assert not not_studied(sentence)

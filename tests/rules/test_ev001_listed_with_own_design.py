"""EV001: a table row or reference item of animal or in vitro work that states its own study type
("Animal study, 24 sheep", "bench and porcine model", "In vitro (AATCC 100)") and that no prose
cites is listed as what it is, not presented as clinical data. Prose that cites it, or relies on
it without citing it, is still judged."""

import pytest

from panelproof.pipeline import run_check


def _ev001(tmp_path, rows: str, prose: str = "", refs: str = ""):
    text = ("# Clinical Evaluation Report\n\n## 5. Summary of the pertinent clinical data\n\n"
            "| Data set | Design | N | Population | Follow-up | Main results |\n"
            "| --- | --- | --- | --- | --- | --- |\n"
            "| MX-CI-01 | Prospective, single-arm | 140 | Adults 21-76 years | 6 months | success 96 % |\n"
            + rows + "\n\n" + prose + "\n\n## 9. References\n\n"
            "1. MX-CI-01: prospective clinical investigation, N = 140 patients.\n" + refs)
    (tmp_path / "CER.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV001"]


@pytest.mark.parametrize(("row", "ref"), [
    ("| AE-BENCH-12 | bench and porcine model | n.a. | n.a. | acute | suture strength 28 N |",
     "2. AE-BENCH-12 - bench and porcine model, n.a. patients, follow-up acute"),
    ("| TY-ANI-2019 (ovine) | Animal study, 24 sheep | 24 | Sheep | 52 weeks | fibrous ingrowth |",
     "2. TY-ANI-2019 (ovine): Animal study, 24 sheep, N = 24."),
    ("| MM-SP-ANI-01 | Rabbit implantation study | 12 rabbits | Rabbits | 90 days | no inflammation |",
     "2. MM-SP-ANI-01: Rabbit implantation study, N = 12 rabbits."),
    ("| ACAG-IV-03 | In vitro (AATCC 100) | n/a | S. aureus, MRSA | 24 h | log reduction > 4 |", ""),
])
def test_listed_preclinical_row_with_its_type_is_not_presented_as_clinical(tmp_path, row, ref):
    assert _ev001(tmp_path, row, refs=ref) == []


def test_enumeration_number_is_no_citation(tmp_path):
    prose = "Clinical data: (1) own study MX-CI-01; (2) pre-clinical animal study."
    assert _ev001(tmp_path, "| TY-ANI-2019 (ovine) | Animal study, 24 sheep | 24 | Sheep | 52 weeks | ingrowth |",
                  prose, "2. TY-ANI-2019 (ovine): Animal study, 24 sheep, N = 24.") == []


@pytest.mark.parametrize("prose", [
    "Studies [2] and MX-CI-01 confirm the chondroprotective effect and are included in the clinical evidence.",
    "Paediatric performance is supported by bench study CWM-BT-07 in a porcine model of 8-12 kg.",
])
def test_cited_by_prose_is_still_judged(tmp_path, prose):
    row = "| CWM-BT-07 [2] | Porcine model, 6 animals | 6 | Animals | 6 h | CO agreement r=0.96 |"
    assert _ev001(tmp_path, row, prose, "2. CWM-BT-07: porcine model, 6 animals.")


def test_uncited_reliance_is_reported_by_its_sentence(tmp_path):
    prose = ("The ovine study (24 sheep, 52 weeks) demonstrates the clinical performance of the ligament, "
             "because tissue ingrowth was complete.")
    findings = _ev001(tmp_path, "| TY-ANI-2019 | Animal study, 24 sheep | 24 | Sheep | 52 weeks | ingrowth |", prose)
    assert any("demonstrates the clinical performance" in loc.quote for f in findings for loc in f.locations)


def test_table_of_only_animal_work_offers_it_as_clinical_data(tmp_path):
    text = ("# Clinical Evaluation Report\n\n## 6. Clinical data of the device\n\n"
            "| Data set | Design | N | Result |\n| --- | --- | --- | --- |\n"
            "| PX-ANI-01 | Porcine model, 6 animals | 6 | agreement r=0.96 |\n"
            "| PX-ANI-02 | Ovine implantation study | 12 sheep | ingrowth |\n")
    (tmp_path / "CER.md").write_text(text, encoding="utf-8")
    assert [f for f in run_check([tmp_path]).findings if f.rule == "EV001"]


def test_other_field_data_stay_reported(tmp_path):
    row = "| Okafor 2018 | Field study | n/a | Silver nanoparticles for aquaculture water in fish farms | 8 weeks | less Aeromonas |"
    assert _ev001(tmp_path, row)


@pytest.mark.parametrize(("text", "states"), [
    ("AE-BENCH-12 | bench and porcine model | n.a.", True),
    ("[3] TY-ANI-2019 (ovine): Animal study, 24 sheep, N = 24.", True),
    ("[4] | In vitro seeding with human fibrochondrocytes | n/a | Cell culture", True),
    ("Étude animale (brebis) | 24 | 52 semaines", True),
    ("Tierstudie am Schafmodell | 24 Schafe | 52 Wochen", True),
    ("Smith 2019 | Sheep | 24 | 12 months", False),
    ("Lewis AL, et al. Pharmacokinetic and safety study of doxorubicin-eluting beads in a porcine model of "
     "hepatic arterial embolization", False),
])
def test_states_own_design(text, states):
    from panelproof.rules.evidence.EV001_non_clinical_evidence import _states_own_design

    assert _states_own_design(text) is states


def test_row_relied_on_by_name_in_prose_is_still_reported(tmp_path):
    row = "| Pocket infection model | Controlled animal study | 24 animals | Pigs | 14 days | 1/12 vs 9/12 infected |"
    prose = "The reduction of infection by 40 % is demonstrated by the trial MX-CI-01 and the porcine pocket model."
    assert any("Pocket infection model" in loc.quote for f in _ev001(tmp_path, row, prose) for loc in f.locations)


def test_a_sentence_relying_on_the_animal_study_with_other_data_between_keeps_the_row():
    # "The good osseointegration found in the animal study and the results of the zirconia review
    # confirm a 5-year implant survival above 98 % in patients": the study and the verb stand
    # apart, the row is still what the claim rests on
    from panelproof.rules.evidence.EV001_non_clinical_evidence import _PRECLINICAL_SUPPORT

    sentence = ("The good osseointegration found in the animal study and the results of the zirconia "
                "review confirm a 5-year implant survival above 98 % in patients.")
    assert _PRECLINICAL_SUPPORT.search(sentence)

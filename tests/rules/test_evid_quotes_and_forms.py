"""Evidence findings that quote what shows the defect, and data read as the author meant them:
a contract denied in the sentence after the equivalence claim (EV005); an animal study that a
sentence calls a clinical demonstration ("clinically proven by the rabbit study", EV001); the
whole sentence of a group word or a bound, and the CER's own sentence that its cohort held
another group only (EV002); an outcome named with its assessment method ("closure confirmed by
ultrasound") reported under its plain name (EV004); disease forms a study excluded (EV002)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.evidence import cohort_limited_to
from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import outcome_stems
from panelproof.rules.evidence.EV002_population_without_data import _without_excluded


def _write(folder: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _hits(folder: Path, code: str):
    return [f for f in run_check([folder]).findings if f.rule == code]


def _quotes(hits) -> list[str]:
    return [" ".join(loc.quote.split()) for f in hits for loc in f.locations]


_IMPLANT_CER = ("# Clinical Evaluation Report – OrthoLoc hip stem\n\n"
                "Device class: III (implantable).\n\n## 6. Clinical data\n\n")


@pytest.mark.parametrize("claim, denial", [
    ("Equivalence is claimed to the FlexiStem of Arvena GmbH with regard to clinical, technical and "
     "biological characteristics.",
     "No agreement exists with Arvena GmbH, and its characteristics were compared using the "
     "published IFU."),
    ("The OrthoLoc stem is considered equivalent to the Corvia Hip of Lindqvist Medical AB.",
     "A contract with Lindqvist Medical AB is not in place; the comparison relied on brochures."),
])
def test_contract_denied_after_the_claim_is_quoted(tmp_path, claim, denial):
    _write(tmp_path, {"CER.md": _IMPLANT_CER + f"6.1 Equivalence. {claim} {denial}\n"})
    quotes = _quotes(_hits(tmp_path, "EV005"))
    assert claim in quotes and denial in quotes


def test_contract_granted_after_the_claim_is_no_finding(tmp_path):
    _write(tmp_path, {"CER.md": _IMPLANT_CER + (
        "Equivalence is claimed to the FlexiStem of Arvena GmbH with regard to clinical, technical and "
        "biological characteristics. A contract with Arvena GmbH grants full and ongoing access to the "
        "technical documentation of the FlexiStem.\n")})
    assert _hits(tmp_path, "EV005") == []


@pytest.mark.parametrize("sentence", [
    "Bone ingrowth into the porous coating is clinically proven by the rabbit implantation study RB-07.",
    "Durable sealing of the anastomosis was clinically demonstrated in the porcine model PX-2, so the "
    "same is expected in patients.",
    "L'ostéo-intégration est cliniquement démontrée par l'étude ovine OV-3.",
])
def test_animal_study_called_a_clinical_demonstration(tmp_path, sentence):
    _write(tmp_path, {"CER.md": "# Clinical Evaluation Report – Fixa\n\n## 6. Clinical data\n\n"
                                f"{sentence}\n"})
    assert sentence in _quotes(_hits(tmp_path, "EV001"))


def test_clinical_demonstration_in_patients_is_no_finding(tmp_path):
    _write(tmp_path, {"CER.md": "# Clinical Evaluation Report – Fixa\n\n## 6. Clinical data\n\n"
                                "Fusion was clinically confirmed in 84 patients of study FX-02 at 12 months.\n"})
    assert _hits(tmp_path, "EV001") == []


@pytest.mark.parametrize("text, groups", [
    ("In study ST-01 all 150 pts. were adults (19-80 years).", ("adults",)),
    ("Only adult patients were enrolled in the registry.", ("adults",)),
    ("Es wurden ausschließlich Erwachsene in die Studie eingeschlossen.", ("adults",)),
    ("Adults and children from 6 years of age.", ()),
    ("The device is intended for adults only.", ()),
])
def test_cohort_limited_to(text, groups):
    assert cohort_limited_to(text) == groups


def test_children_without_data_quotes_the_sentence_and_the_cohort(tmp_path):
    _write(tmp_path, {
        "CER.md": ("# Clinical Evaluation Report – NasoFeed\n\n## 4. Target population\n\n"
                   "Adults, and children aged 6 years and above, who need enteral feeding.\n\n"
                   "## 6. Clinical data\n\n| No. | Study | Design | Patients | Follow-up |\n|---|---|---|---|---|\n"
                   "| 1 | NF-01 | prospective | 150 adults | 3 months |\n\n"
                   "Only adult patients were enrolled in NF-01 (aged 19 to 80 years); placement succeeded in 146.\n")})
    hits = _hits(tmp_path, "EV002")
    quotes = _quotes(hits)
    assert "Adults, and children aged 6 years and above, who need enteral feeding." in quotes
    assert any(q.startswith("Only adult patients were enrolled in NF-01") for q in quotes)


@pytest.mark.parametrize("outcome, plain", [
    ("Complete closure confirmed by ultrasound at 6 months", "Closure at 6 months"),
    ("Anatomical patency on colour duplex ultrasound at 12 months", "Patency at 12 months"),
    ("Fusion assessed by CT at 24 months", "Fusion rate at 24 months"),
    ("Occlusion à l'écho-Doppler à 12 mois", "Occlusion à 12 mois"),
])
def test_assessment_method_is_not_what_is_measured(outcome, plain):
    stems = outcome_stems(outcome)
    assert len(stems & outcome_stems(plain)) >= max(1, round(len(stems) * 0.5))


def test_outcome_reported_without_its_method_is_no_finding(tmp_path):
    _write(tmp_path, {
        "CEP.md": ("# Clinical Evaluation Plan – VenaSeal X\n\n## 5. Outcome parameters\n\n"
                   "| No. | Outcome parameter | Acceptance criterion |\n|---|---|---|\n"
                   "| 1 | Complete vein closure confirmed by duplex ultrasound at 6 months | ≥ 90 % |\n"),
        "CER.md": ("# Clinical Evaluation Report – VenaSeal X\n\n## 6.3 Results against the CEP\n\n"
                   "| No. | Outcome | Criterion | Result | Met |\n|---|---|---|---|---|\n"
                   "| 1 | Vein closure at 6 months | ≥ 90 % | 94.1 % | Yes |\n")})
    assert _hits(tmp_path, "EV004") == []


@pytest.mark.parametrize("text, kept, blanked", [
    ("MV-01 enrolled 120 patients with degenerative MR. Patients with functional MR were excluded.",
     "degenerative MR", "functional MR"),
    ("All 40 pts had idiopathic scoliosis; neuromuscular and congenital scoliosis were exclusion criteria.",
     "idiopathic scoliosis", "neuromuscular"),
])
def test_excluded_forms_are_not_studied(text, kept, blanked):
    reading = _without_excluded(text)
    assert kept in reading and blanked not in reading


def test_forms_excluded_by_the_only_study_are_without_data(tmp_path):
    _write(tmp_path, {
        "CER.md": ("# Clinical Evaluation Report – MitraLink\n\n## 4. Intended purpose\n\n"
                   "MitraLink is intended for transcatheter repair in patients with primary or secondary "
                   "mitral regurgitation at high surgical risk.\n\n## 6. Clinical data\n\n"
                   "The ML-01 trial enrolled 120 patients with degenerative mitral regurgitation. Patients "
                   "with functional mitral regurgitation were excluded.\n")})
    hits = [f for f in _hits(tmp_path, "EV002") if "regurgitation" in f.message]
    assert hits
    assert any("were excluded" in q for q in _quotes(hits))


def test_forms_all_studied_beside_another_exclusion_is_no_finding(tmp_path):
    _write(tmp_path, {
        "CER.md": ("# Clinical Evaluation Report – MitraLink\n\n## 4. Intended purpose\n\n"
                   "MitraLink is intended for transcatheter repair in patients with primary or secondary "
                   "mitral regurgitation at high surgical risk.\n\n## 6. Clinical data\n\n"
                   "The ML-01 trial enrolled 80 patients with degenerative mitral regurgitation and 40 with "
                   "functional mitral regurgitation; patients on dialysis were excluded.\n")})
    assert [f for f in _hits(tmp_path, "EV002") if "regurgitation" in f.message] == []


@pytest.mark.parametrize("text, months", [
    ("The implant is safe for permanent use upto 10 years without removal.", 120.0),
    ("Symptom relief is maintained upto 5 years after the procedure.", 60.0),
    ("Patency was maintained up to 2 years.", 24.0),
])
def test_upto_is_up_to(text, months):
    from panelproof.rules.evidence.EV003_follow_up_too_short import time_point_months
    assert time_point_months(text)[0] == months

"""Evidence rules on wordings that are not what they seem: an equivalence comparison that names
"blood-contacting materials" or the same "polymer chemistry" (biological characteristics, EV008);
a group word that names a clinician's specialty (no population, EV002); a CER sentence that rests
a group's use on extrapolation (the CER's own admission, quoted by EV002); "pre-clinical" and
"clinical equivalence" are no clinical benefit resting on pre-clinical data (EV001)."""

import pytest

from panelproof.extract.evidence import equivalence_aspects, extrapolated
from panelproof.extract.population import find_groups, qualifies_a_clinician
from panelproof.pipeline import run_check
from panelproof.rules.evidence.EV001_non_clinical_evidence import names_benefit


@pytest.mark.parametrize("text, aspects", [
    ("The comparison covers rotor geometry, flow range, blood-contacting materials and the intended "
     "population.", {"technical", "biological", "clinical"}),
    ("Both catheters have tissue-contacting parts of the same PEEK grade.", {"biological"}),
    ("It has the same silicone chemistry as the Lumora implant.", {"biological"}),
    ("Die blutberührenden Werkstoffe beider Produkte sind identisch.", {"biological"}),
    ("Les matériaux en contact avec le sang sont ceux du dispositif Y.", {"biological"}),
])
def test_biological_characteristics_in_other_words(text, aspects):
    assert aspects <= equivalence_aspects(text)


def test_equivalence_comparing_all_three_in_other_words_is_not_reported(tmp_path):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – PumpX\n\n## 5. Equivalence\n\n"
        "Clinical equivalence is claimed to the RotoHeart 2 of Meridian Inc. The comparison covers "
        "impeller design, speed range, blood-contacting materials and the intended population. "
        "A contract with Meridian Inc. grants full access to the technical documentation.\n",
        encoding="utf-8")
    assert [f for f in run_check([tmp_path]).findings if f.rule == "EV008"] == []


@pytest.mark.parametrize("text", [
    "Clinical reviewer | Paediatric endocrinologist",
    "The protocol was reviewed by a neonatal nurse.",
    "Avis du chirurgien pédiatrique de l'organisme notifié.",
    "Two paediatric cardiologists took part in the panel.",
    "Avis du cardiologue pédiatrique.",
])
def test_group_word_of_a_clinician_names_no_patients(text):
    groups = find_groups(text)
    assert groups and all(qualifies_a_clinician(text, a, b) for a, b, _, _ in groups)


@pytest.mark.parametrize("text", ["For children from 2 years and adults.", "Neonates in the NICU."])
def test_group_word_of_patients_stays(text):
    assert not any(qualifies_a_clinician(text, a, b) for a, b, _, _ in find_groups(text))


def test_clinician_specialty_is_no_population_without_data(tmp_path):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – GlucoFlow\n\n## 3. Intended purpose\n\n"
        "GlucoFlow is intended for adults with type 2 diabetes.\n\n## 6. Clinical data\n\n"
        "| Study | Design | Population | Follow-up |\n|---|---|---|---|\n"
        "| GF-01 | prospective | 90 adults aged 30-75 years | 6 months |\n", encoding="utf-8")
    (tmp_path / "CEAR.md").write_text(
        "# Clinical Evaluation Assessment Report – GlucoFlow\n\n## B. Reviewers\n\n"
        "| Role | Name | Qualification |\n|---|---|---|\n"
        "| Clinical reviewer | R-12 | Paediatric diabetologist |\n", encoding="utf-8")
    assert [f for f in run_check([tmp_path]).findings if f.rule == "EV002"] == []


@pytest.mark.parametrize("text, expected", [
    ("Use in children rests on extrapolation from adult data.", True),
    ("Die Anwendung bei Jugendlichen wird aus Daten von Erwachsenen extrapoliert.", True),
    ("L'utilisation chez l'enfant est extrapolée des données adultes.", True),
    ("The study enrolled 40 children aged 4-11 years.", False),
])
def test_extrapolation_admits_no_own_data(text, expected):
    assert extrapolated(text) is expected


def test_ev002_quotes_the_cers_extrapolation(tmp_path):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – InfuseOne\n\n## 3. Intended purpose\n\n"
        "InfuseOne is intended for adults and for children from 6 years.\n\n## 6. Clinical data\n\n"
        "| Study | Design | Population | Follow-up |\n|---|---|---|---|\n"
        "| IO-01 | prospective | 120 adults aged 19-70 years | 12 months |\n\n"
        "Safety and performance in the paediatric population are derived by extrapolation from the adult "
        "study IO-01.\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path]).findings if f.rule == "EV002"]
    assert findings
    assert any("extrapolation from the adult" in loc.quote for f in findings for loc in f.locations)


@pytest.mark.parametrize("sentence, benefit", [
    ("Technical, biological and clinical equivalence is shown in report EQ-7 with bench data.", False),
    ("Pre-clinical ovine data support resorption of the scaffold within 6 months.", False),
    ("Non-clinical bench data confirm the burst pressure.", False),
    ("Die präklinischen Daten belegen die Resorption.", False),
    ("Animal data demonstrate pain relief and faster healing.", True),
    ("Les données sur banc confirment le bénéfice clinique.", True),
])
def test_clinical_in_other_senses_is_no_benefit(sentence, benefit):
    assert names_benefit(sentence) is benefit


def test_equivalence_documented_with_bench_data_is_no_preclinical_benefit(tmp_path):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – AirNest\n\n## 4. Equivalence\n\n"
        "Technical, biological and clinical equivalence to AirNest 1 is documented in EQ-22 with bench "
        "data and a materials comparison.\n", encoding="utf-8")
    assert not [f for f in run_check([tmp_path]).findings
                if f.rule == "EV001" and "pre-clinical data only" in f.message]

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.evidence import (citation_keys, equivalence_in, extract, follow_up_months,
                                         population_groups, subject_of)
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize(("text", "subject"), [
    ("Ozone disinfection in recirculating aquaculture systems", "aquaculture"),
    ("Atlantic salmon farms", "aquaculture"),
    ("Ozonation of drinking water", "water_treatment"),
    ("In vitro study on human fibroblasts", "in_vitro"),
    ("Wound healing in 24 diabetic rats", "animal"),
    ("Étude chez le lapin", "animal"),
    ("Studie an Schweinen", "animal"),
    ("Anti-ageing cosmetic cream", "cosmetic"),
    ("40 patients with diabetic foot ulcers", "human"),
    ("Essai randomisé chez 60 adultes", "human"),
    ("Patients receiving an animal-derived graft", "human"),
    ("Handbook of ozone chemistry", None),
])
def test_subject(text, subject):
    assert subject_of(text) == subject


@pytest.mark.parametrize(("text", "months"), [
    ("with a follow-up of 4 months", 4),
    ("2-year follow-up", 24),
    ("suivi de 24 mois", 24),
    ("Nachbeobachtung über 12 Monate", 12),
    ("patients were followed for 6-12 months", 12),
    ("mean follow-up 18 months (range 6-30)", 30),  # the longest follow-up is the range's top
    ("the device weighs 4 kg", None),
])
def test_follow_up(text, months):
    assert follow_up_months(text) == months


def test_population_groups_from_words_and_ages():
    assert set(population_groups("38 children aged 2-12 years")) >= {"children"}
    assert "adults" in population_groups("60 patients aged 18-70 years")
    assert "children" not in population_groups("60 patients aged 18-70 years")
    assert "adults" in population_groups("Erwachsene")


def test_literature_table_rows_and_reference_list():
    md = """# CER
## Clinical data
| Study | Patients | Indication | Follow-up | N |
|---|---|---|---|---|
| [1] Rossi et al. 2020 | adults, extraction sockets | ridge preservation | 4 months | 30 |
| [2] Lindqvist 2016 | Atlantic salmon | fish farm | 6 weeks | 200 |
## References
1. Rossi A, et al. Dentin graft in extraction sockets. J Dent. 2020.
"""
    facts = [f for f in extract(document_from_text(md, "CER.md", Role.CER), ExtractionContext())
             if f.kind is FactKind.EVIDENCE]
    rows = [f.value for f in facts]
    assert rows[0].citation == "[1] Rossi et al. 2020" and rows[0].follow_up_months == 4
    assert rows[0].sample_size == 30 and rows[0].subject == "human" and rows[0].indication == "ridge preservation"
    assert rows[1].subject == "aquaculture"
    assert any("Dentin graft" in r.citation for r in rows[2:])


def test_table_without_reference_column_is_not_evidence():
    md = "# CER\n## Specs\n| Parameter | Value |\n|---|---|\n| Weight | 4 kg |\n"
    assert not [f for f in extract(document_from_text(md, "CER.md", Role.CER), ExtractionContext())
                if f.kind is FactKind.EVIDENCE]


def test_citation_keys():
    assert citation_keys("[12] Smith J") == {"12"}
    assert citation_keys("(Smith et al., 2020)") == {"smith 2020"}
    assert citation_keys("[5-7]") == {"5", "6", "7"}


@pytest.mark.parametrize(("text", "own", "contract", "maker"), [
    ("The equivalent device is WoundCare X from ACME Medical GmbH, a competitor.", False, None, "ACME Medical GmbH"),
    ("A contract with ACME gives full access to the technical documentation.", None, True, "ACME"),
    ("No contract giving access to the technical documentation exists for the equivalent device.", None, False, None),
    ("The equivalent device is our own predecessor DentaBone 1.", True, None, None),
    ("L'équivalence avec le dispositif OzoPlus de la société Ozon SA est revendiquée.", None, None, "Ozon SA"),
    ("Gleichartigkeit mit dem Produkt eines Wettbewerbers wird beansprucht.", False, None, None),
])
def test_equivalence(text, own, contract, maker):
    value = equivalence_in(text, in_section=True)
    assert value is not None
    assert (value.own_device, value.contract, value.manufacturer) == (own, contract, maker)


def test_no_equivalence_claimed_is_not_a_fact():
    assert equivalence_in("No equivalence is claimed; the CER relies on own clinical data.") is None
    assert equivalence_in("The device weighs 4 kg.") is None


def test_outcome_parameters_of_cep():
    md = """# CEP
## Outcome parameters and acceptance criteria
The following outcome parameters apply:
- Complete wound closure at 12 weeks (≥ 60 %)
| Parameter | Acceptance criterion |
|---|---|
| Wound pain (VAS) | reduction ≥ 2 points |
## Scope
The primary endpoint is time to closure.
"""
    values = [f.location.quote for f in extract(document_from_text(md, "CEP.md", Role.CEP), ExtractionContext())
              if f.kind is FactKind.OUTCOME_PARAMETER]
    assert "Complete wound closure at 12 weeks (≥ 60 %)" in values
    assert any("Wound pain" in v for v in values)
    assert "The primary endpoint is time to closure." in values
    assert not any(v.endswith(":") for v in values)


def _outcomes(md: str) -> list[str]:
    return [f.location.quote for f in extract(document_from_text(md, "CEP.md", Role.CEP), ExtractionContext())
            if f.kind is FactKind.OUTCOME_PARAMETER]


@pytest.mark.parametrize("sentence", [
    "The benefit-risk ratio is acceptable when each outcome parameter meets its criterion.",
    "Benefit/risk will be judged acceptable if all endpoints reach their acceptance criteria.",
    "Le rapport bénéfice/risque est acceptable si chaque critère de jugement atteint son critère.",
    "Das Nutzen-Risiko-Verhältnis ist vertretbar, wenn alle Endpunkte ihr Kriterium erreichen.",
])
def test_statements_about_all_outcomes_or_the_benefit_risk_are_no_outcome(sentence):
    assert _outcomes(f"# CEP\n## Acceptance criteria\n{sentence}\n") == []


def test_cep_outcome_prose_needs_something_measurable_or_a_cue():
    md = """# CEP
## Outcome parameters
Complete closure is expected in at least 60 % of ulcers at 12 weeks.
Outcome data come from the registry.
## Scope
The primary outcome is time to closure.
"""
    assert _outcomes(md) == ["Complete closure is expected in at least 60 % of ulcers at 12 weeks.",
                             "The primary outcome is time to closure."]


def test_cep_table_outcome_is_the_outcome_column_not_the_benefit():
    md = """# CEP
## Benefits
| Clinical benefit | Outcome parameter | Acceptance criterion |
|---|---|---|
| faster healing | time to complete closure | ≤ 60 days |
"""
    assert _outcomes(md) == ["time to complete closure"]
    md_de = """# CEP
## Nutzen
| Nutzen | Endpunkt | Kriterium |
|---|---|---|
| weniger Schmerz | Schmerz (VAS) nach 4 Wochen | -2 Punkte |
"""
    assert _outcomes(md_de) == ["Schmerz (VAS) nach 4 Wochen"]


def test_split_paragraph_is_judged_as_one_sentence():
    md = ("# CEP\n## Benefit-risk acceptance criteria\n"
          "The benefit-risk ratio is acceptable when each outcome parameter meets its criterion and the\n\n"
          "residual risks do not exceed those of the state of the art.\n")
    assert _outcomes(md) == []


@pytest.mark.parametrize(("text", "device", "maker"), [
    ("Clinical equivalence is claimed to the Corail hip system (DePuy Synthes), which has the same characteristics.",
     "Corail hip system", "DePuy Synthes"),
    ("Equivalence has been demonstrated with the SAPIEN 3 valve (Edwards Lifesciences).",
     "SAPIEN 3 valve", "Edwards Lifesciences"),
    ("L'équivalence est revendiquée avec le dispositif OsteoFill 2 (Biomat SAS).", "OsteoFill 2", "Biomat SAS"),
    ("Gleichartigkeit mit dem Produkt KnochenPlus von Osteo AG wird beansprucht.", "KnochenPlus", "Osteo AG"),
    ("Equivalent device | Corail (DePuy Synthes)", "Corail", "DePuy Synthes"),
])
def test_equivalent_device_and_its_maker(text, device, maker):
    value = equivalence_in(text, in_section=True)
    assert (value.device, value.manufacturer) == (device, maker)


def test_bracketed_reference_is_not_a_maker():
    assert equivalence_in("Equivalence is claimed to our legacy device DentaBone 1 (see Table 4).").manufacturer is None
    assert equivalence_in("Equivalence to the OZ-Wound system (another manufacturer) is claimed.").own_device is False


def test_vancouver_numbers_in_round_brackets_are_citation_keys():
    assert citation_keys("(1, 2)") == {"1", "2"}
    assert citation_keys("(2020)") == set()

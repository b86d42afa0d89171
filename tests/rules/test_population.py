import pytest

from panelproof.ingest.model import Role
from panelproof.rules.model import Severity
from panelproof.rules.population.PO001_population_bounds_differ import PopulationBoundsDiffer
from panelproof.rules.population.PO002_population_groups_differ import PopulationGroupsDiffer
from panelproof.rules.population.PO003_population_vague import PopulationVague

from tests.rules._mine import facts_from


def run(rule, **docs):
    roles = {"CER": Role.CER, "CEAR": Role.CEAR, "IFU": Role.IFU, "SSCP": Role.SSCP}
    base = facts_from({f"{k}.md": (roles[k.split("_")[0]], f"# {k}\n\n## Intended purpose\n\n{v}\n")
                       for k, v in docs.items()})
    return list(rule().check(base))


def test_equivalent_phrasings_agree():
    assert run(PopulationBoundsDiffer, CER="For adults aged 18–75 years.",
               CEAR="Patients between 18 and 75 years of age.",
               IFU_de="Für Patienten zwischen 18 und 75 Jahren.") == []
    assert run(PopulationBoundsDiffer, CER="Patients weighing more than 5 kg.",
               CEAR="Not for patients under 5 kg.", IFU="Patients heavier than 11 lb.") == []


def test_different_weight_thresholds_are_major():
    (finding,) = run(PopulationBoundsDiffer, CER="Patients from 1 kg body weight.",
                     CEAR="Patients weighing more than 5 kg.")
    assert finding.severity is Severity.MAJOR
    quotes = {loc.quote for loc in finding.locations}
    assert quotes == {"Patients from 1 kg body weight", "Patients weighing more than 5 kg"}


def test_adolescents_from_16_and_adults_from_18_differ():
    assert run(PopulationBoundsDiffer, CER="Adolescents from 16 years.",
               CEAR="Adults aged 18 and older.")


def test_groups_differ_and_bound_leaves_out_group():
    assert run(PopulationGroupsDiffer, CER="For adult and paediatric patients.", CEAR="For adults.")
    assert run(PopulationGroupsDiffer, CER="For adults.", CEAR="For adults; not for children.") == []
    findings = run(PopulationGroupsDiffer, CER="For neonates.", CEAR="For patients over 5 kg.")
    assert any("leaves them out" in f.message for f in findings)


def test_vague_population_is_minor():
    (finding,) = run(PopulationVague, IFU="Intended for all patients requiring ventilation.")
    assert finding.severity is Severity.MINOR
    assert run(PopulationVague, IFU="Intended for adults.") == []


def test_po003_silent_when_the_population_stands_under_an_unexpected_heading():
    # a PDF table whose columns became headings: the population is under "Description"
    text = ("The intended purpose of the X is summarised below.\n\n## Technical data\n\n"
            "### Description\n\nchildren and adults over 10 kg\n")
    assert run(PopulationVague, IFU=text) == []
    text_de = ("Die Zweckbestimmung ist unten zusammengefasst.\n\n## Beschreibung\n\n"
               "Kinder und Erwachsene\n")
    assert run(PopulationVague, IFU=text_de) == []


def test_po003_still_reports_when_only_studies_name_a_population():
    text = ("The X is intended for mechanical ventilation.\n\n## Literature review\n\n"
            "Smith et al. enrolled adults over 40 kg.\n\n## Clinical data\n\n"
            "The study included 120 adults (mean age 64 years).\n")
    (finding,) = run(PopulationVague, CER=text)
    assert "without any age, weight or patient group" in finding.message


@pytest.mark.parametrize("text", [
    "Patients of any age undergoing procedures that generate surgical smoke; the product acts "
    "on the smoke, not on the patient.",
    "Patienten jeden Alters bei Eingriffen, bei denen chirurgischer Rauch entsteht; das Produkt "
    "hat keinen Kontakt zum Patienten.",
    "Patients de tous âges ; le dispositif n'a aucun contact avec le patient.",
    "Pazienti di tutte le età; il dispositivo non è a contatto con il paziente.",
    "Pacientes de todas las edades; el aspirador no actúa sobre el paciente.",
    "All patients undergoing endoscopy. The washer is used for the endoscopes only and has no "
    "patient contact.",
])
def test_po003_silent_when_any_age_is_by_design_of_a_device_not_acting_on_the_patient(text):
    """"Any age" is the population by design where the device does not act on or touch the
    patient: its benefit and risks do not depend on who the patient is."""
    assert run(PopulationVague, IFU=text) == []


@pytest.mark.parametrize("text", [
    "Intended for all patients requiring ventilation.",
    "Patients of any age requiring ventilation; not in contact with the patient's eyes.",
])
def test_po003_still_reports_any_age_for_a_device_acting_on_the_patient(text):
    (finding,) = run(PopulationVague, IFU=text)
    assert "sets no population" in finding.message

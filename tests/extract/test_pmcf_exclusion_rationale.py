"""A sample size justified by the upper rate it rules out, with a stated confidence, is
statistically justified, whatever the wording (PM003's "no rationale" must not fire)."""

import pytest

from panelproof.extract import pmcf


@pytest.mark.parametrize("text", [
    "120 wearers are enrolled; if no lens loss is seen, a loss rate above 2.5 % can be ruled out with 95 % confidence.",
    "With 4 000 infusion hours, a free-flow rate of 1 per 1 000 hours could be excluded at 90 % certainty.",
    "60 paediatric users allow us to exclude a burn incidence above 5 %.",
    "200 patients permit to estimate the revision rate within acceptable limits.",
    "Avec 300 patients, un taux de migration supérieur à 1 % peut être exclu avec une confiance de 95 %.",
    "300 patients permettent d'exclure un taux de migration supérieur à 1 %.",
    "Mit 250 Patienten kann eine Infektionsrate über 2 % mit 95 % Sicherheit ausgeschlossen werden.",
])
def test_exclusion_statements_are_statistical(text: str) -> None:
    assert pmcf.is_statistical(text)


@pytest.mark.parametrize("text", [
    "Patients with active infection will be excluded from the registry.",
    "About 100 users are invited; 95 % of them are expected to answer.",
    "Subjects may be excluded at the investigator's discretion.",
])
def test_plain_exclusions_and_percentages_are_not_statistical(text: str) -> None:
    assert not pmcf.is_statistical(text)

"""A span governed by a needed therapy or exposure, or the time point of a rate, is not an age.

"requiring HPN ≥ 3 mo" is how long the therapy lasts; "10–25 % a los 2–4 años" is when a
complication rate was measured. Real ages around them stay ages.
"""

import pytest

from panelproof.extract.population import extract
from panelproof.ingest.text import document_from_text


def ages(text: str, language: str = "en", heading: str = "Intended use") -> list[tuple]:
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.low, f.value.high) for f in extract(document, None)
            if f.kind.name == "POPULATION_BOUND" and f.value.dimension == "age"]


@pytest.mark.parametrize(("text", "language"), [
    ("Chronic intestinal failure or other conditions requiring HPN ≥ 3 mo", "en"),
    ("Indicated for adults and children with intestinal failure requiring HPN ≥ 3 mo.", "en"),
    ("Patients on dialysis > 6 mo.", "en"),
    ("Patients who need home ventilation for at least 3 months.", "en"),
    ("Pacientes que requieren NPD ≥ 3 meses.", "es"),
    ("Patiënten die dialyse nodig hebben ≥ 6 maanden.", "nl"),
    ("Pazienti in terapia con dialisi da almeno 6 mesi.", "it"),
    ("Patienten mit Beschwerden seit mindestens 3 Monaten.", "de"),
])
def test_therapy_duration_is_not_an_age(text, language):
    assert ages(text, language) == []


@pytest.mark.parametrize(("text", "language", "heading"), [
    ("Rotura del cordón (radiográfica, 10–25 % a los 2–4 años)", "es", "Riesgos residuales"),
    ("Rotura del cordón (radiográfica, 10–25 % a los 2–4 años)", "es", "Intended use"),
    ("Cord rupture (radiographic, 10–25 % at 2–4 years)", "en", "Residual risks"),
    ("Revision rate 5 % at 2–4 yrs FU in patients.", "en", "Intended use"),
    ("Survival 90% at 5 years in patients.", "en", "Intended use"),
    ("Rupture du cordon chez 10 % des patients à 2 ans.", "fr", "Risques"),
    ("Ruptur bei 10 % der Patienten nach 2 Jahren.", "de", "Risiken"),
    ("Rottura nel 10 % dei pazienti dopo 2 anni.", "it", "Rischi"),
    ("Breuk bij 10 % van de patiënten na 2 jaar.", "nl", "Risico's"),
    ("Patients with 3 years follow-up.", "en", "Intended use"),
])
def test_time_point_of_a_rate_is_not_an_age(text, language, heading):
    assert ages(text, language, heading) == []


@pytest.mark.parametrize(("text", "language", "bound"), [
    ("Children aged 2–4 years.", "en", (2.0, 4.0)),
    ("Niños de 2 a 4 años.", "es", (2.0, 4.0)),
    ("Bambini dai 2 ai 4 anni.", "it", (2.0, 4.0)),
    ("Kinderen van 2 tot 4 jaar.", "nl", (2.0, 4.0)),
    ("Children ≥ 3 mo of age.", "en", (0.25, None)),
    ("Children from 3 months.", "en", (0.25, None)),
    ("Adults and children aged 3 years and older.", "en", (3.0, None)),
    ("Enfants à partir de 3 ans.", "fr", (3.0, None)),
    ("Kinder ab 3 Jahren, die eine Beatmung benötigen.", "de", (3.0, None)),
    ("Patients on dialysis aged ≥ 18 years.", "en", (18.0, None)),
    ("Patients requiring ventilation, children ≥ 3 mo.", "en", (0.25, None)),
    ("Indicated for adults on dialysis and children ≥ 2 years.", "en", (2.0, None)),
    ("Patients nécessitant une ventilation, âgés de 3 ans et plus.", "fr", (3.0, None)),
    ("Indicated for patients ≥ 18 years; revision rate 5 % at 10 years.", "en", (18.0, None)),
])
def test_real_ages_stay_ages(text, language, bound):
    assert bound in ages(text, language)

"""Claims and pre-clinical support (claims5): CGM zero-lag red flag, durability over N years,
the CER's 'could not be assessed beyond N months', limitations and disclaimers (CL001),
observed zero counts (CL002) and benefits resting on animal or cadaver models (EV001)."""

from __future__ import annotations

import pytest

from panelproof.extract._clinical_terms import is_negated
from panelproof.extract.claims import analyse, states_limitation
from panelproof.rules.claim import CL002_absolute_claim as cl002
from panelproof.rules.claim._support import _NOT_BEYOND, _months_after
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months, number_words
from panelproof.rules.evidence import EV001_non_clinical_evidence as ev001
from panelproof.extract.claims import absolute_hits

CGM = "continuous glucose sensor measuring glucose in interstitial fluid"


@pytest.mark.parametrize("text", [
    "GlucoSense readings show zero lag against blood glucose, so you can act on them instantly.",
    "Its readings show zero lag against blood glucose, even when glucose is changing fast.",
    "Le letture non hanno alcun ritardo rispetto alla glicemia.",
    "Il sensore segue la glicemia senza alcun ritardo.",
    "Les valeurs du capteur ne présentent aucun décalage par rapport à la glycémie.",
    "Die Sensorwerte zeigen keine Verzögerung gegenüber dem Blutzucker.",
    "Der Sensor misst verzögerungsfrei den Blutzucker.",
    "Las lecturas no presentan ningún retraso respecto a la glucemia.",
    "Sensor values track blood glucose without any delay.",
    "The sensor is lag-free compared with blood glucose.",
])
def test_cgm_zero_lag_is_a_red_flag(text: str) -> None:
    claim = analyse(text, subject_context=CGM)
    assert claim is not None and claim.red_flag == "interstitial_glucose_no_lag"


@pytest.mark.parametrize("text", [
    "Glucose in interstitial fluid normally trails blood glucose by about five to ten minutes.",
    "Sensor readings lag blood glucose by 5 to 10 minutes; confirm with a meter when glucose changes fast.",
    "The sensor does not show zero lag against blood glucose.",
    "The manufacturer does not claim that readings have no lag against blood glucose.",
    "No blood glucose calibration is required.",
    "There is no delay in the alarm; check your blood glucose with a meter.",
])
def test_cgm_statements_that_are_not_zero_lag_claims(text: str) -> None:
    claim = analyse(text, subject_context=CGM)
    assert claim is None or claim.red_flag != "interstitial_glucose_no_lag"


@pytest.mark.parametrize("text", [
    "The valve showed durability comparable to surgical bioprostheses over 10 years.",
    "Leaflet durability similar to surgical valves was shown over 10 years.",
    "La valve a montré une durabilité comparable aux bioprothèses chirurgicales sur 10 ans.",
    "Die Klappe zeigte über 10 Jahre eine mit chirurgischen Bioprothesen vergleichbare Haltbarkeit.",
    "Die Klappe zeigte eine Haltbarkeit vergleichbar mit chirurgischen Bioprothesen über 10 Jahre.",
    "La valvola ha mostrato una durabilità paragonabile alle bioprotesi chirurgiche per 10 anni.",
    "La válvula mostró una durabilidad comparable a las bioprótesis quirúrgicas durante 10 años.",
])
def test_durability_over_years_is_a_ten_year_claim(text: str) -> None:
    assert analyse(text) is not None
    horizon = claim_horizon_months(text)
    assert horizon is not None and horizon[0] == 120


@pytest.mark.parametrize("text, months", [
    ("Structural valve deterioration could not be assessed beyond 24 months.", 24),
    ("No follow-up data are available beyond two years.", 24),
    ("Durability has not been observed beyond 3 years.", 36),
    ("La dégénérescence structurelle n'a pas pu être évaluée au-delà de 24 mois.", 24),
    ("Die strukturelle Degeneration konnte über 24 Monate hinaus nicht beurteilt werden.", 24),
    ("El deterioro estructural no pudo ser evaluado más allá de 24 meses.", 24),
])
def test_data_limit_gives_the_longest_follow_up(text: str, months: int) -> None:
    match = _NOT_BEYOND.search(text)
    assert match is not None and _months_after(text[match.start():], number_words()) == months


@pytest.mark.parametrize("text", [
    "Patients were followed beyond 24 months in 80 % of cases.",
    "The device can be used after 24 months of storage.",
])
def test_follow_up_beyond_is_no_data_limit(text: str) -> None:
    assert _NOT_BEYOND.search(text) is None


@pytest.mark.parametrize("text, limited", [
    ("RSA migration at two years is in the range that predicts good long-term fixation, but actual "
     "long-term implant survival has not been observed yet; this is addressed by PMCF.", True),
    ("Two-year RSA migration is an accepted surrogate for long-term fixation; the manufacturer does "
     "not claim long-term survival.", True),
    ("Le fabricant ne revendique pas une survie à long terme.", True),
    ("Eine lebenslange Haltbarkeit wird vom Hersteller nicht beansprucht.", True),
    ("Il fabbricante non rivendica una sopravvivenza a lungo termine.", True),
    ("El fabricante no reivindica una supervivencia a largo plazo.", True),
    ("The implant provides durable long-term fixation.", False),
    ("FixKnee reduces revision rates compared with cemented components.", False),
])
def test_limitations_and_disclaimers(text: str, limited: bool) -> None:
    assert states_limitation(text) is limited


@pytest.mark.parametrize("text, observed", [
    ("Clinical data from a prospective adult study and a pediatric case series show survival in line "
     "with the ELSO registry, with no console failures.", True),
    ("Les données de l'étude prospective montrent une survie conforme au registre, sans aucune complication.", True),
    ("Die Studie zeigte ein Überleben im Bereich des Registers, ohne jegliche Komplikationen.", True),
    ("Clinical studies show that the device has no side effects.", False),
    ("The device works without any complications.", False),
    ("The console operates with no failures.", False),
])
def test_zero_counts_observed_in_a_study(text: str, observed: bool) -> None:
    hits = [(e, w) for e, w in absolute_hits(text) if e["id"] in ("total_freedom", "no_side_effects")]
    assert hits
    assert any(cl002._observed_zero(text, w) for _, w in hits) is observed


def _rests_on_preclinical(text: str) -> bool:
    support = ev001._PRECLINICAL_SUPPORT.search(text)
    return bool(support and ev001._BENEFIT.search(text) and not ev001._HUMAN_DATA.search(text)
                and not is_negated(text, support.start()))


@pytest.mark.parametrize("text", [
    "Pain relief and vertebral height restoration with VertaLift are supported by the ovine fracture "
    "model and the cadaveric study.",
    "The clinical benefit of improved bone healing is demonstrated in a rabbit defect model.",
    "The ovine model and cadaver tests support the clinical benefit of height restoration.",
    "Le soulagement de la douleur est démontré par le modèle ovin et l'étude cadavérique.",
    "Die Schmerzlinderung ist durch das Schafmodell und die Kadaverstudie belegt.",
    "Il sollievo dal dolore è supportato dal modello ovino e dallo studio su cadavere.",
    "El alivio del dolor está respaldado por el modelo ovino y el estudio en cadáveres.",
])
def test_benefit_resting_on_preclinical_models(text: str) -> None:
    assert _rests_on_preclinical(text)


@pytest.mark.parametrize("text", [
    "Biocompatibility was shown in a rabbit implantation model.",
    "Pain relief is supported by the pivotal study in 120 patients and the ovine model.",
    "Vertebral height restoration was measured in the ovine model (12 sheep).",
    "Clinical benefits are not supported by the ovine model alone; clinical data are required.",
    "The cadaveric study confirmed the mechanical strength of the construct.",
])
def test_preclinical_statements_that_claim_no_clinical_benefit(text: str) -> None:
    assert not _rests_on_preclinical(text)

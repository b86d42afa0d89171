"""Claim reading for translated dossiers: a body region named "lower ..." is no claim verb, a
complete and lasting end of a symptom is an absolute claim, a lasting benefit stated as
demonstrated in the passive claims its horizon, and a significant change told in the past tense
is a reported result."""

import pytest

from panelproof.extract.claims import analyse, claim_horizon_months
from panelproof.rules.claim._support import is_reported_result, outcome_phrases


@pytest.mark.parametrize("text", [
    "Adults over 21 with chronic venous ulcers of the lower limb, unresponsive to compression therapy.",
    "Men with lower urinary tract symptoms due to benign prostatic enlargement for at least 3 months.",
    "Patients with lower-extremity lymphoedema stage II, after failed decongestive therapy.",
    "Adults with moderately reduced renal function awaiting fistula creation.",
    "Women ≥ 40 years old with lower back pain lasting more than 12 weeks.",
])
def test_population_sentence_with_lower_or_reduced_is_no_claim(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "The compression stocking lowers venous pressure in the calf.",
    "The valve lowers the risk of reflux into the lower leg.",
])
def test_lower_as_verb_still_claims(text):
    assert analyse(text) is not None


@pytest.mark.parametrize("text", [
    "The implant takes away the headache completely and forever.",
    "Our spinal cord stimulator eliminates neuropathic pain permanently, so no painkillers are needed any more.",
    "The plug permanently cures dry eye symptoms.",
    "Le neurostimulateur supprime la douleur définitivement.",
    "Das Implantat beseitigt die Schmerzen vollständig und dauerhaft.",
])
def test_complete_and_lasting_relief_is_absolute(text):
    claim = analyse(text)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize(("text", "months"), [
    ("Long-lasting relief of migraine for at least 8 years has been demonstrated with the stimulator.", 96),
    ("Durable seizure control over five years was clearly shown for the VNS lead.", 60),
    ("Sustained improvement of continence has been confirmed for the sling.", None),
])
def test_lasting_benefit_stated_as_demonstrated_is_a_claim(text, months):
    claim = analyse(text)
    assert claim is not None
    if months is not None:
        assert claim_horizon_months(text)[0] == months


@pytest.mark.parametrize("text", [
    "Knee function (KOOS) and walking distance improved significantly.",
    "Itching scores were significantly reduced compared with baseline.",
    "The registry showed a statistically significant reduction in re-bleeding.",
    "La qualité du sommeil s'est améliorée de façon significative.",
    "Die Gehstrecke verbesserte sich signifikant.",
])
def test_significant_change_in_the_past_is_a_result(text):
    assert is_reported_result(text)


@pytest.mark.parametrize("text", [
    "The dressing significantly reduces exudate.",
    "Swelling is significantly reduced with the device.",
    "The catheter significantly improves patient comfort.",
])
def test_significant_change_in_the_present_is_a_claim(text):
    assert not is_reported_result(text)


def test_signs_and_symptoms_is_one_outcome():
    assert outcome_phrases("The gel improves signs and symptoms of atopic dermatitis.") == [
        "signs and symptoms of atopic dermatitis"]
    assert outcome_phrases("The gel reduces itching and symptoms of eczema.") == ["itching", "symptoms of eczema"]

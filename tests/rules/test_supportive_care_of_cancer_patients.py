"""A device for the supportive care of patients receiving cancer therapy (preventing oral
mucositis, radiation dermatitis or chemotherapy-induced alopecia) claims to prevent a toxicity of
the therapy, not cancer: the red flag "device prevents malignancy" must not fire on it, and still
fires on a real cancer-prevention claim."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse

_FLAGS = {"device_prevents_malignancy", "symptomatic_therapy_halts_disease_permanently"}


@pytest.mark.parametrize("text", [
    "The said device emits red laser light of low power to the oral mucosa for photobiomodulation, "
    "for the prevention of oral mucositis in patients receiving cancer therapy.",
    "The cooling cap prevents chemotherapy-induced alopecia in women treated for breast cancer.",
    "The dressing prevents radiation dermatitis in patients undergoing radiotherapy for head and neck cancer.",
    "Das Gerät beugt der oralen Mukositis bei Krebspatienten unter Chemotherapie vor.",
    "Le dispositif prévient la mucite buccale chez les patients atteints de cancer sous radiothérapie.",
])
def test_preventing_a_toxicity_of_cancer_therapy_is_no_cancer_prevention_claim(text: str) -> None:
    claim = analyse(text)
    assert claim is None or claim.red_flag not in _FLAGS


@pytest.mark.parametrize("text", [
    "The laser treatment of the benign nodule prevents the development of thyroid cancer.",
    "The vapour therapy of the enlarged prostate protects the patient against prostate cancer.",
])
def test_a_cancer_prevention_claim_is_still_a_red_flag(text: str) -> None:
    claim = analyse(text)
    assert claim is not None and claim.red_flag == "device_prevents_malignancy"

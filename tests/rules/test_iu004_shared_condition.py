"""IU004 needs a shared clinical condition, not a shared procedure word, and reports one
finding per contraindicated item naming every document on each side."""

from __future__ import annotations

import pytest

from panelproof.rules.intended_use.IU004_indication_contraindicated import IndicationContraindicated
from tests.rules.intended_use_facts import intended_use_facts


def _check(documents: dict[str, str]) -> list:
    return list(IndicationContraindicated().check(intended_use_facts(documents)))


@pytest.mark.parametrize("indication, contraindication", [
    ("Aphakic or pseudophakic eye, or phakic eye to be made pseudophakic during the implantation",
     "Ocular diseases or conditions preventing the implantation or the function of the implant"),
    ("Primary total knee arthroplasty in patients undergoing surgery for osteoarthritis",
     "Any condition that would compromise the surgery or the procedure"),
    ("Closure of the left atrial appendage in patients eligible for the procedure",
     "Anatomy unsuitable for the procedure or the device"),
    ("Patients scheduled for implantation of a cochlear implant",
     "Conditions preventing the use of the device or the implantation"),
    ("Treatment of chronic wounds with the device",
     "Known hypersensitivity to the device or its treatment"),
])
def test_a_shared_procedure_word_is_no_contradiction(indication, contraindication):
    ifu = f"# Indications\n\n- {indication}\n\n# Contraindications\n\n- {contraindication}\n"
    assert _check({"CER.md": f"# Indications\n\n- {indication}\n", "IFU_en.md": ifu}) == []


@pytest.mark.parametrize("indication, contraindication", [
    ("Cataract surgery in eyes with glaucoma", "Glaucoma"),
    ("Haemostasis in spinal and cranial neurosurgery", "Use in neurosurgical procedures or on neural tissue"),
    ("Implantation in patients with severe osteoporosis", "Severe osteoporosis or the implantation in children"),
])
def test_a_shared_condition_still_contradicts(indication, contraindication):
    ifu = f"# Contraindications\n\n- {contraindication}\n"
    [finding] = _check({"CER.md": f"# Indications\n\n- {indication}\n", "IFU_en.md": ifu})
    assert {loc.document for loc in finding.locations} == {"CER.md", "IFU_en.md"}


def test_dutch_of_splits_but_english_of_does_not():
    # English "of" is no alternative: "the function of the implant" stays one phrase
    assert _check({"CER.md": "# Indications\n\n- Aphakic eye to receive an implant\n",
                   "IFU_en.md": "# Contraindications\n\n- Loss of the function of the implant\n"}) == []


def test_one_finding_per_conflict_names_every_document():
    cer = "# Indications\n\n- Haemostasis in spinal and cranial neurosurgery\n"
    contra = "# Contraindications\n\n- Use in neurosurgical procedures or on neural tissue\n"
    findings = _check({"CER.md": cer, "CEP.md": cer, "IFU_en.md": contra, "SSCP.md": contra})
    assert len(findings) == 1
    [finding] = findings
    assert {loc.document for loc in finding.locations} == {"CER.md", "CEP.md", "IFU_en.md", "SSCP.md"}
    assert "CER.md" in finding.message and "CEP.md" in finding.message
    assert "IFU_en.md" in finding.message and "SSCP.md" in finding.message

"""Intended-use items that name one thing in two ways (a general item and its measured form, a
failed treatment and a refractory condition, "incomplete" and "not complete"), an item about
the patient "whose ...", and an inline numbered list that goes on in the next block."""

import pytest

from panelproof.extract.model import FactKind
from panelproof.rules.intended_use.common import leftovers_alike, same_text
from panelproof.rules.intended_use.IU001_indications_differ import IndicationsDiffer
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer

from tests.rules.intended_use_facts import intended_use_facts


@pytest.mark.parametrize("general, measured", [
    ("segmental instability", "instability > 3 mm translation or > 11 ° angulation"),
    ("spinal instability", "instability of more than 3 mm translation"),
    ("insufficient residual femur length", "residual femur less than 15 cm"),
    ("inadequate residual tibia length", "residual tibia shorter than 10 cm"),
])
def test_a_general_item_covers_its_measured_form(general, measured):
    assert leftovers_alike(general, measured)
    assert leftovers_alike(measured, general)


@pytest.mark.parametrize("general, measured", [
    ("insufficient bone stock", "bone stock > 10 mm"),  # insufficiency is no limit from above
    ("hepatic failure", "renal insufficiency with eGFR < 30 ml/min"),
    ("short residual limb", "residual femur less than 15 cm"),
    ("large aneurysm", "aneurysm diameter > 55 mm"),
    ("obesity", "body weight above 120 kg"),
])
def test_other_items_stay_apart_from_a_measured_one(general, measured):
    assert not leftovers_alike(general, measured)


@pytest.mark.parametrize("first, second", [
    ("dilated cardiomyopathy or myocarditis with failure of inotropic support",
     "dilated cardiomyopathy or myocarditis refractory to inotropes"),
    ("epilepsy with failure of medical therapy", "epilepsy refractory to medical therapy"),
    ("pain after failure of conservative treatment", "pain not responding to conservative treatment"),
    ("incomplete craniofacial growth", "craniofacial growth is not complete"),
    ("incomplete skeletal growth", "skeletal growth not complete"),
    ("unvollständiges Schädelwachstum", "Schädelwachstum nicht abgeschlossen"),
])
def test_restated_items_are_one(first, second):
    assert same_text(first, second)
    assert leftovers_alike(first, second)


def test_organ_failure_written_with_of_stays_organ_failure():
    assert same_text("renal failure", "failure of the kidneys")
    assert not same_text("complete heart block", "incomplete heart block")


def _ids(docs):
    facts = intended_use_facts(docs)
    return {getattr(f.value, "id", None) for f in facts.of(FactKind.CONTRAINDICATION)}


@pytest.mark.parametrize("path, text, expected", [
    ("IFU.md", "# Contraindications\n\n- Uncontrolled diabetes\n- Patients whose craniofacial growth is not complete\n"
     "- Pregnancy\n", "text:craniofacial growth is not complete"),
    ("IFU.md", "# Contraindications\n\n- Uncontrolled diabetes\n- Children whose skeletal growth is incomplete\n",
     "text:skeletal growth is incomplete"),
    ("IFU_fr.md", "# Contre-indications\n\n- Diabète non contrôlé\n- Patients dont la croissance craniofaciale "
     "n'est pas terminée\n", "text:croissance craniofaciale n'est pas terminée"),
])
def test_an_item_about_the_patient_whose_condition_is_read(path, text, expected):
    assert expected in _ids({path: text})


def test_whose_after_a_cut_sentence_stays_a_fragment():
    assert not any(i and "whose" in i for i in _ids(
        {"IFU.md": "# Contraindications\n\n- Active infection\n- whose growth is incomplete\n"}))


_ZYGOMA_CEP = """# Contraindications

- Uncontrolled diabetes
- Incomplete craniofacial growth
"""
_ZYGOMA_IFU = """# Contraindications

- Uncontrolled diabetes
- Patients whose craniofacial growth is not complete
"""


def test_incomplete_growth_and_patients_whose_growth_is_not_complete_agree():
    facts = intended_use_facts({"CEP.md": _ZYGOMA_CEP, "IFU.md": _ZYGOMA_IFU})
    assert list(ContraindicationsDiffer().check(facts)) == []


@pytest.mark.parametrize("cep_item, ifu_item", [
    ("Segmental instability", "Instability > 3 mm translation or > 11° angulation"),
    ("Insufficient residual femur length", "Residual femur less than 15 cm"),
])
def test_general_and_measured_contraindications_agree(cep_item, ifu_item):
    cep = f"# Contraindications\n\n- Active infection\n- {cep_item}\n- Multilevel disease\n"
    ifu = f"# Contraindications\n\n- Active infection\n- {ifu_item}\n- Multilevel disease\n"
    facts = intended_use_facts({"CEP.md": cep, "IFU.md": ifu})
    assert list(ContraindicationsDiffer().check(facts)) == []


def test_failed_treatment_and_refractory_indication_agree():
    cer = "# Indications\n\n- Dilated cardiomyopathy or myocarditis with failure of inotropic support\n"
    ifu = "# Indications\n\n- Dilated cardiomyopathy or myocarditis refractory to inotropes\n"
    facts = intended_use_facts({"CER.md": cer, "IFU.md": ifu})
    assert list(IndicationsDiffer().check(facts)) == []


_INLINE = ("## 2. Intended use\n\nContraindications: 1) Ruptured posterior capsule 2) Uncontrolled glaucoma "
           "3) Active uveitis\n\n")


@pytest.mark.parametrize("tail", ["## 4) Microphthalmia\n", "4) Microphthalmia\n"])
def test_an_inline_numbered_list_goes_on_in_the_next_block(tail):
    assert "text:microphthalmia" in _ids({"SSCP.md": _INLINE + tail + "\nTarget population: adults.\n"})


@pytest.mark.parametrize("tail", ["## 4. Microphthalmia\n", "## 5) Microphthalmia\n", "## 4) Contraindications\n"])
def test_a_heading_numbered_otherwise_ends_the_list(tail):
    assert "text:microphthalmia" not in _ids({"SSCP.md": _INLINE + tail + "\nThe lens is made of acrylic.\n"})

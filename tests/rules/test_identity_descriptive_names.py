"""ID001 on unseen clean dossiers: one trade name with different descriptive words, a generic
material after the name, a model the family's own document lists (invented devices)."""

import pytest

from panelproof.ingest.model import Role
from panelproof.rules.identity.ID001_device_name_differs import (
    DeviceNameDiffers, descriptor_base, generic_descriptor_words, same_device_with_generic_words)
from panelproof.rules.model import Severity

from tests.rules._mine import facts_from

_ROLES = {"IFU": Role.IFU, "CEA": Role.CEAR, "CER": Role.CER, "SSC": Role.SSCP}


def _severities(**docs: str) -> list[Severity]:
    base = facts_from({f"{name}.md": (_ROLES[name[:3]], text) for name, text in docs.items()})
    return [f.severity for f in DeviceNameDiffers().check(base)]


def _generic(word: str) -> bool:
    return word.lower() in {"coil", "coils", "scaffold", "insert", "ventilator", "stem"}


@pytest.mark.parametrize(("a", "b"), [
    ("Corvane™ Detachable Coils", "Corvane Neurovascular Coil"),
    ("Lumetra Bioresorbable Scaffold", "Lumetra Coronary Scaffold"),
    ("Osmira Tibial Insert", "Osmira Knee Insert"),
    ("Osmira Insert", "Osmira Fixed-bearing Insert"),
    ("Corvane 18 Detachable Coil", "Corvane 18 Neurovascular Coils"),
])
def test_plain_descriptive_words_before_one_noun_are_one_device(a, b):
    assert same_device_with_generic_words(a, b, _generic)


@pytest.mark.parametrize(("a", "b"), [
    ("Helvo Flow Diverter", "Helvo Embolisation Coil"),       # two device nouns
    ("Nimbo Adult Ventilator", "Nimbo Neonatal Ventilator"),  # population variants
    ("Osmira Left Knee Insert", "Osmira Right Knee Insert"),  # sides
    ("Osmira Small Insert", "Osmira Large Insert"),           # sizes
    ("Corvane Pro Coil", "Corvane Pro 2 Coil"),               # a model number
    ("Corvane FlexTip Coil", "Corvane Detachable Coil"),      # an invented word is a model name
    ("Corvane Coil", "Venalis Coil"),                         # another brand
    ("Osmira Tibial Widget", "Osmira Knee Widget"),           # head noun not generic
])
def test_other_words_keep_two_devices(a, b):
    assert not same_device_with_generic_words(a, b, _generic)


@pytest.mark.parametrize(("longer", "base"), [
    ("Opthavis 3000 Silicone Oil", "Opthavis 3000"),
    ("Dermalis Hyaluronic Acid Gel", "Dermalis"),
    ("Ostegen Bone Graft Substitute", "Ostegen"),
    ("Vitro Collagen Matrix", "Vitro"),
    ("Dermalis Gel", "Dermalis"),
])
def test_a_generic_material_after_the_name_is_a_descriptor(longer, base):
    assert descriptor_base(longer, [base]) == base


@pytest.mark.parametrize(("longer", "base"), [
    ("Opthavis 3000 Adult", "Opthavis 3000"),
    ("Opthavis 3000 Left", "Opthavis 3000"),
    ("Opthavis 3000 Pro", "Opthavis 3000"),
    ("Opthavis 3000 Oil 2", "Opthavis 3000"),
])
def test_a_variant_word_after_the_name_is_no_descriptor(longer, base):
    assert descriptor_base(longer, [base]) is None


def test_the_vocabulary_has_a_source_per_group_and_its_kinds():
    from panelproof import knowledge
    groups = knowledge.load("vocabulary/generic_descriptors")["groups"]
    assert all(g.get("source") for g in groups)
    words = generic_descriptor_words()
    assert {"coil", "oil", "gel"} <= words["device_noun"] | words["material"]
    assert "adult" in words["contrastive"] and "coil" not in words["contrastive"]


@pytest.mark.parametrize("docs", [
    {"IFU_en": "# Corvane™ Detachable Coils – Instructions for Use\n\nPlatinum coils.\n",
     "CEAR": "# Clinical Evaluation Assessment Report\n\nDevice name: Corvane Neurovascular Coil\n"},
    {"CER": "# Clinical Evaluation Report – Lumetra Bioresorbable Scaffold\n\nThe Lumetra "
            "Bioresorbable Scaffold is intended for coronary lesions.\n",
     "CEAR": "# CEAR\n\n| Device | Lumetra Coronary Scaffold System |\n"},
    {"IFU_de": "# Gebrauchsanweisung – Corvane Ablösbare Spiralen\n",
     "CEAR": "# CEAR\n\nDevice name: Corvane Neurovaskuläre Spirale\n"},
    {"IFU_en": "# Osmira Tibial Insert – Instructions for Use\n",
     "CEAR": "# CEAR\n\nProduct name: Osmira Knee Insert\n"},
    {"IFU_en": "# Instructions for Use – Opthavis 3000 Silicone Oil\n",
     "CER": "# Clinical Evaluation Report – Opthavis 3000\n", "CEAR": "# CEAR\n\nTrade name: Opthavis 3000\n"},
    {"IFU_fr": "# Notice d'utilisation – Dermalis Gel\n",
     "CEAR": "# CEAR\n\nTrade name: Dermalis Hyaluronic Acid Gel\n"},
])
def test_clean_dossiers_with_descriptive_names_are_silent(docs):
    assert _severities(**docs) == []


@pytest.mark.parametrize("docs", [
    {"IFU_en": "# Instructions for Use – Helvo Flow Diverter\n",
     "CEAR": "# CEAR\n\nDevice name: Helvo Embolisation Coil\n"},
    {"IFU_en": "# Instructions for Use – Opthavis 3000 Silicone Oil\n",
     "CEAR": "# CEAR\n\nTrade name: Opthavis 5000 Silicone Oil\n"},
    {"IFU_en": "# Instructions for Use – Corvane Pro Coil\n",
     "CEAR": "# CEAR\n\nTrade name: Corvane Pro 2 Coil\n"},
    {"IFU_en": "# Instructions for Use – Corvane Coil\n", "CEAR": "# CEAR\n\nTrade name: Venalis Coil\n"},
    {"CER": "# Clinical Evaluation Report – AirVent 60\n", "IFU_en": "# Instructions for Use – AirVent 65\n"},
])
def test_different_devices_stay_major(docs):
    assert _severities(**docs) == [Severity.MAJOR]


_FAMILY = "# Clinical Evaluation Report – Pacora ICD\n\n"


@pytest.mark.parametrize(("cer", "cear"), [
    (_FAMILY + "| Characteristic | Pacora VR | Pacora DR |\n|---|---|---|\n| Chambers | 1 | 2 |\n",
     "Pacora VR"),
    (_FAMILY + "## 2 Models\n\n- Pacora VR: single-chamber\n- Pacora DR: dual-chamber\n", "Pacora VR"),
    (_FAMILY + "The family comprises the models Pacora VR and Pacora DR.\n", "Pacora DR"),
    (_FAMILY + "Two variants are marketed: Pacora VR (single chamber), Pacora DR (dual chamber).\n",
     "Pacora VR"),
])
def test_a_model_the_family_document_lists_is_the_same_device(cer, cear):
    assert _severities(CER=cer, CEAR=f"# CEAR\n\nDevice name: {cear}\n") == []


@pytest.mark.parametrize(("cer", "cear"), [
    (_FAMILY + "The Pacora ICD is an implantable cardioverter defibrillator.\n", "Pacora VR"),
    (_FAMILY + "| Characteristic | Pacora VR | Pacora DR |\n|---|---|---|\n| Chambers | 1 | 2 |\n",
     "Pacora XR"),
    (_FAMILY + "The Pacora ICD is not the Pacora VR model.\n", "Pacora VR"),
    (_FAMILY + "| Characteristic | Pacora ICD | Cardex VR |\n|---|---|---|\n", "Cardex VR"),
])
def test_a_model_no_document_lists_is_still_reported(cer, cear):
    assert _severities(CER=cer, CEAR=f"# CEAR\n\nDevice name: {cear}\n") == [Severity.MAJOR]

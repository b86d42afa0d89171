"""EV008 on equivalence to the manufacturer's own predecessor: the clinical characteristics may be
compared in the device description; a comparison that leaves one out is minor, not major."""

import pytest

from panelproof.pipeline import run_check

_EQUIVALENCE = ("## 5. Equivalence\n\nNRW-2 is equivalent to own predecessor NRW-1 (same heater, same servo "
                "algorithm, same materials in contact with skin); differences do not influence thermal "
                "performance.\n")


def _ev008(tmp_path, description: str, equivalence: str = _EQUIVALENCE):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – NRW-2\n\n## 3. Device description\n\n" + description + "\n\n" + equivalence,
        encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV008"]


@pytest.mark.parametrize("description", [
    "Like NRW-1, NRW-2 is intended for the thermoregulation of newborns; both generations have the same "
    "intended purpose and patient population.",
    "NRW-2 and NRW-1 are intended for the same purpose (warming of newborns) in the same patients.",
    "- Intended purpose and patient population: unchanged from the predecessor.",
    "| Characteristic | NRW-1 | NRW-2 |\n|---|---|---|\n| Intended purpose | same as NRW-2 | warming of newborns |",
    "Les deux générations ont la même destination et la même population de patients.",
    "Gegenüber dem Vorgänger NRW-1 sind Zweckbestimmung und Patientenpopulation unverändert.",
])
def test_clinical_characteristics_in_the_description(tmp_path, description):
    assert _ev008(tmp_path, description) == []


@pytest.mark.parametrize("description", [
    "NRW-2 is a radiant warmer with a touch display.",
    "The specifications of NRW-1 are listed in Annex 3.",      # names the predecessor, compares nothing clinical
])
def test_own_predecessor_without_clinical_comparison_is_minor(tmp_path, description):
    findings = _ev008(tmp_path, description)
    assert [f.severity.value for f in findings] == ["minor"]
    assert "own predecessor NRW-1" in findings[0].message and "clinical" in findings[0].message


def test_other_manufacturers_device_stays_major(tmp_path):
    equivalence = ("## 5. Equivalence\n\nNRW-2 is equivalent to the WarmBed 3 of Acme Medical (same heater, same "
                   "servo algorithm, same materials in contact with skin).\n")
    findings = _ev008(tmp_path, "NRW-2 is a radiant warmer. The intended purpose is unchanged.", equivalence)
    assert [f.severity.value for f in findings] == ["major"]


def test_own_predecessor_with_nothing_compared_stays_major(tmp_path):
    findings = _ev008(tmp_path, "NRW-2 is a radiant warmer.",
                      "## 5. Equivalence\n\nNRW-2 is equivalent to own predecessor NRW-1, whose clinical data apply.\n")
    assert [f.severity.value for f in findings] == ["major"]

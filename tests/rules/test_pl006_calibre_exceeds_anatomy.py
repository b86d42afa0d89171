"""PL006: the smallest device size against the vessel or airway of the smallest patient."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.plausibility.PL006_calibre_exceeds_anatomy import limit_for


def _pl006(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PL006"]


def _ifu(population: str, description: str) -> dict[str, str]:
    return {"IFU_en.md": f"# IFU\n\n## Intended purpose\n\n{population}\n\n"
                         f"## Device description\n\n{description}\n"}


@pytest.mark.parametrize(("population", "description", "severity"), [
    # an atrial septal occluder: 10 Fr sheath for toddlers from 8 kg (7 Fr at most)
    ("The SeptaClose occluder is intended for children from 8 kg and adults.",
     "It is implanted through a 10 Fr delivery sheath via femoral venous access.", "critical"),
    # a valve delivered arterially: 6 Fr for infants from 4 kg (5 Fr at most)
    ("Indicated for infants, children and adults from 4 kg body weight.",
     "The balloon catheter (6 Fr) is advanced through the femoral artery.", "major"),
    # age only: a neonatal airway from birth, smallest endotracheal tube OD 7.5 mm
    ("For patients from birth to 17 years of age.",
     "The endotracheal tube is available in outer diameters of 7.5, 8.5 and 9.5 mm.", "critical"),
])
def test_smallest_size_too_large(tmp_path, population, description, severity):
    (finding,) = _pl006(tmp_path, _ifu(population, description))
    assert finding.severity.value == severity
    assert len(finding.locations) == 2


@pytest.mark.parametrize(("population", "description"), [
    # one size fits the smallest patients
    ("The SeptaClose occluder is intended for children from 8 kg and adults.",
     "Delivery sheaths of 6, 8 and 10 Fr are used, all through femoral venous access."),
    # adults only: no limit applies
    ("The device is intended for adult patients weighing 50 kg or more.",
     "It is implanted through a 14 Fr introducer sheath via the femoral vein."),
    # the site is not named
    ("Indicated for infants, children and adults from 4 kg body weight.",
     "The balloon catheter has a shaft of 9 Fr."),
])
def test_no_finding(tmp_path, population, description):
    assert _pl006(tmp_path, _ifu(population, description)) == []


def test_size_and_population_in_different_documents_and_languages(tmp_path):
    findings = _pl006(tmp_path, {
        "CER.md": "# CER\n\n## Intended purpose\n\nThe PetitPlug is intended for premature "
                  "infants from 800 g.\n",
        "IFU_fr.md": "# Notice\n\n## Description\n\nLe bouchon est largué par un cathéter de "
                     "6 Fr introduit par la veine fémorale.\n"})
    (finding,) = findings
    assert {loc.document for loc in finding.locations} == {"CER.md", "IFU_fr.md"}


def test_limits_by_weight():
    assert limit_for("femoral_vein", 3.0)[0] == 5
    assert limit_for("femoral_vein", 3.1)[0] == 6
    assert limit_for("trachea", 70.0) is None

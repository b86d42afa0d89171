"""Population: a gestational age that times a later step of the treatment (balloon removal at
34 weeks) is no bound of whom the device treats; "your baby's windpipe" names the patient at
hand, and "the neonatal team" names clinicians, not a population of newborns."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def facts_of(text: str, heading: str, path: str = "IFU_en.md", role: Role = Role.IFU):
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", path, role=role)
    return list(population.extract(document, ExtractionContext()))


def weeks(text: str, heading: str = "Patient population", path: str = "IFU_en.md") -> list:
    return sorted((b.value.low, b.value.high) for b in facts_of(text, heading, path)
                  if b.kind is FactKind.POPULATION_BOUND and b.value.dimension == "gestation")


@pytest.mark.parametrize(("text", "path"), [
    ("Fetuses with severe CDH; balloon insertion between 27+0 and 29+6 weeks of gestation; "
     "removal planned at 34+0 to 34+6 weeks.", "IFU_en.md"),
    ("Fetuses with severe CDH; insertion between 27+0 and 29+6 weeks of gestation, with the "
     "balloon retrieved at 34+0 to 34+6 weeks.", "IFU_en.md"),
    ("Fœtus atteints d'HDC sévère ; mise en place entre 27+0 et 29+6 semaines d'aménorrhée ; "
     "retrait prévu à 34+0–34+6 semaines.", "IFU_fr.md"),
    ("Foetussen met ernstige CHD; plaatsing tussen 27+0 en 29+6 weken zwangerschap; "
     "verwijdering gepland op 34+0–34+6 weken.", "IFU_nl.md"),
])
def test_the_removal_window_is_no_admission_bound(text, path):
    found = weeks(text, path=path)
    assert not [w for w in found if 34.0 in w], found


def test_an_admission_window_is_still_read():
    assert weeks("Pregnant women from 37+0 weeks of gestation.") == [(37.0, None)]


@pytest.mark.parametrize("text", [
    "A small balloon is placed in your baby's windpipe to help the lungs grow.",
    "The balloon may be removed by the neonatal team after birth.",
    "Keep the cable away from the child's neck.",
    "The paediatric staff removes the balloon.",
])
def test_the_patient_at_hand_and_clinicians_are_no_group(text):
    groups = [f.value.id for f in facts_of(text, "What is the device for?", "SSCP.md", Role.SSCP)
              if f.kind is FactKind.POPULATION_GROUP]
    assert groups == []


def test_a_stated_group_is_still_read():
    groups = {f.value.id for f in facts_of("The device is intended for neonates and infants.",
                                           "Intended purpose") if f.kind is FactKind.POPULATION_GROUP}
    assert "neonates" in groups

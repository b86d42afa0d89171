"""PM001: a PMCF plan recruiting in transport/retrieval services while the IFU excludes transport,
or in office-based practices / ambulatory endoscopy centres while the IFU restricts use to
hospital units with surgical back-up. Hospitals that also run a transport service are fine."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_NEO_IFU = ("# Instructions for use\n\n## Intended purpose\nNeoBreathe is a CPAP system for "
            "non-invasive respiratory support of neonates in neonatal intensive care units. {}\n")
_CLIP_IFU = ("# Instructions for use\n\n## Intended purpose\nThe ColoClip system is intended for "
             "endoscopic closure of colonic perforations in adults. {}\n")
_PLAN = "# PMCF plan\n\n## Study design\n{}\n"


def _pm001(tmp_path: Path, ifu: str, plan: str) -> list:
    (tmp_path / "IFU_en.md").write_text(ifu, encoding="utf-8")
    (tmp_path / "PMCF_plan.md").write_text(_PLAN.format(plan), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PM001"]


@pytest.mark.parametrize("exclusion", [
    "The IFU excludes use during transport.",
    "Do not use NeoBreathe during patient transport.",
    "NeoBreathe is not intended for use during transport.",
])
@pytest.mark.parametrize("plan", [
    "A prospective registry will recruit 200 neonates in neonatal transport services and retrieval teams in five countries.",
    "Sites: regional neonatal retrieval services (n = 6).",
    "Neonates will be enrolled by paediatric transport teams during inter-hospital transfer.",
])
def test_transport_recruitment_against_an_exclusion(tmp_path: Path, exclusion: str, plan: str) -> None:
    assert _pm001(tmp_path, _NEO_IFU.format(exclusion), plan)


@pytest.mark.parametrize("plan", [
    "A prospective registry will recruit 200 neonates in the neonatal intensive care units of tertiary hospitals that also run a neonatal transport service.",
    "Neonates will be recruited in level III NICUs which operate their own retrieval team.",
])
def test_hospitals_that_run_a_transport_service_are_fine(tmp_path: Path, plan: str) -> None:
    assert not _pm001(tmp_path, _NEO_IFU.format("The IFU excludes use during transport."), plan)


@pytest.mark.parametrize("plan", [
    "The PMCF registry recruits adults in office-based practices and private endoscopy clinics without on-site surgery.",
    "Participating sites are ambulatory endoscopy centres and private practices.",
    "Les patients sont recrutés dans des cabinets de ville et des centres d'endoscopie ambulatoire.",
    "Die Patienten werden in Praxiskliniken und ambulanten Endoskopiezentren rekrutiert.",
])
def test_office_sites_against_a_hospital_restriction(tmp_path: Path, plan: str) -> None:
    ifu = _CLIP_IFU.format("Use is restricted to hospital endoscopy units with surgical back-up.")
    assert _pm001(tmp_path, ifu, plan)


def test_hospital_sites_against_a_hospital_restriction_are_fine(tmp_path: Path) -> None:
    ifu = _CLIP_IFU.format("Use is restricted to hospital endoscopy units with surgical back-up.")
    assert not _pm001(tmp_path, ifu, "The PMCF registry recruits adults in hospital endoscopy units of 8 university hospitals.")

"""Every device-type pack loads, validates and cites its sources; the schema check bites."""

from __future__ import annotations

import copy

import pytest

from panelproof import knowledge
from panelproof.extract.device_type import load_packs, validate_pack

PACK_FILES = knowledge.available("devices")
REQUIRED_TYPES = {"ventilator", "infusion_pump", "insulin_pump", "dialysis_machine",
                  "implantable_neurostimulator", "orthopaedic_implant",
                  "dental_implant_or_graft", "heart_valve_or_stent", "wound_device"}


def test_required_device_types_are_shipped() -> None:
    assert REQUIRED_TYPES <= {p.id for p in load_packs()}


@pytest.mark.parametrize("name", PACK_FILES)
def test_pack_is_valid(name: str) -> None:
    data = knowledge.load(name)
    assert validate_pack(data, name) == []
    assert name.endswith("/" + data["id"]), "file name and id must agree"


@pytest.mark.parametrize("name", PACK_FILES)
def test_pack_groups_and_interfaces_are_vocabulary_ids(name: str) -> None:
    data = knowledge.load(name)
    groups = set(knowledge.load("vocabulary/population_groups")["groups"])
    interfaces_vocab = knowledge.load("vocabulary/interfaces")
    known_interfaces = {e["id"] for e in interfaces_vocab["entries"]}
    for check in data["parameter_checks"]:
        assert set(check["per_kg"]) <= groups, check["per_kg"].keys()
    assert set(data["interfaces"]) <= known_interfaces


@pytest.mark.parametrize("name", PACK_FILES)
def test_every_sourced_statement_has_a_source(name: str) -> None:
    data = knowledge.load(name)
    if data["high_risk"]:
        assert data.get("high_risk_source")
    if data["interfaces"]:
        assert data.get("interfaces_source")


def test_validation_reports_missing_keys_sources_and_bad_ranges() -> None:
    good = knowledge.load("devices/ventilator")
    broken = copy.deepcopy(good)
    del broken["terms"]["de"]
    broken["parameter_checks"][0]["source"] = ""
    broken["parameter_checks"][0]["per_kg"]["neonates"] = [6, 4]
    del broken["high_risk"]
    problems = " ".join(validate_pack(broken, "x"))
    for expected in ("no de terms", "no source", "per_kg[neonates]", "'high_risk'"):
        assert expected in problems

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


@pytest.mark.parametrize("name", PACK_FILES)
def test_range_checks_name_vocabulary_parameters_in_their_dimension(name: str) -> None:
    from panelproof.extract.parameters import convert, parameters

    for check in knowledge.load(name).get("range_checks") or []:
        info = parameters()[check["parameter"]]
        assert convert(1.0, check["unit"], info.unit) is not None, check["unit"]


def test_new_packs_have_range_checks_with_sourced_limits() -> None:
    packs = {p.id: p for p in load_packs()}
    mmad = packs["nebuliser"].range_checks[0]
    assert (mmad["parameter"], mmad["check"], mmad["limit"]) == ("mmad", "low_at_most", 5)
    assert {"en", "de", "fr"} <= set(mmad["when_terms"])
    icp = {c["parameter"]: c for c in packs["icp_monitor_or_ventricular_drain"].range_checks}
    assert icp["icp_measuring_range"]["limit"] == 22
    assert icp["pressure_measuring_range"]["needs_device_type"] is True


def test_range_check_validation_bites() -> None:
    broken = copy.deepcopy(knowledge.load("devices/nebuliser"))
    check = broken["range_checks"][0]
    check["check"] = "somewhere"
    check["limit"] = "five"
    check["source"] = ""
    del check["explanation"]
    check["when_terms"] = {"en": []}
    problems = " ".join(validate_pack(broken, "x"))
    for expected in ("check must be one of", "limit must be a number", "no source",
                     "no explanation", "when_terms must map"):
        assert expected in problems, problems
    assert validate_pack(knowledge.load("devices/nebuliser"), "x") == []

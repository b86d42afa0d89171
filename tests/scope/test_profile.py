"""Profile loading and validation, and the undecided branches of `decide`."""

from __future__ import annotations

import pytest

from panelproof.scope import decide
from panelproof.scope.model import DeviceProfile
from panelproof.scope.profile import (ProfileError, load_profile, normalize_class,
                                      profile_as_dict, profile_from_mapping)


@pytest.mark.parametrize(("raw", "canonical"), [
    ("III", "III"), ("iii", "III"), ("Class III", "III"), ("3", "III"), (3, "III"),
    ("IIb", "IIb"), ("IIB", "IIb"), ("2b", "IIb"), ("class IIa", "IIa"), ("I", "I"), (1, "I"),
])
def test_normalize_class(raw, canonical) -> None:
    assert normalize_class(raw) == canonical


@pytest.mark.parametrize("raw", ["IV", "II", "class", "", "IIc", "A"])
def test_normalize_class_refuses(raw) -> None:
    with pytest.raises(ProfileError) as error:
        normalize_class(raw)
    assert error.value.field == "class"


def test_load_profile_round_trip(tmp_path) -> None:
    path = tmp_path / "device.yaml"
    path.write_text("name: Pump X\nclass: IIb\nimplantable: no\nactive: yes\n"
                    "administers_or_removes_medicinal_product: true\napplication: Initial\n"
                    "modification_of_own_marketed_device: false\n"
                    "common_specification_compliant: false\n", encoding="utf-8")
    profile = load_profile(path)
    assert profile_as_dict(profile) == {
        "name": "Pump X", "class": "IIb", "implantable": False, "active": True,
        "administers_or_removes_medicinal_product": True, "application": "initial",
        "modification_of_own_marketed_device": False, "common_specification_compliant": False}
    assert decide(profile).basis == "MDR Art. 54(1)(b)"


def test_a_partial_mapping_is_allowed_only_when_asked() -> None:
    with pytest.raises(ProfileError) as error:
        profile_from_mapping({"class": "IIa"})
    assert error.value.field == "implantable"
    assert profile_from_mapping({"class": "IIa"}, require_all=False).device_class == "IIa"


def test_not_a_mapping() -> None:
    with pytest.raises(ProfileError):
        profile_from_mapping(["class", "III"])  # type: ignore[arg-type]


@pytest.mark.parametrize(("profile", "missing"), [
    (DeviceProfile(), ("class",)),
    (DeviceProfile(device_class="III"), ("implantable",)),
    (DeviceProfile(device_class="IIb"), ("active", "administers_or_removes_medicinal_product")),
    (DeviceProfile(device_class="IIb", active=True), ("administers_or_removes_medicinal_product",)),
])
def test_undecided_profiles_name_what_is_missing(profile, missing) -> None:
    decision = decide(profile)
    assert decision.cecp_required is None and decision.missing == missing

"""dossier.yaml's `profile` and device class are validated before they override the documents."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactBase
from panelproof.ingest import DossierConfigError
from panelproof.ingest.model import DossierConfig
from panelproof.scope import decide, infer_profile


def _facts(**config) -> FactBase:
    return FactBase(documents=[], config=DossierConfig(**config))


def test_declared_profile_is_applied() -> None:
    profile = infer_profile(_facts(device_class="class III",
                                   profile={"implantable": True, "application": "Renewal-MDR"}))
    assert (profile.device_class, profile.implantable, profile.application) == (
        "III", True, "renewal-mdr")
    assert decide(profile).exemption == "Art. 54(2)(a)"


def test_a_partial_declared_profile_keeps_defaults() -> None:
    profile = infer_profile(_facts(profile={"class": "IIa"}))
    assert profile.device_class == "IIa" and profile.application == "initial"
    assert profile.modification_of_own_marketed_device is False


@pytest.mark.parametrize(("config", "field"), [
    ({"profile": {"implantable": "no way"}}, "implantable"),
    ({"profile": {"class": "IV"}}, "class"),
    ({"profile": {"implantible": True}}, "implantible"),
    ({"device_class": "IIc"}, "class"),
])
def test_an_invalid_declaration_stops_with_a_clear_message(config, field) -> None:
    with pytest.raises(DossierConfigError) as error:
        infer_profile(_facts(**config))
    assert "dossier.yaml" in str(error.value) and f"'{field}'" in str(error.value)

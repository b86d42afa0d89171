"""A profile's wrong value is named before the fields still missing, and all missing fields are listed."""

from __future__ import annotations

import pytest

from panelproof.scope.profile import ProfileError, profile_from_mapping


def test_invalid_value_is_reported_before_missing_fields() -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_mapping({"class": "IIx"})
    assert caught.value.field == "class" and "IIx" in str(caught.value)


def test_every_missing_field_is_listed() -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_mapping({"class": "III", "implantable": True})
    message = str(caught.value)
    assert caught.value.field == "active"
    for field in ("administers_or_removes_medicinal_product", "application",
                  "modification_of_own_marketed_device", "common_specification_compliant"):
        assert field in message

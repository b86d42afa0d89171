"""A passive inability ("a lesion that cannot be resected") is the negated "-able" adjective
("unresectable lesion"); "cannot take" a therapy is an intolerance of it. Real differences
(the positive form, another object) stay apart."""

import pytest

from panelproof.rules.intended_use.common import leftovers_alike, same_text


@pytest.mark.parametrize("first, second", [
    ("unresectable liver metastases", "liver metastases that cannot be resected"),
    ("non-correctable coagulopathy", "coagulopathy which cannot be corrected"),
    ("incisions in the treatment path that cannot be avoided", "unavoidable incisions in the treatment path"),
    ("inability to take bisphosphonates", "bisphosphonate intolerance"),
    ("people who cannot take statin medicines", "inability to tolerate statin therapy"),
])
def test_same_item(first, second):
    assert same_text(first, second) or leftovers_alike(first, second)


@pytest.mark.parametrize("first, second", [
    ("liver metastases that cannot be resected", "liver metastases that can be resected"),
    ("coagulopathy which cannot be corrected", "correctable coagulopathy"),
    ("patients who cannot take oral anticoagulants", "patients who cannot take oral contraceptives"),
])
def test_different_items(first, second):
    assert not same_text(first, second) and not leftovers_alike(first, second)

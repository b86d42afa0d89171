"""A dossier that says why the CECP does not apply ("neither implantable nor active", "Rule 12
not applicable", "non-active") decides the scope; rules 9 to 13 classify active devices."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _scope(tmp_path: Path, text: str):
    (tmp_path / "CER.md").write_text(f"# Clinical Evaluation Report\n\n## Classification\n\n{text}\n",
                                     encoding="utf-8")
    return run_check([tmp_path], workers=1).scope


@pytest.mark.parametrize("body", [
    "Not applicable: class IIb software (Rule 11), neither implantable nor intended to administer "
    "or remove medicinal products (Rule 12 not applicable).",
    "The software is class IIb under Rule 11; it is not implantable and does not administer any "
    "medicinal product.",
    "The cartridge is class IIb, non-active and non-implantable.",
    "The adsorber is class IIb (Rule 3). It is neither implantable nor active: it has no energy "
    "source of its own.",
    "Das Produkt ist der Klasse IIb zugeordnet, nicht aktiv und nicht implantierbar.",
])
def test_stated_denials_decide_that_the_cecp_does_not_apply(tmp_path, body):
    assert _scope(tmp_path, body).cecp_required is False


@pytest.mark.parametrize("body", [
    "The pump is class IIb under Rule 12; it administers medicinal products by infusion.",
    "The infusion system is class IIb (Rule 12) and is intended to administer or remove medicinal "
    "products.",
])
def test_rule_12_devices_that_administer_medicinal_products_still_need_it(tmp_path, body):
    assert _scope(tmp_path, body).cecp_required is True


def test_a_rule_ruled_out_is_not_the_device_rule(tmp_path):
    profile_text = "The device is class IIb according to Rule 11, not Rule 12."
    scope = _scope(tmp_path, profile_text)
    # Rule 11 makes it active (software); Rule 12 is denied, so nothing says it administers.
    assert scope.cecp_required is None
    assert list(scope.missing) == ["administers_or_removes_medicinal_product"]


@pytest.mark.parametrize("body", [
    "Not applicable. The device is class IIb implantable (Rule 8); Article 54(1)(a) concerns class "
    "III implantable devices and Article 54(1)(b) class IIb active devices administering or removing "
    "medicinal products.",
    "The device is class IIb (Rule 9). It is neither a class III implantable device nor a class IIb "
    "active device intended to administer or remove a medicinal product; Article 54(1) therefore "
    "does not apply.",
])
def test_the_article_conditions_restated_are_not_the_device_traits(tmp_path, body):
    # The first dossier says nothing of its own about being active: undecided, never "required".
    assert _scope(tmp_path, body).cecp_required is not True

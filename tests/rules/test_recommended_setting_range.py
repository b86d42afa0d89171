"""PL003 on hand-built facts: a recommended setting against the device's range."""

from __future__ import annotations

import pytest

from panelproof.extract.model import Fact, FactBase, FactKind, ParameterRange
from panelproof.ingest.model import Document, Location, Role
from panelproof.rules.plausibility.PL003_recommended_setting_outside_range import (
    RecommendedSettingOutsideRange)


def _fact(kind, value, document, role, quote) -> Fact:
    return Fact(kind, value, Location(document, None, None, quote), role)


def _base(*facts: Fact) -> FactBase:
    roles = {f.document: f.role for f in facts}
    return FactBase(documents=[Document(p, "md", role=r) for p, r in roles.items()],
                    facts=list(facts))


def _range(low, high, unit="cmH2O", name="peep", **kw) -> Fact:
    return _fact(FactKind.PARAMETER, ParameterRange(name, low, high, unit, label="PEEP", **kw),
                 "IFU_en.md", Role.IFU, f"PEEP range {low} to {high} {unit}")


def _setting(low, high, unit="cmH2O", name="peep") -> Fact:
    return _fact(FactKind.PARAMETER_SETTING, ParameterRange(name, low, high, unit, label="PEEP"),
                 "CER.md", Role.CER, f"PEEP of {low} to {high} {unit}")


def _check(*facts):
    return list(RecommendedSettingOutsideRange().check(_base(*facts)))


@pytest.mark.parametrize(("setting", "expected"), [
    ((5, 6), 1),      # below the minimum
    ((22, 25), 1),    # above the maximum
    ((6, 10), 1),     # partly below: 6 cannot be set
    ((8, 10), 0),     # within
    ((20, 20), 0),    # at the maximum
    ((7.9, 8), 0),    # the minimum, rounded
])
def test_setting_against_range(setting, expected):
    findings = _check(_range(8, 20), _setting(*setting))
    assert len(findings) == expected
    if expected:
        assert findings[0].severity.value == "major"
        quotes = [loc.quote for loc in findings[0].locations]
        assert "PEEP range 8 to 20 cmH2O" in quotes and any(q.startswith("PEEP of") for q in quotes)


def test_units_are_converted():
    # 5 mbar is 5.1 cmH2O, inside 5-20 cmH2O; 3 mbar is not
    assert not _check(_range(5, 20), _setting(5, 5, unit="millibar"))
    assert len(_check(_range(5, 20), _setting(3, 3, unit="millibar"))) == 1


def test_a_range_in_any_document_admitting_the_setting_is_enough():
    other = _fact(FactKind.PARAMETER, ParameterRange("peep", 4, 20, "cmH2O", label="PEEP"),
                  "SSCP.md", Role.SSCP, "PEEP 4 to 20 cmH2O")
    assert not _check(_range(8, 20), other, _setting(5, 6))


@pytest.mark.parametrize("bound", [
    dict(low=None, high=20.0), dict(low=8.0, high=None), dict(low=8.0, high=8.0),
])
def test_bounds_and_single_values_are_not_ranges(bound):
    fact = _fact(FactKind.PARAMETER, ParameterRange("peep", unit="cmH2O", label="PEEP", **bound),
                 "IFU_en.md", Role.IFU, "PEEP")
    assert not _check(fact, _setting(5, 6))


def test_other_parameters_are_not_compared():
    assert not _check(_range(8, 20), _setting(30, 30, name="inspiratory_pressure"))

"""PL001 on hand-built facts: weight, age and group populations; data-driven packs."""

from __future__ import annotations

import pytest

from panelproof.extract import device_type
from panelproof.extract.device_type import Pack
from panelproof.extract.model import (
    Concept, Fact, FactBase, FactKind, ParameterRange, PopulationBound)
from panelproof.ingest.model import Document, Location, Role
from panelproof.rules.model import Severity
from panelproof.rules.plausibility.PL001_parameter_population import (
    ParameterImplausibleForPopulation)
from panelproof.rules.plausibility.common import (
    display_unit, lightest_at_age, smallest_patient)


def _fact(kind, value, document="CER.md", role=Role.CER, quote="q") -> Fact:
    return Fact(kind, value, Location(document, None, None, quote), role)


def _base(*facts: Fact) -> FactBase:
    roles = {f.document: f.role for f in facts}
    return FactBase(documents=[Document(p, "md", role=r) for p, r in roles.items()],
                    facts=list(facts))


def _ventilator(*facts: Fact) -> FactBase:
    return _base(_fact(FactKind.DEVICE_TYPE, Concept("ventilator"), quote="ventilator"), *facts)


def _weight(low, **kw) -> Fact:
    return _fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=low, **kw),
                 quote=f"from {low} kg")


def _tidal(low, high=2000.0) -> Fact:
    return _fact(FactKind.PARAMETER, ParameterRange("tidal_volume", low, high, "milliliter"),
                 "IFU_en.md", Role.IFU, f"Tidal volume: {low}–{high} ml")


def _check(base: FactBase):
    return list(ParameterImplausibleForPopulation().check(base))


def test_one_kg_and_fifty_ml_is_critical_and_quotes_both_sides() -> None:
    findings = _check(_ventilator(_weight(1.0), _tidal(50.0)))
    assert len(findings) == 1
    f = findings[0]
    assert f.severity is Severity.CRITICAL
    assert {loc.quote for loc in f.locations} == {"from 1.0 kg", "Tidal volume: 50.0–2000.0 ml"}
    assert "50 ml/kg at 1 kg" in f.message and "4–6 ml/kg" in f.message


def test_moderately_high_ratio_is_major() -> None:
    # 20 ml at 2 kg = 10 ml/kg: above 6 (neonates), below 12.
    findings = _check(_ventilator(_weight(2.0), _tidal(20.0)))
    assert [f.severity for f in findings] == [Severity.MAJOR]


@pytest.mark.parametrize(("weight", "minimum"), [(1.0, 2.0), (10.0, 50.0), (0.5, 2.0)])
def test_plausible_combinations_are_silent(weight: float, minimum: float) -> None:
    assert _check(_ventilator(_weight(weight), _tidal(minimum))) == []


def test_smallest_of_several_bounds_and_parameters_is_used() -> None:
    base = _ventilator(_weight(5.0), _weight(1.0), _tidal(100.0), _tidal(50.0, 500.0))
    [finding] = _check(base)
    assert "from 1.0 kg" in [l.quote for l in finding.locations]
    assert "Tidal volume: 50.0–500.0 ml" in [l.quote for l in finding.locations]


def test_exclusion_below_a_weight_admits_from_that_weight() -> None:
    excluded = _weight(None, high=10.0, excluded=True)
    assert _check(_ventilator(excluded, _tidal(50.0))) == []
    patient = smallest_patient(_base(excluded))
    assert patient is not None and patient.weight == 10.0


def test_age_only_bound_uses_the_lightest_typical_weight_at_that_age() -> None:
    age = _fact(FactKind.POPULATION_BOUND, PopulationBound("age", low=1.0), quote="from 1 year")
    assert 3.0 < lightest_at_age(1.0) < 10.0
    findings = _check(_ventilator(age, _tidal(100.0)))
    assert findings and "from 1 year of age" in findings[0].message


def test_group_only_population_uses_the_group_weight() -> None:
    group = _fact(FactKind.POPULATION_GROUP, Concept("neonates", "neonates"), quote="neonates")
    assert _check(_ventilator(group, _tidal(50.0)))
    negated = _fact(FactKind.POPULATION_GROUP, Concept("neonates", "neonates", negated=True),
                    quote="not for neonates")
    assert _check(_ventilator(negated, _tidal(50.0))) == []


def test_adult_only_population_is_silent() -> None:
    adults = _fact(FactKind.POPULATION_GROUP, Concept("adults", "adults"), quote="adults")
    assert _check(_ventilator(adults, _weight(40.0), _tidal(100.0))) == []


def test_infusion_pump_pack_drives_the_same_rule() -> None:
    base = _base(_fact(FactKind.DEVICE_TYPE, Concept("infusion_pump"), quote="syringe pump"),
                 _weight(0.5),
                 _fact(FactKind.PARAMETER, ParameterRange("infusion_rate", 10.0, 1200.0,
                                                          "milliliter/hour"),
                       "IFU_en.md", Role.IFU, "Infusion rate: 10–1200 ml/h"))
    [finding] = _check(base)
    assert "ml/kg/h" in finding.message and finding.severity is Severity.CRITICAL


def test_a_new_pack_is_data_only(monkeypatch: pytest.MonkeyPatch) -> None:
    pack = Pack("test_device", "Test device", {
        "id": "test_device", "name": "Test device", "source": "s", "high_risk": False,
        "terms": {"en": ["test device"], "fr": ["x"], "de": ["y"]}, "interfaces": [],
        "parameter_checks": [{"parameter": "bolus_volume", "bound": "high",
                              "ratio_unit": "ml/kg", "per_kg": {"adults": [1, 2]},
                              "source": "test"}]})
    monkeypatch.setattr(device_type, "load_packs", lambda: (pack,))
    monkeypatch.setattr("panelproof.rules.plausibility.common.load_packs",
                        lambda: (pack,))
    heavy = _weight(50.0, high=150.0)
    bolus = _fact(FactKind.PARAMETER, ParameterRange("bolus_volume", 1.0, 100.0, "milliliter"),
                  "IFU_en.md", Role.IFU, "Bolus: 1–100 ml")
    [finding] = _check(_base(heavy, bolus))
    assert "maximum" in finding.message and "150 kg" in finding.message


def test_without_parameters_or_population_nothing_is_said() -> None:
    assert _check(_ventilator(_weight(1.0))) == []
    assert _check(_ventilator(_tidal(50.0))) == []


# --- PL002 -------------------------------------------------------------------------------

from panelproof.rules.plausibility.PL002_missing_population_feature import (  # noqa: E402
    MissingPopulationFeature)


def _feature(negated: bool = False) -> Fact:
    return _fact(FactKind.DEVICE_FEATURE,
                 Concept("proximal_flow_sensor", "proximal flow sensor", negated=negated),
                 "IFU_en.md", Role.IFU, "proximal flow sensor")


def _volume_ventilator(*facts: Fact) -> FactBase:
    """A ventilator that sets tidal volumes: the device the proximal flow sensor serves."""
    return _ventilator(_tidal(2.0, 200.0), *facts)


def test_pl002_neonates_without_proximal_flow_sensor() -> None:
    group = _fact(FactKind.POPULATION_GROUP, Concept("neonates", "neonates"), quote="neonates")
    [finding] = MissingPopulationFeature().check(_volume_ventilator(group))
    assert finding.severity is Severity.MINOR
    assert "neonates" in [l.quote for l in finding.locations]


def test_pl002_low_weight_bound_counts_as_neonates_and_negated_feature_as_absent() -> None:
    assert list(MissingPopulationFeature().check(_volume_ventilator(_weight(1.0), _feature(True))))


def test_pl002_silent_when_feature_mentioned_or_population_adult() -> None:
    group = _fact(FactKind.POPULATION_GROUP, Concept("neonates", "neonates"), quote="neonates")
    assert list(MissingPopulationFeature().check(_volume_ventilator(group, _feature()))) == []
    assert list(MissingPopulationFeature().check(_volume_ventilator(_weight(20.0)))) == []


def test_pl002_silent_when_the_device_sets_no_parameter_the_feature_serves() -> None:
    # A nitric-oxide dosing module or a pressure-limited resuscitator named with "ventilator"
    # states pressures, flows or concentrations, never a tidal volume.
    group = _fact(FactKind.POPULATION_GROUP, Concept("neonates", "neonates"), quote="neonates")
    pressure = _param("inspiratory_pressure", 5.0, 40.0, "cmH2O", "PIP 5-40 cmH2O")
    assert list(MissingPopulationFeature().check(_ventilator(group, pressure))) == []
    assert list(MissingPopulationFeature().check(_ventilator(group, _tidal(2.0, 200.0))))


def test_pl002_silent_for_packs_without_required_features() -> None:
    base = _base(_fact(FactKind.DEVICE_TYPE, Concept("infusion_pump"), quote="pump"),
                 _fact(FactKind.POPULATION_GROUP, Concept("neonates"), quote="neonates"))
    assert list(MissingPopulationFeature().check(base)) == []


# --- a document's own bounds decide which groups it admits ---------------------------------

def _group(gid: str, document: str = "CER.md", role: Role = Role.CER, negated: bool = False,
           quote: str | None = None) -> Fact:
    return _fact(FactKind.POPULATION_GROUP, Concept(gid, gid, negated=negated), document, role,
                 quote or gid)


def _bound(dimension: str, document: str = "CER.md", role: Role = Role.CER, quote: str = "b",
           **kw) -> Fact:
    return _fact(FactKind.POPULATION_BOUND, PopulationBound(dimension, **kw), document, role,
                 quote)


def _pl002(*facts: Fact) -> list:
    return list(MissingPopulationFeature().check(_volume_ventilator(*facts)))


@pytest.mark.parametrize("inclusive", [True, False])
def test_pl002_umbrella_restricted_by_the_documents_own_weight_bound_admits_no_neonates(
        inclusive: bool) -> None:
    # "paediatric patients and adults > 5 kg" (CER) and "patients weighing from 5 kg" (CEAR):
    # term neonates typically weigh up to 5 kg, so neither document includes them.
    cer = [_group("paediatric"), _group("adults"),
           _bound("weight", low=5.0, low_inclusive=inclusive, group="adults",
                  quote="paediatric patients and adults > 5 kg")]
    cear = [_group("paediatric", "CEAR.md", Role.CEAR),
            _bound("weight", "CEAR.md", Role.CEAR, low=5.0, low_inclusive=inclusive,
                   quote="patients weighing more than 5 kg")]
    assert _pl002(*cer, *cear) == []


def test_pl002_named_neonates_left_out_by_the_same_documents_bound_are_not_admitted() -> None:
    # "Neugeborene und Säuglinge ab 6 kg": the document's own bound leaves term neonates out.
    facts = [_group("neonates", "IFU_de.md", Role.IFU), _group("infants", "IFU_de.md", Role.IFU),
             _bound("weight", "IFU_de.md", Role.IFU, low=6.0, quote="ab 6 kg")]
    assert _pl002(*facts) == []


def test_pl002_exclusion_in_the_same_document_narrows_an_umbrella() -> None:
    # "for paediatric and adult patients" + "contre-indiqué chez les patients de moins de 5 kg"
    facts = [_group("paediatric", "IFU_fr.md", Role.IFU),
             _bound("weight", "IFU_fr.md", Role.IFU, high=5.0, high_inclusive=False,
                    excluded=True, quote="patients de moins de 5 kg")]
    assert _pl002(*facts) == []


def test_pl002_umbrella_without_bounds_counts_for_neonates() -> None:
    [finding] = _pl002(_group("paediatric", quote="paediatric patients"), _group("adults"))
    assert "neonates" in finding.message and "paediatric patients" in finding.message


@pytest.mark.parametrize(("low", "dimension", "quote"), [
    (3.0, "weight", "Patienten ab 3 kg Körpergewicht"),
    (0.5, "weight", "weighing at least 500 g"),
    (0.0, "age", "from birth"),
])
def test_pl002_bounds_reaching_neonates_count(low: float, dimension: str, quote: str) -> None:
    [finding] = _pl002(_bound(dimension, low=low, quote=quote))
    assert quote in [l.quote for l in finding.locations]


def test_pl002_one_document_admitting_neonates_is_enough_and_is_the_one_quoted() -> None:
    facts = [_bound("weight", low=5.0, low_inclusive=False, quote="> 5 kg"),
             _group("neonates", "SSCP.md", Role.SSCP, quote="neonates")]
    [finding] = _pl002(*facts)
    assert "neonates" in [l.quote for l in finding.locations]
    assert "SSCP" in finding.message


def test_pl001_smallest_patient_respects_a_documents_exclusion() -> None:
    # The CER admits "from 1 kg" but excludes "patients under 5 kg": it admits from 5 kg.
    base = _ventilator(_weight(1.0), _bound("weight", high=5.0, excluded=True, quote="< 5 kg"),
                       _tidal(30.0))
    patient = smallest_patient(base)
    assert patient is not None and patient.weight == 5.0
    assert "neonates" not in patient.groups


def test_pl001_five_kg_patient_is_an_infant_not_a_neonate() -> None:
    [finding] = _check(_ventilator(_weight(5.0, low_inclusive=False), _tidal(50.0)))
    assert "recommended for infants" in finding.message
    assert "recommended for neonates" not in finding.message


# --- insulin pump and dialysis packs -----------------------------------------------------------

def _typed(pack_id: str, *facts: Fact) -> FactBase:
    return _base(_fact(FactKind.DEVICE_TYPE, Concept(pack_id), quote=pack_id), *facts)


def _param(name: str, low: float, high: float, unit: str, quote: str) -> Fact:
    return _fact(FactKind.PARAMETER, ParameterRange(name, low, high, unit), "IFU_en.md",
                 Role.IFU, quote)


def test_insulin_pump_minimum_basal_rate_too_high_for_small_children() -> None:
    # 0.5 U/h at a 10 kg child is 0.05 U/kg/h, above 0.008-0.021 U/kg/h.
    base = _typed("insulin_pump", _weight(10.0),
                  _param("basal_rate", 0.5, 35.0, "insulin_unit/hour", "Basal rate: 0.5–35 U/h"))
    [finding] = _check(base)
    assert "U/kg/h" in finding.message and "0.5 U/h" in finding.message


def test_insulin_pump_fine_basal_rate_is_silent() -> None:
    age = _bound("age", low=7.0, quote="from 7 years")
    base = _typed("insulin_pump", age,
                  _param("basal_rate", 0.025, 35.0, "insulin_unit/hour", "Basalrate 0,025–35 IE/h"))
    assert _check(base) == []


def test_dialysis_extracorporeal_volume_above_ten_percent_of_blood_volume() -> None:
    base = _typed("dialysis_machine", _weight(15.0),
                  _param("extracorporeal_volume", 180.0, 250.0, "milliliter",
                         "Extracorporeal volume: 180–250 ml"))
    [finding] = _check(base)
    assert "ml/kg" in finding.message and "Extracorporeal volume: 180–250 ml" in [
        l.quote for l in finding.locations]
    assert _check(_typed("dialysis_machine", _weight(40.0),
                         _param("extracorporeal_volume", 180.0, 250.0, "milliliter", "x"))) == []


def test_priming_volume_needs_a_detected_dialysis_type() -> None:
    priming = _param("priming_volume", 20.0, 20.0, "milliliter", "Priming volume: 20 ml")
    assert _check(_base(_weight(1.0), priming)) == []  # an infusion set's priming volume
    assert _check(_typed("dialysis_machine", _weight(1.0), priming))



# --- high-flow nasal oxygen pack ---------------------------------------------------------------

def _flow(low: float, high: float = 60.0, quote: str = "Flow: 10–60 L/min") -> Fact:
    return _param("flow_rate", low, high, "liter/minute", quote)


def test_high_flow_minimum_flow_too_high_for_a_one_kg_preterm() -> None:
    # 10 L/min at 1 kg is 10 L/kg/min; very preterm infants receive at most about 8 L/min.
    [finding] = _check(_typed("high_flow_oxygen_therapy", _weight(1.0), _flow(10.0)))
    assert finding.severity is Severity.MAJOR
    assert "10 L/kg/min at 1 kg" in finding.message and "10 L/min" in finding.message
    assert "Manley" in finding.message


def test_high_flow_for_a_ten_kg_child_with_a_forty_litre_minimum() -> None:
    # 40 L/min at 10 kg = 4 L/kg/min, above the 3 L/kg/min of infants (a 10 kg patient may be
    # an infant or a child: the more lenient range decides).
    findings = _check(_typed("high_flow_oxygen_therapy", _weight(10.0),
                             _flow(40.0, 80.0, "Débit : 40 à 80 l/min")))
    assert [f.severity for f in findings] == [Severity.MAJOR]


@pytest.mark.parametrize(("weight", "minimum"), [(1.0, 2.0), (3.0, 2.0), (10.0, 5.0),
                                                 (40.0, 10.0)])
def test_high_flow_plausible_minimum_flows_are_silent(weight: float, minimum: float) -> None:
    assert _check(_typed("high_flow_oxygen_therapy", _weight(weight), _flow(minimum))) == []


def test_flow_of_a_ventilator_is_not_checked_as_high_flow_therapy() -> None:
    # "Flow" is also a ventilator's peak flow: the per-kg check needs the high-flow type.
    assert _check(_ventilator(_weight(1.0), _flow(10.0, 180.0))) == []
    assert _check(_base(_weight(1.0), _flow(10.0, 180.0))) == []


@pytest.mark.parametrize(("unit", "quote", "shown"), [
    ("insulin_unit/hour", "Basal rate 0.05 to 30 U/h", "U/h"),
    ("insulin_unit/hour", "", "U/h"),
    ("milliliter", "Tidal volume 20 - 2000 mL", "mL"),
    ("milliliter", "", "ml"),
    ("liter/minute", "ECMO flow 0.5 through 8 L/min", "L/min"),
    ("milliliter/minute", "Blutfluss 30–500 ml/min", "ml/min"),
    ("cmH2O", "PEEP 3–20 mbar", "cmH2O"),
    ("percent", "FiO2 21–100 %", "%"),
    ("1/minute", "", "/min"),
    ("microsecond", "Impulsbreite 60–1000 µs", "µs"),
])
def test_units_are_shown_as_authors_write_them(unit: str, quote: str, shown: str) -> None:
    assert display_unit(unit, quote) == shown


def test_sp001_message_shows_the_authors_units() -> None:
    from panelproof.rules.specification.SP001_parameter_ranges_differ import describe
    fact = _param("basal_rate", 0.05, 30.0, "insulin_unit/hour", "Basal rate: 0.05 to 30 U/h")
    assert describe(fact) == "0.05–30 U/h"
    volume = _param("tidal_volume", 20.0, 2000.0, "milliliter", "VT 20–2000 mL")
    assert describe(volume) == "20–2000 mL"

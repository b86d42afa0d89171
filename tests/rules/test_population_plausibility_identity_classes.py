"""Population, plausibility, identity and PMCF classes of a new author (s16abpop): plural trade
names, Portuguese age bounds, negations of adverbial clauses, limb-circumference cuff sizes
against the smallest patients, a PMCF study targeted at the youngest patients, a sample size set
by a standard, and the apheresis extracorporeal-volume limit for light adults."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.model import FactKind
from panelproof.pipeline import run_check


def _run(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], workers=1)


def _rules(result, code: str):
    return [f for f in result.findings if f.rule == code]


# --- ID001: a plural of the trade name's last word is the same name -------------------------

@pytest.mark.parametrize(("plural", "singular"), [
    ("OrthoGrip Screws", "OrthoGrip Screw"),
    ("Velora TADs", "Velora TAD"),
    ("Corvex Patches", "Corvex Patch"),
    ("Stentra Boxes", "Stentra Box"),
    ("Lumo Bodies", "Lumo Body"),
])
def test_plural_of_last_word_is_the_same_name(plural, singular):
    from panelproof.rules.identity.ID001_device_name_differs import plural_of_same_name
    assert plural_of_same_name(plural, singular)


@pytest.mark.parametrize(("a", "b"), [
    ("Vent Pro 2", "Vent Pro"),        # a variant, not a plural
    ("OrthoGrip Screws", "OrthoGrip Nail"),
    ("AirVent 60s", "AirVent 60"),     # a number is no noun
    ("Kora Pins", "Nora Pin"),         # another brand
])
def test_other_differences_stay_different(a, b):
    from panelproof.rules.identity.ID001_device_name_differs import plural_of_same_name
    assert not plural_of_same_name(a, b)


def test_id001_silent_on_plural_device_name(tmp_path):
    result = _run(tmp_path, {
        "IFU_en.md": "# Instructions for use – Dentafix Pins\n\n## Device name\n\nDevice name: Dentafix Pins\n\n"
                     "## Intended purpose\n\nThe Dentafix Pins are intended for temporary skeletal anchorage.\n",
        "CEAR.md": "# Clinical Evaluation Assessment Report\n\nDevice name: Dentafix Pin\n\n"
                   "The Dentafix Pin is intended for temporary skeletal anchorage.\n",
    })
    assert not _rules(result, "ID001")


# --- Portuguese age bounds, read as in the other languages ----------------------------------

@pytest.mark.parametrize(("sentence", "low", "inclusive"), [
    ("O dispositivo destina-se a adultos e crianças a partir dos 4 anos de idade.", 4.0, True),
    ("Indicado para doentes com idade igual ou superior a 12 anos.", 12.0, True),
    ("Destina-se a crianças com mais de 3 anos e a adultos.", 3.0, False),
    ("Indicado em crianças com idade ≥ 8 anos.", 8.0, True),
])
def test_portuguese_lower_age_bounds(tmp_path, sentence, low, inclusive):
    result = _run(tmp_path, {"IFU_pt.md": f"# Instruções de utilização\n\n## Finalidade prevista\n\n{sentence}\n"})
    bounds = [f.value for f in result.facts.of(FactKind.POPULATION_BOUND)]
    ages = [b for b in bounds if b.dimension == "age" and not b.excluded]
    assert ages and ages[0].low == low and ages[0].low_inclusive is inclusive


def test_portuguese_ifu_with_higher_age_bound_is_a_language_difference(tmp_path):
    result = _run(tmp_path, {
        "IFU_en.md": "# Instructions for use\n\n## Intended purpose\n\n"
                     "The Ocuvent drain is intended for adults and children aged 3 years and older with refractory glaucoma.\n",
        "IFU_pt.md": "# Instruções de utilização\n\n## Finalidade prevista\n\n"
                     "O dreno Ocuvent destina-se a adultos e crianças a partir dos 7 anos de idade com glaucoma refratário.\n",
    })
    (finding,) = [f for f in _rules(result, "LA001") if "7 anos" in " ".join(l.quote for l in f.locations)]
    assert finding.severity.value == "major"


# --- a negation inside an adverbial clause does not exclude the population after it ---------

@pytest.mark.parametrize("sentence", [
    "The implant lowers eye pressure when medication has not worked, in adults and in children from 3 years.",
    "If previous surgery did not succeed, the shunt is used in patients from 3 years.",
])
def test_negated_adverbial_clause_leaves_bound_admitted(tmp_path, sentence):
    result = _run(tmp_path, {"SSCP.md": f"# Summary of safety and clinical performance\n\n## Intended purpose\n\n{sentence}\n"})
    bounds = [f.value for f in result.facts.of(FactKind.POPULATION_BOUND)]
    assert bounds and all(not b.excluded and b.low == 3.0 for b in bounds)


def test_negation_of_the_population_itself_still_excludes(tmp_path):
    result = _run(tmp_path, {"IFU_en.md": "# IFU\n\n## Contraindications\n\nDo not use in children under 3 years.\n"})
    bounds = [f.value for f in result.facts.of(FactKind.POPULATION_BOUND)]
    assert bounds and all(b.excluded for b in bounds)


# --- PL008: the smallest cuff against the arm of the smallest patient -----------------------

@pytest.mark.parametrize("cuffs", [
    "The smallest cuff is the neonatal cuff for a limb circumference of 2.8–5.1 in (7–13 cm).",
    "Cuff sizes: neonatal 8–15 cm, infant 12–19 cm, child 18–26 cm (limb circumference).",
    "| Cuff | Limb circumference (cm) |\n| --- | --- |\n| Neonatal 4 | 7–13 |\n| Infant | 12–19 |",
])
def test_pl008_cuff_too_large_for_smallest_neonates(tmp_path, cuffs):
    result = _run(tmp_path, {"IFU_en.md": (
        "# IFU\n\n## Intended purpose\n\nFor neonates from 1.3 lb (600 g), infants and children.\n\n"
        f"## Cuffs\n\n{cuffs}\n")})
    (finding,) = _rules(result, "PL008")
    assert finding.severity.value == "major"
    assert "600 g" in finding.locations[0].quote


@pytest.mark.parametrize(("population", "cuffs"), [
    # a cuff small enough for the smallest arm
    ("For neonates from 600 g, infants and children.", "Neonatal cuff 1: limb circumference 3–6 cm."),
    # heavier neonates: a 6–11 cm cuff fits
    ("For neonates from 2.5 kg, infants and children.", "Neonatal cuff 3: limb circumference 6–11 cm."),
    # a head circumference is no limb
    ("For neonates from 600 g.", "The sensor cap fits a head circumference of 22–30 cm and the limb circumference of the cuff is 3–6 cm."),
    # no stated weight: a group's typical weight is not used
    ("For neonates, infants and children.", "Neonatal cuff 3: limb circumference 6–11 cm."),
])
def test_pl008_silent(tmp_path, population, cuffs):
    result = _run(tmp_path, {"IFU_en.md": f"# IFU\n\n## Intended purpose\n\n{population}\n\n## Cuffs\n\n{cuffs}\n"})
    assert not _rules(result, "PL008")


# --- PM001 / PM003: a study targeted at the youngest patients -------------------------------

_PLAN = """# PMCF plan

## Objectives

- Confirm measurement accuracy in very low birth weight {group}

## Study population

{population}

## Sample size and rationale

N=36 {group}, as required by ISO 81060-2 for the neonatal validation.

## Endpoints

| Endpoint | Time point |
| --- | --- |
| Mean difference against the arterial line | 48 hours |

## Timeline

Start: March 2026; final report: December 2027.
"""


def test_pm001_silent_on_study_targeted_at_the_youngest(tmp_path):
    result = _run(tmp_path, {
        "CER.md": "# CER\n\n## Intended purpose\n\nThe monitor is intended for neonates from 500 g, infants, children and adults.\n",
        "PMCF_plan.md": _PLAN.format(group="neonates", population="Neonates under 1,500 g with an umbilical arterial catheter."),
    })
    assert not [f for f in _rules(result, "PM001") if "older than" in f.message]
    assert not [f for f in _rules(result, "PM003") if "rationale" in f.message]


def test_pm001_still_reports_a_plan_leaving_out_the_youngest(tmp_path):
    result = _run(tmp_path, {
        "CER.md": "# CER\n\n## Intended purpose\n\nThe implant is intended for adults and children from 2 years.\n",
        "PMCF_plan.md": _PLAN.format(group="adults", population="Adults (18 years and older) implanted with the device."),
    })
    assert [f for f in _rules(result, "PM001") if "younger than" in f.message]


# --- PL001: extracorporeal volume of an apheresis system in light adults ---------------------

@pytest.mark.parametrize(("weight", "volume", "expected"), [
    ("42 kg", "480 ml", False),   # 11.4 ml/kg: about 15 % of a light adult's blood volume
    ("40 kg", "600 ml", True),    # 15 ml/kg: clearly above 15 % of 80 ml/kg
    ("10 kg", "285 ml", True),    # a child: far above
])
def test_pl001_apheresis_ecv_in_light_adults(tmp_path, weight, volume, expected):
    result = _run(tmp_path, {"IFU_en.md": (
        "# IFU – CytoSep apheresis system\n\n## Intended purpose\n\n"
        f"CytoSep is a therapeutic apheresis system for plasma exchange in patients weighing {weight} or more.\n\n"
        f"## Technical data\n\n| Parameter | Value |\n|---|---|\n| Extracorporeal volume | {volume} |\n")})
    assert bool(_rules(result, "PL001")) is expected

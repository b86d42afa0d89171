"""Sizes, variants and accessories with their patient ranges: SIZE_RANGE facts, kept out of the
population bounds, from size tables and from list items or sentences led by a size's label."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.model import FactKind
from panelproof.pipeline import run_check


def _facts(tmp_path: Path, name: str, text: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    base = run_check([tmp_path], workers=1).facts
    sizes = [(f.value.label, f.value.bound.dimension, f.value.bound.low, f.value.bound.high)
             for f in base.of(FactKind.SIZE_RANGE)]
    bounds = [(f.value.dimension, f.value.low, f.value.high) for f in base.of(FactKind.POPULATION_BOUND)]
    return sizes, bounds


POPULATION = "## Intended purpose\n\nThe device is intended for patients from 1 kg.\n\n"


@pytest.mark.parametrize(("name", "items", "expected"), [
    ("IFU_en.md", "- Small infant probe: 1–3 kg\n- Toddler probe, for patients weighing 10 to 25 kg\n",
     [("Small infant probe", 1.0, 3.0), ("Toddler probe", 10.0, 25.0)]),
    ("IFU_en.md", "Paediatric catheter (6 Fr), for children from 8 kg up to 30 kg.\n",
     [("Paediatric catheter", 8.0, 30.0)]),
    ("IFU_de.md", "- Größe 3,5: 20–30 kg\n- Neonatale Maske (0,8–4 kg)\n",
     [("Größe 3,5", 20.0, 30.0), ("Neonatale Maske", 0.8, 4.0)]),
    ("IFU_fr.md", "- Capteur néonatal : de 0,5 à 3 kg\n- Taille 2 – 10 à 20 kg\n",
     [("Capteur néonatal", 0.5, 3.0), ("Taille 2", 10.0, 20.0)]),
    ("IFU_it.md", "- Misura 1: 2–5 kg\n- Sensore pediatrico: 5–20 kg\n",
     [("Misura 1", 2.0, 5.0), ("Sensore pediatrico", 5.0, 20.0)]),
])
def test_list_items_led_by_a_size_label(tmp_path, name, items, expected):
    sizes, bounds = _facts(tmp_path, name, f"# IFU\n\n{POPULATION}## Variants\n\n{items}")
    assert [(label, low, high) for label, _, low, high in sizes] == expected
    # the sizes' ranges are not bounds of the intended population
    assert bounds == [("weight", 1.0, None)]


def test_size_table_rows_with_the_unit_in_the_header(tmp_path):
    sizes, bounds = _facts(tmp_path, "IFU_en.md", (
        f"# IFU\n\n{POPULATION}## Selection\n\n| Tube ID (mm) | Patient weight (kg) |\n| --- | --- |\n"
        "| 2.5 | < 1 |\n| 3.0 | 1–3.5 |\n| 3.5 | 3.5–8 |\n"))
    assert [(low, high) for _, _, low, high in sizes] == [(None, 1.0), (1.0, 3.5), (3.5, 8.0)]
    assert sizes[0][0] == "Tube ID (mm) 2.5"
    assert bounds == [("weight", 1.0, None)]


def test_size_table_by_age(tmp_path):
    sizes, _ = _facts(tmp_path, "IFU_en.md", (
        "# IFU\n\n## Sizes\n\n| Cannula | Age |\n| --- | --- |\n"
        "| Premature | 24–32 weeks |\n| Infant | 1–24 months |\n"))
    assert [(label, dim) for label, dim, _, _ in sizes][1] == ("Cannula Infant", "age")
    assert sizes[1][3] == pytest.approx(2.0)


@pytest.mark.parametrize("text", [
    # a study's strata, under a results heading or named so in the header
    "## Clinical data\n\n| Sensor | Weight | n |\n| --- | --- | --- |\n| Neonatal | 1–3 kg | 40 |\n",
    "## Table 4\n\n| Probe | Weight stratum | Patients enrolled |\n| --- | --- | --- |\n| Small | 1–3 kg | 40 |\n",
    # the device as a whole, a bare word, an identity field: the population, not a size
    "## Intended purpose\n\nThe OxiTrack system with its sensors is intended for patients from 2 kg.\n",
    "## Intended purpose\n\nModel: OxiTrack 3, for patients from 2 kg.\n",
    "## Intended purpose\n\nSample size: 40 patients of 2–10 kg.\n",
])
def test_no_size_range(tmp_path, text):
    sizes, _ = _facts(tmp_path, "CER.md", f"# CER\n\n{text}")
    assert sizes == []


@pytest.mark.parametrize("table", [
    # a property row of a key-value table whose notes column names the models
    "| Outer diameter | 2.0 mm | all models |\n| --- | --- | --- |\n"
    "| Expected retention | 6–18 months | see models |\n",
    # a time-of-use column beside the size column
    "| Catheter size | Maximum dwell time |\n| --- | --- |\n| 4 Fr | up to 21 days |\n",
    "| Größe | Liegedauer |\n| --- | --- |\n| 8 Ch | bis 30 Tage |\n",
    "| Modèle | Durée d'implantation |\n| --- | --- |\n| Court | 3 à 9 mois |\n",
])
def test_time_of_use_is_not_a_size_age_range(tmp_path, table):
    sizes, _ = _facts(tmp_path, "IFU_en.md", f"# IFU\n\n## Technical data\n\n{table}")
    assert [s for s in sizes if s[1] == "age"] == []


def test_patient_age_column_beside_a_time_of_use_column_is_still_read(tmp_path):
    sizes, _ = _facts(tmp_path, "IFU_en.md", (
        "# IFU\n\n## Sizes\n\n| Tube | Patient age | Dwell time |\n| --- | --- | --- |\n"
        "| Infant tube | 1–24 months | up to 7 days |\n"))
    assert [(dim, high) for _, dim, _, high in sizes] == [("age", pytest.approx(2.0))]


@pytest.mark.parametrize("text", [
    "## Technical data\n\n| Parameter | Value | Notes |\n|---|---|---|\n"
    "| Bowl volumes | 125 mL and 225 mL | 125 mL for patients below 40 kg |\n",
    "## Device description\n\nThe 4 Fr sheath is supplied for children under 15 kg.\n",
])
def test_a_quantity_given_for_some_patients_is_no_population_bound(tmp_path, text):
    _, bounds = _facts(tmp_path, "CER.md", "# Clinical evaluation report\n\n" + POPULATION + text)
    assert bounds == [("weight", 1.0, None)]


def test_sheath_sizes_before_the_population_leave_its_bounds(tmp_path):
    _, bounds = _facts(tmp_path, "CER.md", "# Clinical evaluation report\n\n## Intended purpose\n\n"
                       "The plug closes femoral punctures made through 5-7 F sheaths, in adults aged 18 years"
                       " and over with a body weight of 50 kg or more.\n")
    assert ("weight", 50.0, None) in bounds

"""pint's unit conversions kept between runs as exact recipes: the same floats as pint, and a
run whose unit pairs are all known does not import pint."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from panelproof.extract import parameters

PAIRS = [("degF", "degC"), ("degC", "degC"), ("°C", "degC"), ("kelvin", "degC"), ("degC", "kelvin"),
         ("mbar", "cmH2O"), ("hPa", "cmH2O"), ("liter/minute", "milliliter/minute"),
         ("insulin_unit/hour", "insulin_unit/hour"), ("cm", "mm"), ("pound", "kilogram"),
         ("delta_degC", "degC"), ("ml", "kilogram"), ("no_such_unit", "mm"), ("1/minute", "hertz")]


@pytest.mark.parametrize("unit, target", PAIRS)
def test_a_recipe_gives_pint_s_own_result_to_the_last_bit(unit: str, target: str) -> None:
    values = [random.Random(7).uniform(-200, 5000) for _ in range(300)] + [0.0, -0.0, 37.2, 98.6, 5]
    for value in values:
        ours, theirs = parameters._convert(value, unit, target), parameters._convert_with_pint(value, unit, target)
        assert (ours is None and theirs is None) or (ours == theirs and repr(ours) == repr(theirs))


def test_offset_units_convert_exactly() -> None:
    assert parameters._conversion("degF", "degC") not in (None, parameters._ASK_PINT)
    assert parameters.convert(212.0, "degF", "degC") == parameters._convert_with_pint(212.0, "degF", "degC")
    assert round(parameters.convert(98.6, "degF", "degC"), 6) == 37.0


_RUN = """
import sys
from panelproof import regex_cache
regex_cache.enable()
from panelproof.extract import parameters
from panelproof.rules.plausibility.common import display_unit
print(parameters.convert(5.0, "mbar", "cmH2O"), parameters.convert(100.0, "degF", "degC"),
      display_unit("milliliter/hour"))
regex_cache.save()
print("pint" in sys.modules)
"""


def _run(cache: Path) -> list[str]:
    env = {**os.environ, "PANELPROOF_CACHE_DIR": str(cache)}
    env.pop("PANELPROOF_NO_CACHE", None)
    done = subprocess.run([sys.executable, "-c", _RUN], env=env, capture_output=True, text=True,
                          check=True)
    return done.stdout.splitlines()


def test_a_run_whose_conversions_are_known_does_not_import_pint(tmp_path: Path) -> None:
    first = _run(tmp_path)
    assert first[1] == "True"  # derived with pint, then kept
    second = _run(tmp_path)
    assert second == [first[0], "False"]


def test_without_the_cache_pint_converts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    env = {**os.environ, "PANELPROOF_CACHE_DIR": str(tmp_path), "PANELPROOF_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-c", _RUN], env=env, capture_output=True, text=True,
                          check=True)
    assert done.stdout.splitlines()[1] == "True"
    assert not any(tmp_path.iterdir())


def test_the_recipes_are_keyed_by_the_unit_definitions(monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path: Path) -> None:
    from panelproof import knowledge

    folder = tmp_path / "knowledge"
    (folder / "vocabulary").mkdir(parents=True)
    yaml_file = folder / "vocabulary" / "parameters.yaml"
    yaml_file.write_text("unit_definitions: []\n", encoding="utf-8")
    monkeypatch.setattr(knowledge.resources, "files", lambda _name: folder)
    parameters._conversion_kind.cache_clear()
    try:
        before = parameters._conversion_kind()
        yaml_file.write_text("unit_definitions: ['drop = 0.05 * milliliter']\n", encoding="utf-8")
        parameters._conversion_kind.cache_clear()
        assert parameters._conversion_kind() != before
    finally:
        parameters._conversion_kind.cache_clear()

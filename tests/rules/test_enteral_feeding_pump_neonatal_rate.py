"""PL001 on enteral feeding pumps: the minimum feed rate against the trophic feeds of the smallest
neonate admitted (knowledge/devices/enteral_feeding_pump.yaml), whatever the language."""

from pathlib import Path

import pytest

from panelproof.extract.model import FactKind
from panelproof.pipeline import run_check


def _check(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], workers=1, select={"PL001"})


@pytest.mark.parametrize(("name", "purpose", "rate"), [
    ("IFU_en.md", "The NutriGo enteral feeding pump is intended for tube feeding.", "Feed rate: 5-600 ml/h"),
    ("IFU_fr.md", "La pompe de nutrition entérale NutriGo est destinée à la nutrition par sonde.",
     "Débit de nutrition : 5 à 600 ml/h"),
    ("IFU_it.md", "La pompa per nutrizione enterale NutriGo è destinata alla nutrizione tramite sonda.",
     "Velocità di somministrazione: 5-600 ml/h"),
    ("IFU_nl.md", "De voedingspomp NutriGo is bedoeld voor sondevoeding.", "Voedingssnelheid: 5-600 ml/h"),
])
def test_a_feeding_pump_too_fast_for_a_500_g_neonate_is_reported(tmp_path, name, purpose, rate):
    result = _check(tmp_path, {
        "CER.md": "# CER – NutriGo\n\n## Population\n\nNeonates weighing 500 g or more, infants "
                  "and children.\n",
        name: f"# NutriGo\n\n## Intended purpose\n\n{purpose}\n\n## Technical data\n\n- {rate}\n",
    })
    types = {f.value.id for f in result.facts.of(FactKind.DEVICE_TYPE)}
    assert types == {"enteral_feeding_pump"}
    assert [f.rule for f in result.findings] == ["PL001"]


@pytest.mark.parametrize("population", [
    "Adults and adolescents weighing at least 35 kg.",
    "Children from 2 years and adults.",
])
def test_the_same_pump_for_older_patients_is_not_reported(tmp_path, population):
    result = _check(tmp_path, {
        "CER.md": f"# CER – NutriGo\n\n## Population\n\n{population}\n",
        "IFU_en.md": "# NutriGo\n\n## Intended purpose\n\nThe NutriGo enteral feeding pump is "
                     "intended for tube feeding.\n\n## Technical data\n\n- Feed rate: 5-600 ml/h\n",
    })
    assert not result.findings


def test_a_neonatal_feeding_pump_starting_at_a_trophic_rate_is_not_reported(tmp_path):
    result = _check(tmp_path, {
        "CER.md": "# CER – NutriGo Neo\n\n## Population\n\nPreterm infants from 600 g.\n",
        "IFU_en.md": "# NutriGo Neo\n\n## Intended purpose\n\nThe NutriGo Neo enteral feeding "
                     "pump is intended for neonatal tube feeding.\n\n## Technical data\n\n"
                     "- Flow rate: 0.5-150 ml/h\n",
    })
    assert not result.findings

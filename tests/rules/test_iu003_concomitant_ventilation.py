"""IU003: ventilation that documents name as the patients' ongoing therapy ("patients on NIV or
invasive ventilation via endotracheal tube" for an ECCO2R system or a humidifier) is a minor
wording difference; a ventilator's own interfaces stay a major one."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check


def _iu003(tmp_path, documents: dict[str, str]):
    for name, body in documents.items():
        (tmp_path / name).write_text(body, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select={"IU003"}).findings if f.rule == "IU003"]


@pytest.mark.parametrize("cer, cep", [
    ("CarbonX is an extracorporeal CO2 removal system for adults with hypercapnic respiratory failure on "
     "non-invasive ventilation or invasive ventilation via endotracheal tube.",
     "CarbonX is intended for adults with hypercapnic respiratory failure receiving NIV or invasive "
     "ventilation via an endotracheal tube."),
    ("CarbonX is intended for adults with hypercapnic respiratory failure under invasive ventilation via "
     "endotracheal tube or tracheostomy.",
     "CarbonX is intended for mechanically ventilated adults via endotracheal tube or tracheostomy."),
])
def test_patients_ventilation_is_minor(tmp_path, cer, cep):
    findings = _iu003(tmp_path, {
        "CER.md": f"# Clinical evaluation report – CarbonX\n\n## Intended purpose\n{cer}\n",
        "CEP.md": f"# Clinical evaluation plan – CarbonX\n\n## Intended purpose\n{cep}\n",
        "IFU_en.md": "# Instructions for use – CarbonX\n\n## Intended use\nCarbonX is intended for adults with "
                     "hypercapnic respiratory failure who are on non-invasive ventilation (NIV).\n",
    })
    assert findings and all(f.severity.value == "minor" for f in findings)
    assert "ongoing therapy" in findings[0].message


def test_ventilator_interfaces_stay_major(tmp_path):
    findings = _iu003(tmp_path, {
        "CER.md": "# Clinical evaluation report – VentX\n\n## Intended purpose\nVentX is a ventilator intended to "
                  "ventilate adult patients via face mask, endotracheal tube or tracheostomy.\n",
        "CEAR.md": "# Clinical evaluation assessment report – VentX\n\n## Intended purpose\nVentX is a ventilator "
                   "intended to ventilate adult patients via face mask or tracheostomy.\n",
    })
    assert [f.severity.value for f in findings] == ["major"]

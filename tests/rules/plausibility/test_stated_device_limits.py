"""PL009 (an instructed volume over time above the device's stated maximum flow rate) and PL010
(a device minimum above the population's own lower bound), in several phrasings and
languages, and the compatible cases that must stay silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _findings(tmp_path: Path, rule: str, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == rule]


def _doc(title: str, sections: dict[str, str]) -> str:
    return f"# {title}\n\n" + "".join(f"## {h}\n\n{t}\n\n" for h, t in sections.items())


@pytest.mark.parametrize(("name", "title", "use", "spec"), [
    ("IFU_en.md", "Instructions for use",
     "Administer the irrigation fluid (usually 1.5 litres) over 20 minutes.",
     "| Property | Value |\n| --- | --- |\n| Max. flow rate | 30 mL/min |\n"),
    ("IFU_en.md", "Instructions for use",
     "Infuse 500 mL in 5 min through the port.",
     "The maximum infusion rate is 50 ml/min."),
    ("IFU_de.md", "Gebrauchsanweisung",
     "Die Spüllösung (3 l) innerhalb von 1 Stunde infundieren.",
     "| Merkmal | Wert |\n| --- | --- |\n| Maximaler Durchfluss | 1,2 l/h |\n"),
    ("IFU_fr.md", "Notice d'utilisation",
     "Perfuser 1 L en 15 minutes.",
     "Débit maximal : 25 ml/min."),
])
def test_instructed_rate_above_maximum_flow(tmp_path, name, title, use, spec):
    (finding,) = _findings(tmp_path, "PL009", {name: _doc(title, {"Use": use, "Technical data": spec})})
    quotes = [loc.quote for loc in finding.locations]
    assert any(use.rstrip(".")[:15] in q for q in quotes)


@pytest.mark.parametrize(("use", "spec"), [
    ("Infuse 500 mL over 60 minutes.", "Maximum flow rate: 20 mL/min."),
    ("Infuse the solution (2 L) within 2 hours.", "Maximum flow rate 20 mL/min"),
    ("Flush with 10 mL within 1 min.", "Maximum flow rate 20 mL/min"),
])
def test_compatible_rate_is_not_reported(tmp_path, use, spec):
    assert not _findings(tmp_path, "PL009", {"IFU_en.md": _doc(
        "Instructions for use", {"Use": use, "Technical data": spec})})


def test_rate_without_stated_maximum_is_not_reported(tmp_path):
    assert not _findings(tmp_path, "PL009", {"IFU_en.md": _doc(
        "Instructions for use", {"Use": "Infuse 2 L within 30 minutes."})})


@pytest.mark.parametrize(("name", "title", "population", "spec"), [
    ("IFU_en.md", "Instructions for use",
     "Adults with a functional bladder capacity of 100 mL or more.",
     "The circuit requires a minimum intravesical volume of 150 mL."),
    ("IFU_en.md", "Instructions for use",
     "Patients with a cystometric capacity ≥ 120 ml.",
     "| Parameter | Value |\n| --- | --- |\n| Minimum bladder volume | 200 mL |\n"),
    ("IFU_de.md", "Gebrauchsanweisung",
     "Erwachsene mit einer funktionellen Blasenkapazität von mindestens 100 mL.",
     "| Merkmal | Wert |\n| --- | --- |\n| Minimales intravesikales Volumen | 150 mL |\n"),
    ("IFU_es.md", "Instrucciones de uso",
     "Adultos con capacidad vesical funcional de 100 mL o más.",
     "Volumen intravesical mínimo: 150 mL."),
    ("IFU_en.md", "Instructions for use",
     "Patients with a reference vessel diameter of at least 2.0 mm.",
     "The stent requires a minimum vessel diameter of 2.5 mm."),
])
def test_device_minimum_above_population_bound(tmp_path, name, title, population, spec):
    (finding,) = _findings(tmp_path, "PL010", {name: _doc(
        title, {"Intended purpose": population, "Technical data": spec})})
    assert len(finding.locations) >= 2


@pytest.mark.parametrize(("population", "spec"), [
    ("Adults with a functional bladder capacity of 200 mL or more.",
     "The circuit requires a minimum intravesical volume of 150 mL."),
    ("Adults with a functional bladder capacity below 100 mL are excluded.",
     "The circuit requires a minimum intravesical volume of 150 mL."),
    ("Patients with a reference vessel diameter of at least 3.0 mm.",
     "Minimum vessel diameter: 2.5 mm."),
])
def test_population_within_device_minimum_is_not_reported(tmp_path, population, spec):
    assert not _findings(tmp_path, "PL010", {"IFU_en.md": _doc(
        "Instructions for use", {"Intended purpose": population, "Technical data": spec})})


def test_device_own_range_is_no_population_bound(tmp_path):
    # the device's own sizing range, not a statement about the patients
    assert not _findings(tmp_path, "PL010", {"IFU_en.md": _doc("Instructions for use", {
        "Device description": "The stent system covers a vessel diameter of 2.25 to 4.0 mm.",
        "Technical data": "Stent 3.0 mm: minimum vessel diameter 2.75 mm."})})

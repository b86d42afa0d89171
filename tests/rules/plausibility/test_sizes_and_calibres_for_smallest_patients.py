"""PL005 and PL006 on sizes the smallest patients of the stated population cannot use, in
layouts and wordings other authors write: a property row whose value cell lists the sizes
with their patients, a specification table of the device's own diameters that names no lumen
(the document names the device: an endotracheal tube, an airway stent, a nephrostomy
catheter), and the step between sizes written beside them."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _findings(tmp_path: Path, rule: str, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == rule]


def _ifu(name: str, title: str, population: str, table: str) -> dict[str, str]:
    return {name: f"# {title}\n\n## Intended purpose\n\n{population}\n\n"
                  f"## Technical data\n\n{table}\n"}


# PL005: a property row ("Binasal prongs | Size 1 (NB-NP1): 1,250 g to 2,000 g; ...") whose
# value cell gives each size its patients; the smallest starts above the population's bound.
@pytest.mark.parametrize(("name", "title", "population", "table"), [
    ("IFU_en.md", "Instructions for use",
     "The system is intended for preterm and term neonates with a body weight of 1,000 g and above.",
     "| Item | Specification |\n| --- | --- |\n| Pressure range | 3 to 8 cmH2O |\n"
     "| Binasal prongs | Size 1 (NP1): 1,250 g to 2,000 g; Size 2 (NP2): 2,000 g to 3,000 g; "
     "Size 3 (NP3): 3,000 g to 5,000 g |\n"),
    ("IFU_en.md", "Instructions for use",
     "For infants and children weighing 3 kg or more.",
     "| Parameter | Value |\n| --- | --- |\n"
     "| Face pieces | Variant A – 6 to 15 kg; Variant B – 15 to 40 kg |\n"),
    ("IFU_de.md", "Gebrauchsanweisung",
     "Für Neugeborene und Säuglinge ab 1 kg Körpergewicht bestimmt.",
     "| Merkmal | Angabe |\n| --- | --- |\n"
     "| Nasenstücke | Größe 1: 2–4 kg; Größe 2: 4–8 kg |\n"),
    ("IFU_nl.md", "Gebruiksaanwijzing",
     "Bestemd voor pasgeborenen met een lichaamsgewicht van 1.000 g of meer.",
     "| Onderdeel | Specificatie |\n| --- | --- |\n"
     "| Binasale prongs | Maat 1: 1.250 g tot 2.000 g; maat 2: 2.000 g tot 3.000 g |\n"),
])
def test_value_cell_sizes_start_above_the_population(tmp_path, name, title, population, table):
    (finding,) = _findings(tmp_path, "PL005", _ifu(name, title, population, table))
    population_quote, size_quote = (loc.quote for loc in finding.locations)
    assert "|" in size_quote and "|" not in population_quote


def test_value_cell_sizes_that_cover_the_population(tmp_path):
    assert not _findings(tmp_path, "PL005", _ifu(
        "IFU_en.md", "Instructions for use",
        "The system is intended for neonates with a body weight of 1,000 g and above.",
        "| Item | Specification |\n| --- | --- |\n"
        "| Binasal prongs | Size 1 (NP1): 700 g to 2,000 g; Size 2 (NP2): 2,000 g to 5,000 g |\n"))


# PL006: the device's own diameters in a specification table that names no lumen.
@pytest.mark.parametrize(("name", "title", "population", "table", "severity"), [
    # an endotracheal tube's inner diameters for children from 1 year (about 4.5 mm at most);
    # the 0.5 mm step written beside the range is no size
    ("IFU_en.md", "Cuffed endotracheal tube – Instructions for use",
     "Paediatric patients from 1 year of age (body weight from 10 kg) and adults.",
     "| Feature | Data |\n| --- | --- |\n"
     "| Internal diameter (ID) | 5.0 to 9.0 mm in 0.5 mm steps |\n", "major"),
    ("IFU_fr.md", "Sonde d'intubation endotrachéale à ballonnet – Mode d'emploi",
     "Enfants à partir de 10 kg et adultes.",
     "| Caractéristique | Valeur |\n| --- | --- |\n"
     "| Diamètre interne (DI) | 5,5 à 9,0 mm par pas de 0,5 mm |\n", "major"),
    # an airway stent for tracheobronchomalacia in neonates from 2.5 kg
    ("IFU_en.md", "Resorbable stent – Instructions for use",
     "The stent is intended for infants and children from birth with body weight ≥ 2.5 kg and "
     "severe tracheobronchomalacia.",
     "| Property | Value |\n| --- | --- |\n| Stent diameter | 14 mm to 18 mm (unconstrained) |\n",
     "critical"),
    ("IFU_de.md", "Resorbierbarer Stent – Gebrauchsanweisung",
     "Für Säuglinge und Kinder ab Geburt mit einem Körpergewicht ab 2,5 kg und schwerer "
     "Tracheobronchomalazie.",
     "| Merkmal | Wert |\n| --- | --- |\n| Stentdurchmesser | 14 mm bis 18 mm |\n", "critical"),
    # a nephrostomy catheter set from 10 Fr for newborns from 2.5 kg (8 Fr at most)
    ("IFU_en.md", "Percutaneous nephrostomy catheter set – Instructions for use",
     "Adults and children from newborn (body weight ≥2.5 kg).",
     "| Item | Value |\n| --- | --- |\n| Catheter sizes | 10Fr, 12Fr, 14Fr |\n", "major"),
    ("IFU_en.md", "Nephrostomy drainage set – Instructions for use",
     "For neonates from 3 kg, children and adults.",
     "| Model | Size |\n| --- | --- |\n| NX-12 | 12 Fr × 25 cm |\n| NX-14 | 14 Fr × 25 cm |\n",
     "major"),
])
def test_device_diameters_too_large_for_the_smallest(tmp_path, name, title, population, table,
                                                     severity):
    (finding,) = _findings(tmp_path, "PL006", _ifu(name, title, population, table))
    assert finding.severity.value == severity


@pytest.mark.parametrize(("title", "population", "table"), [
    # adults only
    ("Cuffed endotracheal tube – Instructions for use", "Adults from 18 years.",
     "| Feature | Data |\n| --- | --- |\n| Internal diameter (ID) | 6.0 to 9.0 mm in 0.5 mm steps |\n"),
    # sizes that fit the smallest patients
    ("Cuffed endotracheal tube – Instructions for use", "Children from 10 kg and adults.",
     "| Feature | Data |\n| --- | --- |\n| Internal diameter (ID) | 4.0 to 9.0 mm in 0.5 mm steps |\n"),
    ("Percutaneous nephrostomy catheter set – Instructions for use",
     "Adults and children from newborn (body weight ≥2.5 kg).",
     "| Item | Value |\n| --- | --- |\n| Catheter sizes | 6Fr, 8Fr, 10Fr |\n"),
    # what a bronchoscope needs of the patient's tube is not its own size
    ("Flexible video bronchoscope – Instructions for use",
     "For adults and children from 2 years (intubated with an endotracheal tube).",
     "| Feature | Data |\n| --- | --- |\n| Minimum ETT inner diameter | 5.0 mm / 6.0 mm / 7.0 mm |\n"),
    ("Single-use bronchoscope system – Instructions for use",
     "For adults and children from 2 years (intubated with an endotracheal tube).",
     "| Feature | Data |\n| --- | --- |\n| Minimum ETT inner diameter | 5.0 mm / 6.0 mm / 7.0 mm |\n"),
    # an outer diameter of a tube is no inner diameter: read against the trachea, it fits
    ("Cuffed endotracheal tube – Instructions for use", "Children from 10 kg and adults.",
     "| Feature | Data |\n| --- | --- |\n| Outer diameter (OD) | 6.2 to 12.1 mm |\n"),
])
def test_sizes_that_fit_or_an_adult_population(tmp_path, title, population, table):
    assert not _findings(tmp_path, "PL006", _ifu("IFU_en.md", title, population, table))

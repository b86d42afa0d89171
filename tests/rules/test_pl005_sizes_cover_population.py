"""PL005: the union of the device's sizes' weight or age ranges against the population's
smallest and largest stated patient, for any device type sized by weight or age."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _pl005(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PL005"]


@pytest.mark.parametrize(("population", "sizes", "severity"), [
    # an umbilical catheter whose smallest variant starts above the smallest neonates
    ("The UmbiLine catheter is indicated for neonates weighing 0.6 kg or more.",
     "- Preterm catheter (2.5 Fr), for infants from 1.5 kg to 3 kg\n- Term catheter: 3–6 kg\n",
     "major"),
    # an electrode set: small difference at the low end
    ("The DefiPad electrodes are intended for children and adults from 12 kg.",
     "| Electrode | Body weight |\n| --- | --- |\n| Paediatric pads | 15–25 kg |\n| Adult pads | > 25 kg |\n",
     "minor"),
    # the largest patients: a cuff range that stops at 60 kg for a population up to 120 kg
    ("Intended for adolescents and adults weighing 40 to 120 kg.",
     "- Cuff size M: 40–50 kg\n- Cuff size L: 50–60 kg\n", "major"),
    # ages: a paediatric airway sized from 1 year for a population from birth
    ("The device is intended for children from birth to 12 years.",
     "| Size | Age |\n| --- | --- |\n| 2 | 1–5 years |\n| 3 | 5–12 years |\n", "major"),
])
def test_population_beyond_the_sizes(tmp_path, population, sizes, severity):
    (finding,) = _pl005(tmp_path, {"IFU_en.md": (
        f"# IFU\n\n## Intended purpose\n\n{population}\n\n## Sizes and variants\n\n{sizes}")})
    assert finding.severity.value == severity
    assert len(finding.locations) == 2


def test_population_in_one_document_sizes_in_another(tmp_path):
    (finding,) = _pl005(tmp_path, {
        "CER.md": "# CER\n\n## Target population\n\nPatients from 800 g body weight.\n",
        "IFU_en.md": "# IFU\n\n## Sensors\n\n- Neonatal sensor: 2–10 kg\n- Adult sensor: > 10 kg\n"})
    assert {loc.document for loc in finding.locations} == {"CER.md", "IFU_en.md"}
    assert "800 g" in finding.locations[0].quote


@pytest.mark.parametrize("files", [
    # sizes cover the population
    {"IFU_en.md": "# IFU\n\n## Intended purpose\n\nFor patients from 3 kg.\n\n## Sizes\n\n"
                  "- Infant mask: 2–10 kg\n- Child mask, for patients from 10 kg up to 40 kg\n"
                  "- Adult mask: > 40 kg\n"},
    # an upper population bound within the sizes, and sizes open upwards
    {"IFU_de.md": "# Gebrauchsanweisung\n\n## Zweckbestimmung\n\nFür Patienten von 5 bis 150 kg "
                  "bestimmt.\n\n## Größen\n\n- Größe 1: 5–20 kg\n- Größe 2: ab 20 kg\n"},
    # no population bound in the dimension of the sizes: nothing to compare
    {"IFU_en.md": "# IFU\n\n## Intended purpose\n\nFor adults.\n\n## Sizes\n\n"
                  "- Size 3: 30–50 kg\n- Size 4: 50–70 kg\n"},
    # a study's weight strata are no sizes of the device
    {"CER.md": "# CER\n\n## Intended purpose\n\nIntended for patients from 1 kg.\n\n"
               "## Sizes\n\n- Size 0: 1–5 kg\n- Size 1: > 5 kg\n\n## Clinical investigation results\n\n"
               "| Size | Weight | n |\n| --- | --- | --- |\n| 1 | 10–20 kg | 30 |\n"},
])
def test_sizes_that_cover_are_not_reported(tmp_path, files):
    assert _pl005(tmp_path, files) == []


def test_size_table_in_a_docx_ifu(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_heading("Instructions for use – NasoFlow cannula", level=1)
    document.add_heading("Intended purpose", level=2)
    document.add_paragraph("NasoFlow is intended for high-flow oxygen therapy in preterm and "
                           "term neonates from 700 g.")
    document.add_heading("Cannula selection", level=2)
    table = document.add_table(rows=3, cols=2)
    for row, cells in zip(table.rows, [("Cannula size", "Weight range"), ("S", "1.5–3 kg"),
                                       ("M", "3–8 kg")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    document.save(tmp_path / "IFU_en.docx")
    (finding,) = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PL005"]
    assert finding.severity.value == "major"
    assert any("1.5–3 kg" in loc.quote for loc in finding.locations)

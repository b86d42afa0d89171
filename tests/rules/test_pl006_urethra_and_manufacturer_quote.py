"""PL006: urinary catheter sizes against the urethra of the youngest patients; a size table
without a header row; of equal statements, the manufacturer's own is quoted, not the CEAR's."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import calibres
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check
from panelproof.rules.plausibility.PL006_calibre_exceeds_anatomy import limit_for


def _pl006(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PL006"]


def _lumens(text: str, language: str = "en") -> list[tuple[str, float]]:
    doc = document_from_text(f"# IFU\n\n## Specification\n\n{text}\n", f"IFU_{language}.md",
                             role=Role.IFU, language=language)
    return [(f.value.lumen, f.value.low) for f in calibres.extract(doc, ExtractionContext())
            if f.kind is FactKind.CALIBRE]


def test_urethra_limits_by_weight():
    assert limit_for("urethra", 14)[0] == 10
    assert limit_for("urethra", 4)[0] == 8
    assert limit_for("urethra", 60) is None  # adult sizes are not limited


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The Foley catheter is supplied in 14 French for transurethral drainage.", "en",
     ("urethra", 14.0)),
    ("Available sizes of the urinary catheter: Fr 10 to 16.", "en", ("urethra", 10.0)),
    ("Der Blasenkatheter ist in den Größen Ch 8, Ch 10 und Ch 12 erhältlich.", "de",
     ("urethra", 8.0)),
    ("La sonde urinaire est disponible en CH 12 à CH 16.", "fr", ("urethra", 12.0)),
    # a specification table without header row, the device named elsewhere in the document
    ("The kit is a nelaton catheter for intermittent self-catheterisation.\n\n"
     "| Tube diameters offered | 12 Fr, 14 Fr, 16 Fr |\n| --- | --- |\n| Length | 40 cm |", "en", ("urethra", 12.0)),
])
def test_urinary_catheter_sizes_read_against_the_urethra(text, language, expected):
    assert expected in _lumens(text, language)


def test_header_row_without_a_size_is_still_no_size():
    text = ("The sheath is placed by femoral venous access.\n\n"
            "| Delivery sheath (Fr) | Occluder |\n| --- | --- |\n| 6 | S |")
    assert _lumens(text) == [("femoral_vein", 6.0)]


@pytest.mark.parametrize(("population", "spec", "severity"), [
    ("For girls and boys aged 3 years and over and for adults.",
     "| Catheter size | CH 14 ~ CH 20 |\n| --- | --- |\n| Coating | hydrophilic |", "critical"),
    ("Intended for patients of 15 kg body weight and more who need clean intermittent "
     "catheterisation.", "Each intermittent catheter is offered as 12 Fr or 14 Fr.", "major"),
])
def test_urinary_catheter_too_large_for_youngest(tmp_path, population, spec, severity):
    (finding,) = _pl006(tmp_path, {"IFU_en.md": (
        "# IFU\n\n## Intended purpose\n\nThe UroEase urinary catheter drains the bladder. "
        f"{population}\n\n## Technical data\n\n{spec}\n")})
    assert finding.severity.value == severity


@pytest.mark.parametrize("population", [
    "For adults and adolescents from 40 kg.",
    "For children from 2 years of age and adults.",   # CH 8 fits a two-year-old
])
def test_urinary_catheter_fits(tmp_path, population):
    assert _pl006(tmp_path, {"IFU_en.md": (
        "# IFU\n\n## Intended purpose\n\nThe UroEase urinary catheter drains the bladder. "
        f"{population}\n\n## Technical data\n\nThe urinary catheter is offered in CH 8, CH 10 "
        "and CH 12.\n")}) == []


def test_the_manufacturers_statement_is_quoted_before_the_cears(tmp_path):
    sheath = "It is delivered through a 11 Fr or 13 Fr sheath by transfemoral venous access."
    findings = _pl006(tmp_path, {
        "CEAR.md": ("# Clinical evaluation assessment report\n\n## Device\n\nThe notified body "
                    f"reviewed the PatchSeal occluder for children from 9 kg. {sheath}\n"),
        "IFU_en.md": ("# Instructions for use\n\n## Intended purpose\n\nThe PatchSeal occluder is "
                      "intended for children from 9 kg and adults.\n\n## Description\n\n"
                      f"{sheath}\n"),
    })
    (finding,) = findings
    assert {loc.document for loc in finding.locations} == {"IFU_en.md"}


def test_one_document_stating_both_is_quoted(tmp_path):
    # the CER states the size and the population; the IFU only the size: quote the CER alone
    findings = _pl006(tmp_path, {
        "CER.md": ("# Clinical evaluation report\n\n## Device description\n\nThe VenaPlug system "
                   "is intended for children weighing 7 kg or more. Deployment uses a 10 Fr "
                   "introducer by femoral venous access.\n"),
        "IFU_en.md": ("# Instructions for use\n\n## Description\n\nUse only the supplied 10 Fr "
                      "introducer sheath through the femoral vein.\n"),
    })
    (finding,) = findings
    assert {loc.document for loc in finding.locations} == {"CER.md"}

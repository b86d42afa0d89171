"""LA001, substances of the allergy contraindication: Nordic wordings of animal materials
("bovint kollagen", "kollagen úr nautgripum") are read, and a version whose wording of the
master's substance the vocabulary cannot read is not reported as naming another substance."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _la001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


_EN = ("# Instructions for Use\n\n## Indications\nThe scaffold is indicated for the repair of "
       "focal cartilage defects of the knee.\n\n## Contraindications\n"
       "- Known allergy to {substance}\n- Inflammatory arthritis\n")


@pytest.mark.parametrize("name, item, substance", [
    ("IFU_sv.md", "Känd allergi mot bovint kollagen", "bovine collagen"),
    ("IFU_no.md", "Kjent allergi mot bovint kollagen", "bovine collagen"),
    ("IFU_da.md", "Kendt allergi over for porcint kollagen", "porcine collagen"),
    ("IFU_is.md", "Þekkt ofnæmi fyrir kollageni úr nautgripum", "bovine collagen"),
    ("IFU_et.md", "Teadaolev allergia veise kollageeni suhtes", "bovine collagen"),
    # no Croatian or Slovenian word for the animal: only "kolagen" is read
    ("IFU_hr.md", "Poznata alergija na goveđi kolagen", "bovine collagen"),
    ("IFU_sl.md", "Znana alergija na goveji kolagen", "bovine collagen"),
])
def test_the_same_animal_material_is_no_other_substance(tmp_path: Path, name, item, substance) -> None:
    other = ("# Bruksanvisning\n\n## Indikationer\nProdukten är avsedd för knäleden.\n\n"
             f"## Kontraindikationer\n- {item}\n- Inflammatorisk artrit\n")
    findings = _la001(tmp_path, {"IFU_en.md": _EN.format(substance=substance), name: other})
    assert not any("different substances" in f.message for f in findings), [f.message for f in findings]


def test_a_different_animal_material_is_still_reported(tmp_path: Path) -> None:
    other = ("# Bruksanvisning\n\n## Indikationer\nProdukten är avsedd för knäleden.\n\n"
             "## Kontraindikationer\n- Känd allergi mot porcint kollagen\n- Inflammatorisk artrit\n")
    findings = _la001(tmp_path, {"IFU_en.md": _EN.format(substance="bovine collagen"), "IFU_sv.md": other})
    assert any("different substances" in f.message for f in findings), [f.message for f in findings]

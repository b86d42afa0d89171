"""DC003: a translation whose heading numbers skip a section its master version has names that
section and quotes it ("heading 5 follows heading 3 (the English IFU has “4. Method of use”
there)"); a gap the master shares, or a document with no other language version, says no more."""

from __future__ import annotations

from panelproof.pipeline import run_check

_EN = ("# Instructions for use – FlexiCath\n\n## 1. Product name\n\nFlexiCath 7F.\n\n## 2. Intended purpose\n\n"
       "Drainage of the pleural space in adults.\n\n## 3. Contraindications\n\nNone known.\n\n"
       "## {four}\n\nInsert the catheter over the guidewire.\n\n## 5. Storage\n\nStore dry.\n")
_DE = ("# Gebrauchsanweisung – FlexiCath\n\n## 1. Produktname\n\nFlexiCath 7F.\n\n## 2. Zweckbestimmung\n\n"
       "Drainage des Pleuraraums bei Erwachsenen.\n\n## 3. Kontraindikationen\n\nKeine bekannt.\n\n"
       "## 5. Lagerung\n\nTrocken lagern.\n")


def _dc003(tmp_path, four: str) -> list:
    (tmp_path / "IFU_en.md").write_text(_EN.format(four=four), encoding="utf-8")
    (tmp_path / "IFU_de.md").write_text(_DE, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "DC003"]


def test_the_translation_names_the_section_of_its_master(tmp_path):
    found = [f for f in _dc003(tmp_path, "4. Method of use") if "IFU_de" in f.message]
    assert len(found) == 1
    assert "“4. Method of use”" in found[0].message
    assert "4. Method of use" in [loc.quote for loc in found[0].locations]


def test_a_gap_the_master_shares_names_no_section(tmp_path):
    found = [f for f in _dc003(tmp_path, "6. Method of use") if "IFU_de" in f.message]
    assert len(found) == 1 and "has “" not in found[0].message

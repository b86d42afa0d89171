"""LA001: a translation that drops one contraindication while its wording of a vocabulary concept
is unknown (the concept is only reconciled to a stand-in item) still lists fewer items.

`_reconcile` lets an item of unknown wording stand in for a concept another version states; that
item stays unpaired in its own version, so the other version's item for the concept must stay
unpaired too, or the version that dropped an item counts as long as the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_ENGLISH = """# Instructions for Use

## Intended purpose
The RhinoPak sponge is intended for the control of anterior epistaxis in adults.

## Contraindications
- Known or suspected bleeding disorder.
- Fracture of the skull base.
- Recent surgery of the nasal septum.
- History of toxic shock syndrome.
"""

_HEAD = {
    "et": ("Kasutusjuhend", "Sihtotstarve", "RhinoPak on ette nähtud ninaverejooksu peatamiseks "
           "täiskasvanutel.", "Vastunäidustused"),
    "fi": ("Käyttöohjeet", "Käyttötarkoitus", "RhinoPak on tarkoitettu nenäverenvuodon hoitoon "
           "aikuisilla.", "Vasta-aiheet"),
    "sv": ("Bruksanvisning", "Avsedd användning", "RhinoPak är avsedd för att stoppa näsblödning "
           "hos vuxna.", "Kontraindikationer"),
    "sl": ("Navodila za uporabo", "Predvideni namen", "RhinoPak je namenjen zaustavitvi krvavitve "
           "iz nosu pri odraslih.", "Kontraindikacije"),
}


def _version(language: str, items: list[str]) -> str:
    title, purpose, sentence, contra = _HEAD[language]
    return (f"# {title}\n\n## {purpose}\n{sentence}\n\n## {contra}\n"
            + "".join(f"- {item}\n" for item in items))


def _counts(tmp_path: Path, language: str, items: list[str]):
    (tmp_path / "IFU_en.md").write_text(_ENGLISH, encoding="utf-8")
    (tmp_path / f"IFU_{language}.md").write_text(_version(language, items), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select={"LA001"}).findings
            if f.rule == "LA001" and "numbers of contraindications" in f.message]


@pytest.mark.parametrize(("language", "items"), [
    ("et", ["Teadaolev või kahtlustatav veritsushäire.", "Hiljutine ninavaheseina operatsioon.",
            "Toksilise šoki sündroom anamneesis."]),
    ("et", ["Veritsushäire.", "Koljupõhimiku murd.", "Toksilise šoki sündroom anamneesis."]),
    ("fi", ["Tunnettu tai epäilty verenvuotohäiriö.", "Äskettäinen nenän väliseinän leikkaus.",
            "Aiempi toksinen sokkioireyhtymä."]),
    ("sv", ["Känd eller misstänkt blödningsrubbning.", "Nyligen genomförd operation av nässkiljeväggen.",
            "Toxiskt chocksyndrom i anamnesen."]),
    ("sl", ["Znana ali sum na motnjo strjevanja krvi.", "Nedavna operacija nosnega pretina.",
            "Sindrom toksičnega šoka v anamnezi."]),
])
def test_a_translation_dropping_one_contraindication_is_counted_shorter(tmp_path, language, items):
    found = _counts(tmp_path, language, items)
    assert found and "may leave out" in found[0].message


@pytest.mark.parametrize("items", [
    ["Teadaolev või kahtlustatav veritsushäire.", "Koljupõhimiku murd.",
     "Hiljutine ninavaheseina operatsioon.", "Toksilise šoki sündroom anamneesis."],
    ["Veritsushäire.", "Koljupõhimiku murd.", "Hiljutine ninavaheseina operatsioon.",
     "Toksilise šoki sündroom anamneesis."],
])
def test_a_complete_translation_with_a_stand_in_item_is_no_finding(tmp_path, items):
    assert _counts(tmp_path, "et", items) == []

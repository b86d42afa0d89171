"""Lists of available sizes are parameters whose value is a set; SP001 compares the sets."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.parameters import size_lists
from panelproof.pipeline import run_check


@pytest.mark.parametrize(("text", "language", "values"), [
    ("The implants are available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm.", "en", (3.3, 4.1, 4.8)),
    ("The implant is supplied as Ø 3.3, Ø 4.1 and Ø 4.8 mm.", "en", (3.3, 4.1, 4.8)),
    ("Le produit est disponible en diamètres 3,5 mm, 4,1 mm et 5,0 mm.", "fr", (3.5, 4.1, 5.0)),
    ("Das Implantat ist in den Durchmessern 3,3 mm, 4,1 mm und 4,8 mm erhältlich.", "de", (3.3, 4.1, 4.8)),
    ("Implantatdurchmesser 3,3 / 4,1 / 4,8 mm", "de", (3.3, 4.1, 4.8)),
    ("Il dispositivo è disponibile nei diametri 3,3 mm, 4,1 mm e 4,8 mm.", "it", (3.3, 4.1, 4.8)),
    ("Het implantaat is verkrijgbaar in diameters 3,3 mm, 4,1 mm en 4,8 mm.", "nl", (3.3, 4.1, 4.8)),
    ("Lengths 8, 10, 12 and 14 mm are available.", "en", (8, 10, 12, 14)),
    ("Valve sizes 20, 23, 26 mm", "en", (20, 23, 26)),
    ("The catheter is available in sizes 6, 7 and 8 Fr.", "en", (6, 7, 8)),
])
def test_size_lists_are_sets(text, language, values):
    found = size_lists(text, language)
    assert len(found) == 1
    assert found[0].value.values == pytest.approx(values)
    assert found[0].value.name.startswith("text:")


def test_a_range_of_lengths_is_a_range():
    found = size_lists("The implants are available in lengths of 8 to 14 mm.", "en")
    assert [(f.value.low, f.value.high, f.value.values) for f in found] == [(8, 14, ())]


@pytest.mark.parametrize("text", [
    "Use Ø 3.3 mm implants only for incisors.",
    "The diameter of the 3.3 mm and 4.1 mm implants is reduced at the neck.",
    "Insert the implant to a depth of 10 mm and tighten to 35 Ncm.",
    "Length 10 mm, diameter 3.3 mm.",
    "The mean implant length was 10, 12 mm.",
    "Patients had neck diameters between 19 and 30 mm.",
])
def test_single_sizes_and_observations_are_not_size_lists(text):
    assert size_lists(text, "en") == []


def _sp001(tmp_path: Path, ifu: str, other: str, other_name: str = "SSCP.md"):
    (tmp_path / "IFU_en.md").write_text(f"# Instructions for use\n\n## Device description\n\n{ifu}\n",
                                        encoding="utf-8")
    (tmp_path / other_name).write_text(f"# Summary\n\n## Device description\n\n{other}\n",
                                       encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SP001"]


@pytest.mark.parametrize(("ifu", "other"), [
    ("The implants are available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm.",
     "The implants are supplied in diameters 3,5 mm, 4,1 mm and 5,0 mm."),
    ("Valve sizes: 20, 23, 26 mm", "The valve is available in sizes 23, 26 and 29 mm."),
    ("Lengths 8, 10, 12 and 14 mm are available.", "The implants are available in lengths of 10 to 16 mm."),
])
def test_different_size_sets_are_reported(tmp_path, ifu, other):
    findings = _sp001(tmp_path, ifu, other)
    assert len(findings) == 1
    quotes = [loc.quote for loc in findings[0].locations]
    assert len(quotes) == 2


@pytest.mark.parametrize(("ifu", "other"), [
    ("Lengths 8, 10, 12 and 14 mm are available.", "The implants are available in lengths of 8 to 14 mm."),
    ("The implants are available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm.",
     "Use Ø 3.3 mm implants only for incisors."),
    ("The implants are available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm.",
     "Die Implantate sind in den Durchmessern 3,3 mm, 4,1 mm und 4,8 mm erhältlich."),
    ("Diameters: 3.3 mm, 4.1 mm and 4.8 mm", "Diamètres disponibles : 3,3 mm, 4,1 mm et 4,8 mm."),
    ("The implants are available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm.",
     "Narrow and wide implants are supplied in diameters 3.3 and 4.8 mm."),
])
def test_same_sets_ranges_and_single_sizes_stay_silent(tmp_path, ifu, other):
    assert _sp001(tmp_path, ifu, other) == []


@pytest.mark.parametrize(("text", "language", "label", "value", "unit"), [
    ("Infusion catheter with ultrasonic core, 5.4 F, working length 135 cm", "en", "working length", 135, "centimeter"),
    ("The sheath has a usable length 110 cm and a hydrophilic coating.", "en", "usable length", 110, "centimeter"),
    ("Electrode: shaft diameter 2.8 mm, tip of platinum-iridium", "en", "shaft diameter", 2.8, "millimeter"),
    ("Katheter 6 F, Arbeitslänge 90 cm", "de", "Arbeitslänge", 90, "centimeter"),
])
def test_one_size_under_a_qualified_size_noun_is_read(text, language, label, value, unit):
    [match] = size_lists(text, language)
    assert match.value.label == label
    assert (match.value.low, match.value.high, match.value.unit) == (value, value, unit)
    assert match.value.values == ()


@pytest.mark.parametrize("text", [
    "Catheter 5.4 F, length 135 cm",  # which of the device's lengths: no qualifier
    "The mean working length was 135 cm.",  # an observation
    "Select the working length 135 cm or 106 cm according to the access site.",  # two sizes
    "Pre-dilate with a balloon diameter 1 mm below the reference vessel diameter.",  # a difference
    "Choose a stent diameter 2 mm larger than the vein.",
])
def test_bare_or_observed_single_sizes_are_not_read(text):
    assert [m for m in size_lists(text, "en") if m.value.values == ()
            and m.value.low == m.value.high] == []


def test_a_working_length_that_differs_between_ifu_and_summary_is_reported(tmp_path):
    findings = _sp001(tmp_path, "| Component | Description |\n|---|---|\n"
                                "| Infusion catheter | 5.4 F, working length 135 cm |",
                      "The infusion catheter (5.4 F, working length 106 cm) carries the ultrasonic core.")
    assert len(findings) == 1
    quotes = sorted(loc.quote for loc in findings[0].locations)
    assert any("106 cm" in q for q in quotes) and any("135 cm" in q for q in quotes)


def test_the_same_working_length_in_a_table_and_in_prose_is_silent(tmp_path):
    assert _sp001(tmp_path, "| Component | Description |\n|---|---|\n"
                            "| Infusion catheter | 5.4 F, working length 135 cm |",
                  "The infusion catheter (5.4 F, working length 135 cm) carries the ultrasonic core.") == []

"""LA001: an English IFU naming a group only to say the device does not provide for it ("children
below 13 are not served by the current sizes") does not admit that group, so a translation that
leaves the sentence out names no different population."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_OTHER = {
    "da": "# Brugsanvisning\n\n## Tilsigtet formål\nMyoGrip er en myoelektrisk håndprotese.\n\n"
          "## Patientpopulation\nVoksne og unge, der passer til størrelse M eller L, normalt fra ca. 13 år.\n",
    "nl": "# Gebruiksaanwijzing\n\n## Beoogd doel\nMyoGrip is een myo-elektrische handprothese.\n\n"
          "## Patiëntenpopulatie\nVolwassenen en jongeren die in maat M of L passen, doorgaans vanaf circa 13 jaar.\n",
    "de": "# Gebrauchsanweisung\n\n## Zweckbestimmung\nMyoGrip ist eine myoelektrische Handprothese.\n\n"
          "## Patientenpopulation\nErwachsene und Jugendliche, denen Größe M oder L passt, in der Regel ab etwa 13 Jahren.\n",
}


@pytest.mark.parametrize("sentence", [
    "children below 13 are not served by the current sizes.",
    "children under 13 years are not catered for by the sizes available.",
    "infants and younger children are not suitable for the current shells.",
])
@pytest.mark.parametrize("language", sorted(_OTHER))
def test_a_group_the_device_does_not_serve_is_not_admitted(tmp_path: Path, sentence, language):
    english = ("# Instructions for Use\n\n## Intended purpose\nMyoGrip is a myoelectric hand "
               "prosthesis.\n\n## Patient population\nAdults and adolescents who fit the medium "
               f"(M) or large (L) shell, usually from about 13 years of age; {sentence}\n")
    (tmp_path / "IFU_en.md").write_text(english, encoding="utf-8")
    (tmp_path / f"IFU_{language}.md").write_text(_OTHER[language], encoding="utf-8")
    found = [f for f in run_check([tmp_path], workers=1, select={"LA001"}).findings
             if f.rule == "LA001" and ("population groups" in f.message or "admit different" in f.message)]
    assert found == [], [f.message for f in found]

"""LA001 compares the population of language versions; PO001/PO002 leave those pairs to it."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

CER = "# Clinical Evaluation Report\n\n## Intended purpose\nThe device is intended for {en}.\n"
IFU = {
    "en": "# Instructions for Use\n\n## Intended purpose\nThe device is intended for {text}.\n",
    "fr": "# Notice d'utilisation\n\n## Destination\nLe dispositif est destiné {text}.\n",
    "de": "# Gebrauchsanweisung\n\n## Zweckbestimmung\nDas Gerät ist {text} bestimmt.\n",
}


def check(tmp_path: Path, en: str, other_language: str, other: str):
    (tmp_path / "CER.md").write_text(CER.format(en=en), encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(IFU["en"].format(text=en), encoding="utf-8")
    (tmp_path / f"IFU_{other_language}.md").write_text(
        IFU[other_language].format(text=other), encoding="utf-8")
    findings = run_check([tmp_path], workers=1).findings
    return [f for f in findings if f.rule in {"LA001", "PO001", "PO002"}]


@pytest.mark.parametrize(("en", "language", "other"), [
    ("children and adults weighing 10 kg or more", "de", "für Kinder und Erwachsene ab 3 kg Körpergewicht"),
    ("patients with a body weight of at least 20 kg", "fr", "aux patients à partir de 5 kg"),
    ("adults aged 18 years and older", "fr", "aux patients âgés de 16 ans et plus"),
    ("adults and adolescents", "de", "für Erwachsene, Jugendliche und Kinder"),
])
def test_population_difference_between_translations_is_a_language_finding(tmp_path, en, language, other):
    found = check(tmp_path, en, language, other)
    assert [f.rule for f in found] == ["LA001"]
    assert {loc.document for loc in found[0].locations} == {"IFU_en.md", f"IFU_{language}.md"}


@pytest.mark.parametrize(("en", "language", "other"), [
    ("children and adults weighing 10 kg or more", "de", "für Kinder und Erwachsene ab 10 kg Körpergewicht"),
    ("patients weighing at least 20 kg", "fr", "aux patients d'un poids supérieur ou égal à 20 kg"),
    ("adults and adolescents; not for neonates", "de", "für Erwachsene und Jugendliche, nicht für Neugeborene"),
])
def test_agreeing_translations_give_no_finding(tmp_path, en, language, other):
    assert check(tmp_path, en, language, other) == []


def test_paediatric_umbrella_matches_listed_paediatric_groups() -> None:
    from panelproof.extract.model import Concept, Fact, FactKind
    from panelproof.ingest.model import Location, Role
    from panelproof.extract.population import umbrella_equivalent as _umbrella_equivalent

    def group(gid: str, document: str) -> Fact:
        return Fact(FactKind.POPULATION_GROUP, Concept(gid, gid),
                    Location(document, None, None, gid), Role.IFU)

    english = {g: group("paediatric", "IFU_en.pdf") for g in
               ("neonates", "infants", "children", "adolescents")}
    english["adults"] = group("adults", "IFU_en.pdf")
    german = {g: group(g, "IFU_de.pdf") for g in ("neonates", "children", "adults")}
    assert _umbrella_equivalent(english, german)
    german_without_adults = {g: group(g, "IFU_de.pdf") for g in ("neonates", "children")}
    assert not _umbrella_equivalent(english, german_without_adults)

"""An indication's temporal pattern (paroxysmal / persistent / permanent) is a qualifier of its
own: a language version that adds an alternative ("paroxysmal or persistent") widens the
indication and is reported by LA001; versions that state the same pattern in their own words are
not."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _indications(text: str, language: str) -> list[str]:
    document = document_from_text(text, "IFU.md", role=Role.IFU, language=language)
    return [f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INDICATION]


@pytest.mark.parametrize("language, item, expected", [
    ("en", "Drug-refractory symptomatic paroxysmal atrial fibrillation", {"paroxysmal"}),
    ("en", "Persistent or long-standing persistent atrial fibrillation", {"persistent"}),
    ("it", "Fibrillazione atriale parossistica o persistente", {"paroxysmal", "persistent"}),
    ("de", "Symptomatisches paroxysmales oder persistierendes Vorhofflimmern", {"paroxysmal", "persistent"}),
    ("fr", "Fibrillation atriale paroxystique symptomatique", {"paroxysmal"}),
    ("sv", "Paroxysmalt förmaksflimmer", {"paroxysmal"}),
    ("pl", "Napadowe lub przetrwałe migotanie przedsionków", {"paroxysmal", "persistent"}),
    ("da", "Paroksystisk atrieflimren", {"paroxysmal"}),
    ("cs", "Paroxysmální nebo perzistentní fibrilace síní", {"paroxysmal", "persistent"}),
])
def test_temporal_pattern_qualifies_the_indication(language, item, expected):
    ids = _indications(f"# IFU\n\n## Indications\n\n- {item}\n", language)
    patterns = {i.partition("@")[2] for i in ids if i.startswith("atrial_fibrillation@")} - {"symptomatic"}
    assert patterns == expected


IFU = {
    "en": "# Instructions for use\n\n## Indications\n\n- {item}\n",
    "it": "# Istruzioni per l'uso\n\n## Indicazioni\n\n- {item}\n",
    "pl": "# Instrukcja używania\n\n## Wskazania\n\n- {item}\n",
}


def _run(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select={"LA001"}).findings]


def test_translation_adding_persistent_is_reported(tmp_path):
    findings = _run(tmp_path, {
        "IFU_en.md": IFU["en"].format(item="Symptomatic paroxysmal atrial fibrillation refractory to drugs"),
        "IFU_it.md": IFU["it"].format(item="Fibrillazione atriale parossistica o persistente sintomatica")})
    assert findings and any("persistent" in f.message.lower() for f in findings)


def test_faithful_translation_is_not_reported(tmp_path):
    findings = _run(tmp_path, {
        "IFU_en.md": IFU["en"].format(item="Symptomatic paroxysmal atrial fibrillation refractory to drugs"),
        "IFU_pl.md": IFU["pl"].format(item="Objawowe napadowe migotanie przedsionków oporne na leki")})
    assert findings == []


def test_persisting_in_english_is_the_persistent_of_a_translation(tmp_path):
    findings = _run(tmp_path, {
        "IFU_en.md": IFU["en"].format(item="Chronic pain persisting for 12 weeks or longer"),
        "IFU_it.md": IFU["it"].format(item="Dolore cronico persistente da 12 settimane o più")})
    assert not any("persistent" in f.message.lower() for f in findings)


def test_persistent_qualifies_atrial_fibrillation_only():
    from panelproof.extract.intended_use import _qualifies
    assert _qualifies("persistent", "atrial_fibrillation")
    assert not _qualifies("persistent", "stress_urinary_incontinence")
    assert _qualifies("symptomatic", "stress_urinary_incontinence")  # an axis without a list




def test_a_bare_condition_is_not_missing_where_only_its_forms_are_named(tmp_path):
    from panelproof.pipeline import run_check
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use\n\n## Intended purpose\n\nThe system isolates the pulmonary veins.\n\n"
        "## Indications\n\nAblation of atrial fibrillation in adults with:\n\n"
        "- Symptomatic paroxysmal atrial fibrillation\n- Symptomatic persistent atrial fibrillation\n",
        encoding="utf-8")
    (tmp_path / "IFU_de.md").write_text(
        "# Gebrauchsanweisung\n\n## Zweckbestimmung\n\nDas System isoliert die Lungenvenen.\n\n"
        "## Indikationen\n\n- Symptomatisches paroxysmales Vorhofflimmern\n"
        "- Symptomatisches persistierendes Vorhofflimmern\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]
    assert [f.message for f in findings if "atrial fibrillation" in f.message] == []


def test_persistent_does_not_qualify_a_free_worded_contraindication(tmp_path):
    from panelproof.extract.model import FactKind
    from panelproof.pipeline import run_check
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use\n\n## Contraindications\n\n"
        "- Persistent pulmonary hypertension not stabilised on maximal therapy\n", encoding="utf-8")
    ids = [f.value.id for f in run_check([tmp_path], workers=1).facts.of(FactKind.CONTRAINDICATION)]
    assert ids and not any(i.endswith("@persistent") for i in ids)

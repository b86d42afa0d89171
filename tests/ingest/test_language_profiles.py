"""langdetect's n-gram table, filled per n-gram on first use, is the table langdetect builds."""

from __future__ import annotations

from pathlib import Path

from panelproof.ingest import language


def test_the_lazy_table_equals_langdetect_s_own() -> None:
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = Path(langdetect.__file__).parent / "profiles"
    names = sorted(p.name for p in folder.iterdir() if p.name.split("-")[0] in language.LANGUAGE_CODES)
    full = DetectorFactory()
    full.load_json_profile([(folder / name).read_text(encoding="utf-8") for name in names])
    lazy = language._detector_factory()
    assert lazy.langlist == full.langlist
    table = lazy.word_lang_prob_map
    for ngram, row in full.word_lang_prob_map.items():
        assert ngram in table and table[ngram] == row
    assert "\x00q" not in table


def test_languages_are_detected_as_before() -> None:
    assert language.language_from_text(
        "Le dispositif est destiné aux patients adultes dans les unités de soins intensifs.") == "fr"
    assert language.language_from_text(
        "Das Gerät ist für erwachsene Patienten auf Intensivstationen bestimmt und sicher.") == "de"

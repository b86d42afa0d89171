"""Care-setting acronyms that mean something else in another language (vocabulary
`language_bound`) match only in text of their own language, in capitals, in every matcher of the
care-setting vocabulary: the care-setting extractor, EV006's evidence settings and PMCF items."""

import pytest

from panelproof.extract._terms import language_bound, terms_for_language
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.pmcf import analyse
from panelproof.knowledge import load
from panelproof.rules.evidence.EV006_evidence_context_mismatch import setting_families


def _ids(text: str, language: str | None) -> set[str]:
    return {m.id for m in vocabulary("care_settings").find(text, language=language)}


@pytest.mark.parametrize("text,language", [
    ("Nilsson 2018 | RSA | 48 patients | 2 years | subsidence 0.3 mm", "en"),
    ("Migration was measured by RSA in 48 patients followed for 2 years.", "en"),
    ("Die Migration wurde mittels RSA über 2 Jahre gemessen.", "de"),
    ("La migration a été mesurée par RSA chez 48 patients.", "fr"),
    ("Die Patienten trainierten zweimal wöchentlich mit EMS.", "de"),
    ("Los resultados de la USI de Lyon se comparan.", "es"),
])
def test_foreign_acronyms_do_not_match_in_other_languages(text: str, language: str) -> None:
    assert not _ids(text, language) & {"nursing_home", "transport", "pre_hospital", "icu"}
    assert not set(setting_families(text, language)) & {"nursing_home", "transport", "pre_hospital", "icu"}
    assert not set(analyse(text, "method", language).concepts) & {"nursing_home", "transport", "pre_hospital", "icu"}


@pytest.mark.parametrize("text,language,setting", [
    ("Lo studio ha incluso 80 ospiti di una RSA.", "it", "nursing_home"),
    ("Il dispositivo è destinato all'uso a domicilio e nelle RSA.", "it", "nursing_home"),
    ("Patients admitted by EMS crews were ventilated during transport.", "en", "pre_hospital"),
    ("Les patients de l'USI ont été ventilés pendant 5 jours.", "fr", "icu"),
    ("Pacientes ingresados en la UCI durante 7 días.", "es", "icu"),
    ("Patiënten die via de SEH werden opgenomen.", "nl", "emergency"),
])
def test_acronyms_match_in_their_own_language(text: str, language: str, setting: str) -> None:
    assert setting in _ids(text, language)
    assert setting in setting_families(text, language)
    assert setting in analyse(text, "population", language).concepts


@pytest.mark.parametrize("text", ["the rsa values", "una rsa privata", "ems"])
def test_acronyms_only_in_capitals(text: str) -> None:
    assert not _ids(text, "it") & {"nursing_home", "transport"}
    assert not set(setting_families(text, "it")) & {"nursing_home", "transport"}


def test_unambiguous_terms_match_in_any_language() -> None:
    # an English CER citing a French study in "EHPAD" or an Italian "casa di riposo"
    assert "nursing_home" in _ids("A study of 60 EHPAD residents in Lyon [7].", "en")
    assert "nursing_home" in _ids("Residents of a maison de retraite in Lyon were followed.", "en")
    assert "icu" in _ids("48 adult ICU patients", "de")


def test_unknown_language_keeps_every_term() -> None:
    assert "nursing_home" in _ids("80 ospiti di una RSA", None)


def test_every_language_bound_term_is_a_term_of_its_entry_with_a_source() -> None:
    entries = [e for e in load("vocabulary/care_settings")["entries"] if e.get("language_bound")]
    assert {"nursing_home", "pre_hospital", "icu"} <= {e["id"] for e in entries}
    for entry in entries:
        bound = language_bound(entry)
        assert set(bound) == set(entry["language_bound"]), entry["id"]
        assert entry.get("language_bound_source")
        for term, language in bound.items():
            assert term in terms_for_language(entry, language)
            assert all(term not in terms_for_language(entry, other) for other in ("en", "fr", "de", "it", "es", "nl")
                       if other != language)

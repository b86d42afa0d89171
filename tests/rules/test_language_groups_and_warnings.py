"""LA001 between language versions: groups named against groups excluded, warnings compared by
concept over the whole text, use environments read from lists of places."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

HEAD = {
    "en": "# Instructions for Use – VitaLoop 4\n\n## Intended purpose\n",
    "de": "# Gebrauchsanweisung – VitaLoop 4\n\n## Zweckbestimmung\n",
    "nl": "# Gebruiksaanwijzing – VitaLoop 4\n\n## Beoogd gebruik\n",
    "fr": "# Notice d'utilisation – VitaLoop 4\n\n## Destination\n",
    "it": "# Istruzioni per l'uso – VitaLoop 4\n\n## Destinazione d'uso\n",
    "es": "# Instrucciones de uso – VitaLoop 4\n\n## Uso previsto\n",
}


def la001(tmp_path: Path, versions: dict[str, str]):
    for language, text in versions.items():
        (tmp_path / f"IFU_{language}.md").write_text(HEAD[language] + text + "\n", encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


EN_EXCLUDES = "VitaLoop 4 is intended for adults and children. Not for infants under 1 year."


@pytest.mark.parametrize(("language", "text"), [
    ("de", "VitaLoop 4 ist für Erwachsene, Kinder und Säuglinge bestimmt."),
    ("nl", "VitaLoop 4 is bestemd voor volwassenen, kinderen en zuigelingen."),
    ("fr", "VitaLoop 4 est destiné aux adultes, aux enfants et aux nourrissons."),
    ("it", "VitaLoop 4 è destinato ad adulti, bambini e lattanti."),
    ("es", "VitaLoop 4 está destinado a adultos, niños y lactantes."),
])
def test_translation_that_admits_an_excluded_group_is_reported(tmp_path, language, text):
    found = la001(tmp_path, {"en": EN_EXCLUDES, language: text})
    assert len(found) == 1 and "infants" in found[0].message
    assert found[0].severity.value == "major"
    assert {loc.document for loc in found[0].locations} == {"IFU_en.md", f"IFU_{language}.md"}


@pytest.mark.parametrize(("language", "text"), [
    ("de", "VitaLoop 4 ist für Erwachsene und Kinder bestimmt. Säuglinge unter 1 Jahr dürfen mit dem "
           "Gerät nicht behandelt werden."),
    ("de", "VitaLoop 4 ist für Erwachsene und Kinder bestimmt, nicht für Säuglinge unter 1 Jahr."),
    ("nl", "VitaLoop 4 is bestemd voor volwassenen en kinderen. Zuigelingen jonger dan 1 jaar mogen "
           "niet worden behandeld."),
    ("nl", "VitaLoop 4 is bestemd voor volwassenen en kinderen. Niet gebruiken bij zuigelingen jonger "
           "dan 1 jaar."),
    ("it", "VitaLoop 4 è destinato ad adulti e bambini. I lattanti di età inferiore a 1 anno non "
           "devono essere trattati."),
    ("fr", "VitaLoop 4 est destiné aux adultes et aux enfants. Les nourrissons de moins d'un an ne "
           "doivent pas être traités."),
])
def test_translation_that_keeps_the_exclusion_is_not_reported(tmp_path, language, text):
    assert la001(tmp_path, {"en": EN_EXCLUDES, language: text}) == []


def test_master_that_names_a_group_the_translation_excludes_is_reported(tmp_path):
    found = la001(tmp_path, {
        "en": "VitaLoop 4 is intended for adults, children and infants.",
        "es": "VitaLoop 4 está destinado a adultos y niños. No utilizar en lactantes.",
    })
    assert len(found) == 1 and "infants" in found[0].message


@pytest.mark.parametrize("english", [
    "VitaLoop 4 may be used in public places, workplaces, homes and hospitals.",
    "VitaLoop 4 can be used at home or in public by trained and untrained rescuers.",
    "VitaLoop 4 is suitable for use in the home, in hospitals and in public buildings.",
    "Use environments: hospitals, public areas, private households.",
])
@pytest.mark.parametrize(("language", "other"), [
    ("de", "VitaLoop 4 kann zu Hause, am Arbeitsplatz und im Krankenhaus eingesetzt werden."),
    ("nl", "VitaLoop 4 kan thuis, op openbare plaatsen en in het ziekenhuis worden gebruikt."),
])
def test_home_and_public_places_in_english_lists_are_read(tmp_path, english, language, other):
    assert la001(tmp_path, {"en": english, language: other}) == []


def test_translation_adding_home_to_a_hospital_only_master_is_still_reported(tmp_path):
    la001(tmp_path, {
        "en": "VitaLoop 4 is used by intensive care nurses in hospitals and intensive care units.",
        "nl": "VitaLoop 4 wordt gebruikt in ziekenhuizen en thuis.",
    })
    found = [f for f in run_check([tmp_path], workers=1).findings if f.rule in ("LA001", "CS001")]
    assert len(found) == 1 and "home" in found[0].message


def test_with_or_without_is_no_exclusion_of_users(tmp_path):
    from panelproof.extract.model import FactKind
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for Use\n\n## Intended users\nLay rescuers with or without training and "
        "healthcare professionals.\n", encoding="utf-8")
    users = run_check([tmp_path], workers=1).facts.of(FactKind.USER)
    assert {(f.value.id, f.value.negated) for f in users} == {
        ("lay_user", False), ("healthcare_professional", False)}


WARN_HEAD = {"en": "\n\n## Warnings\n", "de": "\n\n## Warnhinweise\n", "it": "\n\n## Avvertenze\n",
             "nl": "\n\n## Waarschuwingen\n", "es": "\n\n## Advertencias\n", "fr": "\n\n## Avertissements\n"}
PURPOSE = {"en": "VitaLoop 4 delivers oxygen to adults at rest.",
           "de": "VitaLoop 4 gibt Sauerstoff an Erwachsene in Ruhe ab.",
           "it": "VitaLoop 4 eroga ossigeno ad adulti a riposo.",
           "nl": "VitaLoop 4 levert zuurstof aan volwassenen in rust.",
           "es": "VitaLoop 4 administra oxígeno a adultos en reposo.",
           "fr": "VitaLoop 4 délivre de l'oxygène aux adultes au repos."}
EN_WARNINGS = ["Keep the device away from open flames; do not smoke near it.",
               "Do not immerse the controller in water.",
               "Always carry a spare battery when travelling.",
               "Do not use the device in an MRI environment."]


def warnings_findings(tmp_path: Path, other_language: str, other_items: list[str]):
    versions = {"en": EN_WARNINGS, other_language: other_items}
    texts = {lang: PURPOSE[lang] + WARN_HEAD[lang] + "\n".join(f"- {i}" for i in items)
             for lang, items in versions.items()}
    return [f for f in la001(tmp_path, texts) if "warnings" in f.message]


@pytest.mark.parametrize(("language", "items"), [
    ("it", ["Non fumare e non avvicinare il dispositivo a fiamme libere.",
            "Non immergere l'unità di comando in acqua.",
            "In viaggio portare sempre con sé una batteria di riserva.",
            "Non utilizzare il dispositivo in ambiente RM."]),
    ("de", ["Rauchverbot: Gerät von offenem Feuer fernhalten.",
            "Steuereinheit nicht in Wasser tauchen.",
            "Auf Reisen stets einen Ersatzakku mitführen.",
            "Gerät nicht in der MRT-Umgebung verwenden."]),
    ("nl", ["Niet roken en het hulpmiddel uit de buurt van open vuur houden.",
            "De bedieningseenheid niet onderdompelen in water.",
            "Neem op reis altijd een reserveaccu mee.",
            "Het hulpmiddel niet in een MRI-omgeving gebruiken."]),
    ("es", ["No fume y mantenga el dispositivo alejado de llamas abiertas.",
            "No sumerja el controlador en agua.",
            "Lleve siempre una batería de repuesto cuando viaje.",
            "No utilice el dispositivo en un entorno de RM."]),
    # wording the vocabulary does not know, as many warnings as the English version
    ("it", ["Tenere lontano da fonti di calore e da sorgenti incandescenti.",
            "Non lavare l'unità di comando sotto l'acqua corrente.",
            "In viaggio portare sempre con sé una batteria di riserva.",
            "Non utilizzare il dispositivo in ambiente RM."]),
])
def test_same_warnings_in_other_words_are_not_reported(tmp_path, language, items):
    assert warnings_findings(tmp_path, language, items) == []


def test_warning_stated_outside_the_warnings_section_counts(tmp_path):
    items = ["Non immergere l'unità di comando in acqua.",
             "In viaggio portare sempre con sé una batteria di riserva.",
             "Non utilizzare il dispositivo in ambiente RM."]
    text = (PURPOSE["it"] + WARN_HEAD["it"] + "\n".join(f"- {i}" for i in items)
            + "\n\n## Uso quotidiano\nDurante la terapia non fumare e tenere il dispositivo lontano da "
              "fiamme libere.")
    found = [f for f in la001(tmp_path, {"en": PURPOSE["en"] + WARN_HEAD["en"] + "\n".join(
        f"- {i}" for i in EN_WARNINGS), "it": text}) if "warnings" in f.message]
    assert found == []


@pytest.mark.parametrize(("language", "items"), [
    ("de", ["Steuereinheit nicht in Wasser tauchen.",
            "Auf Reisen stets einen Ersatzakku mitführen.",
            "Gerät nicht in der MRT-Umgebung verwenden."]),
    ("nl", ["De bedieningseenheid niet onderdompelen in water.",
            "Neem op reis altijd een reserveaccu mee.",
            "Het hulpmiddel niet in een MRI-omgeving gebruiken."]),
])
def test_a_dropped_warning_is_still_reported(tmp_path, language, items):
    found = warnings_findings(tmp_path, language, items)
    assert len(found) == 1 and "fire hazard" in found[0].message
    assert {loc.document for loc in found[0].locations} == {"IFU_en.md", f"IFU_{language}.md"}

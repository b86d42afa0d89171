"""A negation that qualifies a noun ("no training") does not reach a place named after it."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def settings_of(text: str, language: str) -> set[tuple[str, str]]:
    document = document_from_text(text, "IFU.md", language=language)
    return {(f.value.id, "negated" if f.value.negated else "")
            for f in extract(document) if f.kind is FactKind.CARE_SETTING}


@pytest.mark.parametrize("language, text, place", [
    ("en", "It is intended for use by lay rescuers with minimal or no training in public places, "
           "workplaces and homes.", "public_place"),
    ("en", "For use by carers with little or no medical training at home.", "home"),
    ("en", "The device can be used without medical supervision in the home.", "home"),
    ("nl", "Het is bedoeld voor gebruik door leken met weinig of geen training op openbare plaatsen, "
           "werkplekken en thuis.", "public_place"),
    ("de", "Es ist für die Anwendung durch Laienhelfer mit wenig oder keiner Schulung an "
           "öffentlichen Orten, am Arbeitsplatz und zu Hause bestimmt.", "public_place"),
    ("de", "Für die Anwendung durch Personen ohne medizinische Ausbildung in öffentlichen Gebäuden.",
     "public_place"),
    ("fr", "Il est destiné à être utilisé par des sauveteurs non professionnels ayant peu ou pas de "
           "formation dans les lieux publics, les lieux de travail et à domicile.", "public_place"),
    ("fr", "Destiné aux secouristes sans formation médicale dans les lieux publics.", "public_place"),
])
def test_noun_negation_does_not_exclude_the_place_after_it(language, text, place):
    found = settings_of(text + "\n", language)
    assert (place, "") in found
    assert (place, "negated") not in found


@pytest.mark.parametrize("language, text, place", [
    ("en", "Not for use in public places.", "public_place"),
    ("en", "The device is not intended for use in public places.", "public_place"),
    ("en", "The device must not be used at home.", "home"),
    ("en", "No home use.", "home"),
    ("en", "No use in public places.", "public_place"),
    ("en", "The device must never be operated in the home.", "home"),
    ("de", "Nicht im häuslichen Bereich anwenden.", "home"),
    ("de", "Keine Anwendung im häuslichen Bereich.", "home"),
    ("nl", "Geen gebruik op openbare plaatsen.", "public_place"),
    ("nl", "Niet bedoeld voor gebruik thuis.", "home"),
    ("fr", "Ne doit pas être utilisé à domicile.", "home"),
    ("fr", "Pas d'utilisation à domicile.", "home"),
])
def test_true_exclusions_still_exclude(language, text, place):
    assert (place, "negated") in settings_of(text + "\n", language)

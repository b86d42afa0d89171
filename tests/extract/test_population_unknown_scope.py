"""A group named only to say its safety or use is unknown ("safety in children has not been
established") is not part of the intended population; groups that are intended stay."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def groups_of(text: str, language: str = "en", heading: str = "Intended purpose") -> list[tuple[str, bool]]:
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", f"IFU_{language}.md",
                                  role=Role.IFU)
    return [(f.value.id, f.value.negated) for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP]


def bounds_of(text: str, language: str = "en"):
    document = document_from_text(f"# Document\n\n## Intended purpose\n\n{text}\n", f"IFU_{language}.md",
                                   role=Role.IFU)
    return [f.value for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("text", "language"), [
    ("Safety in pregnancy, breastfeeding and in children has not been established.", "en"),
    ("Safety in pregnancy, breastfeeding and in children has not been\nestablished.", "en"),
    ("Safety and effectiveness in paediatric patients have not been established.", "en"),
    ("Efficacy in infants has not yet been demonstrated.", "en"),
    ("The device has not been investigated in children.", "en"),
    ("No data are available in children.", "en"),
    ("No clinical data are available for neonates and infants.", "en"),
    ("There is insufficient clinical experience in adolescents.", "en"),
    ("Use in children is unknown.", "en"),
    ("La sicurezza in gravidanza, allattamento e nei bambini non è stata stabilita.", "it"),
    ("Non sono disponibili dati nei neonati.", "it"),
    ("La sécurité n'a pas été établie chez l'enfant.", "fr"),
    ("L'efficacité chez les nourrissons n'a pas été démontrée.", "fr"),
    ("Aucune donnée n'est disponible chez l'enfant.", "fr"),
    ("Die Sicherheit wurde bei Kindern nicht untersucht.", "de"),
    ("Für Säuglinge liegen keine Daten vor.", "de"),
    ("La seguridad no se ha establecido en niños.", "es"),
    ("No hay datos en neonatos.", "es"),
    ("De veiligheid is niet onderzocht bij kinderen.", "nl"),
    ("Er zijn geen gegevens bij pasgeborenen.", "nl"),
    ("A segurança não foi estabelecida na gravidez, durante a amamentação ou em crianças.", "pt"),
    ("Não há dados em recém-nascidos.", "pt"),
    ("A segurança e a eficácia em pacientes pediátricos não foram estabelecidas.", "pt"),
    ("Siguranța și eficacitatea la pacienții pediatrici nu au fost stabilite.", "ro"),
    ("Siguranța nu a fost stabilită la copii.", "ro"),
    ("Η ασφάλεια στα παιδιά δεν έχει τεκμηριωθεί.", "el"),
    ("A biztonságosság gyermekeknél nem igazolt.", "hu"),
])
def test_a_group_whose_safety_is_unknown_is_not_named(text, language):
    assert groups_of(text, language) == []


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Adults (18 years and older). Safety in pregnancy, breastfeeding and in children has not been "
     "established.", "en", [("adults", False)]),
    ("Intended for adults and children, whose safety in neonates has not been established.", "en",
     [("adults", False), ("children", False)]),
    ("Intended for adults and children, safety in neonates has not been established.", "en",
     [("adults", False), ("children", False)]),
    ("Intended for adults and children; safety in neonates has not been established.", "en",
     [("adults", False), ("children", False)]),
    ("Indiqué chez l'adulte et l'enfant. L'efficacité n'a pas été démontrée chez le nouveau-né.", "fr",
     [("adults", False), ("children", False)]),
    ("Für Erwachsene und Kinder bestimmt. Bei Neugeborenen liegen keine Daten vor.", "de",
     [("adults", False), ("children", False)]),
    ("Destinato ad adulti e bambini. Non sono disponibili dati nei neonati.", "it",
     [("adults", False), ("children", False)]),
    ("Destinado a adultos y niños. No hay datos en neonatos.", "es",
     [("adults", False), ("children", False)]),
    ("Bestemd voor volwassenen en kinderen. Er zijn geen gegevens bij pasgeborenen.", "nl",
     [("adults", False), ("children", False)]),
    # exclusions stay exclusions
    ("Not for use in children.", "en", [("children", True)]),
    ("The device is not intended for neonates.", "en", [("neonates", True)]),
])
def test_intended_groups_stay_and_exclusions_stay_negated(text, language, expected):
    assert groups_of(text, language) == expected


def test_a_bound_in_an_unknown_statement_is_no_bound():
    assert bounds_of("Safety in children under 12 years has not been established.") == []
    assert [b.low for b in bounds_of("Intended for adults and children from 2 years.")] == [2]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Women of child bearing potential must use contraception.", "en", []),
    ("Intended for adults, including women of child-\nbearing potential.", "en", [("adults", False)]),
    ("Destiné aux adultes, y compris les femmes en âge d'avoir des enfants.", "fr", [("adults", False)]),
    ("Für Erwachsene bestimmt, auch für Frauen, die Kinder bekommen können.", "de", [("adults", False)]),
    ("Bestemd voor volwassenen, ook vrouwen die kinderen kunnen krijgen.", "nl", [("adults", False)]),
    ("Kinder bekommen eine kleinere Maske.", "de", [("children", False)]),
])
def test_child_bearing_names_no_children(text, language, expected):
    assert groups_of(text, language) == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Voor volwassen en pediatrische patiënten bij wie de ureter het instrument toelaat.", "nl",
     [("adults", False), ("paediatric", False)]),
    ("For adult and paediatric patients whose ureter admits the instrument.", "en",
     [("adults", False), ("paediatric", False)]),
])
def test_an_adjective_coordinated_with_another_names_its_group(text, language, expected):
    assert groups_of(text, language) == expected

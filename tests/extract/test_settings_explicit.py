"""Statements of the intended use environment versus settings named in passing."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def explicit_settings(text: str, language: str = "en") -> tuple[set[str], set[str]]:
    """(ids named in explicit statements, ids named in passing) of the admitted settings."""
    document = document_from_text(text, "IFU.md", language=language)
    explicit, passing = set(), set()
    for fact in extract(document):
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
        if fact.kind is not FactKind.CARE_SETTING or fact.value.negated:
            continue
        (explicit if fact.value.explicit else passing).add(fact.value.id)
    return explicit, passing


@pytest.mark.parametrize("text, language, expected", [
    # phrase cues, anywhere outside literature sections
    ("## Device description\nIt is intended to be used in a hospital environment and in the home "
     "care setting by nurses.\n", "en", {"hospital", "home"}),
    ("## Overview\nThe pump is designed for use in hospitals and outpatient clinics.\n", "en",
     {"hospital", "outpatient"}),
    ("## Intended purpose\nFor use in intensive care units and during transport by ambulance.\n", "en",
     {"icu", "transport"}),
    ("## Description\nSuitable for use in professional healthcare facilities and in the home "
     "healthcare environment.\n", "en", {"hospital", "home"}),
    ("## Description du dispositif\nLe dispositif est destiné à être utilisé en milieu hospitalier "
     "et à domicile.\n", "fr", {"hospital", "home"}),
    ("## Description\nDispositif à usage hospitalier et à domicile.\n", "fr", {"hospital", "home"}),
    ("## Produktbeschreibung\nDas Gerät ist für die Anwendung in Kliniken und Pflegeheimen bestimmt.\n",
     "de", {"hospital", "nursing_home"}),
    ("## Beschreibung\nEinsatzort: Krankenhaus und häusliche Umgebung.\n", "de", {"hospital", "home"}),
    ("## Descrizione\nIl dispositivo è destinato all'uso in ambiente ospedaliero e a domicilio.\n", "it",
     {"hospital", "home"}),
    ("## Descripción\nEl dispositivo está destinado a utilizarse en hospitales y en el domicilio.\n", "es",
     {"hospital", "home"}),
    ("## Entorno de uso\nHospitales y atención domiciliaria.\n", "es", {"hospital", "home"}),
    # sections: environment headings, key-value table rows, intended-purpose statements of use
    ("## Use environment\nHospitals, nursing homes and outpatient clinics.\n", "en",
     {"hospital", "nursing_home", "outpatient"}),
    ("## Environnement d'utilisation\nÉtablissements de santé et domicile du patient.\n", "fr",
     {"hospital", "home"}),
    ("## Einsatzumgebung\nIntensivstationen und Schlaflabore.\n", "de", {"icu", "sleep_lab"}),
    ("## Intended use\n\n| Aspect | Description |\n|---|---|\n| Use environment | in hospitals and at home |\n",
     "en", {"hospital", "home"}),
    ("## Zweckbestimmung\n\n| Merkmal | Beschreibung |\n|---|---|\n| Einsatzumgebung | Kliniken |\n",
     "de", {"hospital"}),
    ("## Destination\n\n| Élément | Description |\n|---|---|\n| Environnement | Hôpital et domicile |\n",
     "fr", {"hospital", "home"}),
    ("## Intended purpose\nThe InfuMax is used in hospitals and in home care by nurses.\n", "en",
     {"hospital", "home"}),
    ("## Zweckbestimmung\nEs wird in Kliniken und zu Hause durch Pflegekräfte angewendet.\n", "de",
     {"hospital", "home"}),
    ("## Destination\nIl est utilisé en milieu hospitalier par des infirmiers.\n", "fr", {"hospital"}),
    ("## Intended purpose\nFor hospital and home use.\n", "en", {"hospital", "home"}),
])
def test_explicit_statements(text: str, language: str, expected: set[str]) -> None:
    explicit, _ = explicit_settings(text, language)
    assert explicit == expected


@pytest.mark.parametrize("text, language", [
    # daily life of an implanted patient, a patient-handled part
    ("## Intended purpose\nPatients use their sound processor at home, at school and at work.\n", "en"),
    ("## Zweckbestimmung\nIm Alltag verwenden die Patienten ihren Soundprozessor zu Hause.\n", "de"),
    ("## Intended purpose\nAdults with the implant recharge it at home with the wireless charger.\n", "en"),
    ("## Intended purpose\nThe charger is used at home every night.\n", "en"),
    ("## Destination\nAprès la sortie, les patients rentrent à domicile avec leur implant.\n", "fr"),
    # where a procedure takes place
    ("## Intended purpose\nThe port is implanted in outpatient clinics or in the operating room.\n", "en"),
    ("## Zweckbestimmung\nDas Implantat wird in Kliniken durch erfahrene HNO-Chirurgen implantiert.\n", "de"),
    ("## Destination\nL'implantation est réalisée au bloc opératoire.\n", "fr"),
    # study sites and where data came from
    ("## Intended purpose\nIn the pivotal study, 40 patients were treated at home.\n", "en"),
    ("## Intended use\nClinical data come from hospitals and home care settings, for example the "
     "HomeResp registry.\n", "en"),
    ("## Destination\nLes données cliniques proviennent d'études menées à l'hôpital et à domicile.\n", "fr"),
    ("## Zweckbestimmung\nDie Daten stammen aus Kliniken und aus der Heimbeatmung.\n", "de"),
    ("## Clinical evidence\n\n| No. | Study | Setting | N |\n|---|---|---|---|\n| [1] | Home infusion | home care | 120 |\n", "en"),
    ("## Summary\n\n| Author | Year | Setting | N |\n|---|---|---|---|\n| Smith | 2020 | home | 40 |\n", "en"),
    # another device
    ("## Intended purpose\nThe equivalent device FlowPro 1 is used in hospitals and in home care.\n", "en"),
    ("## Zweckbestimmung\nDas Vorgängerprodukt wurde auch in Pflegeheimen eingesetzt.\n", "de"),
    # electromagnetic compatibility (IEC 60601-1-2 / CISPR 11 wording)
    ("## Intended use\nThe device is suitable for use in all establishments, including domestic "
     "establishments and the home healthcare environment, as far as emissions are concerned.\n", "en"),
    ("## Destination\nLe dispositif convient à une utilisation dans tous les établissements, y compris "
     "les établissements domestiques et le domicile, au regard des émissions électromagnétiques.\n", "fr"),
    # no statement of use at all
    ("## Intended purpose\nPatients with chronic respiratory failure often live at home.\n", "en"),
])
def test_mentions_in_passing_are_not_statements(text: str, language: str) -> None:
    explicit, _ = explicit_settings(text, language)
    assert explicit == set()


@pytest.mark.parametrize("text, language", [
    ("## Warnings\nDo not use the device at home.\n", "en"),
    ("## Avertissements\nNe pas utiliser à domicile.\n", "fr"),
    ("## Warnhinweise\nNicht für den Heimgebrauch bestimmt.\n", "de"),
])
def test_warnings_restrict_and_state_no_environment(text: str, language: str) -> None:
    explicit, passing = explicit_settings(text, language)
    assert explicit == set() and passing == set()


def test_literature_section_is_never_a_statement() -> None:
    explicit, passing = explicit_settings(
        "## Literature\nThe device is intended to be used at home according to Smith et al.\n")
    assert explicit == set() and passing == set()

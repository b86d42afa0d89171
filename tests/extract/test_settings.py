"""Care settings and users on varied phrasings, with exclusivity and negation."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def settings_of(text: str, language: str = "en") -> set[tuple[str, str]]:
    document = document_from_text(text, "IFU.md", language=language)
    found = set()
    for fact in extract(document):
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
        if fact.kind is FactKind.CARE_SETTING:
            flag = "negated" if fact.value.negated else "exclusive" if fact.value.exclusive else ""
            found.add((fact.value.id, flag))
    return found


@pytest.mark.parametrize("text, expected", [
    ("For hospital use only.\n", {("hospital", "exclusive")}),
    ("The device is intended for use only in hospitals.\n", {("hospital", "exclusive")}),
    ("The ventilator may be used exclusively in intensive care units.\n", {("icu", "exclusive")}),
    ("Réservé à l'usage hospitalier.\n", {("hospital", "exclusive")}),
    ("Utilisation uniquement en milieu hospitalier.\n", {("hospital", "exclusive")}),
    ("Das Gerät darf nur im Krankenhaus angewendet werden.\n", {("hospital", "exclusive")}),
    ("Do not use the device outside the hospital.\n", {("hospital", "exclusive")}),
    ("Not for home use.\n", {("home", "negated")}),
    ("The ventilator is not intended for use in the home environment.\n", {("home", "negated")}),
    ("Ne doit pas être utilisé à domicile.\n", {("home", "negated")}),
    ("Nicht für den Heimgebrauch bestimmt.\n", {("home", "negated")}),
    ("Suitable for use in home care, sleep laboratories and for patient transport by ambulance.\n",
     {("home", ""), ("sleep_lab", ""), ("transport", "")}),
    ("## Use environment\nHospitals, nursing homes and outpatient clinics.\n",
     {("hospital", ""), ("nursing_home", ""), ("outpatient", "")}),
    ("## Anwendungsumgebung\nIntensivstationen und Schlaflabore.\n", {("icu", ""), ("sleep_lab", "")}),
    ("Le dispositif est utilisé en réanimation et à domicile.\n", {("icu", ""), ("home", "")}),
    ("The device can be used not only in hospitals but also at home.\n", {("hospital", ""), ("home", "")}),
])
def test_care_settings(text: str, expected: set[tuple[str, str]]) -> None:
    assert settings_of(text) == expected


@pytest.mark.parametrize("text, language, expected", [
    # Danish "hjemme" / "derhjemme" (at home), beside the hospital of the procedure
    ("## Anvendelsesmiljø\nHospital ved anlæggelsen; patienten er hjemme i behandlingsperioden.\n",
     "da", {("hospital", ""), ("home", "")}),
    ("## Anvendelsesmiljø\nDerhjemme og på plejehjem.\n", "da", {("home", ""), ("nursing_home", "")}),
])
def test_danish_home(text: str, language: str, expected: set[tuple[str, str]]) -> None:
    assert settings_of(text, language) == expected


@pytest.mark.parametrize("text", [
    "## Literature\nThe study was performed at home in 40 patients.\n",
    "## Storage and transport\nDuring transport keep the device dry.\n",
    "Press the home button to return to the main screen.\n",
    "Patients were ventilated in the ICU for 5 days.\n",  # no use cue: an observation
    "Only trained staff may set up the ventilator in the hospital.\n",  # hospital, but not exclusive
])
def test_not_care_settings(text: str) -> None:
    found = settings_of(text)
    assert not found or found == {("hospital", "")}


@pytest.mark.parametrize("text, expected", [
    ("## Intended users\nHealthcare professionals trained in mechanical ventilation.\n", {"healthcare_professional"}),
    ("The device is to be operated by trained clinical staff.\n", {"trained_operator"}),
    ("## Utilisateurs prévus\nPersonnel médical.\n", {"healthcare_professional"}),
    ("## Anwender\nMedizinisches Fachpersonal und geschulte Laien.\n", {"healthcare_professional", "lay_user"}),
    ("The pump may be used by lay users and caregivers at home.\n", {"lay_user"}),
    ("## Device description\nThe nurse call interface connects to the hospital system.\n", set()),
])
def test_users(text: str, expected: set[str]) -> None:
    document = document_from_text(text, "IFU.md")
    assert {f.value.id for f in extract(document) if f.kind is FactKind.USER} == expected


# --- negation after the setting, and in French/German ----------------------------------------

@pytest.mark.parametrize("sentence, language", [
    ("Home use is not foreseen.", "en"),
    ("Use in the home environment is not permitted.", "en"),
    ("Home care is excluded.", "en"),
    ("L'utilisation à domicile n'est pas prévue.", "fr"),
    ("Le dispositif ne doit pas être utilisé à domicile.", "fr"),
    ("Nicht für den Heimgebrauch.", "de"),
    ("Eine Anwendung zu Hause ist nicht vorgesehen.", "de"),
    ("Das Gerät darf nicht zu Hause verwendet werden.", "de"),
    # "without" with a noun of its own: the place after it is where the excluded use would be
    ("Not intended for measurements without supervision at home.", "en"),
    ("Non destiné à l'automesure sans surveillance à domicile.", "fr"),
    ("Nicht bestimmt für Messungen ohne Aufsicht zu Hause.", "de"),
    ("Não se destina a medições sem acompanhamento no domicílio.", "pt"),
])
def test_home_negated(sentence, language):
    from panelproof.extract.settings import extract
    from panelproof.ingest.text import document_from_text
    heading = {"en": "Intended use", "fr": "Usage prévu", "de": "Zweckbestimmung",
               "pt": "Finalidade prevista"}[language]
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{sentence}\n", f"IFU_{language}.md",
                                  language=language)
    homes = [f for f in extract(document) if f.kind.name == "CARE_SETTING" and f.value.id == "home"]
    assert homes and all(f.value.negated for f in homes)


@pytest.mark.parametrize("sentence", [
    "It is also suitable for home use by patients and caregivers.",
    "Treatment may continue in home care after discharge.",
    "Home use is possible after training.",
])
def test_home_affirmed(sentence):
    from panelproof.extract.settings import extract
    from panelproof.ingest.text import document_from_text
    document = document_from_text(f"# IFU\n\n## Intended use\n\n{sentence}\n", "IFU_en.md")
    homes = [f for f in extract(document) if f.kind.name == "CARE_SETTING" and f.value.id == "home"]
    assert homes and not any(f.value.negated for f in homes)


@pytest.mark.parametrize(("sentence", "negated"), [
    ("Usage professionnel à l'hôpital ; non destiné à l'usage à domicile.", True),
    ("Non-invasive ventilation at home is possible with the mask kit.", False),
])
def test_french_non_negates_but_non_hyphen_does_not(sentence: str, negated: bool) -> None:
    from panelproof.extract import settings
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# Notice\n\n## Utilisation prévue\n\n{sentence}\n",
                                  "IFU_fr.md", Role.IFU, "fr")
    home = [f.value for f in settings.extract(document, ExtractionContext())
            if f.kind.value == "care_setting" and f.value.id == "home"]
    assert home and home[0].negated is negated


@pytest.mark.parametrize(("sentence", "language"), [
    ("Il n'est pas destiné à l'usage à domicile ni au transport hors de l'hôpital.", "fr"),
    ("Non destinato all'uso fuori dall'ospedale.", "it"),
    ("Nicht für den Einsatz außerhalb des Krankenhauses bestimmt.", "de"),
])
def test_not_outside_the_hospital_restricts_to_the_hospital(sentence: str, language: str) -> None:
    from panelproof.extract import settings
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# IFU\n\n## Intended use\n\n{sentence}\n", "IFU.md",
                                  Role.IFU, language)
    hospital = [f.value for f in settings.extract(document, ExtractionContext())
                if f.kind.value == "care_setting" and f.value.id == "hospital"]
    assert hospital and all(not h.negated for h in hospital)
    assert any(h.exclusive for h in hospital)


@pytest.mark.parametrize("text, language, expected", [
    # hospital-based outpatient care is the hospital's outpatient department (family hospital)
    ("## Utilisateurs\nEn consultation externe hospitalière de plaies.\n", "fr",
     {("hospital_outpatient", "")}),
    ("## Usuarios\nEn consultas externas hospitalarias, por profesionales.\n", "es",
     {("hospital_outpatient", "")}),
    ("## Utilizzatori\nNegli ambulatori ospedalieri, da professionisti sanitari.\n", "it",
     {("hospital_outpatient", "")}),
    ("## Utilisateurs\nDispositif non destiné au milieu hospitalier.\n", "fr", {("hospital", "negated")}),
    # one word: out of hospital, before the hospital (pre-hospital emergency care, not the hospital)
    ("## Utilisateurs\nUtilisation en transport pré-hospitalier et en ambulance.\n", "fr",
     {("pre_hospital", ""), ("transport", "")}),
    ("## Utilisateurs\nPour un usage extrahospitalier par des secouristes.\n", "fr",
     {("pre_hospital", "")}),
])
def test_hospital_adjectives(text: str, language: str, expected: set[tuple[str, str]]) -> None:
    assert settings_of(text, language) == expected


@pytest.mark.parametrize("text, language, expected", [
    ("Where: operating rooms and neonatal intensive care units only.\n", "en",
     {("operating_room", ""), ("icu", "exclusive")}),
    ("Einsatzort: Intensivstation und Herzkatheterlabor.\n", "de",
     {("icu", ""), ("catheterisation_laboratory", "")}),
    ("Où : unités de soins intensifs uniquement.\n", "fr", {("icu", "exclusive")}),
    ("Where: see section 4 of this manual.\n", "en", set()),
])
def test_plain_language_environment_labels(text, language, expected):
    assert settings_of(text, language) == expected


@pytest.mark.parametrize("text, language", [
    ("Sites: 10 hospital delivery units and 4 community midwifery services attending planned home "
     "births.\n", "en"),
    ("8 Kliniken und freiberufliche Hebammen, die Hausgeburten betreuen.\n", "de"),
    ("6 maternités et des sages-femmes libérales pour les accouchements à domicile.\n", "fr"),
    ("5 ziekenhuizen en eerstelijns verloskundigen bij thuisbevallingen.\n", "nl"),
])
def test_home_births_are_home_settings(text, language):
    assert ("home", "") in settings_of(f"## Use environment\n{text}", language)

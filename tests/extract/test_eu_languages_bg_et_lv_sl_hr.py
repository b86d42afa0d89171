"""IFUs in Bulgarian, Estonian, Latvian, Slovenian and Croatian (and the section titles of
Romanian, Hungarian, Greek, Slovak and Lithuanian ones): their sections, population bounds,
common contraindications and care settings are read from the vocabulary
(knowledge/vocabulary/population_quantities.yaml, clinical_terms.yaml, care_settings.yaml)."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.intended_use import (CONTRAINDICATIONS, ENVIRONMENT, INDICATIONS,
                                             INTENDED_PURPOSE, OTHER, USERS, WARNINGS,
                                             heading_kinds, vocabulary)
from panelproof.extract.model import FactKind
from panelproof.ingest.language import language_from_text
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

MONTH = 1 / 12

# --- sections ----------------------------------------------------------------------------------

_HEADINGS = {
    "bg": {INTENDED_PURPOSE: "Предназначение", INDICATIONS: "Показания", CONTRAINDICATIONS: "Противопоказания",
           WARNINGS: "Специални предупреждения и предпазни мерки", USERS: "Предвидени потребители",
           ENVIRONMENT: "Среда на употреба", OTHER: "Технически данни"},
    "et": {INTENDED_PURPOSE: "Sihtotstarve", INDICATIONS: "Näidustused", CONTRAINDICATIONS: "Vastunäidustused",
           WARNINGS: "Hoiatused ja ettevaatusabinõud", USERS: "Sihtkasutajad",
           ENVIRONMENT: "Kasutuskeskkond", OTHER: "Tehnilised andmed"},
    "lv": {INTENDED_PURPOSE: "Paredzētais nolūks", INDICATIONS: "Indikācijas", CONTRAINDICATIONS: "Kontrindikācijas",
           WARNINGS: "Brīdinājumi un piesardzības pasākumi", USERS: "Paredzētie lietotāji",
           ENVIRONMENT: "Lietošanas vide", OTHER: "Tehniskie dati"},
    "sl": {INTENDED_PURPOSE: "Predvideni namen", INDICATIONS: "Indikacije", CONTRAINDICATIONS: "Kontraindikacije",
           WARNINGS: "Opozorila in previdnostni ukrepi", USERS: "Predvideni uporabniki",
           ENVIRONMENT: "Okolje uporabe", OTHER: "Tehnični podatki"},
    "hr": {INTENDED_PURPOSE: "Namjena", INDICATIONS: "Indikacije", CONTRAINDICATIONS: "Kontraindikacije",
           WARNINGS: "Upozorenja i mjere opreza", USERS: "Predviđeni korisnici",
           ENVIRONMENT: "Okruženje uporabe", OTHER: "Tehnički podaci"},
    "ro": {WARNINGS: "Avertismente și precauții", USERS: "Utilizatori vizați",
           ENVIRONMENT: "Mediul de utilizare", OTHER: "Date tehnice"},
    "hu": {WARNINGS: "Figyelmeztetések és óvintézkedések", USERS: "Tervezett felhasználók",
           ENVIRONMENT: "Felhasználási környezet", OTHER: "Műszaki adatok"},
    "el": {WARNINGS: "Προειδοποιήσεις και προφυλάξεις", USERS: "Προβλεπόμενοι χρήστες",
           ENVIRONMENT: "Περιβάλλον χρήσης", OTHER: "Τεχνικά χαρακτηριστικά"},
    "sk": {WARNINGS: "Upozornenia a bezpečnostné opatrenia", USERS: "Určení používatelia",
           ENVIRONMENT: "Prostredie používania", OTHER: "Technické údaje"},
    "lt": {USERS: "Numatytieji naudotojai", ENVIRONMENT: "Naudojimo aplinka", OTHER: "Techniniai duomenys"},
}


@pytest.mark.parametrize(("language", "kind", "heading"), [
    (language, kind, heading) for language, headings in _HEADINGS.items()
    for kind, heading in headings.items()])
def test_section_titles_are_recognised(language, kind, heading):
    assert kind in heading_kinds(heading), (language, heading)
    assert kind in heading_kinds(f"3. {heading}")


# --- population bounds -------------------------------------------------------------------------

_POPULATION_HEADING = {"bg": "Целева популация", "et": "Patsientide sihtrühm", "lv": "Pacientu mērķgrupa",
                       "sl": "Ciljna skupina bolnikov", "hr": "Ciljna skupina pacijenata"}
_TECHNICAL_HEADING = {"bg": "Технически данни", "et": "Tehnilised andmed", "lv": "Tehniskie dati",
                      "sl": "Tehnični podatki", "hr": "Tehnički podaci"}


def _bounds(language: str, text: str, heading: str | None = None):
    heading = heading or _HEADINGS[language][INTENDED_PURPOSE]
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", f"IFU_{language}.md",
                                  role=Role.IFU, language=language)
    return [(f.value.dimension, f.value.low and round(f.value.low, 4),
             f.value.high and round(f.value.high, 4), f.value.excluded)
            for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("bg", "Изделието е предназначено за пациенти на възраст от 18 години с телесно тегло най-малко 40 кг.",
     [("age", 18, None, False), ("weight", 40, None, False)]),
    ("bg", "Изделието е предназначено за деца на възраст от 2 до 12 години.", [("age", 2, 12, False)]),
    ("bg", "Не се използва при деца под 2-годишна възраст.", [("age", None, 2, True)]),
    ("et", "Seade on ette nähtud patsientidele vanuses 18 kuni 75 aastat.", [("age", 18, 75, False)]),
    ("et", "Seade on ette nähtud alla 18-aastastele lastele.", [("age", None, 18, False)]),
    ("et", "Seade on ette nähtud 18-aastastele ja vanematele patsientidele, kelle kehakaal on vähemalt 40 kg.",
     [("age", 18, None, False), ("weight", 40, None, False)]),
    ("lv", "Ierīce ir paredzēta bērniem vecumā no 2 līdz 12 gadiem.", [("age", 2, 12, False)]),
    ("lv", "Ierīce ir paredzēta pacientiem vecumā no 18 gadiem ar ķermeņa masu vismaz 40 kg.",
     [("age", 18, None, False), ("weight", 40, None, False)]),
    ("lv", "Nelietot bērniem, kuri jaunāki par 2 gadiem.", [("age", None, 2, True)]),
    ("sl", "Pripomoček je namenjen otrokom, starim od 2 do 12 let.", [("age", 2, 12, False)]),
    ("sl", "Ni namenjen otrokom, mlajšim od 2 let.", [("age", None, 2, True)]),
    ("sl", "Za odrasle, stare 18 let ali več, s telesno maso najmanj 40 kg.",
     [("age", 18, None, False), ("weight", 40, None, False)]),
    ("hr", "Proizvod je namijenjen djeci u dobi od 2 do 12 godina.", [("age", 2, 12, False)]),
    ("hr", "Nije namijenjen djeci mlađoj od 2 godine.", [("age", None, 2, True)]),
    ("hr", "Proizvod je namijenjen pacijentima u dobi od 18 godina, tjelesne težine najmanje 40 kg.",
     [("age", 18, None, False), ("weight", 40, None, False)]),
    ("hr", "Namijenjen je dojenčadi do 12 mjeseci.", [("age", None, 1, False)]),
    # QRD wording: the comparator between the number and its unit
    ("hr", "Proizvod je namijenjen odraslima u dobi od 18 i više godina.", [("age", 18, None, False)]),
    ("bg", "Изделието е предназначено за възрастни на 18 и повече години.", [("age", 18, None, False)]),
    ("hr", "Proizvod je namijenjen za djecu od 2 godine i starije.", [("age", 2, None, False)]),
])
def test_population_bounds_are_read(language, text, expected):
    assert _bounds(language, text) == expected


@pytest.mark.parametrize(("language", "text"), [
    # how long a treatment lasted or a device stays, not an age
    ("bg", "Изделието е предназначено за пациенти след най-малко 6 месеца консервативно лечение."),
    ("bg", "Имплантът може да остане в тялото до 5 години."),
    ("et", "Seade on ette nähtud patsientidele pärast vähemalt 6 kuud konservatiivset ravi."),
    ("et", "Implantaat võib jääda kehasse kuni 5 aastat."),
    ("lv", "Ierīce ir paredzēta pacientiem pēc vismaz 6 mēnešu konservatīvas ārstēšanas."),
    ("lv", "Implants var palikt ķermenī līdz 5 gadiem."),
    ("sl", "Pripomoček je namenjen bolnikom po vsaj 6 mesecih konservativnega zdravljenja."),
    ("sl", "Vsadek lahko ostane v telesu do 5 let."),
    ("hr", "Proizvod je namijenjen pacijentima nakon najmanje 6 mjeseci konzervativnog liječenja."),
    ("hr", "Implantat može ostati u tijelu do 5 godina."),
    ("hu", "Az eszköz legalább 6 hónapos konzervatív kezelés után alkalmazható."),
    ("el", "Προορίζεται για ασθενείς μετά από τουλάχιστον 6 μήνες συντηρητικής θεραπείας."),
])
def test_durations_are_no_ages(language, text):
    heading = _HEADINGS.get(language, {}).get(INTENDED_PURPOSE, "Intended purpose")
    assert _bounds(language, text, heading) == []


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("bg", "Пациенти до 150 кг.", ("weight", None, 150, False)),
    ("et", "Patsiendid kuni 150 kg.", ("weight", None, 150, False)),
    ("lv", "Pacienti līdz 150 kg.", ("weight", None, 150, False)),
    ("sl", "Bolniki do 150 kg.", ("weight", None, 150, False)),
    ("hr", "Pacijenti do 150 kg.", ("weight", None, 150, False)),
])
def test_population_and_technical_sections(language, text, expected):
    assert _bounds(language, text, _POPULATION_HEADING[language]) == [expected]
    # under technical data, numbers describe the device: only a statement of intent is a population
    assert _bounds(language, text, _TECHNICAL_HEADING[language]) == []


@pytest.mark.parametrize(("language", "text"), [
    ("bg", "Изделието е предназначено за пациенти на възраст от 18 години. Не се използва при бременни жени."),
    ("et", "Seade on ette nähtud täiskasvanud patsientidele. Seadet ei tohi kasutada raseduse ajal."),
    ("lv", "Ierīce ir paredzēta pieaugušiem pacientiem. Ierīci nedrīkst lietot grūtniecības laikā."),
    ("sl", "Pripomoček je namenjen odraslim bolnikom. Pripomočka ne smete uporabljati med nosečnostjo."),
    ("hr", "Proizvod je namijenjen odraslim pacijentima. Proizvod se ne smije koristiti tijekom trudnoće."),
])
def test_language_of_the_text_is_detected(language, text):
    assert language_from_text(text) == language


# --- concepts ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "concept"), [
    ("Активна инфекция на мястото на имплантиране", "implant_site_infection"),
    ("Известна алергия към титан", "material_allergy"),
    ("Свръхчувствителност към никел", "material_allergy"),
    ("Бременност и кърмене", "pregnancy"),
    ("Нарушения на кръвосъсирването", "bleeding_disorder"),
    ("Aktiivne infektsioon implanteerimiskohas", "implant_site_infection"),
    ("Teadaolev allergia titaani suhtes", "material_allergy"),
    ("Rasedus ja imetamine", "pregnancy"),
    ("Vere hüübimishäired", "bleeding_disorder"),
    ("Aktīva infekcija implantācijas vietā", "implant_site_infection"),
    ("Zināma alerģija pret titānu", "material_allergy"),
    ("Grūtniecība un barošana ar krūti", "pregnancy"),
    ("Asinsreces traucējumi", "bleeding_disorder"),
    ("Aktivna okužba na mestu vsaditve", "implant_site_infection"),
    ("Znana alergija na titan", "material_allergy"),
    ("Nosečnost in dojenje", "pregnancy"),
    ("Motnje strjevanja krvi", "bleeding_disorder"),
    ("Aktivna infekcija na mjestu implantacije", "implant_site_infection"),
    ("Poznata alergija na titan", "material_allergy"),
    ("Trudnoća i dojenje", "pregnancy"),
    ("Poremećaji zgrušavanja krvi", "bleeding_disorder"),
    ("Infecție activă la locul implantării", "implant_site_infection"),
    ("Hipersensibilitate cunoscută la titan", "material_allergy"),
    ("Sarcina și alăptarea", "pregnancy"),
    ("Tulburări de coagulare", "bleeding_disorder"),
    ("Aktív fertőzés a beültetés helyén", "implant_site_infection"),
    ("Ismert túlérzékenység a titánnal szemben", "material_allergy"),
    ("Terhesség és szoptatás", "pregnancy"),
    ("Véralvadási zavarok", "bleeding_disorder"),
    ("Ενεργός λοίμωξη στο σημείο εμφύτευσης", "implant_site_infection"),
    ("Γνωστή αλλεργία στο τιτάνιο", "material_allergy"),
    ("Εγκυμοσύνη και θηλασμός", "pregnancy"),
    ("Διαταραχές της πήξης του αίματος", "bleeding_disorder"),
    ("Aktívna infekcia v mieste implantácie", "implant_site_infection"),
    ("Známa alergia na titán", "material_allergy"),
    ("Tehotenstvo a dojčenie", "pregnancy"),
    ("Poruchy zrážanlivosti krvi", "bleeding_disorder"),
    ("Aktyvi infekcija implantavimo vietoje", "implant_site_infection"),
    ("Žinoma alergija titanui", "material_allergy"),
    ("Nėštumas ir žindymo laikotarpis", "pregnancy"),
    ("Kraujo krešėjimo sutrikimai", "bleeding_disorder"),
])
def test_common_contraindications_are_recognised(text, concept):
    assert concept in {m.id for m in vocabulary("clinical_terms").find(text)}


@pytest.mark.parametrize(("text", "setting"), [
    ("За употреба в болници", "hospital"), ("в отделение за интензивно лечение", "icu"),
    ("в операционна зала", "operating_room"), ("в амбулаторни условия", "outpatient"),
    ("за домашна употреба", "home"),
    ("Kasutamiseks haiglas", "hospital"), ("intensiivraviosakonnas", "icu"),
    ("operatsioonisaalis", "operating_room"), ("ambulatoorsel ravil", "outpatient"),
    ("kasutamiseks kodus", "home"),
    ("Lietošanai slimnīcā", "hospital"), ("intensīvās terapijas nodaļā", "icu"),
    ("operāciju zālē", "operating_room"), ("ambulatorajā aprūpē", "outpatient"),
    ("lietošanai mājās", "home"),
    ("Za uporabo v bolnišnici", "hospital"), ("v enoti intenzivne terapije", "icu"),
    ("v operacijski dvorani", "operating_room"), ("ambulantna obravnava", "outpatient"),
    ("za uporabo na domu", "home"),
    ("Za uporabu u bolnici", "hospital"), ("u jedinici intenzivnog liječenja", "icu"),
    ("u operacijskoj sali", "operating_room"), ("ambulantno liječenje", "outpatient"),
    ("za kućnu uporabu", "home"),
])
def test_care_settings_are_recognised(text, setting):
    assert setting in {m.id for m in vocabulary("care_settings").find(text)}


@pytest.mark.parametrize("text", [
    "Почистете изделието след употреба.", "Puhastage seade pärast kasutamist.",
    "Pēc lietošanas notīriet ierīci.", "Po uporabi pripomoček očistite.",
    "Nakon uporabe očistite proizvod.", "Операционна система на монитора",
])
def test_ordinary_sentences_name_no_condition_or_setting(text):
    assert not vocabulary("clinical_terms").find(text)
    assert not vocabulary("care_settings").find(text)

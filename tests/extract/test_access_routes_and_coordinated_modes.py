"""Vascular access routes are modes of use of their own (percutaneous is the generic word);
coordinated adjectives that share one noun ("offenen oder laparoskopischen Chirurgie",
"chirurgia laparoscopica o aperta") name every mode; valve regurgitation and purposes of
their own (cosmetic use, men after prostatectomy) are indications in every language."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
            "it": "Destinazione d'uso", "es": "Finalidad prevista"}
INDICATIONS = {"en": "Indications", "fr": "Indications", "de": "Indikationen", "it": "Indicazioni",
               "es": "Indicaciones"}


def ids(body: str, language: str, kind: FactKind, heading: str | None = None) -> set[str]:
    document = document_from_text(f"# {heading or HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return {f.value.id for f in extract(document) if f.kind is kind and not f.value.negated}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The valve is implanted via transfemoral or transjugular venous access.", "en",
     {"transfemoral", "transjugular"}),
    ("Delivery by transapical, transaortic or subclavian access.", "en",
     {"transapical", "transaortic", "transaxillary"}),
    ("The system is intended for transseptal delivery to the mitral position.", "en", {"transseptal"}),
    ("Coronary access by the radial approach is recommended.", "en", {"transradial"}),
    ("La valve est implantée par voie transfémorale ou transjugulaire.", "fr", {"transfemoral", "transjugular"}),
    ("Die Klappe wird über einen transfemoralen oder transjugulären Zugang implantiert.", "de",
     {"transfemoral", "transjugular"}),
    ("La valvola è impiantata per via transfemorale o transgiugulare.", "it", {"transfemoral", "transjugular"}),
    ("La válvula se implanta por vía transfemoral o transyugular.", "es", {"transfemoral", "transjugular"}),
    ("| Access route | Transfemoral, transcarotid |", "en", {"transfemoral", "transcarotid"}),
])
def test_access_routes(body, language, expected):
    assert expected <= ids(body, language, FactKind.INTERFACE)


def test_percutaneous_alone_names_no_route():
    found = ids("The valve is implanted percutaneously (transcatheter).", "en", FactKind.INTERFACE)
    assert found == {"percutaneous"}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Zur Reparatur von Leistenhernien in der offenen oder laparoskopischen Chirurgie bestimmt.", "de",
     {"open_surgery", "laparoscopic"}),
    ("Für offene und laparoskopische Eingriffe zur Hernienreparatur bestimmt.", "de",
     {"open_surgery", "laparoscopic"}),
    ("Destiné à la réparation des hernies en chirurgie ouverte ou laparoscopique.", "fr",
     {"open_surgery", "laparoscopic"}),
    ("Destiné à la réparation des hernies en chirurgie laparoscopique ou ouverte.", "fr",
     {"open_surgery", "laparoscopic"}),
    ("Destinato alla chirurgia laparoscopica o aperta dell'ernia.", "it", {"open_surgery", "laparoscopic"}),
    ("Destinato alla riparazione dell'ernia in chirurgia aperta o laparoscopica.", "it",
     {"open_surgery", "laparoscopic"}),
    ("Destinado a la reparación de hernias en cirugía abierta o laparoscópica.", "es",
     {"open_surgery", "laparoscopic"}),
    ("Destinado a procedimientos abiertos y laparoscópicos.", "es", {"open_surgery", "laparoscopic"}),
    ("Intended for hernia repair in open or laparoscopic surgery.", "en", {"open_surgery", "laparoscopic"}),
    ("Intended for laparoscopic or open repair of hernias.", "en", {"open_surgery", "laparoscopic"}),
])
def test_coordinated_adjectives_share_their_noun(body, language, expected):
    assert ids(body, language, FactKind.INTERFACE) == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # the shared noun is no term of the mode ("Leberresektion", "resezione", "spine surgery")
    ("Zur Versiegelung der Resektionsfläche bei offener und laparoskopischer Leberresektion bestimmt.",
     "de", {"open_surgery", "laparoscopic"}),
    ("Diffuse Blutung nach offener oder laparoskopischer Resektion.", "de",
     {"open_surgery", "laparoscopic"}),
    ("For the placement of pedicle screws in open and percutaneous spine surgery.", "en",
     {"open_surgery", "percutaneous"}),
    ("Intended for sealing in open and laparoscopic liver resection.", "en",
     {"open_surgery", "laparoscopic"}),
    ("Destinato alla resezione epatica aperta o laparoscopica.", "it", {"open_surgery", "laparoscopic"}),
    ("Destiné à la résection hépatique ouverte ou laparoscopique.", "fr", {"open_surgery", "laparoscopic"}),
    ("Destinado a la resección hepática abierta o laparoscópica.", "es", {"open_surgery", "laparoscopic"}),
])
def test_coordinated_mode_adjectives_share_any_noun(body, language, expected):
    assert ids(body, language, FactKind.INTERFACE) == expected


@pytest.mark.parametrize(("body", "language"), [
    ("Für die laparoskopische Chirurgie bestimmt.", "de"),
    ("Intended for laparoscopic hernia repair; keep the package open until use.", "en"),
    ("Für die laparoskopische Reparatur bestimmt; die Packung bleibt offen.", "de"),
    ("Destiné à la chirurgie laparoscopique, sachet ouvert ou fermé.", "fr"),
    ("Für die laparoskopische oder roboterassistierte Resektion, Packung offen lagern.", "de"),
    ("Intended for laparoscopic and robotic resection; an open package must be discarded.", "en"),
])
def test_plain_laparoscopic_stays_laparoscopic_only(body, language):
    assert ids(body, language, FactKind.INTERFACE) == {"laparoscopic"}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Indicated for adults with severe tricuspid regurgitation or mitral insufficiency.", "en",
     {"tricuspid_regurgitation", "mitral_regurgitation"}),
    ("Indiziert bei schwerer Trikuspidalinsuffizienz oder Mitralklappeninsuffizienz.", "de",
     {"tricuspid_regurgitation", "mitral_regurgitation"}),
    ("Indiqué en cas d'insuffisance tricuspide sévère ou de régurgitation mitrale.", "fr",
     {"tricuspid_regurgitation", "mitral_regurgitation"}),
    ("Indicato per insufficienza tricuspidale grave o rigurgito mitralico.", "it",
     {"tricuspid_regurgitation", "mitral_regurgitation"}),
    ("Indicado en insuficiencia tricuspídea grave o insuficiencia mitral.", "es",
     {"tricuspid_regurgitation", "mitral_regurgitation"}),
    ("Indicated for cosmetic breast augmentation and breast reconstruction.", "en",
     {"breast_augmentation", "breast_reconstruction"}),
    ("Indicado para el aumento mamario estético en mujeres sanas.", "es", {"breast_augmentation"}),
    ("Indiziert zur Korrektur von Gesichtsfalten zu ästhetischen Zwecken.", "de", {"cosmetic_use"}),
    ("Indicated for men with post-prostatectomy incontinence.", "en", {"post_prostatectomy_incontinence"}),
    ("Indicado en hombres con incontinencia tras prostatectomía.", "es", {"post_prostatectomy_incontinence"}),
])
def test_indications_across_languages(body, language, expected):
    assert expected <= ids(body, language, FactKind.INDICATION, INDICATIONS[language])


@pytest.mark.parametrize(("body", "language"), [
    ("Indicated for breast reconstruction. It is not intended for cosmetic purposes.", "en"),
    ("Indiqué pour la reconstruction mammaire ; n'est pas destiné à un usage esthétique.", "fr"),
    ("Indicated for breast reconstruction with a natural aesthetic result.", "en"),
])
def test_excluded_or_incidental_cosmetic_words_are_no_indication(body, language):
    assert "cosmetic_use" not in ids(body, language, FactKind.INDICATION, INDICATIONS[language])

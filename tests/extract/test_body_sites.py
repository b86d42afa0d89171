"""Anatomical sites named in intended-purpose and indication statements, in five languages:
coordinated sites sharing a head noun each count, a phrase naming several sites gives each,
and sites in warnings, contraindications, studies or negations are not the device's sites."""

from __future__ import annotations

import pytest

from panelproof.extract.body_sites import extract
from panelproof.extract.intended_use import extract as intended_use_extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
            "it": "Destinazione d'uso", "es": "Finalidad prevista"}


def sites(body: str, language: str = "en", heading: str | None = None) -> set[str]:
    document = document_from_text(f"# {heading or HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.ANATOMICAL_SITE}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("The cuff system occludes arterial flow in the upper and lower extremities of adults.", "en",
     {"upper_limb", "lower_limb"}),
    ("For bloodless surgical fields on the thigh or the upper arm.", "en", {"upper_limb", "lower_limb"}),
    ("Used on all four limbs during trauma surgery.", "en", {"upper_limb", "lower_limb"}),
    ("For procedures restricted to the lower extremity.", "en", {"lower_limb"}),
    ("The stent system is intended for de novo lesions of the coronary and peripheral arteries.", "en",
     {"coronary_arteries", "peripheral_vessels"}),
    ("Posterior fixation of the cervical, thoracic and lumbar spine.", "en",
     {"cervical_spine", "thoracic_spine", "lumbar_spine"}),
    ("Total joint replacement of the hip and knee in adults.", "en", {"hip", "knee"}),
    ("Le garrot est destiné aux membres supérieurs et inférieurs de l'adulte.", "fr",
     {"upper_limb", "lower_limb"}),
    ("Dilatation des artères coronaires et périphériques.", "fr", {"coronary_arteries", "peripheral_vessels"}),
    ("Das System ist zur Blutsperre an der oberen und unteren Extremität bestimmt.", "de",
     {"upper_limb", "lower_limb"}),
    ("Zur Spülung des Kniegelenks bei der Arthroskopie.", "de", {"knee"}),
    ("Il laccio è destinato agli arti superiori e inferiori.", "it", {"upper_limb", "lower_limb"}),
    ("Destinado a la artroplastia de rodilla y de cadera.", "es", {"knee", "hip"}),
])
def test_sites_in_intended_purpose(body: str, language: str, expected: set[str]) -> None:
    assert sites(body, language) == expected


@pytest.mark.parametrize(("body", "language", "heading"), [
    ("Do not apply the cuff over the knee or the elbow.", "en", "Warnings"),
    ("Patients with arterial disease of the lower limb.", "en", "Contraindications"),
    ("Ne pas utiliser sur les membres supérieurs.", "fr", "Avertissements"),
    ("Nicht an der oberen Extremität anwenden.", "de", "Kontraindikationen"),
    ("In the pivotal study, 80 patients underwent hip arthroplasty.", "en", "Clinical data"),
])
def test_sites_outside_the_intended_use_are_not_read(body: str, language: str, heading: str) -> None:
    assert not sites(body, language, heading)


def test_negated_and_study_sentences_inside_the_purpose_are_not_read() -> None:
    body = ("The tourniquet is intended for the lower limb. It is not intended for use on the upper arm. "
            "In the study, patients were treated on the forearm.")
    assert sites(body) == {"lower_limb"}


def test_family_word_alone_is_generic() -> None:
    assert sites("The tourniquet is intended for use on a limb during surgery.") == {"limb"}


@pytest.mark.parametrize(("body", "language"), [
    ("Occlusion of arterial flow and intravenous regional anaesthesia (Bier block).", "en"),
    ("Occlusion artérielle et anesthésie locorégionale intraveineuse.", "fr"),
    ("Blutsperre und intravenöse Regionalanästhesie.", "de"),
])
def test_intravenous_regional_anaesthesia_is_a_mode_of_its_own(body: str, language: str) -> None:
    document = document_from_text(f"# {HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md", language=language)
    modes = {f.value.id for f in intended_use_extract(document) if f.kind is FactKind.INTERFACE}
    assert modes == {"intravenous_regional_anaesthesia"}


@pytest.mark.parametrize(("body", "language", "heading", "expected"), [
    ("Adult and paediatric patients who need surgical repair of the heart, great vessels or peripheral "
     "vessels.", "en", "2. Object patient", {"peripheral_vessels"}),
    ("Adults undergoing total replacement of the hip or the knee.", "en", "Patient population",
     {"hip", "knee"}),
    ("Patients adultes nécessitant une angioplastie des artères coronaires et périphériques.", "fr",
     "Population cible", {"coronary_arteries", "peripheral_vessels"}),
    ("Erwachsene mit Verletzungen der oberen oder unteren Extremität.", "de", "Zielgruppe",
     {"upper_limb", "lower_limb"}),
])
def test_sites_named_in_the_target_population_section(body: str, language: str, heading: str,
                                                       expected: set[str]) -> None:
    """A population section says who the device is for; the sites it names are intended sites
    (an IFU with "2. Object patient" above them was read as naming fewer sites than its CER)."""
    assert expected <= sites(body, language, heading)


def test_sites_under_an_unannounced_heading_still_need_a_purpose_sentence() -> None:
    assert not sites("Patients who need surgical repair of the peripheral vessels.", "en", "Background")


@pytest.mark.parametrize(("body", "language"), [
    ("Implanted electrodes around a nerve in the remaining arm or leg restore sensory feedback.", "en"),
    ("Électrodes implantées autour d'un nerf du bras ou jambe restant.", "fr"),
    ("Implantierte Elektroden an einem Nerv im verbliebenen Arm oder Bein.", "de"),
])
def test_arm_or_leg_names_both_limbs(body: str, language: str) -> None:
    """"Arm" alone is no site (a C-arm, a study arm), but "arm or leg" names both limbs."""
    assert sites(body, language) == {"upper_limb", "lower_limb"}

"""Access and administration routes, second round: a condition for an alternative route
("when the femoral route is not suitable") neither excludes the route it names nor the
alternative; subclavian/axillary and iliofemoral forms in every language; plain-language
routes ("under the skin", "into a vein"); a route stated as the only one is a mode of use and
the others in its sentence are excluded."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
            "it": "Destinazione d'uso", "es": "Finalidad prevista"}
CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones"}


def routes(body: str, language: str, heading: str | None = None) -> tuple[set[str], set[str]]:
    """(stated, excluded) interface ids."""
    document = document_from_text(f"# {heading or HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    facts = [f for f in extract(document) if f.kind is FactKind.INTERFACE]
    for fact in facts:
        assert fact.location.quote in body
    return ({f.value.id for f in facts if not f.value.negated},
            {f.value.id for f in facts if f.value.negated})


@pytest.mark.parametrize(("body", "language"), [
    ("The valve is implanted by transfemoral access or, when the femoral route is not suitable, "
     "by subclavian or axillary access.", "en"),
    ("Implantation is transfemoral; if femoral access is not possible, subclavian or axillary access "
     "may be used.", "en"),
    ("Access routes: transfemoral, or subclavian/axillary when the iliofemoral vessels are unsuitable.", "en"),
    ("Transfemoral access. Where transfemoral access is contraindicated, trans-subclavian access.", "en"),
    ("Deliver the valve transfemorally, or via the axillary artery in patients in whom the femoral "
     "arteries are too small.", "en"),
    ("La valve est implantée par voie transfémorale ou, si la voie fémorale ne convient pas, par voie "
     "sous-clavière ou axillaire.", "fr"),
    ("Implantation par voie transfémorale ; lorsque l'accès fémoral n'est pas possible, par voie "
     "sous-clavière.", "fr"),
    ("Die Klappe wird transfemoral oder, wenn der femorale Zugang ungeeignet ist, über die A. subclavia "
     "oder A. axillaris implantiert.", "de"),
    ("Transfemorale Implantation; falls ein femoraler Zugang nicht möglich ist, transaxillär.", "de"),
    ("La valvola è impiantata per via transfemorale o, se l'accesso femorale non è idoneo, per accesso "
     "succlavio/ascellare.", "it"),
    ("La válvula se implanta por vía transfemoral o, cuando la vía femoral no es adecuada, por acceso "
     "subclavio/axilar.", "es"),
])
def test_a_conditional_alternative_excludes_no_route(body, language):
    stated, excluded = routes(body, language)
    assert stated == {"transfemoral", "transaxillary"}
    assert not excluded


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Implanted via iliofemoral access.", "en", {"transfemoral"}),
    ("Implantation transaxillär oder transsubclavisch.", "de", {"transaxillary"}),
    ("Zugang über die Arteria subclavia.", "de", {"transaxillary"}),
    ("Impianto per accesso succlavio/ascellare.", "it", {"transaxillary"}),
    ("Implantación por acceso subclavio/axilar.", "es", {"transaxillary"}),
    ("Access route: subclavian/axillary access.", "en", {"transaxillary"}),
    ("Via femoral or radial access.", "en", {"transfemoral", "transradial"}),
    ("Par accès sous-clavier ou fémoral.", "fr", {"transaxillary", "transfemoral"}),
])
def test_subclavian_axillary_and_iliofemoral_forms(body, language, expected):
    assert routes(body, language)[0] == expected


@pytest.mark.parametrize(("body", "language"), [
    ("Patients with prior axillary lymph node dissection.", "en"),
    ("The femoral head is replaced by the implant.", "en"),
    ("Pour la chirurgie axillaire du sein.", "fr"),
    ("Hip stem intended for cemented or cementless femoral fixation.", "en"),
    ("For cemented or cementless femoral implantation.", "en"),
    ("For NIV via mask, axillary or femoral.", "en"),
])
def test_bare_vessel_words_alone_name_no_route(body, language):
    stated, excluded = routes(body, language)
    assert not (stated | excluded) & {"transaxillary", "transfemoral"}


@pytest.mark.parametrize(("body", "language"), [
    # the condition does not cancel a real exclusion elsewhere in the sentence
    ("Transapical access is not intended; use transfemoral access unless the femoral vessels are "
     "too small.", "en"),
    ("La voie transapicale n'est pas prévue.", "fr"),
])
def test_real_exclusions_remain(body, language):
    assert "transapical" in routes(body, language)[1]


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("SyriDrive gives medicines as a continuous infusion under the skin.", "en", {"subcutaneous"}),
    ("For continuous infusion into a vein or under the skin.", "en", {"intravenous", "subcutaneous"}),
    ("Administration continue de médicaments sous la peau.", "fr", {"subcutaneous"}),
    ("Zur kontinuierlichen Gabe von Arzneimitteln unter die Haut.", "de", {"subcutaneous"}),
    ("Per l'infusione continua di farmaci sotto la cute.", "it", {"subcutaneous"}),
    ("Para la infusión continua de medicamentos bajo la piel.", "es", {"subcutaneous"}),
    ("The implanted pump delivers baclofen into the spinal fluid.", "en", {"intrathecal"}),
    ("Pompe implantable pour l'administration intrathécale.", "fr", {"intrathecal"}),
    ("Zur intrathekalen Arzneimittelgabe.", "de", {"intrathecal"}),
])
def test_plain_language_routes(body, language, expected):
    assert routes(body, language)[0] == expected


@pytest.mark.parametrize(("body", "language"), [
    ("Patients who need intravenous, epidural or intrathecal infusion: SyriDrive is for subcutaneous "
     "use only.", "en"),
    ("Patients requiring intravenous, epidural or intrathecal infusion (the device is for subcutaneous "
     "infusion only).", "en"),
    ("Patients nécessitant une perfusion intraveineuse, péridurale ou intrathécale : le dispositif est "
     "uniquement destiné à la voie sous-cutanée.", "fr"),
    ("Patienten, die eine intravenöse, epidurale oder intrathekale Infusion benötigen: nur zur "
     "subkutanen Anwendung.", "de"),
    ("Pazienti che necessitano di infusione endovenosa, epidurale o intratecale: esclusivamente per "
     "infusione sottocutanea.", "it"),
    ("Pacientes que requieren infusión intravenosa, epidural o intratecal: solo para infusión "
     "subcutánea.", "es"),
])
def test_the_only_route_in_a_contraindication_is_the_mode_of_use(body, language):
    stated, excluded = routes(body, language, heading=CONTRA[language])
    assert stated == {"subcutaneous"}
    assert excluded == {"intravenous", "epidural", "intrathecal"}


@pytest.mark.parametrize(("body", "language", "stated", "excluded"), [
    ("For subcutaneous use only, never intravenous.", "en", {"subcutaneous"}, {"intravenous"}),
    ("For subcutaneous or intravenous use only.", "en", {"subcutaneous", "intravenous"}, set()),
    ("Pour administration uniquement par voie sous-cutanée.", "fr", {"subcutaneous"}, set()),
    ("Not only intravenous but also subcutaneous infusion.", "en", {"intravenous", "subcutaneous"}, set()),
    # "only" about a set, not a route: the other sentence keeps its routes
    ("The pump is intended for intravenous and subcutaneous infusion. Use the epidural set for "
     "epidural infusion only.", "en", {"intravenous", "subcutaneous", "epidural"}, set()),
])
def test_only_routes_in_the_intended_purpose(body, language, stated, excluded):
    assert routes(body, language) == (stated, excluded)


@pytest.mark.parametrize(("body", "language"), [
    ("The pacemaker is implanted in the ventricle; no lead and no subcutaneous pocket is needed.",
     "en"),
    ("It is intended for patients in whom a transvenous lead or a subcutaneous pocket is undesirable.",
     "en"),
    ("The sensor is intended for subcutaneous implantation in the upper arm.", "en"),
    ("Le capteur est destiné à une implantation sous-cutanée; aucune poche sous-cutanée n'est créée.",
     "fr"),
    # the adverb after the verb that places the device
    ("The port chamber is implanted subcutaneously in the upper chest and is intended for "
     "repeated access to the venous system.", "en"),
    ("The receiver is placed subcutaneously behind the ear.", "en"),
    ("La chambre est implantée en sous-cutané dans la région pectorale.", "fr"),
])
def test_a_place_of_the_device_is_no_route_of_administration(body, language):
    stated, excluded = routes(body, language)
    assert "subcutaneous" not in stated | excluded


@pytest.mark.parametrize(("body", "language"), [
    ("The driver is intended for continuous subcutaneous infusion of analgesics.", "en"),
    ("Destiné à la perfusion sous-cutanée continue de médicaments.", "fr"),
])
def test_subcutaneous_infusion_stays_a_route(body, language):
    stated, _ = routes(body, language)
    assert "subcutaneous" in stated

"""Statements about the consultation procedure and the legal basis of existing certificates."""

from __future__ import annotations

import pytest

from panelproof.extract import procedure
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _facts(sentence: str, kind: FactKind):
    document = document_from_text(f"# Assessment\n\n{sentence}\n", "CEAR.md", Role.CEAR)
    return [f for f in procedure.extract(document, ExtractionContext()) if f.kind is kind]


@pytest.mark.parametrize(("sentence", "status", "exemption"), [
    ("The consultation procedure is not required because the certificate is being renewed "
     "(Article 54(2)(a)).", "not_required", "exempt_54_2_a"),
    ("CECP: not applicable, renewal of the existing certificate.", "not_required", "exempt_54_2_a"),
    ("Per Art. 54 (2) (b) MDR the clinical evaluation consultation procedure need not be "
     "followed.", "not_required", "exempt_54_2_b"),
    ("The scrutiny procedure does not apply since a common specification covers the device.",
     "not_required", "exempt_54_2_c"),
    ("The CECP does not apply to this device.", "not_required", ""),
    # the ground given in the sentence after the denial
    ("Applicability of the consultation procedure: Not applicable. The device was designed by "
     "modification of the VenaPort port of the same manufacturer, and the exemption of Article "
     "54(2)(b) MDR is accepted.", "not_required", "exempt_54_2_b"),
    ("CECP: not required. The certificate under the MDR is renewed (Art. 54(2)(a)).",
     "not_required", "exempt_54_2_a"),
    ("Das Konsultationsverfahren entfällt (Rezertifizierung).", "not_required", "exempt_54_2_a"),
    ("La procédure de consultation n'est pas requise pour ce dispositif.", "not_required", ""),
    ("The clinical evaluation consultation procedure applies (Art. 54(1)(b)).", "required", ""),
    # an exemption denied in its own clause is no exemption
    ("It is classified IIb under Rule 12, and the consultation procedure of Article 54(1)(b) has to be "
     "expected; no exemption applies, the device being a new design.", "required", ""),
    ("The CECP is required; no exemption of Article 54(2) applies.", "required", ""),
    ("The notified body has initiated the consultation procedure; the CECP is required.",
     "required", ""),
    # a verb of judgement around the negation does not weaken the denial
    ("As the device contains no medicinal product, the consultation procedure of Article 54 is "
     "not considered to apply.", "not_required", ""),
    ("The CECP is deemed not to apply to this pump.", "not_required", ""),
    ("The consultation procedure is considered not necessary for this device.", "not_required", ""),
    ("The clinical evaluation consultation procedure is not regarded as applicable.",
     "not_required", ""),
])
def test_cecp_statements(sentence: str, status: str, exemption: str) -> None:
    facts = _facts(sentence, FactKind.CECP_STATEMENT)
    assert [(f.value.id, f.value.label) for f in facts] == [(status, exemption)]
    assert facts[0].location.quote in " ".join(sentence.split())


@pytest.mark.parametrize("sentence", [
    "No consultation with patients was required for the usability study.",
    "The device is not required to carry a CE mark in this market.",
    "Ventilation applies positive pressure to the airways.",
    "The device is not considered a medicinal product; it is not required to consult patients.",
])
def test_sentences_not_about_the_procedure(sentence: str) -> None:
    assert _facts(sentence, FactKind.CECP_STATEMENT) == []


@pytest.mark.parametrize(("sentence", "basis"), [
    ("The device holds an EC certificate under Directive 93/42/EEC since 2014.", "directive"),
    ("Certified under the MDD (certificate G1 12345).", "directive"),
    ("Das Produkt ist nach Richtlinie 90/385/EWG zertifiziert.", "directive"),
    ("The EU technical documentation certificate was issued under the MDR in 2023.", "mdr"),
])
def test_certificate_basis(sentence: str, basis: str) -> None:
    assert [f.value.id for f in _facts(sentence, FactKind.CERTIFICATE_BASIS)] == [basis]


@pytest.mark.parametrize(("sentence", "kinds"), [
    ("The VenaPort PI is a new device family with a new catheter material.", {"new_device", "new_material"}),
    ("Der Port ist eine Neuentwicklung mit einem neuen Material.", {"new_device", "new_material"}),
    ("Le dispositif fait l'objet d'une nouvelle indication.", {"new_intended_purpose"}),
    ("There is no new material and no new indication.", set()),
    ("The NewFlow pump is described in section 2.", set()),
])
def test_novelty_statements(sentence: str, kinds: set[str]) -> None:
    assert {f.value.id for f in _facts(sentence, FactKind.NOVELTY)} == kinds


# A denial whose subject is Art. 54(2) or its exemptions means the procedure IS required; an
# exemption cited as "54, paragraph 2, point (b)", "Abs. 2 lit. b" or earlier in the paragraph
# is still named.
@pytest.mark.parametrize(("sentence", "status", "exemption"), [
    ("Article 54(2) does not apply (new device, initial certificate).", "required", ""),
    ("None of the exemptions of Art. 54(2) applies.", "required", ""),
    ("None of the exemptions of Article 54(2) apply; the consultation procedure is therefore required.",
     "required", ""),
    ("The exemptions of Article 54(2) do not apply to this device.", "required", ""),
    ("Article 54(2)(b) is not applicable, the device being a new design.", "required", ""),
    ("L'article 54(2) ne s'applique pas (nouveau dispositif).", "required", ""),
    ("Les dérogations de l'article 54, paragraphe 2, ne s'appliquent pas.", "required", ""),
    ("Art. 54 Abs. 2 findet keine Anwendung (Neuentwicklung).", "required", ""),
    ("Die Ausnahmen nach Artikel 54 Absatz 2 sind nicht anwendbar.", "required", ""),
    ("The device is a modification of the predecessor; according to Article 54(2)(b) and MDCG 2019-3 "
     "the consultation procedure is therefore not required, subject to confirmation by the Notified Body.",
     "not_required", "exempt_54_2_b"),
    ("According to Art. 54 (2) b) MDR the consultation procedure is not required.", "not_required", "exempt_54_2_b"),
    ("Gemäß Art. 54 Abs. 2 lit. b MDR ist das Konsultationsverfahren somit nicht erforderlich.",
     "not_required", "exempt_54_2_b"),
    ("Conformément à l'article 54, paragraphe 2, point b), la procédure de consultation n'est pas requise.",
     "not_required", "exempt_54_2_b"),
    ("In accordance with Article 54, paragraph 2, point (c) the CECP is not required.", "not_required", "exempt_54_2_c"),
    # the procedure itself is the subject: still a denial, naming no exemption
    ("Under Article 54(2), the consultation procedure does not apply.", "not_required", ""),
    ("The consultation procedure under Article 54 does not apply.", "not_required", ""),
])
def test_cecp_statements_about_the_exemptions(sentence: str, status: str, exemption: str) -> None:
    facts = _facts(sentence, FactKind.CECP_STATEMENT)
    assert [(f.value.id, f.value.label) for f in facts][-1:] == [(status, exemption)]


def test_exemption_named_earlier_in_the_paragraph() -> None:
    facts = _facts("The device is a modification of the VX-2 already marketed for the same intended purpose "
                   "(Art. 54(2)(b)). The CECP is therefore not required.", FactKind.CECP_STATEMENT)
    assert [(f.value.id, f.value.label) for f in facts] == [("not_required", "exempt_54_2_b")]


def test_procedure_named_before_the_article_is_the_subject() -> None:
    facts = _facts("Das Konsultationsverfahren ist nach Artikel 54(2)(b) nicht erforderlich.",
                   FactKind.CECP_STATEMENT)
    assert [(f.value.id, f.value.label) for f in facts] == [("not_required", "exempt_54_2_b")]


def test_an_exemption_named_earlier_in_the_paragraph_is_quoted_from_its_sentence():
    facts = _facts("The NB considers that the exemption of Article 54(2)(b) applies: the device is "
                   "a modification of the model already marketed. The CECP is therefore not "
                   "initiated.", FactKind.CECP_STATEMENT)
    assert {(f.value.id, f.value.label) for f in facts} == {("not_required", "exempt_54_2_b")}
    assert "the exemption of Article 54(2)(b) applies" in facts[-1].location.quote
    assert facts[-1].location.quote.endswith("The CECP is therefore not initiated.")


@pytest.mark.parametrize("sentence", [
    "No change to intended purpose or design since the initial MDR certificate.",
    "Keine Änderung seit der Erstzertifizierung nach MDR.",
])
def test_a_certificate_named_as_a_starting_point_is_no_initial_application(sentence):
    assert not [f for f in _facts(sentence, FactKind.CERTIFICATE_BASIS) if f.value.id == "initial_mdr"]


def test_an_initial_application_is_still_read():
    facts = _facts("This is the initial MDR certification of the device under Regulation (EU) 2017/745.",
                   FactKind.CERTIFICATE_BASIS)
    assert [f.value.id for f in facts if f.value.id == "initial_mdr"] == ["initial_mdr"]


@pytest.mark.parametrize(("sentence", "status"), [
    # the device placed outside Art. 54, then the procedure denied by its determiner
    ("Being a class IIa, non-active and non-implantable cuff, it is therefore not within the scope "
     "of Article 54 MDR; no clinical evaluation consultation procedure is required.", "not_required"),
    ("As a class IIb device not intended to administer medicinal products, the pump falls outside "
     "Article 54.", "not_required"),
    ("The scope of Art. 54 does not cover this class IIa dressing, so no CECP applies.", "not_required"),
    ("Kein Konsultationsverfahren ist erforderlich, da das Produkt der Klasse IIa angehört.",
     "not_required"),
    ("Le dispositif de classe IIa est hors du champ de l'article 54.", "not_required"),
    # the exemptions under the determiner: the procedure stays required
    ("The stent is class III and implantable, and no exemption of Article 54(2) applies; the "
     "consultation procedure is therefore required.", "required"),
    ("No exemption is claimed and the CECP applies.", "required"),
])
def test_cecp_denied_by_scope_or_determiner(sentence: str, status: str) -> None:
    facts = _facts(sentence, FactKind.CECP_STATEMENT)
    assert [f.value.id for f in facts] == [status]

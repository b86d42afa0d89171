"""Device descriptions (composition, mechanism of action) and plans ("PMCF will confirm ...")
are no claims, wherever they stand; true benefit claims next to them stay claims."""

from __future__ import annotations

import pytest

from panelproof.extract import claims
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _claims(sentence: str, role: Role = Role.SSCP) -> list:
    document = document_from_text(f"# Summary\n\n{sentence}\n", "SSCP.md", role)
    return list(claims.extract(document, ExtractionContext()))


@pytest.mark.parametrize("sentence", [
    "UroBulk is a sterile, non-pyrogenic implant made of textured polydimethylsiloxane particles (size "
    "between 100 and 400 µm), suspended in a hydrogel carrier; after transurethral injection the carrier "
    "is absorbed within weeks while the particles remain permanently and provide the bulking effect that "
    "improves the coaptation of the urethral mucosa.",
    "The gel consists of cross-linked hyaluronic acid and is resorbed over months, while the microspheres "
    "remain in place and improve tissue support.",
    "Das Implantat besteht aus Silikonpartikeln in einem Hydrogel; das Gel wird innerhalb von Wochen "
    "resorbiert, die Partikel verbleiben dauerhaft und verbessern den Verschluss der Harnröhre.",
    "L'implant est composé de particules de silicone en suspension dans un gel porteur, qui est résorbé "
    "en quelques semaines, tandis que les particules restent en place et améliorent la coaptation.",
    # plans: what will be confirmed is no claim
    "PMCF will confirm long-term safety and performance.",
    "PMCF will confirm the durability of the effect and rare late complications.",
    "The PMCF registry will further verify the long-term durability of the bulking effect.",
    "Long-term safety is to be confirmed by the PMCF study.",
    "Le SCAC confirmera la sécurité à long terme et la durabilité de l'effet.",
    "Die PMCF wird die Langzeitsicherheit und die dauerhafte Wirkung bestätigen.",
    "Lo studio PMCF confermerà la sicurezza a lungo termine e l'efficacia durature.",
    "El seguimiento PMCF confirmará la seguridad a largo plazo y la durabilidad del efecto.",
])
def test_descriptions_and_plans_are_no_claims(sentence: str) -> None:
    assert _claims(sentence) == []


@pytest.mark.parametrize("sentence", [
    "UroBulk permanently cures stress urinary incontinence.",
    "UroBulk provides a lifelong cure of incontinence.",
    "UroBulk is made of silicone and permanently cures stress urinary incontinence.",
    "UroBulk is made of titanium and provides durable fixation for 10 years.",
    "The implant, made of silicone, improves continence in 80 % of patients.",
    "UroBulk reduces incontinence episodes.",
    "PMCF data confirm the long-term safety and performance of the implant.",
])
def test_claims_stay_claims(sentence: str) -> None:
    assert len(_claims(sentence)) == 1


@pytest.mark.parametrize("text", [
    "PMCF activities are specified in the plan; open questions addressed are: long-term effectiveness beyond 12 months; battery longevity.",
    "Offene Fragen: Langzeitwirksamkeit über 12 Monate hinaus und Lebensdauer der Batterie.",
    "Questions ouvertes : efficacité à long terme au-delà de 24 mois.",
    "Remaining uncertainties: durability of the effect beyond two years.",
])
def test_open_questions_are_no_claims(text):
    assert _claims(text) == []

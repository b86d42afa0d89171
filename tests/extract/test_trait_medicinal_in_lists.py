"""A medicinal product named in a list of what the device delivers is the device's trait
(Rule 12, Art. 54(1)(b)); a mention in a flushing step, a "do not use" instruction or a
contraindication is not."""

import pytest

from panelproof.extract.model import FactKind
from tests.extract.test_identity import values

TRAIT = "administers_medicinal_product"


@pytest.mark.parametrize("text", [
    "The pump is intended for the delivery of enteral nutrition, fluids and liquid medications "
    "via a feeding tube.",
    "The system administers formula, hydration water or prescribed medicines through a "
    "gastrostomy tube.",
    "Intended for the infusion of parenteral nutrition and analgesics in home care.",
    "La pompe est destinée à l'administration de nutrition entérale, d'eau et de médicaments.",
    "Die Pumpe dient der Verabreichung von Sondennahrung, Flüssigkeiten und Arzneimitteln.",
    "La pompa è destinata alla somministrazione di nutrizione enterale, acqua e farmaci.",
    "La bomba está indicada para la administración de nutrición enteral, agua y medicamentos.",
    "A bomba destina-se à administração de nutrição entérica, líquidos e medicamentos.",
    "De pomp is bedoeld voor de toediening van sondevoeding, vocht en geneesmiddelen.",
    # a flush or rinse that is itself one of the items delivered is no aside
    "Intended for the controlled delivery of feeds, free-water flushes and prescribed medicines "
    "through a nasogastric or gastrostomy tube.",
    "Die Pumpe dient der Zufuhr von Sondennahrung, Spülflüssigkeit und Arzneimitteln.",
])
def test_a_medicinal_product_listed_with_feeds_is_administered(text):
    found = {(c.id, c.negated) for c in values(text, FactKind.DEVICE_TRAIT)}
    assert (TRAIT, False) in found


@pytest.mark.parametrize("text", [
    "Flush the tube with 20 ml of water before and after the administration of medications.",
    "Do not use the pump for the delivery of drugs or viscous fluids.",
    "Medicines must be given with an enteral syringe, and the line rinsed afterwards.",
    "Rincer la sonde après l'administration de médicaments à la seringue.",
    "Nach der Gabe von Arzneimitteln die Sonde mit Wasser spülen.",
    "The administration of medications through the pump is contraindicated.",
])
def test_an_aside_about_medication_is_no_trait(text):
    found = {(c.id, c.negated) for c in values(text, FactKind.DEVICE_TRAIT)}
    assert (TRAIT, False) not in found


def test_a_denial_in_a_warning_sentence_still_counts():
    text = "The pump does not administer medicinal products and must not be used for them."
    found = {(c.id, c.negated) for c in values(text, FactKind.DEVICE_TRAIT)}
    assert (TRAIT, True) in found

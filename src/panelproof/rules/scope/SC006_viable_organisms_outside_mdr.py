"""SC006: the device consists of live organisms, so the MDR, its classification and the CECP do not apply."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.device_type import fold
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import IDENTITY_ROLES, document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

TRAIT = "viable_organisms"
# A trait stated with a verb of composition ("consists of sterile, live larvae", "enthält
# lebende Bakterien", "contient des larves vivantes") says what the product is made of ...
_CONSTITUENT = re.compile(
    r"^(?:contain|consist|compos|compris|made|product|preparation|suspension|formulation|packed|"
    r"supplied|contien|contenant|constitu|produit|enthalt|besteht|bestehend|aus\b)")
# ... and so does a bare naming ("Sterile live larvae (Lucilia sericata)") in a section that
# describes the device or its composition.
_DESCRIBING = re.compile(
    r"device description|description of the device|product description|composition|"
    r"identification|intended (?:purpose|use)|materials?\b|summary|overview|"
    r"description (?:du|de l) (?:dispositif|produit)|destination|materiaux|"
    r"produktbeschreibung|beschreibung|zusammensetzung|zweckbestimmung|werkstoffe|"
    r"descrizione|composizione|destinazione|descripcion|composicion|finalidad")


def _about_composition(fact: Fact) -> bool:
    if _CONSTITUENT.match(fold(fact.value.label)):
        return True
    return bool(fact.location.section and _DESCRIBING.search(fold(fact.location.section)))


class ViableOrganismsOutsideMdr(Rule):
    """The documents classify a product made of live organisms as a medical device.

    **What it finds**
    A description of the device itself as containing or consisting of live or viable
    organisms ("consists of sterile, live larvae of Lucilia sericata", "a suspension of viable
    bacteria", "besteht aus lebenden Larven", "contient des larves vivantes", "batteri vivi")
    in a dossier that gives the product an MDR class or classification rule, or starts the
    consultation procedure. Non-viable material ("non-viable, devitalised dermis",
    "sterilised collagen of bovine origin", "contains no live bacteria") is not reported, nor
    are live cells of a test (cytotoxicity assays) or of the patient.

    **Why a panel cares**
    Products that contain or consist of viable biological material or viable organisms are
    excluded from the MDR (Art. 1(6)(h)). Rule 18 classifies devices made from tissues or cells
    that are non-viable or rendered non-viable; it cannot make live larvae a class III device.
    A dossier that puts such a product through the device route, and through the CECP, rests
    on a regulatory status the product does not have: the panel cannot give an opinion on it
    as a device, and the competent authority must decide the product's status first.

    **Example**
    CER: "LarvaCare consists of sterile, live larvae of Lucilia sericata." CEAR:
    "Classification | Class III, Rule 18".

    **Use instead**
    Establish the regulatory status of the product with the competent authority (medicinal
    product, advanced therapy or national rules) before any MDR conformity assessment; or, if
    the organisms are rendered non-viable, say so and show how.

    **References**
    MDR Art. 1(6)(h); MDR Annex VIII Rule 18; MDR Art. 4; MDR Art. 54(1).
    """

    code = "SC006"
    name = "viable-organisms-outside-mdr"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "A product of live organisms is outside the MDR and the consultation procedure"
    references = ("MDR Art. 1(6)(h)", "MDR Annex VIII Rule 18", "MDR Art. 4", "MDR Art. 54(1)")
    recommendation = ("Establish the product's regulatory status before the MDR conformity "
                      "assessment; products consisting of viable organisms are excluded from "
                      "the MDR (Art. 1(6)(h)).")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        stated = [f for f in facts.of(FactKind.DEVICE_TRAIT)
                  if f.value.id == TRAIT and f.role in IDENTITY_ROLES]
        affirmed = [f for f in stated if not f.value.negated and _about_composition(f)]
        if not affirmed:
            return
        denying = {f.document for f in stated if f.value.negated}
        if len(denying) > len({f.document for f in affirmed}):
            return
        classes = facts.of(FactKind.DEVICE_CLASS)
        rules = facts.of(FactKind.CLASSIFICATION_RULE)
        cecp = [f for f in facts.of(FactKind.CECP_STATEMENT) if f.value.id == "required"]
        if not (classes or rules or cecp):
            return
        ground = affirmed[0]
        where = document_label(facts.document(ground.document), ground.document)
        treated = "a medical device"
        if classes:
            treated = f"a class {classes[0].value} medical device"
        rule_18 = [f for f in rules if f.value == 18]
        rule = (rule_18 or rules)[:1]
        if rule:
            treated += f" under Annex VIII Rule {rule[0].value}"
        sources = sorted({document_label(facts.document(f.document), f.document)
                          for f in [*classes[:1], *rule, *cecp[:1]]})
        message = (f"{where[:1].upper()}{where[1:]} describes the device as made of live "
                   f"organisms (“{ground.location.quote}”), yet {' and '.join(sources)} "
                   f"treat{'s' if len(sources) == 1 else ''} it as {treated}"
                   f"{(' and start' if len(sources) > 1 else ' and starts') + ' the consultation procedure' if cecp else ''}. Products "
                   f"that contain or consist of viable organisms are outside the MDR "
                   f"(Art. 1(6)(h)); Rule 18 covers only non-viable tissues and cells, so "
                   f"neither the MDR classification nor the CECP applies.")
        grounds = [ground, *classes[:1], *rule, *cecp[:1]]
        yield self.finding(message, grounds)

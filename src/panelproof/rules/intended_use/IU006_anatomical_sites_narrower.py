"""IU006: one document's intended purpose names fewer anatomical sites than another's."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract import body_sites
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document
from panelproof.rules.intended_use.common import describe_document, join_names, representatives
from panelproof.rules.model import Category, Finding, Rule, Severity


class AnatomicalSitesNarrower(Rule):
    """One document's intended purpose names a strict subset of the anatomical sites another names.

    What it finds:
        A document whose intended purpose or indications name only some of the anatomical sites
        that another manufacturer document or the CEAR names: "the lower limb" against "the upper
        and lower limbs", "coronary arteries" against "coronary and peripheral arteries", "the
        knee" against "knee and hip". Sites come from vocabulary/body_sites.yaml in English,
        French, German, Italian and Spanish and are compared by id within one family (limbs,
        vessels, joints, spine), so "membres supérieurs et inférieurs" equals "upper and lower
        limbs". A family word without a site ("a limb", "extremities", "limb occlusion pressure")
        neither states nor omits a site, a document naming no site of a family is not compared
        in it, and sites named only in warnings, contraindications, study descriptions or anatomy
        explanations are not read.

    Why a panel cares:
        The intended purpose fixes what the clinical evaluation must cover (MDR Art. 2(12),
        Art. 61). A CEAR that assessed a tourniquet "for the lower limb" while the CER and IFU
        market it for both limbs shows the notified body assessed a narrower use than the one
        placed on the market; an IFU narrower than the CER leaves evaluated sites unlabelled.

    Example:
        CEAR: "temporary occlusion of arterial blood flow to the lower limb"
        CER: "temporary occlusion of arterial blood flow to the upper and lower limbs"

    Use instead:
        State the same anatomical sites in the intended purpose of every document, and show
        clinical data for each.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDCG 2020-13 section B.
    """

    code = "IU006"
    name = "anatomical-sites-narrower"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "A document's intended purpose names fewer anatomical sites than another's"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2020-13 section B")
    recommendation = ("Name the same anatomical sites in the intended purpose of the CEP, CER, IFU, SSCP "
                      "and CEAR, and show clinical data for each site.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        sites = {d.path: _sites(facts, d) for d in representatives(facts)}
        documents = {d.path: d for d in representatives(facts)}
        for narrow_path, narrow in sites.items():
            for site_family, own in narrow.items():
                broader = [(path, other[site_family]) for path, other in sites.items()
                           if path != narrow_path and set(own) < set(other.get(site_family, ()))]
                if not broader:
                    continue
                yield self._finding(documents[narrow_path], own,
                                    [(documents[path], theirs) for path, theirs in broader])

    def _finding(self, narrow: Document, own: dict[str, list[Fact]],
                 broader: list[tuple[Document, dict[str, list[Fact]]]]) -> Finding:
        missing = list(dict.fromkeys(s for _, theirs in broader for s in theirs if s not in own))
        named = join_names([body_sites.label(s) for s in own])
        names = join_names([describe_document(d) for d, _ in broader])
        verb = "names" if len(broader) == 1 else "name"
        message = (f"{describe_document(narrow)[0].upper()}{describe_document(narrow)[1:]} names only "
                   f"{named} in its intended purpose, where {names} also {verb} "
                   f"{join_names([body_sites.label(s) for s in missing])}: it states a narrower use "
                   f"than the other {'document' if len(broader) == 1 else 'documents'}.")
        locations = [facts_[0] for facts_ in own.values()]
        for _, theirs in broader:
            locations += [theirs[s][0] for s in missing if s in theirs]
        return self.finding(message, locations)


def _sites(facts: FactBase, document: Document) -> dict[str, dict[str, list[Fact]]]:
    """Per family, the specific sites the document names. A family word ("a limb", "limb
    occlusion pressure") chooses no site: a document that names only it is not compared."""
    by_family: dict[str, dict[str, list[Fact]]] = {}
    for fact in facts.of(FactKind.ANATOMICAL_SITE, document=document.path):
        site_family = body_sites.family(fact.value.id)
        if site_family is None or body_sites.is_generic(fact.value.id):
            continue
        by_family.setdefault(site_family, {}).setdefault(fact.value.id, []).append(fact)
    return by_family

"""IU007: documents state different ranges of vertebral levels for the intended purpose."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract import vertebral_levels
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, describe_document, join_names
from panelproof.rules.model import Category, Finding, Rule, Severity


class VertebralLevelsDiffer(Rule):
    """Documents name different ranges of vertebral levels in the intended purpose or indications.

    What it finds:
        Manufacturer documents or the CEAR whose intended purpose or indications name ranges of
        vertebral levels that cover different levels: "anterior stabilisation of the cervical
        spine from C2 to T1" in the IFU against "from C3 to C7" in the CER, "L1–S1" against
        "L2–L5", "T10 to S1" against "T10 to L5". Ranges are read in English, French, German,
        Italian and Spanish ("C2-T1", "C2 to T1", "from C3 to C7", "C3/C4 to C6/C7", "between C3
        and C7", "zwischen C3 und C7", "de C3 à C7", "da D10 a S1") and compared by the levels
        they cover, so one range written differently ("C3–C7", "C3 to C7", "C3/C4 to C6/C7") is
        no finding. A document naming only the region ("the cervical spine") or no range is not
        compared, and ranges named in study descriptions, literature, warnings,
        contraindications or negations ("not for use from C1 to C2") are not read. Language
        versions are compared too: levels are the same in every language.

    Why a panel cares:
        The levels fix the anatomy the clinical evaluation must cover (MDR Art. 2(12), Art. 61):
        the cervicothoracic junction and C2 carry other loads, approaches and risks than C3-C7.
        A CER that evaluates C3-C7 for an IFU that markets C2-T1 leaves levels without clinical
        evidence; a CEAR that names other levels than the IFU assessed another device use.

    Example:
        IFU: "intended for anterior stabilisation of the cervical spine from C2 to T1"
        CER: "intended for anterior stabilisation from C3 to C7; use at C2 and at the
        cervicothoracic junction is not covered"

    Use instead:
        State the same vertebral levels in the intended purpose of every document, and show
        clinical data for each level the IFU names.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDCG 2020-13 section B.
    """

    code = "IU007"
    name = "vertebral-levels-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Documents name different vertebral levels for the intended purpose"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2020-13 section B")
    recommendation = ("Name the same vertebral levels in the intended purpose of the CEP, CER, IFU, SSCP "
                      "and CEAR, and show clinical data for every level the IFU names.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        groups: dict[frozenset[str], list[tuple[Document, dict[str, Fact]]]] = {}
        for role in INTENDED_USE_ROLES:
            for document in sorted(facts.documents_with_role(role), key=lambda d: d.path):
                ranges: dict[str, Fact] = {}
                for fact in facts.of(FactKind.VERTEBRAL_LEVELS, document=document.path):
                    ranges.setdefault(fact.value.id, fact)
                if ranges:
                    groups.setdefault(vertebral_levels.covered(ranges), []).append((document, ranges))
        if len(groups) < 2:
            return
        parts, locations = [], []
        for members in groups.values():
            ranges = list(dict.fromkeys(r for _, own in members for r in own))
            with_language = len({d.language for d, _ in members}) > 1 or len(members) > 1
            names = join_names([describe_document(d, with_language=with_language) for d, _ in members])
            parts.append(f"{names} {'names' if len(members) == 1 else 'name'} "
                         f"{join_names([r.replace('-', '–') for r in ranges])}")
            for _, own in members:
                locations += own.values()
        yield self.finding(
            "The documents name different vertebral levels in the intended purpose: "
            + "; ".join(parts) + ". The intended purpose must name the same levels in every document.",
            locations)

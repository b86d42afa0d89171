"""Unit tests of PM001-PM004, TP001-TP002, DC001-DC004 on facts and documents built by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.model import (Concept, DocumentReference, Fact, FactBase, FactKind,
                                      Label, PmcfItem, Setting, TemplateText)
from panelproof.ingest.model import Block, BlockKind, Document, Image, Location, Role, assign_offsets
from panelproof.pipeline import run_check
from panelproof.rules.documentation.DC001_illegible_figures import IllegibleFigures
from panelproof.rules.documentation.DC002_dangling_figure_reference import DanglingFigureReference
from panelproof.rules.documentation.DC003_numbering import Numbering
from panelproof.rules.documentation.DC004_document_revision_mismatch import DocumentRevisionMismatch
from panelproof.rules.model import Severity
from panelproof.rules.pmcf.PM001_pmcf_contradicts_intended_use import PmcfContradictsIntendedUse
from panelproof.rules.pmcf.PM002_generic_objectives import GenericPmcfObjectives
from panelproof.rules.pmcf.PM003_missing_plan_elements import MissingPmcfElements
from panelproof.rules.pmcf.PM004_weak_pmcf_method import WeakPmcfMethod
from panelproof.rules.template.TP001_unfilled_placeholders import UnfilledPlaceholders
from panelproof.rules.template.TP002_template_guidance import TemplateGuidanceLeftIn

OPENREGULATORY = Path(__file__).resolve().parents[2].parent / "shared" / "external" / "openregulatory"


def _doc(path: str, role: Role, *texts: str, images: list[Image] | None = None) -> Document:
    blocks = [Block(BlockKind.HEADING, texts[0], level=1)] + [Block(BlockKind.PARAGRAPH, t) for t in texts[1:]]
    assign_offsets(blocks)
    return Document(path=path, format="md", role=role, blocks=blocks, images=images or [])


def _fact(kind: FactKind, value, document: str, role: Role, quote: str) -> Fact:
    return Fact(kind, value, Location(document, None, None, quote), role=role)


def _base(*facts: Fact, documents: list[Document] | None = None) -> FactBase:
    docs = documents or [_doc("PMCF_plan.md", Role.PMCF_PLAN, "PMCF plan"), _doc("IFU.md", Role.IFU, "IFU")]
    return FactBase(documents=docs, facts=list(facts))


def _item(aspect: str, text: str, *concepts: str, generic: bool = False) -> Fact:
    return _fact(FactKind.PMCF, PmcfItem(aspect, text, concepts, generic), "PMCF_plan.md", Role.PMCF_PLAN, text)


HOSPITAL_ONLY = _fact(FactKind.CARE_SETTING, Setting("hospital", "hospital", exclusive=True), "IFU.md",
                      Role.IFU, "for hospital use only")


class TestPM001:
    def test_sleep_lab_against_hospital_only(self) -> None:
        found = list(PmcfContradictsIntendedUse().check(_base(
            _item("population", "patients in sleep laboratories", "sleep_lab"), HOSPITAL_ONLY)))
        assert len(found) == 1 and {l.document for l in found[0].locations} == {"PMCF_plan.md", "IFU.md"}

    def test_icu_is_compatible_with_hospital_only(self) -> None:
        assert not list(PmcfContradictsIntendedUse().check(_base(
            _item("population", "ICU patients", "icu"), HOSPITAL_ONLY)))

    def test_home_in_an_exclusion_is_no_contradiction(self) -> None:
        assert not list(PmcfContradictsIntendedUse().check(_base(
            _item("exclusion", "patients ventilated at home", "home"), HOSPITAL_ONLY)))

    def test_home_without_restriction_is_silent(self) -> None:
        home = _fact(FactKind.CARE_SETTING, Setting("home", "home"), "IFU.md", Role.IFU, "home use")
        assert not list(PmcfContradictsIntendedUse().check(_base(_item("population", "at home", "home"), home)))

    def test_excluded_children_when_paediatric_intended(self) -> None:
        paediatric = _fact(FactKind.POPULATION_GROUP, Concept("paediatric", "paediatric patients"),
                           "IFU.md", Role.IFU, "paediatric patients")
        found = list(PmcfContradictsIntendedUse().check(_base(
            _item("exclusion", "children", "children"), paediatric)))
        assert found and found[0].severity is Severity.MAJOR

    def test_excluded_neonates_when_only_adults_intended(self) -> None:
        adults = _fact(FactKind.POPULATION_GROUP, Concept("adults", "adults"), "IFU.md", Role.IFU, "adults")
        assert not list(PmcfContradictsIntendedUse().check(_base(_item("exclusion", "neonates", "neonates"), adults)))

    def test_excluded_interface(self) -> None:
        ett = _fact(FactKind.INTERFACE, Concept("endotracheal_tube", "endotracheal tube"), "IFU.md", Role.IFU, "endotracheal tube")
        assert list(PmcfContradictsIntendedUse().check(_base(_item("exclusion", "intubated", "endotracheal_tube"), ett)))


RISK = _fact(FactKind.RESIDUAL_RISK, Concept("text:pneumothorax", "pneumothorax"), "IFU.md", Role.IFU, "pneumothorax")


class TestPM002:
    def test_generic_objective(self) -> None:
        found = list(GenericPmcfObjectives().check(_base(
            _item("objective", "confirm the safety and performance", generic=True), RISK)))
        assert found and "pneumothorax" in found[0].message

    def test_objective_linked_to_risk(self) -> None:
        assert not list(GenericPmcfObjectives().check(_base(
            _item("objective", "incidence of pneumothoraces"), RISK)))

    def test_generic_objective_with_risk_endpoint(self) -> None:
        assert not list(GenericPmcfObjectives().check(_base(
            _item("objective", "confirm safety", generic=True), _item("endpoint", "pneumothorax at 30 days"), RISK)))

    def test_no_objective_at_all(self) -> None:
        found = list(GenericPmcfObjectives().check(_base(_item("design", "registry", "pmcf:active"))))
        assert found and found[0].locations[0].quote == "PMCF plan"


class TestPM003:
    def test_all_missing(self) -> None:
        found = list(MissingPmcfElements().check(_base(_item("objective", "x"))))
        assert "sample size" in found[0].message and "endpoints" in found[0].message and "timeline" in found[0].message

    def test_sample_without_rationale(self) -> None:
        found = list(MissingPmcfElements().check(_base(
            _item("sample_size", "120 patients", "pmcf:sample", "pmcf:quantified"),
            _item("endpoint", "pneumothorax"), _item("timeline", "2026-2028", "pmcf:dated"))))
        assert found and "rationale" in found[0].message

    def test_complete(self) -> None:
        assert not list(MissingPmcfElements().check(_base(
            _item("sample_size", "120 patients, 80 % power", "pmcf:sample", "pmcf:statistical"),
            _item("endpoint", "pneumothorax"), _item("timeline", "2026-2028", "pmcf:dated"))))


class TestPM004:
    def test_survey_only(self) -> None:
        assert list(WeakPmcfMethod().check(_base(_item("method", "survey", "pmcf:survey"))))

    def test_survey_with_registry(self) -> None:
        assert not list(WeakPmcfMethod().check(_base(
            _item("method", "survey", "pmcf:survey"), _item("design", "registry", "pmcf:active"))))

    def test_deferred(self) -> None:
        assert list(WeakPmcfMethod().check(_base(_item("timeline", "TBD", "pmcf:deferred", generic=True))))

    def test_retrospective_with_statistics(self) -> None:
        assert not list(WeakPmcfMethod().check(_base(
            _item("design", "retrospective", "pmcf:retrospective", "pmcf:active"),
            _item("sample_size", "power 80 %", "pmcf:statistical"))))


def _leftover(marker: str, role: Role, path: str, quote: str) -> Fact:
    return _fact(FactKind.PLACEHOLDER, TemplateText(quote, marker), path, role, quote)


class TestTemplate:
    def test_placeholders_grouped_per_document_with_role_severity(self) -> None:
        base = _base(_leftover("placeholder", Role.CER, "CER.md", "TBD"),
                     _leftover("placeholder", Role.CER, "CER.md", "<device name>"),
                     _leftover("placeholder", Role.IFU, "IFU.md", "[Company]"))
        found = {f.locations[0].document: f for f in UnfilledPlaceholders().check(base)}
        assert len(found["CER.md"].locations) == 2 and found["CER.md"].severity is Severity.MAJOR
        assert found["IFU.md"].severity is Severity.MINOR

    def test_guidance_minor_alternatives_major(self) -> None:
        guidance = list(TemplateGuidanceLeftIn().check(_base(_leftover("guidance", Role.CER, "CER.md", "Describe x"))))
        both = list(TemplateGuidanceLeftIn().check(_base(_leftover("alternatives", Role.CER, "CER.md", "Yes/No"))))
        assert guidance[0].severity is Severity.MINOR and both[0].severity is Severity.MAJOR


class TestDC001:
    def _image(self, px: int, inches: float) -> Image:
        return Image(page=None, pixel_width=px, pixel_height=px, display_width_pt=inches * 72,
                     display_height_pt=inches * 72, section="Results", caption="Figure 1: Results")

    @pytest.mark.parametrize(("px", "inches", "severity"), [
        (1000, 6, None), (1800, 6, None), (600, 6, Severity.MINOR), (300, 6, Severity.MAJOR)])
    def test_thresholds(self, px: int, inches: float, severity: Severity | None) -> None:
        doc = _doc("CER.md", Role.CER, "CER", "Results", "Figure 1: Results", images=[self._image(px, inches)])
        found = list(IllegibleFigures().check(FactBase(documents=[doc])))
        if px / inches >= 150:
            assert not found
        else:
            assert found[0].severity is severity and found[0].locations[0].quote == "Figure 1: Results"

    def test_unknown_display_size_is_ignored(self) -> None:
        image = Image(page=None, pixel_width=10, pixel_height=10)
        doc = _doc("CER.md", Role.CER, "CER", images=[image])
        assert not list(IllegibleFigures().check(FactBase(documents=[doc])))

    def test_docx_with_small_png_placed_large(self, tmp_path: Path) -> None:
        import io

        from docx import Document as Docx
        from docx.shared import Inches
        from PIL import Image as PILImage
        buffer = io.BytesIO()
        PILImage.new("RGB", (60, 40), "white").save(buffer, "PNG")
        buffer.seek(0)
        docx = Docx()
        docx.add_heading("Clinical Evaluation Report", 0)
        docx.add_picture(buffer, width=Inches(5))
        docx.save(tmp_path / "CER.docx")
        result = run_check([tmp_path], select={"DC001"})
        assert [f.severity for f in result.findings if f.rule == "DC001"] == [Severity.MAJOR]


def _label(kind: FactKind, k: str, n: str, quote: str) -> Fact:
    return _fact(kind, Label(k, n), "CER.md", Role.CER, quote)


class TestDC002DC003:
    def test_dangling(self) -> None:
        base = _base(_label(FactKind.FIGURE, "figure", "1", "Figure 1: x"),
                     _label(FactKind.FIGURE_REFERENCE, "figure", "2", "Figure 2"),
                     _label(FactKind.FIGURE_REFERENCE, "figure", "1", "Figure 1"))
        found = list(DanglingFigureReference().check(base))
        assert [l.quote for l in found[0].locations] == ["Figure 2"]

    def test_numbering(self) -> None:
        headings = [_fact(FactKind.HEADING_NUMBER, n, "CER.md", Role.CER, n) for n in ("1", "2", "2.1", "2.2", "3", "3.1")]
        assert not list(Numbering().check(_base(*headings)))
        headings = [_fact(FactKind.HEADING_NUMBER, n, "CER.md", Role.CER, n) for n in ("1", "2", "2.2", "2")]
        found = list(Numbering().check(_base(*headings)))
        assert "2.2 follows heading 2" in found[0].message and "appears twice" in found[0].message


class TestDC004:
    def _docs(self) -> list[Document]:
        return [_doc("CER.md", Role.CER, "CER"), _doc("CEAR.md", Role.CEAR, "CEAR")]

    def test_revision_mismatch(self) -> None:
        base = FactBase(documents=self._docs(), facts=[
            _fact(FactKind.DOCUMENT_REFERENCE, DocumentReference("CER", "B", Role.CER), "CEAR.md", Role.CEAR, "CER rev. B"),
            _fact(FactKind.DOCUMENT_REFERENCE, DocumentReference("", "D", Role.CER, True), "CER.md", Role.CER, "Revision: D")])
        found = list(DocumentRevisionMismatch().check(base))
        assert found and {l.document for l in found[0].locations} == {"CER.md", "CEAR.md"}

    def test_same_revision_written_differently(self) -> None:
        base = FactBase(documents=self._docs(), facts=[
            _fact(FactKind.DOCUMENT_REFERENCE, DocumentReference("CER", "2", Role.CER), "CEAR.md", Role.CEAR, "CER v2"),
            _fact(FactKind.DOCUMENT_REFERENCE, DocumentReference("", "2.0", Role.CER, True), "CER.md", Role.CER, "Version 2.0")])
        assert not list(DocumentRevisionMismatch().check(base))

    def test_document_not_provided(self) -> None:
        base = FactBase(documents=self._docs(), facts=[
            _fact(FactKind.DOCUMENT_REFERENCE, DocumentReference("RMF-001", "3", Role.RMF), "CEAR.md", Role.CEAR, "RMF-001 rev 3")])
        assert not list(DocumentRevisionMismatch().check(base))


@pytest.mark.skipif(not OPENREGULATORY.is_dir(), reason="OpenRegulatory templates not present")
def test_every_openregulatory_template_is_flagged() -> None:
    templates = sorted(p for p in OPENREGULATORY.glob("*.md") if p.name not in {"README.md", "LICENSE.md"})
    assert templates
    result = run_check(templates, select={"TP001", "TP002"})
    flagged: dict[str, set[str]] = {}
    for finding in result.findings:
        for location in finding.locations:
            flagged.setdefault(location.document, set()).add(finding.rule)
    texts = {d.path: " ".join(d.text.split()) for d in result.dossier.documents}
    for finding in result.findings:
        for location in finding.locations:
            assert " ".join(location.quote.split()) in texts[location.document]
    for template in templates:
        assert flagged.get(template.name), f"{template.name} not reported as template text"

"""Readiness review, CEAR challenge list, matrix image and DOCX export on a hand-built result."""

from __future__ import annotations

import io

import pytest
from docx import Document as WordDocument
from PIL import Image

from panelproof.extract.model import (Claim, Concept, EvidenceEntry, Fact, FactBase, FactKind,
                                      PmcfItem, PopulationBound, Setting)
from panelproof.ingest.model import Document, Dossier, Location, Role
from panelproof.report.challenge import challenge_list
from panelproof.report.docx_export import render_docx
from panelproof.report.matrix_image import matrix_png
from panelproof.report.model import CheckResult
from panelproof.report.readiness import assess
from panelproof.rules.model import Category, Finding, Severity
from panelproof.scope import decide
from panelproof.scope.model import DeviceProfile

DOCS = [
    Document(path="CEAR.docx", format="docx", role=Role.CEAR, language="en"),
    Document(path="CER.pdf", format="pdf", role=Role.CER, language="en", pages=12),
    Document(path="PMCF_plan.pdf", format="pdf", role=Role.PMCF_PLAN, language="en", pages=4),
    Document(path="IFU_en.pdf", format="pdf", role=Role.IFU, language="en", pages=20),
]


def fact(kind: FactKind, value, document: str, quote: str, page: int | None = 1) -> Fact:
    role = next(d.role for d in DOCS if d.path == document)
    return Fact(kind=kind, value=value, role=role, language="en",
                location=Location(document=document, page=page, section="Intended purpose",
                                  quote=quote))


CEAR_WEIGHT = fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=5, low_inclusive=False),
                   "CEAR.docx", "patients weighing more than 5 kg", page=None)
CER_WEIGHT = fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=1),
                  "CER.pdf", "from 1 kg body weight")
CEAR_CLAIM = fact(FactKind.CLAIM, Claim("The ventilator reduces intracranial pressure."),
                  "CEAR.docx", "The ventilator reduces intracranial pressure.", page=None)
CER_CLAIM = fact(FactKind.CLAIM, Claim("Lung-protective ventilation improves oxygenation in ARDS",
                                       citations=("[4]",)),
                 "CER.pdf", "Lung-protective ventilation improves oxygenation in ARDS [4]")
EVIDENCE = fact(FactKind.EVIDENCE, EvidenceEntry("Smith 2020, ARDS oxygenation ventilation trial",
                                                 indication="ARDS oxygenation"),
                "CER.pdf", "Smith 2020 | ARDS | oxygenation")
CEAR_SETTING = fact(FactKind.CARE_SETTING, Setting("hospital", "hospitals", exclusive=True),
                    "CEAR.docx", "for use in hospitals only", page=None)
CER_SETTING = fact(FactKind.CARE_SETTING, Setting("hospital", "hospitals", exclusive=True),
                   "CER.pdf", "hospital use only")
RISK = fact(FactKind.RESIDUAL_RISK, Concept("barotrauma", "barotrauma"), "IFU_en.pdf",
            "barotrauma")
RISK_UNTRACED = fact(FactKind.RESIDUAL_RISK, Concept("text:skin lesions", "skin lesions"),
                     "IFU_en.pdf", "skin lesions")
PMCF_OBJECTIVE = fact(FactKind.PMCF, PmcfItem("objective", "Estimate the rate of barotrauma",
                                              concepts=("barotrauma",)),
                      "PMCF_plan.pdf", "Estimate the rate of barotrauma")
INTERFACE = fact(FactKind.INTERFACE, Concept("tracheostomy", "tracheostomy"), "CEAR.docx",
                 "via tracheostomy <script>alert(1)</script>", page=None)

POPULATION_FINDING = Finding(
    rule="PO001", category=Category.POPULATION, severity=Severity.MAJOR,
    title="Target population differs between documents",
    message="The CER admits patients from 1 kg body weight; the CEAR from more than 5 kg.",
    recommendation="State one weight threshold.", references=("MDR Annex XIV Part A 1(a)",),
    locations=[CER_WEIGHT.location, CEAR_WEIGHT.location])


def make_result(findings: list[Finding] | None = None, facts: list[Fact] | None = None,
                documents: list[Document] | None = None) -> CheckResult:
    documents = documents if documents is not None else DOCS
    base = FactBase(documents=documents, facts=list(facts if facts is not None else [
        CEAR_WEIGHT, CER_WEIGHT, CEAR_CLAIM, CER_CLAIM, EVIDENCE, CEAR_SETTING, CER_SETTING,
        RISK, RISK_UNTRACED, PMCF_OBJECTIVE, INTERFACE]))
    profile = DeviceProfile(name="AirVent 60", device_class="IIb", active=True,
                            administers_or_removes_medicinal_product=True)
    return CheckResult(dossier=Dossier(path="dossier", documents=documents), facts=base,
                       profile=profile, scope=decide(profile),
                       findings=list(findings if findings is not None else [POPULATION_FINDING]))


def test_major_finding_makes_the_dossier_not_ready() -> None:
    readiness = assess(make_result())
    assert readiness.verdict_level == "not-ready"
    assert "1 major" in readiness.explanation


def test_no_finding_and_all_roles_present_is_ready() -> None:
    docs = DOCS + [Document(path="CEP.docx", format="docx", role=Role.CEP)]
    assert assess(make_result(findings=[], documents=docs)).verdict_level == "ready"


def test_missing_core_documents_are_a_reservation() -> None:
    readiness = assess(make_result(findings=[]))  # no CEP in DOCS
    assert readiness.verdict_level == "reservations"
    assert "CEP" in readiness.explanation


def test_matrix_has_every_readable_document_with_cear_first() -> None:
    matrix = assess(make_result()).matrix
    assert [d.path for d in matrix.documents][0] == "CEAR.docx"
    assert {d.path for d in matrix.documents} == {d.path for d in DOCS}


def test_matrix_marks_the_contradicting_cells() -> None:
    matrix = assess(make_result()).matrix
    assert matrix.cell("weight", "CER.pdf").values == ["≥ 1 kg"]
    assert matrix.cell("weight", "CEAR.docx").values == ["> 5 kg"]
    assert matrix.cell("weight", "CER.pdf").conflict
    assert matrix.cell("weight", "CEAR.docx").conflict
    assert not matrix.cell("settings", "CER.pdf").conflict
    assert matrix.row_conflicts("weight") and not matrix.row_conflicts("settings")


def test_claims_trace_to_citations_and_evidence() -> None:
    links = {link.source.document: link for link in assess(make_result()).claim_trace}
    assert links["CER.pdf"].traced and EVIDENCE in links["CER.pdf"].targets
    assert not links["CEAR.docx"].traced


def test_residual_risks_trace_to_pmcf_objectives() -> None:
    links = {link.source.value.id: link for link in assess(make_result()).risk_trace}
    assert links["barotrauma"].targets == [PMCF_OBJECTIVE]
    assert not links["text:skin lesions"].traced


def test_scorecard_fails_the_practices_a_major_finding_touches() -> None:
    practices = {p.key: p for p in assess(make_result()).practices}
    assert practices["harmonise"].status == "not met"
    assert practices["thresholds"].status == "not met"
    assert practices["cear"].status == "not met"  # the finding quotes the CEAR
    assert practices["pmcf"].status == "met"


def test_challenge_list_has_contradicted_and_unsupported_cear_statements() -> None:
    items = challenge_list(make_result())
    by_status = {}
    for item in items:
        by_status.setdefault(item.status, []).append(item)
    contradicted = by_status["contradicted"]
    assert [i.statement.quote for i in contradicted] == ["patients weighing more than 5 kg"]
    assert contradicted[0].counter_evidence == [CER_WEIGHT.location]
    unsupported = {i.statement.quote for i in by_status["not supported"]}
    # The claim and the interface appear only in the CEAR; the hospital setting is supported.
    assert "The ventilator reduces intracranial pressure." in unsupported
    assert "for use in hospitals only" not in unsupported
    assert "patients weighing more than 5 kg" not in unsupported  # already contradicted


def test_challenge_list_is_empty_without_a_cear() -> None:
    docs = [d for d in DOCS if d.role is not Role.CEAR]
    assert challenge_list(make_result(documents=docs, findings=[])) == []


def test_matrix_png_is_an_image_with_a_column_per_document() -> None:
    png = matrix_png(assess(make_result()).matrix, cell_width=150, label_width=180)
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG"
    assert image.width == 180 + 150 * len(DOCS) + 1
    # A conflicting cell is painted red-ish: sample inside the CER weight cell.
    assert image.getpixel((180 + 150 + 140, image.height - 5)) != (255, 0, 0)


def test_docx_export_holds_verdict_matrix_and_quotes() -> None:
    data = render_docx(make_result())
    word = WordDocument(io.BytesIO(data))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Not ready for expert panel review" in text
    assert "“from 1 kg body weight”" in text
    assert "PO001" in text
    matrix = word.tables[1]
    assert len(matrix.columns) == 1 + len(DOCS)
    cells = [c.text for row in matrix.rows for c in row.cells]
    assert "> 5 kg" in cells and "≥ 1 kg" in cells
    # Markup in a quote is kept as literal text in Word.
    assert "“via tracheostomy <script>alert(1)</script>”" in text


@pytest.mark.parametrize("severity,level", [(Severity.CRITICAL, "not-ready"),
                                            (Severity.MINOR, "reservations")])
def test_verdict_follows_the_worst_severity(severity: Severity, level: str) -> None:
    finding = Finding(**{**POPULATION_FINDING.__dict__, "severity": severity})
    docs = DOCS + [Document(path="CEP.docx", format="docx", role=Role.CEP)]
    assert assess(make_result(findings=[finding], documents=docs)).verdict_level == level

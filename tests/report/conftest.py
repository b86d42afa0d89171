"""A hand-built `CheckResult` so report tests do not depend on ingest, extractors or rules."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document, Dossier, DossierConfig, Location, Role
from panelproof.report.model import CheckResult
from panelproof.rules.model import Category, Finding, Severity
from panelproof.scope import decide
from panelproof.scope.model import DeviceProfile

CER_QUOTE = "neonatal patients from 1 kg body weight"
CEAR_QUOTE = "patients weighing more than 5 kg"
HOSTILE_QUOTE = 'Use <script>alert("x")</script> & [bold]not markup[/] | *raw*'


def build_result(findings: list[Finding] | None = None, *, readable: bool = True) -> CheckResult:
    documents = [
        Document(path="CER_device.pdf", format="pdf", role=Role.CER, language="en", pages=12),
        Document(path="CEAR NB.docx", format="docx", role=Role.CEAR, language="en"),
        Document(path="IFU_fr.md", format="md", role=Role.IFU, language="fr"),
        Document(path="broken.pdf", format="pdf", status="error",
                 error="not a readable PDF: file ends before its cross-reference table"),
    ]
    if not readable:
        for doc in documents:
            doc.status, doc.error = "error", doc.error or "encrypted PDF without password"
    config = DossierConfig(device_name="AirVent 60", aliases=("AV-60",))
    where = Location("CER_device.pdf", 2, "2. Intended purpose", "AirVent 60 ventilator")
    facts = FactBase(documents=documents, config=config, facts=[
        Fact(FactKind.DEVICE_NAME, "AirVent 60", where, Role.CER, "en"),
        Fact(FactKind.DEVICE_NAME, "airvent  60", where, Role.CER, "en"),
        Fact(FactKind.MANUFACTURER, "Breathe GmbH", where, Role.CER, "en"),
    ])
    profile = DeviceProfile(name="AirVent 60", device_class="IIb", active=True,
                            administers_or_removes_medicinal_product=True)
    if findings is None:
        findings = default_findings()
    return CheckResult(dossier=Dossier(path="examples/ventilator", documents=documents,
                                       config=config),
                       facts=facts, profile=profile, scope=decide(profile), findings=findings)


def default_findings() -> list[Finding]:
    return [
        Finding(rule="XD002", category=Category.POPULATION, severity=Severity.MAJOR,
                title="Target population differs between documents",
                message="The CER admits patients from 1 kg body weight; the CEAR from more "
                        "than 5 kg.",
                recommendation="State one weight threshold in every document.",
                references=("MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section C"),
                locations=[Location("CER_device.pdf", 2, "2. Intended purpose", CER_QUOTE),
                           Location("CEAR NB.docx", None, "B. Device description", CEAR_QUOTE)]),
        Finding(rule="TP001", category=Category.TEMPLATE, severity=Severity.MINOR,
                title="Unfilled template text",
                message="The IFU still holds template text.",
                recommendation="Fill in or remove the placeholder.",
                references=(),
                locations=[Location("IFU_fr.md", None, None, HOSTILE_QUOTE)]),
        Finding(rule="DC001", category=Category.DOCUMENTATION, severity=Severity.INFO,
                title="Figure reference",
                message="Figure 3 is referred to but not present.",
                recommendation="", references=(),
                locations=[Location("CER_device.pdf", 7, None, "see Figure 3")]),
    ]


@pytest.fixture
def result() -> CheckResult:
    return build_result()


@pytest.fixture
def sample() -> SimpleNamespace:
    """The builders and quotes, for tests that vary the result (conftest is not importable)."""
    return SimpleNamespace(build=build_result, findings=default_findings, cer_quote=CER_QUOTE,
                           cear_quote=CEAR_QUOTE, hostile_quote=HOSTILE_QUOTE)

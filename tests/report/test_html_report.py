"""The HTML readiness report, read as HTML (no browser): sections, matrix, links, escaping."""

from __future__ import annotations

import base64
import io
from html.parser import HTMLParser

from PIL import Image

from panelproof.extract.model import (Claim, Concept, Fact, FactBase, FactKind, PmcfItem,
                                      PopulationBound)
from panelproof.ingest.model import Document, Dossier, Location, Role
from panelproof.report import Format, render
from panelproof.report import html as html_report
from panelproof.report.matrix_image import matrix_png
from panelproof.report.model import CheckResult
from panelproof.report.readiness import assess
from panelproof.rules.model import Category, Finding, Severity
from panelproof.scope import PROCEDURE, decide
from panelproof.scope.model import DeviceProfile

DOCS = [
    Document(path="CER.pdf", format="pdf", role=Role.CER, language="en", pages=12),
    Document(path="CEAR.docx", format="docx", role=Role.CEAR, language="en"),
    Document(path="PMCF_plan.md", format="md", role=Role.PMCF_PLAN, language="en"),
    Document(path="IFU_de.md", format="md", role=Role.IFU, language="de"),
    Document(path="lost.pdf", format="pdf", status="error", error="encrypted PDF"),
]


def _fact(kind, value, document, quote, page=None) -> Fact:
    role = next(d.role for d in DOCS if d.path == document)
    return Fact(kind, value, Location(document, page, "Intended purpose", quote), role, "en")


CER_WEIGHT = _fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=1), "CER.pdf",
                   "from 1 kg body weight", page=2)
CEAR_WEIGHT = _fact(FactKind.POPULATION_BOUND,
                    PopulationBound("weight", low=5, low_inclusive=False), "CEAR.docx",
                    "weighing more than 5 kg")
CLAIM = _fact(FactKind.CLAIM, Claim("reduces intracranial pressure"), "CEAR.docx",
              "reduces <em>intracranial</em> pressure")
RISK = _fact(FactKind.RESIDUAL_RISK, Concept("barotrauma", "barotrauma"), "IFU_de.md", "Barotrauma")
UNTRACED_RISK = _fact(FactKind.RESIDUAL_RISK, Concept("text:skin lesions", "skin lesions"),
                      "IFU_de.md", "Hautläsionen")
OBJECTIVE = _fact(FactKind.PMCF, PmcfItem("objective", "rate of barotrauma",
                                          concepts=("barotrauma",)),
                  "PMCF_plan.md", "Estimate the rate of barotrauma")

WEIGHT = Finding(rule="PO001", category=Category.POPULATION, severity=Severity.MAJOR,
                 title="Weight bounds differ", message="The CER admits 1 kg; the CEAR 5 kg.",
                 recommendation="State one bound.", references=("MDR Annex XIV",),
                 locations=[CER_WEIGHT.location, CEAR_WEIGHT.location])
CLAIM_FINDING = Finding(rule="CL002", category=Category.CLAIM, severity=Severity.CRITICAL,
                        title="Physiologically implausible claim",
                        message="Ventilation usually raises intracranial pressure.",
                        recommendation="Remove the claim.", references=("MDR Annex XIV",),
                        locations=[CLAIM.location])


def build(findings=None) -> CheckResult:
    facts = FactBase(documents=DOCS, facts=[CER_WEIGHT, CEAR_WEIGHT, CLAIM, RISK, UNTRACED_RISK,
                                            OBJECTIVE])
    profile = DeviceProfile(name="AirVent 60", device_class="IIb", active=True,
                            administers_or_removes_medicinal_product=True)
    return CheckResult(dossier=Dossier(path="dossier", documents=DOCS), facts=facts,
                       profile=profile, scope=decide(profile),
                       findings=[WEIGHT, CLAIM_FINDING] if findings is None else findings)


class Page(HTMLParser):
    """Ids, fragment links and text of a page, with the section each td/th/link stands in."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "a" and attrs.get("href", "").startswith("#"):
            self.links.append(attrs["href"][1:])

    def handle_data(self, data):
        self.text.append(data)


def test_sections_come_in_reading_order() -> None:
    html = render(build(), Format.HTML)
    order = ['id="verdict"', 'id="scope"', 'id="documents"', 'id="matrix"',
             'id="traceability"', 'id="scorecard"', 'id="challenge"', 'id="findings"']
    positions = [html.index(marker) for marker in order]
    assert positions == sorted(positions)
    assert "Not ready for expert panel review" in html[:html.index('id="scope"')]


def test_every_fragment_link_lands_on_an_element_and_ids_are_unique() -> None:
    page = Page(render(build(), Format.HTML))
    assert len(page.ids) == len(set(page.ids))
    missing = [link for link in page.links if link not in page.ids]
    assert missing == []
    for finding in (WEIGHT, CLAIM_FINDING):
        assert f"finding-{finding.id}" in page.ids
        assert page.links.count(f"finding-{finding.id}") >= 2  # index, scorecard, matrix ...


def test_matrix_has_a_column_per_readable_document_and_links_conflicts() -> None:
    html = render(build(), Format.HTML)
    matrix = html[html.index('id="matrix"'):html.index('id="traceability"')]
    for doc in DOCS[:4]:
        assert f'data-document="{doc.path}"' in matrix
    assert "lost.pdf" not in matrix
    weight_row = matrix[matrix.index('id="matrix-weight"'):]
    weight_row = weight_row[:weight_row.index("</tr>")]
    assert weight_row.count('class="conflict"') == 2
    assert weight_row.count(f'href="#finding-{WEIGHT.id}"') == 2
    assert "≥ 1 kg" in weight_row and "&gt; 5 kg" in weight_row


def test_scope_decision_and_collapsed_procedure() -> None:
    html = render(build(), Format.HTML)
    scope = html[html.index('id="scope"'):html.index('id="documents"')]
    assert "MDR Art. 54(1)(b)" in scope and "Exemption" in scope
    assert '<details id="procedure">' in scope and "open" not in scope.split("<details")[1][:30]
    assert " ".join(PROCEDURE.split())[:80] in " ".join(scope.split())


def test_traceability_marks_untraced_claims_and_risks() -> None:
    html = render(build(), Format.HTML)
    trace = html[html.index('id="traceability"'):html.index('id="scorecard"')]
    risks = trace[trace.index('id="risks-trace"'):]
    barotrauma = risks[risks.index("barotrauma"):risks.index("skin lesions")]
    assert "Estimate the rate of barotrauma" in barotrauma and "traced" in barotrauma
    assert "untraced" in risks[risks.index("skin lesions"):]
    claims = trace[:trace.index('id="risks-trace"')]
    assert "reduces &lt;em&gt;intracranial&lt;/em&gt; pressure" in claims
    assert "untraced" in claims


def test_scorecard_lists_six_practices_with_their_findings() -> None:
    html = render(build(), Format.HTML)
    card = html[html.index('id="scorecard"'):html.index('id="challenge"')]
    assert card.count('id="practice-') == 6
    claims_row = card[card.index('id="practice-claims"'):]
    claims_row = claims_row[:claims_row.index("</tr>")]
    assert "not met" in claims_row and f'href="#finding-{CLAIM_FINDING.id}"' in claims_row
    pmcf_row = card[card.index('id="practice-pmcf"'):]
    assert ">met<" in pmcf_row[:pmcf_row.index("</tr>")]


def test_challenge_list_and_findings_grouped_by_concern() -> None:
    html = render(build(), Format.HTML)
    challenge = html[html.index('id="challenge"'):html.index('id="findings"')]
    assert "contradicted" in challenge and "weighing more than 5 kg" in challenge
    assert "not supported" in challenge  # the claim only the CEAR makes
    findings = html[html.index('id="findings"'):]
    population = findings[findings.index('id="concern-population"'):
                          findings.index('id="concern-intended-use"')]
    assert f'id="finding-{WEIGHT.id}"' in population
    assert "p. 2, § Intended purpose" in population and "State one bound." in population
    assert "MDR Annex XIV" in population


def test_no_script_and_document_markup_is_escaped() -> None:
    page = Page(render(build(), Format.HTML))
    assert "script" not in page.tags and "em" not in page.tags
    assert "reduces <em>intracranial</em> pressure" in "".join(page.text)


def test_matrix_image_is_embedded_as_a_data_uri_when_given() -> None:
    result = build()
    png = matrix_png(assess(result).matrix)
    html = html_report.render(result, matrix_image=png)
    prefix = 'src="data:image/png;base64,'
    start = html.index(prefix) + len(prefix)
    data = base64.b64decode(html[start:html.index('"', start)])
    assert Image.open(io.BytesIO(data)).format == "PNG"
    assert "data:image" not in render(result, Format.HTML)  # not by default


def test_empty_and_unreadable_dossiers_render() -> None:
    html = render(build(findings=[]), Format.HTML)
    assert "No findings." in html and "finding-" not in html
    unreadable = build(findings=[])
    unreadable.dossier = Dossier(path="dossier", documents=[DOCS[-1]])
    html = render(unreadable, Format.HTML)
    assert "not one document" in html and "No readable document" in html

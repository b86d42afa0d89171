"""The HTML report in a real browser (headless Debian Chromium driven by Playwright).

What a static check of the HTML cannot prove: the page renders, the matrix shows a column per
readable document, links from the matrix and the scorecard land on the finding, and document text
holding markup or script is shown as text and never runs.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from panelproof.extract.model import Claim, Concept, Fact, FactBase, FactKind, PopulationBound
from panelproof.ingest.model import Document, Dossier, Location, Role
from panelproof.report import Format, render
from panelproof.report.model import CheckResult
from panelproof.rules.model import Category, Finding, Severity
from panelproof.scope import decide
from panelproof.scope.model import DeviceProfile

CHROMIUM = "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright (Python) is not installed")

LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

SCRIPT_TEXT = "<script>window.__pwned = 1</script>"
IMG_TEXT = '<img src=x onerror="window.__pwned=2">'
HOSTILE_QUOTE = f"Indicated for ventilation {SCRIPT_TEXT} {IMG_TEXT} of adults"

DOCS = [
    Document(path="CEAR <b>NB</b>.docx", format="docx", role=Role.CEAR, language="en"),
    Document(path="CER.pdf", format="pdf", role=Role.CER, language="en", pages=12),
    Document(path="PMCF_plan.pdf", format="pdf", role=Role.PMCF_PLAN, language="en", pages=4),
    Document(path="IFU_en.pdf", format="pdf", role=Role.IFU, language="en", pages=20),
    Document(path="IFU_fr.docx", format="docx", role=Role.IFU, language="fr"),
    Document(path="broken.pdf", format="pdf", status="error", error="not a readable PDF"),
]
READABLE = [d for d in DOCS if d.ok]
CEAR = DOCS[0].path


def _fact(kind: FactKind, value, document: str, quote: str, page: int | None = 1) -> Fact:
    role = next(d.role for d in DOCS if d.path == document)
    return Fact(kind=kind, value=value, role=role, language="en",
                location=Location(document, page, "Intended purpose", quote))


CEAR_WEIGHT = _fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=5, low_inclusive=False),
                    CEAR, "patients weighing more than 5 kg", page=None)
CER_WEIGHT = _fact(FactKind.POPULATION_BOUND, PopulationBound("weight", low=1), "CER.pdf",
                   "from 1 kg body weight", page=2)
CEAR_CLAIM = _fact(FactKind.CLAIM, Claim("indicated for ventilation of adults"), CEAR,
                   HOSTILE_QUOTE, page=None)
INTERFACE = _fact(FactKind.INTERFACE, Concept("mask", "face mask"), "IFU_en.pdf", "face mask")

POPULATION = Finding(
    rule="PO001", category=Category.POPULATION, severity=Severity.MAJOR,
    title="Target population differs between documents",
    message="The CER admits patients from 1 kg body weight; the CEAR from more than 5 kg.",
    recommendation="State one weight threshold.", references=("MDR Annex XIV Part A 1(a)",),
    locations=[CER_WEIGHT.location, CEAR_WEIGHT.location])
HOSTILE = Finding(
    rule="CL001", category=Category.CLAIM, severity=Severity.MINOR,
    title="Claim without evidence", message="The CEAR states a claim no document supports.",
    recommendation="Cite the clinical data.", references=("MDR Annex XIV Part A",),
    locations=[CEAR_CLAIM.location])
# Enough findings to make the page scroll, so that "the link scrolled to it" means something.
FILLER = [Finding(rule=f"DC{n:03d}", category=Category.DOCUMENTATION, severity=Severity.INFO,
                  title=f"Documentation note {n}", message=f"Figure {n} is not legible.",
                  recommendation="Replace the figure.", references=(),
                  locations=[Location("IFU_fr.docx", None, f"Section {n}", f"Figure {n}")])
          for n in range(1, 16)]


def build_result() -> CheckResult:
    facts = FactBase(documents=DOCS, facts=[CEAR_WEIGHT, CER_WEIGHT, CEAR_CLAIM, INTERFACE])
    profile = DeviceProfile(name="AirVent 60", device_class="IIb", active=True,
                            administers_or_removes_medicinal_product=True)
    return CheckResult(dossier=Dossier(path="dossier", documents=DOCS), facts=facts,
                       profile=profile, scope=decide(profile),
                       findings=[POPULATION, HOSTILE, *FILLER])


@pytest.fixture(scope="module")
def report_url(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render(build_result(), Format.HTML), encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=LAUNCH_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, report_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report_url)
    page.requests = requests
    yield page
    context.close()


def _target_in_viewport(page, finding_id: str) -> None:
    expect = sync_api.expect
    expect(page).to_have_url(f"{page.url.split('#')[0]}#finding-{finding_id}")
    target = page.locator(":target")
    expect(target).to_have_id(f"finding-{finding_id}")
    expect(target).to_be_in_viewport()


def test_report_renders_with_verdict_and_loads_nothing_else(page, report_url) -> None:
    verdict = page.locator("#verdict")
    sync_api.expect(verdict).to_be_visible()
    sync_api.expect(verdict).to_contain_text("Not ready for expert panel review")
    assert page.title().startswith("panelproof readiness review")
    # Self-contained: the only request is the report file itself.
    assert page.requests == [report_url]


def test_matrix_has_a_column_for_every_readable_document(page) -> None:
    headers = page.locator("table.matrix thead th.document")
    texts = headers.all_inner_texts()
    assert len(texts) == len(READABLE)
    for doc in READABLE:
        assert any(doc.path in text for text in texts), doc.path
    assert not any("broken.pdf" in text for text in texts)  # unreadable: no column
    # The CEAR column comes first, its markup-like file name shown as text.
    assert "CEAR <b>NB</b>.docx" in texts[0]


def test_conflicting_matrix_cell_links_to_its_finding(page) -> None:
    conflict = page.locator("#matrix-weight td.conflict")
    assert conflict.count() == 2  # the CER and the CEAR cells
    sync_api.expect(page.locator(f"#finding-{POPULATION.id}")).not_to_be_in_viewport()
    conflict.first.locator("a.finding-link").click()
    _target_in_viewport(page, POPULATION.id)


def test_scorecard_link_navigates_to_the_finding(page) -> None:
    link = page.locator(f'#practice-claims a[href="#finding-{HOSTILE.id}"]')
    link.scroll_into_view_if_needed()
    link.click()
    _target_in_viewport(page, HOSTILE.id)


def test_document_text_with_script_is_shown_and_never_runs(page) -> None:
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("script").count() == 0
    assert page.locator("[onerror]").count() == 0
    finding = page.locator(f"#finding-{HOSTILE.id} blockquote")
    sync_api.expect(finding).to_have_text(HOSTILE_QUOTE)
    sync_api.expect(page.get_by_text(SCRIPT_TEXT).first).to_be_visible()
    # The CEAR challenge list shows the unsupported claim with the same literal text.
    sync_api.expect(page.locator("#challenge")).to_contain_text(IMG_TEXT)


def test_procedure_is_collapsed_until_opened(page) -> None:
    procedure = page.locator("#procedure p")
    sync_api.expect(procedure).to_be_hidden()
    page.locator("#procedure summary").click()
    sync_api.expect(procedure).to_be_visible()
    sync_api.expect(procedure).to_contain_text("21 days")


def test_screenshot(page, tmp_path: Path) -> None:
    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000
    keep = Path(__import__("os").environ.get("PANELPROOF_SCREENSHOT_DIR", ""))
    if keep.name:  # for a human look: PANELPROOF_SCREENSHOT_DIR=/tmp/shots pytest tests/browser
        keep.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, keep / shot.name)

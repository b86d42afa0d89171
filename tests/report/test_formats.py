"""Every report format on a hand-built result: contract fields, escaping, stable ids."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from panelproof.report import Format, render
from panelproof.report import text as text_report
from panelproof.report.markdown import escape as md_escape

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"}
ROLES = {"CER", "CEP", "PMCF-plan", "PMCF-report", "IFU", "SSCP", "CEAR", "RMF", "label",
         "other", "unknown"}


def test_every_format_renders_through_the_dispatcher(result) -> None:
    for fmt in Format:
        out = render(result, fmt)
        assert out.strip(), fmt
        assert render(result, fmt.value) == out  # deterministic, and accepts the string value


def test_unknown_format_is_refused(result) -> None:
    with pytest.raises(ValueError):
        render(result, "pdf-please")


# --- JSON ---------------------------------------------------------------------------------------

def test_json_has_exactly_the_contract_shape(result, sample) -> None:
    data = json.loads(render(result, Format.JSON))
    assert set(data) == {"tool", "dossier", "scope", "findings", "summary"}
    assert data["tool"] == {"name": "panelproof", "version": result.version}
    assert data["dossier"]["path"] == "examples/ventilator"
    device = data["dossier"]["device"]
    assert device["names"] == ["AirVent 60", "AV-60"]  # case/space duplicates folded
    assert device["class"] == "IIb"
    for doc in data["dossier"]["documents"]:
        assert set(doc) >= {"path", "role", "language", "pages", "status", "error"}
        assert doc["role"] in ROLES and doc["status"] in {"ok", "error"}
    broken = data["dossier"]["documents"][-1]
    assert broken["status"] == "error" and "cross-reference" in broken["error"]
    assert {"cecp_required", "basis", "exemption", "explanation"} <= set(data["scope"])
    assert data["scope"]["cecp_required"] is True
    assert data["scope"]["basis"] == "MDR Art. 54(1)(b)"
    assert data["summary"] == {"critical": 0, "major": 1, "minor": 1, "info": 1}


def test_json_findings_carry_ids_and_verbatim_quotes(result, sample) -> None:
    data = json.loads(render(result, Format.JSON))
    first = data["findings"][0]
    assert set(first) == {"id", "rule", "category", "severity", "title", "message",
                          "recommendation", "references", "locations"}
    assert re.fullmatch(r"[0-9a-f]{16}", first["id"])
    assert first["category"] in CATEGORIES
    assert [loc["quote"] for loc in first["locations"]] == [sample.cer_quote, sample.cear_quote]
    assert first["locations"][0]["page"] == 2 and first["locations"][1]["page"] is None
    assert data["findings"][1]["locations"][0]["quote"] == sample.hostile_quote  # JSON keeps it raw


def test_json_ids_are_stable_across_runs_and_location_order(sample) -> None:
    once = json.loads(render(sample.build(), Format.JSON))
    findings = sample.findings()
    findings[0].locations.reverse()
    again = json.loads(render(sample.build(findings), Format.JSON))
    assert [f["id"] for f in once["findings"]] == [f["id"] for f in again["findings"]]


# --- SARIF --------------------------------------------------------------------------------------

def test_sarif_structure(result) -> None:
    sarif = json.loads(render(result, Format.SARIF))
    assert sarif["version"] == "2.1.0" and "$schema" in sarif
    (run,) = sarif["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "panelproof" and driver["version"] == result.version
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert len(rule_ids) == len(set(rule_ids))
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
    results = run["results"]
    assert len(results) == len(result.findings)
    for res, finding in zip(results, result.findings):
        assert res["ruleId"] == finding.rule
        assert driver["rules"][res["ruleIndex"]]["id"] == finding.rule
        assert res["message"]["text"] == finding.message
        assert res["partialFingerprints"]["panelproof/v1"] == finding.id
        assert len(res["locations"]) == len(finding.locations)
        for sarif_loc, loc in zip(res["locations"], finding.locations):
            physical = sarif_loc["physicalLocation"]
            assert physical["region"]["snippet"]["text"] == loc.quote
            assert physical["artifactLocation"]["uriBaseId"] == "DOSSIER"
    assert [r["level"] for r in results] == ["error", "warning", "note"]


def test_sarif_uris_are_encoded_and_pages_kept(result) -> None:
    run = json.loads(render(result, Format.SARIF))["runs"][0]
    locations = run["results"][0]["locations"]
    uris = [loc["physicalLocation"]["artifactLocation"]["uri"] for loc in locations]
    assert uris == ["CER_device.pdf", "CEAR%20NB.docx"]
    assert locations[0]["properties"] == {"page": 2, "section": "2. Intended purpose"}
    assert run["originalUriBaseIds"]["DOSSIER"]["uri"].startswith("file://")
    # The unreadable document is reported as a tool notification, not silently dropped.
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert any("broken.pdf" in n["message"]["text"] for n in notes)


def test_sarif_critical_maps_to_error(sample) -> None:
    findings = sample.findings()
    from panelproof.rules.model import Severity
    findings[2].severity = Severity.CRITICAL
    run = json.loads(render(sample.build(findings), Format.SARIF))["runs"][0]
    assert run["results"][2]["level"] == "error"


def test_sarif_validates_against_a_minimal_schema(result) -> None:
    """The required properties of SARIF 2.1.0 (sarifLog, run, tool, result, location)."""
    jsonschema = pytest.importorskip("jsonschema")
    message = {"type": "object", "anyOf": [{"required": ["text"]}, {"required": ["id"]}]}
    schema = {
        "type": "object", "required": ["version", "runs"],
        "properties": {
            "version": {"const": "2.1.0"},
            "runs": {"type": "array", "items": {
                "type": "object", "required": ["tool"],
                "properties": {
                    "tool": {"type": "object", "required": ["driver"],
                             "properties": {"driver": {
                                 "type": "object", "required": ["name"],
                                 "properties": {"rules": {"type": "array", "items": {
                                     "type": "object", "required": ["id"]}}}}}},
                    "results": {"type": "array", "items": {
                        "type": "object", "required": ["message"],
                        "properties": {
                            "message": message,
                            "level": {"enum": ["none", "note", "warning", "error"]},
                            "partialFingerprints": {"type": "object",
                                                    "additionalProperties": {"type": "string"}},
                            "locations": {"type": "array", "items": {
                                "type": "object",
                                "properties": {"physicalLocation": {
                                    "type": "object",
                                    "anyOf": [{"required": ["address"]},
                                              {"required": ["artifactLocation"]}]}}}}}}},
                }}},
        },
    }
    jsonschema.validate(json.loads(render(result, Format.SARIF)), schema)


# --- HTML ---------------------------------------------------------------------------------------

class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.external: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href"} and value and not value.startswith("#"):
                self.external.append(value)

    def handle_data(self, data):
        self.text.append(data)


def test_html_escapes_document_text(result, sample) -> None:
    html = render(result, Format.HTML)
    assert "<script>" not in html
    assert "&lt;script&gt;alert(" in html
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in parsed.tags
    # The reader still sees the quote as the document wrote it.
    assert sample.hostile_quote in " ".join("".join(parsed.text).split())


def test_html_is_self_contained_and_complete(result) -> None:
    html = render(result, Format.HTML)
    parsed = _Collector()
    parsed.feed(html)
    assert parsed.external == []  # no external stylesheet, script, image or link
    assert "link" not in parsed.tags and "<style>" in html
    for finding in result.findings:
        assert f'id="finding-{finding.id}"' in html and f'href="#finding-{finding.id}"' in html
    for doc in result.dossier.documents:
        assert doc.path in html
    assert "MDR Art. 54(1)(b)" in html and "p. 2, § 2. Intended purpose" in html


def test_html_escapes_hostile_file_names_and_errors(sample) -> None:
    result = sample.build()
    result.dossier.documents[-1].path = "<img src=x onerror=alert(1)>.pdf"
    result.dossier.documents[-1].error = "<b>bad</b>"
    html = render(result, Format.HTML)
    assert "<img" not in html and "<b>bad" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;.pdf" in html


# --- Markdown -----------------------------------------------------------------------------------

def test_markdown_report(result, sample) -> None:
    md = render(result, Format.MD)
    assert md.startswith("# panelproof report")
    scope_at = md.index("## CECP scope")
    assert scope_at < md.index("## Findings")  # the scope decision comes first
    assert "MDR Art. 54(1)(b)" in md
    assert f"> {sample.cer_quote}" in md and "(p. 2, § 2. Intended purpose)" in md
    assert "<script>" not in md and "&lt;script&gt;" in md
    assert md.index("### Major") < md.index("### Minor") < md.index("### Information")


@pytest.mark.parametrize(("raw", "escaped"), [
    ("a_b", "a\\_b"), ("*x*", "\\*x\\*"), ("a | b", "a \\| b"), ("<b>", "&lt;b&gt;"),
    ("# not a heading", "\\# not a heading"), ("1. not a list", "1\\. not a list"),
    ("- not a bullet", "\\- not a bullet"), ("line\nbreak", "line break"),
    ("5-10 kg (adults)", "5-10 kg (adults)"),
])
def test_markdown_escape(raw: str, escaped: str) -> None:
    assert md_escape(raw) == escaped


# --- text ---------------------------------------------------------------------------------------

def test_text_report_shows_everything_a_reader_needs(result, sample) -> None:
    out = render(result, Format.TEXT)
    for expected in ("examples/ventilator", "AirVent 60", "CER_device.pdf", "CEAR NB.docx",
                     "broken.pdf", "cross-reference", "MDR Art. 54(1)(b)", sample.cer_quote,
                     "p. 2, § 2. Intended purpose", "Summary: 0 critical, 1 major"):
        assert expected in " ".join(out.split()) or expected in out, expected
    assert out.index("CECP") < out.index("XD002")
    assert out.index("Major") < out.index("Minor") < out.index("Information")
    assert "\x1b[" not in out  # no colour codes unless asked


def test_text_report_prints_markup_like_quotes_literally(result) -> None:
    out = " ".join(render(result, Format.TEXT).split())
    assert "[bold]not markup[/]" in out


def test_text_report_in_colour_uses_ansi(result) -> None:
    assert "\x1b[" in text_report.render(result, color=True)


def test_no_findings_and_unreadable_dossier(sample) -> None:
    empty = sample.build([], readable=False)
    data = json.loads(render(empty, Format.JSON))
    assert data["findings"] == [] and all(d["status"] == "error"
                                          for d in data["dossier"]["documents"])
    assert "No findings." in render(empty, Format.TEXT)
    assert "not one document" in render(empty, Format.HTML)

"""The `panelproof` command line: exit codes, formats, errors without tracebacks, rules."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import panelproof
from panelproof import cli
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Document, Dossier, Location, Role
from panelproof.report.model import CheckResult
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import decide
from panelproof.scope.model import DeviceProfile

runner = CliRunner()


def _finding(severity: Severity, code: str = "ZZ001") -> Finding:
    return Finding(rule=code, category=Category.POPULATION, severity=severity,
                   title="Population differs", message="The CER says 1 kg; the CEAR 5 kg.",
                   recommendation="Use one bound.", references=("MDR Annex XIV",),
                   locations=[Location("CER.md", None, "Intended purpose", "from 1 kg"),
                              Location("CEAR.md", None, "B", "more than 5 kg")])


def _result(findings: list[Finding], readable: bool = True) -> CheckResult:
    docs = [Document(path="CER.md", format="md", role=Role.CER, language="en"),
            Document(path="CEAR.md", format="md", role=Role.CEAR, language="en")]
    if not readable:
        for doc in docs:
            doc.status, doc.error = "error", "encrypted PDF"
    profile = DeviceProfile(device_class="IIa")
    return CheckResult(dossier=Dossier(path="d", documents=docs),
                       facts=FactBase(documents=docs), profile=profile, scope=decide(profile),
                       findings=findings)


@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "CER.md").write_text(
        "# Clinical evaluation report\n\n## 1. Device description\n\n"
        "The AirVent 60 is a class IIb active ventilator (Rule 12).\n\n"
        "## 2. Intended purpose\n\nFor patients from 1 kg body weight.\n", encoding="utf-8")
    (folder / "CEAR.md").write_text(
        "# Clinical evaluation assessment report\n\n## B. Device description\n\n"
        "AirVent 60, class IIb. For patients weighing more than 5 kg.\n", encoding="utf-8")
    return folder


@pytest.fixture
def fake_run(monkeypatch):
    """Replace the pipeline with a fixed result, so exit codes do not depend on the rules."""
    def install(result: CheckResult | Exception):
        calls = []

        def run_check(paths, **kwargs):
            calls.append((paths, kwargs))
            if isinstance(result, Exception):
                raise result
            return result
        monkeypatch.setattr("panelproof.pipeline.run_check", run_check)
        return calls
    return install


def test_version() -> None:
    outcome = runner.invoke(cli.app, ["--version"])
    assert outcome.exit_code == 0
    assert outcome.stdout.strip() == f"panelproof {panelproof.__version__}"


def test_console_script_is_declared() -> None:
    pyproject = (Path(__file__).parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert 'panelproof = "panelproof.cli:run"' in pyproject


@pytest.mark.parametrize("args, code", [(["--version"], 0), (["check", "no/such/folder"], 2)])
def test_console_script_exits_with_the_apps_code_and_flushed_output(args, code) -> None:
    import subprocess

    outcome = subprocess.run([sys.executable, "-m", "panelproof.cli", *args],
                             capture_output=True, text=True, timeout=120)
    assert outcome.returncode == code
    if code == 0:
        assert outcome.stdout.strip() == f"panelproof {panelproof.__version__}"
    else:
        assert "no such file or folder" in outcome.stderr


# --- check, end to end on a Markdown dossier ----------------------------------------------------

def test_check_end_to_end_json(dossier: Path) -> None:
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--format", "json",
                                      "--fail-on", "never"])
    assert outcome.exit_code == 0, outcome.output
    data = json.loads(outcome.stdout)
    assert set(data) == {"tool", "dossier", "scope", "findings", "summary"}
    assert sorted(d["path"] for d in data["dossier"]["documents"]) == ["CEAR.md", "CER.md"]
    assert {"cecp_required", "basis", "exemption", "explanation"} <= set(data["scope"])
    assert set(data["summary"]) == {"critical", "major", "minor", "info"}


def test_check_end_to_end_exit_code_follows_findings(dossier: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    outcome = runner.invoke(cli.app, ["check", str(dossier), "-f", "json", "-o", str(out)])
    data = json.loads(out.read_text(encoding="utf-8"))
    failing = any(f["severity"] in {"critical", "major"} for f in data["findings"])
    assert outcome.exit_code == (1 if failing else 0)
    assert outcome.stdout == ""  # the report went to the file


@pytest.mark.parametrize(("fmt", "scope_marker", "findings_marker"), [
    ("text", "CECP scope", "Summary:"), ("md", "## CECP scope", "## Findings"),
    ("html", 'id="scope"', 'id="findings"'), ("sarif", '"scope"', '"results"'),
])
def test_check_end_to_end_other_formats(dossier: Path, fmt, scope_marker, findings_marker) -> None:
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--format", fmt,
                                      "--fail-on", "never"])
    assert outcome.exit_code == 0, outcome.output
    assert "CER.md" in outcome.stdout
    # The scope decision inferred from the documents is shown, ahead of the findings.
    assert 0 <= outcome.stdout.index(scope_marker) < outcome.stdout.index(findings_marker) or \
        fmt == "sarif"


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    outcome = runner.invoke(cli.app, ["check", str(tmp_path / "nope")])
    assert outcome.exit_code == 2
    assert "no such file or folder" in outcome.stderr and "Traceback" not in outcome.output


def test_empty_folder_is_a_usage_error(tmp_path: Path) -> None:
    outcome = runner.invoke(cli.app, ["check", str(tmp_path), "-f", "json"])
    assert outcome.exit_code == 2
    assert "no document" in outcome.stderr


def test_bad_option_value_is_a_usage_error(dossier: Path) -> None:
    assert runner.invoke(cli.app, ["check", str(dossier), "--format", "pdf"]).exit_code == 2
    assert runner.invoke(cli.app, ["check", str(dossier), "--fail-on", "severe"]).exit_code == 2
    assert runner.invoke(cli.app, ["check", str(dossier), "--max-pages", "0"]).exit_code == 2
    assert runner.invoke(cli.app, ["check"]).exit_code == 2


def test_unknown_rule_code_is_a_usage_error(dossier: Path) -> None:
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--select", "QQ999"])
    assert outcome.exit_code == 2 and "unknown rule code" in outcome.stderr


# --- check, exit codes on a fixed result ----------------------------------------------------------

@pytest.mark.parametrize(("severity", "fail_on", "code"), [
    (Severity.MINOR, "major", 0), (Severity.MINOR, "minor", 1), (Severity.MINOR, "never", 0),
    (Severity.MAJOR, "major", 1), (Severity.MAJOR, "critical", 0),
    (Severity.CRITICAL, "critical", 1), (Severity.INFO, "minor", 0),
])
def test_fail_on(fake_run, dossier, severity, fail_on, code) -> None:
    fake_run(_result([_finding(severity)]))
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--fail-on", fail_on, "-f", "json"])
    assert outcome.exit_code == code, outcome.output


def test_default_fail_on_is_major(fake_run, dossier) -> None:
    fake_run(_result([_finding(Severity.MAJOR)]))
    assert runner.invoke(cli.app, ["check", str(dossier)]).exit_code == 1
    fake_run(_result([]))
    assert runner.invoke(cli.app, ["check", str(dossier)]).exit_code == 0


def test_no_readable_document_exits_2_but_still_reports(fake_run, dossier) -> None:
    fake_run(_result([], readable=False))
    outcome = runner.invoke(cli.app, ["check", str(dossier), "-f", "json"])
    assert outcome.exit_code == 2
    assert json.loads(outcome.stdout)["dossier"]["documents"][0]["error"] == "encrypted PDF"
    assert "not one document" in outcome.stderr


def test_internal_error_has_no_traceback_unless_debug(fake_run, dossier) -> None:
    fake_run(RuntimeError("something broke\ninside"))
    outcome = runner.invoke(cli.app, ["check", str(dossier)])
    assert outcome.exit_code == 2
    assert "Traceback" not in outcome.output
    assert outcome.stderr.strip().splitlines() == [
        "panelproof: error: something broke inside (run with --debug for details)"]
    debug = runner.invoke(cli.app, ["check", str(dossier), "--debug"])
    assert debug.exit_code == 2 and "Traceback" in debug.stderr


def test_dossier_yaml_error_is_one_line(fake_run, dossier) -> None:
    from panelproof.ingest import DossierConfigError
    fake_run(DossierConfigError("dossier.yaml, line 3: 'class' must be one of I, IIa, IIb, III"))
    outcome = runner.invoke(cli.app, ["check", str(dossier)])
    assert outcome.exit_code == 2
    assert outcome.stderr.strip().splitlines() == [
        "panelproof: error: dossier.yaml, line 3: 'class' must be one of I, IIa, IIb, III"]


def test_options_reach_the_pipeline(fake_run, dossier, monkeypatch) -> None:
    calls = fake_run(_result([]))

    class Fake(Rule):
        category, severity, title = Category.POPULATION, Severity.MAJOR, "x"

    rules = tuple(type(f"R{c}", (Fake,), {"code": c}) for c in ("XD001", "XD002", "PO001"))
    monkeypatch.setattr("panelproof.rules.registry.all_rules", lambda: rules)
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--select", "XD", "--ignore",
                                      "xd002", "--max-file-mb", "2", "--max-pages", "10",
                                      "--timeout-per-document", "5"])
    assert outcome.exit_code == 0, outcome.output
    _, kwargs = calls[0]
    assert kwargs["select"] == {"XD001", "XD002"} and kwargs["ignore"] == {"XD002"}
    assert kwargs["limits"].max_file_bytes == 2 * 1024 * 1024
    assert kwargs["limits"].max_pages == 10
    assert kwargs["limits"].max_seconds_per_document == 5.0
    assert kwargs["progress"] is None  # not a terminal: quiet
    assert outcome.stderr == ""


def test_progress_callback_draws_without_error(capsys) -> None:
    with cli._progress_reporter(True) as progress:
        progress("Reading CER.pdf", 1, 3)
        progress("Reading CEAR.docx", 3, 3)
    with cli._progress_reporter(False) as quiet:
        assert quiet is None


# --- rules ---------------------------------------------------------------------------------------

class _DocumentedRule(Rule):
    """Finds a demo defect.

    What it finds
    A demo defect.

    References
    MDR Art. 54
    """

    code = "ZZ777"
    name = "demo"
    category = Category.SCOPE
    severity = Severity.MINOR
    title = "Demo rule"
    references = ("MDR Art. 54",)
    recommendation = "Fix it."


@pytest.fixture
def one_rule(monkeypatch):
    monkeypatch.setattr("panelproof.rules.registry.all_rules", lambda: (_DocumentedRule,))


def test_rules_lists_the_registry(one_rule) -> None:
    outcome = runner.invoke(cli.app, ["rules"])
    assert outcome.exit_code == 0
    header, row = outcome.stdout.strip().splitlines()
    assert header.split() == ["CODE", "CATEGORY", "SEVERITY", "TITLE"]
    assert row.split() == ["ZZ777", "scope", "minor", "Demo", "rule"]


def test_rules_shows_one_rule(one_rule) -> None:
    outcome = runner.invoke(cli.app, ["rules", "zz777"])
    assert outcome.exit_code == 0
    assert outcome.stdout.startswith("# ZZ777: Demo rule") and "## What it finds" in outcome.stdout
    data = json.loads(runner.invoke(cli.app, ["rules", "ZZ777", "-f", "json"]).stdout)
    assert data["code"] == "ZZ777" and "A demo defect." in data["doc"]
    missing = runner.invoke(cli.app, ["rules", "NO123"])
    assert missing.exit_code == 2 and "unknown rule code" in missing.stderr


def test_rules_docs_writes_pages(one_rule, tmp_path: Path) -> None:
    outcome = runner.invoke(cli.app, ["rules", "--docs", str(tmp_path / "rules")])
    assert outcome.exit_code == 0
    assert (tmp_path / "rules" / "ZZ777.md").read_text(encoding="utf-8").startswith("# ZZ777")
    assert (tmp_path / "rules" / "README.md").exists()


def test_real_registry_loads_and_lists() -> None:
    outcome = runner.invoke(cli.app, ["rules", "-f", "json"])
    assert outcome.exit_code == 0
    for rule in json.loads(outcome.stdout):
        assert rule["category"] in {c.value for c in Category}


def test_real_dossier_yaml_error_is_one_plain_line(dossier: Path) -> None:
    (dossier / "dossier.yaml").write_text("device:\n  class: [IIb\n", encoding="utf-8")
    outcome = runner.invoke(cli.app, ["check", str(dossier)])
    assert outcome.exit_code == 2
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "dossier.yaml" in lines[0] and "--debug" not in lines[0]
    (dossier / "dossier.yaml").write_text("profile:\n  implantable: perhaps\n", encoding="utf-8")
    outcome = runner.invoke(cli.app, ["check", str(dossier)])
    assert outcome.exit_code == 2 and "'implantable'" in outcome.stderr


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "panelproof", "rules"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "EV004" in result.stdout and "CL001" in result.stdout

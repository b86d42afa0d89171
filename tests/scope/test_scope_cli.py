"""`panelproof scope`: every branch of Art. 54, profile files, flags and interactive questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from panelproof import cli
from panelproof.scope import PROCEDURE

runner = CliRunner()

BASE = {"name": "Demo device", "class": "III", "implantable": True, "active": False,
        "administers_or_removes_medicinal_product": False, "application": "initial",
        "modification_of_own_marketed_device": False, "common_specification_compliant": False}


def _profile(tmp_path: Path, **changes) -> Path:
    data = {**BASE, **changes}
    path = tmp_path / "profile.yaml"
    path.write_text(yaml.safe_dump({k: v for k, v in data.items() if v is not ...}),
                    encoding="utf-8")
    return path


def _json(args: list[str], **kwargs) -> dict:
    outcome = runner.invoke(cli.app, ["scope", *args, "--format", "json"], **kwargs)
    assert outcome.exit_code == 0, outcome.output
    return json.loads(outcome.stdout)


# Each branch of Art. 54(1) and (2): profile changes -> (cecp_required, basis, exemption).
BRANCHES = {
    "III implantable": ({}, True, "MDR Art. 54(1)(a)", None),
    "III not implantable": ({"implantable": False}, False, "MDR Art. 54(1)", None),
    "IIb Rule 12 active medicinal": ({"class": "IIb", "implantable": False, "active": True,
                                      "administers_or_removes_medicinal_product": True},
                                     True, "MDR Art. 54(1)(b)", None),
    "IIb active, no medicinal product": ({"class": "IIb", "implantable": False, "active": True},
                                         False, "MDR Art. 54(1)", None),
    "IIb medicinal but not active": ({"class": "IIb", "implantable": False,
                                      "administers_or_removes_medicinal_product": True},
                                     False, "MDR Art. 54(1)", None),
    "IIb implantable (not III)": ({"class": "IIb"}, False, "MDR Art. 54(1)", None),
    "IIa": ({"class": "IIa"}, False, "MDR Art. 54(1)", None),
    "I": ({"class": "I"}, False, "MDR Art. 54(1)", None),
    "renewal of MDR certificate": ({"application": "renewal-mdr"}, False, "MDR Art. 54(1)(a)",
                                   "Art. 54(2)(a)"),
    "renewal of Directive certificate": ({"application": "renewal-directive"}, True,
                                         "MDR Art. 54(1)(a)", None),
    "modification of own device": ({"modification_of_own_marketed_device": True}, False,
                                   "MDR Art. 54(1)(a)", "Art. 54(2)(b)"),
    "common specification": ({"common_specification_compliant": True}, False,
                             "MDR Art. 54(1)(a)", "Art. 54(2)(c)"),
    "IIb Rule 12 renewal-mdr": ({"class": "IIb", "implantable": False, "active": True,
                                 "administers_or_removes_medicinal_product": True,
                                 "application": "renewal-mdr"},
                                False, "MDR Art. 54(1)(b)", "Art. 54(2)(a)"),
}


@pytest.mark.parametrize(("changes", "required", "basis", "exemption"), BRANCHES.values(),
                         ids=BRANCHES.keys())
def test_every_branch_from_a_profile_file(tmp_path, changes, required, basis, exemption) -> None:
    data = _json([str(_profile(tmp_path, **changes))])
    assert set(data) == {"cecp_required", "basis", "exemption", "explanation"}
    assert (data["cecp_required"], data["basis"], data["exemption"]) == (required, basis,
                                                                         exemption)
    assert data["explanation"]


def test_directive_renewal_explains_why_a_is_not_available(tmp_path) -> None:
    data = _json([str(_profile(tmp_path, application="renewal-directive"))])
    assert "Directives" in data["explanation"] and "54(2)(a)" in data["explanation"]


def test_directive_device_modified_only_for_the_mdr_cites_mdcg_2019_3(tmp_path) -> None:
    data = _json([str(_profile(tmp_path, application="renewal-directive",
                               modification_of_own_marketed_device=True))])
    assert data["exemption"] == "Art. 54(2)(b)" and "MDCG 2019-3" in data["explanation"]


def test_text_output_gives_decision_article_and_procedure(tmp_path) -> None:
    outcome = runner.invoke(cli.app, ["scope", str(_profile(tmp_path))])
    assert outcome.exit_code == 0
    out = " ".join(outcome.stdout.split())
    assert out.startswith("Device: Demo device Yes: the clinical evaluation consultation")
    assert "Basis: MDR Art. 54(1)(a)" in out
    assert " ".join(PROCEDURE.split()) in out and "21 days" in out and "60 days" in out


def test_text_output_of_an_exemption(tmp_path) -> None:
    outcome = runner.invoke(cli.app, ["scope", str(_profile(tmp_path, application="renewal-mdr"))])
    out = " ".join(outcome.stdout.split())
    assert out.startswith("Device: Demo device No:") and "Exemption: Art. 54(2)(a)" in out
    assert "54(3)" in out and "21 days" not in out


# --- profile errors ------------------------------------------------------------------------------

@pytest.mark.parametrize("field", ["class", "implantable", "active",
                                   "administers_or_removes_medicinal_product", "application",
                                   "modification_of_own_marketed_device",
                                   "common_specification_compliant"])
def test_a_missing_field_is_named(tmp_path, field) -> None:
    outcome = runner.invoke(cli.app, ["scope", str(_profile(tmp_path, **{field: ...}))])
    assert outcome.exit_code == 2
    assert f"'{field}'" in outcome.stderr and "missing" in outcome.stderr
    assert "Traceback" not in outcome.output


@pytest.mark.parametrize(("field", "value"), [
    ("class", "IV"), ("class", "IIc"), ("implantable", "maybe"), ("active", 1),
    ("application", "renewal"), ("common_specification_compliant", "n/a"),
])
def test_an_invalid_field_is_named(tmp_path, field, value) -> None:
    outcome = runner.invoke(cli.app, ["scope", str(_profile(tmp_path, **{field: value}))])
    assert outcome.exit_code == 2
    assert f"'{field}'" in outcome.stderr and "Traceback" not in outcome.output


def test_an_unknown_field_is_named(tmp_path) -> None:
    path = _profile(tmp_path, implantible=True)
    outcome = runner.invoke(cli.app, ["scope", str(path)])
    assert outcome.exit_code == 2 and "'implantible'" in outcome.stderr


@pytest.mark.parametrize("content", ["class: [III\n", "- a list\n", ""])
def test_a_broken_file_is_a_usage_error(tmp_path, content) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(content, encoding="utf-8")
    outcome = runner.invoke(cli.app, ["scope", str(path)])
    assert outcome.exit_code == 2 and "panelproof: error:" in outcome.stderr


def test_a_missing_file_is_a_usage_error(tmp_path) -> None:
    outcome = runner.invoke(cli.app, ["scope", str(tmp_path / "none.yaml")])
    assert outcome.exit_code == 2 and "does not exist" in outcome.stderr


# --- flags ---------------------------------------------------------------------------------------

def test_flags_override_the_file(tmp_path) -> None:
    path = _profile(tmp_path)
    assert _json([str(path), "--not-implantable"])["cecp_required"] is False
    assert _json([str(path), "--application", "renewal-mdr"])["exemption"] == "Art. 54(2)(a)"
    assert _json([str(path), "--class", "IIa"])["cecp_required"] is False


def test_flags_complete_a_partial_file(tmp_path) -> None:
    path = _profile(tmp_path, common_specification_compliant=...)
    assert _json([str(path), "--common-specification"])["exemption"] == "Art. 54(2)(c)"


@pytest.mark.parametrize(("args", "required", "exemption"), [
    (["--class", "IIa"], False, None),
    (["--class", "class III", "--not-implantable"], False, None),
    (["--class", "III", "--implantable", "--application", "initial", "--no-modification",
      "--no-common-specification"], True, None),
    (["--class", "2b", "--active", "--medicinal-product", "--application", "initial",
      "--modification"], False, "Art. 54(2)(b)"),
    (["--class", "IIb", "--not-active"], False, None),
    (["--class", "III", "--implantable", "--application", "renewal-mdr"], False,
     "Art. 54(2)(a)"),
])
def test_flags_alone(args, required, exemption) -> None:
    data = _json(args)
    assert (data["cecp_required"], data["exemption"]) == (required, exemption)


def test_flags_alone_must_give_what_the_decision_needs() -> None:
    outcome = runner.invoke(cli.app, ["scope", "--class", "III"])
    assert outcome.exit_code == 2
    assert "'implantable'" in outcome.stderr and "--implantable" in outcome.stderr
    bad = runner.invoke(cli.app, ["scope", "--class", "IV"])
    assert bad.exit_code == 2 and "'class'" in bad.stderr


def test_nothing_given_without_a_terminal_is_a_usage_error() -> None:
    outcome = runner.invoke(cli.app, ["scope"], input="")
    assert outcome.exit_code == 2 and "profile file" in outcome.stderr


# --- interactive ---------------------------------------------------------------------------------

def _answered_json(stdout: str) -> dict:
    """The JSON document; CliRunner echoes the typed answers to stdout (a terminal would show
    them itself), while the questions themselves go to stderr."""
    return json.loads(stdout[stdout.index("{\n"):])


@pytest.fixture
def terminal(monkeypatch):
    monkeypatch.setattr(cli, "_stdin_is_terminal", lambda: True)


@pytest.mark.parametrize(("answers", "required", "exemption", "questions"), [
    (["III", "y", "initial", "n", "n"], True, None, 5),
    (["iii", "n"], False, None, 2),
    (["IIb", "y", "y", "renewal-mdr"], False, "Art. 54(2)(a)", 4),
    (["IIb", "y", "y", "renewal-directive", "n", "n"], True, None, 6),
    (["IIb", "y", "n"], False, None, 3),
    (["IIa"], False, None, 1),
    (["III", "y", "", "y"], False, "Art. 54(2)(b)", 4),  # empty answer: application defaults
])
def test_interactive_questions(terminal, answers, required, exemption, questions) -> None:
    outcome = runner.invoke(cli.app, ["scope", "--format", "json"],
                            input="\n".join(answers) + "\n")
    assert outcome.exit_code == 0, outcome.output
    data = _answered_json(outcome.stdout)
    assert (data["cecp_required"], data["exemption"]) == (required, exemption)
    asked = (outcome.stderr.count("[y/n]") + outcome.stderr.count("Device class")
             + outcome.stderr.count("Application:"))
    assert asked == questions


def test_interactive_reasks_an_invalid_answer(terminal) -> None:
    outcome = runner.invoke(cli.app, ["scope", "--format", "json"], input="IV\nIIa\n")
    assert outcome.exit_code == 0
    assert "'IV' is not one of" in outcome.stderr
    assert outcome.stderr.count("Device class") == 2
    assert _answered_json(outcome.stdout)["cecp_required"] is False


def test_interactive_flag_asks_only_what_the_file_lacks(tmp_path) -> None:
    path = _profile(tmp_path, common_specification_compliant=...)
    outcome = runner.invoke(cli.app, ["scope", str(path), "-i", "--format", "json"], input="y\n")
    assert outcome.exit_code == 0, outcome.output
    assert "Device class" not in outcome.stderr and "common specification" in outcome.stderr
    assert outcome.stderr.count("[y/n]") == 1
    assert _answered_json(outcome.stdout)["exemption"] == "Art. 54(2)(c)"


def test_interactive_end_of_input_is_not_a_traceback(terminal) -> None:
    outcome = runner.invoke(cli.app, ["scope"], input="III\n")
    assert outcome.exit_code != 0 and "Traceback" not in outcome.output

"""DC004: in a list of documents assessed, a revision belongs to the document it follows, not to
an earlier item of the list ("CEP X-CEP-1, CER X-CER-1 Rev.02"); an earlier revision recalled
by a document that also cites the revision provided is history, not a mismatch."""

from __future__ import annotations

import pytest

from panelproof.extract.documentation import find_references
from panelproof.pipeline import run_check


def _header(title: str, number: str, revision: str) -> str:
    return f"# {title}\n\n| Document no. | {number} |\n|---|---|\n| Revision | {revision} |\n\n"


CEP = _header("Clinical Evaluation Plan OsteoFlow", "KX-CEP-IO7", "01") + (
    "## 1. Scope\nThis plan covers the OsteoFlow intraosseous needle.\n")
CER = _header("Clinical Evaluation Report OsteoFlow", "KX-CER-IO7", "03") + (
    "## 1. Scope\nThis report covers the OsteoFlow intraosseous needle.\n")
CEAR = "# Clinical Evaluation Assessment Report\n\nDocument no.: NB-CEAR-0201\n\n## 1. Assessment\n{body}\n"


def _dc004(tmp_path, body: str) -> list:
    files = {"CEP.md": CEP, "CER.md": CER, "CEAR.md": CEAR.format(body=body)}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "DC004"]


@pytest.mark.parametrize("text", [
    "Documents assessed: CEP KX-CEP-IO7, CER KX-CER-IO7 Rev.02, IFU EN/PL.",
    "Documents reviewed: KX-CEP-IO7; KX-CER-IO7 revision 2.",
    "Documentation: the plan KX-CEP-IO7 and CER KX-CER-IO7 v2.",
    "Documenti esaminati: CEP KX-CEP-IO7, CER KX-CER-IO7 Rev. 02.",
])
def test_a_revision_after_the_next_list_item_is_not_the_first_items(text):
    refs = {r.identifier: r.revision for r in find_references(text)}
    assert refs["KX-CEP-IO7"] is None
    assert refs["KX-CER-IO7"] is not None


@pytest.mark.parametrize("text", [
    "Documents assessed: CEP KX-CEP-IO7, IFU EN/ES/PT Rev.02.",
    "Documents assessed: CEP KX-CEP-IO7; PMCF plan Rev.02.",
])
def test_a_revision_after_a_named_list_item_is_not_the_codes(text):
    refs = {r.identifier: r.revision for r in find_references(text)}
    assert refs["KX-CEP-IO7"] is None


@pytest.mark.parametrize("text", [
    "We assessed the CEP KX-CEP-IO7 Rev.02.",
    "Documents assessed: CEP KX-CEP-IO7 rev. 2, CER KX-CER-IO7 rev. 3.",
    "CEP KX-CEP-IO7 (revision 2) was reviewed.",
])
def test_a_revision_right_after_its_code_is_still_read(text):
    refs = {r.identifier: r.revision for r in find_references(text)}
    assert refs["KX-CEP-IO7"] in ("02", "2")


@pytest.mark.parametrize("body", [
    "Documents assessed: CEP KX-CEP-IO7, CER KX-CER-IO7 Rev.03, IFU EN/PL.",
    "Documents reviewed: KX-CEP-IO7; KX-CER-IO7 revision 03.",
])
def test_list_of_documents_assessed_is_not_a_cep_mismatch(tmp_path, body):
    assert _dc004(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "Documents assessed: CEP KX-CEP-IO7 Rev.01, CER KX-CER-IO7 Rev.03.\n\n"
    "Non-conformity n. 1 (minor): follow-up data missing in CER Rev.02; closed.",
    "Documents reviewed: CER KX-CER-IO7 revision 03.\n\n"
    "The gap identified in CER revision 02 (no long-term data) has been resolved.",
    "Documents assessed: CER KX-CER-IO7 Rev.03.\n\n"
    "Rilievo 2: la CER Rev.02 non riportava i dati; chiuso.",
])
def test_an_earlier_revision_recalled_beside_the_one_provided_is_history(tmp_path, body):
    assert _dc004(tmp_path, body) == []


@pytest.mark.parametrize("body", [
    "Documents assessed: CEP KX-CEP-IO7 Rev.01, CER KX-CER-IO7 Rev.02.",
    "We assessed the CER KX-CER-IO7 revision 02 and found it adequate.",
])
def test_a_cited_revision_other_than_the_one_provided_is_still_found(tmp_path, body):
    found = _dc004(tmp_path, body)
    assert len(found) == 1 and "revision 03" in found[0].message


def test_one_language_version_at_the_revision_provided_does_not_excuse_another(tmp_path):
    files = {"CEP.md": CEP, "CER.md": CER,
             "IFU_en.md": _header("Instructions for use", "KX-IFU-EN", "1") + "## 1. Use\nText.\n",
             "IFU_de.md": _header("Gebrauchsanweisung", "KX-IFU-DE", "1") + "## 1. Zweck\nText.\n",
             "CEAR.md": CEAR.format(body="| Document | Number | Revision |\n|---|---|---|\n"
                                         "| Instructions for use (English) | KX-IFU-EN | Rev. 1 |\n"
                                         "| Instructions for use (German) | KX-IFU-DE | Rev. 2 |")}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    found = [f for f in run_check([tmp_path]).findings if f.rule == "DC004"]
    assert any("KX-IFU-DE" in f.message or "Rev. 2" in f.message for f in found), found

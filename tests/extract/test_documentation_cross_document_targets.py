"""A figure or table mention that names another dossier document, before or after the label,
by name or code, with or without a section between ("CER Table 4", "IFU section 8, Table 2",
"Tabelle 2 der Gebrauchsanweisung"), belongs to that document, not to the citing one."""

from __future__ import annotations

import pytest

from panelproof.extract.documentation import _knowledge, _target_document
from panelproof.ingest.model import Role


def _target(text: str) -> Role | None:
    match = _knowledge().label.search(text)
    assert match, text
    return _target_document(text, match.start(), match.end())


@pytest.mark.parametrize(("text", "role"), [
    ("Acceptance criteria are reported as met in CER Table 4.", Role.CER),
    ("CEP Table 3 lists the criteria.", Role.CEP),
    ("see IFU section 8, Table 2", Role.IFU),
    ("as listed in the IFU, section 8, Table 2.", Role.IFU),
    ("the IFU (section 8, table 2)", Role.IFU),
    ("IFU §8 Table 2", Role.IFU),
    ("per IFU chapter 8 (Table 2)", Role.IFU),
    ("(PMCF plan, Figure 3)", Role.PMCF_PLAN),
    ("see Table 2 in the PMCF plan", Role.PMCF_PLAN),
    ("see NV-IFU-031, Table 2", Role.IFU),
    ("see Table 2 of NV-IFU-031", Role.IFU),
    ("siehe Tabelle 2 der Gebrauchsanweisung", Role.IFU),
    ("siehe Gebrauchsanweisung, Abschnitt 8, Tabelle 2", Role.IFU),
    ("voir le tableau 3 du rapport d'évaluation clinique", Role.CER),
])
def test_mention_of_another_documents_table(text, role):
    assert _target(text) is role


@pytest.mark.parametrize("text", [
    "as shown in Table 2 below",
    "Table 3 shows the results.",
    "see section 8, Table 2",
    "The CER was updated. Table 2 lists the changes.",
    "The device (Table 2) is described here.",
    "Results per chapter 4 (Figure 3).",
])
def test_mention_of_own_table(text):
    assert _target(text) is None


@pytest.mark.parametrize(("text", "revision"), [
    ("CER-0042 rev. 3", "rev. 3"), ("Rev.C", "Rev.C"), ("Revision: B", "Revision: B"),
    ("document version 2.0", "version 2.0"), ("Ausgabe 04", "Ausgabe 04"),
    # a rate of revision surgery and a German plural are no document revisions
    ("CEP-AC-03 | Revision 18 % [1–3] | Yes", None), ("rev. 18 % at 5 years", None),
    ("Revisionen 12 % nach 5 Jahren", None), ("revision 4.5 percent", None),
])
def test_a_revision_is_a_document_revision_not_a_rate(text, revision):
    from panelproof.extract.documentation import _REVISION

    match = _REVISION.search(text)
    assert (match.group(0) if match else None) == revision

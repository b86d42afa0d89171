"""EV001 reports a pre-clinical source once, though a sentence relies on it and a table lists it,
when the source is named by its report number ("VU-PRE-11", "HV-TR-115")."""

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence.EV001_non_clinical_evidence import _REPORT_NUMBER

_TABLE = """
## 7. Clinical data

| Study | Model | Size | Duration | Outcome |
| --- | --- | --- | --- | --- |
| {a} | sheep vaginal implantation model | 12 animals | 180 days | good integration |
| {b} | in vitro agar diffusion test | 6 plates | 24 h | inhibition zones 4-7 mm |
"""


def _ev001(tmp_path, prose: str, a: str = "VU-PRE-11", b: str = "HV-TR-115"):
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report\n\n## 6. Clinical performance\n\n" + prose + "\n" + _TABLE.format(a=a, b=b),
        encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV001"]


@pytest.mark.parametrize(("prose", "a", "b"), [
    ("The clinical benefit is demonstrated by good tissue integration in the sheep implantation model "
     "VU-PRE-11.\n\nThe antimicrobial benefit is shown by the in vitro study HV-TR-115 showing inhibition zones.",
     "VU-PRE-11", "HV-TR-115"),
    ("- Healing efficacy is supported by the ovine study report BT-2021-17.\n"
     "- Infection control efficacy is confirmed by the in vitro test report TR_0442.",
     "BT-2021-17", "TR_0442"),
])
def test_one_finding_per_report_number(tmp_path, prose, a, b):
    findings = _ev001(tmp_path, prose, a, b)
    assert len(findings) == 2, [f.message for f in findings]
    keys = set()
    for finding in findings:
        quotes = [loc.quote for loc in finding.locations]
        key = next(k for k in (a, b) if k in quotes[0])
        assert len(quotes) == 2 and all(key in q for q in quotes), quotes
        keys.add(key)
    assert keys == {a, b}


def test_sentence_without_report_number_stays_its_own_finding(tmp_path):
    findings = _ev001(tmp_path, "Pain relief is supported by the ovine fracture model and the cadaveric study.")
    assert len(findings) == 3


@pytest.mark.parametrize(("text", "found"), [
    ("VU-PRE-11", True), ("HV-TR-115", True), ("TR-044", True), ("BT-2021-17", True),
    ("ISO-10993", False), ("IL-10 release", False), ("COVID-19", False), ("NRW-2", False),
])
def test_report_number(text, found):
    assert bool(_REPORT_NUMBER.search(text)) is found

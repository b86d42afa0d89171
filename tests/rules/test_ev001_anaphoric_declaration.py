"""EV001 reads a declaration that points back to the sentence before ("This demonstrates the
clinical benefit ...", "Ces données constituent ...", "Dies belegt ...") as a declaration about
the non-clinical study that sentence describes, and quotes both in one finding, merged with the
study's own evidence entry."""

import pytest

from panelproof.pipeline import run_check


def _ev001(tmp_path, paragraph: str, heading: str = "6. Clinical performance", extra: str = ""):
    (tmp_path / "CER.md").write_text(
        f"# Clinical Evaluation Report - Device X\n\n## {heading}\n\n{paragraph}\n\n{extra}", encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV001"]


_REFERENCES = ("## 12. References\n\n1. Okafor B et al. Outcomes of elective stenting. J Vasc 2021.\n"
               "2. Lindqvist H et al. Flow in an ovine model of heart failure. Exp Surg 2018.\n")


@pytest.mark.parametrize(("study", "declaration"), [
    ("In an ovine heart-failure model (n = 9 sheep), cardiac output rose by 31 % under support [2].",
     "These results constitute the pivotal clinical evidence for the device in adults with acute heart failure."),
    ("The rabbit ear wound study WH-AN-03 showed complete epithelialisation after 14 days.",
     "This demonstrates the clinical benefit of the dressing for patients with chronic venous ulcers."),
    ("Ex vivo testing on explanted bovine knees (report BK-EX-12) showed stable fixation under cyclic load.",
     "Taken together, these findings are the primary clinical evidence supporting the indication."),
])
def test_declaration_in_next_sentence_quotes_both_once(tmp_path, study, declaration):
    findings = _ev001(tmp_path, f"{study} {declaration}", extra=_REFERENCES)
    assert len(findings) == 1, [f.message for f in findings]
    quotes = [loc.quote for loc in findings[0].locations]
    assert study in quotes and declaration in quotes, quotes


@pytest.mark.parametrize("paragraph", [
    "L'étude porcine TR-08 chez 10 animaux a montré une réduction de 20 % de la pression. "
    "Ces données constituent les principales données cliniques du dispositif.",
    "In der Schweinestudie TR-08 an 10 Tieren sank der Druck um 20 %. "
    "Dies belegt den klinischen Nutzen bei Patienten mit Herzinsuffizienz.",
])
def test_declaration_in_other_languages(tmp_path, paragraph):
    findings = _ev001(tmp_path, paragraph)
    assert len(findings) == 1, [f.message for f in findings]
    assert len(findings[0].locations) == 2


@pytest.mark.parametrize(("paragraph", "heading"), [
    # human data in the sentence before
    ("The prospective study of 84 patients showed a 24 % increase in flow [1]. "
     "This demonstrates the clinical benefit of the pump in patients with cardiogenic shock.",
     "6. Clinical performance"),
    # the text keeps the animal data apart from the clinical evidence
    ("The porcine study TR-CL-07 in 12 animals showed a 24 % increase in coronary flow. "
     "These results are not considered clinical evidence and complement the clinical investigation.",
     "6. Clinical performance"),
    # a pre-clinical section
    ("The porcine study TR-CL-07 in 12 animals showed a 24 % increase in coronary flow. "
     "This demonstrates the clinical benefit expected in patients.",
     "5. Pre-clinical data"),
])
def test_no_finding(tmp_path, paragraph, heading):
    assert _ev001(tmp_path, paragraph, heading) == []

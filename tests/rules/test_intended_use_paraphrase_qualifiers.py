"""IU001-IU003 on whole documents: paraphrased items, qualifiers, generic interfaces.

Each case runs the intended-use extractor over small Markdown documents and the IU rules over
the facts: restatements in other words must stay silent, a widening qualifier must not.
"""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract._paraphrase import mentioned_in, same_item
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.intended_use.IU001_indications_differ import IndicationsDiffer
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer
from panelproof.rules.intended_use.IU003_interfaces_differ import InterfacesDiffer
from panelproof.rules.model import Severity
from tests.rules.intended_use_facts import intended_use_facts

_facts = intended_use_facts


def _findings(docs: dict[str, str], rule=None):
    base = _facts(docs)
    rules = [rule] if rule else [IndicationsDiffer(), ContraindicationsDiffer(), InterfacesDiffer()]
    return [f for r in rules for f in r.check(base)]


def _ids(text: str, kind: FactKind, language: str = "en") -> set[str]:
    document = document_from_text(text, "IFU.md", role=Role.IFU, language=language)
    return {f.value.id for f in intended_use.extract(document, None) if f.kind is kind}


# --- paraphrases of one free-text item ----------------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("absence of adequate vascular access", "no suitable vascular access"),
    ("lack of sufficient vascular access", "inadequate vascular access"),
    ("inability to operate the programmer", "patients unable to operate the patient programmer"),
    ("known hypersensitivity to silver", "allergy to silver"),
    ("haemorrhagic diathesis", "hemorrhagic diathesis"),
    ("absence d'un abord vasculaire adéquat", "pas d'abord vasculaire approprié"),
    ("fehlender geeigneter Gefäßzugang", "kein ausreichender Gefäßzugang"),
])
def test_paraphrases_name_the_same_item(first, second):
    assert same_item(first, second)


@pytest.mark.parametrize("first, second", [
    ("no suitable vascular access", "vascular access"),          # absence vs presence
    ("inadequate bone stock", "adequate bone stock"),
    ("pregnancy", "diabetic foot ulcer"),
    ("aortic regurgitation", "severe aortic stenosis"),
])
def test_different_items_are_not_paraphrases(first, second):
    assert not same_item(first, second)


def test_an_item_restated_in_a_prose_sentence_is_mentioned():
    assert mentioned_in("inability to operate the programmer",
                        "Patients who are unable to operate the patient programmer, or who cannot be followed up.")
    assert not mentioned_in("inability to operate the programmer", "Patients with an active infection.")


@pytest.mark.parametrize("cer, ifu", [
    # list vs list in other words
    ("# Indications\n\n- End-stage kidney disease requiring renal replacement therapy\n"
     "- Absence of adequate vascular access\n",
     "# Indications\n\n- Kidney failure\n- No suitable vascular access\n"),
    # list vs table
    ("# Indications\n\n- Lack of sufficient vascular access for haemodialysis\n",
     "| Indications | Inadequate vascular access for hemodialysis |\n| --- | --- |\n"),
    # list vs prose in the contraindications section
    ("# Contraindications\n\n- Inability to operate the patient programmer\n",
     "# Contraindications\n\nDo not implant the system in patients who are unable to operate the "
     "programmer, or who cannot attend follow-up visits.\n"),
])
def test_same_items_in_other_words_are_silent(cer, ifu):
    assert _findings({"CER.md": cer, "IFU_en.md": ifu}) == []


def test_a_truly_different_free_text_item_is_still_reported_as_minor():
    findings = _findings({"CER.md": "# Indications\n\n- Absence of adequate vascular access\n- Hyperkalaemia\n",
                          "IFU_en.md": "# Indications\n\n- No suitable vascular access\n- Calciphylaxis\n"})
    [finding] = findings
    assert finding.rule == "IU001" and finding.severity is Severity.MINOR
    assert "hyperkalaemia" in finding.message and "calciphylaxis" in finding.message
    assert "vascular access" not in finding.message


def test_end_stage_kidney_disease_is_renal_failure():
    assert _ids("# Indications\n\n- End-stage kidney disease (ESKD) on dialysis\n",
                FactKind.INDICATION) == {"renal_failure"}


# --- fragments of sentences are no items --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Contraindications\n\n- Shortwave, microwave or ultrasound diathermy applied\nover the implant.\n",
    "# Contraindications\n\nContraindications: heat, pressure, over the implant site.\n",
])
def test_a_sentence_tail_is_not_an_item(text):
    assert not any("over the implant" in i for i in _ids(text, FactKind.CONTRAINDICATION))


def test_including_continues_the_item_before_it():
    ids = _ids("Indications: isolated iliac artery aneurysms, including ruptured aneurysms treated "
               "in emergencies; iliac artery dissection.\n", FactKind.INDICATION)
    assert "text:isolated iliac artery aneurysms@emergency" in ids
    assert not any(i.startswith("text:including") for i in ids)


# --- qualifiers: a narrower restatement is silent, a widening one is a difference ----------------

@pytest.mark.parametrize("cer, other", [
    ("# Indications\n\nThe valve is indicated for severe symptomatic aortic stenosis at low surgical risk.\n",
     "# Indications\n\n- Aortic stenosis (low surgical risk)\n"),
    ("# Indications\n\nThe valve is indicated for severe symptomatic aortic stenosis at low surgical risk.\n",
     "| Indications | Aortic stenosis |\n| --- | --- |\n"),
    ("# Indications\n\n- Elective repair of infrarenal abdominal aortic aneurysms\n",
     "# Indications\n\nThe stent-graft is indicated for abdominal aortic aneurysms. It is not intended "
     "for ruptured aneurysms.\n"),
    ("# Indikationen\n\n- Elektive Versorgung infrarenaler Bauchaortenaneurysmen\n",
     "# Indikationen\n\n- Bauchaortenaneurysma\n"),
])
def test_a_qualifier_stated_on_one_side_only_is_silent(cer, other):
    assert _findings({"CER.md": cer, "CEAR.md": other}, IndicationsDiffer()) == []


@pytest.mark.parametrize("restricted, extended", [
    # vocabulary condition, prose vs prose
    ("The stent-graft is indicated for the elective endovascular treatment of infrarenal abdominal "
     "aortic aneurysms.",
     "The stent-graft is indicated for the endovascular treatment of infrarenal abdominal aortic "
     "aneurysms, including ruptured aneurysms in emergency situations."),
    # free-text condition, list vs inline list
    ("- Elective treatment of isolated common iliac artery aneurysms",
     "Indications: isolated common iliac artery aneurysms, including ruptured aneurysms treated in emergencies."),
    # symptoms
    ("- Symptomatic carotid artery stenosis of 50 % or more",
     "- Symptomatic and asymptomatic carotid artery stenosis of 50 % or more"),
])
def test_a_widening_qualifier_is_a_major_difference(restricted, extended):
    docs = {"CER.md": f"# Indications\n\n{restricted}\n", "IFU_en.md": f"# Indications\n\n{restricted}\n",
            "SSCP.md": f"# Indications\n\n{extended}\n"}
    [finding] = _findings(docs, IndicationsDiffer())
    assert finding.severity is Severity.MAJOR
    assert any(loc.document == "SSCP.md" for loc in finding.locations)


@pytest.mark.parametrize("language, restricted, extended", [
    ("fr", "Traitement endovasculaire programmé des anévrismes de l'aorte abdominale.",
     "Anévrismes de l'aorte abdominale, y compris les anévrismes rompus traités en urgence."),
    ("it", "Trattamento elettivo dell'aneurisma dell'aorta addominale.",
     "Aneurisma dell'aorta addominale, anche rotto, in urgenza."),
    ("es", "Tratamiento electivo del aneurisma de aorta abdominal.",
     "Aneurisma de aorta abdominal, incluidos los aneurismas rotos en urgencias."),
])
def test_widening_qualifiers_in_other_languages(language, restricted, extended):
    docs = {f"IFU_{language}.md": f"## Indications\n\n{restricted}\n",
            f"SSCP_{language}.md": f"## Indications\n\n{extended}\n"}
    [finding] = _findings(docs, IndicationsDiffer())
    assert "emergency" in finding.message and "elective" in finding.message


def test_a_negated_qualifier_is_no_qualifier():
    ids = _ids("# Indications\n\nThe device is indicated for abdominal aortic aneurysms; it is not "
               "intended for emergency repair of ruptured aneurysms.\n", FactKind.INDICATION)
    assert ids == {"abdominal_aortic_aneurysm"}


# --- interfaces: one interface named in other words ---------------------------------------------

@pytest.mark.parametrize("cer", [
    "The device is intended for high-flow oxygen therapy via a high-flow nasal cannula.",
    "The device is intended for nasal high-flow therapy through a nasal high-flow cannula.",
    "The device is intended for humidified high-flow therapy via a nasal interface.",
    "The device is intended for high-flow therapy via the nasal interface or a tracheostomy interface; "
    "the CEAR's nasal cannula is that nasal interface.",
])
def test_nasal_cannula_named_in_other_words_is_not_an_interface_difference(cer):
    findings = _findings({"CER.md": f"# Intended purpose\n\n{cer}\n",
                          "CEAR.md": "# Intended purpose\n\nThe device is intended for high-flow oxygen "
                                     "therapy via nasal cannula.\n"}, InterfacesDiffer())
    assert not any("nasal cannula" in f.message for f in findings)


def test_a_missing_interface_is_still_reported_next_to_a_generic_one():
    findings = _findings({"CER.md": "# Intended purpose\n\nThe device is intended for high-flow therapy "
                                    "via a nasal interface or a tracheostomy interface.\n",
                          "CEAR.md": "# Intended purpose\n\nThe device is intended for high-flow therapy "
                                     "via nasal cannula.\n"}, InterfacesDiffer())
    [finding] = findings
    assert "tracheostomy" in finding.message and "nasal cannula" not in finding.message


# --- SS001: an IFU risk restated in the SSCP's own words ----------------------------------------

def test_ss001_accepts_a_paraphrased_free_text_risk():
    from panelproof.extract.model import Concept, Fact
    from panelproof.ingest.model import Document, Location
    from panelproof.rules.sscp.SS001_sscp_omits_ifu_risks import SscpOmitsIfuRisks

    ifu, sscp = (Document(path=p, format="md", role=r, language="en")
                 for p, r in (("IFU_en.md", Role.IFU), ("SSCP.md", Role.SSCP)))

    def risk(document, phrase):
        return Fact(kind=FactKind.RESIDUAL_RISK, value=Concept("text:" + phrase, phrase),
                    location=Location(document.path, None, None, phrase), role=document.role, language="en")

    same = FactBase(documents=[ifu, sscp], facts=[risk(ifu, "bleeding at the exit site"),
                                                 risk(sscp, "exit-site haemorrhage")])
    assert list(SscpOmitsIfuRisks().check(same)) == []
    other = FactBase(documents=[ifu, sscp], facts=[risk(ifu, "bleeding at the exit site"),
                                                  risk(sscp, "exit-site infection")])
    assert len(list(SscpOmitsIfuRisks().check(other))) == 1

"""Failure classes of the blind evaluation: paraphrased contraindications (IU002), an indication
that another document contraindicates (IU004), surgical approaches (IU003), SSCP reading
(SS001, SS002). Each positive case has negative cases that must not match."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract._paraphrase import related, same_item
from panelproof.extract.intended_use import heading_kinds
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.intended_use.common import same_text
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer
from panelproof.rules.intended_use.IU004_indication_contraindicated import IndicationContraindicated
from panelproof.rules.model import Severity
from tests.rules.intended_use_facts import intended_use_facts

_facts = intended_use_facts


@pytest.mark.parametrize("first, second", [
    ("severe right ventricular failure not expected to recover", "non-recoverable right heart failure"),
    ("right heart failure that is not expected to recover", "irreversible right ventricular failure"),
    ("inability to tolerate anticoagulation", "intolerance of anticoagulation"),
    ("patients unable to tolerate anticoagulant therapy", "anticoagulation intolerance"),
    ("irreversible hepatic, renal or neurological dysfunction", "irreversible end-organ dysfunction"),
    ("irreversible liver or kidney failure", "irreversible end-organ failure"),
    ("life expectancy of less than one year", "life expectancy below 1 year"),
    ("life expectancy < 1 year", "life expectancy under one year"),
    ("espérance de vie inférieure à un an", "espérance de vie de moins d'1 an"),
    ("Lebenserwartung unter einem Jahr", "Lebenserwartung weniger als 1 Jahr"),
    ("tachyarrhythmias due to a reversible cause", "reversible causes of the arrhythmia"),
    ("arrhythmia secondary to a correctable cause", "tachycardia due to reversible causes"),
])
def test_paraphrased_contraindications_are_one_item(first, second):
    assert same_text(first.lower(), second.lower())


@pytest.mark.parametrize("first, second", [
    ("tachyarrhythmias due to a reversible cause", "tachyarrhythmias due to an irreversible cause"),
    ("life expectancy of less than one year", "life expectancy of more than one year"),
    ("life expectancy below 1 year", "life expectancy below 2 years"),
    ("irreversible renal failure", "irreversible hepatic failure"),
    ("tachyarrhythmia", "bradyarrhythmia"),
    ("inability to tolerate anticoagulation", "inability to tolerate antiplatelet therapy"),
])
def test_different_items_stay_apart(first, second):
    assert not same_item(first, second)
    assert not same_text(first, second)


@pytest.mark.parametrize("phrase, text, expected", [
    ("renal failure", "hepatic failure", False),  # only the generic word is shared
    ("raised intracranial pressure", "low blood pressure", False),
    ("irreversible hepatic, renal or neurological dysfunction", "Irreversible end-organ failure", True),
    ("severe osteoporosis", "osteoporosis", True),
])
def test_related_wording(phrase, text, expected):
    assert related(phrase, text) is expected


_LVAD_CER = """# Contraindications
- Severe right ventricular failure not expected to recover
- Inability to tolerate anticoagulation
- Irreversible hepatic, renal or neurological dysfunction
- Life expectancy of less than one year
- Known allergy to titanium
"""
_LVAD_IFU = """# Contraindications
| Contraindication |
| --- |
| Non-recoverable right heart failure |
| Intolerance to anticoagulant therapy |
| Irreversible end-organ failure |
| Life expectancy < 1 year |
| Known titanium allergy |
"""


def test_paraphrased_lists_give_no_finding():
    assert list(ContraindicationsDiffer().check(_facts({"CER.md": _LVAD_CER, "IFU_en.md": _LVAD_IFU}))) == []


def test_a_related_but_not_identical_item_is_minor():
    # The IFU names one of the organs of the CER's list: related wording, not a clear absence.
    ifu = _LVAD_IFU.replace("Irreversible end-organ failure", "Irreversible hepatic failure")
    findings = list(ContraindicationsDiffer().check(_facts({"CER.md": _LVAD_CER, "IFU_en.md": ifu})))
    assert findings and all(f.severity is Severity.MINOR for f in findings)


def test_a_clearly_missing_known_contraindication_stays_major():
    cer = _LVAD_CER + "- Pregnancy\n"
    findings = list(ContraindicationsDiffer().check(_facts({"CER.md": cer, "IFU_en.md": _LVAD_IFU})))
    assert [f.severity for f in findings] == [Severity.MAJOR]
    assert "Pregnancy" in [loc.quote for loc in findings[0].locations]


# --- IU004 ---------------------------------------------------------------------------------------

_PURPOSE = "# Intended purpose\n\nThe matrix is intended for haemostasis in spinal and cranial neurosurgery.\n"


@pytest.mark.parametrize("contraindications", [
    "# Contraindications\n\n- Use in neurosurgical procedures or on neural tissue\n",
    "# Contraindications\n\nDo not use the matrix on neural tissue.\n",
    "# Contraindications\n\n- Neurosurgery\n",
])
def test_an_indication_contraindicated_elsewhere_is_a_contradiction(contraindications):
    facts = _facts({"CER.md": _PURPOSE, "IFU_en.md": contraindications})
    [finding] = IndicationContraindicated().check(facts)
    assert finding.severity is Severity.MINOR
    assert {loc.document for loc in finding.locations} == {"CER.md", "IFU_en.md"}


def test_a_contraindication_in_another_language_is_compared_by_concept():
    facts = _facts({"CER.md": _PURPOSE, "IFU_de.md": "# Kontraindikationen\n\n- Neurochirurgische Eingriffe\n"})
    assert len(list(IndicationContraindicated().check(facts))) == 1


@pytest.mark.parametrize("indication, contraindication", [
    # a subgroup excluded from the indication is no contradiction
    ("advanced heart failure", "Severe right ventricular failure not expected to recover"),
    ("chronic wounds", "Infected chronic wounds"),
    ("end-stage renal failure requiring dialysis", "Irreversible hepatic, renal or neurological dysfunction"),
    ("diabetic foot ulcers", "Third-degree burns"),
])
def test_a_narrower_or_other_contraindication_is_no_contradiction(indication, contraindication):
    facts = _facts({"CER.md": f"# Indications\n\n- {indication}\n",
                    "IFU_en.md": f"# Indications\n\n- {indication}\n\n# Contraindications\n\n- {contraindication}\n"})
    assert list(IndicationContraindicated().check(facts)) == []


# --- IU003: surgical approaches --------------------------------------------------------------------

def _interfaces(sentence: str, language: str = "en") -> set[tuple[str, bool]]:
    document = document_from_text("# Intended purpose\n\n" + sentence, "IFU.md", role=Role.IFU, language=language)
    return {(f.value.id, f.value.negated) for f in intended_use.extract(document, None)
            if f.kind is FactKind.INTERFACE}


@pytest.mark.parametrize("sentence, language, expected", [
    ("The cage is intended for fusion via posterior, transforaminal or lateral (retroperitoneal) approaches.",
     "en", {"posterior_approach", "transforaminal_approach", "lateral_approach"}),
    ("The cage is intended for posterior and transforaminal implantation.", "en",
     {"posterior_approach", "transforaminal_approach"}),
    ("The cage is intended for PLIF, TLIF and XLIF procedures.", "en",
     {"posterior_approach", "transforaminal_approach", "lateral_approach"}),
    ("La cage est destinée à l'arthrodèse par voie postérieure ou latérale.", "fr",
     {"posterior_approach", "lateral_approach"}),
    ("Das Implantat ist für den dorsalen oder lateralen Zugang bestimmt.", "de",
     {"posterior_approach", "lateral_approach"}),
    ("Il dispositivo è destinato alla fusione per via posteriore o laterale.", "it",
     {"posterior_approach", "lateral_approach"}),
    ("El dispositivo está destinado a la fusión por abordaje lateral.", "es", {"lateral_approach"}),
])
def test_surgical_approaches_are_modes_of_use(sentence, language, expected):
    assert {i for i, negated in _interfaces(sentence, language) if not negated} == expected


@pytest.mark.parametrize("sentence", [
    "The cage is intended for fusion. The lateral wall of the cage is radiolucent.",
    "The cage is intended for fusion, confirmed on anterior-posterior and lateral radiographs.",
    "The ventilator is intended for patients via the lateral port access.",
])
def test_position_words_without_an_approach_are_no_approach(sentence):
    assert not {i for i, _ in _interfaces(sentence) if i.endswith("_approach")}


def test_an_excluded_approach_is_negated():
    found = _interfaces("The cage is intended for a lateral approach only and is not intended for anterior approaches.")
    assert ("lateral_approach", False) in found and ("anterior_approach", True) in found


# --- SS002 headings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("Who should not use the device?", "contraindications"),
    ("When should the device not be used", "contraindications"),
    ("Wer darf das Produkt nicht verwenden?", "contraindications"),
    ("Quand ne faut-il pas utiliser le dispositif ?", "contraindications"),
    ("What is the device used for?", "indications"),
    ("Who is the device for?", "indications"),
])
def test_patient_facing_question_headings(heading, kind):
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize("heading", ["When should I contact my doctor?", "What are the risks?", "Patient information"])
def test_other_questions_announce_nothing(heading):
    assert not heading_kinds(heading) & {"contraindications", "indications"}


def test_shared_words_of_another_known_concept_keep_a_difference_major():
    from panelproof.rules.intended_use.IU001_indications_differ import IndicationsDiffer

    facts = _facts({"CER.md": "# Indications\n\n- Infected diabetic foot ulcers\n",
                    "IFU_en.md": "# Indications\n\n- Infected diabetic foot ulcers\n- Infected venous leg ulcers\n"})
    [finding] = IndicationsDiffer().check(facts)
    assert finding.severity is Severity.MAJOR

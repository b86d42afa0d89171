"""Evidence extractor on phrasings of other authors: populations, follow-up, equivalence wording."""

from __future__ import annotations

import re

import pytest

from panelproof.extract.evidence import (_first_characters, age_spans, equivalence_aspects, equivalence_differences,
                                         follow_up_months, is_deferred, is_endpoint_definition, justifies_difference,
                                         key_value_follow_up, population_groups, prose_entry, same_items)
from panelproof.ingest.model import Block, BlockKind


@pytest.mark.parametrize(("text", "group"), [
    ("41 children", "children"),
    ("paediatric cohort (n = 41)", "paediatric"),
    ("patients aged 2 to 17 years", "children"),
    ("patients aged between 2 and 17 years", "adolescents"),
    ("infants and toddlers (n = 30)", "infants"),
    ("children aged 6 months to 5 years", "infants"),
    ("patients under 18 years", "children"),
    ("mean age 8.4 years", "children"),
    ("64 neonates of 0.6-4.2 kg", "neonates"),
    ("patients weighing 3-25 kg", "infants"),
    ("812 children 5-40 kg", "adolescents"),
    ("pacientes de 2 a 17 años", "adolescents"),
    ("30 niños con bronquiolitis", "children"),
    ("45 bambini", "children"),
    ("Kinder von 2 bis 11 Jahren", "children"),
    ("enfants âgés de 3 à 10 ans", "children"),
])
def test_population_groups_in_other_words(text: str, group: str) -> None:
    assert group in population_groups(text)


@pytest.mark.parametrize("text", [
    "120 adults aged 18-80 years",
    "followed for 2-5 years",
    "follow-up of 6 to 12 months",
    "mean age 54 years",
    "implant of 5-10 g",
    "patients with a follow-up of 12 months",
    "outcomes at 12 and 24 months",
    "3-5 days of ventilation",
])
def test_no_paediatric_group(text: str) -> None:
    assert not set(population_groups(text)) & {"neonates", "infants", "children", "adolescents", "paediatric"}


def test_weights_give_the_classes_they_span() -> None:
    assert "neonates" not in population_groups("812 children 5-40 kg")
    assert "preterm_neonates" in population_groups("64 neonates of 0.6-4.2 kg")
    assert population_groups("adults 50-120 kg") == ("adults",)


def test_age_spans_reads_months_and_bounds() -> None:
    assert (0.5, 5.0) in age_spans("children aged 6 months to 5 years")
    assert age_spans("mean age 61 years") == [(61.0, 61.0)]
    assert age_spans("after 6 to 12 months") == []


@pytest.mark.parametrize("text", [
    "The registry included 41 children (Lee et al. 2021).",
    "In a paediatric cohort of 41 the device was used for 6 months.",
    "In 40 patients with ulcerative colitis, ozone therapy reduced inflammation [3].",
    "Thirty infants and toddlers were treated in the PEDI study.",
])
def test_study_sentences_are_evidence(text: str) -> None:
    assert prose_entry(text) is not None


@pytest.mark.parametrize("text", [
    "The study was approved by the ethics committee.",
    "Adverse events occurred in 12 patients.",
])
def test_sentences_that_describe_no_data(text: str) -> None:
    assert prose_entry(text) is None


@pytest.mark.parametrize(("text", "months"), [
    ("Patients were followed up for 12 months.", 12.0),
    ("The investigation provides 12-month data in 38 patients.", 12.0),
    ("Results at 24 months are available for 60 patients.", 24.0),
    ("Les patients ont eu un suivi de 6 mois.", 6.0),
    ("The PMCF registry will follow all patients for 5 years.", None),
    ("A 10-year follow-up is planned.", None),
    ("Les patients seront suivis pendant 5 ans.", None),
    ("Eine Nachbeobachtung über 5 Jahre ist geplant.", None),
    ("Smith 2018 (5-year follow-up) was excluded because it concerns another device.", None),
])
def test_follow_up_achieved_not_planned(text: str, months: float | None) -> None:
    assert follow_up_months(text) == months


def _row(*cells: str, section: str = "Own clinical investigation") -> Block:
    return Block(kind=BlockKind.TABLE_ROW, text=" | ".join(cells), cells=cells, heading_path=(section,),
                 table_index=0, row_index=2)


def test_follow_up_from_label_value_rows() -> None:
    assert key_value_follow_up(_row("Follow-up", "12 months")).follow_up_months == 12.0
    assert key_value_follow_up(_row("Durée de suivi", "6 mois")).follow_up_months == 6.0
    assert key_value_follow_up(_row("Mean follow-up (months)", "18")).follow_up_months == 18.0
    assert key_value_follow_up(_row("Follow-up", "5 years", section="PMCF plan")) is None
    assert key_value_follow_up(_row("Follow-up", "5 years planned")) is None
    assert key_value_follow_up(_row("Patients", "38")) is None


@pytest.mark.parametrize(("text", "deferred"), [
    ("The 5-year criterion will be confirmed by the PMCF registry.", True),
    ("Long-term durability shall be demonstrated in the PMCF study.", True),
    ("La durabilité à 5 ans sera confirmée dans le cadre du SCAC.", True),
    ("Die Langzeitstabilität wird im Rahmen der PMCF-Studie bestätigt.", True),
    ("A 10-year follow-up of all patients is planned.", True),
    ("AortoSeal provides 5-year durability of the repair.", False),
    ("The implant is safe for life.", False),
    ("The implant will remain stable for life.", False),
    ("Le dispositif assurera une fixation à vie.", False),
])
def test_deferred_statements(text: str, deferred: bool) -> None:
    assert is_deferred(text) is deferred


@pytest.mark.parametrize(("text", "definition"), [
    ("Durable repair: recurrence at 24 months.", True),
    ("Primary endpoint: freedom from reintervention at 5 years.", True),
    ("Long-term patency defined as absence of occlusion at 2 years.", True),
    ("Long-term safety: no device-related deaths were observed over 5 years.", False),
    ("AortoSeal provides 5-year durability of the repair.", False),
    ("Clinical benefit: lifelong fixation of the stem.", False),
    ("Durabilité : récidive à 24 mois.", True),
])
def test_endpoint_definitions(text: str, definition: bool) -> None:
    assert is_endpoint_definition(text) is definition


@pytest.mark.parametrize(("text", "aspects"), [
    ("PulseAir 2 is equivalent to its predecessor (same design, materials and console).", {"technical", "biological"}),
    ("identical implant and abutment", {"technical", "biological"}),
    ("unchanged materials, geometry and software", {"technical", "biological"}),
    ("Materials and design are identical.", {"technical", "biological"}),
    ("The intended purpose is unchanged.", {"clinical"}),
    ("Les matériaux et la conception sont identiques.", {"technical", "biological"}),
    ("Gleiche Werkstoffe und unveränderte Software.", {"technical", "biological"}),
    ("Stessi materiali e stesse indicazioni.", {"biological", "clinical"}),
    # negatives: a sameness that compares nothing, a part named as a modifier
    ("of the same manufacturer", set()),
    ("the same manufacturer's device", set()),
    ("same stent design", {"technical"}),
])
def test_same_items(text: str, aspects: set[str]) -> None:
    assert same_items(text) == aspects


def test_equivalence_aspects_include_same_items() -> None:
    assert equivalence_aspects("Identical implant and abutment; same indications.") == {
        "technical", "biological", "clinical"}


@pytest.mark.parametrize(("text", "aspect"), [
    ("SmoothForm has a smooth surface; TexForm has a textured surface.", "technical"),
    ("The new shell is coated, the predecessor's was uncoated.", "technical"),
    ("The device differs from the predecessor in its surface coating.", "biological"),
    ("Le dispositif diffère du prédécesseur par ses matériaux.", "biological"),
])
def test_differences(text: str, aspect: str) -> None:
    assert aspect in {a for a, _ in equivalence_differences(text)}


@pytest.mark.parametrize("text", [
    "Shell design, surface texture and dimensions: identical.",
    "Same materials, same design.",
    "The implant has a smooth shell.",
])
def test_no_difference(text: str) -> None:
    assert equivalence_differences(text) == []


def test_justification_of_a_difference() -> None:
    assert justifies_difference("Bench testing shows the difference has no clinically significant effect.")
    assert justifies_difference("Ce changement n'affecte pas les performances cliniques : justifié par des essais au banc.")
    assert not justifies_difference("SmoothForm has a smooth surface.")


def test_first_characters_of_a_cue() -> None:
    assert _first_characters(r"\bab|c\d|(?:x|y)z|w?q") == "acqwxy"
    assert _first_characters(r"\w+ing") is None  # a category: no shortcut
    pattern = re.compile(r"\bstud(?:y|ies)|\d+ patients")
    assert set(_first_characters(pattern.pattern)) == set("s0123456789")


@pytest.mark.parametrize("text", [
    "The clinical benefits claimed by the manufacturer are listed below together with the outcome "
    "parameter used for their demonstration and the acceptance criterion.",
    "The plan is establishing the target groups, the clinical benefits with their outcome "
    "parameters and the acceptance criteria which are then verified in the report.",
    "Les bénéfices cliniques et leurs critères d'acceptation sont présentés ci-dessous.",
    "Die Endpunkte und Akzeptanzkriterien werden nachstehend beschrieben.",
    "Acceptance criteria are derived from the state-of-the-art analysis and apply to the pooled data.",
    "Les critères d'acceptation sont dérivés de l'état de l'art.",
    "Die Akzeptanzkriterien werden aus dem Stand der Technik abgeleitet.",
])
def test_a_sentence_announcing_the_outcome_parameters_defines_none(text):
    from panelproof.extract.evidence import is_outcome_statement

    assert not is_outcome_statement(text, in_section=True)


def test_a_sentence_introducing_named_endpoints_still_defines_them():
    from panelproof.extract.evidence import is_outcome_statement

    assert is_outcome_statement("The following secondary endpoints are assessed at 12 months: "
                                "pain (VAS) and ODI.", in_section=True)


def test_a_negation_before_a_page_break_still_denies_the_equivalence():
    from panelproof.extract import evidence
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    text = ("# CEP\n\n## Clinical data\n\n- Literature: shunt survival in children and adults. No\n\n"
            "equivalence is claimed.\n\n## Sources\n\n- Data come from the pivotal study and\n\n"
            "the device is considered equivalent to the Shunto V2 of OtherCorp.\n")
    document = document_from_text(text, "CEP.md", role=Role.CEP)
    quotes = [f.location.quote for f in evidence.extract(document, None)
              if f.kind.name == "EQUIVALENCE"]
    assert quotes == ["the device is considered equivalent to the Shunto V2 of OtherCorp."]


@pytest.mark.parametrize(("text", "subject"), [
    ("Lullove EJ et al. A randomized controlled clinical trial of omega-3-rich fish skin in "
     "chronic diabetic foot ulcers. Wounds 2021.", "human"),
    ("Dorweiler B et al. Intact fish skin graft for the treatment of chronic wounds in 23 "
     "patients. Chirurg 2018.", "human"),
    ("Ozone treatment of recirculating water in salmon farms. Aquac Eng 2012.", "aquaculture"),
    ("Survival of fish exposed to ozonated seawater. J Fish Dis 2009.", "aquaculture"),
])
def test_a_material_taken_from_fish_is_not_an_aquatic_subject(text, subject):
    from panelproof.extract.evidence import subject_of
    assert subject_of(text) == subject

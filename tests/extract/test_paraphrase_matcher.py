"""Free-text items that documents of one language restate in their own words (IU001/IU002).

The labelled pairs below justify `_paraphrase.RESTATEMENT_THRESHOLD`: the matcher must call every
`same` pair the same item and keep every `different` pair apart, including hard negatives that
differ only by a number, a comparator, one list item or one specific word.
"""

from __future__ import annotations

import pytest

from panelproof.rules.intended_use.common import same_text

SAME = [
    # plural / singular, word order, time-window fillers
    ("radiotherapy of the jaw in the last 12 months", "jaw radiotherapy within 12 months"),
    ("radiotherapy of the jaw in the last 12 months", "radiotherapy of the jaws in the last 12 months"),
    ("jaw radiotherapy within 12 months", "radiotherapy of the jaws in the past twelve months"),
    ("history of radiotherapy of the jaw within 12 months", "prior jaw radiotherapy (12 months)"),
    # comparators in symbols and words
    ("LAA ostium < 12 mm or > 32 mm", "LAA ostium smaller than 12 mm or larger than 32 mm"),
    ("LAA ostium < 12 mm or > 32 mm", "LAA ostium below 12 mm or above 32 mm"),
    ("LAA ostium smaller than 12 mm or larger than 32 mm", "left atrial appendage ostium < 12 mm or > 32 mm"),
    ("age ≥ 18 years", "age of at least 18 years"),
    # another device, presence of, substitution of one word in a long item
    ("another implanted pacemaker or ICD pacing the same ventricle",
     "presence of another implanted pacemaker or ICD that is active in the same ventricle"),
    ("another implanted pacemaker or ICD pacing the same ventricle", "another device pacing the same ventricle"),
    # acronyms spelled out, treated / target
    ("prior lung transplant, lobectomy or LVRS in the treated lung",
     "previous lung transplantation, lobectomy or lung volume reduction surgery of the target lung"),
    ("prior lung transplant, lobectomy or LVRS in the treated lung",
     "history of lung transplant, lobectomy or LVRS on the target lung"),
    # fractions in words and digits
    ("bulla larger than one third of the hemithorax", "bullae > 1/3 of the hemithorax"),
    ("bulla larger than one third of the hemithorax", "bulla occupying more than a third of the hemithorax"),
    # restatements that already matched
    ("absence of adequate vascular access", "no suitable vascular access"),
    ("inability to operate the programmer", "patients unable to operate the patient programmer"),
    ("known allergy to nickel", "hypersensitivity to nickel"),
    ("active infection", "any active infection"),
    ("pregnancy", "known pregnancy"),
    ("uncorrectable bleeding disorder", "uncorrectable bleeding disorders"),
    ("life expectancy of less than 1 year", "life expectancy < one year"),
    # French, German, Italian, Spanish
    ("radiothérapie de la mâchoire dans les 12 derniers mois", "antécédent de radiothérapie de la mâchoire (12 mois)"),
    ("ostium de l'AAG inférieur à 12 mm ou supérieur à 32 mm", "ostium de l'AAG < 12 mm ou > 32 mm"),
    ("Strahlentherapie des Kiefers innerhalb der letzten 12 Monate", "Strahlentherapie des Kiefers in den letzten 12 Monaten"),
    ("LAA-Ostium kleiner als 12 mm oder größer als 32 mm", "LAA-Ostium < 12 mm oder > 32 mm"),
    ("radioterapia della mandibola negli ultimi 12 mesi", "pregressa radioterapia della mandibola entro 12 mesi"),
    ("radioterapia de la mandíbula en los últimos 12 meses", "antecedentes de radioterapia de la mandíbula en los últimos 12 meses"),
]

DIFFERENT = [
    # numbers and comparators
    ("radiotherapy of the jaw within 12 months", "radiotherapy of the jaw within 6 months"),
    ("LAA ostium < 12 mm", "LAA ostium > 32 mm"),
    ("LAA ostium < 12 mm", "LAA ostium > 12 mm"),
    ("stenosis ≥ 50 %", "stenosis ≥ 70 %"),
    ("bulla larger than one third of the hemithorax", "bulla larger than half of the hemithorax"),
    ("life expectancy of less than 1 year", "life expectancy of less than 2 years"),
    # one specific word
    ("active infection", "active endocarditis"),
    ("pregnancy", "breastfeeding"),
    ("irreversible renal failure", "irreversible hepatic failure"),
    ("reversible renal failure", "irreversible renal failure"),
    ("severe aortic stenosis with bicuspid valve", "severe aortic stenosis with tricuspid valve"),
    ("stroke or TIA within 6 months", "myocardial infarction or TIA within 6 months"),
    ("stroke within 6 months", "myocardial infarction within 6 months"),
    ("thrombus in the left atrium", "thrombus in the right atrium"),
    ("stenosis of the proximal left anterior descending artery", "stenosis of the distal left anterior descending artery"),
    ("acute kidney injury", "chronic kidney injury"),
    # one list item in an otherwise equal list
    ("known allergy to nickel, titanium or polyurethane", "known allergy to nickel, titanium or silicone"),
    ("prior lung transplant, lobectomy or LVRS in the treated lung",
     "prior lung transplant, pneumonectomy or LVRS in the treated lung"),
    ("coagulopathy, thrombocytopenia or anaemia", "coagulopathy, thrombocytopenia or leukopenia"),
    # other items altogether
    ("radiotherapy of the jaw within 12 months", "bisphosphonate therapy within 12 months"),
    ("another implanted pacemaker or ICD pacing the same ventricle", "mechanical tricuspid valve"),
    ("LAA ostium < 12 mm or > 32 mm", "LAA thrombus"),
    ("absence of adequate vascular access", "adequate vascular access"),
    ("Schwangerschaft", "Stillzeit"),
    ("grossesse", "allaitement"),
]


@pytest.mark.parametrize("first, second", SAME)
def test_restatements_are_one_item(first: str, second: str) -> None:
    assert same_text(first.lower(), second.lower())
    assert same_text(second.lower(), first.lower())


@pytest.mark.parametrize("first, second", DIFFERENT)
def test_different_items_stay_apart(first: str, second: str) -> None:
    assert not same_text(first.lower(), second.lower())
    assert not same_text(second.lower(), first.lower())


# Not matched directly (two substitutions: "device" for "pacemaker or ICD", "pacing" for
# "active"); `unify_text_ids` joins them when a third wording restates both (see below).
HARD_SAME = ("presence of another implanted pacemaker or ICD that is active in the same ventricle",
             "another device pacing the same ventricle")


def test_a_wording_joins_any_variant_already_seen() -> None:
    from panelproof.extract.model import Concept, Fact, FactKind
    from panelproof.ingest.model import Document, Location, Role
    from panelproof.rules.intended_use.common import Statement, unify_text_ids

    wordings = [HARD_SAME[0], "another implanted pacemaker or ICD pacing the same ventricle", HARD_SAME[1]]
    group = []
    for i, wording in enumerate(wordings):
        document = Document(path=f"doc{i}.md", format="md", role=Role.IFU, language="en")
        fact = Fact(FactKind.CONTRAINDICATION, Concept("text:" + wording.lower(), wording),
                    Location(document.path, None, None, wording))
        group.append(Statement(document, {"text:" + wording.lower(): [fact]}, [fact]))
    assert not same_text(HARD_SAME[0].lower(), HARD_SAME[1].lower())
    unify_text_ids(group)
    assert len({c for s in group for c in s.concepts}) == 1


def test_labelled_list_is_large_enough() -> None:
    assert len(SAME) + len(DIFFERENT) >= 40


@pytest.mark.parametrize(("first", "second"), [
    ("an annulus outside the 18 to 30 mm range", "Aortic annulus smaller than 18 mm or larger than 30 mm"),
    ("LAA ostium smaller than 12 mm or larger than 32 mm", "LAA opening below 12 mm or above 32 mm"),
    ("intracardiac thrombus", "left ventricular or left atrial thrombus"),
])
def test_same_measured_limits_of_the_same_thing_are_one_item(first, second):
    assert same_text(first, second)


@pytest.mark.parametrize(("first", "second"), [
    ("LVEF below 30 %", "LVEF above 30 %"),
    ("annulus smaller than 18 mm", "vessel diameter smaller than 18 mm"),
    ("prior surgery within 6 months", "myocardial infarction within 6 months"),
    ("pregnancy before 20 weeks", "stroke in the last 20 weeks"),
])
def test_shared_numbers_or_units_alone_do_not_make_one_item(first, second):
    assert not same_text(first, second)

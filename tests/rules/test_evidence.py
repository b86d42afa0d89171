"""Evidence rules on hand-built fact bases (population/indication/class facts are others')."""

from panelproof.extract.claims import analyse
from panelproof.extract.model import Concept, Equivalence, EvidenceEntry, Fact, FactBase, FactKind
from panelproof.ingest.model import Location, Role
from panelproof.rules.evidence.EV001_non_clinical_evidence import NonClinicalEvidence
from panelproof.rules.evidence.EV002_population_without_data import PopulationWithoutData
from panelproof.rules.evidence.EV003_follow_up_too_short import FollowUpTooShort
from panelproof.rules.evidence.EV004_outcome_not_reported import OutcomeNotReported
from panelproof.rules.evidence.EV005_equivalence_without_contract import EquivalenceWithoutContract
from panelproof.ingest.model import Document


def fact(kind, value, role, quote="q", section=None):
    return Fact(kind, value, Location(f"{role.value}.md", None, section, quote), role=role)


def entry(citation, section="Clinical data", **kw):
    return fact(FactKind.EVIDENCE, EvidenceEntry(citation, **kw), Role.CER, quote=citation, section=section)


def base(*facts, roles=(Role.CER,)):
    docs = [Document(path=f"{r.value}.md", format="md", role=r) for r in roles]
    return FactBase(documents=docs, facts=list(facts))


def test_ev001_non_clinical_subject_in_clinical_data_or_cited():
    salmon = entry("[3] Lindqvist 2016", subject="aquaculture")
    claim = fact(FactKind.CLAIM, analyse("OzoCare accelerates healing [3]."), Role.CER)
    assert len(list(NonClinicalEvidence().check(base(salmon, claim)))) == 1
    preclinical = entry("[5] Rat study", subject="animal", section="Pre-clinical data")
    human = entry("[4] Okafor 2020", subject="human")
    assert list(NonClinicalEvidence().check(base(preclinical, human))) == []


def test_ev002_children_without_paediatric_data():
    children = fact(FactKind.POPULATION_GROUP, Concept("children", "children"), Role.IFU)
    adults = entry("Keller 2019", population_groups=("adults",))
    assert len(list(PopulationWithoutData().check(base(children, adults)))) == 1
    kids = entry("Ito 2020", population_groups=("children",))
    assert list(PopulationWithoutData().check(base(children, adults, kids))) == []
    # Evidence that states no population at all cannot be judged.
    assert list(PopulationWithoutData().check(base(children, entry("X 2020")))) == []


def test_ev002_paediatric_umbrella_and_indications():
    paed = fact(FactKind.POPULATION_GROUP, Concept("paediatric", "paediatric patients"), Role.IFU)
    assert list(PopulationWithoutData().check(base(paed, entry("A", population_groups=("infants",))))) == []
    ind = fact(FactKind.INDICATION, Concept("text:venous leg ulcers", "venous leg ulcers"), Role.IFU)
    dfu = entry("B", indication="diabetic foot ulcers")
    assert len(list(PopulationWithoutData().check(base(ind, dfu)))) == 1
    vlu = entry("C", indication="Venous leg ulcer")
    assert list(PopulationWithoutData().check(base(ind, dfu, vlu))) == []


def test_ev003_functional_endpoint_needs_longer_follow_up():
    endpoint = fact(FactKind.OUTCOME_PARAMETER, "Bone suitable for implant placement", Role.CEP)
    radiodensity = fact(FactKind.OUTCOME_PARAMETER, "Bone radiodensity at 4 months", Role.CEP)
    four = entry("[1] Rossi", follow_up_months=4.0)
    assert [f.locations[0].quote for f in FollowUpTooShort().check(base(endpoint, radiodensity, four))] == ["q"]
    twelve = entry("[2] Weber", follow_up_months=12.0)
    assert list(FollowUpTooShort().check(base(endpoint, four, twelve))) == []


def test_ev004_cep_outcome_reported_or_not():
    closure = fact(FactKind.OUTCOME_PARAMETER, "Complete wound closure at 12 weeks | >= 60 %", Role.CEP,
                   quote="Complete wound closure at 12 weeks | ≥ 60 %")
    pain = fact(FactKind.OUTCOME_PARAMETER, "Primary endpoint: wound pain (VAS)", Role.CEP)
    reported = fact(FactKind.OUTCOME_PARAMETER, "Wound pain on the VAS fell by 3 points in 64 patients.", Role.CER)
    found = list(OutcomeNotReported().check(base(closure, pain, reported, roles=(Role.CER, Role.CEP))))
    assert len(found) == 1 and "closure" in found[0].message
    assert list(OutcomeNotReported().check(base(closure, pain, roles=(Role.CEP,)))) == []  # no CER, no verdict


def test_ev005_competitor_without_contract_for_class_iii_only():
    competitor = fact(FactKind.EQUIVALENCE, Equivalence("BoneFill X", "OsteoCorp AG", own_device=False), Role.CER)
    class_iii = fact(FactKind.DEVICE_CLASS, "III", Role.CER)
    class_iia = fact(FactKind.DEVICE_CLASS, "IIa", Role.CER)
    contract = fact(FactKind.EQUIVALENCE, Equivalence("", None, None, contract=True), Role.CER)
    own = fact(FactKind.EQUIVALENCE, Equivalence("DentaBone 1", None, own_device=True), Role.CER)
    assert len(list(EquivalenceWithoutContract().check(base(competitor, class_iii)))) == 1
    assert list(EquivalenceWithoutContract().check(base(competitor, class_iia))) == []
    assert list(EquivalenceWithoutContract().check(base(competitor, class_iii, contract))) == []
    assert list(EquivalenceWithoutContract().check(base(own, class_iii))) == []
    other_maker = fact(FactKind.EQUIVALENCE, Equivalence("BoneFill X", "OsteoCorp AG"), Role.CER)
    maker = fact(FactKind.MANUFACTURER, "Dentalis Medical GmbH", Role.CER)
    assert len(list(EquivalenceWithoutContract().check(base(other_maker, maker, class_iii)))) == 1


def test_ev003_statements_name_their_own_time_point():
    from panelproof.rules.evidence.EV003_follow_up_too_short import time_point_months
    assert time_point_months("valve durability of at least 15 years")[0] == 180
    assert time_point_months("keeps bone volume stable for more than 10 years")[0] == 120
    assert time_point_months("survie implantaire à 5 ans")[0] == 60
    assert time_point_months("Überlebensrate nach 10 Jahren")[0] == 120
    assert time_point_months("10-year survival")[0] == 120
    for age in ("adults aged 18 to 80 years", "patients over 65 years of age", "a 12-year-old child",
                "children up to 12 years", "for 18 years and older"):
        assert time_point_months(age) is None, age


def test_ev003_one_finding_lists_every_statement_the_follow_up_cannot_support():
    long_claim = fact(FactKind.CLAIM, analyse("The valve keeps its performance for more than 15 years [1]."),
                      Role.CER, quote="long")
    endpoint = fact(FactKind.OUTCOME_PARAMETER, "Freedom from reintervention at 5 years", Role.CEP, quote="cep")
    at_six = fact(FactKind.OUTCOME_PARAMETER, "Mean gradient at 6 months", Role.CEP, quote="six")
    found = list(FollowUpTooShort().check(base(long_claim, endpoint, at_six, entry("[1] Meier", follow_up_months=12.0))))
    assert len(found) == 1
    assert [loc.quote for loc in found[0].locations] == ["long", "cep", "[1] Meier"]


def test_ev004_generic_parts_of_compounds_do_not_count_as_reported():
    satisfaction = fact(FactKind.OUTCOME_PARAMETER, "patient-reported satisfaction at 6 months", Role.CEP)
    unrelated = fact(FactKind.OUTCOME_PARAMETER, "Severe events per patient-year were reported in 2 studies.", Role.CER)
    assert len(list(OutcomeNotReported().check(base(satisfaction, unrelated, roles=(Role.CER, Role.CEP))))) == 1
    reported = fact(FactKind.OUTCOME_PARAMETER, "Satisfaction was high in 90 % at 6 months.", Role.CER)
    assert list(OutcomeNotReported().check(base(satisfaction, reported, roles=(Role.CER, Role.CEP)))) == []


def test_ev002_all_patients_is_not_a_group():
    everyone = fact(FactKind.POPULATION_GROUP, Concept("unrestricted", "all patients"), Role.SSCP)
    assert list(PopulationWithoutData().check(base(everyone, entry("K", population_groups=("adults",))))) == []


def test_low_birth_weight_neonatal_data_covers_preterm_neonates() -> None:
    from panelproof.rules.evidence.EV002_population_without_data import _preterm_data

    assert _preterm_data("64 neonates of 0.6–4.2 kg")
    assert _preterm_data("neonates born at 28 weeks of gestation")
    assert _preterm_data("Frühgeborene und reife Neugeborene")
    assert not _preterm_data("neonates of 3-4 kg")
    assert not _preterm_data("41 children of 10–35 kg")


def test_one_ev001_finding_per_source_quoting_the_table_row_and_the_reference(tmp_path):
    from panelproof.pipeline import run_check

    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – Menisca scaffold\n\n## Clinical data\n\n"
        "| No. | Study | Design | Result |\n|---|---|---|---|\n"
        "| 1 | MENI-1 pivotal study [2] | 60 patients, 24 months | Lysholm +28 |\n"
        "| 2 | Lindqvist et al. 2019 [4] | In vitro seeding with human fibrochondrocytes | Cell attachment 92 % |\n\n"
        "Study [4] confirms the regenerative performance of the scaffold.\n\n"
        "## References\n\n"
        "2. Rossi A et al. The MENI-1 study. Knee 2023.\n"
        "4. Lindqvist H, Aas T. In vitro cell seeding of a polyurethane scaffold. Biomaterials 2019.\n",
        encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "EV001"]
    assert len(findings) == 1
    quotes = " ".join(location.quote for location in findings[0].locations)
    assert "Lindqvist et al. 2019 [4]" in quotes and "Lindqvist H, Aas T." in quotes

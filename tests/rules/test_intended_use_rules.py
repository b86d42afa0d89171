"""IU/CS/LA/SS rules on hand-built fact bases: what each reports, and what it must not."""

from __future__ import annotations

from panelproof.extract.model import Concept, Fact, FactBase, FactKind, PopulationBound, Setting
from panelproof.ingest.model import Document, Location, Role
from panelproof.rules.care_setting.CS001_care_settings_differ import CareSettingsDiffer
from panelproof.rules.intended_use.IU001_indications_differ import IndicationsDiffer
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer
from panelproof.rules.intended_use.IU003_interfaces_differ import InterfacesDiffer
from panelproof.rules.language.LA001_language_versions_differ import LanguageVersionsDiffer
from panelproof.rules.model import Severity
from panelproof.rules.sscp.SS001_sscp_omits_ifu_risks import SscpOmitsIfuRisks
from panelproof.rules.sscp.SS002_sscp_lacks_intended_use import SscpLacksIntendedUse


def doc(path: str, role: Role, language: str = "en") -> Document:
    return Document(path=path, format="md", role=role, language=language)


def fact(document: Document, kind: FactKind, value, quote: str | None = None) -> Fact:
    quote = quote or getattr(value, "label", None) or str(value)
    return Fact(kind=kind, value=value, location=Location(document.path, None, None, quote),
                role=document.role, language=document.language)


def base(documents: list[Document], facts: list[Fact]) -> FactBase:
    return FactBase(documents=documents, facts=facts)


def sides(finding) -> set[str]:
    return {loc.document for loc in finding.locations}


CER, IFU, CEAR = doc("CER.md", Role.CER), doc("IFU_en.md", Role.IFU), doc("CEAR.md", Role.CEAR)
IFU_FR, IFU_DE = doc("IFU_fr.md", Role.IFU, "fr"), doc("IFU_de.md", Role.IFU, "de")
SSCP, PMCF = doc("SSCP.md", Role.SSCP), doc("PMCF_plan.md", Role.PMCF_PLAN)


# --- IU001 ----------------------------------------------------------------------------------

def test_iu001_broader_vs_narrower_indication_quotes_both_sides() -> None:
    facts = base([CER, IFU], [
        fact(CER, FactKind.INDICATION, Concept("all_wounds", "all wound types")),
        fact(IFU, FactKind.INDICATION, Concept("diabetic_foot_ulcers", "Diabetic foot ulcers")),
    ])
    [finding] = IndicationsDiffer().check(facts)
    assert finding.severity is Severity.MAJOR
    assert sides(finding) == {"CER.md", "IFU_en.md"}
    assert "narrower" in finding.message and "all wound types" in finding.message


def test_iu001_same_indications_in_other_words_are_silent() -> None:
    facts = base([CER, IFU, CEAR], [
        fact(CER, FactKind.INDICATION, Concept("copd", "COPD")),
        fact(IFU, FactKind.INDICATION, Concept("copd", "chronic obstructive pulmonary disease")),
        fact(CEAR, FactKind.INDICATION, Concept("text:weaning from ventilation", "weaning")),
        fact(CEAR, FactKind.INDICATION, Concept("copd", "COPD")),
        fact(CER, FactKind.INDICATION, Concept("text:ventilation weaning", "weaning")),
        fact(IFU, FactKind.INDICATION, Concept("text:weaning from the ventilation", "weaning")),
    ])
    assert list(IndicationsDiffer().check(facts)) == []


def test_iu001_one_finding_per_split_not_per_pair() -> None:
    facts = base([CER, IFU, CEAR], [
        fact(CER, FactKind.INDICATION, Concept("copd")), fact(CER, FactKind.INDICATION, Concept("ards")),
        fact(IFU, FactKind.INDICATION, Concept("copd")), fact(CEAR, FactKind.INDICATION, Concept("copd")),
    ])
    [finding] = IndicationsDiffer().check(facts)
    assert "acute respiratory distress syndrome" in finding.message
    assert sides(finding) == {"CER.md", "IFU_en.md", "CEAR.md"}


def test_iu001_ignores_documents_without_indications_and_pmcf_plans() -> None:
    facts = base([CER, IFU, PMCF], [
        fact(CER, FactKind.INDICATION, Concept("copd")),
        fact(PMCF, FactKind.INDICATION, Concept("ards")),
    ])
    assert list(IndicationsDiffer().check(facts)) == []


def test_iu001_compares_one_ifu_per_role() -> None:
    # French and German IFUs are the language rule's business, not repeated against the CER
    facts = base([CER, IFU, IFU_FR], [
        fact(CER, FactKind.INDICATION, Concept("copd")), fact(IFU, FactKind.INDICATION, Concept("copd")),
        fact(IFU_FR, FactKind.INDICATION, Concept("ards")),
    ])
    assert list(IndicationsDiffer().check(facts)) == []


# --- IU002 ----------------------------------------------------------------------------------

def test_iu002_none_versus_list() -> None:
    facts = base([CER, IFU], [
        fact(CER, FactKind.CONTRAINDICATION, Concept("none", "There are no known contraindications", negated=True)),
        fact(IFU, FactKind.CONTRAINDICATION, Concept("pneumothorax", "untreated pneumothorax")),
    ])
    [finding] = ContraindicationsDiffer().check(facts)
    assert "no contraindications" in finding.message and "pneumothorax" in finding.message
    assert sides(finding) == {"CER.md", "IFU_en.md"}


def test_iu002_text_only_difference_is_minor() -> None:
    facts = base([CER, IFU], [
        fact(CER, FactKind.CONTRAINDICATION, Concept("text:severe bullous emphysema")),
        fact(IFU, FactKind.CONTRAINDICATION, Concept("text:recent facial surgery")),
    ])
    [finding] = ContraindicationsDiffer().check(facts)
    assert finding.severity is Severity.MINOR


# --- IU003 ----------------------------------------------------------------------------------

def test_iu003_cear_omits_endotracheal_tube() -> None:
    facts = base([CER, IFU, CEAR], [
        *(fact(d, FactKind.INTERFACE, Concept(i)) for d in (CER, IFU) for i in ("mask", "endotracheal_tube", "tracheostomy")),
        fact(CEAR, FactKind.INTERFACE, Concept("mask")), fact(CEAR, FactKind.INTERFACE, Concept("tracheostomy")),
    ])
    [finding] = InterfacesDiffer().check(facts)
    assert "endotracheal tube" in finding.message and "CEAR" in finding.message
    assert "CEAR.md" in sides(finding)


def test_iu003_negated_interface_counts_as_not_intended() -> None:
    facts = base([CER, IFU], [
        fact(CER, FactKind.INTERFACE, Concept("mask")), fact(CER, FactKind.INTERFACE, Concept("endotracheal_tube")),
        fact(IFU, FactKind.INTERFACE, Concept("mask")),
        fact(IFU, FactKind.INTERFACE, Concept("endotracheal_tube", negated=True)),
    ])
    assert len(list(InterfacesDiffer().check(facts))) == 1


# --- CS001 ----------------------------------------------------------------------------------

def test_cs001_hospital_only_versus_home_is_major() -> None:
    facts = base([CER, IFU], [
        fact(IFU, FactKind.CARE_SETTING, Setting("hospital", "hospital", exclusive=True), "For hospital use only"),
        fact(CER, FactKind.CARE_SETTING, Setting("hospital", "hospitals")),
        fact(CER, FactKind.CARE_SETTING, Setting("sleep_lab", "sleep laboratories")),
    ])
    [finding] = CareSettingsDiffer().check(facts)
    assert finding.severity is Severity.MAJOR
    assert sides(finding) == {"CER.md", "IFU_en.md"}
    assert "For hospital use only" in finding.message


def test_cs001_not_for_home_use_versus_home() -> None:
    facts = base([SSCP, IFU], [
        fact(IFU, FactKind.CARE_SETTING, Setting("home", "home use", negated=True), "Not for home use"),
        fact(SSCP, FactKind.CARE_SETTING, Setting("home", "at home")),
    ])
    [finding] = CareSettingsDiffer().check(facts)
    assert finding.severity is Severity.MAJOR


def test_cs001_consistent_hospital_settings_and_pmcf_plan_are_silent() -> None:
    facts = base([CER, IFU, PMCF], [
        fact(IFU, FactKind.CARE_SETTING, Setting("hospital", exclusive=True)),
        fact(CER, FactKind.CARE_SETTING, Setting("icu")),
        fact(CER, FactKind.CARE_SETTING, Setting("home", negated=True)),
        fact(PMCF, FactKind.CARE_SETTING, Setting("sleep_lab")),  # PM001's business
    ])
    assert list(CareSettingsDiffer().check(facts)) == []


def test_cs001_a_setting_merely_not_mentioned_is_no_contradiction() -> None:
    facts = base([CER, IFU], [
        fact(IFU, FactKind.CARE_SETTING, Setting("icu")),
        fact(CER, FactKind.CARE_SETTING, Setting("icu")),
        fact(CER, FactKind.CARE_SETTING, Setting("transport", "during transport")),
    ])
    assert list(CareSettingsDiffer().check(facts)) == []


def test_cs001_excluded_setting_named_elsewhere() -> None:
    facts = base([CER, IFU], [
        fact(IFU, FactKind.CARE_SETTING, Setting("home", "home use is not foreseen", negated=True)),
        fact(CER, FactKind.CARE_SETTING, Setting("home", "home care after discharge")),
    ])
    [finding] = CareSettingsDiffer().check(facts)
    assert sides(finding) == {"CER.md", "IFU_en.md"} and "home" in finding.message


def test_cs001_two_settings_outside_hospital_in_other_words_are_silent() -> None:
    facts = base([CER, IFU], [
        fact(IFU, FactKind.CARE_SETTING, Setting("home")),
        fact(CER, FactKind.CARE_SETTING, Setting("outpatient")),
    ])
    assert list(CareSettingsDiffer().check(facts)) == []


# --- LA001 ----------------------------------------------------------------------------------

def test_la001_contraindication_missing_in_one_language() -> None:
    facts = base([IFU, IFU_FR, IFU_DE], [
        *(fact(d, FactKind.CONTRAINDICATION, Concept("pneumothorax")) for d in (IFU, IFU_FR, IFU_DE)),
        fact(IFU, FactKind.CONTRAINDICATION, Concept("raised_intracranial_pressure")),
        fact(IFU_DE, FactKind.CONTRAINDICATION, Concept("raised_intracranial_pressure")),
    ])
    [finding] = LanguageVersionsDiffer().check(facts)
    assert finding.severity is Severity.MAJOR
    assert "French IFU" in finding.message
    assert sides(finding) == {"IFU_en.md", "IFU_fr.md", "IFU_de.md"}


def test_la001_warning_difference_is_minor_and_population_difference_major() -> None:
    facts = base([IFU, IFU_FR], [
        fact(IFU, FactKind.POPULATION_BOUND, PopulationBound("weight", low=5, low_inclusive=False), "> 5 kg"),
        fact(IFU_FR, FactKind.POPULATION_BOUND, PopulationBound("weight", low=1), "à partir de 1 kg"),
        fact(IFU, FactKind.WARNING, Concept("mri_safety")),
        fact(IFU_FR, FactKind.WARNING, Concept("single_use", "Ne pas réutiliser")),
    ])
    warning, population = sorted(LanguageVersionsDiffer().check(facts), key=lambda f: f.severity is Severity.MAJOR)
    assert warning.severity is Severity.MINOR
    assert "MR safety" in warning.message
    assert population.severity is Severity.MAJOR
    assert "French IFU" in population.message and "à partir de 1 kg" in population.message


def test_la001_text_wording_is_not_compared_across_languages() -> None:
    facts = base([IFU, IFU_FR], [
        fact(IFU, FactKind.INDICATION, Concept("text:weaning")),
        fact(IFU_FR, FactKind.INDICATION, Concept("text:sevrage")),
    ])
    assert list(LanguageVersionsDiffer().check(facts)) == []


def test_la001_unknown_translation_is_not_a_difference() -> None:
    # the German version names the same condition in words the vocabulary does not know
    facts = base([IFU, IFU_DE], [
        fact(IFU, FactKind.CONTRAINDICATION, Concept("insufficient_bone", "insufficient bone stock")),
        fact(IFU, FactKind.CONTRAINDICATION, Concept("pregnancy", "pregnancy")),
        fact(IFU_DE, FactKind.CONTRAINDICATION, Concept("text:mangelhafte knochensubstanz", "mangelhafte Knochensubstanz")),
        fact(IFU_DE, FactKind.CONTRAINDICATION, Concept("pregnancy", "Schwangerschaft")),
    ])
    assert list(LanguageVersionsDiffer().check(facts)) == []


def test_la001_fewer_items_in_one_version() -> None:
    facts = base([IFU, IFU_FR], [
        fact(IFU, FactKind.INDICATION, Concept("text:diabetic gastroparesis", "diabetic gastroparesis")),
        fact(IFU, FactKind.INDICATION, Concept("text:idiopathic gastroparesis", "idiopathic gastroparesis")),
        fact(IFU_FR, FactKind.INDICATION, Concept("text:gastroparésie diabétique", "gastroparésie diabétique")),
    ])
    [finding] = LanguageVersionsDiffer().check(facts)
    assert finding.severity is Severity.MINOR  # a count is a hint, not a proven difference
    assert "idiopathic gastroparesis" in {loc.quote for loc in finding.locations}


def test_la001_same_language_documents_are_not_language_versions() -> None:
    other = doc("IFU_accessories.md", Role.IFU)
    facts = base([IFU, other], [
        fact(IFU, FactKind.INDICATION, Concept("copd")), fact(other, FactKind.INDICATION, Concept("ards")),
    ])
    assert list(LanguageVersionsDiffer().check(facts)) == []


# --- SS001 / SS002 --------------------------------------------------------------------------

def test_ss001_sscp_omits_an_ifu_side_effect() -> None:
    facts = base([IFU, SSCP], [
        fact(IFU, FactKind.RESIDUAL_RISK, Concept("barotrauma")),
        fact(IFU, FactKind.RESIDUAL_RISK, Concept("text:hypotension")),
        fact(SSCP, FactKind.RESIDUAL_RISK, Concept("barotrauma")),
    ])
    [finding] = SscpOmitsIfuRisks().check(facts)
    assert "hypotension" in finding.message and "barotrauma" not in finding.message.split(";")[0]
    assert sides(finding) == {"IFU_en.md", "SSCP.md"}


def test_ss001_sscp_with_more_risks_is_silent() -> None:
    facts = base([IFU, SSCP], [
        fact(IFU, FactKind.RESIDUAL_RISK, Concept("text:skin maceration")),
        fact(SSCP, FactKind.RESIDUAL_RISK, Concept("text:maceration of the skin")),
        fact(SSCP, FactKind.RESIDUAL_RISK, Concept("infection")),
    ])
    assert list(SscpOmitsIfuRisks().check(facts)) == []


def test_ss002_sscp_without_indications() -> None:
    from panelproof.ingest.model import Block, BlockKind
    sscp = doc("SSCP.md", Role.SSCP)
    sscp.blocks = [Block(BlockKind.HEADING, "Summary of safety and clinical performance", level=1)]
    facts = base([IFU, sscp], [
        fact(IFU, FactKind.INDICATION, Concept("copd")),
        fact(sscp, FactKind.INTENDED_PURPOSE, "The device is intended for ventilation."),
    ])
    [finding] = SscpLacksIntendedUse().check(facts)
    assert "indications" in finding.message and "intended purpose" not in finding.message
    assert sides(finding) == {"IFU_en.md", "SSCP.md"}


# --- qualified indications ------------------------------------------------------------------

def _as(document, *ids_):
    return [fact(document, FactKind.INDICATION, Concept(i, i.replace("_", " "))) for i in ids_]


def test_indication_at_another_surgical_risk_is_a_difference():
    facts = base([CER, IFU], _as(CER, "aortic_stenosis@high_surgical_risk")
                 + _as(IFU, "aortic_stenosis@high_surgical_risk",
                       "aortic_stenosis@intermediate_surgical_risk"))
    (finding,) = list(IndicationsDiffer().check(facts))
    assert "intermediate surgical risk" in finding.message and sides(finding) == {"CER.md", "IFU_en.md"}


def test_qualified_indication_also_states_the_plain_condition():
    # the IFU summarises "aortic stenosis" where the CER lists it at high surgical risk: the
    # CER is narrower, and says so, but the plain condition itself is not a difference
    facts = base([CER, IFU], _as(CER, "aortic_stenosis@high_surgical_risk", "aortic_stenosis")
                 + _as(IFU, "aortic_stenosis@high_surgical_risk", "aortic_stenosis"))
    assert list(IndicationsDiffer().check(facts)) == []

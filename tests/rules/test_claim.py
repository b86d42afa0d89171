"""Claim rules on hand-built fact bases (independent of the other extractors)."""

from panelproof.extract.claims import analyse
from panelproof.extract.model import Concept, EvidenceEntry, Fact, FactBase, FactKind
from panelproof.ingest.model import Location, Role
from panelproof.rules.claim.CL001_unsupported_claim import UnsupportedClaim
from panelproof.rules.claim.CL002_absolute_claim import AbsoluteClaim
from panelproof.rules.claim.CL003_physiology_red_flag import PhysiologyRedFlag
from panelproof.rules.claim.CL004_long_term_short_follow_up import LongTermClaimShortFollowUp


def fact(kind, value, role, quote="q", document=None):
    return Fact(kind, value, Location(document or f"{role.value}.md", None, None, quote), role=role)


def claim(text, role=Role.CER, **context):
    return fact(FactKind.CLAIM, analyse(text, verbatim=text, **context), role, quote=text)


def evidence(citation, months=None, subject="human", quote=None):
    return fact(FactKind.EVIDENCE, EvidenceEntry(citation, subject=subject, follow_up_months=months),
                Role.CER, quote=quote or citation)


def base(*facts):
    return FactBase(documents=[], facts=list(facts))


def test_cl001_severity_by_document_and_support_by_data():
    facts = base(claim("WoundPad lowers the amputation rate.", Role.IFU),
                 claim("WoundPad improves mobility.", Role.SSCP),
                 claim("WoundPad reduces wound pain.", Role.IFU),
                 evidence("[1] Meier 2019", quote="[1] Meier 2019 | 64 adults | wound pain (VAS)"))
    found = {f.locations[0].quote: f.severity.value for f in UnsupportedClaim().check(facts)}
    assert found == {"WoundPad lowers the amputation rate.": "minor", "WoundPad improves mobility.": "major"}


def test_cl001_cited_claims_pass_and_cross_language_outcomes_match():
    facts = base(claim("Le pansement réduit la douleur [2].", Role.IFU),
                 claim("Das Produkt beschleunigt die Wundheilung.", Role.IFU),
                 evidence("[3] Smith 2020", quote="[3] Smith 2020 | time to wound healing"))
    assert list(UnsupportedClaim().check(facts)) == []


def test_cl002_absolute_wording_only():
    facts = base(claim("OzoCare eliminates 99.9 % of bacteria.", Role.IFU),
                 claim("OzoCare reduces bacterial load by 2 log [4].", Role.IFU))
    findings = list(AbsoluteClaim().check(facts))
    assert len(findings) == 1 and "eliminates" in findings[0].message


def test_cl003_device_type_supplies_the_subject():
    text = "The device reduces intracranial pressure."
    vent = fact(FactKind.DEVICE_TYPE, Concept("ventilator"), Role.CER)
    assert list(PhysiologyRedFlag().check(base(claim(text, Role.CEAR)))) == []
    assert len(list(PhysiologyRedFlag().check(base(claim(text, Role.CEAR), vent)))) == 1


def test_cl003_negated_or_correct_direction_is_silent():
    assert analyse("PEEP does not reduce intracranial pressure.") is None
    increases = analyse("Ventilation increases intracranial pressure in some patients.")
    assert increases is None or increases.red_flag is None
    facts = base(claim("Ventilation improves oxygenation [1].", Role.CER))
    assert list(PhysiologyRedFlag().check(facts)) == []


def test_cl004_horizon_against_cited_or_all_follow_up():
    short = base(claim("The graft provides long-term ridge preservation [1].", Role.SSCP),
                 evidence("[1] Rossi et al. 2020", months=4))
    assert len(list(LongTermClaimShortFollowUp().check(short))) == 1
    cited_long = base(claim("The stem achieves 10-year survival [2].", Role.SSCP),
                      evidence("[1] Rossi et al. 2020", months=4), evidence("[2] Bauer 2010", months=132))
    assert list(LongTermClaimShortFollowUp().check(cited_long)) == []
    cited_short = base(claim("The stem achieves 10-year survival [1].", Role.SSCP),
                       evidence("[1] Rossi et al. 2020", months=24), evidence("[2] Bauer 2010", months=132))
    assert len(list(LongTermClaimShortFollowUp().check(cited_short))) == 1


def test_cl001_a_claim_does_not_support_itself():
    text = "In addition, OrthoFlex Hip shortens the length of hospital stay by 3 days."
    own_result = fact(FactKind.OUTCOME_PARAMETER, text, Role.CER, quote=text)
    assert len(list(UnsupportedClaim().check(base(claim(text), own_result)))) == 1


def test_cl001_device_name_words_are_not_a_shared_topic():
    name = fact(FactKind.DEVICE_NAME, "Coxa Line Hip", Role.CER)
    row = evidence("[1] Coxa Line Hip registry", quote="[1] | Coxa Line Hip registry | adults | revision rate")
    for text in ("Moreover, Coxa Line Hip reduces overall treatment costs by 30 %.",
                 "Coxa Line Hip verkürzt die Reha um 5 Tage.",
                 "Coxa Line Hip améliore la reprise du travail."):
        assert len(list(UnsupportedClaim().check(base(name, row, claim(text))))) == 1, text
    supported = claim("Coxa Line Hip lowers the revision rate.")
    assert list(UnsupportedClaim().check(base(name, row, supported))) == []


def test_a_relative_clause_that_claims_nothing_names_no_outcome():
    from panelproof.rules.claim._support import outcome_phrases
    assert outcome_phrases("Coil occlusion protects against (re)bleeding, whose consequences are "
                           "severe.") == ["against  bleeding"]
    # a relative clause with a claim verb still claims something
    assert "mobility" in outcome_phrases("The device reduces pain, which improves sleep and mobility.")

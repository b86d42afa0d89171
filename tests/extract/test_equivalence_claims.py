"""An equivalence fact needs a claim that the device is equivalent; a contract needs more than
"in agreement with" or "according to"; access limited to publications is no contract."""

import pytest

from panelproof.extract.evidence import equivalence_in, states_equivalence

CLAIMS = [
    ("Clinical data of the XYZ pump by OtherCorp are used under the equivalence route.", "", "OtherCorp"),
    ("The device is considered equivalent to the Zeta pump manufactured by OtherCorp Inc.", "Zeta pump", "OtherCorp Inc"),
    ("Equivalence has been demonstrated to the predicate NovaFlow 3 manufactured by Hydra Medical Ltd.", "NovaFlow 3",
     "Hydra Medical Ltd"),
    ("VitaFlow P3 is technically, biologically and clinically equivalent to SynchroMed II (Medtronic plc).",
     "SynchroMed II", "Medtronic plc"),
    ("The equivalent device is the AquaPump 200 by Fluidic SA.", "AquaPump 200", "Fluidic SA"),
    ("Equivalent device: AquaPump 200 (Fluidic SA)", "AquaPump 200", "Fluidic SA"),
    ("Clinical data from the equivalent device AquaPump 200 are used.", "AquaPump 200", None),
    ("L'équivalence avec le dispositif AquaPump 200 a été démontrée.", "AquaPump 200", None),
    ("Die Gleichartigkeit mit dem AquaPump 200 wurde nachgewiesen.", "AquaPump 200", None),
    ("Il dispositivo è equivalente al dispositivo AquaPump 200 di Fluidic SpA.", "AquaPump 200", "Fluidic SpA"),
    ("El dispositivo es equivalente al AquaPump 200 de Fluidic SL.", "AquaPump 200", "Fluidic SL"),
    ("Het hulpmiddel is gelijkwaardig aan de AquaPump 200 van Fluidic BV.", "AquaPump 200", "Fluidic BV"),
]


@pytest.mark.parametrize("text,device,maker", CLAIMS)
def test_claims_of_equivalence_in_many_phrasings(text: str, device: str, maker: str | None) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is not None and states_equivalence(text)
    assert (value.device, value.manufacturer) == (device, maker)


@pytest.mark.parametrize("text", [
    "Equivalent or predecessor device",
    "Device | Actual device | Equivalent device | Other device",
    "The criteria for equivalence are listed in MDR Annex XIV Part A section 3.",
    "Pressure delivery showed bench equivalence with the reference pump.",
    "Equivalence was assessed according to MDCG 2020-5.",
])
def test_mentions_that_claim_no_equivalence(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is None or not states_equivalence(text)
    assert value is None or not value.contract


@pytest.mark.parametrize("text,contract", [
    ("Access to the technical documentation of the AquaPump 200 is limited to the IFU and publications.", False),
    ("L'accès à la documentation technique est limité aux données publiées.", False),
    ("A contract between Meridian GmbH and Fluidic SA grants full and ongoing access to the technical documentation.",
     True),
    ("A data-sharing arrangement with Fluidic SA grants ongoing access to the complete technical file.", True),
    ("Ein Vertrag mit der Fluidic GmbH gewährt vollständigen Zugang zur technischen Dokumentation.", True),
    ("Results of the equivalent device are in agreement with the literature.", None),
    ("The electrode arrangement is identical to that of the equivalent device.", None),
])
def test_contract_states(text: str, contract: bool | None) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is not None and value.contract is contract


def test_equivalence_of_the_device_to_another_names_the_other_device_and_its_maker():
    from panelproof.extract.evidence import equivalence_in
    value = equivalence_in("Equivalence of the SealCap to the Obturo LAA device of HeartWorks Inc. "
                           "(Minneapolis, USA) has been demonstrated on technical grounds.", in_section=True)
    assert value is not None
    assert value.device == "Obturo LAA device"
    assert value.manufacturer == "HeartWorks Inc"


def test_own_study_does_not_make_the_equivalent_device_own():
    from panelproof.extract.evidence import equivalence_in
    value = equivalence_in("The device has been evaluated on the basis of the own pivotal investigation "
                           "CLOSE-AF, of data on an equivalent device and of the state of the art.", in_section=True)
    assert value is not None and value.own_device is not True
    own = equivalence_in("Equivalence to our own predecessor device Alpha 1 is claimed.", in_section=True)
    assert own is not None and own.own_device is True


def test_equivalence_of_results_with_the_literature_is_no_claim():
    from panelproof.extract.evidence import equivalence_in
    assert equivalence_in("The equivalence of the results with the literature is good.", in_section=True) is None

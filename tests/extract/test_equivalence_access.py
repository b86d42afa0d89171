"""Access to another device's technical documentation stated as absent (EN/FR/DE/IT/ES/NL) is
evidence that no contract exists, never a contract; a signed contract stays a contract; a
bibliography entry's title is not the manufacturer's claim of equivalence."""

import pytest

from panelproof.extract.evidence import equivalence_in, is_reference_entry, states_equivalence
from panelproof.ingest.model import Block, BlockKind

NO_ACCESS = [
    "A contract with Stryker Inc. giving access to its technical documentation does not exist.",
    "There is no contract with OsteoCorp Inc. covering the technical documentation of the Zeta nail.",
    "The technical documentation of the Absorb BVS was not available to the manufacturer; the equivalence "
    "assessment is therefore based on published data and the IFU.",
    "The manufacturer has no access to the technical documentation of the equivalent device.",
    "Access to the technical documentation of the equivalent device was not granted by its manufacturer.",
    "The competitor's technical file is not accessible to Ortholine.",
    "Il n'existe pas de contrat avec OsteoCorp donnant accès à la documentation technique.",
    "La documentation technique du dispositif équivalent n'est pas accessible au fabricant.",
    "Es besteht kein Vertrag mit der OsteoCorp GmbH über den Zugang zur technischen Dokumentation.",
    "Die technische Dokumentation des gleichartigen Produkts liegt dem Hersteller nicht vor.",
    "La documentazione tecnica del dispositivo equivalente non è disponibile.",
    "Un contratto con OsteoCorp S.p.A. che garantisce accesso alla documentazione tecnica non esiste.",
    "Non esiste alcun contratto con OsteoCorp per la documentazione tecnica.",
    "No se dispone de la documentación técnica del dispositivo equivalente.",
    "No existe ningún contrato con OsteoCorp que permita el acceso a la documentación técnica.",
    "Er is geen overeenkomst met OsteoCorp BV over de technische documentatie.",
]


@pytest.mark.parametrize("text", NO_ACCESS)
def test_absent_access_is_no_contract(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is not None and value.contract is False


CONTRACTS = [
    "A contract granting full access to the technical documentation was signed on 12 March 2023.",
    "A contract with Stryker Inc. grants full access to the technical documentation; no restrictions apply.",
    "The contract with OsteoCorp Ltd. gives access to the technical documentation, with no time limit.",
    "Ein Vertrag mit der OsteoCorp GmbH über den vollständigen Zugang zur technischen Dokumentation wurde "
    "am 3. Mai 2022 geschlossen.",
    "Un contrat donnant accès à la documentation technique complète a été signé avec OsteoCorp SA.",
    "An agreement with Medtronic Inc. ensures ongoing access to the technical file of the equivalent device.",
]


@pytest.mark.parametrize("text", CONTRACTS)
def test_signed_contract_stays_a_contract(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is not None and value.contract is True


@pytest.mark.parametrize("text", [
    "The technical documentation is available on request from the notified body.",
    "The technical documentation of the device is not limited to the CER.",
])
def test_documentation_sentences_that_deny_nothing(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is None or value.contract is not False


def test_denied_equivalence_with_absent_documentation_claims_nothing() -> None:
    assert equivalence_in("No equivalence is claimed; the technical documentation of the former device is "
                          "not available.", in_section=True) is None


@pytest.mark.parametrize("text", [
    "Long-term data of an equivalent scaffold support the safety of ArcoScaffold up to 5 years.",
    "Five-year results of the equivalent stent are reported in section 7.",
    "Data from an equivalent valve (Perimount, Edwards Lifesciences) are used.",
])
def test_equivalent_device_kinds_are_equivalence_uses(text: str) -> None:
    assert states_equivalence(text)
    assert equivalence_in(text) is not None


@pytest.mark.parametrize("text", ["The dose was equivalent to 5 mL.", "an equivalent dose of morphine"])
def test_equivalent_amounts_are_not_devices(text: str) -> None:
    assert equivalence_in(text) is None


def _block(text: str, path: tuple[str, ...] = ("5. Clinical data",), kind: BlockKind = BlockKind.LIST_ITEM) -> Block:
    return Block(kind=kind, text=text, page=None, heading_path=path)


@pytest.mark.parametrize("text,path", [
    ("Miller A, Jones B. Bioabsorbable screw clinically equivalent to titanium screw in ankle fracture fixation. "
     "J Orthop Trauma. 2019;33(4):201-207.", ("5. Clinical data",)),
    ("[12] Rossi C, et al. Is a resorbable nail equivalent to a titanium nail? Injury 2020; 51: 33-40.",
     ("Annex 2",)),
    ("Dupont, A., Martin, B. Équivalence clinique des vis résorbables. Rev Chir Orthop. 2018;104:55-60.",
     ("Annexe",)),
    ("Any text at all that says equivalent", ("1. Introduction", "12. References")),
    ("Any text at all that says equivalent", ("Literaturverzeichnis",)),
])
def test_reference_entries(text: str, path: tuple[str, ...]) -> None:
    assert is_reference_entry(_block(text, path))


@pytest.mark.parametrize("text,path", [
    ("OsteoNail T is equivalent to the T2 Nail (Stryker) in design and materials (Miller et al. 2019).",
     ("5. Clinical data",)),
    ("Equivalence to the reference device Zeta 2 was demonstrated.", ("6. Equivalence to the reference device",)),
])
def test_claims_are_not_reference_entries(text: str, path: tuple[str, ...]) -> None:
    assert not is_reference_entry(_block(text, path, BlockKind.PARAGRAPH))

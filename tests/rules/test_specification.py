from panelproof.ingest.model import Role
from panelproof.rules.specification.SP001_parameter_ranges_differ import ParameterRangesDiffer

from tests.rules._mine import facts_from


def run(cer: str, ifu: str, ifu_path: str = "IFU.md"):
    base = facts_from({"CER.md": (Role.CER, f"# CER\n\n## Device\n\n{cer}\n"),
                       ifu_path: (Role.IFU, f"# IFU\n\n## Technical data\n\n{ifu}\n")})
    return list(ParameterRangesDiffer().check(base))


def test_same_range_in_other_units_and_formats_agrees():
    assert run("PEEP 0-20 cmH2O, tidal volume 50 to 2,000 ml.",
               "PEEP de 0 à 20 mbar ; volume courant de 50 à 2 000 ml.", "IFU_fr.md") == []


def test_different_range_is_reported_with_both_quotes():
    (finding,) = run("Tidal volume range of 50 to 2000 mL.", "| Tidal volume | 20 – 2000 | ml |")
    assert {loc.document for loc in finding.locations} == {"CER.md", "IFU.md"}
    assert "20–2000" in finding.message and "50–2000" in finding.message

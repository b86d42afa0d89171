"""claims6: PEEP said to raise cardiac output and an exoskeleton said to halt bone loss (CL003),
long-term claims on short follow-up in new phrasings (CL004), and instructions that interrupt
life-sustaining therapy: a driveline disconnection "tolerated" for minutes, inhaled nitric oxide
stopped for a cylinder change (SI001). Each with warnings that mention the same things rightly."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse, red_flag
from panelproof.extract.evidence import entry_from_row, label_unit
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months
from panelproof.rules.safety.common import match_hazards


def _flag(text: str, context: str = "", types: tuple[str, ...] = ()) -> str | None:
    claim = analyse(text, subject_context=context, device_types=types)
    return claim.red_flag if claim is not None else None


@pytest.mark.parametrize("text", [
    "Applying PEEP with AirLife improves cardiac output in patients with ARDS.",
    "Higher PEEP levels augment cardiac output and stroke volume.",
    "Positive end-expiratory pressure raises cardiac output.",
    "The device provides a haemodynamic benefit through PEEP in postoperative cardiac patients.",
    "With PEEP, cardiac output is increased in patients with heart failure.",
    "Mechanical ventilation boosts the patient's cardiac output.",
    "La PEP augmente le débit cardiaque chez les patients ventilés.",
    "PEEP erhöht das Herzzeitvolumen.",
    "La PEEP aumenta la gittata cardiaca.",
    "La PEEP aumenta el gasto cardíaco.",
])
def test_peep_raising_cardiac_output_is_a_red_flag(text: str) -> None:
    assert _flag(text) == "peep_increases_cardiac_output"


def test_the_device_stands_for_peep_only_in_a_ventilator_dossier() -> None:
    text = "The device improves cardiac output in patients after cardiac surgery."
    assert red_flag(text, device_types=["ventilator"]) == "peep_increases_cardiac_output"
    assert red_flag(text, "PEEP ventilation", device_types=["ventricular_assist_device"]) is None


@pytest.mark.parametrize("text", [
    "PEEP may reduce cardiac output and venous return; monitor blood pressure.",
    "Increasing PEEP may decrease cardiac output.",
    "Increase PEEP in steps of 2 cmH2O while monitoring cardiac output.",
    "PEEP does not increase cardiac output.",
    "High PEEP can lower cardiac output in hypovolaemic patients.",
    "Fluid loading increases cardiac output during mechanical ventilation.",
    "Weaning from mechanical ventilation increases venous return and cardiac output.",
    "Inotropes increase cardiac output.",
    "Ein hoher PEEP kann das Herzzeitvolumen senken.",
])
def test_peep_warnings_and_other_agents_are_no_red_flag(text: str) -> None:
    assert red_flag(text, "PEEP ventilation", device_types=["ventilator"]) is None


@pytest.mark.parametrize("text", [
    "Regular use of StrideX halts bone loss in patients with spinal cord injury.",
    "Standing and walking with the exoskeleton prevents osteoporosis after SCI.",
    "StrideX restores bone mineral density in the lower limbs.",
    "The exoskeleton stops further bone loss in the legs.",
    "L'exosquelette arrête la perte osseuse chez les blessés médullaires.",
    "Die Nutzung des Exoskeletts stoppt den Knochenabbau nach Querschnittlähmung.",
    "El exoesqueleto revierte la pérdida ósea.",
])
def test_exoskeleton_halting_bone_loss_is_a_red_flag(text: str) -> None:
    assert _flag(text, "powered exoskeleton for gait training") == "exoskeleton_halts_bone_loss"


@pytest.mark.parametrize("text", [
    "The exoskeleton does not prevent bone loss.",
    "Bone loss after spinal cord injury continues despite exoskeleton training.",
    "Exoskeleton training prevents falls in patients with low bone mineral density.",
    "Bone mineral density should be measured before exoskeleton training.",
])
def test_exoskeleton_bone_warnings_are_no_red_flag(text: str) -> None:
    assert red_flag(text, "powered exoskeleton for gait training") is None


@pytest.mark.parametrize(("text", "months"), [
    ("No deterioration was seen; accordingly, durability to 15 years is thereby demonstrated.", 180),
    ("The 15-year durability of the valve is thereby demonstrated.", 180),
    ("Die Sicherheit über die gesamte Lebensdauer des Implantats ist damit belegt.", 120),
    ("La sécurité est assurée pendant toute la durée de vie de l'implant.", 120),
    ("The data demonstrate the lifetime safety of the knee system.", 120),
])
def test_long_term_horizons(text: str, months: float) -> None:
    horizon = claim_horizon_months(text)
    assert horizon is not None and horizon[0] == months


@pytest.mark.parametrize("text", [
    "Patients were followed up to 5 years of age.",
    "The bearing was tested to 10 years of simulated wear.",
])
def test_ages_and_bench_tests_are_no_horizon(text: str) -> None:
    assert claim_horizon_months(text) is None


@pytest.mark.parametrize(("label", "unit"), [
    ("Follow-up (months)", "months"), ("Follow-up [years]", "years"), ("Suivi (en mois)", "mois"),
    ("Nachbeobachtung (Monate)", "Monate"), ("Mean follow-up (mo)", "months"), ("Follow-up", None),
])
def test_unit_in_a_label(label: str, unit: str | None) -> None:
    assert label_unit(label) == unit


def test_bare_number_under_a_follow_up_header_has_the_header_unit() -> None:
    roles = {"citation": 0, "n": 1, "follow_up": 2}
    assert entry_from_row(("FLOW-FIH", "30", "37"), roles, frozenset({2}), follow_up_unit="months").follow_up_months == 37
    assert entry_from_row(("FLOW-FIH", "30", "3.1"), roles, frozenset({2}), follow_up_unit="years").follow_up_months == pytest.approx(37.2)
    assert entry_from_row(("FLOW-FIH", "30", "37"), roles, frozenset({2})).follow_up_months is None


@pytest.mark.parametrize("text", [
    "Disconnecting the driveline from the controller is tolerated for up to five minutes, for example while changing clothes.",
    "The drive line may be disconnected for a few minutes during showering.",
    "You can safely unplug the driveline while you change the dressing.",
    "Patients may shower with the driveline disconnected for up to 3 minutes.",
    "The total artificial heart tolerates disconnection of the drive lines for up to five minutes.",
    "Short disconnections of the pneumatic drive lines (less than 2 minutes) are well tolerated.",
    "La ligne percutanée peut être débranchée quelques minutes pendant la douche.",
    "Die Driveline darf für einige Minuten vom Controller getrennt werden.",
])
def test_driveline_disconnection_permitted_is_a_hazard(text: str) -> None:
    assert "disconnect_driveline_tolerated" in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Never disconnect the driveline from the controller.",
    "Do not disconnect the driveline, not even briefly.",
    "If the driveline is disconnected, reconnect it immediately; the pump stops.",
    "Disconnecting the driveline stops the pump and may cause death.",
    "No disconnection of the driveline is tolerated.",
    "Disconnection of the driveline is not tolerated, even briefly.",
    "To exchange the controller, disconnect the driveline from the old controller and connect it to the backup controller.",
    "Check the driveline exit site daily.",
    "Trennen Sie die Driveline niemals vom Controller, auch nicht kurzzeitig.",
])
def test_driveline_warnings_are_no_hazard(text: str) -> None:
    assert "disconnect_driveline_tolerated" not in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "During a cylinder change, stop inhaled nitric oxide delivery; the backup system is not needed.",
    "You may interrupt iNO delivery while replacing the cylinder.",
    "Switch off the nitric oxide while the empty cylinder is replaced.",
    "iNO can be paused briefly during suctioning.",
    "Pendant le changement de bouteille, arrêtez l'administration de monoxyde d'azote.",
    "Beim Flaschenwechsel die Stickstoffmonoxid-Zufuhr kurz unterbrechen.",
])
def test_nitric_oxide_interrupted_for_a_routine_step_is_a_hazard(text: str) -> None:
    assert "interrupt_inhaled_nitric_oxide" in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Never interrupt nitric oxide delivery during a cylinder change; use the backup delivery system.",
    "During a cylinder change, keep iNO delivery running on the backup system.",
    "Do not stop inhaled nitric oxide abruptly.",
    "Stop nitric oxide delivery at the end of therapy after weaning.",
    "Change the cylinder when the pressure falls below 200 psi.",
    "Suctioning can be performed without interrupting iNO delivery.",
])
def test_nitric_oxide_warnings_are_no_hazard(text: str) -> None:
    assert "interrupt_inhaled_nitric_oxide" not in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize(("text", "hazard"), [
    ("Intrathecal baclofen therapy can be discontinued at any time without tapering.", "abrupt_intrathecal_withdrawal"),
    ("If helium is unavailable, the intra-aortic balloon can be operated with room air.", "iabp_gas_other_than_helium"),
    ("The IABP may also be driven with compressed air.", "iabp_gas_other_than_helium"),
])
def test_other_life_support_interruptions_stay_found(text: str, hazard: str) -> None:
    assert hazard in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Do not stop intrathecal baclofen abruptly.",
    "Use only helium as the shuttle gas; never operate the balloon with room air.",
])
def test_other_life_support_warnings_are_no_hazard(text: str) -> None:
    assert not match_hazards(text)

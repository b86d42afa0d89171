"""PM001: a procedure step the intended-use documents restrict to a setting, moved elsewhere
by the PMCF plan."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check

_IFU = {
    "sleep": "# IFU\n\n## Intended purpose\nSomnoStim is an implantable stimulator for adults with "
             "obstructive sleep apnoea.\n\n## Titration\n{restriction}\n",
    "injection": "# IFU\n\n## Intended purpose\nUroBulk is an injectable bulking agent for adult "
                 "women with stress urinary incontinence.\n\n## Procedure\n{restriction}\n",
}
_PLAN = ("# PMCF plan\n\n## Objectives\nConfirm long-term safety in adults.\n\n## Methods\n"
         "A prospective registry of 200 patients followed for 3 years; the sample size gives 80 % "
         "power.\n{planned}\n")


def _pm001(tmp_path, kind: str, restriction: str, planned: str) -> list:
    (tmp_path / "IFU_en.md").write_text(_IFU[kind].format(restriction=restriction))
    (tmp_path / "PMCF_plan.md").write_text(_PLAN.format(planned=planned))
    return [f for f in run_check([tmp_path]).findings if f.rule == "PM001"]


@pytest.mark.parametrize("kind, restriction, planned", [
    ("sleep", "Activation and each titration step must be performed in a sleep laboratory under "
              "polysomnography.",
     "Titration steps after month 3 will be carried out by the patients themselves at home via "
     "the smartphone app."),
    ("sleep", "Each titration is carried out exclusively in the sleep laboratory.",
     "- Remote titration: parameter adjustments are made at home by the patient."),
    ("injection", "The injection must be performed in an operating theatre.",
     "Injections will be performed in private urology offices (office-based)."),
    ("sleep", "Titration must never be performed at home.",
     "Dose adjustments and titration are done at home by the patient."),
])
def test_step_moved_to_another_setting_is_reported(tmp_path, kind, restriction, planned):
    found = _pm001(tmp_path, kind, restriction, planned)
    assert found and any(planned.strip("- ") in loc.quote or loc.quote in planned
                         for f in found for loc in f.locations)


@pytest.mark.parametrize("kind, restriction, planned", [
    ("sleep", "Activation and each titration step must be performed in a sleep laboratory.",
     "All titration steps will be performed in the sleep laboratories of the centres."),
    ("sleep", "Activation and each titration step must be performed in a sleep laboratory.",
     "Patients titrated in the sleep laboratory will be followed up at home by questionnaire."),
    ("injection", "The injection must be performed in an operating theatre.",
     "Injections will be performed in the operating theatres of six hospitals."),
    ("injection", "The injection must be performed in an operating theatre.",
     "Patients injected in hospital will then complete a questionnaire at home."),
])
def test_step_kept_in_its_setting_is_not_reported(tmp_path, kind, restriction, planned):
    assert _pm001(tmp_path, kind, restriction, planned) == []

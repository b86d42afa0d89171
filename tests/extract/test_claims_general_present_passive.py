"""A result stated in the present passive as a general truth ("Permanent seizure freedom is
achieved in all patients") is a claim; with universal wording it is absolute (CL002). A study's
result in the past tense, an instruction and a sentence without a universal are not absolute."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse


@pytest.mark.parametrize("sentence", [
    "Permanent seizure freedom is achieved in all patients with mesial temporal lobe epilepsy.",
    "The subject device restores a completely normal head shape in all treated infants.",
    "It is considered that complete and lasting seizure control is obtained in every patient.",
    "Full correction of the deformity is achieved in 100% of treated infants.",
    "Normal head shape is attained in all infants treated with the subject device.",
    "Une disparition définitive des crises est obtenue chez tous les patients.",
    "Bei allen Patienten wird eine dauerhafte Anfallsfreiheit erreicht.",
    "Eine vollständige Korrektur der Kopfform wird bei allen Säuglingen erzielt.",
])
def test_general_result_for_everyone_is_absolute(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("sentence", [
    "Seizure freedom was achieved in 68% of patients at 12 months.",
    "All patients with mesial temporal lobe epilepsy were screened before inclusion.",
    "In the study, 68% of patients were seizure-free at 12 months.",
    "Tous les patients ont été suivis pendant 12 mois.",
])
def test_study_results_and_descriptions_are_not_absolute(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is None or not claim.absolute

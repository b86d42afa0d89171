"""SI001: flushing a resisting or occluded catheter lumen by force."""

import pytest

from panelproof.rules.safety.common import match_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "In case of resistance at flushing, flush the lumen with force using a 2 ml syringe to remove the occlusion.",
    "If the line is blocked, forcefully flush it with saline.",
    "Bei Widerstand beim Spülen das Lumen mit einer 2-ml-Spritze kräftig spülen, um den Verschluss zu lösen.",
    "En cas de résistance, rincer la lumière avec force à l'aide d'une seringue de 2 ml.",
    "In caso di resistenza, lavare il lume con forza utilizzando una siringa da 2 ml.",
    "Si hay resistencia, lave la luz con fuerza con una jeringa de 2 ml.",
    "Bij weerstand het lumen met kracht doorspoelen.",
])
def test_forceful_flush_is_a_hazard(sentence):
    assert "forceful_flush" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Never flush against resistance.",
    "Do not flush the catheter with force; an occluded lumen must be assessed by the physician.",
    "Flush the catheter with 10 ml saline using a push-pause technique.",
    "Ne jamais rincer avec force un cathéter obstrué.",
    "Das Lumen niemals gegen Widerstand spülen.",
])
def test_prohibitions_and_gentle_flushing_are_safe(sentence):
    assert "forceful_flush" not in _hazards(sentence)

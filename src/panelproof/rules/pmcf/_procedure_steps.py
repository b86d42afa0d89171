"""Settings of procedure steps: a step the intended-use documents restrict to a setting
("Activation and each titration step must be performed in a sleep laboratory") that the PMCF
plan moves to another ("titration steps ... at home via the smartphone app"). Read on the
documents' sentences (knowledge/pmcf.yaml `procedure_steps`), quotes from `Block.quote`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from panelproof.extract._terms import load_optional
from panelproof.extract.common import blocks_containing, sentences
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Block, Document, Role
from panelproof.rules.pmcf.common import INTENDED_USE_ROLES, setting_families

# A negation before the setting in the sentence ("never at home", "nicht zu Hause").
_NEGATION = re.compile(r"\b(?:not|never|no|nor|ne|pas|jamais|nicht|niemals|nie|kein\w*|non|mai|"
                       r"nunca|outside|hors|außerhalb|ausserhalb|fuera|al di fuori)\b")
# Follow-up between the step and the setting: "implanted in hospitals, followed up at home".
_FOLLOW_UP = re.compile(r"\b(?:follow\w*|visit\w*|monitor\w*|suivi\w*|nachsorge\w*|nachbeobacht\w*|"
                        r"kontroll\w*|seguimiento\w*|seguit\w*|controll\w*|questionnaire\w*|"
                        r"fragebogen\w*|cuestionario\w*|survey\w*|then|puis|dann|luego|poi)\b")


@dataclass(frozen=True)
class StepSetting:
    step: str
    settings: frozenset[str]
    negated: bool
    document: Document
    block: Block
    span: tuple[int, int]

    @property
    def quote(self) -> str:
        return self.block.quote(*self.span)


@lru_cache(maxsize=1)
def _knowledge() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str] | None,
                          dict[str, tuple[str, ...]]]:
    """(step id and its pattern for each step, the restriction cue, step id -> its terms)."""
    data = (load_optional("pmcf") or {}).get("procedure_steps") or {}
    steps = []
    literals: dict[str, tuple[str, ...]] = {}
    for step in data.get("steps") or []:
        terms = [str(t).lower() for lang, ts in (step.get("terms") or {}).items() for t in ts or []]
        literals[step["id"]] = literals.get(step["id"], ()) + tuple(terms)
        steps.append((step["id"], re.compile(
            r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
            + r")\w*")))
    cues = [str(t).lower() for lang, ts in (data.get("restriction_cues") or {}).items()
            if lang != "source" for t in ts or []]
    cue = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(c) for c in sorted(cues, key=lambda t: (-len(t), t)))
                     + r")") if cues else None
    return tuple(steps), cue, literals


def step_settings(document: Document, restricting: bool,
                  only: frozenset[str] | None = None) -> list[StepSetting]:
    """The sentences of `document` that name a procedure step and the care settings it takes
    place in; with `restricting`, only sentences that restrict the step ("must be performed
    in", "only in", "nur im Schlaflabor"). With `only`, the steps of those ids alone: what is
    found for a step does not depend on the other steps, and fewer terms are fewer scans of
    a long document (`blocks_containing`)."""
    steps, cue, by_step = _knowledge()
    if only is not None:
        steps = tuple((sid, pattern) for sid, pattern in steps if sid in only)
    if not steps:
        return []
    literals = tuple(dict.fromkeys(term for sid, _ in steps for term in by_step[sid]))
    found = []
    for index in sorted(blocks_containing(document, literals)):
        block = document.blocks[index]
        folded = block.folded
        for start, end in sentences(block):
            sentence = folded[start:end]
            hits = [(sid, m) for sid, pattern in steps for m in pattern.finditer(sentence)]
            if not hits or (restricting and (cue is None or not cue.search(sentence))):
                continue
            matches = vocabulary("care_settings").find(block.normalized, start, end,
                                                       language=document.language)
            for sid in dict.fromkeys(s for s, _ in hits):
                near: set[str] = set()
                negated = False
                for m in matches:
                    step = min((h for s, h in hits if s == sid),
                               key=lambda h: abs(h.start() + start - m.start))
                    lo, hi = sorted((step.end() + start, m.start))
                    # a semicolon ends the step's clause: "implanted in participating centres;
                    # recipients use the device in everyday life" places no implantation at home
                    if hi - lo > 120 or _FOLLOW_UP.search(folded, lo, hi) or ";" in folded[lo:hi]:
                        continue
                    near.add(m.id)
                    negated = negated or bool(_NEGATION.search(folded, start, m.start))
                if near:
                    found.append(StepSetting(sid, frozenset(near), negated, document, block,
                                             (start, end)))
    return found


@dataclass(frozen=True)
class StepConflict:
    restriction: StepSetting
    plan: StepSetting
    moved_to: tuple[str, ...]


def step_conflicts(facts: FactBase) -> list[StepConflict]:
    """Plan sentences that put a step in a setting the intended-use documents do not allow
    for it (or exclude for it)."""
    plans = facts.documents_with_role(Role.PMCF_PLAN)
    if not plans:
        return []
    # The plans' steps first (a plan is short): only the steps they place in a setting need
    # looking for in the intended-use documents, whose CER annexes may run to 1,000 pages.
    planned_steps = [(plan, [s for s in step_settings(plan, restricting=False) if not s.negated])
                     for plan in plans]
    wanted = frozenset(s.step for _, found in planned_steps for s in found)
    if not wanted:
        return []
    restrictions = [s for d in facts.documents_with_role(*INTENDED_USE_ROLES)
                    for s in step_settings(d, restricting=True, only=wanted)]
    if not restrictions:
        return []
    families = setting_families()
    conflicts = []
    for plan, found in planned_steps:
        for planned in found:
            for rule in restrictions:
                if rule.step != planned.step:
                    continue
                moved = tuple(sorted(s for s in planned.settings
                                     if _outside(s, rule, families)))
                if moved:
                    conflicts.append(StepConflict(rule, planned, moved))
                    break
    return conflicts


def _outside(setting: str, rule: StepSetting, families: dict[str, str]) -> bool:
    family = families.get(setting)
    if family in (None, "", "ambiguous", "other"):
        return False  # a clinic, transport: which side of the hospital door is uncertain
    if rule.negated:
        return setting in rule.settings
    if setting in rule.settings:
        return False
    allowed = {families.get(s) for s in rule.settings}
    if allowed & {None, "", "ambiguous", "other"}:
        return False
    return not (family == "hospital" and "hospital" in allowed)

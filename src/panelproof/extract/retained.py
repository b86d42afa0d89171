"""Components said to stay in the patient after the procedure (knowledge/retained_components.yaml).

- RETAINED_COMPONENT: the sentence of a device description saying a part of the device, kit
  or system remains in the body ("bone cement ..., which remains in the vertebral body",
  "verbleibt im Wirbelkörper", "reste dans le corps vertébral"): MDR Art. 2(5) makes such a
  part implantable. Not a retained part: "no component remains in the body", "fragments may
  remain in the vessel", "the sheath remains in place during the procedure".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract.common import ExtractionContext, any_heading, blocks_containing, make_fact, sentences
from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import BlockKind, Document, Role

_ROLES = (Role.CER, Role.CEP, Role.IFU, Role.SSCP, Role.CEAR)
_BEFORE, _AFTER = 60, 40
_CLAUSE_BREAK = re.compile(r"[,;:()]")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, tuple[str, ...]]:
    data = knowledge.load("retained_components")
    remains = [t for terms in data["remains"].values() for t in terms]
    return (re.compile("|".join(f"(?:{t})" for t in remains), re.IGNORECASE),
            re.compile("|".join(f"(?:{t})" for t in data["not_retained"]), re.IGNORECASE),
            re.compile(data["description_sections"], re.IGNORECASE),
            tuple(data["anchors"]))


def retained_span(text: str) -> tuple[int, int] | None:
    """The span of a statement in `text` (one sentence) that a component stays in the body."""
    remains, not_retained, _, _ = _patterns()
    for match in remains.finditer(text):
        # the clause of the verb: "the cement, which is not resorbable, remains ..." keeps it
        before = text[max(0, match.start() - _BEFORE):match.start()]
        before = _CLAUSE_BREAK.split(before)[-1]
        window = before + text[match.start():match.end() + _AFTER]
        if not not_retained.search(window):
            return match.span()
    return None


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    if document.role not in _ROLES:
        return
    _, _, sections, anchors = _patterns()
    for index in sorted(blocks_containing(document, anchors)):
        block = document.blocks[index]
        if block.kind is BlockKind.HEADING or not any_heading(sections, block.heading_path):
            continue
        for start, end in sentences(block):
            span = retained_span(block.normalized[start:end])
            if span is not None:
                yield make_fact(document, block, FactKind.RETAINED_COMPONENT,
                                block.normalized[start:end].strip(), (start, end))
                break

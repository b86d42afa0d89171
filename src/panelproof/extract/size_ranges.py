"""Sizes, variants and accessories of the device, each with the patients it is for.

SIZE_RANGE facts carry a `SizeRange`: the size's label as written and its weight or age range
in canonical units (kilograms, years), read with the population's number readers (units,
comparators and ranges in every language). Which statements are size statements is decided in
`_sizes` (size words from knowledge/vocabulary/size_variants.yaml): a size-table row ("Size |
Patient weight | Max. cuff volume" / "1.5 | 5–10 kg | 7 ml"), or a list item or sentence led by
a size's label ("Neonatal adhesive sensor, for patients from 3 kg up to 15 kg", "Größe 2:
10–20 kg"). The same statements give no POPULATION_BOUND (see `population`).

Not read: literature, results and study sections, and sentences of a study ("patients enrolled
in the 3–10 kg stratum"), whose ranges are a study's; exclusions ("Size 1 is not for patients
below 3 kg"), whose range is not the size's.
"""

from __future__ import annotations

from typing import Iterable

from panelproof.extract._sizes import size_statement
from panelproof.extract.common import ExtractionContext, blocks_containing, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, SizeRange
from panelproof.extract.population import (EXCLUSION_CUE, STUDY_CONTEXT, REPORTING_HEADING,
                                           find_bounds, in_literature_section)
from panelproof.ingest.model import BlockKind, Document
from panelproof.extract import _sizes


def _in_reporting_section(block) -> bool:
    return any(REPORTING_HEADING.search(h) or STUDY_CONTEXT.search(h) for h in block.heading_path)


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    blocks = document.blocks
    # One literal scan of the document instead of the size-word pattern on every block.
    naming = blocks_containing(document, _sizes.size_literals())
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if block.kind is not BlockKind.TABLE_ROW and (index not in naming
                                                      or not _sizes.names_a_size(block.normalized)):
            continue  # cheap pre-filter: a prose size statement names its size
        if in_literature_section(block) or _in_reporting_section(block):
            continue
        units = ([(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW
                 else sentences(block))
        for s, e in units:
            sentence = block.normalized[s:e]
            statement = size_statement(blocks, index, sentence)
            if statement is None or STUDY_CONTEXT.search(sentence) or EXCLUSION_CUE.search(sentence):
                continue
            seen = set()
            for text in statement.texts:
                for match in find_bounds(text, document.language):
                    bound = match.bound
                    if bound.dimension not in ("weight", "age") or bound.excluded:
                        continue
                    if bound.low is None and bound.high is None:
                        continue
                    key = (bound.dimension, bound.low, bound.high)
                    if key in seen:
                        continue
                    seen.add(key)
                    yield make_fact(document, block, FactKind.SIZE_RANGE,
                                    SizeRange(label=statement.label, bound=bound),
                                    None if block.kind is BlockKind.TABLE_ROW else (s, e))

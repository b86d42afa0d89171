"""DC003: duplicated or skipped numbers of headings, figures or tables."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.documentation import heading_number
from panelproof.extract.model import Fact, FactBase, FactKind, Label
from panelproof.ingest.layout import is_annex_heading, looks_like_sentence_end
from panelproof.ingest.model import Block, BlockKind, Document
from panelproof.rules.identity._compare import master_version
from panelproof.rules.intended_use.common import describe_document
from panelproof.rules.model import Category, Finding, Rule, Severity

_CONTINUED = ("continued", "cont.", "(suite)", "suite)", "fortsetzung", "fortgesetzt", "forts.")


def _parts(number: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(p) for p in number.split("."))
    except ValueError:
        return None


def numbering_problems(numbered: list[tuple[str, Fact]], *, restarts: set[int] = frozenset(),
                       explained=None, repeats_title: bool = False
                       ) -> list[tuple[str, Fact, Fact | None]]:
    """("duplicate"|"skip", fact, previous fact) for a sequence of (number, fact) in order.

    `restarts`: positions in the sequence where the numbering starts afresh (an annex).
    `explained(position, missing numbers)`: whether the text before the entry at `position`
    holds what stands for the missing numbers (a heading read as a list item), so that the
    gap is a reading error rather than the document's. `repeats_title`: a heading repeated
    word for word (a running title read as a heading) is no duplicate.
    """
    problems: list[tuple[str, Fact, Fact | None]] = []
    seen: dict[tuple[int, ...], Fact] = {}
    last_child: dict[tuple[int, ...], tuple[int, Fact | None]] = {}
    for position, (number, fact) in enumerate(numbered):
        parts = _parts(number)
        if parts is None:
            continue
        if position in restarts:
            seen.clear()
            last_child.clear()
        if parts in seen:
            # The same heading again, word for word, is a running title or a repeated page
            # top read as a heading, not a second section with that number.
            if not (repeats_title and _same_title(fact, seen[parts], number)):
                problems.append(("duplicate", fact, seen[parts]))
            continue
        seen[parts] = fact
        parent, index = parts[:-1], parts[-1]
        previous, previous_fact = last_child.get(parent, (0, None))
        # A child's first number must be 1 only if its parent is numbered in this document.
        # Top-level numbers may start anywhere (excerpts, annexes); a gap between two present
        # siblings, or a first child other than 1 of a numbered parent, is a skip.
        expected_known = previous_fact is not None or parent in seen
        if expected_known and index > previous + 1 and not (previous == 0 and index == 0):
            missing = [".".join(map(str, parent + (k,))) for k in range(previous + 1, index)]
            if explained is None or not explained(position, missing):
                problems.append(("skip", fact, previous_fact or seen.get(parent)))
        last_child[parent] = (index, fact)
    return problems


def _same_title(a: Fact, b: Fact, number: str) -> bool:
    first, second = (" ".join(f.location.quote.split()).lower() for f in (a, b))
    return first == second and len(first) > len(number) + 2


def _heading_blocks(document: Document, headings: list[Fact]) -> list[int] | None:
    """The index of each heading fact's block in the document, in order; None when the facts
    cannot all be placed."""
    indexes: list[int] = []
    for i, block in enumerate(document.blocks):
        if len(indexes) == len(headings):
            break
        if block.kind is not BlockKind.HEADING:
            continue
        fact = headings[len(indexes)]
        number = heading_number(block.normalized)
        if number and number[0] == fact.value and block.full_quote == fact.location.quote:
            indexes.append(i)
    return indexes if len(indexes) == len(headings) else None


_WORDS = re.compile(r"\S+")


def _heading_like_item(blocks: list[Block], i: int) -> bool:
    """A list item on its own, short, capitalised and not a sentence: a numbered heading the
    reader took for a list item (its number went with the list marker)."""
    block = blocks[i]
    text = block.normalized.strip()
    if block.kind is not BlockKind.LIST_ITEM or not text[:1].isupper() or len(text) > 160 \
            or len(_WORDS.findall(text)) > 20 or looks_like_sentence_end(text) \
            or text.endswith((",", ";")):
        return False
    neighbours = [blocks[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks)]
    return not any(b.kind is BlockKind.LIST_ITEM for b in neighbours)


def _starts_with(text: str, numbers: list[str]) -> bool:
    return any(re.match(rf"\s*{re.escape(n)}(?:[.)]|\s)\s*[A-ZÀ-Þ]", text) for n in numbers)


class Numbering(Rule):
    """Duplicated or skipped numbering of headings, figures or tables.

    What it finds:
        Two headings numbered "3.2", a "4.3" after "4.1", "Figure 3" captioned twice, "Table 5"
        after "Table 3". Continued tables ("Table 2 (continued)") and lists of figures are not
        counted. Only unambiguous gaps count: numbered entries of a reference list or a table
        of contents are not headings, an annex may number its sections afresh, and a gap
        where a paragraph or a lone list item starts with the missing number (a heading the
        PDF reading took for a list item), or where a run-in heading without its number
        stands ("Alarms The console gives alarms for ...": a numbered list item whose number
        went with the list marker), is not reported. A translation that skips a number its
        master language version has (the English IFU) is told which section that is, quoted
        from the master: "heading 5 follows heading 3 (the English IFU has “4. Method of use”
        there)", a section the translation leaves out.

    Why a panel cares:
        Broken numbering shows sections or figures were added or removed without revising the
        document, and makes cross-references ambiguous; panels noted "inconsistent" figures.

    Example:
        "2.1 Device description", "2.3 Intended purpose" (no 2.2)

    Use instead:
        Automatic numbering, checked before issue.

    References:
        MDR Annex II (clear, organised, unambiguous documentation).
    """

    code = "DC003"
    name = "numbering"
    category = Category.DOCUMENTATION
    severity = Severity.MINOR
    title = "Duplicated or skipped heading, figure or table numbers"
    references = ("MDR Annex II (clear, organised, unambiguous documentation)",)
    recommendation = "Renumber the headings, figures and tables consistently and update the cross-references."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for path, headings in facts.by_document(FactKind.HEADING_NUMBER).items():
            problems = self._heading_problems(facts.document(path), headings)
            if problems:
                yield self._finding(path, "heading", problems, _master_headings(facts, path))
        for path, figures in facts.by_document(FactKind.FIGURE).items():
            for kind in ("figure", "table"):
                numbered = [(f.value.number, f) for f in figures
                            if isinstance(f.value, Label) and f.value.kind == kind
                            and not any(c in f.value.caption.lower() for c in _CONTINUED)]
                problems = numbering_problems(numbered)
                if problems:
                    yield self._finding(path, kind, problems)

    @staticmethod
    def _heading_problems(document: Document | None, headings: list[Fact]):
        numbered = [(f.value, f) for f in headings]
        indexes = _heading_blocks(document, headings) if document is not None else None
        if indexes is None:
            return numbering_problems(numbered)
        blocks = document.blocks
        annexes = [i for i, b in enumerate(blocks) if b.kind is BlockKind.HEADING
                   and is_annex_heading(b.normalized) and not heading_number(b.normalized)]
        restarts = {k for k in range(1, len(indexes))
                    if any(indexes[k - 1] < a < indexes[k] for a in annexes)}

        def explained(position: int, missing: list[str]) -> bool:
            start = indexes[position - 1] + 1 if position else 0
            # Run-in headings without a number ("Alarms The console gives ...", a numbered
            # list item whose number went with the list marker) stand for as many numbers.
            run_in = sum(1 for i in range(start, indexes[position])
                         if blocks[i].run_in and not heading_number(blocks[i].normalized))
            if run_in >= len(missing):
                return True
            for i in range(start, indexes[position]):
                block = blocks[i]
                if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) \
                        and _starts_with(block.normalized, missing):
                    return True
                if _heading_like_item(blocks, i):
                    return True
            return False

        return numbering_problems(numbered, restarts=restarts, explained=explained,
                                  repeats_title=True)

    def _finding(self, path: str, kind: str, problems: list[tuple[str, Fact, Fact | None]],
                 master: tuple[str, dict[str, Fact]] | None = None) -> Finding:
        parts = []
        locations: list[Fact] = []
        for problem, fact, previous in problems[:6]:
            number = fact.value.number if isinstance(fact.value, Label) else fact.value
            if problem == "duplicate":
                parts.append(f"{kind} {number} appears twice")
            else:
                before = (previous.value.number if isinstance(previous.value, Label) else previous.value) \
                    if previous else "the start"
                text = (f"{kind} {number} follows {kind} {before}" if previous
                        else f"{kind} numbering starts at {number}")
                # A translation that skips a number its master version has lacks that section
                # ("5. Method of use" of the English IFU): name it, and quote it.
                found = [master[1][m] for m in _missing(str(before), str(number))
                         if master is not None and m in master[1]] if previous else []
                if found:
                    titles = ", ".join(f"“{f.location.quote}”" for f in found[:3])
                    text += f" ({master[0]} has {titles} there)"
                    locations += found[:3]
                parts.append(text)
            locations += [p for p in (previous, fact) if p is not None]
        return self.finding(f"{path}: " + "; ".join(parts) + ".", locations[:12])


def _missing(before: str, number: str) -> list[str]:
    """The numbers between two headings of one level ("3", "5" -> ["4"])."""
    a, b = _parts(before), _parts(number)
    if a is None or b is None or len(a) != len(b) or a[:-1] != b[:-1]:
        return []
    return [".".join(map(str, b[:-1] + (k,))) for k in range(a[-1] + 1, b[-1])]


def _master_headings(facts: FactBase, path: str) -> tuple[str, dict[str, Fact]] | None:
    """The master language version of `path` (when it is a translation) and its numbered
    headings by number."""
    master = master_version(facts, path)
    if master is None or master == path:
        return None
    headings = {f.value: f for f in facts.of(FactKind.HEADING_NUMBER, document=master)
                if isinstance(f.value, str)}
    document = facts.document(master)
    return (describe_document(document, with_language=True) if document else master), headings

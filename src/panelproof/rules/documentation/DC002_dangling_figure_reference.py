"""DC002: a reference to a figure or table the document does not contain."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.common import sentence_around
from panelproof.extract.documentation import label_kind, label_pattern
from panelproof.extract.model import Fact, FactBase, FactKind, Label
from panelproof.ingest.model import BlockKind, Document, Role
from panelproof.rules.documentation._annexes import dangling_annexes
from panelproof.rules.model import Category, Finding, Rule, Severity


def _uncaptioned_count(document: Document | None, kind: str) -> int:
    """How many tables or images the document holds (captions may be missing or in the image)."""
    if document is None:
        return 0
    if kind == "table":
        return len({b.table_index for b in document.blocks
                    if b.kind is BlockKind.TABLE_ROW and b.table_index is not None})
    return len(document.images)


def _missing(label: Label, figures: list[Fact], document: Document | None,
             numbers_cited: frozenset[str] = frozenset()) -> bool:
    """True when `document` has no figure or table with the label's number.

    A document without captions of the kind may number its tables by order, unwritten; that
    is believed when it cites several numbers of the kind ("Tables 1 to 4") or only "Table 1"
    (the table it introduces). A lone "see Table 5" in a report whose tables carry no number
    at all, and no block that starts with
    "Table 5" (a caption typed in the table's first row or as a heading), names a table the
    reader cannot find."""
    existing = {(f.value.kind, f.value.number) for f in figures if isinstance(f.value, Label)}
    if (label.kind, label.number) in existing:
        return False
    if not any(k == label.kind for k, _ in existing):
        count = _uncaptioned_count(document, label.kind)
        if label.number.isdigit() and int(label.number) <= count:
            if label.kind != "table" or len(numbers_cited) > 1 or label.number == "1":
                return False  # "Table 1 summarises ..." over the first of the unnumbered tables
            return not _labelled_block(document, label)
    return True


def _labelled_block(document: Document | None, label: Label) -> bool:
    """Whether a heading or table cell of `document` starts with the label ("Table 5 –", "Tab.
    5"): a caption typed where the caption extractor does not look (paragraph captions are
    FIGURE facts already, and a paragraph "Table 5 shows ..." is a mention)."""
    if document is None:
        return True
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_ROW:
            cells = block.normalized.split("|")
        elif block.kind is BlockKind.HEADING:
            cells = [block.normalized]
        else:
            continue
        for cell in cells:
            match = label_pattern().match(cell.lstrip(" *_#"))
            if match and label_kind(match.group("word")) == label.kind and \
                    label.number in re.findall(r"\d+[a-z]?", match.group("nums"))[:1]:
                return True
    return False


def _numbers_text(figures: list[Fact], kind: str) -> str:
    numbers = sorted({f.value.number for f in figures if f.value.kind == kind},
                     key=lambda n: [int(p) if p.isdigit() else 0 for p in re.split(r"\D+", n) if p])
    if not numbers:
        return f"no captioned {kind}s"
    if len(numbers) > 1 and all(n.isdigit() for n in numbers) and \
            [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[-1]) + 1)):
        return f"{kind}s {numbers[0]}–{numbers[-1]}"
    return f"{kind}s " + ", ".join(numbers)


class DanglingFigureReference(Rule):
    """A reference to a figure or table that does not exist in the document.

    What it finds:
        "see Figure 5", "(Table 4)", "voir le tableau 3", "siehe Abbildung 2" where the same
        document has no caption with that number (captions above or below the table, "Table
        1:", "Tab. 2", Word caption and cross-reference fields), and "see Table 5 of Annex 2",
        "voir l'annexe 3", "siehe Anhang 2" where the document has no annex with that number
        (no heading, caption or list-of-annexes row starting with "Annex 2") and no file of the
        dossier is named after it. Annexes are checked only in a document that holds annexes
        of its own (an "Annex 1" heading or row, an "Annexes" or "Appendices" heading): a
        report without any keeps its annexes as separate attachments, and "appraisal sheets in
        Annex 2" then points to an attachment; there only a numbered table or figure said to be
        in an annex ("Table 5 of Annex 2") is checked, as a cross-reference that must resolve
        in the dossier. Lettered annexes ("Annex B") are checked only in
        documents that letter their own annexes. References to other works ("Table 2 of ISO
        14971", "Smith et al., Fig. 3", "Annex 2 of MDCG 2020-6", "CEP Table 5", "Table 5 of
        the PMCF plan", "MDCG 2020-13 Table 1") are not counted here. A document that holds
        uncaptioned images is only checked for numbers beyond their count. One whose tables
        carry no caption at all is taken to number them by order when it cites several table
        numbers or only "Table 1"; a lone "see Table 4" there is reported unless a heading or
        a table cell starts with "Table 4" (a caption typed inside the table).

    Why a panel cares:
        A dangling reference means the evidence the text relies on is missing, or the figures
        were renumbered without the text; either way the reader cannot verify the statement.

    Example:
        "The tidal volumes delivered are shown in Figure 5." (the CER has Figures 1-4)

    Use instead:
        Cross-references generated by the word processor, updated before the document is issued.

    References:
        MDR Annex II (technical documentation presented in a clear, organised, readily
        searchable and unambiguous manner).
    """

    code = "DC002"
    name = "dangling-figure-reference"
    category = Category.DOCUMENTATION
    severity = Severity.MINOR
    title = "Reference to a figure or table that does not exist"
    references = ("MDR Annex II (clear, organised, unambiguous documentation)",)
    recommendation = "Add the missing figure or table, or correct the reference."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        figures = facts.by_document(FactKind.FIGURE)
        for path, all_references in facts.by_document(FactKind.FIGURE_REFERENCE).items():
            references = [r for r in all_references if not getattr(r.value, "target", "")]
            yield from self._cross_document(path, [r for r in all_references if r not in references],
                                            figures, facts)
            document = facts.document(path)
            cited = frozenset(r.value.number for r in references if r.value.kind == "table")
            dangling = [ref for ref in references
                        if _missing(ref.value, figures.get(path, []), document, cited)]
            if dangling:
                names = ", ".join(dict.fromkeys(f"{r.value.kind} {r.value.number}" for r in dangling))
                theirs = [f for f in figures.get(path, []) if isinstance(f.value, Label)]
                kinds = dict.fromkeys(r.value.kind for r in dangling)
                has = "; ".join(f"it has {_numbers_text(theirs, k)}" for k in kinds)
                yield self.finding(f"{path} refers to {names}, which the document does not contain "
                                   f"({has}).", dangling[:10])
        yield from self._annexes(facts)

    def _annexes(self, facts: FactBase) -> Iterable[Finding]:
        """"see Table 5 of Annex 2" in a CER that has no Annex 2 and no file named after it."""
        paths = [d.path for d in facts.documents if d.ok]
        for document in facts.documents:
            if not document.ok:
                continue
            missing = dangling_annexes(document, [p for p in paths if p != document.path])
            if not missing:
                continue
            names = ", ".join(dict.fromkeys(f"Annex {m.annex.upper()}" for m in missing))
            quotes = [m.block.quote(*sentence_around(m.block, *m.span)) for m in missing[:10]]
            locations = [document.location(m.block, q) for m, q in zip(missing, quotes)]
            yield self.finding(
                f"{document.path} refers to {names} (“{quotes[0]}”), but the "
                f"document has no annex with that number and no document of the dossier is "
                f"named after it.", locations)

    def _cross_document(self, path: str, references: list[Fact], figures: dict[str, list[Fact]],
                        facts: FactBase) -> Iterable[Finding]:
        """"Table 9 of the CER" in the CEAR when the CER provided has Tables 1-3."""
        by_target: dict[str, list[Fact]] = {}
        for ref in references:
            role = _role(ref.value.target)
            targets = [d for d in facts.documents_with_role(role) if d.path != path] if role else []
            if not targets:
                continue  # the document referred to is not in the dossier: nothing to compare
            if all(_missing(ref.value, figures.get(d.path, []), d) for d in targets):
                by_target.setdefault(targets[0].path, []).append(ref)
        for target, dangling in by_target.items():
            names = ", ".join(dict.fromkeys(f"{r.value.kind} {r.value.number}" for r in dangling))
            kind = dangling[0].value.kind
            theirs = [f for f in figures.get(target, []) if isinstance(f.value, Label)]
            role = dangling[0].value.target
            message = (f"{path} refers to {names} of the {role}, but the {role} provided ({target}) "
                       f"has {_numbers_text(theirs, kind)}.")
            anchor = [f for f in theirs if f.value.kind == kind][-1:]
            yield self.finding(message, [*dangling[:10], *anchor])


def _role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None

"""DC003: duplicated or skipped numbers of headings, figures or tables."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind, Label
from panelproof.rules.model import Category, Finding, Rule, Severity

_CONTINUED = ("continued", "cont.", "(suite)", "suite)", "fortsetzung", "fortgesetzt", "forts.")


def _parts(number: str) -> tuple[int, ...] | None:
    try:
        return tuple(int(p) for p in number.split("."))
    except ValueError:
        return None


def numbering_problems(numbered: list[tuple[str, Fact]]) -> list[tuple[str, Fact, Fact | None]]:
    """("duplicate"|"skip", fact, previous fact) for a sequence of (number, fact) in order."""
    problems: list[tuple[str, Fact, Fact | None]] = []
    seen: dict[tuple[int, ...], Fact] = {}
    last_child: dict[tuple[int, ...], tuple[int, Fact | None]] = {}
    for number, fact in numbered:
        parts = _parts(number)
        if parts is None:
            continue
        if parts in seen:
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
            problems.append(("skip", fact, previous_fact or seen.get(parent)))
        last_child[parent] = (index, fact)
    return problems


class Numbering(Rule):
    """Duplicated or skipped numbering of headings, figures or tables.

    What it finds:
        Two headings numbered "3.2", a "4.3" after "4.1", "Figure 3" captioned twice, "Table 5"
        after "Table 3". Continued tables ("Table 2 (continued)") and lists of figures are not
        counted.

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
            problems = numbering_problems([(f.value, f) for f in headings])
            if problems:
                yield self._finding(path, "heading", problems)
        for path, figures in facts.by_document(FactKind.FIGURE).items():
            for kind in ("figure", "table"):
                numbered = [(f.value.number, f) for f in figures
                            if isinstance(f.value, Label) and f.value.kind == kind
                            and not any(c in f.value.caption.lower() for c in _CONTINUED)]
                problems = numbering_problems(numbered)
                if problems:
                    yield self._finding(path, kind, problems)

    def _finding(self, path: str, kind: str, problems: list[tuple[str, Fact, Fact | None]]) -> Finding:
        parts = []
        locations: list[Fact] = []
        for problem, fact, previous in problems[:6]:
            number = fact.value.number if isinstance(fact.value, Label) else fact.value
            if problem == "duplicate":
                parts.append(f"{kind} {number} appears twice")
            else:
                before = (previous.value.number if isinstance(previous.value, Label) else previous.value) \
                    if previous else "the start"
                parts.append(f"{kind} {number} follows {kind} {before}" if previous
                             else f"{kind} numbering starts at {number}")
            locations += [p for p in (previous, fact) if p is not None]
        return self.finding(f"{path}: " + "; ".join(parts) + ".", locations[:10])

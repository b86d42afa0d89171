"""EV004: CEP outcome parameters or acceptance criteria never reported in the CER."""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

from panelproof.extract.common import cell_spans, sentences
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import BlockKind, Location, Role
from panelproof.rules.evidence._criterion_ids import outcome_ids, reported_ids
from panelproof.rules.evidence._criterion_labels import label_key, labelled_rows, outcome_labels
from panelproof.rules.evidence._outcome_match import (
    _RATE, _SENTENCE_SPLIT, _absence_statements, _event_stems, _Horizons, _in_glossary, _in_methods,
    _mentioned_together, _met_criteria_labels, _months, _point_months, _only_plans, _reported_as_absent, _reporting_text,
    _restates_criteria, _ShortNames, _spell, _stem_index, _stems_of_texts_with, describes_evidence, head_reported,
    head_reported_as_absent, head_stem,
    is_label_cell, safety_listing, zero_tolerance, measured_stems, not_assessed, outcome_label, outcome_parts, outcome_stems, parenthesis_quantities, shared_stems, substitute_result)
from panelproof.rules.model import Category, Finding, Rule, Severity


def _row_cells(fact, ceps) -> list[str] | None:
    """The cells of the CEP table row that holds the outcome cell `fact`, or None."""
    value = fact.value.strip()
    for document in ceps:
        if document.path != fact.document:
            continue
        for block in document.blocks:
            cells = [cell.strip() for cell in (block.cells or ())]
            if value in cells and block.section == fact.location.section:
                return cells
    return None


def _label_content(fact, ceps) -> list[tuple[str, set[str]]]:
    """For an outcome cell that only labels a kind of outcome ("Objective improvement"), the
    name the next cell of its row gives ("Reduction of 24-hour pad weight by >= 50 %")."""
    if not is_label_cell(fact.value):
        return []
    cells = _row_cells(fact, ceps)
    if cells is None:
        return []
    label = fact.value.strip()
    after = [cell for cell in cells[cells.index(label) + 1:] if cell]
    return [(after[0], outcome_stems(after[0]))] if after else []


def _row_names(fact, ceps, outcome_keys: set[str]) -> list[tuple[str, set[str]]]:
    """The other name a CEP table row gives the outcome when that name is an outcome of the
    CEP too: "CB-02 | Technical success | Correct deployment at index procedure" beside an
    acceptance criterion "Technical success | ≥ 95 %" defines that outcome, so the CER reports
    "Correct deployment ..." under "Technical success". A benefit named only there ("Less
    daytime sleepiness") is a description, not another name of the parameter."""
    value = fact.value.strip()
    return [(cell, stems) for cell in _row_cells(fact, ceps) or () if cell and cell != value
            and label_key(cell) in outcome_keys and (stems := outcome_stems(cell))]


# A header naming the column of acceptance criteria: "Acceptance criterion", "Threshold",
# "Critère d'acceptation", "Akzeptanzkriterium", "Criterio di accettazione".
_CRITERION_COLUMN = re.compile(r"criteri|critère|kriteri|threshold|target|success|goal|seuil|objectif|zielwert|"
                               r"schwelle|soglia|umbral|meta\b", re.IGNORECASE)
# A reviewer's statement that something is not reported: "Visual function outcome of CEP not
# reported", "CDVA results are missing from the CER", "n'est pas rapporté", "nicht berichtet".
_NOT_REPORTED = re.compile(
    r"\bnot\s+(?:been\s+)?(?:reported|presented|addressed|provided|discussed|given|included|analy[sz]ed)\b|"
    r"\b(?:missing|absent|omitted|lacking)\b|\bno\s+(?:results?|data)\s+(?:is|are|was|were|for|on)\b|"
    r"\b(?:non|pas)\s+(?:été\s+)?(?:rapporté|présenté|fourni|discuté|abordé)e?s?\b|\bmanquant|"
    r"\bnicht\s+(?:\w+\s+)?(?:berichtet|dargestellt|angegeben|diskutiert|berücksichtigt)\b|\bfehl(?:t|en|end)|"
    r"\bnon\s+(?:è|sono)?\s*(?:riportat|riferit|presentat)\w*|\bno\s+(?:se\s+)?(?:informa|reporta|presenta)\w*",
    re.IGNORECASE)


def _row_block(fact, ceps):
    """(document, table row block) of the CEP row that holds the outcome cell `fact`, or None."""
    value = fact.value.strip()
    for document in ceps:
        if document.path != fact.document:
            continue
        for block in document.blocks:
            if (block.kind is BlockKind.TABLE_ROW and block.section == fact.location.section
                    and value in [cell.strip() for cell in (block.cells or ())]):
                return document, block
    return None


def _criterion_cell(fact, ceps) -> Location | None:
    """The acceptance criterion the CEP row of an outcome cell gives beside it ("CDVA change at
    12 months | No loss of >= 2 lines in >= 95 % of eyes"): a reviewer wants both quoted."""
    found = _row_block(fact, ceps)
    if found is None:
        return None
    document, block = found
    header = next((b.cells for b in document.blocks if b.kind is BlockKind.TABLE_ROW
                   and b.table_index == block.table_index and b.row_index == 0 and b is not block), None)
    if not header:
        return None
    spans = cell_spans(block)
    for index, title in enumerate(header):
        if index >= len(spans) or not _CRITERION_COLUMN.search(title or ""):
            continue
        start, end = spans[index]
        cell = block.normalized[start:end].strip()
        if cell and cell != fact.value.strip() and fact.value.strip() not in cell:
            return document.location(block, block.quote(start, end))
    return None


def _criterion_measure(fact, ceps) -> list[tuple[str, set[str]]]:
    """The measure the acceptance criterion of the outcome's CEP row names ("Preservation of
    function | Pad-free continence at 12 months: >= 90 %"): the CER reporting that measure
    ("Pad-free continence at 12 months | 94.9 %") reports the outcome it measures."""
    criterion = _criterion_cell(fact, ceps)
    if criterion is None:
        return []
    text, stems = outcome_label(criterion.quote)
    if not stems:  # no colon: "Pad-free continence >= 90 % at 12 months", the words before the threshold
        text = _CRITERION_THRESHOLD.split(criterion.quote, 1)[0].strip(" ,.;")
        stems = outcome_stems(text) if text else set()
    return [(text, stems)] if len(stems) >= 2 else []


_CRITERION_THRESHOLD = re.compile(r"\s*(?:[<>≤≥=]|\b(?:at (?:least|most)|no (?:more|less) than|more than|less than|"
                                  r"above|below|over|under|within)\b|\d)", re.IGNORECASE)


def _row_label_stems(fact, ceps) -> set[str]:
    """Stems of the label cell before the outcome in its CEP row ("Visual function | CDVA change ...")."""
    cells = [cell.strip() for cell in _row_cells(fact, ceps) or ()]
    value = fact.value.strip()
    before = cells[:cells.index(value)] if value in cells else []
    return outcome_stems(before[-1]) if before and before[-1] else set()


def _reviewer_agrees(facts: FactBase, stems: set[str], label: set[str]) -> list[Location]:
    """The CEAR's own sentences stating that the outcome is not reported: named by a word of
    its name (`stems`) or by the whole label of its CEP row (`label`: "Visual function")."""
    found: list[Location] = []
    for document in facts.documents_with_role(Role.CEAR):
        for block in document.blocks:
            if not _NOT_REPORTED.search(block.normalized):
                continue
            for start, end in sentences(block):
                sentence = block.normalized[start:end]
                said = measured_stems(sentence) if _NOT_REPORTED.search(sentence) else set()
                if stems & said or (label and label <= said):
                    found.append(document.location(block, block.quote(start, end)))
                    if len(found) == 2:
                        return found
    return found


class OutcomeNotReported(Rule):
    """CEP outcome parameters or acceptance criteria that the CER never reports.

    What it finds:
        Each outcome parameter, endpoint or acceptance criterion of the CEP whose key words do
        not appear in any CER result, evidence entry or claim. Words are compared as measured
        quantities: how the outcome is assessed ("on duplex", "confirmed by ultrasound", "im CT";
        outcome_quantities.yaml `assessment_methods`) is not what is measured, nor is the device
        setting it is measured at ("SpO2 at the prescribed flow", "accuracy at the programmed
        rate", "au débit prescrit"; `measurement_conditions`), nor the window it is counted in
        ("haemostasis within 5 minutes of application", "innerhalb von 24 h nach dem Eingriff"),
        and a criterion's
        comparator and unit ("≤ 8 %", "± 10 mmHg") are not part of
        it, "freedom from X" reports "X rate", synonyms ("stop" / "interruption"),
        abbreviations ("SADE"; "bPFS", "rPFS": a lower-case letter qualifying one, vocabulary
        `abbreviation_prefixes`) and qualifiers ("unintended") come from
        vocabulary/outcome_quantities.yaml. A CER result row under a shorter name reports the
        outcome when all its label's words are among the outcome's (two at least, or one and
        the same time point): "ODI improvement | ≥ 15 points | 21.6 points" reports
        "Oswestry Disability Index (ODI) improvement", "NSR specificity" reports "Specificity
        for normal sinus rhythm", with abbreviations defined anywhere in the dossier (in
        parentheses or a list of abbreviations) or spelling the outcome's own words, or words of
        the CER ("SGRQ" and "St George's Respiratory Questionnaire", either way). A row of a CER
        acceptance table ("Parameter | CEP criterion | Result") whose first cell is the label the
        CEP gives one outcome ("Quality of life | >= +10 points | +14 points") and that gives a
        result reports that outcome, at the row's own time point: another row's ("MACE at 30
        days") is not borrowed; with none, the clinical data's longest follow-up counts. An outcome line
        "Adequate gas exchange: SpO2 within ..." is named by its label too, and a benefit named in a
        CEP row ("Preservation of function | Pad-free continence at 12 months: >= 90 %") by the
        measure of the acceptance criterion beside it; a CER sentence stating
        that all acceptance criteria were met reports the criteria it lists ("... were met:
        delivery accuracy ..., occlusion alarms in 99.2 %"). An outcome whose parenthesis lists the
        quantities measured ("Dynamic response (natural freq./damping)", "Lung function (FEV1,
        FVC)") is reported when each of them is; parameters that share an event ("Wound
        dehiscence / fascial dehiscence") only when the CER names that event, not a site alone
        ("fascia closure"). A list of abbreviations reports
        nothing, nor do the CER's methods or a sentence that only plans ("SADEs will be
        recorded"). A criterion stated as an absence ("No unexplained overdose events
        attributable to the pump mechanism", "aucune surdose imputable à la pompe") is reported
        by a CER sentence stating the absence of the event it names ("no overdose was observed")
        or giving its rate ("overdose in 1 of 412 patients"). A zero-tolerance criterion (an
        absence without a threshold, not "freedom from", not a comparison with control: "no
        implant-related death", "zero device-related strokes", "aucun décès") that the CER never
        names, beside a clinical safety section reporting the adverse events observed (vocabulary
        `safety_result_headings`: "Clinical safety", "Adverse events", "Complications",
        "Sécurité clinique", "Unerwünschte Ereignisse"), is a minor finding quoting that section:
        the event was not among those observed, but the CER leaves that implied. A criterion at a time point ("endothelial cell loss at 36
        months ≤ 6 %", "à 3 ans", "nach 36 Monaten"; in words too: "at one year", "nach einem Jahr") is not reported when the CER reports the
        outcome only at earlier time points (planned or PMCF measurements do not count), or,
        giving no time point for it, when the clinical data's longest follow-up is shorter.
        A visit ("at month 6", "Week 6", "Monat 12", "in the first year") is a time point too, and
        a result the CER gives under an abbreviation of the outcome ("MAS improved by 1.6 points at
        month 6" for "Modified Ashworth Scale", "KCCQ-OSS" for "KCCQ overall summary score", either
        way round) counts at its own time point. "Secondary procedures", "repeat interventions"
        and reoperations report reinterventions. A test statistic in a result cell ("mean FSS
        5.3 to 3.6 (p < 0.01)") is no threshold; a cell listing several results ("pain -3 points;
        RTVF 7 %") reports each; when a duration is counted from ("median OS since enrolment")
        is not what is measured; two-letter abbreviations ("OS", "AF") are words. Time points of
        the intended purpose, indications or contraindications ("closure within 4 weeks") are
        no times of results.
        An outcome naming several parameters ("24-hour pad weight test; Stamey grade", "pad
        weight / Stamey grade", "Door and line tests") is reported when the CER reports one of
        them, by its name or by its head word with a result number in one sentence ("exchange
        performed in 88 %"); the finding names each parameter when it reports none. A cell that
        only labels a kind of outcome ("Objective improvement") is named by the next cell of its
        row. A row describing the data source or the methods ("Evidence | pivotal trial ...,
        n = 300", "Literature search: ...", "Données cliniques") is no outcome. When the CER
        reports another measure of the outcome's family instead (vocabulary
        outcome_quantities.yaml `measure_families`: the CEP's "12-month pad-weight cure", the
        CER's "6-month Stamey grade and PGI-I"), the finding quotes it. Clinical synonyms are read
        alike ("severe perineal trauma", "third- or fourth-degree tears", "OASIS"; vocabulary
        `phrases`), and a typed bullet ("• ...") is no part of the outcome. The finding quotes the
        acceptance criterion the CEP row gives beside the outcome, and the CEAR's own sentence
        stating the outcome is not reported (named by its words or its row's label: "Visual
        function outcome of CEP not reported").

    Why a panel cares:
        The CEP must define clinical benefits "with relevant and specified clinical outcome
        parameters" and acceptance criteria (Annex XIV Part A 1(a)); a CER that does not report
        them cannot show the benefit-risk is acceptable. Panels check that the CER is aligned
        with the CEP.

    Example:
        CEP: "Acceptance criterion: complete wound closure in ≥ 70 % of ulcers at 12 weeks."
        CER: reports only pain scores.

    Use instead:
        Report each CEP outcome parameter in the CER with its result and whether the acceptance
        criterion is met.

    References:
        MDR Annex XIV Part A 1(a); MDCG 2020-13 section D.
    """

    code = "EV004"
    name = "outcome-not-reported"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "CEP outcome parameter not reported in the CER"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Report every outcome parameter and acceptance criterion of the CEP in the CER, "
                      "with the result and whether the criterion is met.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        cers = facts.documents_with_role(Role.CER)
        if not cers:
            return
        # An outcome is named by its line, or by the label before its colon ("Adequate gas
        # exchange: SpO2 within the target range ..."): a CER reporting either reports it.
        # A row describing the data source or the methods ("Evidence | pivotal trial ...") is no
        # outcome; a label cell ("Objective improvement") is named by the cell after it.
        ceps = facts.documents_with_role(Role.CEP)
        outcome_keys = {label_key(f.value) for f in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CEP)}
        outcomes = [(fact, [(text, stems) for text, stems in ((fact.value, outcome_stems(fact.value)),
                                                               outcome_label(fact.value),
                                                               *_label_content(fact, ceps),
                                                               *_criterion_measure(fact, ceps),
                                                               *_row_names(fact, ceps, outcome_keys)) if stems])
                    for fact in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CEP)
                    if not describes_evidence(fact.value)]
        outcomes = [(fact, names) for fact, names in outcomes if names]
        # "24-hour pad weight test; Stamey grade": several parameters, each reported on its own.
        parts = {id(fact): found for fact, _ in outcomes if (found := outcome_parts(fact.value))}
        # "Dynamic response (natural freq./damping)": the quantities its parenthesis lists.
        quantities = {id(fact): found for fact, _ in outcomes if (found := parenthesis_quantities(fact.value))}
        # "No unexplained overdose events attributable to the pump mechanism": the event it
        # names ("overdose") is reported by a CER sentence stating its absence or its rate.
        events = {id(fact): stems for fact, names in outcomes
                  if (stems := _event_stems(fact.value)) and all(stems != named for _, named in names)}
        if not outcomes:
            return
        wanted = set().union(*(stems for _, names in outcomes for _, stems in names))
        wanted |= set().union(*events.values())
        wanted |= set().union(*(stems for found in parts.values() for _, stems in found))
        wanted |= set().union(*(stems for found in quantities.values() for _, stems in found))
        # A list of abbreviations or a glossary defines words; it reports no result.
        # A plan ("SADEs will be recorded") or the methods of the evaluation report no result.
        # Tested once per quote: the facts of a long CER annex share a few thousand quotes
        # (its appraisals repeat their wording), some 12,000 facts on a 1,000-page dossier.
        may_report: dict[str, bool] = {}

        def reports(quote: str) -> bool:
            found = may_report.get(quote)
            if found is None:
                found = may_report[quote] = (not _only_plans(quote) and not not_assessed(quote)
                                             and not (" | " in quote and _restates_criteria(quote)))
            return found
        reporting = [f for kind in (FactKind.OUTCOME_PARAMETER, FactKind.EVIDENCE, FactKind.CLAIM)
                     for f in facts.of(kind, role=Role.CER)
                     if not _in_glossary(f.location.section) and not _in_methods(f.location.section)
                     and reports(f.location.quote)]
        cer_texts = [f.value for f in reporting if f.kind is FactKind.OUTCOME_PARAMETER]
        cer_texts += [f.location.quote for f in reporting if f.kind is FactKind.EVIDENCE]
        cer_texts += [f.value.text for f in reporting if f.kind is FactKind.CLAIM]
        cer_stems = [stems & wanted for stems in _stems_of_texts_with(cer_texts, wanted)]
        state: dict[str, object] = {}
        # Criteria the CEP numbers ("CEP-AC-04") and the CER reports by that number.
        numbered = outcome_ids([fact for fact, _ in outcomes], facts.documents_with_role(Role.CEP))
        by_number = reported_ids(cers, numbered) if numbered else set()
        # Criteria the CER reports in an acceptance table under the CEP's parameter labels
        # ("Quality of life | >= +10 points | +14 points").
        labels = outcome_labels([fact for fact, _ in outcomes], ceps)
        by_label = labelled_rows(cers, set(labels.values()))
        for fact, names in outcomes:
            if id(fact) in numbered and numbered[id(fact)][0] in by_number:
                continue
            row = by_label.get(labels.get(id(fact), ""))
            if row is not None:
                if _months(fact.value) is not None:
                    horizons = state.get("horizons") or state.setdefault("horizons", _Horizons(facts, cers, wanted))
                    yield from self._too_early(fact, set(), 1, horizons, row=row)
                continue
            # "Wound dehiscence / fascial dehiscence": its parameters name one event, which the
            # CER must name; a place alone ("fascia", "atrial lead") reports nothing. Its
            # abbreviation ("SADPE-free rate 93.8 %") names it too.
            shared = shared_stems(parts.get(id(fact), []))
            if shared and not self._names_event(shared, cers, cer_stems, wanted, state):
                reported = shared if self._abbreviation_used(fact.value, facts, cers, cer_texts, state) else None
            else:
                reported = next((stems for text, stems in names if self._reported(text, stems, facts, cers, cer_texts,
                                                                                   cer_stems, wanted, state)), None)
            if reported is None and id(fact) in events:
                reported = self._event_reported(events[id(fact)], cers, state)
            if reported is None and id(fact) in parts:
                reported = self._part_reported(parts[id(fact)], facts, cers, cer_texts, cer_stems, wanted, state)
            if reported is None and id(fact) in quantities:
                reported = self._quantities_reported(quantities[id(fact)], facts, cers, cer_texts, cer_stems, wanted,
                                                     state)
            if reported is not None:
                if _months(fact.value) is not None:
                    horizons = state.get("horizons") or state.setdefault("horizons", _Horizons(facts, cers, wanted))
                    yield from self._too_early(fact, reported, max(1, round(len(reported) * 0.5)), horizons,
                                               names=lambda outcome: self._short(state, facts, cers, cer_texts)
                                               .abbreviations(outcome))
                continue
            cer = cers[0].path
            if id(fact) in parts:
                named = " nor ".join(f'"{part}"' for part, _ in parts[id(fact)])
                what = f"reports a result for none of its parameters (neither {named})"
            else:
                what = "reports no result for it"
            months = _months(fact.value)
            # "24-hour pad weight test": a measurement window, not a time point
            when = f" at {_spell(months)}" if months is not None and months >= 0.2 else ""
            # "... reports no result for it; it gives 6-month Stamey grade and PGI-I instead"
            instead = substitute_result(fact.value, cers)
            if instead is not None:
                what += f'; what it gives instead is "{instead.quote}"'
            criterion = _criterion_cell(fact, ceps)
            if criterion is not None:
                what += f' (its acceptance criterion: "{criterion.quote}")'
            agreed = _reviewer_agrees(facts, set().union(*(named for _, named in names)),
                                      _row_label_stems(fact, ceps))
            if agreed:
                what += f'. The CEAR states it too: "{agreed[0].quote}"'
            # "no implant-related death" beside a CER table of the adverse events observed that
            # names no death: none occurred, but the CER leaves it implied; the panel asks for
            # the statement, the evidence is not missing.
            listing = None
            if not agreed and criterion is None and zero_tolerance(fact.value):
                if "safety" not in state:
                    state["safety"] = safety_listing(cers)
                listing = state["safety"]
            if listing is not None:
                yield self.finding(
                    f'{fact.document} sets the zero-tolerance criterion "{fact.location.quote}", but {listing.document} '
                    f'does not state whether it was met: its clinical safety results ("{listing.quote}") do not name '
                    f"the event, so that none occurred is implied, not stated.",
                    [fact, listing], severity=Severity.MINOR)
                continue
            yield self.finding(
                f'{fact.document} defines the outcome parameter "{fact.location.quote}"{when}, but {cer} {what}.',
                [fact, *([criterion] if criterion is not None else []), *([instead] if instead is not None else []),
                 *agreed])

    def _part_reported(self, found, facts: FactBase, cers, cer_texts, cer_stems, wanted,
                       state: dict[str, object]) -> set[str] | None:
        """The stems of the first of several parameters the CER reports: under its name, or by
        its head word with a number in one sentence ("exchange performed in 88 %"). Parameters
        that share a word ("Wound dehiscence / fascial dehiscence") name one event where it
        happens: the CER must name that event, not only a place ("fascia closure")."""
        shared = shared_stems(found)
        if shared and not self._names_event(shared, cers, cer_stems, wanted, state):
            return None
        for part, stems in found:
            if self._reported(part, stems, facts, cers, cer_texts, cer_stems, wanted, state):
                return stems
        short = state.get("short") or state.setdefault("short", _ShortNames(facts, cers, cer_texts))
        for part, stems in found:
            head = next(iter(shared)) if len(shared) == 1 else head_stem(part)
            if head is not None and head_reported(head, short.results):
                return {head}
        return None

    @staticmethod
    def _names_event(shared: set[str], cers, cer_stems: list[set[str]], wanted: set[str],
                     state: dict[str, object]) -> bool:
        """Whether the CER names the event the parameters of one outcome line share ("lead
        dislodgement" of "Lead dislodgement / atrial lead dislodgement"), all its words in one
        text, or states its absence."""
        if any(shared <= other for other in cer_stems):
            return True
        if "blocks" not in state:
            state["blocks"] = _stem_index(cers, wanted)
        if _mentioned_together(shared, len(shared), state["blocks"]):
            return True
        if "absences" not in state:
            state["absences"] = _absence_statements(cers)
        return _reported_as_absent(shared, state["absences"])

    def _abbreviation_used(self, outcome: str, facts: FactBase, cers, cer_texts: list[str],
                           state: dict[str, object]) -> bool:
        """Whether a CER result uses an abbreviation of the outcome ("SADPE-free rate 93.8 %")."""
        names = [name for name in self._short(state, facts, cers, cer_texts).abbreviations(outcome) if " " not in name]
        # the one the outcome defines: "... events in the first half year (SADPE)"
        names += re.findall(r"\(\s*([A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)\s*\)", outcome)
        if not names:
            return False
        pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![^\W_])")
        return any(pattern.search(block.normalized) for document in cers for block in document.blocks
                   if not _in_glossary(block.section))

    def _quantities_reported(self, found, facts: FactBase, cers, cer_texts, cer_stems, wanted,
                             state: dict[str, object]) -> set[str] | None:
        """The stems of the quantities a parenthesis lists when the CER reports every one:
        "Dynamic response (natural freq./damping)" by "natural frequency 41 Hz, damping 0.5"."""
        if all(self._reported(part, stems, facts, cers, cer_texts, cer_stems, wanted, state) for part, stems in found):
            return set().union(*(stems for _, stems in found))
        return None

    @staticmethod
    def _reported(outcome: str, stems: set[str], facts: FactBase, cers, cer_texts: list[str], cer_stems: list[set[str]],
                  wanted: set[str], state: dict[str, object]) -> bool:
        """True when the CER reports the outcome named by `stems`. The indexes are built in
        `state` once per dossier, and only when an outcome needs them."""
        needed = max(1, round(len(stems) * 0.5))
        if any(len(stems & other) >= needed for other in cer_stems):
            return True
        # "Never reports" is a statement about the whole CER: results stand in prose,
        # tables and appendices that no extractor turns into a fact, so every block is
        # searched too.
        if "blocks" not in state:
            state["blocks"] = _stem_index(cers, wanted)
        if _mentioned_together(stems, needed, state["blocks"]):
            return True
        if "absences" not in state:
            state["absences"] = _absence_statements(cers)
        if _reported_as_absent(stems, state["absences"]) or head_reported_as_absent(outcome, state["absences"]):
            return True
        if "short" not in state:
            state["short"] = _ShortNames(facts, cers, cer_texts)
        if state["short"](outcome):
            return True
        if "met" not in state:
            state["met"] = _met_criteria_labels(cers)
        return state["short"].among_met(outcome, state["met"])

    @staticmethod
    def _event_reported(stems: set[str], cers, state: dict[str, object]) -> set[str] | None:
        """`stems` when a CER sentence states the event's absence ("no overdose was observed")
        or a CER block gives its rate ("overdose in 1 of 412 patients (0.2 %)")."""
        if "absences" not in state:
            state["absences"] = _absence_statements(cers)
        if _reported_as_absent(stems, state["absences"]):
            return stems
        if "block_list" not in state:
            state["block_list"] = [block for document in cers for block in document.blocks]
        blocks, index = state["block_list"], state["blocks"]
        counts = Counter(number for stem in stems for number in index.get(stem, ()))
        for number, count in counts.items():
            if count < len(stems) or not _RATE.search(blocks[number].normalized):
                continue
            # the rate and the event in one sentence: "overdose in 1 of 412 patients (0.2 %)"
            if any(_RATE.search(sentence) and stems <= measured_stems(sentence) and not _only_plans(sentence)
                   for sentence in _SENTENCE_SPLIT.split(_reporting_text(blocks[number]))):
                return stems
        return None

    @staticmethod
    def _short(state: dict[str, object], facts: FactBase, cers, cer_texts: list[str]) -> _ShortNames:
        if "short" not in state:
            state["short"] = _ShortNames(facts, cers, cer_texts)
        return state["short"]

    def _too_early(self, fact, stems: set[str], needed: int, horizons: "_Horizons", row=None,
                   names=None) -> Iterable[Finding]:
        """A criterion at a time point ("at 36 months") later than any at which the CER reports
        the outcome, or, when the CER gives no time point for it, than its longest follow-up.
        Reported in a row of an acceptance table (`row`: document, block), the time point is the
        row's own: another row's ("MACE at 30 days") says nothing of this criterion."""
        wanted_months = _months(fact.value)
        if row is not None:
            document, block = row
            months = _point_months(block.normalized)
            # no time point in the row: its table's columns give it ("| Outcome | 30 days |")
            reported = (max(months), document.location(block, block.full_quote)) if months else \
                horizons.latest_of_block(block)
            stems = set()
        else:
            reported = horizons.latest_for(stems, needed)
            # "MAS improved by 1.6 points at month 6" reports "Modified Ashworth Scale ... at
            # 6 months" under its abbreviation; the later of both counts. Asked only when the
            # outcome's words give no time point late enough: reading the abbreviations of a
            # long CER costs seconds.
            short_of_it = reported is None or wanted_months > reported[0] * 1.1 + 1e-6
            named = horizons.latest_named(names(fact.value)) if names is not None and short_of_it else None
            if named is not None and (reported is None or named[0] > reported[0]):
                reported = named
        if reported is not None:
            months, location = reported
            what = f'reports it at {_spell(months)} at the latest ("{location.quote}")'
        else:
            longest = horizons.longest_follow_up()
            if longest is None:
                return
            months, location = longest
            what = f'gives no result for it at that time point; its longest follow-up is {_spell(months)} ("{location.quote}")'
        if wanted_months <= months * 1.1 + 1e-6:  # "4 weeks" is "30 days"
            return
        message = (f'{fact.document} sets the criterion "{fact.location.quote}" at {_spell(wanted_months)}, but '
                   f"{location.document} {what}. The criterion is not reported at its time point.")
        if stems and horizons.deferred(stems, needed):
            # "... at 12 months was 99.5 %; the 5-year criterion will be confirmed by the PMCF
            # registry": a gap the CER states and plans to close, still to be followed
            yield self.finding(message + " The CER defers it to PMCF; the plan must deliver it.", [fact, location],
                               severity=Severity.MINOR)
            return
        yield self.finding(message, [fact, location])

"""PO002: the population groups differ between documents, or a bound leaves out a named group."""

from __future__ import annotations

import math
from typing import Iterable, Iterator

from panelproof.extract.model import Fact, FactBase, FactKind, PopulationBound, quantity
from panelproof.extract.population import (expand_groups, groups, groups_admitted_by_bounds,
                                          umbrella_equivalent)
from panelproof.rules.identity._compare import (
    INTENDED_USE_ROLES, document_label, facts_by_document, translation_differs,
    reference_document, reference_group)
from panelproof.rules.intended_use.common import join_names
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.population.PO001_population_bounds_differ import envelope

# Subgroups compared as their parent: a document naming "adults" covers the elderly, one naming
# "neonates" may or may not include preterm neonates.
PARENT = {"elderly": "adults", "preterm_neonates": "neonates"}
NOT_A_GROUP = {"unrestricted"}


def named_groups(facts: list[Fact], bounds: list[Fact] = ()) -> dict[str, Fact]:
    """Groups a document admits (umbrellas expanded, negated ones removed), with a fact each.

    An umbrella word stands only for the subgroups the same document's own age and weight
    bounds leave room for: "paediatric patients of 0.5-30 kg" names neonates, infants and
    children, not adolescents (typically 30-100 kg). A group the document names explicitly is
    kept, except a word with a wider legal sense ("children": every minor) whose typical span
    the document's own population-wide bounds leave out: "children, adolescents and adults
    from 12 years" names adolescents (minors of 12 and older), not children of 2-11 years.
    """
    # A group the document also names itself is not excluded by one negated mention ("Infants
    # from birth to 12 months" stands; "does not prevent sudden infant death" removes nothing).
    explicit = {f.value.id for f in facts if not f.value.negated}
    negated = expand_groups(f.value.id for f in facts if f.value.negated) - explicit
    named: dict[str, Fact] = {}
    for fact in facts:
        if fact.value.negated or fact.value.id in NOT_A_GROUP:
            continue
        info = groups().get(fact.value.id)
        meaning = bounded_meaning(bounds, fact.value.id)
        if meaning is not None:
            # "children, adolescents and adults from 12 years": the children are minors of 12+
            for gid in meaning:
                if gid not in negated and gid not in named:
                    named[gid] = fact
            continue
        outside = _outside_own_bounds(bounds, fact.value.id, info.covers) if info and info.covers else ()
        for gid in expand_groups([fact.value.id]):
            if gid in outside:
                continue
            gid = PARENT.get(gid, gid)
            if gid not in negated and gid not in named:
                named[gid] = fact
    return named


def _outside_own_bounds(bounds: list[Fact], umbrella: str, covers: Iterable[str]) -> set[str]:
    """Subgroups of an umbrella whose whole typical age or weight span lies outside the bounds
    of the document that population-wide or on the umbrella's groups ("adults over 40 kg"
    bounds adults, not the paediatric patients named beside them)."""
    concerned = {None, umbrella, *covers}
    bounds = [f for f in bounds if f.value.group in concerned]
    out: set[str] = set()
    for dimension in ("weight", "age"):
        env = envelope(bounds, dimension)
        if env is None:
            continue
        for gid in covers:
            info = groups().get(gid)
            span = (info.weight if dimension == "weight" else info.age) if info else None
            if not span or span[0] is None:
                continue
            g_high = span[1] if span[1] is not None else math.inf
            if g_high <= env.low or span[0] >= env.high:
                out.add(gid)
    return out


def bounded_meaning(bounds: list[Fact], gid: str) -> tuple[str, ...] | None:
    """The age classes a group word stands for when the document's own age bounds (population-
    wide or on that group) leave out its typical span but not its wider legal sense
    (`broad_age_years`): "children ... from 12 years" stands for adolescents. None when the
    word keeps its typical meaning, or when no class of its wider sense is admitted either
    ("adolescents ... at least 18 years old" stays adolescents: a contradiction to report)."""
    info = groups().get(gid)
    if info is None or info.covers or info.broad_age[0] is None or not info.age or info.age[0] is None:
        return None
    env = envelope([f for f in bounds if f.value.group in (None, gid)], "age")
    if env is None:
        return None
    g_low, g_high = info.age[0], info.age[1] if info.age[1] is not None else math.inf
    if not (g_high <= env.low or g_low >= env.high):
        return None
    low = max(info.broad_age[0], env.low)
    high = min(info.broad_age[1] if info.broad_age[1] is not None else math.inf, env.high)
    if low >= high:
        return None
    meaning = []
    for other, other_info in groups().items():
        span = other_info.age
        if other == gid or other_info.covers or not span or span[0] is None or other == "unrestricted":
            continue
        s_high = span[1] if span[1] is not None else math.inf
        if span[0] < high and s_high > low and s_high <= (info.broad_age[1] or math.inf):
            meaning.append(other)
    return tuple(meaning) or None


def _label(gid: str) -> str:
    info = groups().get(gid)
    return (info.label if info else gid).lower()


def _join(ids: Iterable[str]) -> str:
    order = list(groups())
    names = [_label(g) for g in sorted(ids, key=lambda g: order.index(g) if g in order else 99)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


class PopulationGroupsDiffer(Rule):
    """The population groups of the intended use differ between documents.

    **What it finds**
    Population groups named in the intended population (neonates, infants, children,
    adolescents, adults, elderly; "paediatric" standing for neonates to adolescents) in the
    CER, CEP, IFU (each language), SSCP and CEAR, in English, French and German, with
    negations ("not intended for neonates") removed; an exclusion of a bounded part of a group
    ("children below 10 kg") leaves the rest of the group named, and an umbrella word stands
    only for the subgroups its document's own bounds admit ("paediatric patients of 0.5-30 kg"
    are not adolescents). Two kinds of disagreement are reported:
    one document names a group another does not (the CER includes children, the CEAR names only
    adults), and one document's age or weight bound leaves out, entirely, a group another
    document names (a CEAR admitting patients over 5 kg while the CER names neonates, whose
    typical weight is below 5 kg; ages and weights per group: ICH E11(R1), WHO growth
    standards, see population_groups.yaml). A third: the documents that state the sex of the
    population admit different sexes ("adult women" in the CER, "hommes et femmes" in the French
    IFU); a document that names no sex is not compared, and "pregnant women" or "he or she" state
    no sex of the population.

    **Why a panel cares**
    Each target group needs its own clinical data (MDR Annex XIV Part A 1(a), Art. 61(1));
    panels criticise claims for adult and paediatric use resting on adult data, and documents
    that disagree about which groups are intended.

    **Example**
    CER: "for adult and paediatric patients". CEAR: "intended for adults (18 years and older)".

    **Use instead**
    The same groups in every document, each backed by clinical data, and bounds that agree with
    them.

    **References**
    MDR Annex XIV Part A 1(a); MDR Art. 61(1); MDCG 2020-13 section C; ICH E11(R1) section 2.5.
    """

    code = "PO002"
    name = "population-groups-differ"
    category = Category.POPULATION
    severity = Severity.MAJOR
    title = "The population groups differ between documents"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Art. 61(1)", "MDCG 2020-13 section C",
                  "ICH E11(R1) section 2.5")
    recommendation = ("Name the same population groups in every document, align the age and "
                      "weight bounds with them, and show clinical data for each group.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.POPULATION_GROUP, INTENDED_USE_ROLES)
        bounds = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        named = {doc: g for doc, fs in by_doc.items()
                 if (g := named_groups(fs, bounds.get(doc, [])))}
        yield from self._group_sets(facts, named)
        yield from self._bounds_against_groups(facts, named)
        yield from self._sexes(facts)

    def _sexes(self, facts: FactBase) -> Iterator[Finding]:
        """A document that admits a sex the others leave out ("men and women" against "adult
        women"). Documents that name no sex say nothing about it and are not compared."""
        admitted: dict[str, dict[str, Fact]] = {}
        for doc, fs in facts_by_document(facts, FactKind.POPULATION_SEX, INTENDED_USE_ROLES).items():
            stated = {f.value.id: f for f in fs if not f.value.negated}
            excluded = {f.value.id for f in fs if f.value.negated}
            if not stated:
                continue  # an exclusion alone ("not for pregnant women") sets no sex
            here = {sid: f for sid, f in stated.items() if sid not in excluded}
            if here:
                admitted[doc] = here
        if len(admitted) < 2:
            return
        signatures = {doc: frozenset(sexes) for doc, sexes in admitted.items()}
        reference = reference_group(signatures, facts)
        ref_doc = reference_document([d for d, sig in signatures.items() if sig == reference], facts)
        names = {"female": "women", "male": "men"}
        for doc, sig in sorted(signatures.items()):
            if sig == reference:
                continue
            extra, missing = sig - reference, reference - sig
            label = document_label(facts.document(doc), doc)
            ref_label = document_label(facts.document(ref_doc), ref_doc)
            own = " and ".join(names[x] for x in sorted(sig))
            theirs = " and ".join(names[x] for x in sorted(reference))
            own_fact = admitted[doc][min(extra)] if extra else next(iter(admitted[doc].values()))
            ref_fact = (admitted[ref_doc][min(missing)] if missing
                        else next(iter(admitted[ref_doc].values())))
            message = (f"{label[0].upper()}{label[1:]} admits {own}{'' if extra else ' only'} "
                       f"(\"{own_fact.location.quote}\"); {ref_label} admits {theirs}"
                       f"{' only' if extra else ''} (\"{ref_fact.location.quote}\"). The clinical "
                       f"data must cover every sex the intended purpose admits.")
            locations = [own_fact, ref_fact]
            yield self.finding(message, locations,
                               title="The documents admit patients of different sexes")

    def _group_sets(self, facts: FactBase, named: dict[str, dict[str, Fact]]) -> Iterator[Finding]:
        if len(named) < 2:
            return
        signatures = {doc: frozenset(g) for doc, g in named.items()}
        reference = reference_group(signatures, facts)
        ref_doc = reference_document([d for d, s in signatures.items() if s == reference], facts)
        bounds = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        # Documents naming the same groups differ from the reference in the same way: one
        # finding names them all.
        differing: dict[frozenset[str], list[tuple[str, frozenset[str], frozenset[str]]]] = {}
        for doc, groups_here in sorted(signatures.items()):
            if groups_here == reference:
                continue
            if translation_differs(facts, doc, signatures, reference):
                continue  # between translations of one document: LA001 reports it
            if umbrella_equivalent(named[doc], named[ref_doc]):
                continue  # "paediatric patients" against a list of paediatric groups
            # A group a document does not name but admits by its own population-wide bound
            # ("patients aged 7 years and older" admits adults) is not missing from it.
            extra = groups_here - reference - groups_admitted_by_bounds(bounds.get(ref_doc, []))
            missing = reference - groups_here - groups_admitted_by_bounds(bounds.get(doc, []))
            if extra or missing:
                differing.setdefault(groups_here, []).append((doc, extra, missing))
        for groups_here, documents in differing.items():
            extra = frozenset().union(*(e for _, e, _ in documents))
            missing = frozenset().union(*(m for _, _, m in documents))
            locations = [named[doc][g] for doc, e, _ in documents for g in sorted(e)]
            locations += [named[ref_doc][g] for g in sorted(missing)]
            if not extra:
                locations = [next(iter(named[doc].values())) for doc, _, _ in documents] + locations
            if not missing:
                locations.append(next(iter(named[ref_doc].values())))
            labels = [document_label(facts.document(doc), doc) for doc, _, _ in documents]
            named_docs = join_names(labels)
            plural = len(labels) > 1
            message = (f"{named_docs[0].upper()}{named_docs[1:]} name{'' if plural else 's'} "
                       f"{_join(groups_here)}; {document_label(facts.document(ref_doc), ref_doc)} "
                       f"names {_join(reference)}.")
            if extra:
                message += f" Only the {'former' if plural else 'first'} include{'' if plural else 's'} {_join(extra)}."
            if missing:
                message += f" Only the {'latter' if plural else 'second'} includes {_join(missing)}."
            yield self.finding(message, locations)

    def _bounds_against_groups(self, facts: FactBase,
                               named: dict[str, dict[str, Fact]]) -> Iterator[Finding]:
        """One finding per group that some documents name and other documents' bounds exclude.

        A group counts as named by a document only if that document's own bounds leave room
        for it: "paediatric patients and adults > 5 kg" names children, not neonates.
        """
        bounds = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        envelopes = {(doc, dim): env for doc, fs in bounds.items() for dim in ("weight", "age")
                     if (env := envelope(fs, dim)) is not None}
        known = groups()
        for gid in sorted({g for groups_here in named.values() for g in groups_here}):
            info = known.get(gid)
            if info is None:
                continue
            excluding: list[tuple[str, str, Fact]] = []  # (document, dimension, bound fact)
            for dimension in ("weight", "age"):
                span = info.weight if dimension == "weight" else info.age
                if not span or span[0] is None:
                    continue
                g_low, g_high = span[0], span[1] if span[1] is not None else math.inf
                for (doc, dim), env in sorted(envelopes.items(), key=lambda item: item[0]):
                    if dim != dimension or not (g_high <= env.low or g_low >= env.high):
                        continue
                    fact = env.low_fact if g_high <= env.low else env.high_fact
                    if fact is not None:
                        excluding.append((doc, dimension, fact))
            # A document that names the group and bounds it in another dimension admits it,
            # whatever bound it sets on another of its groups: "Adults (>= 18 years); children
            # and adolescents with body weight >= 15 kg" admits adolescents.
            concerned = {None, gid, *(g for g, i in known.items() if i.covers and gid in i.covers)}
            excluding = [e for e in excluding
                         if not (gid in named.get(e[0], {}) and e[2].value.group not in concerned
                                 and any(f.value.dimension != e[1] and f.value.group in concerned
                                         for f in bounds.get(e[0], [])))]
            excluding_docs = {doc for doc, _, _ in excluding}
            naming = [groups_here[gid] for doc, groups_here in sorted(named.items())
                      if gid in groups_here and doc not in excluding_docs]
            excluding = [e for e in excluding if e[0] not in {f.document for f in naming}]
            if not naming or not excluding:
                continue
            spans = {dim: (info.weight if dim == "weight" else info.age) for _, dim, _ in excluding}
            typical = "; ".join(
                f"typically {PopulationBound(d, low=s[0], high=s[1]).describe()}"
                if s[1] is not None else f"typically from {quantity(d, s[0])}"
                for d, s in spans.items())
            namers = _list_documents(facts, [f.document for f in naming])
            excluders = "; ".join(
                f"{document_label(facts.document(doc), doc)} admits only "
                f"{envelopes[(doc, dim)].describe(dim)}" for doc, dim, _ in excluding)
            yield self.finding(
                f"{namers[0].upper()}{namers[1:]} name{'s' if len(naming) == 1 else ''} "
                f"{_label(gid)} ({typical}); {excluders}, which leaves them out.",
                [*naming, *(fact for _, _, fact in excluding)],
                title="A population bound leaves out a group named in another document")


def _list_documents(facts: FactBase, paths: list[str]) -> str:
    labels = [document_label(facts.document(p), p) for p in dict.fromkeys(paths)]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]

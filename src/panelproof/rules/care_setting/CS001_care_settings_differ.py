"""CS001: care settings differ or contradict between the CER, CEP, IFU, SSCP, CEAR and label."""

from __future__ import annotations

from functools import lru_cache
from itertools import combinations
from typing import Iterable

from panelproof import knowledge

from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document, Role
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, describe_document, join_names
from panelproof.rules.identity._compare import first_per_id
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import setting_sets


def _family(setting_id: str) -> str:
    return vocabulary("care_settings").entries.get(setting_id, {}).get("family", "other")


def _environment(setting_id: str) -> str:
    return vocabulary("care_settings").entries.get(setting_id, {}).get("environment", setting_id)


def _also_environments(setting_id: str) -> tuple[str, ...]:
    """Environments a setting also names: a hospital's outpatient department ("Ambulanz",
    "consultations externes") is outpatient care as well as the hospital."""
    entry = vocabulary("care_settings").entries.get(setting_id, {})
    return tuple(entry.get("also_environments") or ())


@lru_cache(maxsize=1)
def _environment_entries() -> dict[str, dict]:
    return {e["id"]: e for e in (knowledge.load("vocabulary/care_settings") or {}).get("environments") or []}


def _environments() -> list[str]:
    return list(_environment_entries())


def _lay(environment: str) -> bool:
    return bool(_environment_entries().get(environment, {}).get("lay_users"))


@lru_cache(maxsize=None)
def _accompanies_care(environment: str) -> bool:
    """Transport continues the care of the setting it starts from (vocabulary
    `accompanies_care`): naming it adds no use environment."""
    entries = vocabulary("care_settings").entries.values()
    members = [e for e in entries if e.get("environment") == environment]
    return bool(members) and all(e.get("accompanies_care") for e in members)


def _in_use(fact: Fact) -> bool:
    return not fact.value.negated and not fact.value.procedure


def _document_order(document: Document) -> tuple[int, int, str]:
    """The Notified Body's assessment (CEAR) first, then the roles in their usual order."""
    return (document.role is not Role.CEAR,
            INTENDED_USE_ROLES.index(document.role) if document.role in INTENDED_USE_ROLES
            else len(INTENDED_USE_ROLES), document.path)


class CareSettingsDiffer(Rule):
    """Care settings differ between documents: hospital-only in one, home or outpatient in another.

    What it finds:
        One document restricts use to the hospital ("hospital use only", "exclusively in
        intensive care units", "may only be used by trained staff in hospital units", "must
        not be used outside healthcare facilities", "réservé à l'usage hospitalier", "nur im
        Krankenhaus", "uso exclusivo en hospitales", "uitsluitend in ziekenhuizen", "not for
        home use", "home use is not foreseen") while another names a setting outside it: home,
        outpatient care, sleep laboratory, patient transport, pre-hospital emergency care ("pre-hospital
        emergency medical services", SAMU, Rettungsdienst), nursing home, wellness or sports
        facilities; or one document restricts use to a unit of the hospital ("used exclusively
        in the operating room during surgery") while another names a further unit as a use
        setting ("and the intensive care unit for post-operative monitoring up to 72 hours");
        or one document excludes a setting another names. Without a restriction,
        the statements of the use environment are compared: a setting that one document's
        statement adds ("intended to be used in a hospital environment and in the home care
        setting", "Environnement d'utilisation : hôpital et domicile", "| Einsatzumgebung |
        Krankenhaus, Pflegeheime |") while another document states its use environment and
        never names a setting of that environment ("It is intended to be used in a hospital
        environment"). Major when the added environment is one of lay users (home, nursing
        home, wellness facilities) and the other document names none; minor otherwise (a sleep
        laboratory or outpatient clinic added to the hospital). Hospital, its units, clinics
        and practices are one environment, and so is a hospital's outpatient department
        ("Schmerzambulanz", "Hochschulambulanz", "consultations externes", "outpatient
        clinics of the hospital"): it names outpatient care too, so neither "hospital" nor
        "outpatient clinics" is missing beside it, nor is the department beside "outpatient
        clinic". Transport continues the care it starts from. Where a home therapy is first
        supervised or an implant programmed ("after a first supervised session in the clinic",
        "programming in pain clinics") is passed through, not an added environment.
        Settings named in passing are no statement: where a study was done or data came from,
        a patient's daily life ("patients use their sound processor at home"), another device,
        a warning ("do not use at home" restricts). The place of a procedure on the patient
        ("implanted in the operating room") is compared only with other procedure places.
        Compared across the CER, CEP, IFU (every language), SSCP, CEAR and label; the PMCF
        plan is judged by the PMCF rules.

        When only a translation departs from its master (the French IFU alone restricts what
        the English IFU and the other documents allow), the finding is filed under language:
        the language versions disagree.

    Why a panel cares:
        The use environment is part of the intended purpose: home use changes the users (lay
        carers), the hazards (power, alarms, no staff at hand) and the evidence needed. A
        Notified Body that assessed a hospital environment has not assessed home care. In the
        expert-panel opinion of 24 June 2025 a hospital-only ventilator was also described for
        outpatients and sleep clinics.

    Example:
        IFU: "For hospital use only."
        CER: "AirVent 60 is used in hospitals, sleep laboratories and in home care."
        CEAR: "It is intended to be used in a hospital environment."
        IFU: "It is intended to be used in a hospital environment and in the home care setting."

    Use instead:
        State one use environment in every document; if home use is intended, say so
        everywhere and provide the clinical data and IEC 60601-1-11 evidence for it.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); IEC 60601-1-11:2015;
        MDCG 2020-13 section B.
    """

    code = "CS001"
    name = "care-settings-differ"
    category = Category.CARE_SETTING
    severity = Severity.MAJOR
    title = "Care settings differ between documents"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "IEC 60601-1-11:2015", "MDCG 2020-13 section B")
    recommendation = ("State one use environment (e.g. hospital only, or hospital and home) in every "
                      "document and support each setting with clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = facts.documents_with_role(*INTENDED_USE_ROLES)
        settings = {d.path: facts.of(FactKind.CARE_SETTING, document=d.path) for d in documents}
        documents = sorted((d for d in documents if settings[d.path]), key=lambda d: d.path)
        reported: set[tuple[str, str]] = set()
        # One finding per distinct disagreement: (procedure, restriction ids, conflicting ids) ->
        # the restricting documents and the documents naming the settings, with their facts.
        groups: dict[tuple, tuple[dict, dict]] = {}
        for first, second in combinations(documents, 2):
            for restricting, restrictions, other, conflicting in self._compare(
                    first, settings[first.path], second, settings[second.path]):
                reported.update({(first.path, second.path), (second.path, first.path)})
                key = (restrictions[0].value.procedure,
                       frozenset((f.value.id, f.value.negated) for f in restrictions),
                       frozenset(f.value.id for f in conflicting))
                sides = groups.setdefault(key, ({}, {}))
                sides[0].setdefault(restricting.path, (restricting, restrictions))
                sides[1].setdefault(other.path, (other, conflicting))
        for restricting_side, other_side in groups.values():
            restricting = sorted(restricting_side.values(), key=lambda p: _document_order(p[0]))
            others = sorted((v for k, v in other_side.items() if k not in restricting_side),
                            key=lambda p: _document_order(p[0]))
            if not others:
                continue
            yield self.finding(
                _message([d for d, _ in restricting], restricting[0][1], [d for d, _ in others],
                         [f for _, facts in others for f in facts]),
                [*(f for _, facts in restricting[:3] for f in facts[:1]),
                 *(f for _, facts in others[:3] for f in first_per_id(facts)[:2])],
                category=(Category.LANGUAGE if _a_translation_departs([d for d, _ in restricting],
                                                                    [d for d, _ in others]) else None))
        yield from self._added(documents, settings, reported)

    def _added(self, documents: list[Document], settings: dict[str, list[Fact]],
               reported: set[tuple[str, str]]) -> Iterable[Finding]:
        """Environments one document's statement of the use environment adds and another
        document's statement leaves out (without restricting: that is `_compare`'s)."""
        # Where a home therapy is started or an implant programmed ("after a first supervised
        # session in the clinic", "programming in epilepsy clinics") is passed through before
        # use: a translation that leaves it out states the same use environment.
        stated = {d.path: [f for f in settings[d.path]
                           if f.value.explicit and _in_use(f) and not f.value.initiation]
                  for d in documents}
        stating = sorted((d for d in documents if stated[d.path]), key=_document_order)
        # What a document names anywhere in its intended use, even in passing, is not missing
        # from it: only a setting a document never names for use is reported as added.
        named = {d.path: {e for f in settings[d.path] if _in_use(f)
                          for e in (_environment(f.value.id), *_also_environments(f.value.id))}
                 for d in stating}
        # (adding documents, lacking documents) -> environments the first add
        differences: dict[tuple[tuple[str, ...], tuple[str, ...]], list[str]] = {}
        by_path = {d.path: d for d in stating}
        for environment in _environments():
            if _accompanies_care(environment):
                continue
            adding = [d for d in stating
                      if any(_environment(f.value.id) == environment for f in stated[d.path])]
            adding_facts = [f for d in adding for f in stated[d.path]
                            if _environment(f.value.id) == environment]
            lacking = [d for d in stating if environment not in named[d.path]
                       and not all((d.path, a.path) in reported for a in adding)
                       and not _covered(adding_facts, named[d.path])]
            if adding and lacking:
                key = (tuple(d.path for d in adding), tuple(d.path for d in lacking))
                differences.setdefault(key, []).append(environment)
        done: set[tuple] = set()
        for key, environments in differences.items():
            if key in done:
                continue
            reverse = (key[1], key[0])
            done.update({key, reverse})
            back = differences.get(reverse, [])
            if any(map(_lay, back)) and not any(map(_lay, environments)):
                key, reverse, environments, back = reverse, key, back, environments
            adding = [by_path[p] for p in key[0]]
            lacking = [by_path[p] for p in key[1]]
            added = {d.path: [f for f in first_per_id(stated[d.path])
                              if _environment(f.value.id) in environments] for d in adding}
            returned = {d.path: [f for f in first_per_id(stated[d.path])
                                 if _environment(f.value.id) in back] for d in lacking}
            lay = any(_lay(e) for e in environments) and any(
                not any(_lay(e) for e in named[d.path]) for d in lacking)
            yield self.finding(
                _added_message(adding, added, lacking, stated, returned, lay),
                [*(f for d in adding[:3] for f in added[d.path][:2]),
                 *(f for d in lacking[:3] for f in (returned[d.path][:2] or stated[d.path][:1]))],
                severity=Severity.MAJOR if lay else Severity.MINOR,
                title="Use environments differ between documents")

    def _compare(self, a: Document, a_facts: list[Fact], b: Document,
                 b_facts: list[Fact]) -> Iterable[tuple]:
        # Only a restriction or an exclusion can be contradicted: a document that simply does
        # not mention a setting (an ICU-only description vs one adding home care) leaves it
        # open. Where a procedure takes place and where the device is used are compared apart.
        for procedure in (False, True):
            yield from self._restricted(a, [f for f in a_facts if f.value.procedure is procedure],
                                        b, [f for f in b_facts if f.value.procedure is procedure])

    def _restricted(self, a: Document, a_facts: list[Fact], b: Document,
                    b_facts: list[Fact]) -> Iterable[tuple]:
        for restricting, r_facts, other, o_facts in ((a, a_facts, b, b_facts), (b, b_facts, a, a_facts)):
            restrictions = _restrictions(r_facts)
            if not restrictions:
                continue
            conflicting = [f for f in _admitted(o_facts) if _conflicts(f, r_facts)]
            if conflicting:
                yield restricting, restrictions, other, conflicting
                return


def _covered(adding: list[Fact], named: set[str]) -> bool:
    """Whether every adding setting also names an environment the other document names: a
    hospital's outpatient department ("consultation externe", "Ambulanz") beside an
    "outpatient clinic" is one statement of outpatient care, whichever word each document
    chose for it."""
    return bool(adding) and all(set(_also_environments(f.value.id)) & named for f in adding)


def _restrictions(facts: list[Fact]) -> list[Fact]:
    """Facts restricting use to some settings ("hospital use only", "exclusively for
    transport"), or excluding a setting."""
    return [f for f in facts if f.value.exclusive or f.value.negated]


def _admitted(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not f.value.negated]


def _conflicts(fact: Fact, restricting: list[Fact]) -> bool:
    """Whether an admitted setting lies outside what `restricting` allows.

    A restriction to the hospital (or one of its units) rules out every setting outside it; a
    restriction to a setting outside the hospital ("exclusively for inter-hospital
    transport") rules out the other settings outside it, while the hospital units a transport
    starts from and ends in stay open. A restriction to some units of the hospital
    ("exclusively in the operating room during surgery") rules out its other units that a
    statement of the use environment names (the intensive care unit for post-operative
    monitoring). A restriction to home or long-term care ("for use at
    home and in nursing homes only") also rules out acute hospital care (intensive care,
    emergency department, operating room): the ward where home therapy starts stays open.
    """
    family = _family(fact.value.id)
    allowed = {f.value.id for f in restricting if f.value.exclusive and not f.value.negated}
    excluded = {f.value.id for f in restricting if f.value.negated}
    acute, home_care = setting_sets()
    units = _hospital_units()
    return (bool(allowed) and family == "non_hospital" and fact.value.id not in allowed) \
        or (bool(allowed) and allowed <= home_care and fact.value.id in acute) \
        or (bool(allowed) and allowed <= units and fact.value.id in units
            and fact.value.id not in allowed and fact.value.explicit
            and fact.value.id not in _named_for_use(restricting)) \
        or fact.value.id in excluded


def _named_for_use(facts: list[Fact]) -> set[str]:
    """Settings a document itself names in a statement of its use environment: a restriction
    to the catheterisation laboratory that a line break cut from "or an intensive care unit"
    does not exclude the unit the same document names."""
    return {f.value.id for f in facts if f.value.explicit and not f.value.negated}


@lru_cache(maxsize=1)
def _hospital_units() -> frozenset[str]:
    """Units of the hospital with their own patients and staff (vocabulary `hospital_unit`):
    use restricted to the operating room rules out the intensive care unit."""
    return frozenset(sid for sid, entry in vocabulary("care_settings").entries.items()
                     if entry.get("hospital_unit"))


def _message(restricting: list[Document], restrictions: list[Fact], others: list[Document],
             conflicting: list[Fact]) -> str:
    quote = restrictions[0].location.quote
    labels = join_names(sorted({vocabulary("care_settings").label(f.value.id) for f in conflicting}))
    who = join_names([describe_document(d, with_language=True) for d in restricting])
    other = join_names([describe_document(d, with_language=True) for d in others])
    verb, name = ("restrict", "name") if len(restricting) > 1 else ("restricts", "names")
    name = "name" if len(others) > 1 else "names"
    if restrictions[0].value.procedure:
        return (f"{who[0].upper()}{who[1:]} {verb} where the procedure is performed (“{quote}”); "
                f"{other} {name} {labels} for it.")
    return (f"{who[0].upper()}{who[1:]} {verb} the use environment (“{quote}”); "
            f"{other} {name} {labels} as a use setting.")


def _added_message(adding: list[Document], added: dict[str, list[Fact]], lacking: list[Document],
                   stated: dict[str, list[Fact]], returned: dict[str, list[Fact]], lay: bool) -> str:
    label = vocabulary("care_settings").label

    def names(facts: Iterable[Fact]) -> str:
        return join_names(sorted({label(f.value.id) for f in facts}))

    def documents(docs: list[Document]) -> str:
        return join_names([describe_document(d, with_language=True) for d in docs])

    first, other = adding[0], lacking[0]
    subject = documents(adding)
    new = names(f for d in adding for f in added[d.path])
    quotes = ", ".join(f"“{f.location.quote}”" for f in added[first.path][:2])
    rest = lacking[1:]
    tail = (f"; {documents(rest)} {'do' if len(rest) > 1 else 'does'} not name {new} either"
            if rest else "")
    back = names(f for d in lacking for f in returned[d.path])
    conversely = (f" Conversely, {documents(lacking)} {'name' if len(lacking) > 1 else 'names'} "
                  f"{back}, which {documents(adding)} {'do' if len(adding) > 1 else 'does'} not."
                  if back else "")
    why = ("Use by lay persons outside a professional facility brings other users, hazards and "
           "evidence than the environment the other statement describes."
           if lay else "Each document should state the same use environments.")
    return (f"{subject[0].upper()}{subject[1:]} {'name' if len(adding) > 1 else 'names'} {new} as a "
            f"use environment ({quotes}); {describe_document(other, with_language=True)} states "
            f"{names(stated[other.path])} as the use environment "
            f"(“{stated[other.path][0].location.quote}”), without {new}{tail}.{conversely} {why}")


def _a_translation_departs(restricting: list[Document], others: list[Document]) -> bool:
    """True when one side of a disagreement is only language versions of a document whose
    version in another language is on the other side (the French IFU alone restricts what the
    English IFU and the other documents allow): a translation departs from its master, which a
    panel reads as language versions that disagree."""
    for side, opposite in ((restricting, others), (others, restricting)):
        roles = {d.role for d in side}
        if len(roles) != 1:
            continue
        role = next(iter(roles))
        languages = {d.language for d in side}
        if any(d.role is role and d.language and d.language not in languages for d in opposite):
            return True
    return False

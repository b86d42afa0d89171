"""Facts: what a document states, each with the verbatim quote that states it.

Every extractor turns a `Document` into `Fact`s. A fact has a `kind`, a typed `value` (one of
the payload classes below, or a plain string where that is all there is) and a `Location`
(document, page, section, verbatim quote). Rules compare facts across documents. A rule that
states an absence ("the CER never reports this outcome", "no population anywhere") also searches
the document's blocks, since an absence is a claim about the whole text; its quotes still come
from facts or from `Block.quote`/`Block.full_quote`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Iterable, Iterator

from panelproof.ingest.model import Document, DossierConfig, Location, Role


class FactKind(StrEnum):
    # device identity (value: str unless noted)
    DEVICE_NAME = "device_name"  # trade name as written, e.g. "AirVent 60"
    MODEL = "model"  # model / reference / catalogue number
    # value: (alias, name) as written, an abbreviation the document introduces for the device:
    # "NeoNest 3 Infant Incubator (N3)", "the OxyHaven 5 (hereafter 'OxyH')"
    DEVICE_ALIAS = "device_alias"
    BASIC_UDI_DI = "basic_udi_di"
    MANUFACTURER = "manufacturer"
    DEVICE_CLASS = "device_class"  # "I", "IIa", "IIb", "III"
    CLASSIFICATION_RULE = "classification_rule"  # value: int (Annex VIII rule number)
    DEVICE_TRAIT = "device_trait"  # value: Concept, ids "implantable", "active", "administers_medicinal_product"
    DEVICE_TYPE = "device_type"  # value: Concept, id of a device profile ("ventilator", ...)
    DEVICE_FEATURE = "device_feature"  # value: Concept, a feature a device pack lists under required_features ("proximal_flow_sensor")
    # intended use
    INTENDED_PURPOSE = "intended_purpose"  # value: str, the sentence
    INDICATION = "indication"  # value: Concept
    CONTRAINDICATION = "contraindication"  # value: Concept; id "none" for "no contraindications"
    POPULATION_BOUND = "population_bound"  # value: PopulationBound
    POPULATION_GROUP = "population_group"  # value: Concept (neonates, infants, children, ...)
    # value: Concept, id "female" or "male": a sex the intended population is limited to or
    # includes ("adult women", "hommes et femmes" gives one fact per sex)
    POPULATION_SEX = "population_sex"
    # value: SizeRange, the patients one size, variant or accessory of the device is for: a
    # size-table row ("Size | Patient weight": "1.5 | 5–10 kg"), a list item ("Infant sensor:
    # 3–20 kg", "Größe 2: 10–20 kg"); kept out of POPULATION_BOUND
    SIZE_RANGE = "size_range"
    # value: Calibre, the French size or outer diameter of a device part that enters a named
    # vessel or airway ("7-9 F delivery sheaths (femoral venous access)", "tracheal stent,
    # diameter 14-18 mm"); knowledge/anatomy_limits.yaml names the lumens
    CALIBRE = "calibre"
    INTERFACE = "interface"  # value: Concept (mask, tracheostomy, endotracheal tube, ...)
    # value: Concept, an anatomical site the intended purpose or indications name ("lower limb",
    # "coronary arteries", "knee"; vocabulary/body_sites.yaml)
    ANATOMICAL_SITE = "anatomical_site"
    # value: Concept, a range of vertebral levels the intended purpose or indications name, id
    # the canonical range ("C2-T1" for "from C2 to T1", "C3-C7" for "C3/C4 to C6/C7");
    # vocabulary/vertebral_levels.yaml
    VERTEBRAL_LEVELS = "vertebral_levels"
    # value: MeasureBound, a clinical measure qualifying the indicated population ("AHI 15-65
    # events/h", "LVEF <= 35 %", "NYHA class II-IV")
    INDICATION_MEASURE = "indication_measure"
    CARE_SETTING = "care_setting"  # value: Setting
    USER = "user"  # value: Concept (healthcare professional, lay user, ...)
    WARNING = "warning"  # value: Concept when known, else str
    INSTRUCTION = "instruction"  # value: Sentence, an imperative sentence of the IFU/CER
    # technical
    PARAMETER = "parameter"  # value: ParameterRange
    # value: ParameterRange, a value the dossier tells the user to set or recommends ("start
    # with a PEEP of 5 to 6 cmH2O", "Stel de PIP in op 30 cmH2O", "(8 to 10 L/min
    # recommended)"): a setting within the device's range, not the range itself
    PARAMETER_SETTING = "parameter_setting"
    # clinical
    CLAIM = "claim"  # value: Claim
    RESIDUAL_RISK = "residual_risk"  # value: Concept (risks and side-effects)
    OUTCOME_PARAMETER = "outcome_parameter"  # value: str (CEP outcome parameters / acceptance criteria)
    EVIDENCE = "evidence"  # value: EvidenceEntry
    EQUIVALENCE = "equivalence"  # value: Equivalence
    EVIDENCE_GAP = "evidence_gap"  # value: str, a statement that no clinical data of the device exist
    # value: str, a sentence saying a component of the device stays in the body after the
    # procedure ("bone cement ... which remains in the vertebral body"), MDR Art. 2(5)
    RETAINED_COMPONENT = "retained_component"
    RISK_STRATUM = "risk_stratum"  # value: Concept ("low", "intermediate", "high"): surgical-risk strata the intended purpose admits
    PMCF = "pmcf"  # value: PmcfItem
    # documentation
    FIGURE = "figure"  # value: Label (a figure or table that exists: its caption)
    FIGURE_REFERENCE = "figure_reference"  # value: Label (a mention of a figure or table)
    DOCUMENT_REFERENCE = "document_reference"  # value: DocumentReference
    PLACEHOLDER = "placeholder"  # value: TemplateText (the template text left in)
    HEADING_NUMBER = "heading_number"  # value: str ("3.2.1")
    # procedure
    CECP_STATEMENT = "cecp_statement"  # value: Concept: "required", "not_required", "exempt_54_2_a|b|c"
    CERTIFICATE_BASIS = "certificate_basis"  # value: Concept: "directive" or "mdr" (existing certificate)
    NOVELTY = "novelty"  # value: Concept: "new_device", "new_material", "new_intended_purpose"


@dataclass(frozen=True)
class Concept:
    """A vocabulary concept: a stable id (from knowledge YAML) and the words the author used."""

    id: str
    label: str = ""
    negated: bool = False  # "not for use in neonates", "no contraindications known"
    # grades of severity stated with a condition ("moderately or severely calcified lesions":
    # moderate, severe; clinical_terms.yaml `grades`), compared by LA001
    grades: tuple[str, ...] = ()
    # substances an allergy or hypersensitivity contraindication names ("known hypersensitivity
    # to chlorhexidine or sulfonamides": chlorhexidine, sulfonamides; vocabulary/allergens.yaml),
    # compared by LA001
    substances: tuple[str, ...] = ()
    # granted by a sentence of permission ("kann auch bei Kraniosynostose eingesetzt werden",
    # "can also be used in single-sided deafness"), not by a list of indications
    permitted: bool = False

    def __str__(self) -> str:
        return self.label or self.id


@dataclass(frozen=True)
class PopulationBound:
    """An age or weight interval in canonical units (years, kilograms).

    `low`/`high` are None when open. "> 5 kg" is low=5, low_inclusive=False; "from 1 kg"
    is low=1, low_inclusive=True; "aged 18-75 years" is [18, 75].
    """

    dimension: str  # "age" (years), "weight" (kg), "bsa" (body surface area, m²) or
    # "gestation" (gestational age in completed weeks: "≥ 34 weeks of gestation", "32 SA");
    # a size's range may also be a "limb_circumference" (cm) of a cuff or band (SIZE_RANGE)
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    group: str | None = None  # population group the bound is attached to, if stated
    excluded: bool = False  # an exclusion ("patients under 5 kg are excluded")

    @property
    def unit(self) -> str:
        return {"age": "year", "bsa": "m²", "gestation": "week",
                "limb_circumference": "cm"}.get(self.dimension, "kg")

    def describe(self) -> str:
        q = (lambda v: quantity(self.dimension, v))
        if self.low is not None and self.high is not None and self.dimension == "gestation":
            return f"{_num(round(self.low, 1))}–{q(self.high)}"
        if self.low is not None and self.high is not None:
            low, high = q(self.low), q(self.high)
            low_value, low_unit = low.rsplit(" ", 1)
            if self.low == 0 or high.rsplit(" ", 1)[1].rstrip("s") == low_unit.rstrip("s"):
                return f"{low_value}–{high}"  # "18–75 years", "0–28 days"
            return f"{low}–{high}"  # "28 days–2 years"
        if self.low is not None:
            return f"{'≥' if self.low_inclusive else '>'} {q(self.low)}"
        if self.high is not None:
            return f"{'≤' if self.high_inclusive else '<'} {q(self.high)}"
        return "unbounded"


@dataclass(frozen=True)
class Calibre:
    """The sizes of a device part entering one lumen (vessel or airway), as offered.

    `lumen` is an id of knowledge/anatomy_limits.yaml; `low` and `high` are the smallest and
    largest size in `unit` ("Fr" or "mm", outer diameter; an internal diameter is read as the
    smallest outer diameter the part can have); `written` is the size as the document writes
    it ("7–9 F")."""

    lumen: str
    unit: str
    low: float
    high: float
    written: str

    def __str__(self) -> str:
        return f"{self.lumen}: {self.written}"


@dataclass(frozen=True)
class SizeRange:
    """The weight or age range one size, variant or accessory of the device is offered for.

    `label` names the size as written ("Size 1.5", "Neonatal adhesive sensor", "Größe 2");
    `bound` is the range in canonical units (dimension "weight" or "age")."""

    label: str
    bound: PopulationBound

    def __str__(self) -> str:
        return f"{self.label}: {self.bound.describe()}"


def _num(x: float) -> str:
    return f"{x:g}"


def quantity(dimension: str, value: float) -> str:
    """A bound's value for a reader: kilograms, or an age in the unit it was likely written in
    ("28 days", "6 weeks", "3 months", "18 years"), never "0.0766598 years"."""
    if dimension == "bsa":
        return f"{_num(round(value, 3))} m²"
    if dimension == "gestation":
        return f"{_num(round(value, 1))} weeks of gestation"
    if dimension == "limb_circumference":
        return f"{_num(round(value, 1))} cm"
    if dimension != "age":
        return f"{_num(round(value, 3))} kg"
    if value == 0 or value >= 2 or abs(value - round(value)) < 1e-6:
        return f"{_num(round(value, 2))} {'year' if value == 1 else 'years'}"
    days, months = value * 365.25, value * 12
    weeks = days / 7
    for amount, unit, limit in ((days, "day", 31), (weeks, "week", 13), (months, "month", 24)):
        if abs(amount - round(amount)) < 0.02 and round(amount) <= limit:
            n = round(amount)
            return f"{n} {unit}{'' if n == 1 else 's'}"
    if days < 60:
        return f"{round(days)} days"
    return f"{_num(round(months, 1))} months"


@dataclass(frozen=True)
class MeasureBound:
    """A clinical measure's interval in an indication, in the measure's unit
    (`vocabulary/clinical_measures.yaml`): "AHI 15-65 events/h" is ahi [15, 65]; "LVEF <= 35 %"
    is lvef high=35; "NYHA class II-IV" is nyha_class [2, 4]."""

    measure: str
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str = ""
    label: str = ""  # the words the author used for the measure
    ordinal: bool = False

    def describe(self) -> str:
        roman = {0: "0", 1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI"}

        def value(x: float) -> str:
            if self.ordinal and self.unit == "class":
                return roman.get(int(x), _num(x))
            return _num(x)
        unit = "" if self.ordinal or self.unit in ("", "ratio") else (
            self.unit if self.unit == "%" else " " + self.unit)
        prefix = f"{self.unit} " if self.ordinal else ""
        if self.low is not None and self.high is not None:
            if self.low == self.high:
                return f"{prefix}{value(self.low)}{unit}"
            return f"{prefix}{value(self.low)}–{value(self.high)}{unit}"
        if self.low is not None:
            return f"{'≥' if self.low_inclusive else '>'} {prefix}{value(self.low)}{unit}"
        if self.high is not None:
            return f"{'≤' if self.high_inclusive else '<'} {prefix}{value(self.high)}{unit}"
        return "unbounded"


@dataclass(frozen=True)
class Setting:
    """A care setting or use environment; `exclusive` for "hospital use only"."""

    id: str  # hospital, icu, home, outpatient, sleep_lab, transport, nursing_home, ...
    label: str = ""
    exclusive: bool = False
    negated: bool = False  # "not for home use"
    # Where a procedure on the patient takes place ("implanted in the operating room"), not the
    # environment the device is used in afterwards.
    procedure: bool = False
    # Named in a statement of the intended use environment ("intended to be used in", a "Use
    # environment" section or table row), not in passing (a study site, a patient's daily life).
    explicit: bool = False
    # Where a home therapy is started or titrated ("initiation in the hospital"), not where the
    # device is used afterwards.
    initiation: bool = False


@dataclass(frozen=True)
class ParameterRange:
    """A technical parameter with its range in the canonical unit of its profile.

    `name` is a parameter id from the knowledge base ("tidal_volume", "flow_rate", ...).
    """

    name: str
    low: float | None
    high: float | None
    unit: str  # canonical pint unit string, e.g. "milliliter"
    label: str = ""  # the words the author used for the parameter
    # A typical or nominal value ("8 h (typical)"), which a guaranteed minimum below it does
    # not contradict.
    typical: bool = False
    # An approximate value ("approx. 3.9 µm", "ca. 80 h"), which a range around it does not
    # contradict; unlike a typical one, it says nothing of a guaranteed minimum.
    approximate: bool = False
    # The values of a list of available sizes ("Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm", "valve
    # sizes 20, 23, 26 mm"), sorted, in `unit`; empty for a range or a single value. `low`
    # and `high` are its smallest and largest.
    values: tuple[float, ...] = ()

    def describe(self) -> str:
        if self.low is not None and self.high is not None and self.low != self.high:
            return f"{self.low:g}–{self.high:g} {self.unit}"
        value = self.low if self.low is not None else self.high
        return f"{value:g} {self.unit}"


@dataclass(frozen=True)
class Claim:
    """A clinical benefit, performance or safety claim."""

    text: str  # normalised sentence
    citations: tuple[str, ...] = ()  # "[12]", "(Smith 2020)", "Table 4" ...
    kind: str = "benefit"  # benefit, performance, safety
    absolute: bool = False  # superlative or absolute wording ("eliminates", "no side effects")
    red_flag: str | None = None  # id of a physiology red flag from knowledge, if it matches
    # the follow-up of the data the sentence itself reports, in months, with its words, when the
    # sentence generalises them to a longer horizon ("The 12-month results of study AC-05
    # demonstrate stable hearing over the lifetime of the implant": 12, "12-month results")
    reported_follow_up: tuple[float, str] | None = None


@dataclass(frozen=True)
class EvidenceEntry:
    """A cited study or data source, typically a row of a literature table."""

    citation: str
    subject: str | None = None  # "human", "animal", "in vitro", "aquaculture", "other device" ...
    population: str | None = None
    population_groups: tuple[str, ...] = ()
    indication: str | None = None
    setting: str | None = None
    follow_up_months: float | None = None
    sample_size: int | None = None


@dataclass(frozen=True)
class Equivalence:
    device: str
    manufacturer: str | None = None
    own_device: bool | None = None
    contract: bool | None = None  # a contract giving access to the technical documentation


@dataclass(frozen=True)
class PmcfItem:
    """One element of a PMCF plan."""

    aspect: str  # objective, design, population, inclusion, exclusion, sample_size, endpoint, timeline, budget, setting, method
    text: str
    concepts: tuple[str, ...] = ()  # vocabulary ids found in the text (settings, interfaces, groups)
    generic: bool = False  # boilerplate ("confirm the safety and performance", "to be defined later")


@dataclass(frozen=True)
class Label:
    """A figure or table label: kind "figure" or "table" and its number ("3", "2.1")."""

    kind: str
    number: str
    caption: str = ""
    # For a mention of another dossier document's figure or table ("Table 9 of the CER"): the
    # role value of that document ("CER"); empty for the document's own figures.
    target: str = ""


@dataclass(frozen=True)
class DocumentReference:
    """A reference to another controlled document: "CER-0042 rev. C", "PMCF plan v2.0"."""

    identifier: str
    revision: str | None = None
    role: Role | None = None
    # True when the document states its own number or revision (its header), not another's.
    self_declared: bool = False


@dataclass(frozen=True)
class TemplateText:
    """Template text left in a document.

    `marker` says what kind: "placeholder" (an unfilled field: "[Insert ...]", "<device name>",
    "TBD"), "guidance" (the template's instructions to the author) or "alternatives" (both
    options of a choice left in: "yes/no", "Class IIa / IIb").
    """

    text: str
    marker: str = "placeholder"

    def __str__(self) -> str:
        return self.text


class Sentence(str):
    """A sentence that remembers the one before it (`before`, "" at the start of a document).

    An instruction may name what it acts on by an anaphor whose antecedent stands in the
    sentence before ("The occlusion alarm may sound repeatedly. It may then be switched off.").
    It is a str: rules that read the sentence alone read it unchanged.
    """

    before: str = ""

    def __new__(cls, text: str, before: str = "") -> "Sentence":
        sentence = super().__new__(cls, text)
        sentence.before = before
        return sentence

    def __reduce__(self):
        return (Sentence, (str(self), self.before))


@dataclass(frozen=True)
class Fact:
    kind: FactKind
    value: Any
    location: Location
    role: Role = Role.UNKNOWN
    language: str | None = None

    @property
    def document(self) -> str:
        return self.location.document


@dataclass
class FactBase:
    """All facts of a dossier, with the documents they came from."""

    documents: list[Document]
    facts: list[Fact] = field(default_factory=list)
    config: DossierConfig = field(default_factory=DossierConfig)
    # `facts` grouped by kind, in order (see `index_by_kind`), with the list and length it
    # was built from.
    _by_kind: tuple[list[Fact], int, dict[FactKind, list[Fact]]] | None = field(
        default=None, init=False, repr=False, compare=False)

    def index_by_kind(self) -> dict[FactKind, list[Fact]]:
        """The facts of each kind, in order. Built once: the rules ask `of` and `by_document`
        some 200 times, and a scan of all the facts of a 1,000-page dossier (20,000) costs a
        millisecond. Built again when `facts` is another list or has grown (facts are only
        ever added); `run_rules` builds it before forking, so every rule's worker has it."""
        index = self._by_kind
        if index is None or index[0] is not self.facts or index[1] != len(self.facts):
            grouped: dict[FactKind, list[Fact]] = {}
            for fact in self.facts:
                grouped.setdefault(fact.kind, []).append(fact)
            index = self._by_kind = (self.facts, len(self.facts), grouped)
        return index[2]

    def _of_kind(self, kind: FactKind) -> list[Fact]:
        # `is`, as a scan of all facts tested it (a key equal to the kind is not enough)
        return [f for f in self.index_by_kind().get(kind, ()) if f.kind is kind]

    def of(self, kind: FactKind, *, role: Role | None = None,
           document: str | None = None) -> list[Fact]:
        return [f for f in self._of_kind(kind)
                if (role is None or f.role is role)
                and (document is None or f.document == document)]

    def by_document(self, kind: FactKind) -> dict[str, list[Fact]]:
        grouped: dict[str, list[Fact]] = {}
        for fact in self._of_kind(kind):
            grouped.setdefault(fact.document, []).append(fact)
        return grouped

    def document(self, path: str) -> Document | None:
        return next((d for d in self.documents if d.path == path), None)

    def documents_with_role(self, *roles: Role) -> list[Document]:
        return [d for d in self.documents if d.ok and d.role in roles]

    def __iter__(self) -> Iterator[Fact]:
        return iter(self.facts)

    def extend(self, facts: Iterable[Fact]) -> None:
        self.facts.extend(facts)

"""Compose a dossier: one `DocPlan` per document (the facts it states, already worded), then
turn each plan into renderable elements (see `render.py`).

Defects (`defects.py`) mutate plans between the two steps, so every label quotes text that the
renderer writes verbatim.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field, replace

from benchmarks.corpus import phrasing as ph
from benchmarks.corpus.devices import Device, Param, Study
from benchmarks.corpus.render import chart_png

ROLES = ("CEP", "CER", "PMCF", "IFU", "SSCP", "CEAR")


@dataclass
class DocPlan:
    role: str
    lang: str
    fmt: str
    filename: str
    number: str
    revision: int
    name: str
    udi: str
    model: str
    groups: tuple
    weight_min: float | None
    age_min: int | None
    age_max: int | None
    strict: bool
    indications: list
    contraindications: list | None
    settings: list
    interfaces: list                      # [(id, text)]
    params: list                          # [(Param, lo, hi)]
    risks: list
    warnings: list
    studies: list
    outcomes: list
    rng: random.Random
    population: str = ""
    settings_text: str = ""
    param_texts: dict = field(default_factory=dict)   # param id -> worded range
    claims: list = field(default_factory=list)        # CER/CEAR/SSCP benefit sentences
    extra: dict = field(default_factory=dict)         # section key -> extra paragraphs
    pmcf: dict = field(default_factory=dict)
    figures: list = field(default_factory=list)       # dicts: num, caption, pixels, width_mm
    doc_refs: list = field(default_factory=list)      # CEAR: (title, number, revision)
    equivalence: str = ""
    no_contra_text: str = ""

    def reword(self, population: bool = True, settings: bool = True, params: bool = True) -> None:
        """Word population, settings and parameters from the values (after a defect changed them)."""
        if population:
            self.population = ph.population(self.groups, self.weight_min, self.age_min,
                                            self.age_max, self.strict, self.lang, self.rng)
        if settings:
            self.settings_text = ph.settings(tuple(self.settings), self.lang, self.rng)
        if params:
            self.param_texts = {p.id: ph.param_range(lo, hi, p.units, self.lang, self.rng)
                                for p, lo, hi in self.params}

    def add(self, section: str, text: str) -> None:
        self.extra.setdefault(section, []).append(text)


@dataclass
class DossierPlan:
    id: str
    device: Device
    docs: dict                       # key ("CEP", "IFU_en", ...) -> DocPlan
    labels: list = field(default_factory=list)

    def doc(self, key: str) -> DocPlan:
        return self.docs[key]

    def ifus(self) -> list[str]:
        return [k for k in self.docs if k.startswith("IFU")]


FILENAMES = {
    "CEP": ["CEP_{slug}", "Clinical_Evaluation_Plan_{slug}", "{slug}_CEP_rev{rev}"],
    "CER": ["CER_{slug}", "Clinical_Evaluation_Report_{slug}", "{slug}_CER_rev{rev}"],
    "PMCF": ["PMCF_plan_{slug}", "PMCF-Plan_{slug}", "Post-market_clinical_follow-up_plan"],
    "IFU_en": ["IFU_{slug}_en", "Instructions_for_use_EN", "{slug}_IFU_EN"],
    "IFU_fr": ["IFU_{slug}_fr", "Notice_utilisation_FR", "{slug}_notice_FR"],
    "IFU_de": ["IFU_{slug}_de", "Gebrauchsanweisung_DE", "{slug}_GA_DE"],
    "SSCP": ["SSCP_{slug}", "Summary_of_safety_and_clinical_performance", "{slug}_SSCP"],
    "CEAR": ["CEAR_NB", "Clinical_Evaluation_Assessment_Report_{slug}", "NB_CEAR_{slug}"],
}
NUMBER_CODES = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF", "IFU_en": "IFU", "IFU_fr": "IFU-FR",
                "IFU_de": "IFU-DE", "SSCP": "SSCP", "CEAR": "CEAR"}


def udi_for(device: Device, rng: random.Random) -> str:
    return f"426{rng.randint(1000000, 9999999)}{device.model_prefix}{rng.randint(100, 999)}"


def plan_dossier(dossier_id: str, device: Device, rng: random.Random, fmt_mode: str,
                 langs: tuple | None = None) -> DossierPlan:
    name = device.names[0] if rng.random() < 0.6 else device.names[2]
    slug = name.replace(" ", "")
    udi = udi_for(device, rng)
    model = f"{device.model_prefix}-{rng.randint(100, 990)}"
    strict = rng.random() < 0.5
    langs = langs or rng.choice([("en", "fr"), ("en", "de"), ("en", "fr", "de")])
    keys = ["CEP", "CER", "PMCF"] + [f"IFU_{lang}" for lang in langs] + ["SSCP", "CEAR"]
    docs: dict[str, DocPlan] = {}
    for key in keys:
        lang = key.split("_")[1] if key.startswith("IFU") else "en"
        if fmt_mode == "pdf":
            fmt = "pdf"
        elif fmt_mode == "docx":
            fmt = "docx"
        else:
            fmt = rng.choice(["pdf", "docx"])
        revision = rng.randint(1, 5)
        filename = rng.choice(FILENAMES[key]).format(slug=slug, rev=revision) + "." + fmt
        doc = DocPlan(
            role=key.split("_")[0], lang=lang, fmt=fmt, filename=filename,
            number=f"{NUMBER_CODES[key]}-{device.model_prefix}-{rng.randint(1, 40):03d}",
            revision=revision, name=name, udi=udi, model=model, groups=device.groups,
            weight_min=device.weight_min, age_min=device.age_min, age_max=device.age_max,
            strict=strict, indications=[i[lang] for i in device.indications],
            contraindications=[c[lang] for c in device.contraindications],
            settings=list(device.settings),
            interfaces=[(iid, words[lang]) for iid, words in device.interfaces],
            params=[(p, p.lo, p.hi) for p in device.params],
            risks=[r[lang] for r in device.residual_risks],
            warnings=[w[lang] for w in device.warnings], studies=list(device.studies),
            outcomes=[o for _, o in device.benefits], rng=random.Random(rng.random()),
        )
        doc.reword()
        docs[key] = doc
    plan = DossierPlan(dossier_id, device, docs)
    _fill_claims(plan)
    _fill_pmcf(plan)
    _fill_figures(plan)
    _fill_refs(plan)
    return plan


def cite(i: int) -> str:
    return f"[{i}]"


def _fill_claims(plan: DossierPlan) -> None:
    for doc in plan.docs.values():
        if doc.role not in ("CER", "CEAR", "SSCP") or doc.lang != "en":
            continue
        for i, (benefit, _) in enumerate(plan.device.benefits):
            ref = cite(i % len(doc.studies) + 1)
            if doc.role == "CER":
                doc.claims.append(f"Clinical data show that {doc.name} {benefit} {ref}.")
            elif doc.role == "CEAR":
                doc.claims.append(f"The CER demonstrates with clinical data that the device {benefit} "
                                  f"(CER, section on clinical performance).")
            else:
                doc.claims.append(f"Clinical studies showed that the device {benefit}.")
        doc.equivalence = ("No equivalence to another device is claimed; the clinical evaluation "
                           "relies on clinical data obtained with the device itself and on the "
                           "published literature listed below.")


def _fill_pmcf(plan: DossierPlan) -> None:
    doc = plan.docs["PMCF"]
    device = plan.device
    risks = doc.risks
    n = doc.rng.choice([180, 240, 300, 420])
    doc.pmcf = {
        "objectives": [
            f"Estimate the incidence of {risks[0]} and {risks[1]} under routine use, the residual "
            f"risks identified in the risk management file.",
            f"Confirm that {doc.outcomes[0]} reaches the acceptance criterion of the clinical "
            f"evaluation plan in the intended population.",
        ],
        "design": ("Prospective, multicentre, single-arm registry in 8 to 12 centres in at least "
                   "three Member States, with consecutive enrolment to avoid selection bias."),
        "inclusion": [f"treated {doc.settings_text}"]
        + ([f"ventilated via {ph.join_or([t for _, t in doc.interfaces], 'en')}"]
           if device.id == "ventilator" else []),
        "exclusion": ["participation in another interventional study", "refusal of consent"],
        "sample_size": (f"{n} patients. With an expected event rate of 5 %, {n} patients give a "
                        f"two-sided 95 % confidence interval of ± {round(196 * (0.05 * 0.95 / n) ** 0.5, 1)} "
                        f"percentage points; 15 % loss to follow-up is allowed for."),
        "endpoints": [device.pmcf_risk_endpoint, doc.outcomes[0]],
        "timeline": ("Enrolment from Q1 2026 to Q4 2027; follow-up visits at 30 days, 6 months "
                     "and 12 months; annual PMCF evaluation reports; final report in Q2 2029."),
        "budget": "The registry is funded for five years (EUR 1.2 million approved by management).",
    }


def _fill_figures(plan: DossierPlan) -> None:
    for doc in plan.docs.values():
        if doc.role == "CER":
            doc.figures.append({"num": 1, "pixels": (1400, 800), "width_mm": 150,
                                "caption": f"Figure 1: Distribution of {doc.outcomes[0]} across the included studies"})
        if doc.role == "IFU" and doc.rng.random() < 0.5:
            word = {"en": "Figure", "fr": "Figure", "de": "Abbildung"}[doc.lang]
            doc.figures.append({"num": 1, "pixels": (1000, 700), "width_mm": 110,
                                "caption": f"{word} 1: {doc.name}"})


def _fill_refs(plan: DossierPlan) -> None:
    cear = plan.docs["CEAR"]
    titles = {"CEP": "Clinical evaluation plan", "CER": "Clinical evaluation report",
              "PMCF": "PMCF plan", "IFU_en": "Instructions for use (English)",
              "IFU_fr": "Instructions for use (French)", "IFU_de": "Instructions for use (German)",
              "SSCP": "Summary of safety and clinical performance"}
    for key, doc in plan.docs.items():
        if key != "CEAR":
            cear.doc_refs.append([titles[key], doc.number, doc.revision])


# --------------------------------------------------------------------------- elements

HEAD = {
    "ident": {"en": ["Device identification", "Device description", "Identification of the device"],
              "fr": ["Identification du dispositif"], "de": ["Produktidentifikation"]},
    "purpose": {"en": ["Intended purpose", "Intended use", "Intended purpose and target population"],
                "fr": ["Destination", "Usage prévu"], "de": ["Zweckbestimmung"]},
    "indications": {"en": ["Indications", "Indications for use", "Clinical indications"],
                    "fr": ["Indications"], "de": ["Indikationen"]},
    "contra": {"en": ["Contraindications"], "fr": ["Contre-indications"], "de": ["Kontraindikationen"]},
    "specs": {"en": ["Technical specifications", "Technical data", "Specifications"],
              "fr": ["Caractéristiques techniques"], "de": ["Technische Daten"]},
    "risks": {"en": ["Residual risks", "Undesirable side-effects and residual risks", "Risks and side effects"],
              "fr": ["Risques résiduels et effets indésirables"], "de": ["Restrisiken und Nebenwirkungen"]},
    "warnings": {"en": ["Warnings and precautions", "Warnings"], "fr": ["Avertissements"], "de": ["Warnhinweise"]},
    "users": {"en": ["Intended users and use environment", "Users and environment of use"],
              "fr": ["Utilisateurs et environnement d'utilisation"], "de": ["Anwender und Einsatzumgebung"]},
    "operation": {"en": ["Operating instructions", "Using the device"], "fr": ["Mode d'emploi"],
                  "de": ["Bedienung"]},
}

LABELS = {
    "en": {"name": "Trade name", "model": "Model", "udi": "Basic UDI-DI", "mfr": "Manufacturer",
           "class": "Risk class", "param": "Parameter", "range": "Range", "pop": "Target population"},
    "fr": {"name": "Nom commercial", "model": "Modèle", "udi": "IUD-ID de base", "mfr": "Fabricant",
           "class": "Classe de risque", "param": "Paramètre", "range": "Plage", "pop": "Population cible"},
    "de": {"name": "Handelsname", "model": "Modell", "udi": "Basis-UDI-DI", "mfr": "Hersteller",
           "class": "Risikoklasse", "param": "Parameter", "range": "Bereich", "pop": "Zielpopulation"},
}

TITLES = {
    "CEP": "Clinical Evaluation Plan", "CER": "Clinical Evaluation Report",
    "PMCF": "Post-Market Clinical Follow-up Plan", "SSCP": "Summary of Safety and Clinical Performance",
    "CEAR": "Clinical Evaluation Assessment Report",
    "IFU": {"en": "Instructions for Use", "fr": "Notice d'utilisation", "de": "Gebrauchsanweisung"},
}


def title_of(doc: DocPlan) -> str:
    t = TITLES[doc.role]
    return t[doc.lang] if isinstance(t, dict) else t


def _list_or_prose(items: list[str], lead: str, rng: random.Random) -> list[tuple]:
    if rng.random() < 0.6:
        return [("p", lead), ("ul", list(items))]
    return [("p", f"{lead} {'; '.join(items)}.")]


def _ident(doc: DocPlan, device: Device) -> list[tuple]:
    L = LABELS[doc.lang]
    rows = [[L["name"], doc.name], [L["model"], doc.model], [L["udi"], doc.udi],
            [L["mfr"], device.manufacturer], [L["class"], f"{device.device_class} ({device.rule})"]]
    if doc.rng.random() < 0.55:
        header = {"en": ["Item", "Value"], "fr": ["Élément", "Valeur"], "de": ["Angabe", "Wert"]}[doc.lang]
        return [("table", [header] + rows)]
    generic = device.generic[doc.lang]
    if doc.lang == "fr":
        return [("p", f"Le {doc.name} (modèle {doc.model}) est un {generic} fabriqué par "
                      f"{device.manufacturer}. IUD-ID de base : {doc.udi}. Classe {device.device_class}.")]
    if doc.lang == "de":
        return [("p", f"Das Produkt {doc.name} (Modell {doc.model}) ist ein {generic} von "
                      f"{device.manufacturer}. Basis-UDI-DI: {doc.udi}. Klasse {device.device_class}.")]
    return [("p", f"The {doc.name} (model {doc.model}) is a {generic} manufactured by "
                  f"{device.manufacturer}. Its Basic UDI-DI is {doc.udi}. The device is class "
                  f"{device.device_class} according to {device.rule} of Annex VIII MDR.")]


def _purpose(doc: DocPlan, device: Device) -> list[tuple]:
    p = device.purpose[doc.lang]
    interfaces = ph.join_or([t for _, t in doc.interfaces], doc.lang) if doc.interfaces else ""
    users = device.users[doc.lang]
    if doc.lang == "fr":
        out = [f"Le {doc.name} est destiné à {p}, chez les {doc.population}.",
               f"Il est utilisé {doc.settings_text} par des {users}."]
        if interfaces:
            out.append(f"Le dispositif s'utilise avec {interfaces}.")
        return [("p", " ".join(out))]
    if doc.lang == "de":
        out = [f"Das Produkt {doc.name} ist bestimmt für {p} bei {doc.population}.",
               f"Es wird {doc.settings_text} durch {users} angewendet."]
        if interfaces:
            out.append(f"Das Produkt wird über {interfaces} angewendet.")
        return [("p", " ".join(out))]
    style = doc.rng.randrange(3)
    if style == 0:
        text = [f"The {doc.name} is intended for {p} in {doc.population}.",
                f"It is intended to be used {doc.settings_text} by {users}."]
        if interfaces:
            text.append(f"The device is used with {interfaces}.")
        return [("p", " ".join(text))]
    if style == 1:
        rows = [["Aspect", "Description"], ["Intended purpose", p], [LABELS["en"]["pop"], doc.population],
                ["Use environment", doc.settings_text], ["Intended users", users]]
        if interfaces:
            rows.append(["Patient interfaces", interfaces])
        return [("p", f"The intended purpose of the {doc.name} is summarised below."), ("table", rows)]
    text = [f"{doc.name} is indicated for {p}.", f"Target population: {doc.population}.",
            f"Use environment: {doc.settings_text}; users: {users}."]
    if interfaces:
        text.append(f"Modes of use: {interfaces}.")
    return [("p", t) for t in text]


def _indications(doc: DocPlan) -> list[tuple]:
    lead = {"en": f"The {doc.name} is indicated for:", "fr": "Le dispositif est indiqué dans :",
            "de": "Das Produkt ist indiziert bei:"}[doc.lang]
    return _list_or_prose(doc.indications, lead, doc.rng)


def _contra(doc: DocPlan) -> list[tuple]:
    if doc.contraindications is None:
        return [("p", doc.no_contra_text)]
    lead = {"en": "Do not use the device in case of:", "fr": "Ne pas utiliser le dispositif en cas de :",
            "de": "Das Produkt nicht anwenden bei:"}[doc.lang]
    return _list_or_prose(doc.contraindications, lead, doc.rng)


def _specs(doc: DocPlan) -> list[tuple]:
    L = LABELS[doc.lang]
    rows = [[p.label[doc.lang], doc.param_texts[p.id]] for p, _, _ in doc.params]
    if doc.rng.random() < 0.6:
        return [("table", [[L["param"], L["range"]]] + rows)]
    return [("p", f"{label}: {value}.") for label, value in rows]


def _risks(doc: DocPlan) -> list[tuple]:
    lead = {"en": "The following residual risks and undesirable side-effects remain:",
            "fr": "Les risques résiduels et effets indésirables suivants subsistent :",
            "de": "Folgende Restrisiken und Nebenwirkungen bestehen:"}[doc.lang]
    return _list_or_prose(doc.risks, lead, doc.rng)


def _studies_table(doc: DocPlan) -> list[tuple]:
    rows = [["No.", "Study", "Population", "Setting", "N", "Follow-up"]]
    for i, s in enumerate(doc.studies, 1):
        rows.append([f"[{i}]", s.title, s.population, s.setting, str(s.n), s.follow_up])
    return [("p", "Table 1: Clinical data retained after the literature search and appraisal"), ("table", rows)]


def _figures(doc: DocPlan, seed: int) -> list[tuple]:
    return [("fig", chart_png(f["pixels"], seed + f["num"]), f["width_mm"], f["caption"]) for f in doc.figures]


def sections(plan: DossierPlan, key: str) -> list[tuple[str, str, list[tuple]]]:
    """(key, heading, elements) per section of one document, in a default order."""
    doc, device = plan.docs[key], plan.device
    rng = doc.rng
    h = lambda k: rng.choice(HEAD[k][doc.lang])  # noqa: E731
    out: list[tuple[str, str, list[tuple]]] = []
    if doc.role == "IFU":
        out += [("ident", h("ident"), _ident(doc, device)), ("purpose", h("purpose"), _purpose(doc, device)),
                ("indications", h("indications"), _indications(doc)), ("contra", h("contra"), _contra(doc)),
                ("users", h("users"), [("p", {"en": f"Users: {device.users['en']}. Environment: {doc.settings_text}.",
                                               "fr": f"Utilisateurs : {device.users['fr']}. Environnement : {doc.settings_text}.",
                                               "de": f"Anwender: {device.users['de']}. Umgebung: {doc.settings_text}."}[doc.lang])]),
                ("warnings", h("warnings"), [("ul", list(doc.warnings))]),
                ("risks", h("risks"), _risks(doc)), ("specs", h("specs"), _specs(doc)),
                ("operation", h("operation"), [("p", {"en": "Follow the start-up checks described on the screen before each use.",
                                                        "fr": "Effectuer les contrôles de démarrage affichés à l'écran avant chaque utilisation.",
                                                        "de": "Führen Sie vor jeder Anwendung die am Bildschirm angezeigten Startprüfungen durch."}[doc.lang])]
                 + _figures(doc, zlib.crc32(plan.id.encode()) % 1000))]
    elif doc.role == "CEP":
        table = [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]]
        for benefit, outcome in device.benefits:
            table.append([benefit, outcome, "non-inferior to the state of the art (see section on acceptance criteria)"])
        for outcome in doc.outcomes[len(device.benefits):]:
            table.append(["additional clinical benefit", outcome, "to be compared with the state of the art"])
        out += [("ident", h("ident"), _ident(doc, device)), ("purpose", h("purpose"), _purpose(doc, device)),
                ("groups", "Intended target groups", [("p", f"The target groups are {doc.population}.")]),
                ("indications", h("indications"), _indications(doc)), ("contra", h("contra"), _contra(doc)),
                ("benefits", "Clinical benefits and outcome parameters", [("table", table)]),
                ("acceptance", "Benefit-risk acceptance criteria",
                 [("p", "The benefit-risk ratio is acceptable when each outcome parameter meets its criterion and the "
                        "rates of the residual risks do not exceed those reported for the state of the art.")]),
                ("plan", "Clinical development plan",
                 [("p", "Clinical data come from a systematic literature review, the manufacturer's pre-market "
                        "investigation and the PMCF registry described in the PMCF plan.")])]
    elif doc.role == "CER":
        results = [("p", f"The {o} was reported in the retained studies and met the acceptance criterion of the CEP {cite(1)}.")
                   for o in doc.outcomes]
        out += [("ident", h("ident"), _ident(doc, device)), ("purpose", h("purpose"), _purpose(doc, device)),
                ("indications", h("indications"), _indications(doc)), ("contra", h("contra"), _contra(doc)),
                ("specs", h("specs"), _specs(doc)),
                ("sota", "State of the art", [("p", f"Current practice for the indications above relies on devices of the same type as the {device.generic['en']}; "
                                                     "guidelines and registries were searched in PubMed and Embase.")]),
                ("data", "Clinical data", _studies_table(doc) + [("p", "Table 1 lists the studies retained after appraisal.")]),
                ("equivalence", "Equivalence", [("p", doc.equivalence)]),
                ("performance", "Clinical performance and benefits", [("p", c) for c in doc.claims] + results
                 + _figures(doc, zlib.crc32(plan.id.encode()) % 1000) + [("p", "Figure 1 summarises the outcome data.")]),
                ("risks", "Clinical safety and residual risks", _risks(doc)),
                ("conclusion", "Conclusions", [("p", "The clinical evidence is sufficient for the intended purpose, "
                                                     "the target population and the indications stated above.")])]
    elif doc.role == "PMCF":
        p = doc.pmcf
        out += [("ident", h("ident"), _ident(doc, device)),
                ("purpose", "Intended purpose (summary)", _purpose(doc, device)),
                ("objectives", "PMCF objectives", [("ul", list(p["objectives"]))]),
                ("design", "Methods and design", [("p", p["design"])]),
                ("population", "Study population",
                 [("p", "Inclusion criteria:"), ("ul", [doc.population] + list(p["inclusion"])),
                  ("p", "Exclusion criteria:"), ("ul", list(p["exclusion"]))])]
        if p.get("sample_size"):
            out.append(("sample", "Sample size and rationale", [("p", p["sample_size"])]))
        out += [("endpoints", "Endpoints", [("ul", list(p["endpoints"]))]),
                ("timeline", "Timeline", [("p", p["timeline"])]),
                ("budget", "Resources", [("p", p["budget"])])]
    elif doc.role == "SSCP":
        out += [("ident", h("ident"), _ident(doc, device)), ("purpose", h("purpose"), _purpose(doc, device)),
                ("indications", h("indications"), _indications(doc)), ("contra", h("contra"), _contra(doc)),
                ("risks", h("risks"), _risks(doc)),
                ("clinical", "Summary of clinical evaluation", [("p", c) for c in doc.claims]),
                ("pmcf", "Post-market clinical follow-up", [("p", "A prospective multicentre registry collects data on the residual risks listed above.")])]
    elif doc.role == "CEAR":
        refs = [["Document", "Number", "Revision"]] + [[t, n, f"Rev. {r:02d}"] for t, n, r in doc.doc_refs]
        out += [("admin", "Administrative particulars",
                 [("p", "Notified Body: EuroCert Medical (NB 9999, fictitious). Documents assessed:"), ("table", refs)]),
                ("ident", "Device description and intended purpose", _ident(doc, device) + _purpose(doc, device)),
                ("indications", h("indications"), _indications(doc)), ("contra", h("contra"), _contra(doc)),
                ("assessment", "Assessment of the clinical data",
                 [("p", f"The NB reviewed {len(doc.studies)} studies retained in the CER.")] + [("p", c) for c in doc.claims]),
                ("pmcf", "Assessment of the PMCF plan", [("p", "The PMCF plan addresses the residual risks identified by the manufacturer.")]),
                ("conclusion", "Conclusion", [("p", "The Notified Body considers the clinical evidence sufficient to demonstrate conformity.")])]
    return out


def elements(plan: DossierPlan, key: str) -> list[tuple]:
    doc = plan.docs[key]
    rng = doc.rng
    secs = sections(plan, key)
    for skey, _, els in secs:
        for text in doc.extra.get(skey, []):
            els.append(("p", text))
    # Different section orders: keep identification first and the last section last.
    if len(secs) > 4 and rng.random() < 0.5:
        middle = secs[1:-1]
        rng.shuffle(middle)
        secs = [secs[0], *middle, secs[-1]]
    style = rng.choice(["numbered", "plain", "letters" if doc.role == "CEAR" else "section"])
    head = [("h", 0, title_of(doc)), ("p", f"{doc.name} — {doc.number}, revision {doc.revision}"),
            ("p", "Date: 2025-0{0}-1{1}".format(rng.randint(1, 9), rng.randint(0, 9)))]
    body: list[tuple] = []
    for i, (_, heading, els) in enumerate(secs, 1):
        if style == "numbered":
            heading = f"{i}. {heading}"
        elif style == "letters":
            heading = f"{chr(64 + i)}. {heading}"
        elif style == "section":
            heading = f"{i} {heading}"
        body.append(("h", 1, heading))
        body += els
    return head + body

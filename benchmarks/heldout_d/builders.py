"""Turn one dossier's data dictionary into block lists, one per document."""


def V(d, key, role, default=None):
    """Value of a field for a document role; a dict with 'default' may override per role."""
    v = d.get(key, default)
    if isinstance(v, dict) and "default" in v:
        return v.get(role, v["default"])
    return v


def X(d, role, sec):
    return list(d.get("add", {}).get(f"{role}:{sec}", []))


class H:
    """Heading numberer; d['numfix'][role][title] forces a number (planted numbering slips)."""

    def __init__(self, d, role, style="num"):
        self.n = 0
        self.sub = 0
        self.style = style
        self.fix = d.get("numfix", {}).get(role, {})

    def h1(self, title):
        if self.style == "plain":
            return ("h1", title)
        if title in self.fix:
            return ("h1", f"{self.fix[title]} {title}")
        self.n += 1
        self.sub = 0
        if self.style == "sec":
            return ("h1", f"Section {self.n}: {title}")
        return ("h1", f"{self.n}. {title}" if self.style == "num" else f"{self.n} {title}")

    def h2(self, title):
        if self.style == "plain":
            return ("h2", title)
        self.sub += 1
        return ("h2", f"{self.n}.{self.sub} {title}")


def doc(d, role):
    return d["docs"][role]


def ident_rows(d, role):
    rows = [["Item", "Details"],
            ["Trade name", V(d, "name", role)],
            ["Models / variants", V(d, "models", role)],
            ["Basic UDI-DI", V(d, "udi", role)],
            ["Legal manufacturer", f"{V(d, 'mfr', role)}, {d['addr']}"],
            ["Single registration number (SRN)", d["srn"]],
            ["Risk class", f"Class {V(d, 'cls', role)} ({d['rule']})"]]
    return rows


# ---------------------------------------------------------------- CEP
def build_cep(d):
    r = "cep"
    m = doc(d, r)
    h = H(d, r, d.get("cep_style", "num"))
    b = [("title", f"Clinical Evaluation Plan – {V(d, 'name', r)}"),
         ("meta", f"Document {m['no']}, revision {m['rev']}, {m['date']}. Owner: Clinical Affairs, {V(d, 'mfr', r)}.")]
    b += [h.h1("Purpose and scope"),
          ("p", f"This plan defines how the clinical evaluation of the {V(d, 'name', r)} {d['generic']} is conducted "
                "and updated over the life cycle of the device in accordance with Article 61 and Annex XIV Part A of "
                "Regulation (EU) 2017/745. It covers all models and accessories listed below."),
          ("tbl", ident_rows(d, r), (1, 2))]
    b += X(d, r, "scope")
    b += [h.h1("General safety and performance requirements requiring clinical data"),
          ("p", "The clinical evaluation has to provide clinical data supporting GSPR 1 (performance and safety), "
                "GSPR 8 (acceptability of side-effects) and the following device-specific requirements:"),
          ("bul", d["gspr"])]
    b += [h.h1("Intended purpose and target groups"),
          ("p", V(d, "purpose", r))]
    if d.get("cep_ind_table"):
        rows = [["Indication", "Target group"]] + [[i, V(d, "pop_short", r)] for i in V(d, "ind", r)]
        b += [("p", "Indications are summarised in the following table."), ("tbl", rows, (2, 1))]
    else:
        b += [("p", "Indications:"), ("bul", V(d, "ind", r))]
    b += [("p", "Contraindications:"), ("bul", V(d, "contra", r)),
          ("p", V(d, "population", r)),
          ("p", V(d, "setting", r))]
    if d.get("interfaces"):
        b += [("p", V(d, "interfaces", r))]
    b += X(d, r, "purpose")
    rows = [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]] + [list(x[:3]) for x in V(d, "benefits", r)]
    b += [h.h1("Clinical benefits and outcome parameters"),
          ("p", "The intended clinical benefits and the parameters used to measure them are:"),
          ("tbl", rows, (1.2, 1.4, 1.2))]
    b += [h.h1("Clinical safety and benefit-risk acceptability"),
          ("p", "Qualitative and quantitative aspects of clinical safety are examined from the clinical investigation "
                "and literature data, complaint and vigilance records and the risk management file, with explicit "
                "reference to the residual risks and side-effects listed in the risk management report. The benefit-risk "
                "ratio is considered acceptable when the following parameters, derived from the state of the art, are met:"),
          ("bul", V(d, "safety_acc", r))]
    b += [h.h1("Clinical data sources and appraisal"),
          ("p", d.get("cep_sources", "Clinical data are identified by a systematic search of PubMed/MEDLINE, Embase and the Cochrane "
                "Library using a PICO-based protocol, separately for the device itself and for the state of the art, and "
                "complemented by the manufacturer's clinical investigation reports and post-market surveillance data. "
                "Each data set is appraised for methodological quality, relevance to the intended purpose and weight of "
                "contribution."))]
    b += X(d, r, "sources")
    b += [h.h1("Clinical development plan"),
          ("p", V(d, "devplan", r))]
    b += X(d, r, "end")
    b += [("h2", "Approval"),
          ("tbl", [["Role", "Name", "Date"], ["Author, Clinical Affairs", d["people"][0], m["date"]],
                   ["Reviewer, Medical Expert", d["people"][1], m["date"]],
                   ["Approval, Regulatory Affairs", d["people"][2], m["date"]]])]
    return b


# ---------------------------------------------------------------- CER
def build_cer(d):
    r = "cer"
    m = doc(d, r)
    h = H(d, r, d.get("cer_style", "num"))
    b = [("title", f"Clinical Evaluation Report: {V(d, 'name', r)}"),
         ("meta", f"{V(d, 'mfr', r)} · Document no. {m['no']} · Revision {m['rev']} · {m['date']} · "
                  f"Authors: {d['people'][0]}, {d['people'][1]}")]
    b += [h.h1("Executive summary"), ("p", V(d, "summary", r))]
    b += [h.h1("Device description"), ("tbl", ident_rows(d, r), (1, 2)),
          ("p", V(d, "principle", r))]
    b += X(d, r, "description")
    b += [h.h2("Technical characteristics"),
          ("tbl", [["Parameter", "Specification"]] + [list(x) for x in V(d, "specs", r)], (1, 1))]
    b += [h.h1("Intended purpose, indications and target population"),
          ("p", V(d, "purpose", r)),
          ("p", "The device is indicated for: " + "; ".join(V(d, "ind", r)) + "."),
          ("p", "Contraindications: " + "; ".join(V(d, "contra", r)) + "."),
          ("p", V(d, "population", r)),
          ("p", V(d, "setting", r))]
    if d.get("interfaces"):
        b += [("p", V(d, "interfaces", r))]
    b += X(d, r, "purpose")
    b += [h.h1("Regulatory context"), ("p", V(d, "cecp", r))]
    b += [h.h1("State of the art"), ("p", d["sota"])]
    b += X(d, r, "sota")
    b += [h.h1("Clinical data"),
          h.h2("Literature search and appraisal"),
          ("p", d.get("search", "A systematic search of PubMed/MEDLINE, Embase and the Cochrane Library was run according to "
                "the protocol in the CEP. Searches for the device, for similar devices and for the state of the art were "
                "run and documented separately; favourable and unfavourable publications were retained. Records were "
                "screened on title and abstract, then in full text, and appraised for methodological quality and "
                "relevance using the criteria of MEDDEV 2.7/1 rev. 4, Appendix A6.")),
          ("p", "The pivotal data sets retained for this evaluation are summarised below."),
          ("tbl", [["Source", "Design", "Patients", "Population", "Follow-up", "Main results"]] + [list(s) for s in V(d, "studies", r)],
           (1.1, 1, 0.6, 1.2, 0.8, 1.6))]
    b += X(d, r, "evidence")
    b += [h.h2("Manufacturer's clinical investigation and post-market data"), ("p", d["own"])]
    b += [h.h1("Clinical performance and benefits"),
          ("tbl", [["Benefit", "Outcome parameter", "Acceptance criterion", "Result"]] + [list(x) for x in V(d, "benefits", r)],
           (1, 1.1, 1, 1.1))]
    b += X(d, r, "performance")
    b += [h.h1("Clinical safety"),
          ("tbl", [["Adverse event", "Observed rate", "Source"]] + [list(x) for x in V(d, "aes", r)], (1.4, 0.8, 1.3)),
          ("p", "Residual risks and undesirable side-effects that remain after risk control and are disclosed in the "
                "information supplied with the device:"),
          ("bul", V(d, "risks", r))]
    b += X(d, r, "safety")
    b += [h.h1("Performance and safety claims"),
          ("tbl", [["Claim", "Supporting data"]] + [list(x) for x in V(d, "claims", r)], (1.2, 1.5))]
    b += X(d, r, "claims")
    b += [h.h1("Benefit-risk determination and conclusions"), ("p", V(d, "br", r))]
    b += [h.h1("Open questions and PMCF needs"), ("bul", V(d, "openq", r))]
    b += X(d, r, "end")
    b += [h.h1("References"), ("num", V(d, "refs", r))]
    return b


# ---------------------------------------------------------------- PMCF plan
def build_pmcf(d):
    r = "pmcf"
    m = doc(d, r)
    cer = doc(d, "cer")
    p = d["pmcf"]
    h = H(d, r, d.get("pmcf_style", "num"))
    b = [("title", f"PMCF Plan – {V(d, 'name', r)}"),
         ("meta", f"Post-market clinical follow-up plan according to MDR Annex XIV Part B. Document {m['no']}, rev. {m['rev']}, {m['date']}.")]
    b += [h.h1("Device and references"),
          ("tbl", ident_rows(d, r), (1, 2)),
          ("p", f"This plan is based on the clinical evaluation report {cer['no']} revision {cer['rev']} and on the "
                f"risk management report of the device. {p.get('ref_extra', '')}".strip())]
    b += [h.h1("Intended purpose summary"), ("p", V(d, "purpose", r)), ("p", V(d, "population", r)), ("p", V(d, "setting", r))]
    b += [h.h1("General PMCF methods"), ("bul", p["general"])]
    b += [h.h1("Specific PMCF objectives"),
          ("p", p.get("obj_intro", "Each specific objective addresses a residual risk or an open question identified in the clinical evaluation report.")),
          ("tbl", [["Objective", "Linked residual risk / open question", "Endpoint"]] + [list(x) for x in p["objectives"]], (1.3, 1.2, 1.2))]
    b += [h.h1("Specific PMCF activity"),
          ("h2", "Design"), ("p", p["design"]),
          ("h2", "Study population and setting"), ("p", p["population"]),
          ("h2", "Sample size"), ("p", p["sample"]),
          ("h2", "Follow-up and data collection"), ("p", p["followup"])]
    b += [h.h1("Timeline"), ("tbl", [["Milestone", "Planned date"]] + [list(x) for x in p["timeline"]], (2, 1))]
    b += [h.h1("Evaluation and reporting"),
          ("p", p.get("reporting", "Results are analysed in a PMCF evaluation report which feeds into the CER update, the risk "
                "management file, the PSUR and, where necessary, the SSCP and the IFU."))]
    b += X(d, r, "end")
    return b


# ---------------------------------------------------------------- IFU (English)
def build_ifu(d):
    r = "ifu"
    m = doc(d, r)
    b = [("title", f"{V(d, 'name', r)} {d.get('ifu_title', 'Instructions for Use')}"),
         ("meta", f"{V(d, 'mfr', r)}, {d['addr']} · Basic UDI-DI: {V(d, 'udi', r)} · {m['no']} rev. {m['rev']}")]
    b += [("h1", "Intended purpose"), ("p", V(d, "purpose", r)),
          ("h1", "Indications"), ("bul", V(d, "ind", r)),
          ("h1", "Contraindications"), ("bul", V(d, "contra", r)),
          ("h1", "Intended patient population"), ("p", V(d, "population", r)),
          ("h1", "Intended users and use environment"), ("p", V(d, "setting", r))]
    if d.get("interfaces"):
        b += [("p", V(d, "interfaces", r))]
    b += X(d, r, "purpose")
    b += [("h1", "Warnings and precautions"), ("bul", V(d, "warnings", r))]
    b += X(d, r, "warnings")
    b += [("h1", "Possible side effects and residual risks"), ("bul", V(d, "risks", r)),
          ("h1", "Operating instructions"), ("num", V(d, "steps", r))]
    b += X(d, r, "steps")
    b += [("h1", "Technical data"), ("tbl", [["Parameter", "Value"]] + [list(x) for x in V(d, "specs", r)], (1, 1))]
    b += X(d, r, "end")
    b += [("p", f"Serious incidents must be reported to {V(d, 'mfr', r)} and to the competent authority of the Member "
                f"State in which the user and/or patient is established. Date of issue: {m['date']}.")]
    return b


LANG = {
    "de": dict(title="Gebrauchsanweisung", purpose="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
               pop="Patientenzielgruppe", users="Anwender und Einsatzumgebung", warn="Warnhinweise und Vorsichtsmaßnahmen",
               side="Mögliche Nebenwirkungen und Restrisiken", steps="Bedienung", spec="Technische Daten", param="Parameter",
               value="Wert", mfr="Hersteller", issue="Ausgabedatum",
               report="Schwerwiegende Vorkommnisse sind dem Hersteller und der zuständigen Behörde des Mitgliedstaats zu melden, in dem der Anwender und/oder Patient niedergelassen ist."),
    "fr": dict(title="Notice d'utilisation", purpose="Destination", ind="Indications", contra="Contre-indications",
               pop="Population de patients", users="Utilisateurs et environnement d'utilisation", warn="Avertissements et précautions",
               side="Effets secondaires possibles et risques résiduels", steps="Mode d'emploi", spec="Caractéristiques techniques",
               param="Paramètre", value="Valeur", mfr="Fabricant", issue="Date de publication",
               report="Tout incident grave doit être signalé au fabricant et à l'autorité compétente de l'État membre dans lequel l'utilisateur et/ou le patient est établi."),
    "it": dict(title="Istruzioni per l'uso", purpose="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
               pop="Popolazione di pazienti", users="Utilizzatori e ambiente d'uso", warn="Avvertenze e precauzioni",
               side="Possibili effetti collaterali e rischi residui", steps="Modalità d'uso", spec="Dati tecnici",
               param="Parametro", value="Valore", mfr="Fabbricante", issue="Data di emissione",
               report="Qualsiasi incidente grave deve essere segnalato al fabbricante e all'autorità competente dello Stato membro in cui l'utilizzatore e/o il paziente risiede."),
    "es": dict(title="Instrucciones de uso", purpose="Finalidad prevista", ind="Indicaciones", contra="Contraindicaciones",
               pop="Población de pacientes", users="Usuarios y entorno de uso", warn="Advertencias y precauciones",
               side="Posibles efectos secundarios y riesgos residuales", steps="Modo de empleo", spec="Datos técnicos",
               param="Parámetro", value="Valor", mfr="Fabricante", issue="Fecha de emisión",
               report="Cualquier incidente grave debe comunicarse al fabricante y a la autoridad competente del Estado miembro en el que esté establecido el usuario y/o el paciente."),
}


def build_ifu_lang(d, lang):
    L = LANG[lang]
    t = d["tr"][lang]
    m = doc(d, "ifu_" + lang)
    b = [("title", f"{t.get('name', d['name'])} – {L['title']}"),
         ("meta", f"{L['mfr']}: {t.get('mfr', d['mfr'])}, {d['addr']} · Basic UDI-DI: {t.get('udi', d['udi'])} · {m['no']} rev. {m['rev']}")]
    b += [("h1", L["purpose"]), ("p", t["purpose"]),
          ("h1", L["ind"]), ("bul", t["ind"]),
          ("h1", L["contra"]), ("bul", t["contra"]),
          ("h1", L["pop"]), ("p", t["pop"]),
          ("h1", L["users"]), ("p", t["setting"])]
    if t.get("interfaces"):
        b += [("p", t["interfaces"])]
    b += [("h1", L["warn"]), ("bul", t["warn"]),
          ("h1", L["side"]), ("bul", t["side"]),
          ("h1", L["steps"]), ("num", t["steps"])]
    if t.get("after_steps"):
        b += [("p", t["after_steps"])]
    b += [("h1", L["spec"]), ("tbl", [[L["param"], L["value"]]] + [list(x) for x in t["specs"]], (1, 1)),
          ("p", f"{L['report']} {L['issue']}: {m['date']}.")]
    return b


# ---------------------------------------------------------------- SSCP
def build_sscp(d):
    r = "sscp"
    m = doc(d, r)
    h = H(d, r, d.get("sscp_style", "num"))
    b = [("title", "Summary of Safety and Clinical Performance"),
         ("meta", f"{V(d, 'name', r)} · SSCP reference {m['no']}, revision {m['rev']}, {m['date']} · Validated by {d['nb']} ({d['nbno']})"),
         ("p", "This summary is intended to provide public access to an updated summary of the main aspects of the safety "
               "and clinical performance of the device. It is not intended to replace the instructions for use as the "
               "main document to ensure the safe use of the device, nor to provide diagnostic or therapeutic suggestions "
               "to intended users or patients.")]
    rows = ident_rows(d, r) + [["Year of first CE certificate", d["first_ce"]],
                                ["Notified Body", f"{d['nb']}, NB {d['nbno']}"]]
    b += [h.h1("Device identification and general information"), ("tbl", rows, (1, 2))]
    b += [h.h1("Intended use of the device"),
          h.h2("Intended purpose"), ("p", V(d, "purpose", r)),
          h.h2("Indications and target populations"), ("bul", V(d, "ind", r)), ("p", V(d, "population", r)),
          h.h2("Contraindications and limitations"), ("bul", V(d, "contra", r))]
    b += X(d, r, "purpose")
    b += [h.h1("Device description"), ("p", V(d, "principle", r)), ("p", V(d, "setting", r))]
    b += [h.h1("Risks and warnings"),
          h.h2("Residual risks and undesirable side-effects"), ("bul", V(d, "risks", r)),
          h.h2("Warnings and precautions"),
          ("p", "The key warnings are listed in the instructions for use; users must read them before the first use. " +
                V(d, "sscp_warn", r, ""))]
    b += [h.h1("Summary of clinical evaluation and post-market clinical follow-up"),
          ("p", V(d, "sscp_clin", r)),
          ("p", V(d, "sscp_pmcf", r))]
    b += X(d, r, "clinical")
    b += [h.h1("Possible diagnostic or therapeutic alternatives"), ("p", d["alternatives"]),
          h.h1("Suggested profile and training for users"), ("p", d["training"])]
    b += X(d, r, "end")
    b += [h.h1("Revision history"),
          ("tbl", [["SSCP revision", "Date", "Change description", "Validated by NB"],
                   [m["rev"], m["date"], d.get("sscp_change", "Update following CER revision " + doc(d, 'cer')['rev']), "Yes"]])]
    return b


# ---------------------------------------------------------------- CEAR
ROLE_TITLE = {"cep": "Clinical evaluation plan", "cer": "Clinical evaluation report", "pmcf": "PMCF plan",
              "sscp": "Summary of safety and clinical performance", "ifu": "Instructions for use (English)"}


def build_cear(d):
    r = "cear"
    m = doc(d, r)
    fix = d.get("cear_docrefs", {})
    b = [("title", "Clinical Evaluation Assessment Report (CEAR)"),
         ("meta", f"{d['nb']} – Notified Body {d['nbno']} · Report {m['no']} · {m['date']} · Template according to MDCG 2020-13")]
    b += [("h1", "Section A – Administrative particulars"),
          ("tbl", [["Field", "Entry"],
                   ["Device name", V(d, "name", r)],
                   ["Models / variants", V(d, "models", r)],
                   ["Basic UDI-DI", V(d, "udi", r)],
                   ["Manufacturer", f"{V(d, 'mfr', r)} (SRN {d['srn']})"],
                   ["Risk class and rule", f"Class {V(d, 'cls', r)}, {d['rule']}"],
                   ["Type of assessment", V(d, "assess_type", r)],
                   ["Intended purpose", V(d, "purpose", r)]], (1, 2)),
          ("p", "Documents assessed:")]
    rows = [["Document", "Number", "Revision", "Date"]]
    for role in ("cep", "cer", "pmcf", "sscp", "ifu"):
        dm = doc(d, role)
        no, rev = fix.get(role, (dm["no"], dm["rev"]))
        rows.append([ROLE_TITLE[role], no, rev, dm["date"]])
    b += [("tbl", rows, (1.6, 1.2, 0.6, 0.8))]
    b += [("h1", "Section B – Notified Body reviewers"),
          ("tbl", [["Function", "Code", "Relevant expertise"]] + d["reviewers"], (1, 0.6, 2))]
    b += [("h1", "Section C – Device description and evaluation basis"),
          ("p", V(d, "cear_desc", r)),
          ("p", V(d, "population", r)),
          ("p", "Indications accepted by the Notified Body: " + "; ".join(V(d, "ind", r)) + "."),
          ("p", "Contraindications: " + "; ".join(V(d, "contra", r)) + ".")]
    if d.get("interfaces"):
        b += [("p", V(d, "interfaces", r))]
    b += [("p", V(d, "setting", r)),
          ("h2", "Classification and consultation procedure"), ("p", V(d, "cecp", r)),
          ("h2", "Equivalence and state of the art"), ("p", V(d, "cear_equiv", r))]
    b += X(d, r, "C")
    b += [("h1", "Section D – Clinical literature review"), ("p", V(d, "cear_lit", r)),
          ("h1", "Section E – Clinical investigations"), ("p", V(d, "cear_ci", r)),
          ("h1", "Section F – PMS, PMCF and plan for updates"), ("p", V(d, "cear_pmcf", r)),
          ("h1", "Section G – IFU, SSCP and labelling"), ("p", V(d, "cear_ifu", r)),
          ("h1", "Section H – Conclusions and benefit-risk"), ("p", V(d, "cear_concl", r))]
    b += X(d, r, "end")
    return b


def build_all(d):
    out = {}
    fns = {"cep": build_cep, "cer": build_cer, "pmcf": build_pmcf, "ifu": build_ifu, "sscp": build_sscp, "cear": build_cear}
    for role in d["docs"]:
        if role.startswith("ifu_"):
            out[role] = build_ifu_lang(d, role[4:])
        else:
            out[role] = fns[role](d)
    return out

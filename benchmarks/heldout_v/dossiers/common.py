"""Shared document generator for the heldout_v dossiers.

Every dossier module defines a dict D with the device facts. Per-document deviations
(planted defects) are given in D["ov"][doc_key] = {field: value}; doc keys are
CEP, CER, PMCF, IFU, IFU_<lang>, SSCP, CEAR. Fields named extra_* add blocks.
"""
import re

NB = "CertMed Praha s.r.o. (Notified Body 2841)"

H = {
    "sv": dict(t="Bruksanvisning", d="Produktbeskrivning", p="Avsett ändamål", i="Indikationer",
               c="Kontraindikationer", pop="Patientpopulation, användare och miljö", w="Varningar",
               r="Oönskade bieffekter och kvarstående risker", tech="Tekniska data", s="Bruksanvisning steg för steg",
               par="Parameter", val="Värde", m="Tillverkare"),
    "pl": dict(t="Instrukcja używania", d="Opis wyrobu", p="Przewidziane zastosowanie", i="Wskazania",
               c="Przeciwwskazania", pop="Populacja pacjentów, użytkownicy i środowisko", w="Ostrzeżenia",
               r="Działania niepożądane i ryzyka resztkowe", tech="Dane techniczne", s="Sposób użycia",
               par="Parametr", val="Wartość", m="Producent"),
    "de": dict(t="Gebrauchsanweisung", d="Produktbeschreibung", p="Zweckbestimmung", i="Indikationen",
               c="Kontraindikationen", pop="Patientenpopulation, Anwender und Umgebung", w="Warnhinweise",
               r="Unerwünschte Nebenwirkungen und Restrisiken", tech="Technische Daten", s="Anwendung",
               par="Parameter", val="Wert", m="Hersteller"),
    "fr": dict(t="Notice d'utilisation", d="Description du dispositif", p="Destination", i="Indications",
               c="Contre-indications", pop="Population de patients, utilisateurs et environnement", w="Avertissements",
               r="Effets secondaires indésirables et risques résiduels", tech="Caractéristiques techniques",
               s="Mode d'emploi", par="Paramètre", val="Valeur", m="Fabricant"),
    "da": dict(t="Brugsanvisning", d="Beskrivelse af udstyret", p="Tilsigtet formål", i="Indikationer",
               c="Kontraindikationer", pop="Patientpopulation, brugere og miljø", w="Advarsler",
               r="Uønskede bivirkninger og restrisici", tech="Tekniske data", s="Betjening",
               par="Parameter", val="Værdi", m="Fabrikant"),
    "cs": dict(t="Návod k použití", d="Popis prostředku", p="Určený účel", i="Indikace",
               c="Kontraindikace", pop="Populace pacientů, uživatelé a prostředí", w="Varování",
               r="Nežádoucí vedlejší účinky a zbytková rizika", tech="Technické údaje", s="Postup použití",
               par="Parametr", val="Hodnota", m="Výrobce"),
    "nl": dict(t="Gebruiksaanwijzing", d="Beschrijving van het hulpmiddel", p="Beoogd doel", i="Indicaties",
               c="Contra-indicaties", pop="Patiëntenpopulatie, gebruikers en omgeving", w="Waarschuwingen",
               r="Ongewenste bijwerkingen en restrisico's", tech="Technische gegevens", s="Gebruik",
               par="Parameter", val="Waarde", m="Fabrikant"),
}


def view(D, key):
    f = dict(D)
    f.update(D.get("ov", {}).get(key, {}))
    if key.startswith("IFU_"):
        f["tr_lang"] = key[4:]
    return f


def cite(f, text):
    refs = f["refs"]

    def rep(m):
        i = int(m.group(1)) - 1
        return f"[{i + 1}]" if f.get("cite") == "num" else f"({refs[i][0]})"
    return re.sub(r"\{r(\d+)\}", rep, text)


def dec(s):
    return re.sub(r"(\d)\.(\d)", r"\1,\2", s)


def X(f, name):
    """extra blocks inserted at a hook"""
    return list(f.get("extra_" + name, []))


def revtable(rows):
    return ("table", ["Rev.", "Date", "Description", "Author"], rows, (15, 25, 90, 40))


def models_table(f):
    return ("table", ["Model / REF", "Description", "Size / variant"], f["models"], (40, 80, 50))


# ---------------------------------------------------------------- CEP
def cep(D):
    f = view(D, "CEP")
    c = f["codes"]["CEP"]
    b = [("title", f"Clinical Evaluation Plan – {f['name']}"),
         ("kv", [("Document", f"{c[0]} {c[1]}"), ("Date", f["dates"]["CEP"]), ("Manufacturer", f["mfr"]),
                 ("Basic UDI-DI", f["udi"]), ("Class", f"{f['cls']} ({f['rule']})")]),
         ("h", 1, "Revision history"), revtable(f["rev_cep"]),
         ("h", 1, "1 Purpose and scope"),
         ("p", f"This plan describes how the clinical evaluation of {f['name']} ({f['short']}) is to be performed. "
               "The evaluation has been planned according to MDR 2017/745 Article 61 and Annex XIV Part A, "
               "MEDDEV 2.7/1 rev. 4 and MDCG 2020-13."),
         ("ul", ["The plan shall be updated when the intended purpose, the design or the risk profile is changed.",
                 "The plan is to be read together with the risk management file and the PMS plan.",
                 f"Output: clinical evaluation report {f['codes']['CER'][0]}."]),
         ("h", 1, "2 Device"),
         ("p", f["description"][0]), models_table(f),
         ("h", 1, "3 Intended purpose"),
         ("p", f["purpose"]), *X(f, "cep_purpose"),
         ("h", 2, "3.1 Indications"), ("ul", f["indications"]),
         ("h", 2, "3.2 Contraindications"), ("ul", f["contraindications"]),
         ("h", 2, "3.3 Target population"), ("p", f["population"]),
         ("h", 2, "3.4 Intended users and environment"), ("p", f["users"]), ("p", f["setting"]),
         ("h", 1, "4 Clinical benefits and outcome parameters"),
         ("p", "Clinical requirements from the design input specification: REQ-14 (clinical performance), REQ-15 (clinical safety), REQ-16 (usability for the intended users). Each outcome parameter below is traced to one of them."),
         ("p", "Clinical benefits claimed:"), ("ul", f["benefits"]),
         ("p", "Each benefit and safety aspect is to be measured with the outcome parameters below (cf. Table 1)."),
         ("p", "Table 1 – Outcome parameters and acceptance criteria"),
         ("table", ["Outcome parameter", "Acceptance criterion", "Source of criterion"],
          [[o[0], o[1], cite(f, o[3])] for o in f["outcomes"]], (60, 60, 50)),
         ("h", 1, "5 Benefit-risk acceptability"),
         ("p", "The benefit-risk ratio is acceptable when:"),
         ("ul", ["all acceptance criteria in Table 1 are met, or deviations are justified against the state of the art;",
                 "no new hazard is identified in clinical data, PMS or literature;",
                 "residual risks in the risk management file are covered by information in the IFU."]),
         ("h", 1, "6 Method"),
         ("h", 2, "6.1 Literature search"),
         ("ul", ["Databases: PubMed/MEDLINE, Embase, Cochrane Library.",
                 f"Period: {f['lit_period']}.",
                 f"Search terms: {f['lit_terms']}.",
                 "Vigilance databases: MAUDE, BfArM, Swedish MPA, Polish URPL field safety notices."]),
         ("h", 2, "6.2 Appraisal"),
         ("p", "Data sets are appraised for suitability and contribution according to MEDDEV 2.7/1 rev. 4 Appendix A6. "
               "Two reviewers shall appraise independently. Disagreement is solved by the clinical expert."),
         ("h", 2, "6.3 Clinical development plan"), ("ul", f["cdp"]),
         *X(f, "cep_end"),
         ("h", 1, "7 Evaluators"),
         ("p", f"Clinical expert: {f['expert']}. Regulatory: Karin Holmqvist, RA lead, Malmö. "
               "Declarations of interest are on file."),
         ("h", 1, "8 References"), ("ol", [r[1] for r in f["refs"]])]
    return b


# ---------------------------------------------------------------- CER
def cer(D):
    f = view(D, "CER")
    c = f["codes"]["CER"]
    st_rows = f["studies"]
    b = [("title", f"Clinical Evaluation Report – {f['name']}"),
         ("kv", [("Document", f"{c[0]} {c[1]}"), ("Date", f["dates"]["CER"]), ("Manufacturer", f"{f['mfr']}, SRN {f['srn']}"),
                 ("Basic UDI-DI", f["udi"]), ("Device class", f"{f['cls']} – {f['rule']}"),
                 ("CEP reference", f"{f['codes']['CEP'][0]} {f['codes']['CEP'][1]}")]),
         ("h", 1, "Revision history"), revtable(f["rev_cer"]),
         ("h", 1, "1 Summary"),
         ("p", f"The clinical evaluation of {f['name']} has been performed according to the CEP "
               f"{f['codes']['CEP'][0]} {f['codes']['CEP'][1]}. {f['summary']}"),
         ("h", 1, "2 Scope and regulatory status"),
         ("ul", [f"Device class: {f['cls']}, {f['rule']}.", f["cecp"], *f.get("scope_extra", [])]),
         ("h", 1, "3 Device description"),
         *[("p", p) for p in f["description"]],
         ("h", 2, "3.1 Models and variants"), models_table(f),
         ("h", 2, "3.2 Principle of operation"), ("p", f["principle"]),
         ("h", 2, "3.3 Accessories"), ("ul", f["accessories"]),
         ("h", 1, "4 Intended purpose"),
         ("p", f["purpose"]), *X(f, "cer_purpose"),
         ("h", 2, "4.1 Indications"), ("ul", f["indications"]),
         ("h", 2, "4.2 Contraindications"), ("ul", f["contraindications"]),
         ("h", 2, "4.3 Target population"), ("p", f["population"]),
         ("h", 2, "4.4 Users and environment"), ("p", f["users"]), ("p", f["setting"]),
         ("h", 1, "5 State of the art"),
         *[("p", cite(f, p)) for p in f["sota"]],
         ("p", "Alternative treatment options:"), ("ul", f["alternatives"]),
         ("p", "Table 2 – Benchmarks from the state of the art"),
         ("table", ["Parameter", "Benchmark", "Source"], [[r[0], r[1], cite(f, r[2])] for r in f["sota_table"]], (60, 60, 50)),
         ("h", 1, "6 Clinical data"),
         ("h", 2, "6.1 Literature search"),
         ("p", f"The search has been performed according to section 6.1 of the CEP. Period {f['lit_period']}. "
               f"{f['lit_result']}"),
         ("h", 2, "6.2 Clinical investigations and key publications"),
         ("p", "Table 3 – Pivotal clinical data"),
         ("table", ["Study", "Design", "N", "Population", "Follow-up", "Main result"],
          [[cite(f, x) for x in r] for r in st_rows], (28, 24, 12, 36, 20, 50)),
         *[("p", cite(f, p)) for p in f["studies_prose"]],
         *X(f, "cer_studies"),
         ("h", 2, "6.3 Equivalence"), ("p", cite(f, f["equivalence"])),
         ("h", 2, "6.4 Post-market surveillance data"), ("p", f["pms"]),
         ("table", ["Period", "Units sold", "Complaints", "Serious incidents", "FSCA"], f["pms_table"], None),
         ("h", 1, "7 Clinical performance and safety"),
         ("p", "Results are taken from the data in section 6.2 (cf. Table 3). Each CEP outcome parameter is reported below. Criteria are derived from the state of the art in section 5 (cf. Table 2)."),
         ("p", "Table 4 – Outcome parameters from CEP Table 1 against results"),
         ("table", ["Outcome parameter", "Acceptance criterion", "Result", "Met"],
          [[o[0], o[1], cite(f, o[2]), "yes"] for o in f["outcomes"]], (50, 45, 55, 20)),
         *X(f, "cer_perf"),
         ("h", 1, "8 Benefit-risk"),
         ("p", "Clinical benefits:"), ("ul", f["benefits"]),
         ("p", "Residual risks and undesirable side-effects (from the risk management file):"), ("ul", f["risks"]),
         ("p", "Table 5 – Residual risks and information for safety"),
         ("table", ["Residual risk", "Information for safety", "Acceptability"], [[r, "disclosed in IFU section 8", "acceptable (RMF)"] for r in f["risks"]], (80, 50, 40)),
         ("p", f["br_conclusion"]),
         *X(f, "cer_br"),
         ("h", 2, "8.1 GSPR coverage"),
         ("table", ["GSPR", "Topic", "Evidence in this report"],
          [["1", "Performance and safety, benefit-risk", "sections 6 and 7, cf. Table 4"], ["6", "Lifetime", f"section 6.2; expected lifetime {f['lifetime']}"],
           ["8", "Side-effects acceptable", "section 8, cf. Table 5"], ["23.4", "IFU content", "section 8 and IFU review"]], (20, 70, 80)),
         ("h", 1, "9 PMCF"),
         ("p", f"PMCF is described in plan {f['codes']['PMCF'][0]} {f['codes']['PMCF'][1]}. {f['pmcf_summary']}"),
         ("h", 1, "10 Conclusion"),
         ("p", f["conclusion"]), *X(f, "cer_concl"),
         ("h", 1, "11 Evaluators"),
         ("p", f"Clinical expert: {f['expert']}. RA: Karin Holmqvist (Malmö), Marek Zieliński (Gdańsk). CVs and declarations of interest are on file (QMS record QR-07)."),
         ("h", 1, "12 References"), ("ol", [r[1] for r in f["refs"]])]
    return b


# ---------------------------------------------------------------- PMCF plan
def pmcf(D):
    f = view(D, "PMCF")
    c = f["codes"]["PMCF"]
    p = f["pmcf"]
    b = [("title", f"PMCF Plan – {f['name']}"),
         ("kv", [("Document", f"{c[0]} {c[1]}"), ("Date", f["dates"]["PMCF"]), ("Manufacturer", f["mfr"]),
                 ("Basic UDI-DI", f["udi"]), ("Class", f["cls"])]),
         ("h", 1, "1 Device"),
         ("p", f"{f['name']}: {f['short']}. {f['purpose']}"),
         ("p", f"Target population: {f['population']}"),
         ("p", f"Expected lifetime: {f['lifetime']}."),
         ("h", 1, "2 General PMCF activities"),
         ("ul", ["Systematic literature screening, every 12 months, method as CEP section 6.1.",
                 "Review of complaints, vigilance and trend reports (PMS plan).",
                 "Structured user feedback from key accounts in Sweden, Poland and Germany."]),
         ("h", 1, "3 Specific PMCF activity"),
         ("h", 2, "3.1 Objectives"), ("ol", p["objectives"]),
         ("h", 2, "3.2 Design"), ("p", p["design"]),
         ("h", 2, "3.3 Population and setting"), ("p", p["population"]),
         ("h", 2, "3.4 Endpoints"), ("ul", p["endpoints"]),
         ("h", 2, "3.5 Sample size"), ("p", p["sample"]),
         ("h", 2, "3.6 Timeline"),
         ("table", ["Milestone", "Date"], p["timeline"], (110, 60)),
         *X(f, "pmcf_end"),
         ("h", 1, "4 Link to CER and risk management"),
         ("p", f"Results are to be fed into CER {f['codes']['CER'][0]} and the risk management file. "
               "Residual risks listed in CER section 8 are addressed by the objectives in section 3.1.")]
    return b


# ---------------------------------------------------------------- IFU
def ifu(D):
    f = view(D, "IFU")
    c = f["codes"]["IFU"]
    b = [("title", f"{f['name']} – Instructions for Use"),
         ("p", f"{c[0]} {c[1]}, issued {f['dates']['IFU']}. Read all instructions before use."),
         ("h", 1, "1 Device description"), ("p", f["description"][0]), models_table(f),
         ("h", 1, "2 Intended purpose"), ("p", f["purpose"]),
         ("p", "The product is intended for use on patients of the population in section 5 only. Use outside the indications in section 3 is not covered by the clinical evaluation."),
         ("h", 1, "3 Indications"), ("ul", f["indications"]),
         ("h", 1, "4 Contraindications"), ("ul", f["contraindications"]),
         ("h", 1, "5 Patient population, users and environment"), ("p", f["population"]), ("p", f["users"]), ("p", f["setting"]),
         ("h", 1, "6 Warnings"), ("ul", f["warnings"]),
         ("h", 1, "7 Precautions"), ("ul", f["precautions"]),
         ("h", 1, "8 Undesirable side-effects and residual risks"), ("ul", f["risks"]),
         ("h", 1, "9 Technical data"),
         ("table", ["Parameter", "Value"], f["tech"], (80, 90)),
         ("h", 1, "10 Instructions"), ("ol", f["steps"]), *X(f, "ifu_steps"),
         ("h", 1, "11 Cleaning, maintenance and disposal"), ("ul", f["maint"]),
         ("h", 1, "12 Manufacturer"),
         ("p", f"{f['mfr']}, {f['mfr_addr']}. Basic UDI-DI {f['udi']}. Report serious incidents to the manufacturer "
               "and to the competent authority of the member state where the user and/or patient is established.")]
    return b


def ifu_tr(D, lang):
    f = view(D, "IFU_" + lang)
    t = f["tr"][lang]
    h = H[lang]
    c = f["codes"]["IFU"]
    b = [("title", f"{f['name']} – {h['t']}"),
         ("p", f"{c[0]}-{lang.upper()} {c[1]}, {f['dates']['IFU']}"),
         ("h", 1, f"1 {h['d']}"), ("p", t["desc"]), models_table(f),
         ("h", 1, f"2 {h['p']}"), ("p", t["purpose"]),
         ("h", 1, f"3 {h['i']}"), ("ul", t["indications"]),
         ("h", 1, f"4 {h['c']}"), ("ul", t["contraindications"]),
         ("h", 1, f"5 {h['pop']}"), ("p", t["population"]), ("p", t["users"]),
         ("h", 1, f"6 {h['w']}"), ("ul", t["warnings"]),
         ("h", 1, f"7 {h['r']}"), ("ul", t["risks"]),
         ("h", 1, f"8 {h['tech']}"),
         ("table", [h["par"], h["val"]], [[r[0], dec(r[1])] for r in t["tech"]], (80, 90)),
         ("h", 1, f"9 {h['s']}"), ("ol", t["steps"]),
         ("h", 1, f"10 {h['m']}"), ("p", f"{f['mfr']}, {f['mfr_addr']}. Basic UDI-DI {f['udi']}.")]
    return b


# ---------------------------------------------------------------- SSCP
def sscp(D):
    f = view(D, "SSCP")
    c = f["codes"]["SSCP"]
    b = [("title", f"Summary of Safety and Clinical Performance – {f['name']}"),
         ("p", f"{c[0]} {c[1]}, {f['dates']['SSCP']}. This summary is intended for healthcare professionals. "
               "It does not replace the IFU."),
         ("h", 1, "1 Device identification and general information"),
         ("kv", [("Trade name", f["name"]), ("Manufacturer", f["mfr"]), ("SRN", f["srn"]), ("Basic UDI-DI", f["udi"]),
                 ("Class", f["cls"]), ("Notified body", NB), ("Year of first CE", f["first_ce"])]),
         ("h", 1, "2 Intended purpose"), ("p", f["purpose"]),
         ("p", "Indications:"), ("ul", f["indications"]),
         ("p", "Contraindications:"), ("ul", f["contraindications"]),
         ("p", f"Target population: {f['population']}"),
         ("h", 1, "3 Device description"), ("p", f["description"][0]), models_table(f),
         ("h", 1, "4 Risks and warnings"),
         ("p", "Residual risks and undesirable side-effects:"), ("ul", f["risks"]),
         ("p", "Main warnings and precautions:"), ("ul", f["warnings"]),
         ("h", 1, "5 Summary of clinical evaluation and PMCF"),
         ("p", cite(f, f["summary"])),
         ("table", ["Study", "N", "Follow-up", "Main result"], [[cite(f, r[0]), r[2], r[4], cite(f, r[5])] for r in f["studies"]], (45, 15, 30, 80)),
         ("p", f"PMCF: {f['pmcf_summary']}"),
         ("h", 1, "6 Diagnostic or therapeutic alternatives"), ("ul", f["alternatives"]),
         ("h", 1, "7 Suggested profile and training of users"), ("p", f["users"]),
         ("h", 1, "8 Revision history"), revtable([[c[1], f["dates"]["SSCP"], "Issue for NB validation", "K. Holmqvist"]])]
    return b


# ---------------------------------------------------------------- CEAR
def cear(D):
    f = view(D, "CEAR")
    c = f["codes"]["CEAR"]
    sscp_q = ("Q-10: Is the SSCP consistent with the IFU and the CER?",
              "SSCP reviewed against the IFU and CER. Residual risks, indications and population correspond.", "no", "C (remark)") \
        if f["art32"] else ("Q-10: Is an SSCP required?", "Not implantable and not class III. Art. 32 does not apply. No SSCP.", "no", "C (remark)")
    qs = [
        ("Q-01: Is the device unambiguously identified across the documentation?",
         f"Trade name {f['name']}, Basic UDI-DI {f['udi']}, models as listed in CER section 3.1. Identification is consistent in the documents assessed.", "no", "C (remark)"),
        ("Q-02: Is the classification correct and is the CECP applicable?",
         f"Class {f['cls']}, {f['rule']}. {f['cear_cecp']}", "no", "C (remark)"),
        ("Q-03: Is the intended purpose including indications clearly stated?",
         f"Intended purpose as assessed: {f['purpose']}", "no", "C (remark)"),
        ("Q-04: Is the target population consistently defined?",
         f"Target population as assessed: {f['population']}", "no", "C (remark)"),
        ("Q-05: Is the state of the art adequately described?",
         "SOTA covers current guidelines and alternative options. Benchmarks in CER Table 2 are traceable to sources.", "no", "C (remark)"),
        ("Q-06: Is the clinical evidence sufficient for all indications and populations?",
         f["cear_evidence"], "no", "C (remark)"),
        ("Q-07: Is equivalence claimed and, if so, demonstrated?", f["cear_equiv"], "no", "C (remark)"),
        ("Q-08: Is the benefit-risk determination acceptable?",
         "Benefits are measurable and linked to outcome parameters in CEP Table 1. Residual risks are listed and disclosed in the IFU.", "no", "C (remark)"),
        ("Q-09: Are the IFU and labelling consistent with the clinical evaluation?",
         f"IFU in {f['ifu_langs']} reviewed. Warnings and contraindications correspond to the risk management file.", "no", "C (remark)"),
        sscp_q,
        ("Q-11: Is the PMCF plan adequate?", f["cear_pmcf"], "no", "C (remark)"),
        ("Q-12: Are PMS data considered?", f.get("cear_pms", "PMS data up to the cut-off date are summarised in CER section 6.4. No unexpected trends."), "no", "C (remark)"),
    ]
    for k, v in f.get("cear_q", {}).items():
        qs[k - 1] = v
    b = [("title", f"Clinical Evaluation Assessment Report – {f['name']}"),
         ("kv", [("Report", f"{c[0]} {c[1]}"), ("Date", f["dates"]["CEAR"]), ("Notified body", NB),
                 ("Manufacturer", f"{f['mfr']} (SRN {f['srn']})"), ("Device", f"{f['name']} – {f['short']}"),
                 ("Basic UDI-DI", f["udi"]), ("Risk class", f["cls"]), ("Type of assessment", f["assess_type"])]),
         ("h", 1, "Section A – Documents assessed"),
         ("ul", [f"CEP {f['codes']['CEP'][0]} {f['codes']['CEP'][1]}", f"CER {f['codes']['CER'][0]} {f['codes']['CER'][1]}",
                 f"PMCF plan {f['codes']['PMCF'][0]} {f['codes']['PMCF'][1]}", f"IFU {f['codes']['IFU'][0]} {f['codes']['IFU'][1]}",
                 *([f"SSCP {f['codes']['SSCP'][0]} {f['codes']['SSCP'][1]}"] if f["art32"] else [])]),
         ("h", 1, "Section B – Reviewers"),
         ("p", f"{f['reviewer']} (clinical reviewer); Ing. Jana Horáková (product reviewer)."),
         ("h", 1, "Section C – Checklist")]
    for q, a, d, g in qs:
        b += [("h", 2, q), ("p", f"Assessment: {a}"), ("p", f"Deficiency: {d}"), ("p", f"Grade: {g}")]
    b += [("h", 1, "Overall conclusion"), ("p", f["cear_conclusion"])]
    return b

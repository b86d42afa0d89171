"""Turns a dossier spec (dossiers/abNN.py) into document block lists.

Each document role reads spec values through `g(role, key)`, so a dossier module can give one
document a different value (that is how defects are planted) via spec["overrides"][role][key].
spec["extra"][role][anchor] adds blocks after a named section.
"""

LANG = {
    "de": dict(title="Gebrauchsanweisung", intended="ZWECKBESTIMMUNG", ind="INDIKATIONEN",
               contra="KONTRAINDIKATIONEN", pop="PATIENTENZIELGRUPPE", users="ANWENDER UND UMGEBUNG",
               warn="WARNHINWEISE UND VORSICHTSMASSNAHMEN", risks="MÖGLICHE NEBENWIRKUNGEN",
               tech="TECHNISCHE DATEN", param="Parameter", value="Wert", steps="ANWENDUNG"),
    "fr": dict(title="Mode d'emploi", intended="DESTINATION", ind="INDICATIONS",
               contra="CONTRE-INDICATIONS", pop="POPULATION DE PATIENTS", users="UTILISATEURS ET ENVIRONNEMENT",
               warn="AVERTISSEMENTS ET PRÉCAUTIONS", risks="EFFETS INDÉSIRABLES POSSIBLES",
               tech="CARACTÉRISTIQUES TECHNIQUES", param="Paramètre", value="Valeur", steps="UTILISATION"),
    "es": dict(title="Instrucciones de uso", intended="FINALIDAD PREVISTA", ind="INDICACIONES",
               contra="CONTRAINDICACIONES", pop="POBLACIÓN DE PACIENTES", users="USUARIOS Y ENTORNO",
               warn="ADVERTENCIAS Y PRECAUCIONES", risks="POSIBLES EFECTOS ADVERSOS",
               tech="DATOS TÉCNICOS", param="Parámetro", value="Valor", steps="USO"),
    "pt": dict(title="Instruções de utilização", intended="FINALIDADE PREVISTA", ind="INDICAÇÕES",
               contra="CONTRAINDICAÇÕES", pop="POPULAÇÃO DE DOENTES", users="UTILIZADORES E AMBIENTE",
               warn="ADVERTÊNCIAS E PRECAUÇÕES", risks="POSSÍVEIS EFEITOS ADVERSOS",
               tech="DADOS TÉCNICOS", param="Parâmetro", value="Valor", steps="UTILIZAÇÃO"),
    "it": dict(title="Istruzioni per l'uso", intended="DESTINAZIONE D'USO", ind="INDICAZIONI",
               contra="CONTROINDICAZIONI", pop="POPOLAZIONE DI PAZIENTI", users="UTILIZZATORI E AMBIENTE",
               warn="AVVERTENZE E PRECAUZIONI", risks="POSSIBILI EFFETTI INDESIDERATI",
               tech="DATI TECNICI", param="Parametro", value="Valore", steps="UTILIZZO"),
    "nl": dict(title="Gebruiksaanwijzing", intended="BEOOGD GEBRUIK", ind="INDICATIES",
               contra="CONTRA-INDICATIES", pop="PATIËNTENPOPULATIE", users="GEBRUIKERS EN OMGEVING",
               warn="WAARSCHUWINGEN EN VOORZORGSMAATREGELEN", risks="MOGELIJKE BIJWERKINGEN",
               tech="TECHNISCHE GEGEVENS", param="Parameter", value="Waarde", steps="GEBRUIK"),
    "pl": dict(title="Instrukcja używania", intended="PRZEWIDZIANE ZASTOSOWANIE", ind="WSKAZANIA",
               contra="PRZECIWWSKAZANIA", pop="POPULACJA PACJENTÓW", users="UŻYTKOWNICY I ŚRODOWISKO",
               warn="OSTRZEŻENIA I ŚRODKI OSTROŻNOŚCI", risks="MOŻLIWE DZIAŁANIA NIEPOŻĄDANE",
               tech="DANE TECHNICZNE", param="Parametr", value="Wartość", steps="UŻYWANIE"),
    "cs": dict(title="Návod k použití", intended="URČENÝ ÚČEL", ind="INDIKACE",
               contra="KONTRAINDIKACE", pop="CÍLOVÁ POPULACE PACIENTŮ", users="UŽIVATELÉ A PROSTŘEDÍ",
               warn="VAROVÁNÍ A BEZPEČNOSTNÍ OPATŘENÍ", risks="MOŽNÉ NEŽÁDOUCÍ ÚČINKY",
               tech="TECHNICKÉ ÚDAJE", param="Parametr", value="Hodnota", steps="POUŽITÍ"),
}


class Spec:
    def __init__(self, d):
        self.d = d

    def g(self, role, key, default=None):
        ov = self.d.get("overrides", {}).get(role, {})
        if key in ov:
            return ov[key]
        return self.d.get(key, default)

    def extra(self, role, anchor):
        return self.d.get("extra", {}).get(role, {}).get(anchor, [])


def _hdr(s, role):
    code, rev, date = s.d["codes"][role]
    return ("table", [["Document", "Revision", "Effective date", "Device"],
                      [code, rev, date, f"{s.g(role, 'trade')} ({s.g(role, 'models')})"]])


def identity_table(s, role):
    return ("table", [["Item", "Detail"],
                      ["Trade name", s.g(role, "trade")],
                      ["Models / catalog numbers", s.g(role, "models")],
                      ["Basic UDI-DI", s.g(role, "udi")],
                      ["Manufacturer", s.d["manufacturer"]],
                      ["Risk class (MDR Annex VIII)", f"Class {s.g(role, 'klass')} ({s.g(role, 'rule')})"]])


def cep(s):
    r = "CEP"
    b = [_hdr(s, r),
         ("h1", "SECTION 1 – PURPOSE AND SCOPE"),
         ("p", f"This Clinical Evaluation Plan (CEP) defines how {s.d['manufacturer']} will generate, "
               f"appraise and analyze the clinical data for the {s.g(r, 'trade')} in accordance with "
               "MDR 2017/745 Article 61 and Annex XIV Part A. The plan covers the devices listed below."),
         identity_table(s, r),
         *s.extra(r, "scope"),
         ("h1", "SECTION 2 – INTENDED PURPOSE"),
         ("p", s.g(r, "intended")),
         ("h2", "2.1 Indications"), ("bullets", s.g(r, "indications")),
         ("h2", "2.2 Contraindications"), ("bullets", s.g(r, "contraindications")),
         ("h2", "2.3 Target population"), ("p", s.g(r, "population")),
         ("h2", "2.4 Intended users and use environment"), ("p", s.g(r, "users")),
         *s.extra(r, "intended"),
         ("h1", "SECTION 3 – CLINICAL BENEFITS AND OUTCOME PARAMETERS"),
         ("p", "The clinical benefits claimed for the device and the parameters used to measure them are listed "
               "in the table below. Acceptance criteria were derived from the state of the art (see CER Section 5)."),
         ("table", [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]] + s.g(r, "benefits")),
         ("h2", "3.1 Safety endpoints and benefit-risk acceptance criteria"),
         ("bullets", s.g(r, "safety_criteria")),
         *s.extra(r, "benefits"),
         ("h1", "SECTION 4 – CLINICAL DEVELOPMENT PLAN AND DATA SOURCES"),
         ("p", s.g(r, "cep_sources")),
         ("h2", "4.1 Literature search"),
         ("p", s.g(r, "lit_search")),
         *s.extra(r, "sources"),
         ("h1", "SECTION 5 – APPRAISAL METHOD"),
         ("p", "Each data set is appraised for methodological quality, relevance to the device and the intended "
               "purpose, and weight of contribution, using the criteria of MEDDEV 2.7/1 Rev. 4 Appendix A6. Data "
               "from devices other than the device under evaluation are only used for state of the art unless "
               "equivalence is demonstrated per MDR Annex XIV Section 3."),
         ("h1", "SECTION 6 – PMCF"),
         ("p", f"Residual uncertainties are addressed in the PMCF plan {s.d['codes']['PMCF'][0]} "
               f"{s.d['codes']['PMCF'][1]}."),
         ]
    return b


def cer(s):
    r = "CER"
    b = [_hdr(s, r),
         ("h1", "SECTION 1 – EXECUTIVE SUMMARY"),
         ("p", s.g(r, "summary")),
         ("h1", "SECTION 2 – SCOPE AND REGULATORY STATUS"),
         identity_table(s, r),
         ("p", s.g(r, "cecp_text")),
         *s.extra(r, "scope"),
         ("h2", "2.1 Methodology of the clinical evaluation"),
         ("p", "The clinical evaluation follows MDR Article 61 and Annex XIV Part A and the staged approach of "
               "MEDDEV 2.7/1 Rev. 4¹: (0) scope and plan, (1) identification of pertinent data, (2) appraisal of "
               "each data set, (3) analysis of the data as a whole, and (4) this report. The plan is "
               f"{s.d['codes']['CEP'][0]} {s.d['codes']['CEP'][1]}."),
         ("p", "Literature search protocol: " + s.g(r, "lit_search") + " Records were screened on title and "
               "abstract and then on full text by two reviewers. Inclusion criteria: clinical data on the device or "
               "on the therapy it provides, in the intended population, English, German or French language, and "
               "at least 10 patients. Exclusion criteria: case reports, animal or bench studies, duplicate "
               "publications and conference abstracts without full data."),
         ("bullets", ["Suitability criteria: device, indication, population, setting and outcome relevance (graded 1 to 3)",
                      "Data contribution criteria: design, endpoints, follow-up length, statistical significance, clinical significance",
                      "Publications contributing to the state of the art are summarized in Section 5; those providing "
                      "clinical data on the device are summarized in Section 6"]),
         ("h2", "2.2 Qualification of the evaluators"),
         ("p", "The evaluators hold degrees in a relevant clinical or scientific field and have at least 5 years of "
               "experience in clinical research and the clinical use of the device type; declarations of interest "
               "are on file with the Regulatory Affairs department in Minneapolis."),
         ("p", "¹ MEDDEV 2.7/1 Rev. 4 (June 2016) is used as guidance where consistent with the MDR."),
         ("h1", "SECTION 3 – DEVICE DESCRIPTION"),
         ("p", s.g(r, "description")),
         ("h2", "3.1 Key technical characteristics"),
         ("table", [["Parameter", "Specification"]] + s.g(r, "tech")),
         *s.extra(r, "device"),
         ("h1", "SECTION 4 – INTENDED PURPOSE"),
         ("p", s.g(r, "intended")),
         ("h2", "4.1 Indications"), ("bullets", s.g(r, "indications")),
         ("h2", "4.2 Contraindications"), ("bullets", s.g(r, "contraindications")),
         ("h2", "4.3 Target population"), ("p", s.g(r, "population")),
         ("h2", "4.4 Intended users and use environment"), ("p", s.g(r, "users")),
         *s.extra(r, "intended"),
         ("h1", "SECTION 5 – STATE OF THE ART"),
         *[("p", p) for p in s.g(r, "sota")],
         *s.extra(r, "sota"),
         ("h1", "SECTION 6 – CLINICAL DATA"),
         ("h2", "6.1 Data sources and appraisal"),
         ("p", s.g(r, "cer_sources")),
         ("h2", "6.2 Summary of pivotal and supportive data"),
         ("table", [["Study", "Design", "N", "Population", "Follow-up", "Key results"]] + s.g(r, "studies")),
         *[("p", p) for p in s.g(r, "study_prose")],
         *s.extra(r, "data"),
         ("h2", "6.3 Clinical safety"),
         *[("p", p) for p in s.g(r, "safety_prose")],
         ("p", "Residual risks and undesirable side-effects identified in the risk management file and "
               "disclosed in the DFU:"),
         ("bullets", s.g(r, "risks")),
         ("h1", "SECTION 7 – CLINICAL PERFORMANCE AND BENEFITS"),
         ("table", [["Clinical benefit", "Outcome parameter", "Result"]] + s.g(r, "benefit_results")),
         *s.extra(r, "benefits"),
         ("h1", "SECTION 8 – BENEFIT-RISK DETERMINATION"),
         ("p", s.g(r, "br")),
         ("h1", "SECTION 9 – POST-MARKET CLINICAL FOLLOW-UP"),
         ("p", s.g(r, "cer_pmcf")),
         ("h1", "SECTION 10 – CONCLUSIONS"),
         ("p", s.g(r, "conclusion")),
         *s.extra(r, "conclusion"),
         ("h1", "SECTION 11 – GSPR TRACEABILITY"),
         ("table", [["GSPR (MDR Annex I)", "Subject", "Evidence in this CER"],
                    ["GSPR 1", "Performance as intended, safety, acceptable benefit-risk", "Sections 6, 7 and 8"],
                    ["GSPR 8", "Known and foreseeable risks minimized, acceptable vs benefits", "Sections 6.3 and 8"],
                    ["GSPR 23.4", "Information in the instructions for use", "Section 4 (intended purpose, contraindications)"]]),
         ("p", "Information materials (labeling, Directions for Use and, where applicable, the SSCP) were reviewed "
               "against the clinical data summarized in this report for consistency of the intended purpose, "
               "indications, contraindications, target population, residual risks and warnings."),
         ("h1", "SECTION 12 – EVALUATOR DECLARATION"),
         ("p", s.d["evaluators"]),
         ("h1", "SECTION 13 – ABBREVIATIONS"),
         ("table", [["Abbreviation", "Meaning"], ["CEP", "Clinical evaluation plan"], ["CER", "Clinical evaluation report"],
                    ["DFU / IFU", "Directions for use / instructions for use"], ["GSPR", "General safety and performance requirement"],
                    ["PMCF", "Post-market clinical follow-up"], ["SOTA", "State of the art"], ["pts", "Patients"]]),
         ]
    return b


def pmcf(s):
    r = "PMCF"
    p = s.g(r, "pmcf")
    b = [_hdr(s, r),
         ("h1", "SECTION 1 – DEVICE AND INTENDED PURPOSE"),
         identity_table(s, r),
         ("p", s.g(r, "intended")),
         ("h1", "SECTION 2 – GENERAL PMCF ACTIVITIES"),
         ("bullets", p["general"]),
         ("h1", "SECTION 3 – SPECIFIC PMCF ACTIVITIES"),
         ("h2", "3.1 Objectives"), ("bullets", p["objectives"]),
         ("h2", "3.2 Study design"), ("p", p["design"]),
         ("h2", "3.3 Study population"), ("p", p["population"]),
         ("h2", "3.4 Sample size and rationale"), ("p", p["sample"]),
         ("h2", "3.5 Endpoints"),
         ("table", [["Endpoint", "Type", "Time point"]] + p["endpoints"]),
         *s.extra(r, "endpoints"),
         ("h1", "SECTION 4 – TIMELINE"),
         ("table", [["Milestone", "Target date"]] + p["timeline"]),
         ("h1", "SECTION 5 – LINK TO RISK MANAGEMENT AND CER"),
         ("p", p["link"]),
         ]
    return b


def ifu_en(s):
    r = "IFU-en"
    b = [("p", f"{s.g(r, 'trade')} – {s.d['desc']}. Models: {s.g(r, 'models')}. Basic UDI-DI: {s.g(r, 'udi')}."),
         ("p", f"{s.d['manufacturer']}, {s.d['address']}. {s.d['codes'][r][0]} {s.d['codes'][r][1]}, "
               f"{s.d['codes'][r][2]}."),
         ("p", "Caution: Read all instructions, warnings and precautions before use. Failure to do so may "
               "result in patient injury."),
         ("h1", "SECTION 1 – DEVICE DESCRIPTION"), ("p", s.g(r, "description")),
         ("h1", "SECTION 2 – INTENDED PURPOSE"), ("p", s.g(r, "intended")),
         ("h1", "SECTION 3 – INDICATIONS FOR USE"), ("bullets", s.g(r, "indications")),
         ("h1", "SECTION 4 – CONTRAINDICATIONS"), ("bullets", s.g(r, "contraindications")),
         ("h1", "SECTION 5 – PATIENT POPULATION, USERS AND USE ENVIRONMENT"),
         ("p", s.g(r, "population")), ("p", s.g(r, "users")),
         ("h1", "SECTION 6 – WARNINGS AND PRECAUTIONS"), ("bullets", s.g(r, "warnings")),
         *s.extra(r, "warnings"),
         ("h1", "SECTION 7 – POTENTIAL ADVERSE EVENTS"), ("bullets", s.g(r, "risks")),
         ("h1", "SECTION 8 – TECHNICAL DATA"),
         ("table", [["Parameter", "Specification"]] + s.g(r, "tech")),
         ("h1", "SECTION 9 – DIRECTIONS FOR USE"),
         *[("p", f"{i}. {st}") for i, st in enumerate(s.g(r, "steps"), 1)],
         *s.extra(r, "steps"),
         ("h1", "SECTION 10 – STORAGE AND DISPOSAL"), ("p", s.g(r, "storage")),
         ]
    return b


def ifu_lang(s, lang):
    r = "IFU-" + lang
    L = LANG[lang]
    t = s.d["langs"][lang]
    ov = s.d.get("overrides", {}).get(r, {})
    t = {**t, **ov}
    b = [("p", f"{s.d['trade']} – {t['desc']}. {s.d['models']}. Basic UDI-DI: {s.d['udi']}."),
         ("p", f"{s.d['manufacturer']}, {s.d['address']}. {s.d['codes'][r][0]} {s.d['codes'][r][1]}, "
               f"{s.d['codes'][r][2]}."),
         ("h1", "1 – " + L["intended"]), ("p", t["intended"]),
         ("h1", "2 – " + L["ind"]), ("bullets", t["indications"]),
         ("h1", "3 – " + L["contra"]), ("bullets", t["contraindications"]),
         ("h1", "4 – " + L["pop"]), ("p", t["population"]),
         ("h1", "5 – " + L["users"]), ("p", t["users"]),
         ("h1", "6 – " + L["warn"]), ("bullets", t["warnings"]),
         ("h1", "7 – " + L["risks"]), ("bullets", t["risks"]),
         ("h1", "8 – " + L["tech"]),
         ("table", [[L["param"], L["value"]]] + t["tech"]),
         ]
    if t.get("steps"):
        b += [("h1", "9 – " + L["steps"]), *[("p", f"{i}. {st}") for i, st in enumerate(t["steps"], 1)]]
    return b, L["title"]


def sscp(s):
    r = "SSCP"
    b = [_hdr(s, r),
         ("p", "This Summary of Safety and Clinical Performance (SSCP) is intended to provide public access to "
               "an updated summary of the main aspects of the safety and clinical performance of the device. "
               "It is not intended to replace the Instructions for Use."),
         ("h1", "SECTION 1 – DEVICE IDENTIFICATION AND GENERAL INFORMATION"),
         identity_table(s, r),
         ("p", f"Notified body: {s.d['nb']}. Year of first CE certificate under the MDR: expected 2025."),
         ("h1", "SECTION 2 – INTENDED USE OF THE DEVICE"),
         ("p", s.g(r, "intended")),
         ("h2", "2.1 Indications and target population"),
         ("bullets", s.g(r, "indications")), ("p", s.g(r, "population")),
         ("h2", "2.2 Contraindications"), ("bullets", s.g(r, "contraindications")),
         ("h1", "SECTION 3 – DEVICE DESCRIPTION"), ("p", s.g(r, "description")),
         ("h1", "SECTION 4 – RISKS AND WARNINGS"),
         ("h2", "4.1 Residual risks and undesirable side-effects"),
         ("bullets", s.g(r, "risks")),
         ("h2", "4.2 Warnings and precautions"), ("bullets", s.g(r, "warnings")[:4]),
         ("h1", "SECTION 5 – SUMMARY OF CLINICAL EVALUATION AND PMCF"),
         *[("p", p) for p in s.g(r, "study_prose")[:2]],
         ("p", s.g(r, "cer_pmcf")),
         ("h1", "SECTION 6 – POSSIBLE DIAGNOSTIC OR THERAPEUTIC ALTERNATIVES"),
         ("p", s.g(r, "sota")[0]),
         ("h1", "SECTION 7 – SUGGESTED PROFILE AND TRAINING FOR USERS"),
         ("p", s.g(r, "users")),
         ("h1", "SECTION 8 – PATIENT SUMMARY"),
         ("p", s.g(r, "patient_summary")),
         ]
    return b


def cear(s):
    r = "CEAR"
    c = s.g(r, "cear")
    b = [("table", [["Item", "Detail"],
                    ["Notified body", s.d["nb"]],
                    ["CEAR reference", f"{s.d['codes'][r][0]} {s.d['codes'][r][1]}, {s.d['codes'][r][2]}"],
                    ["Manufacturer", s.d["manufacturer"]],
                    ["Device", f"{s.g(r, 'trade')}, {s.g(r, 'models')}"],
                    ["Basic UDI-DI", s.g(r, "udi")],
                    ["Class / rule", f"{s.g(r, 'klass')} / {s.g(r, 'rule')}"],
                    ["CECP (Art. 54)", c["cecp"]],
                    ["Clinical reviewer", c["reviewer"]],
                    ["Documents assessed", c["docs"]]]),
         ("h1", "A. Intended purpose as assessed"),
         ("p", s.g(r, "intended")),
         ("p", "Target population: " + s.g(r, "population")),
         ("h1", "B. Assessment of the clinical evaluation"),
         *[("p", p) for p in c["assessment"]],
         ("h1", "C. Findings"),
         ("table", [["Finding ID", "MDR requirement", "Finding", "Grading (Minor/Major/Critical)",
                     "Manufacturer response due"]] + c["findings"]),
         ("h1", "D. Overall conclusion"),
         ("p", c["conclusion"]),
         ]
    return b

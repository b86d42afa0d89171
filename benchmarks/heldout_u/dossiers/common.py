"""Shared document builders in the voice of the Athens CRO author (heldout_u).

Each dossier module defines a dict D with the device facts, a DOCS list
[(filename, role, lang, fmt, overrides)], LABELS and CLEAN. Overrides are shallow-merged onto D
for that one document only, which is how the planted defects live in one document and not the
others.
"""
CRO = "Hellas Clinical Evidence S.A. (Athens)"
AUTHORS = [
    ("Dr. Eleni Vasilakou, MD, PhD", "Clinical Evaluator, Internal Medicine"),
    ("Dr. Nikolaos Theodoridis, MSc, PhD", "Clinical Scientist, Biomedical Engineering"),
]
REVIEWER = ("Dr. Zsófia Kertész", "Clinical Reviewer, Notified Body")
REVIEWER2 = ("Dr. Bence Horváth", "Internal Clinical Expert")
NB = "Pannonia Medical Certification Zrt., Notified Body 2998"

IFU_HEAD = {
    "en": ["INSTRUCTIONS FOR USE", "INTENDED PURPOSE", "INDICATIONS", "CONTRAINDICATIONS",
           "TARGET POPULATION", "INTENDED USERS AND USE ENVIRONMENT", "WARNINGS AND PRECAUTIONS",
           "TECHNICAL DATA", "INSTRUCTIONS", "RESIDUAL RISKS AND SIDE EFFECTS", "MANUFACTURER",
           "Parameter", "Value"],
    "el": ["ΟΔΗΓΙΕΣ ΧΡΗΣΗΣ", "ΠΡΟΟΡΙΖΟΜΕΝΟΣ ΣΚΟΠΟΣ", "ΕΝΔΕΙΞΕΙΣ", "ΑΝΤΕΝΔΕΙΞΕΙΣ",
           "ΠΛΗΘΥΣΜΟΣ-ΣΤΟΧΟΣ", "ΠΡΟΟΡΙΖΟΜΕΝΟΙ ΧΡΗΣΤΕΣ ΚΑΙ ΠΕΡΙΒΑΛΛΟΝ ΧΡΗΣΗΣ",
           "ΠΡΟΕΙΔΟΠΟΙΗΣΕΙΣ ΚΑΙ ΠΡΟΦΥΛΑΞΕΙΣ", "ΤΕΧΝΙΚΑ ΧΑΡΑΚΤΗΡΙΣΤΙΚΑ", "ΟΔΗΓΙΕΣ",
           "ΥΠΟΛΕΙΠΟΜΕΝΟΙ ΚΙΝΔΥΝΟΙ ΚΑΙ ΠΑΡΕΝΕΡΓΕΙΕΣ", "ΚΑΤΑΣΚΕΥΑΣΤΗΣ", "Παράμετρος", "Τιμή"],
    "fr": ["NOTICE D'UTILISATION", "DESTINATION", "INDICATIONS", "CONTRE-INDICATIONS",
           "POPULATION CIBLE", "UTILISATEURS ET ENVIRONNEMENT D'UTILISATION",
           "AVERTISSEMENTS ET PRÉCAUTIONS", "CARACTÉRISTIQUES TECHNIQUES", "MODE D'EMPLOI",
           "RISQUES RÉSIDUELS ET EFFETS INDÉSIRABLES", "FABRICANT", "Paramètre", "Valeur"],
    "de": ["GEBRAUCHSANWEISUNG", "ZWECKBESTIMMUNG", "INDIKATIONEN", "KONTRAINDIKATIONEN",
           "ZIELPOPULATION", "ANWENDER UND ANWENDUNGSUMGEBUNG", "WARNHINWEISE UND VORSICHTSMASSNAHMEN",
           "TECHNISCHE DATEN", "ANWENDUNG", "RESTRISIKEN UND NEBENWIRKUNGEN", "HERSTELLER",
           "Parameter", "Wert"],
    "it": ["ISTRUZIONI PER L'USO", "DESTINAZIONE D'USO", "INDICAZIONI", "CONTROINDICAZIONI",
           "POPOLAZIONE DI PAZIENTI", "UTILIZZATORI E AMBIENTE D'USO", "AVVERTENZE E PRECAUZIONI",
           "DATI TECNICI", "ISTRUZIONI", "RISCHI RESIDUI ED EFFETTI COLLATERALI", "FABBRICANTE",
           "Parametro", "Valore"],
    "ro": ["INSTRUCȚIUNI DE UTILIZARE", "SCOPUL PROPUS", "INDICAȚII", "CONTRAINDICAȚII",
           "POPULAȚIA ȚINTĂ", "UTILIZATORI ȘI MEDIU DE UTILIZARE", "AVERTISMENTE ȘI PRECAUȚII",
           "DATE TEHNICE", "MOD DE UTILIZARE", "RISCURI REZIDUALE ȘI EFECTE SECUNDARE",
           "PRODUCĂTOR", "Parametru", "Valoare"],
    "hu": ["HASZNÁLATI ÚTMUTATÓ", "RENDELTETÉS", "JAVALLATOK", "ELLENJAVALLATOK", "CÉLPOPULÁCIÓ",
           "FELHASZNÁLÓK ÉS FELHASZNÁLÁSI KÖRNYEZET", "FIGYELMEZTETÉSEK ÉS ÓVINTÉZKEDÉSEK",
           "MŰSZAKI ADATOK", "HASZNÁLAT", "FENNMARADÓ KOCKÁZATOK ÉS MELLÉKHATÁSOK", "GYÁRTÓ",
           "Paraméter", "Érték"],
    "es": ["INSTRUCCIONES DE USO", "FINALIDAD PREVISTA", "INDICACIONES", "CONTRAINDICACIONES",
           "POBLACIÓN DESTINATARIA", "USUARIOS Y ENTORNO DE USO", "ADVERTENCIAS Y PRECAUCIONES",
           "DATOS TÉCNICOS", "INSTRUCCIONES", "RIESGOS RESIDUALES Y EFECTOS SECUNDARIOS",
           "FABRICANTE", "Parámetro", "Valor"],
    "pt": ["INSTRUÇÕES DE UTILIZAÇÃO", "FINALIDADE PREVISTA", "INDICAÇÕES", "CONTRAINDICAÇÕES",
           "POPULAÇÃO-ALVO", "UTILIZADORES E AMBIENTE DE UTILIZAÇÃO", "ADVERTÊNCIAS E PRECAUÇÕES",
           "DADOS TÉCNICOS", "INSTRUÇÕES", "RISCOS RESIDUAIS E EFEITOS SECUNDÁRIOS", "FABRICANTE",
           "Parâmetro", "Valor"],
}


def docno(D, role):
    n, rev = D["docs"][role]
    return f"Doc. No. {n} Rev. {rev}"


def _extra(D, key):
    return list(D.get("extra", {}).get(key, []))


def sign(D, role):
    date = D["dates"][role]
    return [("h1", "APPROVAL AND SIGNATURES"),
            ("table", [["Role", "Name", "Function", "Date"],
                       ["Author", AUTHORS[0][0], AUTHORS[0][1], date],
                       ["Reviewer", AUTHORS[1][0], AUTHORS[1][1], date],
                       ["Approval", D["ra"], f"Regulatory Affairs, {D['mfr']}", date]])]


# ---------------------------------------------------------------- CEP
def cep(D):
    b = [("h1", "Α. SCOPE AND REGULATORY CONTEXT"),
         ("p", f"The present Clinical Evaluation Plan (CEP) has been prepared by {CRO} on behalf of "
               f"{D['mfr']} in the scope of the conformity assessment of the {D['name']} under "
               f"Regulation (EU) 2017/745 (MDR), Article 61 and Annex XIV Part A. It is worth mentioning "
               f"that the plan is a living document which is updated whenever new clinical data or "
               f"post-market information become available."),
         ("p", f"The under evaluation device is classified as class {D['cls']} according to {D['rule']}. "
               + D["cecp"]),
         ("h1", "Β. DEVICE UNDER EVALUATION"),
         ("p", f"Trade name: {D['name']}. Manufacturer: {D['mfr']}, {D['addr']}. Basic UDI-DI: {D['udi']}."),
         ("table", [["Model / reference", "Description"]] + [list(m) for m in D["models"]]),
         ("p", D["desc"][0]),
         ("h1", "Γ. INTENDED PURPOSE, TARGET GROUPS, INDICATIONS AND CONTRAINDICATIONS"),
         ("h2", "Γ.1 Intended purpose"), ("p", D["purpose"]),
         ("h2", "Γ.2 Target population"), ("p", D["pop"]),
         ("h2", "Γ.3 Indications"), ("ul", D["ind"]),
         ("h2", "Γ.4 Contraindications"), ("ul", D["contra"]),
         ("h2", "Γ.5 Intended users and use environment"), ("p", D["users"] + " " + D["setting"]),
         ("h1", "Δ. CLINICAL BENEFITS AND OUTCOME PARAMETERS"),
         ("p", "The clinical benefits which are intended to be demonstrated for the herein described "
               "device, together with the specified outcome parameters and the acceptance thresholds "
               "derived from the state of the art, are summarised in the following table."),
         ("table", [["No.", "Clinical benefit", "Outcome parameter", "Acceptance criterion"]]
          + [[f"CB-{i+1}", *x] for i, x in enumerate(D["benefits"])]),
         ("h1", "Ε. BENEFIT-RISK ACCEPTABILITY CRITERIA"),
         ("p", "With regards to safety, the following rates of adverse events are considered acceptable, "
               "on the basis of the bibliography on the state of the art and the comparable alternative "
               "treatments; rates above these thresholds shall trigger a re-evaluation of the "
               "benefit-risk determination."),
         ("table", [["Safety parameter", "Acceptable rate"]] + [list(x) for x in D["safety_crit"]]),
         ("h1", "ΣΤ. METHODOLOGY OF THE CLINICAL EVALUATION"),
         ("p", "The bibliography will be searched in PubMed/MEDLINE, Embase and the Cochrane Library "
               "with PICO-structured search strings, separately for the device under evaluation, for the "
               "state of the art and for similar devices. Inclusion and exclusion criteria, "
               "de-duplication and a PRISMA flow diagram are foreseen. Favourable and unfavourable data "
               "will both be retrieved and appraised according to MEDDEV 2.7/1 rev. 4, Appendix A6, "
               "with weighting for methodological quality, relevance and contribution."),
         ("p", "Vigilance databases (MAUDE, BfArM, Swissmedic) and the manufacturer's own complaint "
               "and post-market surveillance data will additionally be analysed for the period under review."),
         ("h1", "Ζ. CLINICAL DEVELOPMENT PLAN"),
         ("p", D["cdp"]),
         *_extra(D, "cep"),
         ("h1", "Η. QUALIFICATION OF THE EVALUATORS"),
         ("p", f"The evaluation is performed by {AUTHORS[0][0]} and {AUTHORS[1][0]}, whose CVs and "
               "declarations of interest are kept in the technical documentation."),
         ] + sign(D, "cep")
    return f"CLINICAL EVALUATION PLAN – {D['name']}", b


# ---------------------------------------------------------------- CER
def cer(D):
    pm_no, pm_rev = D["docs"]["pmcf"]
    cep_no, cep_rev = D["docs"]["cep"]
    studies = [["Ref.", "Study / design", "N", "Population", "Follow-up", "Main results"]] + \
        [list(s) for s in D["studies"]]
    b = [("h1", "1. SCOPE OF THE CLINICAL EVALUATION"),
         ("p", f"The present Clinical Evaluation Report (CER) summarises and appraises the clinical data "
               f"pertaining to the {D['name']} manufactured by {D['mfr']}. It has been prepared in "
               f"accordance with Article 61 and Annex XIV of the MDR, MEDDEV 2.7/1 rev. 4 and the "
               f"Clinical Evaluation Plan {cep_no} Rev. {D.get('ref_cep_rev', cep_rev)}."),
         ("p", f"The under evaluation device is a class {D['cls']} device ({D['rule']}). " + D["cecp"]),
         ("h1", "2. DEVICE DESCRIPTION"),
         ("h2", "2.1 General description and principle of operation"),
         *[("p", x) for x in D["desc"]],
         ("h2", "2.2 Models, variants and identification"),
         ("p", f"The trade name of the device is {D['name']}; the Basic UDI-DI is {D['udi']}. "
               "The following models and variants are covered by the present evaluation."),
         ("table", [["Model / reference", "Description"]] + [list(m) for m in D["models"]]),
         ("h2", "2.3 Technical characteristics"),
         ("table", [["Parameter", "Value"]] + [list(t) for t in D["tech"]]),
         *_extra(D, "cer_device"),
         ("h1", "3. INTENDED PURPOSE"),
         ("h2", "3.1 Intended purpose"), ("p", D["purpose"]),
         ("h2", "3.2 Indications"), ("ul", D["ind"]),
         ("h2", "3.3 Contraindications"), ("ul", D["contra"]),
         ("h2", "3.4 Target population"), ("p", D["pop"]),
         ("h2", "3.5 Intended users and use environment"), ("p", D["users"] + " " + D["setting"]),
         ("h1", "4. STATE OF THE ART"),
         *[("p", x) for x in D["sota"]],
         ("h1", "5. CLINICAL DATA"),
         ("h2", "5.1 Literature search and appraisal"),
         ("p", D.get("search", "The bibliography was searched in PubMed/MEDLINE, Embase and the "
               "Cochrane Library according to the protocol of the CEP; separate searches were run for the "
               "device under evaluation and for the state of the art. After de-duplication and screening "
               "of titles, abstracts and full texts, the retained publications were appraised for "
               "suitability and contribution according to MEDDEV 2.7/1 rev. 4, Appendix A6.")),
         ("table", [["Search", "Databases", "Period", "Hits", "Retained after appraisal"],
                    ["Device under evaluation and predecessors", "PubMed, Embase", f"01/2010-{D['dates']['cer']}",
                     str(40 + 7 * len(D["name"])), str(len(D["studies"]))],
                    ["State of the art and alternative treatments", "PubMed, Embase, Cochrane",
                     f"01/2015-{D['dates']['cer']}", str(380 + 23 * len(D["name"])), str(len(D["sota"]) + 4)],
                    ["Vigilance databases", "MAUDE, BfArM, Swissmedic", "last 5 years", "n/a", "reviewed"]]),
         ("p", "The full search strings, the list of excluded publications with the reasons of exclusion and "
               "the full texts of the retained publications are kept in the appendices of the literature search "
               "report of the technical documentation."),
         ("h2", "5.2 Clinical data pertaining to the device"),
         ("p", "The pivotal clinical data retained for the demonstration of conformity with the relevant "
               "general safety and performance requirements are tabulated below."),
         ("table", studies),
         ("h3", "5.2.1 Appraisal of the individual data sets"),
         *[("p", x) for x in D["study_prose"]],
         *_extra(D, "cer_data"),
         ("h2", "5.3 Post-market surveillance data"),
         ("p", D["pms"]),
         ("h1", "6. CLINICAL PERFORMANCE AND CLINICAL BENEFIT"),
         *[("p", x) for x in D["perf"]],
         *_extra(D, "cer_perf"),
         ("h1", "7. CLINICAL SAFETY AND RESIDUAL RISKS"),
         ("p", "The residual risks and undesirable side-effects which remain after the implementation of "
               "all risk control measures, with their frequency as derived from the clinical data, are the "
               "following."),
         ("table", [["Residual risk / side-effect", "Frequency"]] + [list(r) for r in D["risks"]]),
         ("h1", "8. BENEFIT-RISK DETERMINATION"),
         ("p", D["br"]),
         ("h1", "9. POST-MARKET CLINICAL FOLLOW-UP"),
         ("p", f"The PMCF activities are described in the PMCF Plan {pm_no} Rev. "
               f"{D.get('ref_pmcf_rev', pm_rev)}. " + D["cer_pmcf"]),
         *_extra(D, "cer_pmcf"),
         ("h1", "10. CONCLUSIONS"),
         ("p", D["concl"]),
         ("h1", "11. COMPLIANCE WITH THE GENERAL SAFETY AND PERFORMANCE REQUIREMENTS"),
         ("table", [["GSPR (Annex I)", "Subject", "Evidence in the present report", "Conclusion"],
                    ["1", "Performance and safety, acceptable benefit-risk", "Sections 5, 6, 7 and 8", "Compliant"],
                    ["8", "Known and foreseeable risks minimised and acceptable against the benefits", "Sections 7 and 8", "Compliant"],
                    ["9", "Side-effects acceptable", "Section 7", "Compliant"],
                    ["23.4", "Information in the instructions for use", "Section 3 and IFU review", "Compliant"]]),
         ("p", "It is worth mentioning that the present report will be updated at least annually in the frame of "
               "the PSUR cycle, or earlier whenever the PMCF or the post-market surveillance data have an impact "
               "on the benefit-risk determination."),
         ("h1", "12. BIBLIOGRAPHY"),
         ("ul", [f"[{i+1}] {r}" for i, r in enumerate(D["refs"])]),
         ] + sign(D, "cer")
    return f"CLINICAL EVALUATION REPORT – {D['name']}", b


# ---------------------------------------------------------------- PMCF plan
def pmcf(D):
    P = D["pmcf"]
    b = [("h1", "Section I – GENERAL INFORMATION"),
         ("p", f"The present Post-Market Clinical Follow-up (PMCF) Plan has been drawn up according to "
               f"Annex XIV Part B of the MDR and MDCG 2020-7 for the {D['name']} (Basic UDI-DI {D['udi']}), "
               f"class {D['cls']}, manufactured by {D['mfr']}."),
         ("h1", "Section II – DEVICE AND INTENDED PURPOSE"),
         ("p", D["purpose"]),
         ("p", "Models in the scope of the plan: " + ", ".join(m[0] for m in D["models"]) + "."),
         ("h1", "Section III – OBJECTIVES"),
         ("ul", P["obj"]),
         ("h1", "Section IV – DESIGN AND METHODS"),
         ("p", P["design"]),
         ("h1", "Section V – STUDY POPULATION AND SETTING"),
         ("p", P["pop"]),
         ("h1", "Section VI – SAMPLE SIZE AND RATIONALE"),
         ("p", P["size"]),
         ("h1", "Section VII – ENDPOINTS"),
         ("ul", P["endpoints"]),
         ("h1", "Section VIII – TIMELINE"),
         ("table", [["Milestone", "Date"]] + [list(x) for x in P["timeline"]]),
         ("h1", "Section IX – LINK TO RESIDUAL RISKS AND OPEN QUESTIONS"),
         ("p", P["link"]),
         *_extra(D, "pmcf"),
         ] + sign(D, "pmcf")
    return f"POST-MARKET CLINICAL FOLLOW-UP PLAN – {D['name']}", b


# ---------------------------------------------------------------- IFU
def ifu(D, lang):
    H = IFU_HEAD[lang]
    if lang == "en":
        T = {"purpose": D["purpose"], "ind": D["ind"], "contra": D["contra"], "pop": D["pop"],
             "setting": D["users"] + " " + D["setting"], "warn": D["warn"], "steps": D["steps"],
             "risks": [r[0] for r in D["risks"]], "tech": D["tech"]}
    else:
        T = dict(D["tr"][lang])
        T.setdefault("tech", D["tech"])
    b = [("p", f"{D['name']} – {D['mfr']} – Basic UDI-DI {D['udi']}"),
         ("h1", H[1]), ("p", T["purpose"]),
         ("h1", H[2]), ("ul", T["ind"]),
         ("h1", H[3]), ("ul", T["contra"]),
         ("h1", H[4]), ("p", T["pop"]),
         ("h1", H[5]), ("p", T["setting"]),
         ("h1", H[6]), ("ul", T["warn"]),
         ("h1", H[7]), ("table", [[H[11], H[12]]] + [list(t) for t in T["tech"]]),
         ("h1", H[8]), ("ul", [f"{i+1}. {s}" for i, s in enumerate(T["steps"])]),
         ("h1", H[9]), ("ul", T["risks"]),
         *_extra(D, "ifu_" + lang),
         ("h1", H[10]), ("p", f"{D['mfr']}, {D['addr']}. SRN {D['srn']}. {D['docs']['ifu'][0]}-"
                              f"{lang.upper()} Rev. {D['docs']['ifu'][1]}, {D['dates']['ifu']}."),
         ]
    return f"{H[0]} – {D['name']}", b


# ---------------------------------------------------------------- SSCP
def sscp(D):
    S = D["sscp"]
    b = [("p", f"This Summary of Safety and Clinical Performance (SSCP) is intended to provide public "
               f"access to an updated summary of the main aspects of the safety and clinical performance "
               f"of the device. It is not intended to replace the Instructions for Use. Validation "
               f"language: English."),
         ("h1", "1. DEVICE IDENTIFICATION AND GENERAL INFORMATION"),
         ("table", [["Item", "Information"],
                    ["Trade name", D["name"]], ["Manufacturer", f"{D['mfr']}, {D['addr']}"],
                    ["SRN", D["srn"]], ["Basic UDI-DI", D["udi"]], ["EMDN", S["emdn"]],
                    ["Class", D["cls"]], ["First CE certificate", S["first_ce"]],
                    ["Notified Body", NB]]),
         ("h1", "2. INTENDED USE OF THE DEVICE"),
         ("h2", "2.1 Intended purpose"), ("p", D["purpose"]),
         ("h2", "2.2 Indications and target population"), ("ul", D["ind"]), ("p", D["pop"]),
         ("h2", "2.3 Contraindications and limitations"), ("ul", D["contra"]),
         ("h1", "3. DEVICE DESCRIPTION"),
         ("p", D["desc"][0]),
         ("table", [["Model / reference", "Description"]] + [list(m) for m in D["models"]]),
         ("h1", "4. RISKS AND WARNINGS"),
         ("h2", "4.1 Residual risks and undesirable effects"),
         ("table", [["Residual risk / undesirable effect", "Frequency"]]
          + [list(r) for r in S.get("risks", D["risks"])]),
         ("h2", "4.2 Warnings and precautions"), ("ul", D["warn"]),
         ("h2", "4.3 Field safety corrective actions"), ("p", S["fsca"]),
         ("h1", "5. SUMMARY OF CLINICAL EVALUATION AND PMCF"),
         *[("p", x) for x in S["clin"]],
         ("h1", "6. POSSIBLE DIAGNOSTIC OR THERAPEUTIC ALTERNATIVES"), ("p", S["alt"]),
         ("h1", "7. SUGGESTED PROFILE AND TRAINING OF USERS"), ("p", D["users"]),
         ("h1", "8. HARMONISED STANDARDS AND COMMON SPECIFICATIONS"), ("ul", S["standards"]),
         *_extra(D, "sscp"),
         ("h1", "9. REVISION HISTORY"),
         ("table", [["Revision", "Date", "Description", "Validated by NB"],
                    [str(D["docs"]["sscp"][1]), D["dates"]["sscp"], "Issue for MDR certification", "Yes"]]),
         ]
    return f"SUMMARY OF SAFETY AND CLINICAL PERFORMANCE – {D['name']}", b


# ---------------------------------------------------------------- CEAR
def cear(D):
    C = D["cear"]
    docs = [["Document", "Number", "Revision"]]
    for role, lab in [("cep", "Clinical Evaluation Plan"), ("cer", "Clinical Evaluation Report"),
                      ("pmcf", "PMCF Plan"), ("ifu", "Instructions for Use"), ("sscp", "SSCP")]:
        if role in D["docs"]:
            n, r = D["docs"][role]
            docs.append([lab, n, str(C.get("revs", {}).get(role, r))])
    b = [("h1", "A. ADMINISTRATIVE PARTICULARS"),
         ("table", [["Item", "Details"],
                    ["Device name", D["name"]],
                    ["Models", ", ".join(m[0] for m in D["models"])],
                    ["Basic UDI-DI", D["udi"]],
                    ["Manufacturer / SRN", f"{D['mfr']} / {D['srn']}"],
                    ["Risk class and rule", f"Class {D['cls']}, {D['rule']}"],
                    ["Type of assessment", C.get("type", "Initial MDR certification")],
                    ["Notified Body", NB]]),
         ("p", "The documents which have been assessed by the Notified Body are listed here below."),
         ("table", docs),
         ("h1", "B. NOTIFIED BODY REVIEWERS"),
         ("p", f"{REVIEWER[0]} ({REVIEWER[1]}); {REVIEWER2[0]} ({REVIEWER2[1]}, "
               f"{C['expert']})."),
         ("h1", "C. DEVICE DESCRIPTION AND INTENDED PURPOSE"),
         ("p", C.get("desc", D["desc"][0])),
         ("p", "Intended purpose as stated by the Manufacturer: " + D["purpose"]),
         ("p", "Target population: " + D["pop"]),
         ("p", "Indications: " + "; ".join(D["ind"]) + "."),
         ("p", "Contraindications: " + "; ".join(D["contra"]) + "."),
         ("h2", "C.1 Clinical Evaluation Consultation Procedure"),
         ("p", C["cecp"]),
         ("h2", "C.2 State of the art and equivalence"),
         ("p", C["sota"]),
         ("h1", "D. CLINICAL LITERATURE REVIEW"),
         ("p", C["lit"]),
         ("h1", "E. CLINICAL INVESTIGATIONS AND PMCF"),
         ("p", C["pmcf"]),
         *_extra(D, "cear"),
         ("h1", "F. FINDINGS"),
         ("table", [["Finding No.", "Classification (Major/Minor/Observation)", "Description",
                     "Manufacturer response required"]] + [list(f) for f in C["findings"]]),
         ("h1", "G. CONCLUSION"),
         ("p", C["concl"]),
         ("table", [["Reviewer", "Function", "Date"],
                    [REVIEWER[0], REVIEWER[1], D["dates"]["cear"]],
                    [REVIEWER2[0], REVIEWER2[1], D["dates"]["cear"]]]),
         ]
    return f"CLINICAL EVALUATION ASSESSMENT REPORT (MDCG 2020-13) – {D['name']}", b


BUILDERS = {"CEP": cep, "CER": cer, "PMCF-plan": pmcf, "SSCP": sscp, "CEAR": cear}
ROLEKEY = {"CEP": "cep", "CER": "cer", "PMCF-plan": "pmcf", "IFU": "ifu", "SSCP": "sscp", "CEAR": "cear"}


def build_doc(D, role, lang, overrides):
    DD = dict(D)
    nm = D["name"]
    for k, v in {
        "ra": "Mr. Andreas Georgiou",
        "pms": f"The post-market surveillance data collected by the Manufacturer for the period under "
               f"review (complaints, vigilance, trend reports) did not reveal new risks or an increase in "
               f"the frequency of the known side-effects of the {nm}.",
        "br": f"Taking into consideration the clinical benefits which have been demonstrated in the "
              f"bibliography and in the Manufacturer's own data, as well as the nature, probability and "
              f"severity of the residual risks, the benefit-risk ratio of the {nm} is judged favourable "
              f"and acceptable according to the current state of the art, for all indications and "
              f"population groups of the intended purpose.",
        "concl": f"In conclusion, the clinical data which have been appraised in the present report are "
                 f"sufficient in quantity and quality to demonstrate the conformity of the {nm} with the "
                 f"relevant general safety and performance requirements (GSPR 1, 8 and 9 of Annex I), "
                 f"when the device is used according to its intended purpose.",
        "cer_pmcf": "The PMCF activities address the residual uncertainties identified in the present "
                    "report and their results will be incorporated in the next update of the CER.",
    }.items():
        DD.setdefault(k, v)
    DD.update(overrides or {})
    if role == "IFU":
        title, blocks = ifu(DD, lang)
    else:
        title, blocks = BUILDERS[role](DD)
    if role == "CEAR":
        n, rev = DD["docs"].get("cear", (f"NB2998-CEAR-{DD['docs']['cer'][0]}", 1))
    else:
        n, rev = DD["docs"][ROLEKEY[role]]
    if role == "IFU" and lang != "en":
        n = f"{n}-{lang.upper()}"
    running = f"Doc. No. {n} Rev. {rev}"
    return title, blocks, running

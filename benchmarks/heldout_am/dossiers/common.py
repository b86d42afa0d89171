"""Document skeletons in the voice of a (fictional) UK regulatory consultancy using the
MEDDEV 2.7/1 rev. 4 template, and CEARs by a (fictional) French notified-body reviewer.
Every dossier module fills a dict; defects are planted by changing that dict per document."""

NBSP = "\u00a0"
CONSULT = "Wexcombe Regulatory Associates Ltd (Reading, UK)"
NB = "Certalis Santé SAS – Organisme notifié n°" + NBSP + "2871 (Lyon)"

APPRAISAL_KEY = [
    ("D", "Appropriate device: D1 actual device; D2 comparable device; D3 other device"),
    ("A", "Appropriate application: A1 same use; A2 minor deviation; A3 major deviation"),
    ("P", "Appropriate patient group: P1 applicable; P2 limited; P3 different population"),
    ("R", "Acceptable report/data collation: R1 high quality; R2 minor deficiencies; R3 insufficient"),
    ("T", "Data source type: T1 yes (e.g. RCT); T2 no"),
    ("O", "Outcome measures reflect intended performance: O1 yes; O2 no"),
    ("F", "Follow-up long enough: F1 yes; F2 no"),
    ("S", "Statistical significance: S1 provided and significant; S2 not provided / not significant"),
    ("C", "Clinical significance: C1 clinically significant; C2 not clinically significant"),
]


def _g(d, k, default=None):
    v = d.get(k, default)
    return v


def doc_info(d, ref, version, date, kind):
    return ("table", ["Item", "Detail"], [
        ["Document", kind],
        ["Reference / version", ref + " / " + version],
        ["Date of issue", date],
        ["Device", d["name"]],
        ["Basic UDI-DI", d["udi"]],
        ["Manufacturer", d["maker"] + ", " + d["maker_addr"]],
        ["Prepared by", CONSULT + " on behalf of the manufacturer"],
    ], False, None)


def purpose_blocks(d):
    b = [("h2", "Intended purpose"), ("p", d["purpose"]),
         ("h2", "Indications"), ("bul", d["indications"]),
         ("h2", "Target population"), ("p", d["population"]),
         ("h2", "Contraindications"), ("bul", d["contra"]),
         ("h2", "Intended users and use environment"), ("p", d["users"] + " " + d["setting"])]
    return b


# ----------------------------------------------------------------------------- CEP
def cep(d):
    c = d.get("cep", {})
    b = [doc_info(d, c["ref"], c["ver"], c["date"], "Clinical Evaluation Plan (CEP)"),
         ("h1", "1. Purpose of this plan"),
         ("p", "This Clinical Evaluation Plan sets out how we, " + CONSULT + ", will carry out and document the "
          "clinical evaluation of the " + d["name"] + " for " + d["maker"] + ". We follow MDR Annex XIV Part A and "
          "the stage structure of MEDDEV 2.7/1 rev. 4, which we continue to use as our house template. Where "
          "the two differ, the MDR prevails."),
         ("h1", "2. Stage 0 - Scope"),
         ("p", d["description"])]
    b += purpose_blocks(d)
    b += [("h2", "Classification and consultation procedure"), ("p", d["class_text"]), ("p", d["cecp_cep"]),
          ("h1", "3. Clinical benefits and outcome parameters"),
          ("table", ["Clinical benefit", "Outcome parameter", "Acceptance threshold¹"],
           d["benefits"], True,
           "¹ Thresholds derive from the SOTA review in Appendix B of the CER and are re-appraised at each update."),
          ("h1", "4. Benefit-risk acceptability criteria"),
          ("p", "We consider the benefit-risk profile acceptable when all of the following hold:"),
          ("bul", d["acceptance"]),
          ("h1", "5. Stage 1 - Identification of pertinent data (planned)"),
          ("p", "We shall search PubMed/MEDLINE, Embase and the Cochrane Library, and the registries "
           "ClinicalTrials.gov and the ISRCTN registry, plus the MAUDE and MHRA field-safety notice databases. "
           "Searches for the device, for the State of the art (SOTA) and, where relevant, for the equivalent "
           "device are run and reported separately. Favourable and unfavourable data are retained."),
          ("p", "Search terms: " + d["search_terms"]),
          ("h1", "6. Stage 2 - Appraisal method"),
          ("p", "Each data set will be appraised for suitability (D, A, P, R) and contribution (T, O, F, S, C) "
           "using the MEDDEV 2.7/1 rev. 4 Appendix A6 criteria, and weighted accordingly."),
          ("h1", "7. Clinical development plan"),
          ("p", d["cdp"]),
          ("h1", "8. PMCF"),
          ("p", "The PMCF activities are described in " + d["pmcf"]["ref"] + "; they address the residual risks "
           "and open questions listed in section 7 of the CER."),
          ("h1", "9. Approval"),
          ("p", "Prepared: " + d["author"] + ", Principal Consultant. Approved: " + d["approver"] + ", "
           + d["maker"] + ", " + c["date"] + ".")]
    b += c.get("extra", [])
    return b


# ----------------------------------------------------------------------------- CER
def cer(d):
    c = d["cer"]
    ev_rows = [[r[0], r[1], r[2], r[3], r[4]] for r in d["evidence"]]
    b = [doc_info(d, c["ref"], c["ver"], c["date"], "Clinical Evaluation Report (CER)"),
         ("h1", "1. Summary"),
         ("p", c["summary"]),
         ("h1", "2. Stage 0 - Scope"),
         ("h2", "2.1 Device description"), ("p", d["description"])]
    b += c.get("extra_description", [])
    b += purpose_blocks(d)
    b += [("h2", "Classification"), ("p", d["class_text"]),
          ("h2", "Clinical Evaluation Consultation Procedure"), ("p", d["cecp_cer"]),
          ("h2", "Technical data relevant to the clinical evaluation"),
          ("table", ["Parameter", "Value"], d["spec_cer"], True,
           "Source: technical file " + d["tf_ref"] + ", design verification summary."),
          ("h2", "Market history"), ("p", d["market"]),
          ("h1", "3. Clinical background and State of the art (SOTA)")]
    b += [("p", s) for s in d["sota"]]
    b += [("h1", "4. Stage 1 - Identification of pertinent data"),
          ("p", "Our literature searches were run on " + c["search_date"] + " in PubMed/MEDLINE, Embase and "
           "the Cochrane Library (no date limits for SOTA; device-specific searches from " + c["search_from"] +
           "). Search terms: " + d["search_terms"] + "."),
          ("p", c["prisma"]),
          ("p", "Manufacturer-held data comprise: " + d["own_data"]),
          ("p", "Inclusion criteria: clinical data on the device, on the equivalent device where claimed, or on the "
           "same clinical condition and alternative treatments (SOTA); any study design; English, French or German "
           "language. Exclusion criteria: animal and bench studies, single case reports without safety signal, "
           "duplicate publication of the same cohort, conference abstracts without full text."),
          ("p", "Two reviewers screened titles and abstracts independently; disagreements were resolved by the "
           "clinical evaluator. Full texts were obtained for all retained records; abstracts alone were not appraised."),
          ("h2", "4.1 Equivalence"), ("p", d["equivalence"]),
          ("h1", "5. Stage 2 - Appraisal"),
          ("p", "Each data set was appraised against the criteria of MEDDEV 2.7/1 rev. 4 Appendix A6. The codes "
           "used in Table 5-1 are:"),
          ("bul", [k[1] for k in APPRAISAL_KEY]),
          ("table", ["Data set", "Design", "n", "Follow-up", "Appraisal²"], ev_rows, c.get("ruled_ev", True),
           "² Suitability codes D/A/P/R, contribution codes T/O/F/S/C. Pivotal data sets are marked with an asterisk."),
          ("p", "Table 5-1 – Appraised clinical data sets (full appraisal sheets in Appendix C).")]
    b += [("h1", "6. Stage 3 - Analysis"), ("h2", "6.1 Clinical performance")]
    b += [("p", s) for s in d["performance"]]
    b += [("h2", "6.2 Clinical safety")]
    b += [("p", s) for s in d["safety"]]
    b += [("h2", "6.3 Claims"), ("bul", d["claims"]),
          ("h2", "6.4 Benefit-risk acceptability"), ("p", d["benefit_risk"]),
          ("h1", "7. Residual risks and open questions"), ("bul", d["residual"]),
          ("p", "Each item above is addressed by a PMCF objective in " + d["pmcf"]["ref"] + "."),
          ("h1", "8. Review of information materials and risk management"),
          ("p", "We compared the IFU (all language versions supplied to us), the label and the risk management file "
           + d["tf_ref"] + "/RMF against the clinical data. Our review covered the intended purpose, indications, "
           "contraindications, target population, warnings, residual risks and the claims listed in section 6.3."),
          ("p", "Our method: each statement of the information materials was traced to a clinical data set or to a "
           "risk control in the risk management file; statements we could not trace were returned to the manufacturer "
           "for correction or removal before sign-off. The hazard list was cross-checked against the adverse events "
           "reported in the appraised data sets and in the MAUDE and MHRA databases for similar devices."),
          ("p", "Usability: the summative usability evaluation report (IEC 62366-1) was read by the clinical evaluator; "
           "we consider that the intended users can use the device safely with the training described in the IFU."),
          ("h2", "8.1 Documents reviewed"),
          ("table", ["Document", "Reference"], [["Risk management file", d["tf_ref"] + "/RMF"],
                                                 ["Usability engineering file", d["tf_ref"] + "/UEF"],
                                                 ["PMS plan", d["tf_ref"] + "/PMS"],
                                                 ["PMCF plan", d["pmcf"]["ref"]],
                                                 ["Clinical evaluation plan", d["cep"]["ref"]]], False, None),
          ("h1", "9. Conclusions"), ("p", c["conclusion"]),
          ("p", "Our conclusion rests on the data appraised in section 5 and on the analysis of section 6; it will be "
           "re-examined when the PMCF evaluation report becomes available."),
          ("h1", "10. Next update"),
          ("p", c.get("next", "We shall update this report annually, or earlier if PMS or PMCF data change the "
           "benefit-risk assessment (MEDDEV 2.7/1 rev. 4, section 6.2.3).")),
          ("h1", "11. Evaluators"),
          ("p", d["author"] + " (BSc, PhD; 14 years in clinical evaluation) and " + d["clin_eval"] +
           ". CVs and declarations of interest are held in Appendix D. Signed " + c["date"] + "."),
          ("h1", "References")]
    b += [("small", r) for r in d["references"]]
    return b


# ----------------------------------------------------------------------------- PMCF
def pmcf(d):
    p = d["pmcf"]
    b = [doc_info(d, p["ref"], p["ver"], p["date"], "Post-Market Clinical Follow-up (PMCF) Plan"),
         ("h1", "1. Scope"),
         ("p", "This plan follows MDR Annex XIV Part B and the MDCG 2020-7 template. It covers the " + d["name"] +
          " (Basic UDI-DI " + d["udi"] + ")."),
         ("h1", "2. General PMCF activities"),
         ("bul", p.get("general", ["Review of complaints, vigilance reports and field safety notices (quarterly).",
                                   "Annual screening of the literature with the CER search strategy."])),
         ("h1", "3. Specific PMCF activity"),
         ("table", ["Element", "Description"], [
             ["Title", p["title"]],
             ["Design", p["design"]],
             ["Setting", p["setting"]],
             ["Population", p["population"]],
             ["Sample size", p["sample"]],
             ["Primary endpoint", p["primary"]],
             ["Secondary endpoints", p["secondary"]],
             ["Duration / timeline", p["timeline"]],
         ], p.get("ruled", True), None),
         ("h1", "4. Objectives and link to residual risks"),
         ("table", ["Objective", "Residual risk / open question (CER section 7)"], p["objectives"], True, None),
         ("h1", "5. Evaluation and reporting"),
         ("p", "Results are analysed in an annual PMCF evaluation report (MDCG 2020-8 template) and fed into the "
          "CER update and, where applicable, the SSCP and the PSUR.")]
    b += p.get("extra", [])
    return b


# ----------------------------------------------------------------------------- IFU (EN)
def ifu_en(d):
    i = d["ifu_en"]
    b = [("p", i.get("intro", "Read these instructions completely before using the " + d["short"] + ". Keep them for future reference.")),
         ("h1", "1. Intended purpose"), ("p", i.get("purpose", d["purpose"])),
         ("h1", "2. Indications"), ("bul", i.get("indications", d["indications"])),
         ("h1", "3. Patient population"), ("p", i.get("population", d["population"])),
         ("h1", "4. Contraindications"), ("bul", i.get("contra", d["contra"])),
         ("h1", "5. Users and environment"), ("p", i.get("users", d["users"] + " " + d["setting"])),
         ("h1", "6. Warnings and precautions"), ("bul", i["warnings"]),
         ("h1", "7. Instructions")]
    b += [("p", s) for s in i["steps"]]
    b += [("h1", "8. Technical data"),
          ("table", ["Parameter", "Value"], i.get("spec", d["spec_cer"]), i.get("ruled", True), None),
          ("h1", "9. Manufacturer"),
          ("p", d["maker"] + ", " + d["maker_addr"] + ". Basic UDI-DI: " + d["udi"] + ". " + i.get("rev", "Revision 03, issued 3rd March 2025."))]
    b += i.get("extra", [])
    return b


# ----------------------------------------------------------------------------- IFU (other languages)
LANG = {
    "fr": ["Finalité prévue", "Indications", "Population de patients", "Contre-indications",
           "Utilisateurs et environnement", "Mises en garde et précautions", "Caractéristiques techniques",
           "Fabricant", "Paramètre", "Valeur", "Notice d'utilisation"],
    "de": ["Zweckbestimmung", "Indikationen", "Patientenpopulation", "Kontraindikationen",
           "Anwender und Umgebung", "Warnhinweise und Vorsichtsmaßnahmen", "Technische Daten",
           "Hersteller", "Parameter", "Wert", "Gebrauchsanweisung"],
    "nl": ["Beoogd doel", "Indicaties", "Patiëntenpopulatie", "Contra-indicaties",
           "Gebruikers en omgeving", "Waarschuwingen en voorzorgsmaatregelen", "Technische gegevens",
           "Fabrikant", "Parameter", "Waarde", "Gebruiksaanwijzing"],
    "da": ["Tilsigtet formål", "Indikationer", "Patientpopulation", "Kontraindikationer",
           "Brugere og omgivelser", "Advarsler og forholdsregler", "Tekniske data",
           "Fabrikant", "Parameter", "Værdi", "Brugsanvisning"],
    "sv": ["Avsett ändamål", "Indikationer", "Patientpopulation", "Kontraindikationer",
           "Användare och miljö", "Varningar och försiktighetsåtgärder", "Tekniska data",
           "Tillverkare", "Parameter", "Värde", "Bruksanvisning"],
    "fi": ["Käyttötarkoitus", "Käyttöaiheet", "Potilasryhmä", "Vasta-aiheet",
           "Käyttäjät ja käyttöympäristö", "Varoitukset ja varotoimet", "Tekniset tiedot",
           "Valmistaja", "Parametri", "Arvo", "Käyttöohje"],
    "et": ["Sihtotstarve", "Näidustused", "Patsientide rühm", "Vastunäidustused",
           "Kasutajad ja keskkond", "Hoiatused ja ettevaatusabinõud", "Tehnilised andmed",
           "Tootja", "Parameeter", "Väärtus", "Kasutusjuhend"],
    "mt": ["Skop maħsub", "Indikazzjonijiet", "Popolazzjoni tal-pazjenti", "Kontraindikazzjonijiet",
           "Utenti u ambjent", "Twissijiet u prekawzjonijiet", "Data teknika",
           "Manifattur", "Parametru", "Valur", "Struzzjonijiet għall-użu"],
    "el": ["Προβλεπόμενος σκοπός", "Ενδείξεις", "Πληθυσμός ασθενών", "Αντενδείξεις",
           "Χρήστες και περιβάλλον", "Προειδοποιήσεις και προφυλάξεις", "Τεχνικά χαρακτηριστικά",
           "Κατασκευαστής", "Παράμετρος", "Τιμή", "Οδηγίες χρήσης"],
    "pt": ["Finalidade prevista", "Indicações", "População de doentes", "Contraindicações",
           "Utilizadores e ambiente", "Advertências e precauções", "Dados técnicos",
           "Fabricante", "Parâmetro", "Valor", "Instruções de utilização"],
}


def ifu_xx(d, lang, t):
    h = LANG[lang]
    b = [("h1", "1. " + h[0]), ("p", t["purpose"]),
         ("h1", "2. " + h[1]), ("bul", t["indications"]),
         ("h1", "3. " + h[2]), ("p", t["population"]),
         ("h1", "4. " + h[3]), ("bul", t["contra"]),
         ("h1", "5. " + h[4]), ("p", t["users"]),
         ("h1", "6. " + h[5]), ("bul", t["warnings"]),
         ("h1", "7. " + h[6]),
         ("table", [h[8], h[9]], t["spec"], t.get("ruled", True), None),
         ("h1", "8. " + h[7]),
         ("p", d["maker"] + ", " + d["maker_addr"] + ". Basic UDI-DI: " + d["udi"] + ".")]
    b += t.get("extra", [])
    return b


def ifu_title(d, lang):
    if lang == "en":
        return d["short"] + " – Instructions for use"
    return d["short"] + " – " + LANG[lang][10]


# ----------------------------------------------------------------------------- SSCP
def sscp(d):
    s = d["sscp"]
    b = [doc_info(d, s["ref"], s["ver"], s["date"], "Summary of Safety and Clinical Performance (SSCP)"),
         ("p", "This summary follows MDCG 2019-9 Rev.1. Part A is intended for healthcare professionals; a "
          "patient part follows."),
         ("h1", "1. Device identification"),
         ("p", "Trade name: " + s.get("name", d["name"]) + ". Basic UDI-DI: " + s.get("udi", d["udi"]) + ". Class: " + d["cls"] + "."),
         ("h1", "2. Intended purpose, indications, contraindications and target population"),
         ("p", s.get("purpose", d["purpose"])), ("bul", s.get("indications", d["indications"])),
         ("p", s.get("population", d["population"])),
         ("p", "Contraindications: " + "; ".join(s.get("contra", d["contra"])) + "."),
         ("h1", "3. Device description"), ("p", d["description"]),
         ("table", ["Parameter", "Value"], s.get("spec", d["spec_cer"]), True, None),
         ("h1", "4. Residual risks and undesirable side-effects"), ("bul", d["residual"]),
         ("h1", "5. Summary of clinical evaluation and PMCF"), ("p", s["clinical"]),
         ("h1", "6. Possible diagnostic or therapeutic alternatives"), ("p", s["alternatives"]),
         ("h1", "7. Suggested profile and training for users"), ("p", d["users"]),
         ("h1", "Part B – Summary for patients"), ("p", s["patient"])]
    return b


# ----------------------------------------------------------------------------- CEAR
def cear(d):
    a = d["cear"]
    b = [("table", ["Rubrique", "Détail"], [
            ["Organisme notifié", NB],
            ["Référence du rapport", a["ref"]],
            ["Date", a["date"]],
            ["Dispositif / Device", a.get("name", d["name"])],
            ["Basic UDI-DI", a.get("udi", d["udi"])],
            ["Fabricant", d["maker"]],
            ["Classe", d["cls"] + " – " + a.get("rule", d["rule"])],
            ["Type of assessment", a["type"]],
         ], True, None),
         ("h1", "Section A – Administrative particulars"),
         ("p", "Documents assessed" + NBSP + ": CEP " + d["cep"]["ref"] + " " + d["cep"]["ver"] + ", CER " + d["cer"]["ref"] +
          " " + d["cer"]["ver"] + " (dated " + a["cer_date"] + "), PMCF plan " + d["pmcf"]["ref"] + " " + d["pmcf"]["ver"] +
          ", IFU in the languages listed in the technical documentation" + a.get("docs_extra", "") + "."),
         ("p", "The CER is dated and signed. The CVs of the evaluators were checked" + NBSP + ": we remark that they cover "
          "research methodology, regulatory affairs and the clinical field."),
         ("h1", "Section B – NB reviewers"),
         ("p", a["reviewer"] + " (clinical reviewer) and " + a["reviewer2"] + " (product specialist)."),
         ("h1", "Section C – Device description and intended purpose"),
         ("p", a.get("purpose", d["purpose"])),
         ("p", "Population" + NBSP + ": " + a.get("population", d["population"]))]
    b += [("p", s) for s in a.get("c_extra", [])]
    b += [("p", "State of the art" + NBSP + ": " + a["sota"]),
          ("h1", "Section D – Clinical literature review"), ("p", a["lit"]),
          ("h1", "Section E – Clinical investigations"), ("p", a["ci"]),
          ("h1", "Section F – PMS, PMCF"), ("p", a["pmcf"]),
          ("h1", "Section G – IFU, SSCP, labelling"), ("p", a["ifu"]),
          ("h1", "Section H – Summary and conclusions"), ("p", a["summary"])]
    if a.get("ncs"):
        b += [("table", ["N°", "Constat", "Statut"], a["ncs"], a.get("ruled_nc", False), None)]
    b += [("h1", "Section I – Clinical evaluation consultation procedure (Art. 54)"), ("p", a["cecp"]),
          ("h1", "Conclusion"), ("p", a["conclusion"]),
          ("p", "Fait à Lyon, le " + a["date"] + " – " + a["reviewer"] + ".")]
    return b

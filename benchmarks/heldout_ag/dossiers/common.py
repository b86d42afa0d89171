"""Document builders shared by the ag dossiers. Each dossier module gives a facts dict F;
per-document overrides live in F["over"][key] (key = "CEP", "CER", "PMCF", "SSCP", "CEAR",
"IFU-en", "IFU-fr", ...) and extra paragraphs in F["extra"][key] = [(section_tag, text)]."""
import copy


def ind(n):
    """Indian digit grouping: 125000 -> 1,25,000."""
    s = str(int(n))
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


def view(F, key):
    f = copy.deepcopy(F)
    for k, v in F.get("over", {}).get(key, {}).items():
        f[k] = v
    f["_extra"] = F.get("extra", {}).get(key, [])
    return f


def _x(f, tag):
    return [("p", t) for (s, t) in f["_extra"] if s == tag]


def header_table(f, code, rev, date, title):
    return ("table", "Table-1: Document control", [
        ["Item", "Details"],
        ["Document", f"{title}, {code} Rev. {rev}"],
        ["Date of issue", date],
        ["Device", f"{f['trade']} ({f['generic']})"],
        ["Basic UDI-DI", f["udi"]],
        ["Manufacturer", f"{f['mfr']}, {f['mfr_addr']}"],
        ["SRN", f["srn"]],
    ], True)


def classification_text(f):
    if f["cecp"]:
        s = (f"The Device is classified as Class {f['cls']} as per {f['rule']} of Annex VIII of "
             f"Regulation (EU) 2017/745. {f['cecp_why']} Hence the clinical evaluation consultation "
             f"procedure as per Article 54(1) is applicable and the same shall be initiated by the "
             f"Notified Body; none of the exemptions of Article 54(2) is claimed.")
    else:
        s = (f"The Device is classified as Class {f['cls']} as per {f['rule']} of Annex VIII of "
             f"Regulation (EU) 2017/745. {f['cecp_why']} Hence the clinical evaluation consultation "
             f"procedure as per Article 54 is not applicable to the Device.")
    return f.get("scope_text_mfr") or s


def cep(F):
    f = view(F, "CEP")
    d = f["docs"]["CEP"]
    b = [("title", f"Clinical Evaluation Plan – {f['trade']}"),
         ("p", f"Document No. {d['code']} Rev. {d['rev']}, dated {d['date']}. Prepared by the Regulatory "
               f"Affairs & Clinical cell of {f['mfr']}; kindly refer Table-1 for document control."),
         header_table(f, d["code"], d["rev"], d["date"], "Clinical Evaluation Plan"),
         ("h1", "Sec. 1 Scope of this plan"),
         ("p", f"This plan lays down the methodology as per Annex XIV Part A, Section 1(a) of Regulation (EU) "
               f"2017/745 and MEDDEV 2.7/1 Rev. 4 (as far as not in contradiction with the MDR) for the "
               f"clinical evaluation of the {f['trade']}, i.e. {f['generic']}, manufactured at "
               f"{f['site']}. The plan covers all models and sizes listed in Sec. 2, viz. "
               f"{', '.join(m for m, _ in f['models'])}."),
         ("h1", "Sec. 2 Device description and classification"),
         ("p", f["description"][0]),
         ("table", "Table-2: Models covered by this plan", [["Model / REF", "Description"]] + [list(m) for m in f["models"]], True),
         ("p", classification_text(f)),
         ("h1", "Sec. 3 Intended purpose and target groups"),
         ("h2", "3.1) Intended purpose"), ("p", f["purpose"]),
         ("h2", "3.2) Intended patient population"), ("p", f["population"]),
         ("h2", "3.3) Indications"), ("bullets", f["indications"]),
         ("h2", "3.4) Contraindications"), ("bullets", f["contraindications"]),
         ("h2", "3.5) Intended users and use environment"), ("p", f["users"]),
         ] + _x(f, "purpose") + [
         ("h1", "Sec. 4 Clinical benefits and outcome parameters"),
         ("p", "The intended clinical benefits of the Device and the specific, measurable outcome parameters "
               "by which the same shall be demonstrated are given in Table-3."),
         ("table", "Table-3: Clinical benefits and outcome parameters",
          [["No.", "Clinical benefit", "Outcome parameter"]] +
          [[f"CB-{i+1}", bb, op] for i, (bb, op, _) in enumerate(f["benefits"])], True),
         ("h1", "Sec. 5 Safety parameters and benefit-risk acceptance criteria"),
         ("p", "Acceptance criteria have been derived from the state of the art (Sec. 6) and shall be applied "
               "as per below:"),
         ("bullets", f["acceptance"]),
         ] + _x(f, "acceptance") + [
         ("h1", "Sec. 6 State of the art and similar devices"),
         ("p", f["sota"][0]),
         ("h1", "Sec. 7 Literature search protocol"),
         ("p", "(a) Databases: PubMed/MEDLINE, Embase, Cochrane Library and the ClinicalTrials.gov register, "
               "searched from 01-01-2010 upto the date of search; (b) separate searches shall be run for the "
               "Device, for similar devices and for the state of the art; (c) PICO-based inclusion and "
               "exclusion criteria, de-duplication and a PRISMA flow shall be documented; (d) favourable as "
               "well as unfavourable data shall be retained."),
         ("p", "Appraisal shall be done as per the suitability and data contribution criteria of MEDDEV "
               "2.7/1 Rev. 4 Appendix A6, i.e. device (D1-D3), application (A1-A3), patient (P1-P3), "
               "report (R1-R3); contribution criteria on design, outcome, follow-up, statistics and clinical "
               "significance."),
         ("h1", "Sec. 8 Clinical development plan"),
         ("p", f["dev_plan"]),
         ] + _x(f, "devplan") + [
         ("h1", "Sec. 9 Approval"),
         ("p", f"Prepared by: {f['author']}. Reviewed by: {f['reviewer_mfr']}. Approved by: Head – Regulatory "
               f"Affairs, {f['mfr']}. NB: this plan shall be updated w.e.f. any change in intended purpose."),
         ]
    return b


def cer(F):
    f = view(F, "CER")
    d = f["docs"]["CER"]
    studies = [["Ref.", "Design", "N (Pts.)", "Population", "Follow-up", "Key outcomes"]] + \
              [[s["ref"], s["design"], s["n"], s["pop"], s["fu"], s["out"]] for s in f["studies"]]
    b = [("title", f"Clinical Evaluation Report – {f['trade']}"),
         ("p", f"Document No. {d['code']} Rev. {d['rev']}, dated {d['date']}. This report is prepared as per "
               f"the Clinical Evaluation Plan {f['docs']['CEP']['code']} Rev. {f['docs']['CEP']['rev']} and "
               f"Article 61 and Annex XIV of Regulation (EU) 2017/745."),
         header_table(f, d["code"], d["rev"], d["date"], "Clinical Evaluation Report"),
         ("h1", "Sec. 1 Executive summary"),
         ("p", f["summary"]),
         ("h1", "Sec. 2 Scope of the clinical evaluation"),
         ("p", f"The evaluation covers the {f['trade']} in all configurations mentioned in Table-2, for the "
               f"intended purpose stated in Sec. 4. It is the {f['eval_type']}."),
         ("h1", "Sec. 3 Device description"),
         ] + [("p", t) for t in f["description"]] + [
         ("table", "Table-2: Models and variants", [["Model / REF", "Description"]] + [list(m) for m in f["models"]], True),
         ("h2", "3.1) Classification and applicability of Article 54"),
         ("p", classification_text(f)),
         ] + _x(f, "description") + [
         ("h1", "Sec. 4 Intended purpose"),
         ("h2", "4.1) Intended purpose"), ("p", f["purpose"]),
         ("h2", "4.2) Indications"), ("bullets", f["indications"]),
         ("h2", "4.3) Contraindications"), ("bullets", f["contraindications"]),
         ("h2", "4.4) Target population"), ("p", f["population"]),
         ("h2", "4.5) Intended users and environment"), ("p", f["users"]),
         ] + _x(f, "purpose") + [
         ("h1", "Sec. 5 State of the art"),
         ] + [("p", t) for t in f["sota"]] + _x(f, "sota") + [
         ("h1", "Sec. 6 Clinical data"),
         ("h2", "6.1) Literature search and appraisal"),
         ("p", f"The searches were run as per Sec. 7 of the CEP on {f['search_date']} in PubMed/MEDLINE, Embase "
               f"and the Cochrane Library. {f['search_stats']} Full text of all the included articles was "
               f"appraised by two reviewers independently, and disagreements were resolved by a third "
               f"reviewer, i.e. the clinical expert."),
         ("h2", "6.2) Clinical data on the Device"),
         ("table", "Table-4: Summary of clinical data pertaining to the Device", studies, True),
         ] + [("p", t) for t in f["clinical_prose"]] + _x(f, "clinical") + [
         ("h2", "6.3) Appraisal and weighting of the clinical data"),
         ("p", "Each data set was appraised for suitability (device, application, Patient group, report quality) and "
               "contribution (design, outcome measures, follow-up, statistical significance, clinical significance) as "
               "per MEDDEV 2.7/1 Rev. 4 Appendix A6; the outcome is given in Table-4A. Data sets graded D1/A1/P1 with "
               "adequate design were treated as pivotal, others as supportive."),
         ("table", "Table-4A: Appraisal of the clinical data on the Device",
          [["Ref.", "Suitability", "Contribution", "Weight"]] +
          [[s["ref"], "D1, A1, P1, R1" if i == 0 else "D1, A1, P1, R2", "Design, outcomes and follow-up adequate" if i == 0 else "Supportive data; limitations discussed", "Pivotal" if i == 0 else "Supportive"]
           for i, s in enumerate(f["studies"])], True),
         ("h2", "6.4) Outcome parameters as defined in the CEP"),
         ("table", "Table-5: Results against outcome parameters of the CEP",
          [["No.", "Outcome parameter", "Result from clinical data"]] +
          [[f"CB-{i+1}", op, res] for i, (bb, op, res) in enumerate(f["benefits"]) if res], True),
         ("p", "Note:- The results in Table-5 are derived from the data sets summarised in Table-4 and appraised in "
               "Table-4A; kindly refer Sec. 12 for the full references of the same."),
         ("h1", "Sec. 7 Safety"),
         ("p", f["pms"]),
         ("p", "Residual risks and undesirable side-effects identified from the risk management file and "
               "the clinical data, which are disclosed in the IFU, are as follows:"),
         ("bullets", f["side_effects"]),
         ] + _x(f, "safety") + [
         ("h1", "Sec. 8 Benefit-risk determination"),
         ("p", f["benefit_risk"]),
         ] + _x(f, "benefitrisk") + [
         ("h1", "Sec. 9 Post-market clinical follow-up"),
         ("p", f"The open questions and residual risks mentioned above shall be addressed through the PMCF "
               f"plan {f['docs']['PMCF']['code']} Rev. {f['docs']['PMCF']['rev']}; kindly refer the same for "
               f"design, sample size and timelines."),
         ("h1", "Sec. 10 Conclusions"),
         ("p", f["conclusion"]),
         ("h2", "10.1) Conformity with the relevant general safety and performance requirements"),
         ("table", "Table-6: GSPR addressed by the clinical evaluation", [["GSPR", "Requirement (in short)", "Reference in this CER"],
          ["1", "Achieve the intended performance, safe and effective", "Sec. 6 and Sec. 7"],
          ["6", "Characteristics and performance not adversely affected during the lifetime", "Sec. 7 and Sec. 9"],
          ["8", "Known and foreseeable risks minimised and acceptable against the benefits", "Sec. 8"]], True),
         ("h1", "Sec. 11 Qualification of the evaluators"),
         ("p", f"{f['author']} – {f['author_cv']}. {f['reviewer_mfr']} – independent clinical reviewer. "
               f"Declarations of interest are on file."),
         ("h1", "Sec. 12 References"),
         ("bullets", f["references"]),
         ("h1", "Sec. 13 Abbreviations"),
         ("p", "CEP – clinical evaluation plan; CER – clinical evaluation report; GSPR – general safety and performance "
               "requirements; IFU – instructions for use; MDR – Regulation (EU) 2017/745; PMCF – post-market clinical "
               "follow-up; PMS – post-market surveillance; Pt./Pts. – Patient/Patients; SOTA – state of the art."),
         ]
    return b


def pmcf(F):
    f = view(F, "PMCF")
    d = f["docs"]["PMCF"]
    p = f["pmcf"]
    b = [("title", f"Post-Market Clinical Follow-up Plan – {f['trade']}"),
         ("p", f"Document No. {d['code']} Rev. {d['rev']}, dated {d['date']}; as per Annex XIV Part B of "
               f"Regulation (EU) 2017/745 and MDCG 2020-7."),
         header_table(f, d["code"], d["rev"], d["date"], "PMCF Plan"),
         ("h1", "Sec. 1 Device and intended purpose"),
         ("p", f"{f['trade']} ({', '.join(m for m, _ in f['models'])}). {f['purpose']}"),
         ("h1", "Sec. 2 General PMCF activities"),
         ("p", p.get("general", "(a) Systematic collection of complaints, vigilance and trend data as per the PMS plan; "
               "(b) screening of scientific literature every six months; (c) review of registries and of "
               "feedback from users at key sites.")),
         ("h1", "Sec. 3 Specific PMCF objectives"),
         ("table", "Table-2: Specific objectives", [["No.", "Objective", "Linked residual risk / open question"]] +
          [[f"OBJ-{i+1}", o, r] for i, (o, r) in enumerate(p["objectives"])], True),
         ("h1", "Sec. 4 Study design"),
         ("p", p["design"]),
         ("h2", "4.1) Study population and setting"),
         ("p", p["population"]),
         ("h2", "4.2) Sample size"),
         ("p", p["sample"]),
         ("h2", "4.3) Endpoints"),
         ("bullets", p["endpoints"]),
         ] + _x(f, "design") + [
         ("h1", "Sec. 5 Timeline"),
         ("table", "Table-3: Milestones", [["Milestone", "Target date"]] + [list(r) for r in p["timeline"]], True),
         ("h1", "Sec. 6 Evaluation and reporting"),
         ("p", "The PMCF evaluation report shall be prepared annually and the results shall be fed into the CER, "
               "the risk management file and, where applicable, the SSCP and the PSUR."),
         ]
    return b


HEAD = {
    "en": ["Instructions for Use", "Intended purpose", "Indications", "Contraindications", "Intended patient population",
           "Intended users and use environment", "Warnings and precautions", "Undesirable side-effects and residual risks",
           "Technical data", "Instructions", "Manufacturer", "Parameter", "Value"],
    "fr": ["Mode d'emploi", "Destination", "Indications", "Contre-indications", "Population de patients visée",
           "Utilisateurs et environnement prévus", "Avertissements et précautions", "Effets secondaires indésirables et risques résiduels",
           "Caractéristiques techniques", "Utilisation", "Fabricant", "Paramètre", "Valeur"],
    "de": ["Gebrauchsanweisung", "Zweckbestimmung", "Indikationen", "Kontraindikationen", "Vorgesehene Patientenpopulation",
           "Vorgesehene Anwender und Einsatzumgebung", "Warnhinweise und Vorsichtsmaßnahmen", "Unerwünschte Nebenwirkungen und Restrisiken",
           "Technische Daten", "Anwendung", "Hersteller", "Parameter", "Wert"],
    "es": ["Instrucciones de uso", "Finalidad prevista", "Indicaciones", "Contraindicaciones", "Población de pacientes prevista",
           "Usuarios y entorno de uso previstos", "Advertencias y precauciones", "Efectos secundarios indeseables y riesgos residuales",
           "Datos técnicos", "Modo de empleo", "Fabricante", "Parámetro", "Valor"],
    "it": ["Istruzioni per l'uso", "Destinazione d'uso", "Indicazioni", "Controindicazioni", "Popolazione di pazienti prevista",
           "Utilizzatori e ambiente d'uso previsti", "Avvertenze e precauzioni", "Effetti collaterali indesiderati e rischi residui",
           "Dati tecnici", "Modalità d'uso", "Fabbricante", "Parametro", "Valore"],
    "nl": ["Gebruiksaanwijzing", "Beoogd doel", "Indicaties", "Contra-indicaties", "Beoogde patiëntenpopulatie",
           "Beoogde gebruikers en gebruiksomgeving", "Waarschuwingen en voorzorgsmaatregelen", "Ongewenste bijwerkingen en restrisico's",
           "Technische gegevens", "Gebruik", "Fabrikant", "Parameter", "Waarde"],
    "pt": ["Instruções de utilização", "Finalidade prevista", "Indicações", "Contraindicações", "População de doentes prevista",
           "Utilizadores e ambiente de utilização previstos", "Advertências e precauções", "Efeitos secundários indesejáveis e riscos residuais",
           "Dados técnicos", "Modo de utilização", "Fabricante", "Parâmetro", "Valor"],
    "pl": ["Instrukcja używania", "Przewidziane zastosowanie", "Wskazania", "Przeciwwskazania", "Docelowa populacja pacjentów",
           "Przewidziani użytkownicy i środowisko użytkowania", "Ostrzeżenia i środki ostrożności", "Niepożądane skutki uboczne i ryzyka resztkowe",
           "Dane techniczne", "Sposób użycia", "Producent", "Parametr", "Wartość"],
}


def ifu(F, lang):
    key = "IFU-" + lang
    f = view(F, key)
    H = HEAD[lang]
    if lang == "en":
        t = dict(purpose=f["purpose"], ind=f["indications"], contra=f["contraindications"], pop=f["population"],
                 users=f["users"], warn=f["warnings"], side=f["side_effects"], tech=f["tech"], steps=f["steps"])
    else:
        t = copy.deepcopy(F["tr"][lang])
        for k, v in F.get("over", {}).get(key, {}).items():
            t[k] = v
    d = f["docs"]["IFU-" + lang]
    ruled = not f.get("ifu_unruled", False)
    b = [("title", f"{f['trade']} – {H[0]}"),
         ("p", f"{d['code']} Rev. {d['rev']} ({d['date']}) – {', '.join(m for m, _ in f['models'])} – Basic UDI-DI {f['udi']}"),
         ("h1", "1. " + H[1]), ("p", t["purpose"]),
         ("h1", "2. " + H[2]), ("bullets", t["ind"]),
         ("h1", "3. " + H[3]), ("bullets", t["contra"]),
         ("h1", "4. " + H[4]), ("p", t["pop"]),
         ("h1", "5. " + H[5]), ("p", t["users"]),
         ("h1", "6. " + H[6]), ("bullets", t["warn"]),
         ("h1", "7. " + H[7]), ("bullets", t["side"]),
         ("h1", "8. " + H[8]),
         ("table", f"{H[8]}", [[H[11], H[12]]] + [list(r) for r in t["tech"]], ruled),
         ("h1", "9. " + H[9]), ("bullets", t["steps"]),
         ] + _x(f, "end") + [
         ("h1", "10. " + H[10]),
         ("p", f"{f['mfr']}, {f['mfr_addr']}. SRN {f['srn']}. EU REP: {f['ear']}. CE {f['nb_no']}."),
         ]
    return b


def sscp(F):
    f = view(F, "SSCP")
    d = f["docs"]["SSCP"]
    b = [("title", f"Summary of Safety and Clinical Performance – {f['trade']}"),
         ("p", f"Document No. {d['code']} Rev. {d['rev']}, dated {d['date']}. This SSCP is prepared as per Article 32 "
               f"of Regulation (EU) 2017/745 and MDCG 2019-9 Rev. 1. Part A is intended for users/healthcare "
               f"professionals."),
         ("h1", "Sec. 1 Device identification and general information"),
         ("table", "Table-1: Identification", [["Item", "Details"],
          ["Device trade name", f["trade"]], ["Basic UDI-DI", f["udi"]],
          ["Manufacturer and SRN", f"{f['mfr']}, {f['srn']}"],
          ["Class", f"Class {f['cls']} ({f['rule']})"],
          ["Notified Body", f"{f['nb']} ({f['nb_no']})"],
          ["Year of first CE certificate", f["first_ce"]]], True),
         ("h1", "Sec. 2 Intended use of the device"),
         ("h2", "2.1) Intended purpose"), ("p", f["purpose"]),
         ("h2", "2.2) Indications and target population"), ("bullets", f["indications"]), ("p", f["population"]),
         ("h2", "2.3) Contraindications"), ("bullets", f["contraindications"]),
         ("h1", "Sec. 3 Device description"), ("p", f["description"][0]),
         ("h1", "Sec. 4 Risks and warnings"),
         ("h2", "4.1) Residual risks and undesirable side-effects"), ("bullets", f["side_effects"]),
         ("h2", "4.2) Warnings and precautions"), ("bullets", f["warnings"][:4]),
         ] + _x(f, "risks") + [
         ("h1", "Sec. 5 Summary of clinical evaluation and PMCF"),
         ("p", f["summary"]),
         ("h1", "Sec. 6 Possible diagnostic or therapeutic alternatives"),
         ("p", f["sota"][0]),
         ("h1", "Sec. 7 Suggested profile and training for users"),
         ("p", f["users"]),
         ("h1", "Sec. 8 Revision history"),
         ("table", "Table-2: Revision history", [["Rev.", "Date", "Change", "Validated by NB"]] +
          [[d["rev"], d["date"], "First issue as per MDR", "Yes"]], True),
         ]
    return b


def cear(F):
    f = view(F, "CEAR")
    d = f["docs"]["CEAR"]
    c = f["cear"]
    docs_rows = [["Document", "Reference", "Revision"]]
    for role in ["CEP", "CER", "PMCF", "SSCP"]:
        if role in f["docs"]:
            x = f["docs"][role]
            docs_rows.append([role if role != "PMCF" else "PMCF plan", x["code"], x.get("cear_rev", x["rev"])])
    langs = [k[4:] for k in f["docs"] if k.startswith("IFU-")]
    docs_rows.append(["IFU", f["docs"]["IFU-en"]["code"], f"{f['docs']['IFU-en']['rev']} (" + ", ".join(langs) + ")"])
    if f["cecp"]:
        scope = c.get("scope", f"The device is class {f['cls']}. {c['scope_why']} The CECP under Article 54(1) applies. "
                     f"No exemption under Article 54(2) applies: this is an initial certification under the MDR. "
                     f"This CEAR is sent with the CER, CEP and PMCF plan to the Commission for the expert panel.")
    else:
        scope = c.get("scope", f"The device is class {f['cls']}. {c['scope_why']} The CECP under Article 54 does not apply.")
    b = [("title", "Clinical Evaluation Assessment Report"),
         ("p", f"{f['nb']}, Notified Body {f['nb_no']}. CEAR No. {d['code']}, version {d['rev']}, {d['date']}. "
               f"Template: MDCG 2020-13."),
         ("h1", "A. Administrative particulars"),
         ("table", "Table A: Particulars", [["Item", "Entry"],
          ["Manufacturer", f"{f['mfr']} (SRN {f['srn']})"],
          ["Device name", c.get("device_name", f["trade"])],
          ["Models", c.get("models", ", ".join(m for m, _ in f["models"]))],
          ["Basic UDI-DI", c.get("udi", f["udi"])],
          ["Risk class", f"{f['cls']} ({f['rule']})"],
          ["Type of assessment", c.get("type", "Initial certification")]], True),
         ("p", "Intended purpose as assessed: " + c.get("purpose", f["purpose"])),
         ("p", "Target population as assessed: " + c.get("population", f["population"])),
         ("table", "Table A2: Documents assessed", docs_rows, True),
         ("h1", "B. Reviewers"),
         ("p", f"{f['nb_reviewer']} (clinical reviewer, {c['reviewer_field']}). Internal clinician: {c['clinician']}. "
               f"Final decision: Head of Certification, {f['nb']}."),
         ("h1", "Applicability of Article 54 (CECP)"),
         ("p", scope),
         ("h1", "C. Device and clinical evaluation basis"),
         ("p", c["device"]),
         ("p", c["sota"]),
         ("h1", "D–E. Clinical data"),
         ("p", c["data"]),
         ("h1", "F–H. Benefit-risk, PMCF and IFU"),
         ("p", c["br"]),
         ("h1", "Findings"),
         ("table", "Table F: Findings", [["Finding", "Reference", "Requirement", "Evidence reviewed", "Outcome"]] +
          [list(r) for r in c["findings"]], True),
         ] + _x(f, "findings") + [
         ("h1", "Conclusion of the assessment"),
         ("p", c["conclusion"]),
         ("p", f"Signed: {f['nb_reviewer']}, {d['date']}."),
         ]
    return b


BUILDERS = {"CEP": cep, "CER": cer, "PMCF": pmcf, "SSCP": sscp, "CEAR": cear}
ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def build_all(F):
    """Yield (filename, role, language, blocks, footer)."""
    for key, d in F["docs"].items():
        if key.startswith("IFU-"):
            lang = key[4:]
            yield d["file"], "IFU", lang, ifu(F, lang), f"{d['code']} Rev. {d['rev']}"
        else:
            yield d["file"], ROLE[key], "en", BUILDERS[key](F), f"{d['code']} Rev. {d['rev']}"

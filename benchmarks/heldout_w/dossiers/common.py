"""Shared document skeletons for the heldout_w dossiers (one consultant's house style).

Each dossier module builds a spec dict S; the functions below turn it into block lists.
Per-document deviations are given in S["ov"] ("DOC.key" -> value) and extra blocks in
S["extra"] ("DOC.hook" -> [blocks]).  DOC is CEP, CER, PMCF, SSCP, CEAR or IFU-<lang>.
"""


def v(S, doc, key):
    return S.get("ov", {}).get(doc + "." + key, S[key])


def x(S, doc, hook):
    return list(S.get("extra", {}).get(doc + "." + hook, []))


def ident_table(S, doc):
    rows = [["Item", "Detail"],
            ["Trade name", v(S, doc, "name")],
            ["Generic description", S["generic"]],
            ["Manufacturer", S["mfr"] + ", " + S["addr"]],
            ["SRN", S["srn"]],
            ["Basic UDI-DI", v(S, doc, "udi")],
            ["Risk class (MDR Annex VIII)", S["cls"] + " (" + S["rules"] + ")"]]
    return ("table", rows)


def models_table(S, doc):
    return ("table", [list(r) for r in v(S, doc, "models")])


# ---------------------------------------------------------------- CEP
def cep(S):
    D = "CEP"
    b = []
    b += [("p", f"Document {S['codes']['CEP']}, {S['rev']['CEP']}, dated {S['dates']['CEP']}. Prepared by {S['author']} on behalf of {S['mfr']}.")]
    b += [("h1", "1.0 Purpose and Scope"),
          ("p", f"This Clinical Evaluation Plan (CEP) defines how {S['mfr']} will plan, conduct and document the clinical evaluation of the {v(S, D, 'name')} in accordance with Article 61 and Annex XIV Part A of Regulation (EU) 2017/745 (MDR), MEDDEV 2.7/1 Rev. 4 where still applicable, and the relevant MDCG guidance. The plan covers all models and configurations listed in Section 2.0 and will be updated whenever the intended purpose, the design or the state of the art changes."),
          ident_table(S, D)]
    b += [("h1", "2.0 Device Description and Intended Purpose"),
          ("p", S["desc"][0]),
          models_table(S, D),
          ("h2", "2.1 Intended Purpose"),
          ("p", v(S, D, "ip"))]
    b += [("h1", "3.0 Intended Target Groups, Indications and Contraindications"),
          ("h2", "3.1 Indications for Use"), ("bullets", v(S, D, "ind")),
          ("h2", "3.2 Contraindications"), ("bullets", v(S, D, "contra")),
          ("h2", "3.3 Target Population"), ("p", v(S, D, "pop")),
          ("h2", "3.4 Intended Users and Use Environment"), ("p", v(S, D, "users") + " " + v(S, D, "env"))]
    rows = [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]]
    rows += [[o[0], o[1], o[2]] for o in v(S, D, "outcomes")]
    b += [("h1", "4.0 Clinical Benefits and Outcome Parameters"),
          ("p", "The clinical benefits below are stated in terms of meaningful, measurable, patient-relevant outcomes. Each outcome parameter has an acceptance criterion derived from the state of the art (Section 4.0 of the CER) and will be reported in the CER, with the data source, the point estimate and, where available, a 95% confidence interval."),
          ("table", rows)]
    b += x(S, D, "benefits")
    b += [("h1", "5.0 Benefit-Risk Acceptance Criteria"),
          ("p", v(S, D, "acceptance"))]
    b += [("h1", "6.0 Clinical Evaluation Methods"),
          ("p", f"The literature search will be run in PubMed/MEDLINE, Embase and the Cochrane Library, plus ClinicalTrials.gov, the EU CTR and the FDA MAUDE and recall databases, with separate search strings for (a) the {v(S, D, 'name')} itself, (b) {S['sota_scope']} for the state of the art, and (c) any device considered for equivalence. The protocol follows the PICO approach and PRISMA 2020 reporting; favorable and unfavorable data are both retained, duplicates are removed, and full texts are appraised with the MEDDEV 2.7/1 Rev. 4 Appendix A6 criteria by two reviewers working independently."),
          ("h2", "6.1 Equivalence"), ("p", v(S, D, "equiv_plan"))]
    b += [("h1", "7.0 Clinical Development Plan"), ("p", v(S, D, "devplan"))]
    b += x(S, D, "end")
    return f"Clinical Evaluation Plan – {v(S, D, 'name')}", b


# ---------------------------------------------------------------- CER
def cer(S):
    D = "CER"
    b = [("p", f"Document {S['codes']['CER']}, {S['rev']['CER']}, dated {S['dates']['CER']}. Author: {S['author']}, Regulatory Affairs Consultant (Galway, Ireland). Clinical reviewer: {S['clin_rev']}. Approved for {S['mfr']}.")]
    b += [("h1", "1.0 Scope"),
          ("p", f"This Clinical Evaluation Report (CER) documents the clinical evaluation of the {v(S, D, 'name')} ({S['generic']}) manufactured by {S['mfr']}, Basic UDI-DI {v(S, D, 'udi')}, under Article 61 and Annex XIV of the MDR. It was written against CEP {S['codes']['CEP']} {S['rev']['CEP']} and covers the data available up to the literature cut-off date of {S['cutoff']}."),
          ("p", v(S, D, "class_text")),
          ("p", v(S, D, "cecp_text"))]
    b += [("h1", "2.0 Device Description"), ("p", S["desc"][0])] + [("p", t) for t in S["desc"][1:]]
    b += [("h2", "2.1 Models and Configurations"), models_table(S, D)]
    b += [("h2", "2.2 Key Technical Characteristics"), ("table", [["Parameter", "Value"]] + [list(r) for r in v(S, D, "tech_cer")])]
    b += x(S, D, "device")
    b += [("h1", "3.0 Intended Purpose and Indications for Use"),
          ("h2", "3.1 Intended Purpose"), ("p", v(S, D, "ip")),
          ("h2", "3.2 Indications for Use"), ("bullets", v(S, D, "ind")),
          ("h2", "3.3 Contraindications"), ("bullets", v(S, D, "contra")),
          ("h2", "3.4 Target Population"), ("p", v(S, D, "pop")),
          ("h2", "3.5 Intended Users and Use Environment"), ("p", v(S, D, "users") + " " + v(S, D, "env"))]
    b += x(S, D, "purpose")
    b += [("h1", "4.0 State of the Art")] + [("p", t) for t in S["sota"]]
    b += [("h1", "5.0 Clinical Evaluation Methodology"),
          ("p", f"Literature searches were run on {S['search_date']} in PubMed/MEDLINE, Embase and the Cochrane Library according to the protocol in CEP {S['codes']['CEP']} Section 6.0, with a cut-off date of {S['cutoff']}. {S['search_counts']} Each record was screened by two reviewers, and the full-text articles were appraised for methodological quality and relevance; the appraisal sheets and the PRISMA flow diagram are filed with this report as attachment {S['codes']['CER']}-ATT1."),
          ("h2", "5.1 Equivalence"), ("p", v(S, D, "equiv"))]
    b += x(S, D, "method")
    rows = [["Study", "Design", "N", "Population", "Follow-up", "Key results"]] + [list(r) for r in v(S, D, "studies")]
    b += [("h1", "6.0 Clinical Data"),
          ("h2", "6.1 Summary of Pivotal and Supportive Data"),
          ("p", "Table 1 summarizes the clinical data sets retained after appraisal. Data generated with the device under evaluation are listed first, followed by the supportive literature."),
          ("table", rows),
          ("h2", "6.2 Discussion of the Clinical Data")] + [("p", t) for t in v(S, D, "study_text")]
    b += x(S, D, "clinical")
    orows = [["Outcome parameter (CEP Section 4.0)", "Acceptance criterion", "Result", "Met?"]]
    orows += [[o[1], o[2], o[3], o[4]] for o in v(S, D, "outcomes")]
    b += [("h2", "6.3 Results Against the CEP Outcome Parameters"), ("table", orows),
          ("h2", "6.4 Post-Market Surveillance Data"), ("p", v(S, D, "pms"))]
    b += [("h1", "7.0 Safety"),
          ("p", "Adverse events (AEs) reported in the clinical data were pooled by type. The residual risks and undesirable side-effects below are the ones disclosed in the IFU and, where applicable, the SSCP."),
          ("bullets", v(S, D, "risks"))]
    b += x(S, D, "safety")
    b += [("h1", "8.0 Benefit-Risk Determination"), ("p", v(S, D, "br"))]
    b += x(S, D, "br")
    b += [("h1", "9.0 Post-Market Clinical Follow-up"),
          ("p", f"PMCF is planned in PMCF plan {S['codes']['PMCF']} {S['rev']['PMCF']}. " + v(S, D, "pmcf_cer"))]
    b += [("h1", "10.0 Conclusions"), ("p", v(S, D, "concl"))]
    b += x(S, D, "end")
    b += [("h1", "Appendix A – References"), ("bullets", S["refs"])]
    return f"Clinical Evaluation Report – {v(S, D, 'name')}", b


# ---------------------------------------------------------------- PMCF plan
def pmcf(S):
    D = "PMCF"
    b = [("p", f"Document {S['codes']['PMCF']}, {S['rev']['PMCF']}, dated {S['dates']['PMCF']}. Related documents: CER {S['codes']['CER']} {S['rev']['CER']}; PMS plan {S['codes']['PMS']}.")]
    b += [("h1", "1.0 Purpose"),
          ("p", f"This plan describes the post-market clinical follow-up (PMCF) of the {v(S, D, 'name')} under Annex XIV Part B of the MDR and MDCG 2020-7. It addresses the residual risks and the open questions identified in the CER."),
          ("h1", "2.0 Device and Intended Purpose"), ("p", v(S, D, "ip"))]
    b += [("h1", "3.0 Specific Objectives"), ("bullets", v(S, D, "pmcf_obj"))]
    b += [("h1", "4.0 Design and Methods"), ("p", v(S, D, "pmcf_design"))]
    b += [("h1", "5.0 Study Population and Setting"), ("p", v(S, D, "pmcf_pop"))]
    b += [("h1", "6.0 Sample Size and Rationale"), ("p", v(S, D, "pmcf_n"))]
    b += [("h1", "7.0 Endpoints"), ("bullets", v(S, D, "pmcf_end"))]
    b += [("h1", "8.0 Timeline"), ("table", [["Milestone", "Target date"]] + [list(r) for r in v(S, D, "pmcf_time")])]
    b += [("h1", "9.0 General PMCF Activities"),
          ("p", "In addition to the specific activity above, the manufacturer performs a literature search every 12 months with the CER search strings, reviews complaints and vigilance data quarterly, and screens the FDA MAUDE database and the field safety notices of comparable devices. Results feed the PMCF evaluation report and the CER update.")]
    b += x(S, D, "end")
    return f"PMCF Plan – {v(S, D, 'name')}", b


# ---------------------------------------------------------------- IFU
H = {
    "en": dict(title="Instructions for Use", ip="Intended Purpose", ind="Indications for Use", contra="Contraindications",
               pop="Patient Population", users="Intended Users and Environment", warn="Warnings and Precautions",
               side="Possible Adverse Events", tech="Technical Data", steps="Instructions", param="Parameter", value="Value",
               models="Models", mfr="Manufacturer"),
    "es": dict(title="Instrucciones de uso", ip="Finalidad prevista", ind="Indicaciones", contra="Contraindicaciones",
               pop="Población de pacientes", users="Usuarios y entorno previstos", warn="Advertencias y precauciones",
               side="Posibles acontecimientos adversos", tech="Datos técnicos", steps="Instrucciones", param="Parámetro", value="Valor",
               models="Modelos", mfr="Fabricante"),
    "pt": dict(title="Instruções de utilização", ip="Finalidade prevista", ind="Indicações", contra="Contraindicações",
               pop="População de doentes", users="Utilizadores e ambiente previstos", warn="Advertências e precauções",
               side="Possíveis eventos adversos", tech="Dados técnicos", steps="Instruções", param="Parâmetro", value="Valor",
               models="Modelos", mfr="Fabricante"),
    "fr": dict(title="Mode d'emploi", ip="Destination", ind="Indications", contra="Contre-indications",
               pop="Population de patients", users="Utilisateurs et environnement prévus", warn="Avertissements et précautions",
               side="Événements indésirables possibles", tech="Caractéristiques techniques", steps="Mode opératoire", param="Paramètre", value="Valeur",
               models="Modèles", mfr="Fabricant"),
    "de": dict(title="Gebrauchsanweisung", ip="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
               pop="Patientenpopulation", users="Vorgesehene Anwender und Umgebung", warn="Warnhinweise und Vorsichtsmaßnahmen",
               side="Mögliche unerwünschte Ereignisse", tech="Technische Daten", steps="Anwendung", param="Parameter", value="Wert",
               models="Modelle", mfr="Hersteller"),
    "it": dict(title="Istruzioni per l'uso", ip="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
               pop="Popolazione di pazienti", users="Utilizzatori e ambiente previsti", warn="Avvertenze e precauzioni",
               side="Possibili eventi avversi", tech="Dati tecnici", steps="Istruzioni", param="Parametro", value="Valore",
               models="Modelli", mfr="Fabbricante"),
    "nl": dict(title="Gebruiksaanwijzing", ip="Beoogd doel", ind="Indicaties", contra="Contra-indicaties",
               pop="Patiëntenpopulatie", users="Beoogde gebruikers en omgeving", warn="Waarschuwingen en voorzorgsmaatregelen",
               side="Mogelijke ongewenste voorvallen", tech="Technische gegevens", steps="Gebruik", param="Parameter", value="Waarde",
               models="Modellen", mfr="Fabrikant"),
}


def ifu(S, lang):
    D = "IFU-" + lang
    L = dict(S["ifu"][lang])
    ov = S.get("ov", {})
    for k in list(L):
        if D + "." + k in ov:
            L[k] = ov[D + "." + k]
    h = H[lang]
    b = [("p", f"{S['codes']['IFU']}-{lang.upper()} {S['rev']['IFU']} · {S['dates']['IFU']}"),
         ("p", f"{v(S, D, 'name')} – {L['generic']}"),
         ("p", "Basic UDI-DI: " + v(S, D, "udi")),
         ("h1", "1 " + h["ip"]), ("p", L["ip"]),
         ("h1", "2 " + h["ind"]), ("bullets", L["ind"]),
         ("h1", "3 " + h["contra"]), ("bullets", L["contra"]),
         ("h1", "4 " + h["pop"]), ("p", L["pop"]),
         ("h1", "5 " + h["users"]), ("p", L["users"]),
         ("h1", "6 " + h["warn"]), ("bullets", L["warn"]),
         ("h1", "7 " + h["side"]), ("bullets", L["side"]),
         ("h1", "8 " + h["tech"]), ("table", [[h["param"], h["value"]]] + [list(r) for r in L["tech"]]),
         ("h1", "9 " + h["steps"]), ("bullets", L["steps"])]
    b += x(S, D, "end")
    b += [("p", f"{h['mfr']}: {S['mfr']}, {S['addr']}. SRN {S['srn']}.")]
    return f"{v(S, D, 'name')} – {h['title']}", b


# ---------------------------------------------------------------- SSCP
def sscp(S):
    D = "SSCP"
    b = [("p", f"Document {S['codes']['SSCP']}, {S['rev']['SSCP']}, dated {S['dates']['SSCP']}. This Summary of Safety and Clinical Performance (SSCP) follows MDCG 2019-9 Rev. 1. Part 1 is intended for healthcare professionals."),
         ("h1", "1.0 Device Identification and General Information"), ident_table(S, D),
         ("p", f"Year when the first certificate (CE) was issued covering the device: {S['first_ce']}. Notified body: {S['nb']}."),
         ("h1", "2.0 Intended Purpose"), ("p", v(S, D, "ip")),
         ("h2", "2.1 Indications and Target Population"), ("bullets", v(S, D, "ind")), ("p", v(S, D, "pop")),
         ("h2", "2.2 Contraindications"), ("bullets", v(S, D, "contra")),
         ("h1", "3.0 Device Description"), ("p", S["desc"][0]),
         ("h1", "4.0 Risks and Warnings"),
         ("h2", "4.1 Residual Risks and Undesirable Side-Effects"), ("bullets", v(S, D, "risks")),
         ("h2", "4.2 Warnings and Precautions"), ("p", "See the IFU, Section 6, for the complete list of Warnings and Precautions."),
         ("h1", "5.0 Summary of Clinical Evaluation and PMCF"), ("p", v(S, D, "sscp_clin")),
         ("p", "PMCF: " + v(S, D, "pmcf_cer")),
         ("h1", "6.0 Suggested Profile and Training for Users"), ("p", v(S, D, "users"))]
    b += x(S, D, "end")
    return f"Summary of Safety and Clinical Performance – {v(S, D, 'name')}", b


# ---------------------------------------------------------------- CEAR (letter, prose only)
def cear(S):
    D = "CEAR"
    paras = v(S, D, "cear_paras")
    b = [("p", f"{S['nb']}, Medical Devices Division, {S['nb_addr']}"),
         ("p", f"Our reference: {S['codes']['CEAR']}. Date: {S['dates']['CEAR']}."),
         ("p", f"To: {S['mfr']}, {S['addr']}."),
         ("p", f"Subject: Clinical Evaluation Assessment Report (CEAR, MDCG 2020-13) for the {v(S, D, 'name')}, Basic UDI-DI {v(S, D, 'udi')}, {S['cear_type']}.")]
    for i, p in enumerate(paras, 1):
        b.append(("p", f"{i}. {p}"))
    b.append(("p", f"Yours faithfully, {S['nb_reviewer']}, clinical reviewer, and {S['nb_lead']}, product reviewer, on behalf of {S['nb']}."))
    return f"Clinical Evaluation Assessment Report – {v(S, D, 'name')}", b

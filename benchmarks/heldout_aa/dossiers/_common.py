"""Shared document skeletons for the heldout_aa dossiers (author: Milan consultancy voice).

Each dossier module defines a spec dict S. A value can be overridden for one document with
S["over"][doc_key][field] (doc_key in cep, cer, pmcf, ifu, sscp, cear, or ifu_<lang>).
"""
from __future__ import annotations


def g(S, doc, key):
    return S.get("over", {}).get(doc, {}).get(key, S.get(key))


def header_table(S, doc, code, rev, date):
    return ("table", ["Parameter", "Value", "Notes"], [
        ["Document code", code, f"rev. {rev} of {date}"],
        ["Device", g(S, doc, "trade"), g(S, doc, "desc")],
        ["Manufacturer", S["maker"], S["maker_addr"]],
        ["Basic UDI-DI", g(S, doc, "udi"), "as per EUDAMED registration"],
        ["Risk class", f"Class {S['cls']}", S["rule"]],
    ])


def models_table(S, doc):
    return ("table", ["N.", "Model / REF", "Description", "Notes"],
            [[str(i + 1)] + list(r) for i, r in enumerate(g(S, doc, "models"))])


def tech_table(S, doc):
    return ("table", ["Parameter", "Value", "Notes"], g(S, doc, "tech"))


def cep(S):
    d = "cep"
    b = [header_table(S, d, S["code_cep"], S["rev_cep"], S["date_cep"])]
    b += [("h1", "1) Scope of the clinical evaluation plan"),
          ("p", f"The present Clinical Evaluation Plan (CEP) defines the dedicated methodology foreseen for the clinical evaluation of {g(S, d, 'trade')}, "
                f"{g(S, d, 'desc')}, as per Annex XIV Part A of Regulation (EU) 2017/745 and MDCG 2020-13; the plan is updated in the optic of the "
                f"MDR certification and it is the basis for the Clinical Evaluation Report {S['code_cer']}."),
          ("h1", "2) Device and intended purpose"),
          ("p", g(S, d, "ip")),
          models_table(S, d),
          ("h2", "2.1) Target population"),
          ("p", g(S, d, "pop")),
          ("h2", "2.2) Indications"),
          ("ul", g(S, d, "ind")),
          ("h2", "2.3) Contraindications"),
          ("ul", g(S, d, "contra")),
          ("h2", "2.4) Intended users and environment of use"),
          ("p", g(S, d, "users")),
          ("h1", "3) Clinical benefits and outcome parameters"),
          ("table", ["N.", "Clinical benefit", "Outcome parameter", "Notes"], g(S, d, "benefits")),
          ("h1", "4) Benefit-risk acceptance criteria"),
          ("p", g(S, d, "accept_txt")),
          ("table", ["Parameter", "Value", "Notes"], g(S, d, "accept_tab")),
          ("h1", "5) State of the art and similar devices"),
          ("p", g(S, d, "sota_plan")),
          ("h1", "6) Clinical development plan and data sources"),
          ("p", g(S, d, "cdp")),
          ("p", "The literature search is foreseen on PubMed/MEDLINE, Embase and Cochrane Library with dedicated PICO-based strings; appraisal "
                "of each publication is performed as per MEDDEV 2.7/1 rev. 4 Appendix A5 and A6 (suitability and contribution), and the "
                "vigilance databases (i.e. MAUDE, BfArM, MHRA field safety notices) are screened for the device and similar devices.")]
    return b


def cer(S):
    d = "cer"
    b = [header_table(S, d, S["code_cer"], S["rev_cer"], S["date_cer"])]
    b += [("h1", "Cap. 0 - Executive summary"),
          ("p", f"{g(S, d, 'trade')} ({g(S, d, 'desc')}) is a Class {S['cls']} device of {S['maker']}. {g(S, d, 'ip')} "
                f"The clinical evaluation is based on {len(g(S, d, 'studies'))} dedicated sources of clinical data summarised in Cap. 5, on the state of the "
                f"art of Cap. 4 and on the post-market surveillance data; the benefit-risk determination of Cap. 7 is the conclusion of the evaluators."),
          ("p", "The report is structured as per MEDDEV 2.7/1 rev. 4 Appendix A9 and MDCG 2020-13 Section D, in the optic of allowing a punctual "
                "verification, by the notified body, of each conclusion versus the underlying data."),
          ("h2", "0.1) Abbreviations"),
          ("table", ["Parameter", "Value", "Notes"], [["CEP", "Clinical Evaluation Plan", "Annex XIV Part A"], ["CER", "Clinical Evaluation Report", ""],
                                                       ["GSPR", "General Safety and Performance Requirements", "Annex I"], ["PMCF", "Post-Market Clinical Follow-up", "Annex XIV Part B"],
                                                       ["PMS", "Post-Market Surveillance", "Art. 83-86"], ["SOTA", "State of the art", ""], ["SAE", "Serious adverse event", "ISO 14155"]]),
          ("h1", "Cap. 1 - Scope and regulatory context"),
          ("p", f"The present Clinical Evaluation Report (CER) has been drafted as per Article 61 and Annex XIV of Regulation (EU) 2017/745, "
                f"following the Clinical Evaluation Plan {S['code_cep']} rev. {g(S, d, 'cep_ref_rev') or S['rev_cep']}; the device results classified in "
                f"Class {S['cls']} ({S['rule']})."),
          ("p", g(S, d, "scope_txt")),
          ("h1", "Cap. 2 - Device description"),
          ("p", g(S, d, "descr")),
          models_table(S, d),
          tech_table(S, d),
          ("h1", "Cap. 3 - Intended purpose, indications and contraindications"),
          ("h2", "3.1) Intended purpose"),
          ("p", g(S, d, "ip")),
          ("h2", "3.2) Target population"),
          ("p", g(S, d, "pop")),
          ("h2", "3.3) Indications"),
          ("p", "The device results indicated for the following pathologies and clinical conditions:"),
          ("ul", g(S, d, "ind")),
          ("h2", "3.4) Contraindications"),
          ("ul", g(S, d, "contra")),
          ("h2", "3.5) Intended users and environment"),
          ("p", g(S, d, "users")),
          ("h1", "Cap. 4 - State of the art"),
          ("p", g(S, d, "sota")),
          ("p", g(S, d, "sota2")),
          ("h1", "Cap. 5 - Clinical data"),
          ("h2", "5.1) Literature search and appraisal"),
          ("p", g(S, d, "lit")),
          ("p", "Each publication and data set was appraised as per the following dedicated criteria; only the data sets of weight 1 or 2 in the "
                "suitability and in the contribution were retained as pivotal, the others being used as supportive or for the state of the art."),
          ("table", ["N.", "Criterion", "Description", "Weight"], [
              ["D1", "Appropriate device", "data generated with the device under evaluation", "1 = device; 2 = previous model; 3 = other"],
              ["D2", "Appropriate application", "same intended purpose and indication", "1 = same; 2 = minor deviation; 3 = other"],
              ["D3", "Appropriate population", "representative of the target population", "1 = same; 2 = subgroup; 3 = other"],
              ["D4", "Acceptable report", "sufficient information for an objective evaluation", "1 = high quality; 2 = minor gaps; 3 = insufficient"],
              ["T1", "Data source type", "investigation, registry, literature", "yes/no"],
              ["T2", "Outcome measures", "reflect the intended clinical benefit", "yes/no"],
              ["T3", "Follow-up", "adequate to assess the outcome and the complications", "yes/no"]]),
          ("h2", "5.2) Summary of the pertinent clinical data"),
          ("table", ["N.", "Reference", "Design", "Patients", "Follow-up", "Main results"], g(S, d, "studies")),
          ]
    for p in g(S, d, "clin"):
        b.append(("p", p))
    b += [("h2", "5.3) Clinical performance versus the outcome parameters of the CEP"),
          ("table", ["Parameter", "Value", "Notes"], g(S, d, "perf")),
          ("h1", "Cap. 6 - Clinical safety"),
          ]
    for p in g(S, d, "safety"):
        b.append(("p", p))
    b += [("h2", "6.1) Residual risks and undesirable side-effects"),
          ("ul", g(S, d, "risks")),
          ("h2", "6.2) Post-market surveillance data"),
          ("p", "The PMS system of the manufacturer (complaints, trend reporting, vigilance) and the public databases (i.e. EUDAMED when available, MAUDE, "
                "BfArM, ANSM, MHRA) were screened with dedicated search terms for the device and for the similar devices of the state of the art; "
                "the results are presented in the PSUR and they are consistent with the safety profile described above."),
          ("h2", "6.3) Conformity with the relevant GSPR"),
          ("table", ["N.", "GSPR (Annex I)", "Evidence", "Notes"], [
              ["1", "GSPR 1 - performance and safety", "Cap. 5 and 6", "clinical performance and safety"],
              ["2", "GSPR 8 - acceptability of side-effects", "Cap. 6.1 and 7", "residual risks weighed against benefits"],
              ["3", "GSPR 14 / 17 - construction and software", "technical documentation", "outside the clinical evaluation"],
              ["4", "GSPR 23 - information supplied", "IFU and labels", "consistency of the residual risks verified"]]),
          ("h1", "Cap. 7 - Benefit-risk determination"),
          ("p", g(S, d, "br")),
          ("h1", "Cap. 8 - Post-market clinical follow-up"),
          ("p", g(S, d, "pmcf_sum")),
          ("h1", "Cap. 9 - Conclusions"),
          ("p", g(S, d, "concl")),
          ("p", f"Evaluators: {S['evaluators']}; declarations of interest and CVs are available in Annex 3 of the present report."),
          ("h1", "Cap. 10 - References and annexes"),
          ("ul", [f"[{r[0]}] {r[1]} - {r[2]}, {r[3]} patients, follow-up {r[4]}" for r in g(S, d, "studies")]),
          ("p", "Annex 1: literature search protocol and results (PRISMA flow); Annex 2: appraisal tables of each data set; Annex 3: CVs and "
                "declarations of interest of the evaluators; Annex 4: PMS data summary as per the last PSUR."),
          ]
    return b


def pmcf(S):
    d = "pmcf"
    b = [header_table(S, d, S["code_pmcf"], S["rev_pmcf"], S["date_pmcf"])]
    b += [("h1", "1) Purpose of the PMCF plan"),
          ("p", f"The present plan describes the PMCF activities foreseen for {g(S, d, 'trade')} as per Annex XIV Part B of Regulation (EU) 2017/745 "
                f"and MDCG 2020-7; it is linked to the CER {S['code_cer']} and to the risk management file."),
          ("h1", "2) Specific objectives"),
          ("ul", g(S, d, "pm_obj")),
          ("h1", "3) General PMCF methods"),
          ("p", "General methods comprise the screening of the scientific literature every 12 months, the punctual analysis of complaints and vigilance "
                "data, and the review of registries and of the similar devices field safety notices."),
          ("h1", "4) Dedicated PMCF study"),
          ("h2", "4.1) Design"),
          ("p", g(S, d, "pm_design")),
          ("h2", "4.2) Population and setting"),
          ("p", g(S, d, "pm_pop")),
          ("h2", "4.3) Sample size"),
          ("p", g(S, d, "pm_n")),
          ("h2", "4.4) Endpoints"),
          ("table", ["N.", "Endpoint", "Definition", "Time point"], g(S, d, "pm_end")),
          ("h1", "5) Timeline"),
          ("table", ["Parameter", "Value", "Notes"], g(S, d, "pm_time")),
          ("h1", "6) Evaluation and reporting"),
          ("p", "The PMCF results are reported in the PMCF evaluation report, which feeds the update of the CER, of the SSCP (where "
                "applicable) and of the risk management file; the PSUR is updated as per Article 86.")]
    return b


IFU_H = {
    "en": ["Intended purpose", "Indications", "Contraindications", "Warnings and precautions", "Technical data", "Instructions for use", "Intended users and environment"],
    "it": ["Destinazione d'uso", "Indicazioni", "Controindicazioni", "Avvertenze e precauzioni", "Dati tecnici", "Istruzioni per l'uso", "Utilizzatori e ambiente d'uso"],
    "fr": ["Destination", "Indications", "Contre-indications", "Avertissements et précautions", "Caractéristiques techniques", "Mode d'emploi", "Utilisateurs et environnement"],
    "de": ["Zweckbestimmung", "Indikationen", "Kontraindikationen", "Warnhinweise und Vorsichtsmaßnahmen", "Technische Daten", "Gebrauchsanweisung", "Anwender und Einsatzumgebung"],
    "nl": ["Beoogd doel", "Indicaties", "Contra-indicaties", "Waarschuwingen en voorzorgsmaatregelen", "Technische gegevens", "Gebruiksaanwijzing", "Gebruikers en omgeving"],
    "pl": ["Przeznaczenie", "Wskazania", "Przeciwwskazania", "Ostrzeżenia i środki ostrożności", "Dane techniczne", "Instrukcja użycia", "Użytkownicy i środowisko"],
    "es": ["Finalidad prevista", "Indicaciones", "Contraindicaciones", "Advertencias y precauciones", "Datos técnicos", "Instrucciones de uso", "Usuarios y entorno de uso"],
    "pt": ["Finalidade prevista", "Indicações", "Contraindicações", "Advertências e precauções", "Dados técnicos", "Instruções de utilização", "Utilizadores e ambiente"],
}
TECH_H = {"en": ["Parameter", "Value", "Notes"], "it": ["Parametro", "Valore", "Note"], "fr": ["Paramètre", "Valeur", "Remarques"],
          "de": ["Parameter", "Wert", "Hinweise"], "nl": ["Parameter", "Waarde", "Opmerkingen"], "pl": ["Parametr", "Wartość", "Uwagi"],
          "es": ["Parámetro", "Valor", "Notas"], "pt": ["Parâmetro", "Valor", "Notas"]}


def ifu(S, lang):
    d = "ifu" if lang == "en" else f"ifu_{lang}"
    L = S["lang"][lang] if lang != "en" else {"ip": g(S, d, "ip_ifu") or g(S, d, "ip"), "pop": g(S, d, "pop"), "ind": g(S, d, "ind"),
                                               "contra": g(S, d, "contra"), "warn": g(S, d, "warn"), "tech": g(S, d, "tech"),
                                               "steps": g(S, d, "steps"), "users": g(S, d, "users_ifu") or g(S, d, "users")}
    L = dict(L, **S.get("over", {}).get(d, {})) if lang != "en" else L
    H = IFU_H[lang]
    b = [("p", f"{g(S, d, 'trade')} - {S['maker']}, {S['maker_addr']} - Basic UDI-DI {g(S, d, 'udi')} - {S['code_ifu']}_{lang.upper()} rev. {S['rev_ifu']}"),
         ("h1", f"1. {H[0]}"), ("p", L["ip"]), ("p", L["pop"]),
         ("h1", f"2. {H[1]}"), ("ul", L["ind"]),
         ("h1", f"3. {H[2]}"), ("ul", L["contra"]),
         ("h1", f"4. {H[6]}"), ("p", L["users"]),
         ("h1", f"5. {H[3]}"), ("ul", L["warn"]),
         ("h1", f"6. {H[4]}"), ("table", TECH_H[lang], L["tech"]),
         ("h1", f"7. {H[5]}"), ("ul", L["steps"])]
    return b


def sscp(S):
    d = "sscp"
    b = [("p", f"Summary of Safety and Clinical Performance - {S['code_sscp']} rev. {S['rev_sscp']} of {S['date_sscp']} - validated by the notified body {S['nb']}"),
         ("h1", "Part A - Information for users / healthcare professionals"),
         ("h2", "1. Device identification and general information"),
         header_table(S, d, S["code_sscp"], S["rev_sscp"], S["date_sscp"]),
         ("h2", "2. Intended use of the device"),
         ("p", g(S, d, "ip")), ("p", g(S, d, "pop")),
         ("h2", "3. Indications and contraindications"),
         ("ul", g(S, d, "ind")), ("ul", g(S, d, "contra")),
         ("h2", "4. Device description"), ("p", g(S, d, "descr")),
         ("h2", "5. Risks and warnings"),
         ("p", "The following residual risks and undesirable side-effects are known and are communicated in the instructions for use:"),
         ("ul", g(S, d, "risks")),
         ("h2", "6. Summary of clinical evaluation and post-market clinical follow-up"),
         ("p", g(S, d, "sscp_clin")),
         ("h2", "7. Possible diagnostic or therapeutic alternatives"), ("p", g(S, d, "alts")),
         ("h1", "Part B - Information for patients"),
         ("p", g(S, d, "patient_txt"))]
    return b


def cear(S):
    d = "cear"
    b = [("p", f"Notified Body {S['nb']} - Clinical Evaluation Assessment Report (template MDCG 2020-13) - ref. {S['code_cear']} - date {S['date_cear']}"),
         ("h1", "A. Administrative particulars"),
         ("table", ["Parameter", "Value", "Notes"], [
             ["Manufacturer", S["maker"], S["maker_addr"]],
             ["Device", g(S, d, "trade"), g(S, d, "desc")],
             ["Basic UDI-DI", g(S, d, "udi"), ""],
             ["Class", f"Class {S['cls']}", S["rule"]],
             ["Clinical evaluation consultation procedure (Art. 54)", g(S, d, "cear_cecp"), ""],
             ["Documents assessed", f"{S['code_cep']} rev. {S['rev_cep']}; {S['code_cer']} rev. {S['rev_cer']}; {S['code_pmcf']} rev. {S['rev_pmcf']}; {S['code_ifu']} rev. {S['rev_ifu']}", ""],
         ]),
         ("h1", "B. Device and intended purpose as assessed"),
         ("p", g(S, d, "cear_ip")),
         ("h1", "C. Observations of the assessor"),
         ]
    for i, (sev, topic, remark, req) in enumerate(g(S, d, "obs"), 1):
        b.append(("p", f"Observation n° {i} ({sev}) - Topic: {topic} - Remark: {remark} - Request: {req}"))
    b += [("h1", "D. Conclusion of the assessor"), ("p", g(S, d, "cear_concl")),
          ("p", f"Assessor: {S['assessor']}, clinical reviewer; second reviewer: {S['assessor2']}.")]
    return b

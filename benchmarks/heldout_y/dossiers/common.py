"""Shared document builders for heldout_y. Each dossier module gives a spec dict S.

A key may be overridden for one role with "key@ROLE" (e.g. "population@IFU"); extra paragraphs
are inserted with S["extra"][(ROLE, section)] = [paragraph, ...].
"""


def v(S, key, role):
    return S.get(key + "@" + role, S.get(key))


def ex(S, role, sec):
    return [("p", t) for t in S.get("extra", {}).get((role, sec), [])]


def meta(S, role):
    d = S["docs"][role]
    if role == "CEAR":
        return (f"{S['nb']} | Report No. {d['code']} | Version {d['rev']} | Date: {d['date']} | "
                f"Confidential – for the manufacturer and the expert panel")
    return (f"{S['manufacturer']} | Document No. {d['code']} | Revision {d['rev']} | "
            f"Date: {d['date']} | Prepared by: {S['cro']}")


def numbered(items):
    return [f"({chr(97 + i)}) {t}" for i, t in enumerate(items)]


def scope_sentence(S, role):
    t = v(S, "scope_text", role)
    if t:
        return t
    if S["cecp"]:
        return (f"The {S['name']} is a class {S['cls']} device and as per Article 54(1) of "
                f"Regulation (EU) 2017/745 the same falls within the scope of the Clinical Evaluation "
                f"Consultation Procedure (CECP); {S['cecp_reason']}. No exemption under Article 54(2) "
                f"is claimed since this is an initial conformity assessment under the MDR.")
    return (f"The {S['name']} is a class {S['cls']} device as per {S['rule']} of Annex VIII. "
            f"The same is neither a class III implantable device nor a class IIb active device intended "
            f"to administer and/or remove a medicinal product, hence the CECP as per Article 54 of "
            f"Regulation (EU) 2017/745 is not applicable.")


def model_table(S, role):
    rows = [["Sr. No.", "Model / Reference", "Description", "Basic UDI-DI"]]
    for i, (m, d) in enumerate(v(S, "models", role), 1):
        rows.append([str(i), m, d, v(S, "udi", role)])
    return rows


def cep(S):
    R = "CEP"
    b = [("title", f"Clinical Evaluation Plan – {v(S, 'name', R)}"),
         ("h1", "1. Purpose and Scope of This Plan"),
         ("p", f"This Clinical Evaluation Plan (CEP) is prepared herewith as per Article 61 and Annex XIV "
               f"Part A of Regulation (EU) 2017/745 and MEDDEV 2.7/1 Rev. 4 for the {v(S, 'name', R)} "
               f"({S['desc']}) manufactured by {S['manufacturer']}, {S['city']}, India. The same shall be "
               f"read together with the Clinical Evaluation Report {S['docs']['CER']['code']} and the PMCF "
               f"Plan {S['docs']['PMCF']['code']}."),
         ("p", scope_sentence(S, R)),
         ("h1", "2. Device Identification"),
         ("table", model_table(S, R)),
         ("h1", "3. Intended Purpose"),
         ("p", v(S, "purpose", R))] + ex(S, R, "purpose") + [
         ("h1", "4. Target Groups, Indications and Contraindications"),
         ("h2", "4.1. Target Population"),
         ("p", v(S, "population", R)),
         ("h2", "4.2. Indications"),
         ("bullets", v(S, "indications", R)),
         ("h2", "4.3. Contraindications"),
         ("bullets", v(S, "contraindications", R)),
         ("h1", "5. Intended Clinical Benefits and Outcome Parameters"),
         ("p", "The intended clinical benefits and the specified clinical outcome parameters viz. the "
               "parameters against which the clinical data will be appraised are given in Table 1 below."),
         ("p", "Table 1: Clinical Benefits, Outcome Parameters and Acceptance Criteria"),
         ("table", [["Sr. No.", "Clinical benefit / outcome parameter", "Acceptance criterion (from SOTA)"]] +
          [[str(i), a, c] for i, (a, c) in enumerate(v(S, "outcomes", R), 1)]),
         ("h1", "6. Benefit-Risk Acceptability Criteria"),
         ("p", v(S, "br_criteria", R)),
         ("h1", "7. Clinical Development Plan and Data Sources"),
         ("p", v(S, "dev_plan", R)),
         ("p", "Literature search shall be performed in PubMed/MEDLINE, Embase and Cochrane Library as per "
               "the search protocol given in Annexure I and/or supplemented by registry data, wherein "
               "appraisal shall follow the MEDDEV 2.7/1 Rev. 4 suitability and contribution criteria."),
         ] + ex(S, R, "end") + [
         ("h1", "Annexure I. Literature Search Protocol"),
         ("p", S["search"]),
         ("h1", "Annexure II. Document Approval"),
         ("p", f"Prepared by: {S['writer']}, Medical Writer, {S['cro']}. Reviewed by: {S['reviewer']}. "
               f"Approved by: {S['approver']}, Head – Regulatory Affairs, {S['manufacturer']}.")]
    return b


def cer(S):
    R = "CER"
    b = [("title", f"Clinical Evaluation Report – {v(S, 'name', R)}"),
         ("h1", "0. Abbreviations"),
         ("table", [["Sr. No.", "Abbreviation", "Meaning"]] + [[str(i), a, m] for i, (a, m) in enumerate(
             [("CEP", "Clinical Evaluation Plan"), ("CER", "Clinical Evaluation Report"),
              ("GSPR", "General Safety and Performance Requirements"), ("IFU", "Instructions for Use"),
              ("PMCF", "Post-Market Clinical Follow-up"), ("SOTA", "State of the Art"),
              ("SSCP", "Summary of Safety and Clinical Performance"), ("pt./pts.", "patient/patients")]
             + S.get("abbr", []), 1)]),
         ("h1", "1. Executive Summary"),
         ("p", v(S, "summary", R)),
         ("p", scope_sentence(S, R)),
         ("h1", "2. Scope of the Clinical Evaluation"),
         ("p", f"This report covers all models and sizes listed in Section 3 and has been prepared as per "
               f"the CEP {S['docs']['CEP']['code']} Rev. {S['docs']['CEP']['rev']}. The same covers the "
               f"period upto {S['cutoff']} (data lock point)."),
         ("h1", "3. Device Description"),
         ("p", v(S, "description", R)),
         ("table", model_table(S, R))] + ex(S, R, "description") + [
         ("h2", "3.1. Key Technical Specifications"),
         ("table", [["Sr. No.", "Parameter", "Value"]] +
          [[str(i), a, c] for i, (a, c) in enumerate(v(S, "tech", R), 1)]),
         ("h1", "4. Intended Purpose, Indications and Contraindications"),
         ("h2", "4.1. Intended Purpose"),
         ("p", v(S, "purpose", R)),
         ("h2", "4.2. Indications"),
         ("bullets", v(S, "indications", R)),
         ("h2", "4.3. Contraindications"),
         ("bullets", v(S, "contraindications", R)),
         ("h2", "4.4. Target Population and Intended Users"),
         ("p", v(S, "population", R)),
         ("p", v(S, "users", R))] + ex(S, R, "population") + [
         ("h1", "5. State of the Art"),
         ] + [("p", t) for t in v(S, "sota", R)] + [
         ("h1", "6. Clinical Data"),
         ("h2", "6.1. Data Sources and Appraisal"),
         ("p", v(S, "appraisal", R)),
         ("p", "Each data set was weighted as per data suitability (device, application, population, "
               "report quality) and data contribution (outcome measures, follow-up, statistical significance, "
               "clinical significance). Data sets not meeting the minimum suitability criteria were retained "
               "only as supportive background and are not counted towards the demonstration of conformity."),
         ("table", [["Sr. No.", "Appraisal criterion", "Grading"],
                    ["1", "D1 – Device: own device / similar device / other", "D1 / D2 / D3"],
                    ["2", "A1 – Application: same use / minor deviation / major deviation", "A1 / A2 / A3"],
                    ["3", "P1 – Population: applicable / limited / different", "P1 / P2 / P3"],
                    ["4", "R1 – Report: high quality / minor deficiencies / insufficient", "R1 / R2 / R3"]]),
         ("h2", "6.2. Summary of Pivotal Clinical Data"),
         ("table", [["Sr. No.", "Study / Source", "Design", "No. of pts.", "Follow-up", "Key results"]] +
          [[str(i)] + list(r) for i, r in enumerate(v(S, "studies", R), 1)]),
         ] + [("p", t) for t in v(S, "study_prose", R)] + ex(S, R, "data") + [
         ("h2", "6.3. Results w.r.t. Outcome Parameters of the CEP"),
         ("table", [["Sr. No.", "Outcome parameter", "Acceptance criterion", "Result", "Met"]] +
          [[str(i)] + list(r) for i, r in enumerate(v(S, "results", R), 1)]),
         ("h1", "7. Clinical Safety"),
         ("p", v(S, "safety", R)),
         ("bullets", v(S, "risks", R)),
         ("h1", "8. Benefit-Risk Determination"),
         ("p", v(S, "br", R))] + ex(S, R, "br") + [
         ("h1", "9. Post-Market Clinical Follow-up"),
         ("p", f"Residual uncertainties viz. {S['open_q']} shall be addressed in the PMCF Plan "
               f"{S['docs']['PMCF']['code']} Rev. {S['docs']['PMCF']['rev']}.")] + ex(S, R, "pmcf") + [
         ("h1", "10. GSPR Compliance Summary"),
         ("table", [["Sr. No.", "GSPR", "Evidence in this CER", "Conclusion"],
                    ["1", "GSPR 1 – performance and safety", "Sections 6.2, 6.3, 7", "Complied"],
                    ["2", "GSPR 6 – lifetime", "Sections 3.1, 6.2", "Complied"],
                    ["3", "GSPR 8 – side-effects acceptable", "Section 7", "Complied"],
                    ["4", "GSPR 23 – information supplied", "IFU review, Section 4", "Complied"]]),
         ("h1", "11. Conclusion"),
         ("p", v(S, "conclusion", R)),
         ("h1", "Annexure I. Qualification of Evaluators"),
         ("p", f"{S['writer']} (M.Pharm, 9 yrs. clinical evaluation experience) and {S['reviewer']} "
               f"(MD, {S['specialty']}). Declarations of interest are filed herewith.")]
    return b


def pmcf(S):
    R = "PMCF"
    return [("title", f"Post-Market Clinical Follow-up Plan – {v(S, 'name', R)}"),
            ("h1", "1. Introduction"),
            ("p", f"This PMCF Plan is prepared as per Annex XIV Part B of Regulation (EU) 2017/745 and "
                  f"MDCG 2020-7 for the {v(S, 'name', R)}, Basic UDI-DI {v(S, 'udi', R)}. The same refers "
                  f"to the CER {S['docs']['CER']['code']} Rev. {S['docs']['CER']['rev']}."),
            ("h1", "2. Intended Purpose (as per IFU)"),
            ("p", v(S, "purpose", R)),
            ("h1", "3. Objectives"),
            ("bullets", numbered(v(S, "pmcf_obj", R))),
            ("h1", "4. Design and Methods"),
            ("p", v(S, "pmcf_design", R)),
            ("h1", "5. Study Population"),
            ("p", v(S, "pmcf_pop", R)),
            ("h1", "6. Sample Size and Rationale"),
            ("p", v(S, "pmcf_n", R)),
            ("h1", "7. Endpoints"),
            ("table", [["Sr. No.", "Endpoint", "Type", "Time point"]] +
             [[str(i)] + list(r) for i, r in enumerate(v(S, "pmcf_end", R), 1)]),
            ("h1", "8. Timeline and Reporting"),
            ("table", [["Sr. No.", "Milestone", "Target date"]] +
             [[str(i), a, c] for i, (a, c) in enumerate(v(S, "pmcf_time", R), 1)]),
            ("p", "Results shall be fed into the PMCF evaluation report, the CER update and, wherein "
                  "applicable, the SSCP and PSUR as per Articles 32 and 86.")] + ex(S, R, "end")


L = {
    "en": dict(t="Instructions for Use", dd="1. Device Description", ip="2. Intended Purpose",
               ind="3. Indications", ci="4. Contraindications", pop="5. Patient Population and Users",
               w="6. Warnings and Precautions", se="7. Possible Side-Effects and Residual Risks",
               td="8. Technical Data", ins="9. Instructions", sr="Sr. No.", par="Parameter",
               val="Value"),
    "fr": dict(t="Notice d'utilisation", dd="1. Description du dispositif", ip="2. Destination",
               ind="3. Indications", ci="4. Contre-indications", pop="5. Population de patients et utilisateurs",
               w="6. Avertissements et précautions", se="7. Effets secondaires possibles et risques résiduels",
               td="8. Caractéristiques techniques", ins="9. Mode d'emploi", sr="N°", par="Paramètre",
               val="Valeur"),
    "de": dict(t="Gebrauchsanweisung", dd="1. Produktbeschreibung", ip="2. Zweckbestimmung",
               ind="3. Indikationen", ci="4. Kontraindikationen", pop="5. Patientenpopulation und Anwender",
               w="6. Warnhinweise und Vorsichtsmaßnahmen", se="7. Mögliche Nebenwirkungen und Restrisiken",
               td="8. Technische Daten", ins="9. Anwendung", sr="Nr.", par="Parameter", val="Wert"),
    "nl": dict(t="Gebruiksaanwijzing", dd="1. Beschrijving van het hulpmiddel", ip="2. Beoogd doel",
               ind="3. Indicaties", ci="4. Contra-indicaties", pop="5. Patiëntenpopulatie en gebruikers",
               w="6. Waarschuwingen en voorzorgsmaatregelen", se="7. Mogelijke bijwerkingen en restrisico's",
               td="8. Technische gegevens", ins="9. Gebruik", sr="Nr.", par="Parameter", val="Waarde"),
    "es": dict(t="Instrucciones de uso", dd="1. Descripción del producto", ip="2. Finalidad prevista",
               ind="3. Indicaciones", ci="4. Contraindicaciones", pop="5. Población de pacientes y usuarios",
               w="6. Advertencias y precauciones", se="7. Posibles efectos secundarios y riesgos residuales",
               td="8. Datos técnicos", ins="9. Instrucciones", sr="N.º", par="Parámetro", val="Valor"),
    "it": dict(t="Istruzioni per l'uso", dd="1. Descrizione del dispositivo", ip="2. Destinazione d'uso",
               ind="3. Indicazioni", ci="4. Controindicazioni", pop="5. Popolazione di pazienti e utilizzatori",
               w="6. Avvertenze e precauzioni", se="7. Possibili effetti collaterali e rischi residui",
               td="8. Dati tecnici", ins="9. Istruzioni", sr="N.", par="Parametro", val="Valore"),
    "pl": dict(t="Instrukcja używania", dd="1. Opis wyrobu", ip="2. Przewidziane zastosowanie",
               ind="3. Wskazania", ci="4. Przeciwwskazania", pop="5. Populacja pacjentów i użytkownicy",
               w="6. Ostrzeżenia i środki ostrożności", se="7. Możliwe działania niepożądane i ryzyka resztkowe",
               td="8. Dane techniczne", ins="9. Sposób użycia", sr="Lp.", par="Parametr", val="Wartość"),
    "sv": dict(t="Bruksanvisning", dd="1. Produktbeskrivning", ip="2. Avsett ändamål",
               ind="3. Indikationer", ci="4. Kontraindikationer", pop="5. Patientpopulation och användare",
               w="6. Varningar och försiktighetsåtgärder", se="7. Möjliga biverkningar och kvarstående risker",
               td="8. Tekniska data", ins="9. Bruksanvisning", sr="Nr", par="Parameter", val="Värde"),
}


def ifu(S, lang):
    R = "IFU"
    h = L[lang]
    T = S["ifu_en"] if lang == "en" else S["tr"][lang]
    b = [("title", f"{v(S, 'name', R)} – {h['t']}"),
         ("p", f"{S['manufacturer']}, {S['address']} | {S['nb_mark']} | Basic UDI-DI: {v(S, 'udi', R)}"),
         ("h1", h["dd"]), ("p", T["desc"]),
         ("h1", h["ip"]), ("p", T["purpose"]),
         ("h1", h["ind"]), ("bullets", T["ind"]),
         ("h1", h["ci"]), ("bullets", T["ci"]),
         ("h1", h["pop"]), ("p", T["pop"]),
         ("h1", h["w"]), ("bullets", T["warn"]),
         ("h1", h["se"]), ("bullets", T["se"]),
         ("h1", h["td"]),
         ("table", [[h["sr"], h["par"], h["val"]]] + [[str(i), a, c] for i, (a, c) in enumerate(T["tech"], 1)]),
         ("h1", h["ins"]), ("bullets", [f"{i}. {s}" for i, s in enumerate(T["steps"], 1)])]
    b += [("p", t) for t in T.get("extra", [])]
    return b


def sscp(S):
    R = "SSCP"
    T = S["sscp"]
    return [("title", f"Summary of Safety and Clinical Performance – {v(S, 'name', R)}"),
            ("p", "This SSCP is intended for healthcare professionals and, wherein relevant, for patients. "
                  "The same has been validated by the notified body as per Article 32."),
            ("h1", "1. Device Identification and General Information"),
            ("table", [["Sr. No.", "Item", "Details"],
                       ["1", "Trade name", v(S, "name", R)],
                       ["2", "Manufacturer", f"{S['manufacturer']}, {S['address']}"],
                       ["3", "Basic UDI-DI", v(S, "udi", R)],
                       ["4", "Risk class", S["cls"]],
                       ["5", "Notified body", S["nb"]]]),
            ("h1", "2. Intended Purpose, Indications and Target Populations"),
            ("p", v(S, "purpose", R)),
            ("bullets", v(S, "indications", R)),
            ("p", "Contraindications: " + "; ".join(v(S, "contraindications", R)) + "."),
            ("h1", "3. Device Description"),
            ("p", v(S, "description", R)),
            ("h1", "4. Risks and Warnings"),
            ("p", "Residual risks and undesirable side-effects as per the risk management file are as "
                  "follows:"),
            ("bullets", T["risks"]),
            ("h1", "5. Summary of Clinical Evaluation and PMCF"),
            ("p", T["clin"]),
            ("h1", "6. Possible Therapeutic Alternatives"),
            ("p", T["alt"]),
            ("h1", "7. Suggested Profile and Training for Users"),
            ("p", T["users"])]


def cear(S):
    R = "CEAR"
    C = S["cear"]
    b = [("title", f"Clinical Evaluation Assessment Report (CEAR) – {v(S, 'name', R)}"),
         ("p", f"Notified Body: {S['nb']}. Assessor: {C['assessor']}. Template: MDCG 2020-13. "
               f"Application no. {C['appl']}."),
         ("h1", "A. Administrative Particulars"),
         ("table", [["Item", "Details"],
                    ["Manufacturer", f"{S['manufacturer']}, {S['city']}, India"],
                    ["Device", v(S, "name", R)],
                    ["Basic UDI-DI", v(S, "udi", R)],
                    ["Class / rule", f"{S['cls']} / {S['rule']}"],
                    ["CECP (Art. 54)", v(S, "cecp_cear", R) or ("Yes – " + S["cecp_reason"] if S["cecp"]
                                                               else "No – not in Art. 54(1) scope")],
                    ["Documents assessed", C["docs"]]]),
         ("h1", "B. Device Description and Intended Purpose"),
         ("p", v(S, "purpose", R)),
         ("p", C["desc"]),
         ("h1", "C. Assessment of the Clinical Evaluation"),
         ] + [("p", t) for t in C["assess"]] + [
         ("h1", "D. Non-conformities")] + [("p", t) for t in C["ncs"]] + [
         ("h1", "E. Assessment Conclusion"),
         ("p", C["concl"])]
    return b

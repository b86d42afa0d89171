"""Document skeletons in the voice of a US regulatory team writing EU documents, and of an
Austrian notified-body reviewer. Each dossier module fills a dict `d`; a key "DOC.key" overrides
"key" for one document only (DOC is cep, cer, pmcf, ifu, sscp, cear)."""


def G(d, doc, key, default=None):
    k = doc + "." + key
    if k in d:
        return d[k]
    if key in d:
        return d[key]
    return default


def extra(d, doc, where):
    """Extra blocks a dossier inserts at a named place of a document."""
    return list(d.get("x." + doc + "." + where, []))


def bl(items):
    return ("bullets", list(items))


# ------------------------------------------------------------------ CEP
def cep(d):
    D = "cep"
    b = [
        ("title", f"Clinical Evaluation Plan – {G(d, D, 'name')}"),
        ("p", f"Document No. {d['docno']['cep']} | Revision {d.get('cep_rev', 'B')} | Effective date {d['date_cep']}"),
        ("p", f"{d['mfr']}, {d['mfr_addr']}. Prepared by Regulatory Affairs (US) for the EU MDR 2017/745 technical documentation."),
        ("h1", "1. Purpose and Scope"),
        ("p", f"This plan defines how the clinical evaluation of the {G(d, D, 'name')} will be conducted and updated per MDR Article 61 and Annex XIV Part A. "
              f"The device is currently marketed in the United States under {d['us_ref']}. The US clearance is referenced for information only; it is not used as clinical evidence."),
        ("h1", "2. Device Description"),
        ("p", G(d, D, "description")),
        ("table", [["Item", "Detail"],
                   ["Trade name", G(d, D, "name")],
                   ["Model / catalog no.", G(d, D, "model")],
                   ["Basic UDI-DI", G(d, D, "udi")],
                   ["EU MDR class", f"{d['cls']} ({d['rule']})"],
                   ["Single use", G(d, D, "single_use", "Yes")]], True),
        ("h1", "3. Intended Purpose and Target Groups"),
        ("h2", "3.1 Intended purpose"),
        ("p", G(d, D, "purpose")),
        ("h2", "3.2 Indications for Use"),
        bl(G(d, D, "indications")),
        ("h2", "3.3 Target population"),
        ("p", G(d, D, "population")),
        ("h2", "3.4 Contraindications"),
        bl(G(d, D, "contraindications")),
        ("h2", "3.5 Intended users and use environment"),
        ("p", G(d, D, "users") + " " + G(d, D, "setting")),
    ]
    b += extra(d, D, "after_purpose")
    b += [
        ("h1", "4. Clinical Benefits and Outcome Parameters"),
        ("table", [["Clinical benefit", "Outcome parameter", "Time point"]] + [list(r) for r in G(d, D, "benefits")], True),
        ("h1", "5. Methods"),
        ("p", "5.1 Literature: a systematic search (PubMed/MEDLINE, Embase, Cochrane Library) covering the device, any equivalent device and the state of the art, with separate search strings for each, PRISMA flow, appraisal per MDCG 2020-13 Section D. "
              "5.2 Clinical investigation and PMS data: all manufacturer-held data, including complaints and MDR/MAUDE reports, will be appraised with the same criteria."),
        ("h1", "6. Benefit-Risk Acceptance Criteria"),
        bl(G(d, D, "acceptance")),
        ("h1", "7. Clinical Development Plan"),
        ("p", G(d, D, "devplan")),
    ]
    b += extra(d, D, "end")
    b += [("h1", "8. Approval"),
          ("table", [["Role", "Name", "Date"],
                     ["Author, Clinical Affairs", d["people"][0], d["date_cep"]],
                     ["Approver, VP Regulatory Affairs", d["people"][1], d["date_cep"]]], False)]
    return b


# ------------------------------------------------------------------ CER
def cer(d):
    D = "cer"
    name = G(d, D, "name")
    b = [
        ("title", f"Clinical Evaluation Report – {name}"),
        ("p", f"Document No. {d['docno']['cer']} | Revision {d.get('cer_rev', 'C')} | Date {d['date_cer']} | Data cut-off {d['cutoff']}"),
        ("p", f"Manufacturer: {d['mfr']}, {d['mfr_addr']}. EU Authorized Representative: {d['ar']}."),
        ("h1", "1. Executive Summary"),
        ("p", G(d, D, "summary")),
        ("h1", "2. Scope of the Clinical Evaluation"),
        ("p", f"This report covers the {name} ({G(d, D, 'model')}) in all sizes and configurations listed in Section 3. It was prepared per MDR Article 61, Annex XIV Part A, MEDDEV 2.7/1 rev. 4 (as far as consistent with the MDR) and MDCG 2020-13. "
              f"US references ({d['us_ref']}) are provided for background and are not relied on as clinical evidence."),
        ("h1", "3. Device Description"),
        ("p", G(d, D, "description")),
        ("table", [["Parameter", "Value"],
                   ["Trade name", name],
                   ["Model / catalog no.", G(d, D, "model")],
                   ["Basic UDI-DI", G(d, D, "udi")],
                   ["EU MDR class / rule", f"{d['cls']} / {d['rule']}"]] + [list(r) for r in G(d, D, "tech")], True),
    ]
    b += extra(d, D, "after_device")
    b += [
        ("h1", "4. Intended Purpose"),
        ("h2", "4.1 Intended purpose"),
        ("p", G(d, D, "purpose")),
        ("h2", "4.2 Indications for Use"),
        bl(G(d, D, "indications")),
        ("h2", "4.3 Target population"),
        ("p", G(d, D, "population")),
        ("h2", "4.4 Contraindications"),
        bl(G(d, D, "contraindications")),
        ("h2", "4.5 Intended users and use environment"),
        ("p", G(d, D, "users") + " " + G(d, D, "setting")),
        ("pagebreak",),
        ("h1", "5. State of the Art"),
    ]
    for para in G(d, D, "sota"):
        b.append(("p", para))
    b += [
        ("h1", "6. Clinical Data"),
        ("h2", "6.1 Literature search methodology"),
        ("p", f"Searches were run on {d['search_date']} in PubMed/MEDLINE, Embase and the Cochrane Library (2010 to data cut-off), with separate strings for (a) the device under evaluation, (b) any equivalent device and (c) the state of the art. "
              "Inclusion: clinical studies ≥10 patients in the intended population, English or German full text. Exclusion: case reports, animal and bench studies, duplicate cohorts. "
              "Two reviewers screened titles/abstracts independently; disagreements were resolved by a third reviewer. Favorable and unfavorable publications were retained."),
        ("table", [["Search", "Hits", "After de-duplication", "Full text reviewed", "Included"]] + [list(r) for r in G(d, D, "prisma")], True),
        ("h2", "6.2 Appraised publications"),
        ("table", [["Ref.", "Design / n", "Population", "Follow-up", "Relevance (MDCG 2020-13)"]] + [list(r) for r in G(d, D, "lit")], True),
    ]
    b += extra(d, D, "after_lit")
    b += [("h2", "6.3 Clinical investigations of the device")]
    for para in G(d, D, "ci"):
        b.append(("p", para))
    b += [("h2", "6.4 Equivalence")]
    for para in G(d, D, "equivalence"):
        b.append(("p", para))
    b += [("h2", "6.5 Post-market surveillance data"),
          ("table", [["Period", "Units distributed", "Complaints", "Serious incidents / MDRs", "Complaint rate"]] + [list(r) for r in G(d, D, "pms")], True)]
    b += extra(d, D, "after_pms")
    b += [("pagebreak",),
          ("h1", "7. Analysis of Clinical Performance, Safety and Benefit")]
    for para in G(d, D, "analysis"):
        b.append(("p", para))
    b += extra(d, D, "after_analysis")
    b += [
        ("h2", "7.4 Clinical benefits achieved"),
        ("table", [["Clinical benefit", "Outcome parameter", "Result"]] + [list(r) for r in G(d, D, "benefit_results")], True),
        ("h1", "8. Residual Risks and Alignment with IFU and Risk Management"),
        ("p", "The following residual risks are disclosed in the IFU (Section 5 WARNINGS / Section 6 CAUTIONS) and in the risk management file; rates are taken from the appraised data in Section 6:"),
        bl(G(d, D, "risks")),
        ("h1", "9. Benefit-Risk Determination and Conclusions"),
        ("p", G(d, D, "conclusion")),
        ("h1", "10. Clinical Evaluation Consultation Procedure (MDR Art. 54)"),
        ("p", G(d, D, "cecp")),
        ("h1", "11. PMCF"),
        ("p", G(d, D, "pmcf_ref")),
    ]
    b += extra(d, D, "end")
    b += [("h1", "12. Evaluators"),
          ("table", [["Name", "Qualification", "Signature date"],
                     [d["people"][0], d.get("q0", "PhD, 12 years clinical affairs"), d["date_cer"]],
                     [d["people"][2], d.get("q2", "MD, board-certified specialist"), d["date_cer"]]], False),
          ("p", "Declarations of interest of the evaluators are on file (DOI forms, Appendix C).")]
    return b


# ------------------------------------------------------------------ PMCF plan
def pmcf(d):
    D = "pmcf"
    p = d["pmcf"]
    b = [
        ("title", f"Post-Market Clinical Follow-up Plan – {G(d, D, 'name')}"),
        ("p", f"Document No. {d['docno']['pmcf']} | Revision A | Date {d['date_pmcf']}"),
        ("h1", "1. Scope"),
        ("p", f"This PMCF plan (MDR Annex XIV Part B, MDCG 2020-7) applies to the {G(d, D, 'name')}, model {G(d, D, 'model')}, Basic UDI-DI {G(d, D, 'udi')}."),
        ("h1", "2. Objectives and Link to Residual Risks"),
        ("table", [["No.", "Objective", "Residual risk / open question addressed"]] + [list(r) for r in p["objectives"]], True),
        ("h1", "3. General PMCF Methods"),
        bl(p.get("general", ["Complaint and vigilance trend analysis (quarterly)", "Screening of scientific literature (annually, search strings as in the CER)", "Review of registries and similar-device safety notices (annually)"])),
        ("h1", "4. Specific PMCF Activity"),
        ("h2", "4.1 Design"),
        ("p", p["design"]),
        ("h2", "4.2 Population and setting"),
        ("p", p["population"]),
        ("h2", "4.3 Endpoints"),
        bl(p["endpoints"]),
        ("h2", "4.4 Sample size rationale"),
        ("p", p["sample"]),
        ("h1", "5. Timeline"),
        ("table", [["Milestone", "Target date"]] + [list(r) for r in p["timeline"]], False),
        ("h1", "6. Reporting"),
        ("p", "Results will be summarized in the PMCF Evaluation Report and fed into the CER update, the PSUR and, where applicable, the SSCP."),
    ]
    return b


# ------------------------------------------------------------------ IFU (English)
def ifu_en(d):
    D = "ifu"
    b = [
        ("title", f"{G(d, D, 'name')} – Instructions for Use"),
        ("p", f"{G(d, D, 'model')} | {d['ifu_code']} | Rx only | Revision date {d['date_ifu']}"),
        ("call", "CAUTION: Federal (USA) law restricts this device to sale by or on the order of a physician. Read all instructions, warnings and precautions before use."),
        ("h1", "1. Device Description"),
        ("p", G(d, D, "description")),
        ("h1", "2. Indications for Use"),
        ("p", G(d, D, "purpose")),
        bl(G(d, D, "indications")),
        ("p", "Patient population: " + G(d, D, "population")),
        ("h1", "3. Contraindications"),
        bl(G(d, D, "contraindications")),
        ("h1", "4. Intended Users and Use Environment"),
        ("p", G(d, D, "users") + " " + G(d, D, "setting")),
        ("h1", "5. Warnings"),
    ]
    for w in G(d, D, "warnings"):
        b.append(("call", "WARNING: " + w))
    b += [("h1", "6. Cautions")]
    for c in G(d, D, "cautions"):
        b.append(("p", "CAUTION: " + c))
    b += [("h1", "7. Directions for Use")]
    b += [bl(G(d, D, "steps"))]
    b += extra(d, D, "after_steps")
    b += [("h1", "8. Technical Data"),
          ("table", [["Parameter", "Value"]] + [list(r) for r in G(d, D, "tech")], d.get("ifu_ruled", True)),
          ("h1", "9. Adverse Events"),
          ("p", G(d, D, "adverse")),
          ("h1", "10. Manufacturer"),
          ("p", f"{d['mfr']}, {d['mfr_addr']}. EC REP: {d['ar']}. Basic UDI-DI {G(d, D, 'udi')}. " + d.get("sscp_note", ""))]
    return b


# ------------------------------------------------------------------ IFU (other languages)
HEAD = {
    "de": ("Gebrauchsanweisung", "Produktbeschreibung", "Zweckbestimmung und Indikationen", "Patientenpopulation", "Kontraindikationen", "Anwender und Einsatzumgebung", "WARNUNG", "Technische Daten", "Hersteller", "Parameter", "Wert"),
    "fr": ("Mode d'emploi", "Description du dispositif", "Destination et indications", "Population de patients", "Contre-indications", "Utilisateurs et environnement d'utilisation", "AVERTISSEMENT", "Caractéristiques techniques", "Fabricant", "Paramètre", "Valeur"),
    "es": ("Instrucciones de uso", "Descripción del dispositivo", "Finalidad prevista e indicaciones", "Población de pacientes", "Contraindicaciones", "Usuarios y entorno de uso", "ADVERTENCIA", "Datos técnicos", "Fabricante", "Parámetro", "Valor"),
    "it": ("Istruzioni per l'uso", "Descrizione del dispositivo", "Destinazione d'uso e indicazioni", "Popolazione di pazienti", "Controindicazioni", "Utilizzatori e ambiente d'uso", "AVVERTENZA", "Dati tecnici", "Fabbricante", "Parametro", "Valore"),
    "nl": ("Gebruiksaanwijzing", "Beschrijving van het hulpmiddel", "Beoogd doel en indicaties", "Patiëntenpopulatie", "Contra-indicaties", "Gebruikers en gebruiksomgeving", "WAARSCHUWING", "Technische gegevens", "Fabrikant", "Parameter", "Waarde"),
    "no": ("Bruksanvisning", "Beskrivelse av utstyret", "Tiltenkt formål og indikasjoner", "Pasientpopulasjon", "Kontraindikasjoner", "Brukere og bruksmiljø", "ADVARSEL", "Tekniske data", "Produsent", "Parameter", "Verdi"),
    "sv": ("Bruksanvisning", "Produktbeskrivning", "Avsett ändamål och indikationer", "Patientpopulation", "Kontraindikationer", "Användare och användningsmiljö", "VARNING", "Tekniska data", "Tillverkare", "Parameter", "Värde"),
    "pt": ("Instruções de utilização", "Descrição do dispositivo", "Finalidade prevista e indicações", "População de doentes", "Contraindicações", "Utilizadores e ambiente de utilização", "ADVERTÊNCIA", "Dados técnicos", "Fabricante", "Parâmetro", "Valor"),
    "cs": ("Návod k použití", "Popis prostředku", "Určený účel a indikace", "Populace pacientů", "Kontraindikace", "Uživatelé a prostředí použití", "VAROVÁNÍ", "Technické údaje", "Výrobce", "Parametr", "Hodnota"),
    "is": ("Notkunarleiðbeiningar", "Lýsing á tækinu", "Fyrirhuguð notkun og ábendingar", "Sjúklingahópur", "Frábendingar", "Notendur og notkunarumhverfi", "VIÐVÖRUN", "Tæknilegar upplýsingar", "Framleiðandi", "Færibreyta", "Gildi"),
}


def ifu_xx(d, lang):
    t = d["ifu_" + lang]
    h = HEAD[lang]
    b = [
        ("title", f"{t.get('name', G(d, 'ifu', 'name'))} – {h[0]}"),
        ("p", f"{G(d, 'ifu', 'model')} | {d['ifu_code']}-{lang.upper()} | Rx only | {d['date_ifu']}"),
        ("h1", "1. " + h[1]),
        ("p", t["description"]),
        ("h1", "2. " + h[2]),
        ("p", t["purpose"]),
        bl(t["indications"]),
        ("p", h[3] + ": " + t["population"]),
        ("h1", "3. " + h[4]),
        bl(t["contraindications"]),
        ("h1", "4. " + h[5]),
        ("p", t["users"]),
        ("h1", "5. " + h[6]),
    ]
    for w in t["warnings"]:
        b.append(("call", h[6] + ": " + w))
    b += t.get("extra", [])
    b += [("h1", "6. " + h[7]),
          ("table", [[h[9], h[10]]] + [list(r) for r in t["tech"]], t.get("ruled", True)),
          ("h1", "7. " + h[8]),
          ("p", f"{d['mfr']}, {d['mfr_addr']}. EC REP: {d['ar']}. Basic UDI-DI {t.get('udi', G(d, 'ifu', 'udi'))}.")]
    return b


# ------------------------------------------------------------------ SSCP
def sscp(d):
    D = "sscp"
    s = d["sscp"]
    return [
        ("title", f"Summary of Safety and Clinical Performance – {G(d, D, 'name')}"),
        ("p", f"Document No. {d['docno']['sscp']} | Revision 1 | Date {d['date_sscp']} | Validated by the Notified Body: {s.get('validated', 'pending')}"),
        ("p", "This summary is intended for healthcare professionals; a patient section follows in Part 2."),
        ("h1", "1. Device Identification and General Information"),
        ("table", [["Item", "Information"],
                   ["Trade name", G(d, D, "name")],
                   ["Model", G(d, D, "model")],
                   ["Basic UDI-DI", G(d, D, "udi")],
                   ["Manufacturer", d["mfr"] + ", " + d["mfr_addr"]],
                   ["SRN", d["srn"]],
                   ["Class", d["cls"]],
                   ["Notified Body", d["nb"]]], True),
        ("h1", "2. Intended Purpose"),
        ("p", G(d, D, "purpose")),
        ("p", "Indications: " + "; ".join(G(d, D, "indications")) + "."),
        ("p", "Target population: " + G(d, D, "population")),
        ("p", "Contraindications: " + "; ".join(G(d, D, "contraindications")) + "."),
        ("h1", "3. Device Description"),
        ("p", G(d, D, "description")),
        ("h1", "4. Risks and Warnings"),
        bl(s["risks"]),
        ("h1", "5. Summary of Clinical Evaluation and PMCF"),
        ("p", s["clinical"]),
        ("h1", "6. Possible Diagnostic or Therapeutic Alternatives"),
        ("p", s["alternatives"]),
        ("h1", "7. Suggested Profile and Training for Users"),
        ("p", G(d, D, "users")),
        ("pagebreak",),
        ("h1", "Part 2 – Summary for Patients"),
        ("p", s["patient"]),
    ]


# ------------------------------------------------------------------ CEAR (Austrian NB)
def cear(d):
    D = "cear"
    c = d["cear"]
    b = [
        ("title", "Clinical Evaluation Assessment Report (CEAR)"),
        ("p", f"{d['nb']} | Report No. {d['docno']['cear']} | Date {c['date']}"),
        ("p", f"Dear Sirs, please find hereafter the Assessment of the clinical Evaluation of the Manufacturer {d['mfr']} according to MDCG 2020-13. Reviewer: {c['reviewer']}; internal clinical Expert: {c['expert']}."),
        ("h1", "A. Administrative Particulars"),
        ("table", [["Item", "Entry"],
                   ["Manufacturer / SRN", d["mfr"] + " / " + d["srn"]],
                   ["Device", G(d, D, "name")],
                   ["Model", G(d, D, "model")],
                   ["Basic UDI-DI", G(d, D, "udi")],
                   ["Class / Rule", d["cls"] + " / " + d["rule"]],
                   ["Documents assessed", f"CEP {d['docno']['cep']}, CER {d['docno']['cer']}, PMCF plan {d['docno']['pmcf']}, IFU {d['ifu_code']}" + (f", SSCP {d['docno']['sscp']}" if 'sscp' in d['docno'] else "")]], True),
        ("h1", "B. Device Description and intended Purpose"),
        ("p", G(d, D, "purpose_summary")),
        ("h1", "C. Clinical Evaluation Plan and State of the Art"),
        ("p", c["C"]),
        ("h1", "D. Clinical Literature Review"),
        ("p", c["D"]),
        ("h1", "E. Clinical Investigations"),
        ("p", c["E"]),
        ("h1", "F. PMS, PMCF and Update Plan"),
        ("p", c["F"]),
        ("h1", "G. IFU, SSCP and Labelling"),
        ("p", c["G"]),
        ("h1", "H. Summary and Conclusions on Benefit-Risk"),
        ("p", c["H"]),
        ("h1", "I. Clinical Evaluation Consultation Procedure (Art. 54)"),
        ("p", c["I"]),
        ("h1", "Nonconformities"),
        ("table", [["No.", "Description", "Status"]] + [list(r) for r in c["ncs"]], True),
        ("p", f"Graz, {c['date']} – {c['reviewer']}, Product Reviewer; {c['expert']}, Clinical Expert. With kind Regards."),
    ]
    return b

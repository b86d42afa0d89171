"""Shared document skeletons of the (fictional) manufacturer's regulatory department.
A dossier module gives a facts dict F; F["ov"][role][key] overrides a fact for one document,
F["extra"][role] adds blocks to that document's clinical / main section."""

LH = {  # IFU headings per language
 "en": ["Product name", "Model and specification", "Scope of application", "Indications", "Contraindications", "Target population", "Precautions", "Technical data", "Instructions for use", "Storage", "Manufacturer"],
 "de": ["Produktname", "Modell und Spezifikation", "Zweckbestimmung", "Indikationen", "Kontraindikationen", "Zielpopulation", "Vorsichtsmaßnahmen", "Technische Daten", "Gebrauchsanweisung", "Lagerung", "Hersteller"],
 "fr": ["Nom du produit", "Modèle et spécification", "Destination", "Indications", "Contre-indications", "Population cible", "Précautions", "Caractéristiques techniques", "Mode d’emploi", "Stockage", "Fabricant"],
 "it": ["Nome del prodotto", "Modello e specifiche", "Destinazione d’uso", "Indicazioni", "Controindicazioni", "Popolazione di destinazione", "Precauzioni", "Dati tecnici", "Istruzioni per l’uso", "Conservazione", "Fabbricante"],
 "es": ["Nombre del producto", "Modelo y especificación", "Finalidad prevista", "Indicaciones", "Contraindicaciones", "Población destinataria", "Precauciones", "Datos técnicos", "Instrucciones de uso", "Almacenamiento", "Fabricante"],
 "nl": ["Productnaam", "Model en specificatie", "Beoogd doel", "Indicaties", "Contra-indicaties", "Doelgroep", "Voorzorgsmaatregelen", "Technische gegevens", "Gebruiksaanwijzing", "Opslag", "Fabrikant"],
 "sv": ["Produktnamn", "Modell och specifikation", "Avsett ändamål", "Indikationer", "Kontraindikationer", "Målgrupp", "Försiktighetsåtgärder", "Tekniska data", "Bruksanvisning", "Förvaring", "Tillverkare"],
 "fi": ["Tuotteen nimi", "Malli ja tekniset tiedot", "Käyttötarkoitus", "Käyttöaiheet", "Vasta-aiheet", "Kohderyhmä", "Varotoimet", "Tekniset tiedot", "Käyttöohjeet", "Säilytys", "Valmistaja"],
 "cs": ["Název výrobku", "Model a specifikace", "Účel určení", "Indikace", "Kontraindikace", "Cílová populace", "Bezpečnostní opatření", "Technické údaje", "Návod k použití", "Skladování", "Výrobce"],
 "hr": ["Naziv proizvoda", "Model i specifikacija", "Namjena", "Indikacije", "Kontraindikacije", "Ciljna populacija", "Mjere opreza", "Tehnički podaci", "Upute za uporabu", "Skladištenje", "Proizvođač"],
}
TECH_HEAD = {"en": ("Item", "Value"), "de": ("Parameter", "Wert"), "fr": ("Paramètre", "Valeur"),
 "it": ("Parametro", "Valore"), "es": ("Parámetro", "Valor"), "nl": ("Parameter", "Waarde"),
 "sv": ("Parameter", "Värde"), "fi": ("Parametri", "Arvo"), "cs": ("Parametr", "Hodnota"), "hr": ("Parametar", "Vrijednost")}
IFU_TITLE = {"en": "Instructions for Use", "de": "Gebrauchsanweisung", "fr": "Notice d’utilisation",
 "it": "Istruzioni per l’uso", "es": "Instrucciones de uso", "nl": "Gebruiksaanwijzing", "sv": "Bruksanvisning",
 "fi": "Käyttöohje", "cs": "Návod k použití", "hr": "Upute za uporabu"}


def g(F, role, key):
    return F.get("ov", {}).get(role, {}).get(key, F[key])


def ex(F, role, slot="main"):
    return F.get("extra", {}).get(role, {}).get(slot, [])


def header(F, role, docno):
    return [("p", f"Document No.：{docno}    Issue date：{F['date']}"),
            ("p", f"Manufacturer：{F['manu']}, {F['site']}. EU Authorised Representative：{F['ar']}"),
            ("p", f"Product：{g(F, role, 'trade')}    Basic UDI-DI：{g(F, role, 'udi')}    Class：{F['cls']} ({F['rule']})")]


def cep(F, docno):
    r = "CEP"
    b = header(F, r, docno)
    b += [("h1", "Chapter 1 Scope of the clinical evaluation"),
          ("p", f"This plan describes the clinical evaluation of {g(F, r, 'trade')} according to Article 61 and Annex XIV Part A of Regulation (EU) 2017/745. {g(F, r, 'desc')}"),
          ("h2", "1.1 Intended purpose"), ("p", g(F, r, "purpose")),
          ("h2", "1.2 Indications"), ("list", [f"({i+1}) {x}" for i, x in enumerate(g(F, r, "indications"))]),
          ("h2", "1.3 Target population"), ("p", g(F, r, "population")),
          ("h2", "1.4 Intended user and use environment"), ("p", g(F, r, "setting")),
          ("h1", "Chapter 2 Clinical benefits and outcome parameters"),
          ("p", "The intended clinical benefits and the outcome parameters used to measure them are given in Table 2-1. Acceptance criteria are derived from the state of the art in Chapter 3."),
          ("table", "Table 2-1 Outcome parameters and acceptance criteria", ["No.", "Outcome parameter", "Acceptance criterion"],
           [[str(i+1), a, c] for i, (a, c) in enumerate(g(F, r, "cep_endpoints"))], True),
          ("h1", "Chapter 3 State of the art"), ("p", g(F, r, "sota")),
          ("h1", "Chapter 4 Data sources and appraisal method"),
          ("p", "Literature search in PubMed/MEDLINE and Embase (2010-01-01 to cut-off date), manufacturer's own clinical investigation data and post-market surveillance data from China and EU markets. Data are appraised with a suitability and contribution scheme (D1-D3, C1-C3) described in SOP " + F["cer_no"].split("-")[0] + "-RA-SOP-007."),
          ("h1", "Chapter 5 Clinical development plan"), ("p", g(F, r, "cdp"))]
    b += ex(F, r)
    return b


def cer(F, docno):
    r = "CER"
    b = header(F, r, docno)
    ver = F["cer_no"].split(" ")[-1]
    hist = [["V1.0", F["date"], "First issue"]] if ver == "V1.0" else [["V1.0", "initial issue (see document history)", "First issue"], [ver, F["date"], "Update with clinical data and notified body comments"]]
    b += [("table", "Document revision history", ["Version", "Date", "Description of change"], hist, True),
          ("table", "Approval", ["Function", "Name", "Signature / date"], [["Prepared", F["author"], "signed " + F["date"]], ["Clinical review", F["reviewer"], "signed " + F["date"]], ["Approved (PRRC)", "Regulatory Affairs Director", "signed " + F["date"]]], True),
          ("p", "Contents：Chapter 1 Summary; Chapter 2 Product performance, structure and composition; Chapter 3 Scope of application; Chapter 4 State of the art; Chapter 5 Clinical data; Chapter 6 Benefit-risk analysis; Chapter 7 Post-market clinical follow-up; Chapter 8 Conclusion; Chapter 9 References."),
          ("pagebreak",)]
    T = g(F, r, "trade")
    per = "annually, together with the PSUR" if F["cls"] in ("III", "IIb") else "at least every two years, together with the PSUR"
    b += [("h1", "Chapter 1 Summary"), ("p", g(F, r, "summary")),
          ("h2", "1.1 Regulatory status and consultation procedure"), ("p", g(F, r, "cecp_text")),
          ("h2", "1.2 Scope of this report"),
          ("p", f"This report covers all models and specifications of {T} listed in Table 2-1. It was prepared according to Article 61 and Annex XIV Part A of Regulation (EU) 2017/745, MDCG 2020-13 and MEDDEV 2.7/1 rev. 4 (where still applicable), following the clinical evaluation plan {F['cep_no']}."),
          ("h2", "1.3 Evaluators"),
          ("table", "Table 1-1 Clinical evaluation team", ["Name", "Role", "Qualification"],
           [[F["author"], "Author", "Master degree in biomedical engineering, ≥5 years regulatory experience"],
            [F["reviewer"], "Clinical reviewer", "Medical doctor, ≥10 years clinical practice in the field; declaration of interest signed"]], True),
          ("h1", "Chapter 2 Product performance, structure and composition"), ("p", g(F, r, "desc")),
          ("table", "Table 2-1 Models and specifications", ["Model", "Specification"], g(F, r, "models"), True),
          ("table", "Table 2-2 Main technical parameters", ["Parameter", "Value"], [list(x) for x in g(F, r, "tech")], True),
          ("h1", "Chapter 3 Scope of application"),
          ("h2", "3.1 Intended purpose"), ("p", g(F, r, "purpose")),
          ("h2", "3.2 Indications"), ("list", [f"({i+1}) {x}" for i, x in enumerate(g(F, r, "indications"))]),
          ("h2", "3.3 Contraindications"), ("list", [f"{'①②③④⑤⑥⑦⑧'[i]} {x}" for i, x in enumerate(g(F, r, "contra"))]),
          ("h2", "3.4 Target population and use environment"), ("p", g(F, r, "population")), ("p", g(F, r, "setting")),
          ("h1", "Chapter 4 State of the art"), ("p", g(F, r, "sota")),
          ("h2", "4.1 Literature search"),
          ("p", f"The literature search was performed by two reviewers independently according to the search protocol of the CEP {F['cep_no']}. Search terms combined the device type, the indications of Chapter 3 and the names of the comparable devices. Duplicates were removed, titles and abstracts were screened and full texts were appraised. Articles on other indications, non-English/Chinese articles without translation and case reports with fewer than 5 patients were excluded."),
          ("table", "Table 4-1 Literature search summary", ["Database", "Period", "Hits", "After screening", "Included"],
           [["PubMed/MEDLINE", "2010-01-01 to " + F["date"], str(300 + len(T) * 7), str(40 + len(T) % 17), str(len(g(F, r, "studies")) + 6)],
            ["Embase", "2010-01-01 to " + F["date"], str(410 + len(T) * 5), str(52 + len(T) % 13), "(overlap)"],
            ["Cochrane Library", "2010-01-01 to " + F["date"], str(20 + len(T) % 11), "4", "(overlap)"]], True),
          ("p", "The included state of the art publications are used to define the benchmarks and acceptance criteria; they are not used as clinical data of the device unless stated in Chapter 5."),
          ("h1", "Chapter 5 Clinical data"),
          ("p", g(F, r, "data_intro")),
          ("table", "Table 5-1 Summary of clinical data sets", ["Data set", "Design", "N", "Population", "Follow-up", "Main results"], g(F, r, "studies"), True)]
    b += [("p", x) for x in g(F, r, "data_prose")]
    b += [("table", "Table 5-2 Appraisal of data sets (suitability D1-D3, contribution C1-C3)", ["Data set", "Suitability", "Contribution", "Weight"],
           [[row[0], "D1" if i == 0 else "D2", "C1" if i == 0 else "C2", "pivotal" if i == 0 else "supportive"] for i, row in enumerate(g(F, r, "studies"))], True),
          ("p", "Data sets were appraised for the device used, the patient population, the reporting of outcomes and the statistical significance. Pivotal data sets are used for the demonstration of conformity; supportive data sets are discussed but carry less weight.")]
    b += ex(F, r)
    b += [("h1", "Chapter 6 Benefit-risk analysis"), ("p", g(F, r, "benefit")),
          ("p", "Residual risks identified in the risk management file " + F["rmf"] + "："),
          ("list", [f"({i+1}) {x}" for i, x in enumerate(g(F, r, "risks"))]),
          ("p", g(F, r, "br_conclusion")),
          ("table", "Table 6-1 Conformity with general safety and performance requirements", ["GSPR", "Requirement", "Evidence"],
           [["GSPR 1", "Achieve intended performance, be safe and effective", "Chapter 5"], ["GSPR 8", "Known and foreseeable risks minimised and acceptable against benefits", "Chapter 6 and " + F["rmf"]],
            ["GSPR 23", "Information supplied with the device", F["ifu_no"]]], True),
          ("h2", "6.1 Information materials"),
          ("p", f"The IFU {F['ifu_no']} and the label were reviewed against the clinical data. The residual risks and warnings in the information materials are the basis of the risk control measures 'information for safety' of the risk management file."),
          ("h1", "Chapter 7 Post-market clinical follow-up"), ("p", g(F, r, "pmcf_summary")),
          ("h1", "Chapter 8 Conclusion"), ("p", g(F, r, "conclusion")),
          ("p", f"Next update：this report will be updated when new PMCF or PMS data become available and {per}."),
          ("h1", "Chapter 9 References"),
          ("list", [f"[{i+1}] {row[0]}：{row[1]}, N = {row[2]}." for i, row in enumerate(g(F, r, "studies"))] + [f"[{len(g(F, r, 'studies'))+1}] Regulation (EU) 2017/745 on medical devices.", f"[{len(g(F, r, 'studies'))+2}] MDCG 2020-13 Clinical evaluation assessment report template."]),
          ("p", f"Prepared by：{F['author']}    Reviewed by：{F['reviewer']}    Approved：{F['date']}")]
    return b


def pmcf(F, docno):
    r = "PMCF-plan"
    P = g(F, r, "pmcf")
    b = header(F, r, docno)
    b += [("h1", "1 General information"), ("p", f"This PMCF plan is made according to Annex XIV Part B of Regulation (EU) 2017/745 and MDCG 2020-7 for {g(F, r, 'trade')}. It is linked to the clinical evaluation report {F['cer_no']}."),
          ("h1", "2 Objectives"), ("list", [f"({i+1}) {x}" for i, x in enumerate(P["objectives"])]),
          ("h1", "3 Design"), ("p", P["design"]),
          ("h1", "4 Study population"), ("p", P["population"]),
          ("h1", "5 Sample size"), ("p", P["sample"]),
          ("h1", "6 Endpoints"), ("table", "Table 6-1 PMCF endpoints", ["Type", "Endpoint"], [list(x) for x in P["endpoints"]], True),
          ("h1", "7 Timeline"), ("p", P["timeline"]),
          ("h1", "8 General PMCF activities"), ("p", "Complaint and vigilance trend analysis (monthly), screening of literature (yearly), user feedback collected by the EU Authorised Representative and distributors.")]
    b += ex(F, r)
    return b


def ifu(F, lang, docno):
    r = "IFU-" + lang
    L = F["langs"][lang] if lang != "en" else None
    H = LH[lang]
    get = (lambda k: g(F, r, k)) if lang == "en" else (lambda k: F.get("ov", {}).get(r, {}).get(k, L[k]))
    b = [("p", f"{docno}    {F['date']}"),
         ("h2", f"[{H[0]}]"), ("p", g(F, r, "trade")),
         ("h2", f"[{H[1]}]"), ("list", [f"{m}：{s}" for m, s in (g(F, r, "models") if lang == "en" else L.get("models", F["models"]))]),
         ("p", f"Basic UDI-DI：{g(F, r, 'udi')}"),
         ("h2", f"[{H[2]}]"), ("p", get("purpose")),
         ("h2", f"[{H[3]}]"), ("list", [f"({i+1}) {x}" for i, x in enumerate(get("indications"))]),
         ("h2", f"[{H[4]}]"), ("list", [f"({i+1}) {x}" for i, x in enumerate(get("contra"))]),
         ("h2", f"[{H[5]}]"), ("p", get("population")),
         ("h2", f"[{H[6]}]"), ("list", [f"({i+1}) {x}" for i, x in enumerate(get("warnings"))]),
         ("table", f"[{H[7]}]", list(TECH_HEAD[lang]), [list(x) for x in get("tech")], F.get("ruled_ifu", True)),
         ("h2", f"[{H[8]}]"), ("list", [f"{'①②③④⑤⑥⑦⑧⑨'[i]} {x}" for i, x in enumerate(get("steps"))]),
         ("h2", f"[{H[9]}]"), ("p", get("storage")),
         ("h2", f"[{H[10]}]"), ("p", f"{F['manu']}, {F['site']}  |  EC REP：{F['ar']}")]
    b += ex(F, r)
    return IFU_TITLE[lang], b


def sscp(F, docno):
    r = "SSCP"
    S = g(F, r, "sscp")
    b = header(F, r, docno)
    b += [("p", "This Summary of Safety and Clinical Performance (SSCP) is intended for users / healthcare professionals and for patients. It is not intended to replace the Instructions for Use."),
          ("h1", "1 Device identification"), ("p", f"{g(F, r, 'trade')}, Basic UDI-DI {g(F, r, 'udi')}, class {F['cls']}. Notified body：{F['nb']}."),
          ("h1", "2 Intended purpose"), ("p", g(F, r, "purpose")),
          ("h2", "2.1 Indications and target population"), ("list", g(F, r, "indications")), ("p", g(F, r, "population")),
          ("h2", "2.2 Contraindications"), ("list", g(F, r, "contra")),
          ("h1", "3 Device description"), ("p", g(F, r, "desc")),
          ("h1", "4 Residual risks and undesirable side-effects"), ("list", S["risks"]),
          ("h1", "5 Summary of clinical evaluation and PMCF"), ("p", S["clinical"]),
          ("h1", "6 Possible diagnostic or therapeutic alternatives"), ("p", S["alternatives"]),
          ("h1", "7 Suggested profile and training for users"), ("p", S["training"]),
          ("h1", "Summary for patients"), ("p", S["patients"])]
    b += ex(F, r)
    return b


def cear(F, docno):
    r = "CEAR"
    C = F["cear"]
    b = [("p", f"Notified body：{F['nb']}    Report No.：{docno}    Date：{C['date']}"),
         ("p", f"Manufacturer：{F['manu']}    Device：{g(F, r, 'trade')}    Basic UDI-DI：{g(F, r, 'udi')}    Class {F['cls']}"),
         ("p", f"Documents assessed：clinical evaluation report {F['cer_no']}, clinical evaluation plan {F['cep_no']}, PMCF plan {F['pmcf_no']}, instructions for use {F['ifu_no']}" + (f", SSCP {F['sscp_no']}" if F.get('sscp_no') else "") + "."),
         ("h1", "1 Consultation procedure (Art. 54 MDR)"), ("p", C["cecp"]),
         ("h1", "2 Assessment of the clinical evaluation"), ("p", C["intro"]),
         ("table", "Table 2 Assessment of requirements", ["No.", "Topic", "Requirement", "Manufacturer's position", "Reviewer's assessment", "Status"], C["table"], True),
         ("h1", "3 Deviations and recommendations")]
    b += [("list", C["devs"])] if C["devs"] else [("p", "No deviations were raised.")]
    b += [("h1", "4 Overall conclusion"), ("p", C["conclusion"]),
          ("p", f"Clinical reviewer：{C['reviewer']}    Final decision maker：{C['fdm']}")]
    return b

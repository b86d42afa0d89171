"""Document skeletons for heldout_an. A dossier is a dict D; per-document overrides live in
D["ov"][doc] (replacing a field for that document only) and D["add"][doc][section] (extra blocks)."""

L10N = {
    "en": dict(ifu="Instructions for Use", ip="Intended purpose", ind="Indications", contra="Contraindications",
               pop="Intended patients", users="Intended users & use environment", warn="Warnings & precautions",
               tech="Technical data", box="What's in the Box", steps="How to use", faq="FAQ", param="Parameter",
               val="Value", mfr="Manufacturer"),
    "nl": dict(ifu="Gebruiksaanwijzing", ip="Beoogd doel", ind="Indicaties", contra="Contra-indicaties",
               pop="Beoogde patiënten", users="Beoogde gebruikers en gebruiksomgeving", warn="Waarschuwingen en voorzorgsmaatregelen",
               tech="Technische gegevens", box="Inhoud van de verpakking", steps="Gebruik", faq="Veelgestelde vragen",
               param="Parameter", val="Waarde", mfr="Fabrikant"),
    "de": dict(ifu="Gebrauchsanweisung", ip="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
               pop="Vorgesehene Patienten", users="Vorgesehene Anwender und Einsatzumgebung", warn="Warnhinweise und Vorsichtsmaßnahmen",
               tech="Technische Daten", box="Lieferumfang", steps="Anwendung", faq="Häufige Fragen", param="Parameter",
               val="Wert", mfr="Hersteller"),
    "fr": dict(ifu="Notice d'utilisation", ip="Destination", ind="Indications", contra="Contre-indications",
               pop="Patients concernés", users="Utilisateurs prévus et environnement d'utilisation", warn="Mises en garde et précautions",
               tech="Caractéristiques techniques", box="Contenu de l'emballage", steps="Utilisation", faq="Questions fréquentes",
               param="Paramètre", val="Valeur", mfr="Fabricant"),
    "it": dict(ifu="Istruzioni per l'uso", ip="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
               pop="Pazienti previsti", users="Utilizzatori previsti e ambiente d'uso", warn="Avvertenze e precauzioni",
               tech="Dati tecnici", box="Contenuto della confezione", steps="Modalità d'uso", faq="Domande frequenti",
               param="Parametro", val="Valore", mfr="Fabbricante"),
    "es": dict(ifu="Instrucciones de uso", ip="Finalidad prevista", ind="Indicaciones", contra="Contraindicaciones",
               pop="Pacientes previstos", users="Usuarios previstos y entorno de uso", warn="Advertencias y precauciones",
               tech="Datos técnicos", box="Contenido del envase", steps="Modo de empleo", faq="Preguntas frecuentes",
               param="Parámetro", val="Valor", mfr="Fabricante"),
    "sv": dict(ifu="Bruksanvisning", ip="Avsett ändamål", ind="Indikationer", contra="Kontraindikationer",
               pop="Avsedda patienter", users="Avsedda användare och användningsmiljö", warn="Varningar och försiktighetsåtgärder",
               tech="Tekniska data", box="Förpackningens innehåll", steps="Användning", faq="Vanliga frågor",
               param="Parameter", val="Värde", mfr="Tillverkare"),
    "lt": dict(ifu="Naudojimo instrukcija", ip="Numatytoji paskirtis", ind="Indikacijos", contra="Kontraindikacijos",
               pop="Numatyti pacientai", users="Numatyti naudotojai ir naudojimo aplinka", warn="Įspėjimai ir atsargumo priemonės",
               tech="Techniniai duomenys", box="Pakuotės turinys", steps="Naudojimas", faq="Dažni klausimai",
               param="Parametras", val="Vertė", mfr="Gamintojas"),
    "lv": dict(ifu="Lietošanas instrukcija", ip="Paredzētais mērķis", ind="Indikācijas", contra="Kontrindikācijas",
               pop="Paredzētie pacienti", users="Paredzētie lietotāji un lietošanas vide", warn="Brīdinājumi un piesardzības pasākumi",
               tech="Tehniskie dati", box="Iepakojuma saturs", steps="Lietošana", faq="Biežāk uzdotie jautājumi",
               param="Parametrs", val="Vērtība", mfr="Ražotājs"),
    "sk": dict(ifu="Návod na použitie", ip="Určený účel", ind="Indikácie", contra="Kontraindikácie",
               pop="Určení pacienti", users="Určení používatelia a prostredie použitia", warn="Varovania a bezpečnostné opatrenia",
               tech="Technické údaje", box="Obsah balenia", steps="Použitie", faq="Časté otázky",
               param="Parameter", val="Hodnota", mfr="Výrobca"),
    "hr": dict(ifu="Upute za uporabu", ip="Namjena", ind="Indikacije", contra="Kontraindikacije",
               pop="Predviđeni pacijenti", users="Predviđeni korisnici i okruženje uporabe", warn="Upozorenja i mjere opreza",
               tech="Tehnički podaci", box="Sadržaj pakiranja", steps="Uporaba", faq="Česta pitanja",
               param="Parametar", val="Vrijednost", mfr="Proizvođač"),
    "el": dict(ifu="Οδηγίες χρήσης", ip="Προβλεπόμενος σκοπός", ind="Ενδείξεις", contra="Αντενδείξεις",
               pop="Προβλεπόμενοι ασθενείς", users="Προβλεπόμενοι χρήστες και περιβάλλον χρήσης", warn="Προειδοποιήσεις και προφυλάξεις",
               tech="Τεχνικά χαρακτηριστικά", box="Περιεχόμενο συσκευασίας", steps="Χρήση", faq="Συχνές ερωτήσεις",
               param="Παράμετρος", val="Τιμή", mfr="Κατασκευαστής"),
}


def g(D, key, doc):
    return D.get("ov", {}).get(doc, {}).get(key, D.get(key))


def add(D, doc, section):
    return list(D.get("add", {}).get(doc, {}).get(section, []))


def footer(D):
    return f"{D['company']} – Company Confidential – {D['trade']} – {D['version']}"


def cep(D):
    k = "cep"
    n = g(D, "trade", k)
    b = [("p", f"Document: {D['doc_ids']['cep']} | {D['version']} | {D['date']} | Owner: {D['ra_lead']}, RA/QA"),
         ("h", "1. Purpose & Scope"),
         ("p", f"This Clinical Evaluation Plan (CEP) sets out how {D['company']} will show that {n} is safe and performs as intended, "
               f"in line with MDR Annex XIV Part A and MEDDEV 2.7/1 rev 4 where still useful. It covers {g(D, 'model', k)} and all accessories listed in the Device Overview.")]
    b += add(D, k, "scope")
    b += [("h", "2. Device Overview"), ("p", g(D, "description", k)),
          ("p", f"Classification: class {D['cls']} ({D['rule']}). Basic UDI-DI: {g(D, 'udi', k)}."),
          ("h", "3. Intended Purpose"), ("p", g(D, "intended", k)),
          ("h", "4. Target Groups, Indications & Contraindications"),
          ("p", "Target population: " + g(D, "population", k)),
          ("p", "Indications:"), ("ul", g(D, "indications", k)),
          ("p", "Contraindications:"), ("ul", g(D, "contras", k)),
          ("p", "Intended users and environment: " + g(D, "users", k))]
    b += add(D, k, "target")
    b += [("h", "5. Clinical Benefits & Outcome Parameters"),
          ("table", [["Clinical benefit", "Outcome parameter", "Acceptance criterion"]] + g(D, "benefits", k), True),
          ("h", "6. Benefit-Risk Acceptance Criteria"), ("p", g(D, "acceptance", k)),
          ("h", "7. Clinical Development Plan"), ("p", g(D, "devplan", k)),
          ("h", "8. Literature Search Protocol"),
          ("p", f"Databases: PubMed/MEDLINE, Embase, Cochrane Library, plus ClinicalTrials.gov and the MAUDE and BfArM databases for vigilance data. "
                f"Search period: 2010 to the search date. Search string (PubMed): {g(D, 'search', k)}. Two reviewers screen titles/abstracts independently; "
                "disagreements are settled by the clinical lead. Appraisal uses the MDCG 2020-6 suitability and contribution criteria (D1-D3, C1-C3)."),
          ("h", "9. State of the Art – Planned Benchmarks"), ("p", g(D, "sota", k))]
    b += add(D, k, "end")
    return b


def cer(D):
    k = "cer"
    n = g(D, "trade", k)
    b = [("p", f"Document: {D['doc_ids']['cer']} | {D['version']} | Date: {D['date']} | Prepared by: {D['evaluator']}"),
         ("h", "1. Executive Summary"),
         ("p", f"{n} by {D['company']} ({D['city']}) is a {D['tagline']}. This Clinical Evaluation Report (CER) pulls together "
               "all clinical data we have – literature, our own studies, PMS – and shows conformity with GSPR 1, 6 and 8. Bottom line: "
               "benefits clearly outweigh the residual risks when the device is used as labelled."),
         ("h", "2. Device Overview"), ("p", g(D, "description", k)),
         ("p", f"Model: {g(D, 'model', k)}. Basic UDI-DI: {g(D, 'udi', k)}. Class {D['cls']} ({D['rule']})."),
         ("table", [["Parameter", "Value"]] + g(D, "specs_cer", k), True)]
    b += add(D, k, "device")
    b += [("h", "3. Intended Purpose, Indications & Contraindications"), ("p", g(D, "intended", k)),
          ("p", "Target population: " + g(D, "population", k)),
          ("p", "Indications:"), ("ul", g(D, "indications", k)),
          ("p", "Contraindications:"), ("ul", g(D, "contras", k)),
          ("p", "Intended users and use environment: " + g(D, "users", k))]
    b += add(D, k, "intended")
    b += [("h", "4. Regulatory Status & Consultation Procedure"), ("p", g(D, "cecp_cer", k)),
          ("h", "5. State of the Art"), ("p", g(D, "sota", k))]
    b += [("p", p) for p in g(D, "sota_more", k)]
    b += [("h", "6. Method of the Clinical Evaluation"),
          ("p", "The evaluation followed our CEP " + D['doc_ids']['cep'] + ". The literature search ran on " + D['search_date'] +
                " in PubMed, Embase and Cochrane; hits were screened by two reviewers. Each dataset was appraised for suitability "
                "(device, application, patient group, report quality) and contribution (design, outcomes, follow-up, statistics, clinical significance) following MDCG 2020-6 Appendix III."),
          ("p", g(D, "search_flow", k)),
          ("h", "7. Clinical Data"), ("h2", "7.1 Literature"),
          ("table", [["Reference", "Design", "n", "Follow-up", "Key outcome"]] + g(D, "literature", k), True)]
    b += [("p", p) for p in g(D, "lit_text", k)]
    b += [("h2", "7.2 Our own clinical data"), ("p", g(D, "own_data", k)),
          ("h2", "7.3 Equivalence"), ("p", g(D, "equivalence", k))]
    b += add(D, k, "data")
    b += [("h", "8. Clinical Performance & Benefits"), ("p", g(D, "performance", k)),
          ("table", [["Clinical benefit", "Outcome parameter", "Result"]] + g(D, "benefit_results", k), True),
          ("h", "9. Clinical Safety & Residual Risks"), ("p", g(D, "safety", k)),
          ("table", [["Risk / adverse event", "Observed rate", "Control measure"]] + g(D, "risks", k), True)]
    b += add(D, k, "safety")
    b += [("h", "10. Benefit-Risk Determination"), ("p", g(D, "benefit_risk", k)),
          ("h", "11. PMCF"), ("p", g(D, "pmcf_summary", k)),
          ("h", "12. Conclusions"), ("p", g(D, "conclusion", k))]
    b += add(D, k, "end")
    b += [("h", "13. GSPR Conformity Summary"),
          ("table", [["GSPR", "Topic", "Evidence in this CER", "Status"],
                     ["1", "Performance as intended by the manufacturer", "Sections 7-8", "✓ met"],
                     ["6", "Lifetime / durability under normal use", "Sections 2, 9; verification reports", "✓ met"],
                     ["8", "Side-effects acceptable vs. benefits", "Sections 9-10", "✓ met"],
                     ["14-22", "Design, construction, usability", "Risk management file RMF-" + D['doc_ids']['cer'][-3:], "✓ met"],
                     ["23", "Label and IFU", "IFU " + D['ifu_rev'], "✓ met"]], True),
          ("p", "Appraisal of each dataset (suitability D1-D3 / contribution C1-C3, MDCG 2020-6) is recorded in the appraisal spreadsheet kept in the technical documentation (file APP-" + D['doc_ids']['cer'][-3:] + "). "
                "Datasets rated below D2/C2 were used as background only and did not carry weight in the benefit-risk conclusion. "
                "Vigilance databases (MAUDE, BfArM, TGA DAEN) were searched with the device-group terms; no new hazard type beyond those in the risk management file was identified."),
          ("pb",),
          ("h", "Appendix A – Abbreviations"),
          ("table", [["Abbreviation", "Meaning"], ["CEP / CER", "Clinical Evaluation Plan / Report"], ["GSPR", "General Safety and Performance Requirement"],
                     ["PMCF", "Post-Market Clinical Follow-up"], ["PMS", "Post-Market Surveillance"], ["SotA", "State of the Art"], ["CI", "Confidence interval"],
                     ["IFU", "Instructions for Use"], ["NB", "Notified Body"]], False),
          ("h", "Appendix B – Literature search flow"),
          ("p", g(D, "search_flow", k) + " Excluded at full text: wrong device type, wrong population, conference abstracts without data, duplicates of the same cohort."),
          ("h", "Appendix C – Revision history"),
          ("table", [["Version", "Date", "Change"], ["0.9", "draft", "first internal draft"], [D['version'], D['date'], "issued for NB submission"]], True)]
    b += [("h", "14. Evaluators"),
          ("p", f"{D['evaluator']}. Declarations of interest are on file (QF-0412). Next scheduled update: {D['next_update']}.")]
    return b


def pmcf(D):
    k = "pmcf"
    P = g(D, "pmcf", k)
    b = [("p", f"Document: {D['doc_ids']['pmcf']} | {D['version']} | {D['date']}"),
         ("h", "1. Why this PMCF"), ("p", P["why"]),
         ("h", "2. Objectives (linked to residual risks & open questions)"), ("ul", P["objectives"]),
         ("h", "3. Methods"), ("p", P["method"]),
         ("h", "4. Population & Setting"), ("p", P["population"]),
         ("h", "5. Sample Size"), ("p", P["sample"]),
         ("h", "6. Endpoints"), ("ul", P["endpoints"]),
         ("h", "7. General PMCF activities"), ("ul", P.get("general", [
             "Complaint & vigilance trend review every quarter (PMS plan PMS-001)",
             "Annual literature screen using the CER search strings",
             "Review of similar devices in MAUDE / FSCA databases twice a year"])),
         ("h", "8. Timeline & Reporting"), ("p", P["timeline"])]
    b += add(D, k, "end")
    return b


def ifu(D, lang):
    k = "ifu_" + lang
    T = L10N[lang]
    if lang == "en":
        src = {x: g(D, x, k) for x in ("intended", "indications", "contras", "population", "users", "warnings", "specs", "box", "steps", "faq")}
    else:
        tr = dict(D["tr"][lang])
        tr.update(D.get("ov", {}).get(k, {}))
        src = tr
    b = [("p", f"{g(D, 'trade', k)} – {g(D, 'model', k)} | {D['ifu_rev']} | Basic UDI-DI {g(D, 'udi', k)}"),
         ("h", T["ip"]), ("p", src["intended"]),
         ("h", T["ind"]), ("ul", src["indications"]),
         ("h", T["contra"]), ("ul", src["contras"]),
         ("h", T["pop"]), ("p", src["population"]),
         ("h", T["users"]), ("p", src["users"])]
    b += add(D, k, "users")
    b += [("h", T["warn"]), ("ul", src["warnings"])]
    if src.get("box"):
        b += [("h", T["box"]), ("ul", src["box"])]
    if src.get("steps"):
        b += [("h", T["steps"]), ("ul", src["steps"])]
    b += [("h", T["tech"]), ("table", [[T["param"], T["val"]]] + src["specs"], D.get("ruled", {}).get(lang, True))]
    if src.get("faq"):
        b += [("h", T["faq"])]
        for q, a in src["faq"]:
            b += [("h2", q), ("p", a)]
    b += add(D, k, "end")
    b += [("p", f"{T['mfr']}: {D['company']}, {D['address']}. {D['ifu_date']}")]
    return b


def sscp(D):
    k = "sscp"
    b = [("p", f"Document: {D['doc_ids']['sscp']} | Revision 1 | {D['date']} | validated by the notified body: pending"),
         ("h", "1. Device identification"),
         ("p", f"Trade name: {g(D, 'trade', k)}. Model: {g(D, 'model', k)}. Basic UDI-DI: {g(D, 'udi', k)}. Manufacturer: {D['company']}, {D['address']} (SRN {D['srn']}). Class {D['cls']}."),
         ("h", "2. Intended purpose"), ("p", g(D, "intended", k)),
         ("p", "Indications:"), ("ul", g(D, "indications", k)),
         ("p", "Contraindications:"), ("ul", g(D, "contras", k)),
         ("p", "Target population: " + g(D, "population", k)),
         ("h", "3. Device description"), ("p", g(D, "description", k)),
         ("h", "4. Residual risks and undesirable side-effects"),
         ("table", [["Risk / adverse event", "Observed rate", "Control measure"]] + g(D, "risks", k), True),
         ("h", "5. Summary of clinical evaluation and PMCF"), ("p", g(D, "sscp_clin", k)),
         ("h", "6. Possible diagnostic or therapeutic alternatives"), ("p", g(D, "alternatives", k)),
         ("h", "7. Suggested profile and training for users"), ("p", g(D, "users", k))]
    b += add(D, k, "end")
    return b


def cear(D):
    k = "cear"
    C = D["cear"]
    b = [("p", f"Notified Body: {D['nb']} | CEAR no. {D['doc_ids']['cear']} | Date: {C['date']} | Clinical reviewer: {C['reviewer']}"),
         ("h", "A. Administrative particulars"),
         ("p", f"Manufacturer: {D['company']}, {D['address']}. Application: initial MDR conformity assessment, Annex IX Chapter I and III. "
               f"Documents reviewed: {D['doc_ids']['cer']} ({D['version']}), {D['doc_ids']['cep']}, {D['doc_ids']['pmcf']}, IFU {D['ifu_rev']}."),
         ("h", "B. Device description and intended purpose"),
         ("p", f"Device: {g(D, 'trade', k)}, model {g(D, 'model', k)}, Basic UDI-DI {g(D, 'udi', k)}, class {D['cls']} ({D['rule']})."),
         ("p", g(D, "cear_intended", k)),
         ("p", "Target population as assessed: " + g(D, "cear_population", k)),
         ("h", "C. Clinical evaluation plan and state of the art"), ("p", C["sota"]),
         ("h", "D. Clinical data"), ("p", C["data"]),
         ("h", "E. Benefit-risk and clinical claims"), ("p", C["br"]),
         ("h", "F. PMCF plan"), ("p", C["pmcf"]),
         ("h", "G. Remarks to the manufacturer"), ("ul", C["remarks"]),
         ("h", "H. Section I – Clinical evaluation consultation procedure (Art. 54)"), ("p", C["cecp"]),
         ("h", "I. Conclusion"), ("p", C["conclusion"])]
    b += add(D, k, "end")
    return b


BUILDERS = {"cep": cep, "cer": cer, "pmcf": pmcf, "sscp": sscp, "cear": cear}
ROLES = {"cep": "CEP", "cer": "CER", "pmcf": "PMCF-plan", "sscp": "SSCP", "cear": "CEAR"}
TITLES = {"cep": "Clinical Evaluation Plan", "cer": "Clinical Evaluation Report", "pmcf": "PMCF Plan",
          "sscp": "Summary of Safety and Clinical Performance", "cear": "Clinical Evaluation Assessment Report"}


def documents(D):
    """Yield (filename, role, language, title, blocks, footer)."""
    for key, fname in D["files"].items():
        if key.startswith("ifu_"):
            lang = key[4:]
            yield fname, "IFU", lang, f"{D['trade']} – {L10N[lang]['ifu']}", ifu(D, lang), footer(D)
        else:
            ft = footer(D) if key != "cear" else f"{D['nb']} – CEAR {D['doc_ids']['cear']} – confidential"
            title = f"{TITLES[key]} – {g(D, 'trade', key)}"
            yield fname, ROLES[key], "en", title, BUILDERS[key](D), ft

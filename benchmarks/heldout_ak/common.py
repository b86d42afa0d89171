"""Document skeletons in the academic spin-off voice (manufacturer) and the Greek-English
notified-body voice (CEAR). Every builder takes the dossier dict `d`; per-document deviations
(planted defects, near-misses) come from d["ov"][role][key] or from explicit extra blocks."""

NB = ("Hellenic Institute for Medical Device Conformity S.A. (HIMDC), Notified Body No. 2961, "
      "Leoforos Kifisias 212, 15231 Chalandri, Athens")

IFU_L = {
    "en": dict(ifu="Instructions for use", purpose="Intended purpose", pop="Intended patient population",
               ind="Indications", contra="Contraindications", warn="Warnings and precautions",
               users="Intended users and use environment", spec="Technical data", param="Parameter",
               val="Value", manu="Manufacturer", perf="Clinical performance and benefits",
               side="Undesirable side-effects", disp="Disposal"),
    "nl": dict(ifu="Gebruiksaanwijzing", purpose="Beoogd doel", pop="Beoogde patiëntenpopulatie",
               ind="Indicaties", contra="Contra-indicaties", warn="Waarschuwingen en voorzorgsmaatregelen",
               users="Beoogde gebruikers en gebruiksomgeving", spec="Technische gegevens", param="Parameter",
               val="Waarde", manu="Fabrikant", perf="Klinische prestaties en voordelen",
               side="Ongewenste bijwerkingen", disp="Afvalverwijdering"),
    "fr": dict(ifu="Notice d'utilisation", purpose="Destination", pop="Population de patients prévue",
               ind="Indications", contra="Contre-indications", warn="Mises en garde et précautions",
               users="Utilisateurs prévus et environnement d'utilisation", spec="Caractéristiques techniques",
               param="Paramètre", val="Valeur", manu="Fabricant", perf="Performances cliniques et bénéfices",
               side="Effets secondaires indésirables", disp="Élimination"),
    "de": dict(ifu="Gebrauchsanweisung", purpose="Zweckbestimmung", pop="Vorgesehene Patientenpopulation",
               ind="Indikationen", contra="Kontraindikationen", warn="Warnhinweise und Vorsichtsmaßnahmen",
               users="Vorgesehene Anwender und Anwendungsumgebung", spec="Technische Daten", param="Parameter",
               val="Wert", manu="Hersteller", perf="Klinische Leistung und Nutzen",
               side="Unerwünschte Nebenwirkungen", disp="Entsorgung"),
    "el": dict(ifu="Οδηγίες χρήσης", purpose="Προβλεπόμενος σκοπός", pop="Προβλεπόμενος πληθυσμός ασθενών",
               ind="Ενδείξεις", contra="Αντενδείξεις", warn="Προειδοποιήσεις και προφυλάξεις",
               users="Προβλεπόμενοι χρήστες και περιβάλλον χρήσης", spec="Τεχνικά χαρακτηριστικά",
               param="Παράμετρος", val="Τιμή", manu="Κατασκευαστής", perf="Κλινικές επιδόσεις και οφέλη",
               side="Ανεπιθύμητες παρενέργειες", disp="Απόρριψη"),
    "it": dict(ifu="Istruzioni per l'uso", purpose="Destinazione d'uso", pop="Popolazione di pazienti prevista",
               ind="Indicazioni", contra="Controindicazioni", warn="Avvertenze e precauzioni",
               users="Utilizzatori previsti e ambiente d'uso", spec="Dati tecnici", param="Parametro",
               val="Valore", manu="Fabbricante", perf="Prestazioni cliniche e benefici",
               side="Effetti collaterali indesiderati", disp="Smaltimento"),
    "es": dict(ifu="Instrucciones de uso", purpose="Finalidad prevista", pop="Población de pacientes prevista",
               ind="Indicaciones", contra="Contraindicaciones", warn="Advertencias y precauciones",
               users="Usuarios previstos y entorno de uso", spec="Datos técnicos", param="Parámetro",
               val="Valor", manu="Fabricante", perf="Rendimiento clínico y beneficios",
               side="Efectos secundarios no deseados", disp="Eliminación"),
    "sl": dict(ifu="Navodila za uporabo", purpose="Predvideni namen", pop="Predvidena populacija bolnikov",
               ind="Indikacije", contra="Kontraindikacije", warn="Opozorila in previdnostni ukrepi",
               users="Predvideni uporabniki in okolje uporabe", spec="Tehnični podatki", param="Parameter",
               val="Vrednost", manu="Proizvajalec", perf="Klinična učinkovitost in koristi",
               side="Neželeni učinki", disp="Odstranjevanje"),
    "hr": dict(ifu="Upute za uporabu", purpose="Namjena", pop="Predviđena populacija bolesnika",
               ind="Indikacije", contra="Kontraindikacije", warn="Upozorenja i mjere opreza",
               users="Predviđeni korisnici i okruženje uporabe", spec="Tehnički podaci", param="Parametar",
               val="Vrijednost", manu="Proizvođač", perf="Klinička učinkovitost i koristi",
               side="Neželjene nuspojave", disp="Zbrinjavanje"),
    "lv": dict(ifu="Lietošanas instrukcija", purpose="Paredzētais nolūks", pop="Paredzētā pacientu populācija",
               ind="Indikācijas", contra="Kontrindikācijas", warn="Brīdinājumi un piesardzības pasākumi",
               users="Paredzētie lietotāji un lietošanas vide", spec="Tehniskie dati", param="Parametrs",
               val="Vērtība", manu="Ražotājs", perf="Klīniskā veiktspēja un ieguvumi",
               side="Nevēlamās blakusparādības", disp="Iznīcināšana"),
    "lt": dict(ifu="Naudojimo instrukcija", purpose="Numatytoji paskirtis", pop="Numatyta pacientų populiacija",
               ind="Indikacijos", contra="Kontraindikacijos", warn="Įspėjimai ir atsargumo priemonės",
               users="Numatyti naudotojai ir naudojimo aplinka", spec="Techniniai duomenys", param="Parametras",
               val="Vertė", manu="Gamintojas", perf="Klinikinis veiksmingumas ir nauda",
               side="Nepageidaujamas šalutinis poveikis", disp="Šalinimas"),
    "fi": dict(ifu="Käyttöohje", purpose="Käyttötarkoitus", pop="Tarkoitettu potilasryhmä",
               ind="Käyttöaiheet", contra="Vasta-aiheet", warn="Varoitukset ja varotoimet",
               users="Tarkoitetut käyttäjät ja käyttöympäristö", spec="Tekniset tiedot", param="Parametri",
               val="Arvo", manu="Valmistaja", perf="Kliininen suorituskyky ja hyödyt",
               side="Haittavaikutukset", disp="Hävittäminen"),
    "ga": dict(ifu="Treoracha úsáide", purpose="Cuspóir beartaithe", pop="Daonra othar beartaithe",
               ind="Tásca", contra="Frith-thásca", warn="Rabhaidh agus réamhchúraimí",
               users="Úsáideoirí beartaithe agus timpeallacht úsáide", spec="Sonraí teicniúla",
               param="Paraiméadar", val="Luach", manu="Déantóir", perf="Feidhmíocht chliniciúil agus tairbhí",
               side="Fo-iarmhairtí neamh-inmhianaithe", disp="Diúscairt"),
}


def g(d, role, key):
    """Value of `key` as seen by document `role` (override first)."""
    ov = d.get("ov", {}).get(role, {})
    return ov[key] if key in ov else d[key]


def extra(d, role, where):
    return d.get("extra", {}).get(role, {}).get(where, [])


def admin_table(d, role, docno, version, date):
    return ("table", {"head": ["Item", "Particulars"], "lines": True, "widths": [45, 125], "rows": [
        ["Device", f"{g(d, role, 'name')} ({g(d, role, 'model')})"],
        ["Basic UDI-DI", g(d, role, "udi")],
        ["Manufacturer", f"{d['company']}, {d['addr']} (SRN {d['srn']})"],
        ["Risk class", f"{d['cls']} ({d['rule']})"],
        ["Document", f"{docno}, version {version}, {date}"],
    ]})


def cep(d, docno, version, date):
    r = "CEP"
    b = [admin_table(d, r, docno, version, date)]
    b += [("h1", "1 Scope"),
          ("p", f"The present clinical evaluation plan (CEP) is drawn up in accordance with Annex XIV Part A "
                f"Section 1(a) of Regulation (EU) 2017/745 (MDR) and defines, a priori, the methodology by which the "
                f"clinical evidence for the {g(d, r, 'name')} (hereinafter 'the device') shall be identified, "
                f"appraised and analysed. {d['abbr_sentence']}"),
          ("p", g(d, r, "cecp_text")),
          ("h1", "2 Intended purpose and target groups"),
          ("p", g(d, r, "purpose")),
          ("p", "Target population: " + g(d, r, "population")),
          ("h2", "2.1 Indications"), ("ul", g(d, r, "indications")),
          ("h2", "2.2 Contraindications"), ("ul", g(d, r, "contraindications")),
          ("p", "Intended users and use environment: " + g(d, r, "users"))]
    b += extra(d, r, "after_purpose")
    b += [("h1", "3 Clinical benefits, outcome parameters and acceptance criteria"),
          ("p", "The clinical benefits listed hereunder have been specified with measurable outcome parameters; "
                "the acceptance criteria were derived from the state of the art (SOTA) as summarised in the "
                "systematic reviews referenced in the CER and were fixed before the data were analysed."),
          ("table", {"caption": "Table 1. Clinical benefits and acceptance criteria", "lines": True,
                     "head": ["Clinical benefit", "Outcome parameter", "Acceptance criterion"],
                     "rows": g(d, r, "benefits")})]
    b += extra(d, r, "after_benefits")
    b += [("h1", "4 Clinical development plan"),
          ("p", g(d, r, "devplan")),
          ("h1", "5 Materials and methods of the literature appraisal"),
          ("p", f"Searches shall be conducted in PubMed/MEDLINE, Embase and the Cochrane Central Register of "
                f"Controlled Trials (CENTRAL), inter alia, with the search strings documented in Annex 2; the "
                f"PICO elements are: P = {d['pico'][0]}; I = {d['pico'][1]}; C = {d['pico'][2]}; "
                f"O = {d['pico'][3]}. Records are de-duplicated and screened by two reviewers independently, "
                f"discrepancies being resolved by a third reviewer; the reporting follows PRISMA 2020."),
          ("p", "Appraisal of each data set is carried out with the suitability and contribution criteria of "
                "MEDDEV 2.7/1 rev. 4 (Appendix A6), i.e. appropriate device (D1-D3), appropriate application "
                "(A1-A3), appropriate patient group (P1-P3), acceptable report (R1-R3), and data sets are "
                "weighted accordingly; unfavourable data are retained and discussed sensu stricto."),
          ("h1", "6 Benefit-risk acceptability"),
          ("p", g(d, r, "br_criteria"))]
    return {"title": f"Clinical Evaluation Plan – {g(d, r, 'name')}",
            "header": f"{d['company']} · {docno} v{version}", "blocks": b}


def cer(d, docno, version, date):
    r = "CER"
    b = [admin_table(d, r, docno, version, date),
         ("p", f"Authors: {d['cer_authors']}. The curricula vitae of the authors are appended (Annex 1)."),
         ("h1", "1 Scope and rationale"),
         ("p", f"This clinical evaluation report (CER) documents the clinical evaluation of the {g(d, r, 'name')} "
               f"as required by Article 61 and Annex XIV of the MDR and follows the clinical evaluation plan "
               f"{d['cep_ref']}. {d['abbr_sentence']}"),
         ("p", g(d, r, "cecp_text")),
         ("h1", "2 Device description"),
         ]
    b += [("p", x) for x in g(d, r, "description")]
    b += [("table", {"caption": g(d, r, "spec_caption"), "lines": d.get("cer_spec_lines", True),
                     "head": ["Parameter", "Specification"], "rows": g(d, r, "specs")})]
    b += [("note", x) for x in g(d, r, "spec_notes")]
    b += [("h1", "3 Intended purpose, indications and target population"),
          ("p", g(d, r, "purpose")),
          ("p", "Target population: " + g(d, r, "population")),
          ("h2", "3.1 Indications"), ("ul", g(d, r, "indications")),
          ("h2", "3.2 Contraindications"), ("ul", g(d, r, "contraindications")),
          ("p", "Intended users and use environment: " + g(d, r, "users"))]
    b += extra(d, r, "after_purpose")
    b += [("h1", "4 State of the art"), ]
    b += [("p", x) for x in g(d, r, "sota")]
    b += [("h1", "5 Materials and methods"),
          ("p", f"The literature searches were executed on {d['search_date']} in PubMed/MEDLINE, Embase and "
                f"CENTRAL, the device-specific search and the SOTA search being documented separately as "
                f"stipulated in the CEP; the search strings, the full list of retrieved and excluded records "
                f"(with reasons) and the full texts are retained in Annex 2 to Annex 4. A total of "
                f"{d['search_n'][0]} records was retrieved, of which {d['search_n'][1]} remained after "
                f"de-duplication and {d['search_n'][2]} were included after full-text screening."),
          ("table", {"caption": "Table 1a. Search strategy (device and SOTA searches)", "lines": False,
                     "head": ["Database", "Search string (abridged)", "Records"],
                     "rows": _search_rows(d)}),
          ("p", "Each included data set was appraised for methodological quality and relevance according to "
                "MEDDEV 2.7/1 rev. 4, Appendix A6; case reports and narrative reviews were retained for the "
                "identification of hazards only and were not weighted as pivotal evidence."),
          ("h1", "6 Clinical data"),
          ("h2", "6.1 Literature"),
          ("table", {"caption": "Table 2. Included clinical data sets", "lines": d.get("lit_lines", True),
                     "head": ["Ref.", "Design", "n", "Population", "Follow-up", "Principal result"],
                     "widths": [18, 26, 12, 40, 22, 52], "rows": g(d, r, "lit")})]
    b += [("note", x) for x in g(d, r, "lit_notes")]
    b += [("h2", "Appraisal of the data sets"),
          ("p", "The appraisal was carried out by two of the authors independently; the methodological quality was "
                "graded as high (randomised or systematic evidence with low risk of bias), moderate (prospective "
                "non-randomised evidence) or low (retrospective data, case series), and the weighting reflects both "
                "quality and relevance to the device, the intended population and the indications (Table 2a)."),
          ("table", {"caption": "Table 2a. Appraisal and weighting", "lines": d.get("lit_lines", True),
                     "head": ["Ref.", "Methodological quality", "Relevance / weighting"],
                     "rows": [[row[0], _quality(row[1]), _weight(d, row)] for row in g(d, r, "lit")]})]
    b += [("h2", "6.2 Clinical investigations and post-market data of the device")]
    b += [("p", x) for x in g(d, r, "clin")]
    b += extra(d, r, "after_clin")
    b += [("h2", "6.3 Equivalence"), ("p", g(d, r, "equiv")),
          ("h1", "7 Clinical safety"),
          ("table", {"caption": "Table 3. Adverse events of the device compared with SOTA benchmarks",
                     "lines": True, "head": ["Adverse event", "Device data", "SOTA benchmark"],
                     "rows": g(d, r, "safety")})]
    b += [("note", x) for x in d.get("safety_notes", [])]
    b += [("p", "Residual risks which remain after the risk control measures of the risk management file "
                "(ISO 14971:2019) and which are disclosed in the IFU are: " + "; ".join(g(d, r, "risks")) + ".")]
    b += [("p", f"The MAUDE database of the US Food and Drug Administration, the field safety notices of the BfArM "
                f"and the FSCA list of Swissmedic were searched on {d['search_date']} for the device and for similar "
                f"devices; the events retrieved are of the types listed in Table 3, and no hazard hitherto "
                f"unidentified in the risk management file was found.")]
    b += [("h1", "8 Clinical performance and benefits")]
    b += [("p", x) for x in g(d, r, "performance")]
    b += [("h1", "9 Benefit-risk determination and conclusions"),
          ("p", g(d, r, "br")),
          ("p", g(d, r, "conclusion")),
          ("h2", "9.1 Residual uncertainties"),
          ("p", "The following questions remain open a posteriori and are carried forward into the PMCF: "
                + g(d, "PMCF", "pmcf")["rationale"]),
          ("h2", "9.2 Standards and guidance applied"),
          ("ul", d.get("standards", ["EN ISO 14971:2019+A11:2021 (risk management)",
                                     "EN ISO 10993-1:2020 (biological evaluation)",
                                     "EN ISO 14155:2020 (clinical investigation)",
                                     "EN ISO 15223-1:2021 (symbols)",
                                     "MEDDEV 2.7/1 rev. 4; MDCG 2020-5, MDCG 2020-6, MDCG 2020-13"])),
          ("h2", "9.3 Qualification of the evaluators"),
          ("p", "The authors declare that they possess the qualifications stipulated in Section 6.4 of MEDDEV 2.7/1 "
                "rev. 4, i.e. a higher degree in the respective field and at least five years of professional "
                "experience, or ten years where no higher degree is held, in clinical research, in the clinical "
                "specialty concerned and in medical device regulation; no conflict of interest other than their "
                "employment by, or consultancy for, the manufacturer is declared."),
          ("h1", "10 Post-market clinical follow-up"),
          ("p", g(d, r, "pmcf_summary")),
          ("h1", "References")]
    b += [("note", x) for x in d["refs"]]
    return {"title": f"Clinical Evaluation Report – {g(d, r, 'name')}",
            "header": f"{d['company']} · {docno} v{version}", "blocks": b}


def pmcf(d, docno, version, date):
    r = "PMCF"
    p = g(d, r, "pmcf")
    b = [admin_table(d, r, docno, version, date),
         ("h1", "1 Rationale"), ("p", p["rationale"]),
         ("h1", "2 Objectives"), ("ol", p["objectives"]),
         ("h1", "3 Materials and methods"), ("p", p["design"]),
         ("p", "Population: " + p["population"]),
         ("p", "Sample size: " + p["n"]),
         ("h2", "3.1 Endpoints"), ("ul", p["endpoints"]),
         ("h2", "3.2 General PMCF activities"), ("ul", p["general"]),
         ("h1", "4 Timeline"),
         ("table", {"caption": "Table 1. Milestones", "lines": p.get("lines", True),
                    "head": ["Milestone", "Date"], "rows": p["timeline"]}),
         ("h1", "5 Relation to the residual risks and to the CER"), ("p", p["link"])]
    return {"title": f"Post-Market Clinical Follow-up Plan – {g(d, r, 'name')}",
            "header": f"{d['company']} · {docno} v{version}", "blocks": b}


def ifu(d, lang, docno):
    L = IFU_L[lang]
    u = d["ifu"][lang]
    b = [("p", u["title_line"]),
         ("h1", L["purpose"]), ("p", u["purpose"]),
         ("h1", L["pop"]), ("p", u["population"]),
         ("h1", L["ind"]), ("ul", u["indications"]),
         ("h1", L["contra"]), ("ul", u["contraindications"]),
         ("h1", L["users"]), ("p", u["users"])]
    if u.get("perf"):
        b += [("h1", L["perf"]), ("p", u["perf"])]
    b += [("h1", L["warn"]), ("ul", u["warnings"])]
    b += u.get("extra", [])
    b += [("h1", L["spec"]),
          ("table", {"head": [L["param"], L["val"]], "rows": u["specs"], "lines": u.get("lines", True),
                     "widths": [80, 90]})]
    b += [("note", x) for x in u.get("spec_notes", [])]
    if u.get("side"):
        b += [("h1", L["side"]), ("p", u["side"])]
    b += [("h1", L["manu"]), ("p", f"{d['company']}, {d['addr']}. Basic UDI-DI: {u.get('udi', d['udi'])}")]
    return {"title": f"{u['name']} – {L['ifu']}", "header": f"{docno}", "blocks": b}


def cear(d, docno, date):
    r = "CEAR"
    c = d["cear"]
    b = [("table", {"head": ["Section A – Administrative particulars", ""], "lines": True, "widths": [60, 110],
                    "rows": [["Device name, model", f"{g(d, r, 'name')}, {g(d, r, 'model')}"],
                             ["Basic UDI-DI", g(d, r, "udi")],
                             ["Manufacturer / SRN", f"{d['company']} / {d['srn']}"],
                             ["Notified Body", NB],
                             ["Risk class / rule", f"{d['cls']} / {d['rule']}"],
                             ["Type of assessment", c.get("type", "Initial certification")],
                             ["CEAR reference", f"{docno}, {date}"],
                             ["Documents assessed", c["docs"]]]}),
         ("h1", "Section B – Reviewers of the Notified Body"), ("p", c["reviewers"]),
         ("h1", "Section C – Description of the under evaluation device and basis of the evaluation"),
         ("p", c["description"]),
         ("p", "Intended purpose as evaluated by the Notified Body: " + c["purpose"]),
         ("p", "Applicability of the clinical evaluation consultation procedure: " + c["cecp"]),
         ("p", c["sota"]),
         ("h1", "Section D – Clinical literature review"), ("p", c["lit"]),
         ("h1", "Section E – Clinical investigations and post-market data"), ("p", c["ci"]),
         ("h1", "Section F – Benefit-risk, PMCF and IFU"), ("p", c["br"]),
         ("h1", "Section G – Findings of the Notified Body")]
    for i, (t, txt) in enumerate(c["findings"], 1):
        b += [("h2", f"Finding No. {i}: {t}"), ("p", txt)]
    b += [("h1", "Section H – Conclusion of the assessment"), ("p", c["conclusion"])]
    return {"title": f"Clinical Evaluation Assessment Report (CEAR) – {g(d, r, 'name')}",
            "header": f"HIMDC · NB 2961 · {docno}", "blocks": b}


def sscp(d, docno, version):
    r = "SSCP"
    s = d["sscp"]
    b = [("p", "This Summary of Safety and Clinical Performance (SSCP) is intended to provide public access "
               "to an updated summary of the main aspects of the safety and clinical performance of the device. "
               "The SSCP is not intended to replace the instructions for use."),
         ("h1", "1 Device identification and general information"),
         ("table", {"head": ["Item", "Information"], "lines": False, "widths": [55, 115], "rows": [
             ["Device trade name", g(d, r, "name")], ["Model", g(d, r, "model")],
             ["Basic UDI-DI", g(d, r, "udi")], ["Manufacturer, SRN", f"{d['company']}, {d['srn']}"],
             ["Class", d["cls"]], ["Notified Body", "HIMDC, NB 2961"],
             ["SSCP reference", f"{docno}, revision {version}"]]}),
         ("h1", "2 Intended use of the device"), ("p", s["purpose"]),
         ("h2", "Indications and target population"), ("p", s["population"]),
         ("h2", "Contraindications"), ("p", s["contra"]),
         ("h1", "3 Device description"), ("p", s["description"]),
         ("h1", "4 Residual risks and undesirable effects, warnings and precautions"), ("p", s["risks"]),
         ("h1", "5 Summary of clinical evaluation and post-market clinical follow-up"), ("p", s["clinical"]),
         ("h1", "6 Possible diagnostic or therapeutic alternatives"), ("p", s["alternatives"]),
         ("h1", "7 Suggested profile and training for users"), ("p", s["users"])]
    return {"title": f"Summary of Safety and Clinical Performance – {g(d, r, 'name')}",
            "header": f"{d['company']} · {docno} rev. {version}", "blocks": b}


def _quality(design):
    x = design.lower()
    if "rct" in x or "meta" in x or "systematic" in x or "cochrane" in x:
        return "high"
    if "bench" in x or "animal" in x:
        return "not clinical (bench/animal)"
    if "prospective" in x or "first-in-human" in x:
        return "moderate"
    return "low"


def _weight(d, row):
    if row[0] in d.get("pivotal", []):
        return "equivalent-device data; pivotal"
    if "own" in row[1].lower():
        return "device data; pivotal"
    return "SOTA or similar-device data; supportive"


def _search_rows(d):
    n = d["search_n"][0]
    a, b = round(n * 0.46), round(n * 0.41)
    p = d["pico"]
    return [["PubMed/MEDLINE", f'("{p[0]}") AND ("{p[1]}")', str(a)],
            ["Embase", f'("{p[1]}") AND ({p[3]})', str(b)],
            ["CENTRAL", f'("{p[1]}" OR "{p[2]}")', str(n - a - b)]]

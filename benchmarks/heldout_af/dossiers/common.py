"""Shared document skeletons. Each dossier module supplies a facts dict F; per-document
overrides live in F["ov"][doc_key][field] and extra blocks in F["add"][doc_key][anchor]."""

HEAD = {
    "fr": dict(t="Mode d'emploi", dev="Description du dispositif", ip="Destination", ind="Indications",
               ci="Contre-indications", pop="Population cible et utilisateurs", w="Avertissements et précautions",
               se="Effets secondaires / risques résiduels", td="Caractéristiques techniques", ins="Mode d'emploi – étapes",
               ss="Résumé des caractéristiques de sécurité et des performances cliniques (SSCP)", par="Paramètre", val="Valeur",
               mf="Fabricant"),
    "nl": dict(t="Gebruiksaanwijzing", dev="Beschrijving van het hulpmiddel", ip="Beoogd doel", ind="Indicaties",
               ci="Contra-indicaties", pop="Doelgroep en gebruikers", w="Waarschuwingen en voorzorgsmaatregelen",
               se="Bijwerkingen / restrisico's", td="Technische gegevens", ins="Gebruiksinstructies",
               ss="Samenvatting van veiligheid en klinische prestaties (SSCP)", par="Parameter", val="Waarde",
               mf="Fabrikant"),
    "es": dict(t="Instrucciones de uso", dev="Descripción del producto", ip="Finalidad prevista", ind="Indicaciones",
               ci="Contraindicaciones", pop="Población destinataria y usuarios", w="Advertencias y precauciones",
               se="Efectos secundarios / riesgos residuales", td="Datos técnicos", ins="Instrucciones",
               ss="Resumen sobre seguridad y funcionamiento clínico (SSCP)", par="Parámetro", val="Valor",
               mf="Fabricante"),
    "it": dict(t="Istruzioni per l'uso", dev="Descrizione del dispositivo", ip="Destinazione d'uso", ind="Indicazioni",
               ci="Controindicazioni", pop="Popolazione di destinazione e utilizzatori", w="Avvertenze e precauzioni",
               se="Effetti collaterali / rischi residui", td="Dati tecnici", ins="Istruzioni",
               ss="Sintesi relativa alla sicurezza e alla prestazione clinica (SSCP)", par="Parametro", val="Valore",
               mf="Fabbricante"),
    "de": dict(t="Gebrauchsanweisung", dev="Produktbeschreibung", ip="Zweckbestimmung", ind="Indikationen",
               ci="Kontraindikationen", pop="Zielgruppe und Anwender", w="Warnhinweise und Vorsichtsmaßnahmen",
               se="Nebenwirkungen / Restrisiken", td="Technische Daten", ins="Anwendung",
               ss="Kurzbericht über Sicherheit und klinische Leistung (SSCP)", par="Parameter", val="Wert",
               mf="Hersteller"),
    "sl": dict(t="Navodila za uporabo", dev="Opis pripomočka", ip="Predvideni namen", ind="Indikacije",
               ci="Kontraindikacije", pop="Ciljna populacija in uporabniki", w="Opozorila in previdnostni ukrepi",
               se="Neželeni učinki / preostala tveganja", td="Tehnični podatki", ins="Navodila",
               ss="Povzetek varnosti in klinične učinkovitosti (SSCP)", par="Parameter", val="Vrednost",
               mf="Proizvajalec"),
    "lt": dict(t="Naudojimo instrukcija", dev="Priemonės aprašymas", ip="Numatytoji paskirtis", ind="Indikacijos",
               ci="Kontraindikacijos", pop="Tikslinė populiacija ir naudotojai", w="Įspėjimai ir atsargumo priemonės",
               se="Šalutinis poveikis / liekamoji rizika", td="Techniniai duomenys", ins="Naudojimas",
               ss="Saugos ir klinikinio veiksmingumo duomenų santrauka (SSCP)", par="Parametras", val="Vertė",
               mf="Gamintojas"),
}


def g(F, doc, key):
    """Field value for one document, honouring overrides."""
    return F.get("ov", {}).get(doc, {}).get(key, F[key])


def x(F, doc, anchor):
    return list(F.get("add", {}).get(doc, {}).get(anchor, []))


def fname(F, doc):
    return F["files"][doc]


def cep(F):
    d = "CEP"
    B = [("title", f"Clinical Evaluation Plan – {g(F,d,'name')}"),
         ("p", f"Doc. no. {F['codes']['CEP']} | Rev. {F['rev']['CEP']} | Date {F['date']['CEP']} | {F['mfr']}, {F['city']}"),
         ("h1", "1 | Purpose of this CEP"),
         ("p", f"Plan for the clinical evaluation of {g(F,d,'name')} acc. to MDR 2017/745 Art. 61 and Annex XIV Part A, "
               f"MEDDEV 2.7/1 rev. 4 where still applicable. CEP is updated together w/ the CER and the PMCF plan. "
               f"Owner: RA/CA team, {F['city']}."),
         ("h1", "2 | Device"),
         ("p", g(F, d, "desc")),
         ("tbl", "Tbl. 1 – Device identification", ["Item", "Detail"],
          [["Trade name", g(F, d, "name")], ["Models / REF", g(F, d, "models")], ["Basic UDI-DI", g(F, d, "udi")],
           ["Class / rule", f"{F['cls']} / {F['rule']}"], ["Manufacturer", F["mfr"]]], True),
         ("h1", "3 | Intended Purpose"),
         ("p", g(F, d, "purpose")),
         ("h2", "3.2 | Indications"), ("ul", g(F, d, "indications")),
         ("h2", "3.3 | Contraindications"), ("ul", g(F, d, "contra")),
         ("h2", "3.4 | Target population"), ("p", g(F, d, "population")),
         ("h2", "3.5 | Users & use environment"), ("p", g(F, d, "setting")),
         ]
    B += x(F, d, "purpose")
    B += [("h1", "4 | Relevant GSPRs"),
          ("p", "GSPR 1, 6 and 8 (clinical benefit/risk, lifetime, side-effects), GSPR 14 and 23 (interaction, labelling/IFU). "
                "Demonstration by clinical data per Art. 61(1); GSPR checklist ref. in Tech Doc, Annex II §4."),
          ("h1", "5 | Clinical Benefits & Outcome Parameters"),
          ("p", "Intended clinical benefits:"), ("ul", g(F, d, "benefits")),
          ("p", "Outcome parameters to be reported in the CER:"), ("ul", g(F, d, "outcomes")),
          ("h1", "6 | Methods"),
          ("ul", ["Systematic lit search: PubMed/Embase/Cochrane, last 10 yrs, search strings in App. A",
                  "Appraisal acc. to MEDDEV 2.7/1 rev. 4 App. A6 (suitability + contribution, D1–D3 / C1–C3)",
                  "Own data: pre-market CI (if any), PMS data, complaints, vigilance, registries",
                  "SOTA: current guidelines + alternative therapies, see CER §4"]),
          ("h1", "7 | Acceptance Criteria"),
          ("p", g(F, d, "acceptance")),
          ("h1", "8 | Link to PMCF"),
          ("p", f"Open questions from this CEP go to the PMCF plan {F['codes']['PMCF']}. Update of CEP at least "
                f"{'annually' if F['cls']=='III' or F.get('implant') else 'with each CER update'}."),
          ("p", f"Prepared: {F['people'][0]} (RA) | Approved: {F['people'][1]} (Clinical) | {F['date']['CEP']}")]
    B += x(F, d, "end")
    return B


def cer(F):
    d = "CER"
    B = [("title", f"Clinical Evaluation Report – {g(F,d,'name')}"),
         ("p", f"Doc. no. {F['codes']['CER']} | Rev. {F['rev']['CER']} | Date {F['date']['CER']} | Ref. CEP {F['codes']['CEP']} "
               f"Rev. {g(F,d,'cep_rev_ref')}"),
         ("h1", "1 | Summary"),
         ("p", g(F, d, "summary")),
         ("h1", "2 | Device Description"),
         ("p", g(F, d, "desc")),
         ("ul", g(F, d, "components")),
         ("tbl", "Tbl. 1 – Models and Basic UDI-DI", ["Trade name", "Models / REF", "Basic UDI-DI"],
          [[g(F, d, "name"), g(F, d, "models"), g(F, d, "udi")]], True),
         ("h2", "2.3 | Classification & CECP"),
         ("p", g(F, d, "cecp_text")),
         ]
    B += x(F, d, "device")
    B += [("h1", "3 | Intended Purpose"),
          ("p", g(F, d, "purpose")),
          ("h2", "3.2 | Indications"), ("ul", g(F, d, "indications")),
          ("h2", "3.3 | Contraindications"), ("ul", g(F, d, "contra")),
          ("h2", "3.4 | Target population"), ("p", g(F, d, "population")),
          ("h2", "3.5 | Users & use environment"), ("p", g(F, d, "setting"))]
    B += x(F, d, "purpose")
    B += [("h1", "4 | State of the Art"),
          ("p", g(F, d, "sota")),
          ("p", "Alternatives considered:"), ("ul", g(F, d, "alternatives")),
          ("h1", "5 | Clinical Data"),
          ("h2", "5.1 | Literature search"),
          ("p", g(F, d, "litsearch")),
          ("h2", "5.2 | Pivotal & supportive data"),
          ("tbl", "Tbl. 2 – Clinical data summary", ["Source", "Design", "N", "Population", "F/u", "Key results"],
           g(F, d, "studies"), True)]
    for para in g(F, d, "clinical"):
        B.append(("p", para))
    B += x(F, d, "clinical")
    B += [("h2", "5.3 | Appraisal of data sets"),
          ("p", "Each data set appraised for suitability (device, application, pt group, report quality) and "
                "contribution (design, outcomes, f/u, statistics, clinical significance) per MEDDEV 2.7/1 rev. 4 App. A6."),
          ("tbl", "Tbl. 2a – Appraisal summary", ["Source", "Suitability", "Contribution", "Weight"],
           [[r[0], "D1 A1 P1 R1" if "own" in r[0] else "D2 A1 P1 R2", "T1 O1 F1 S1 C1" if "own" in r[0] else "T2 O1 F1 S2 C1",
             "Pivotal" if "own" in r[0] else "Supportive"] for r in g(F, d, "studies")], True),
          ("h2", "5.4 | Outcome parameters (per CEP)"), ("ul", g(F, d, "outcome_results")),
          ("h2", "5.5 | PMS data"),
          ("p", g(F, d, "pms")),
          ("h2", "5.6 | Gaps"),
          ("p", "Remaining questions (long-term and rare events) addressed in PMCF, see §8. No other gaps identified "
                "for the intended purpose as stated in §3.")]
    B += [("h1", "6 | Safety"),
          ("tbl", "Tbl. 3 – Residual risks / side-effects", ["Risk / side-effect", "Rate in clinical data"],
           g(F, d, "risks"), True),
          ("p", g(F, d, "safety_text"))]
    B += x(F, d, "safety")
    B += [("h2", "6.2 | GSPR mapping"),
          ("tbl", "Tbl. 3a – GSPR vs clinical evidence", ["GSPR", "Topic", "Evidence in this CER"],
           [["1", "Performance + safety, benefit-risk", "§5, §7"], ["6", "Lifetime / use duration", "§2, bench V&V in Tech Doc"],
            ["8", "Known + foreseeable risks, side-effects", "§6, Tbl. 3"], ["23.4", "IFU content", f"IFU {F['codes']['IFU']} Rev. {F['rev']['IFU']}"]], True),
          ("h1", "7 | Benefit-Risk"),
          ("p", g(F, d, "br")),
          ("h1", "8 | PMCF"),
          ("p", f"PMCF plan {F['codes']['PMCF']} Rev. {F['rev']['PMCF']}. " + g(F, d, "pmcf_summary")),
          ("h1", "9 | Conclusion"),
          ("p", g(F, d, "conclusion")),
          ("h1", "10 | Abbreviations"),
          ("p", "AE adverse event; CI clinical investigation; CEP/CER clinical evaluation plan/report; f/u follow-up; "
                "LTFU lost to f/u; MA meta-analysis; PMS/PMCF post-market surveillance/clinical follow-up; pts patients; "
                "RMF risk management file; SOTA state of the art; SR systematic review; yo years old."),
          ("h1", "11 | Sign-off"),
          ("p", f"Evaluators: {F['people'][1]} (clinical, CV on file), {F['people'][0]} (RA). DoI signed. "
                f"Next update: {F['next_update']}.")]
    B += x(F, d, "end")
    return B


def pmcf(F):
    d = "PMCF"
    P = g(F, d, "pmcf")
    B = [("title", f"PMCF Plan – {g(F,d,'name')}"),
         ("p", f"Doc. no. {F['codes']['PMCF']} | Rev. {F['rev']['PMCF']} | Date {F['date']['PMCF']} | Annex XIV Part B, MDCG 2020-7 template"),
         ("h1", "1 | General"),
         ("p", f"Device: {g(F,d,'name')}, {g(F,d,'models')}, Basic UDI-DI {g(F,d,'udi')}, class {F['cls']}. "
               f"Linked docs: CER {F['codes']['CER']}, RMF {F['codes']['CER'].split('-')[0]}-RMF-001."),
         ("h1", "2 | Objectives"), ("ul", P["objectives"]),
         ("h1", "3 | Design"), ("p", P["design"]),
         ("h1", "4 | Population & Setting"), ("p", P["population"]),
         ("h1", "5 | Sample Size"), ("p", P["sample"]),
         ("h1", "6 | Endpoints"), ("ul", P["endpoints"]),
         ("h1", "7 | Timeline"),
         ("tbl", "Tbl. 1 – PMCF timeline", ["Milestone", "Date"], P["timeline"], True),
         ("h1", "8 | General PMCF Activities"),
         ("ul", ["Complaint + vigilance trending, monthly",
                 "Lit screening x2 per year, same strings as CER",
                 "User feedback forms from key sites",
                 "PMCF evaluation report feeds CER/SSCP update" + (" annually (Art. 61(11))" if F.get("sscp") else "")])]
    B += x(F, d, "end")
    return B


def ifu_en(F):
    d = "IFU"
    B = [("title", f"{g(F,d,'name')} – Instructions for Use"),
         ("p", f"{F['codes']['IFU']} Rev. {F['rev']['IFU']} | {F['date']['IFU']} | Read all instructions before use."),
         ("h1", "1 | Device Description"), ("p", g(F, d, "desc")),
         ("p", f"Models: {g(F,d,'models')}. Basic UDI-DI {g(F,d,'udi')}."),
         ("h1", "2 | Intended Purpose"), ("p", g(F, d, "purpose")),
         ("h1", "3 | Indications"), ("ul", g(F, d, "indications")),
         ("h1", "4 | Contraindications"), ("ul", g(F, d, "contra")),
         ("h1", "5 | Target Population & Users"), ("p", g(F, d, "population")), ("p", g(F, d, "setting")),
         ("h1", "6 | Warnings & Precautions"), ("ul", g(F, d, "warnings")),
         ("h1", "7 | Side Effects / Residual Risks"), ("ul", [r[0] for r in g(F, d, "risks")]),
         ("h1", "8 | Technical Data"),
         ("tbl", "Tbl. 1 – Technical data", None if not F.get("tech_ruled", True) else ["Parameter", "Value"],
          g(F, d, "tech"), F.get("tech_ruled", True)),
         ("h1", "9 | Instructions"), ("ul", [f"{i+1}. {s}" for i, s in enumerate(g(F, d, "steps"))])]
    B += x(F, d, "instructions")
    if F.get("sscp"):
        B += [("h1", "10 | SSCP"), ("p", f"SSCP available in EUDAMED, search Basic UDI-DI {g(F,d,'udi')}.")]
    B += [("h1", "11 | Manufacturer"), ("p", f"{F['mfr']}, {F['addr']}. EU REP: {F['eurep']}. CE {F['nb']}")]
    B += x(F, d, "end")
    return B


def ifu_tr(F, lang):
    d = "IFU-" + lang
    H = HEAD[lang]
    T = F["tr"][lang]
    B = [("title", f"{g(F,d,'name')} – {H['t']}"),
         ("p", f"{F['codes']['IFU']}-{lang.upper()} Rev. {F['rev']['IFU']} | {F['date']['IFU']}"),
         ("h1", "1 | " + H["dev"]), ("p", T["desc"]), ("p", f"REF: {g(F,d,'models')}. Basic UDI-DI {g(F,d,'udi')}."),
         ("h1", "2 | " + H["ip"]), ("p", T["purpose"]),
         ("h1", "3 | " + H["ind"]), ("ul", T["indications"]),
         ("h1", "4 | " + H["ci"]), ("ul", T["contra"]),
         ("h1", "5 | " + H["pop"]), ("p", T["population"]),
         ("h1", "6 | " + H["w"]), ("ul", T["warnings"]),
         ("h1", "7 | " + H["se"]), ("ul", T["risks"]),
         ("h1", "8 | " + H["td"]),
         ("tbl", "Tbl. 1", None if not F.get("tech_ruled", True) else [H["par"], H["val"]], T["tech"],
          F.get("tech_ruled", True)),
         ("h1", "9 | " + H["ins"]), ("ul", [f"{i+1}. {s}" for i, s in enumerate(T["steps"])])]
    if F.get("sscp"):
        B += [("h1", "10 | " + H["ss"]), ("p", f"EUDAMED – Basic UDI-DI {g(F,d,'udi')}.")]
    B += [("h1", "11 | " + H["mf"]), ("p", f"{F['mfr']}, {F['addr']}. EU REP: {F['eurep']}. CE {F['nb']}")]
    return B


def sscp(F):
    d = "SSCP"
    B = [("title", f"Summary of Safety and Clinical Performance – {g(F,d,'name')}"),
         ("p", f"Doc. no. {F['codes']['SSCP']} | Rev. {F['rev']['SSCP']} | Date {F['date']['SSCP']} | "
               "MDCG 2019-9 Rev.1 structure. Part for healthcare professionals."),
         ("h1", "1 | Device Identification & General Information"),
         ("tbl", "Tbl. 1 – Identification", ["Item", "Detail"],
          [["Trade name", g(F, d, "name")], ["Models", g(F, d, "models")], ["Basic UDI-DI", g(F, d, "udi")],
           ["Manufacturer / SRN", f"{F['mfr']} / {F['srn']}"], ["Class", F["cls"]], ["NB", F["nb"]]], True),
         ("h1", "2 | Intended Use"), ("p", g(F, d, "purpose")),
         ("p", "Indications:"), ("ul", g(F, d, "indications")),
         ("p", "Contraindications:"), ("ul", g(F, d, "contra")),
         ("p", "Target population: " + g(F, d, "population")),
         ("h1", "3 | Device Description"), ("p", g(F, d, "desc")),
         ("h1", "4 | Risks & Warnings"),
         ("p", "Residual risks and undesirable side-effects (source: CER Tbl. 3, clinical studies + literature; "
               "vigilance data may be under-reported):"),
         ("ul", [r[0] for r in g(F, d, "risks")]),
         ("p", "Warnings: see IFU §6.")]
    B += x(F, d, "risks")
    B += [("h1", "5 | Summary of Clinical Evaluation & PMCF"),
          ("p", g(F, d, "sscp_clin")),
          ("h1", "6 | Diagnostic / Therapeutic Alternatives"), ("ul", g(F, d, "alternatives")),
          ("h1", "7 | Suggested User Profile & Training"), ("p", g(F, d, "setting")),
          ("h1", "8 | Harmonised Standards / CS"), ("ul", F["standards"]),
          ("h1", "9 | Revision History"),
          ("tbl", "Tbl. 2 – Revisions", ["Rev.", "Date", "Change", "Validated by NB"],
           [[F["rev"]["SSCP"], F["date"]["SSCP"], "Initial issue for certification", "Yes"]], True)]
    return B


def cear(F):
    d = "CEAR"
    B = [("title", f"Clinical Evaluation Assessment Report – {g(F,d,'name')}"),
         ("tbl", "Assessment details", None,
          [["Notified body", F["nb_name"]], ["Project no.", F["nb_project"]], ["Manufacturer", F["mfr"]],
           ["Device", f"{g(F,d,'name')}, {g(F,d,'models')}"], ["Basic UDI-DI", g(F, d, "udi")],
           ["Class", F["cls"]], ["Clinical reviewer", F["reviewer"]], ["Date", F["date"]["CEAR"]]], True),
         ("h1", "1. Scope of the clinical evaluation consultation procedure"),
         ("p", g(F, d, "cear_scope")),
         ("h1", "2. Documentation reviewed"),
         ("ul", [f"{fn} ({r})" for fn, r in F["doclist"]]),
         ("h1", "3. Assessment of the clinical evaluation")]
    for para in g(F, d, "cear_text"):
        B.append(("p", para))
    B += [("h2", "3.1 Post-market clinical follow-up"),
          ("p", f"The PMCF plan {F['codes']['PMCF']} Rev. {F['rev']['PMCF']} has been reviewed against Annex XIV Part B "
                "and MDCG 2020-7. It is noted that the plan is to be read together with the PMS plan."),
          ("h2", "3.2 Information supplied by the manufacturer"),
          ("p", f"The IFU {F['codes']['IFU']} Rev. {F['rev']['IFU']}" + (" and the SSCP" if F.get("sscp") else "") +
                " were reviewed for consistency with the clinical evaluation. The language versions supplied were "
                "checked on a sampling basis."),
          ("h1", "4. Findings log"),
          ("tbl", "Table 1 – Findings log", ["Query No.", "Section", "Query", "Rationale", "Status (Open/Closed)"],
           g(F, d, "cear_queries"), True),
          ("h1", "5. Overall recommendation"),
          ("p", g(F, d, "cear_rec")),
          ("p", f"{F['reviewer']}, Clinical Reviewer, {F['nb_name']}. {F['date']['CEAR']}.")]
    return B


def base(F):
    """Fill generic defaults (dates, people, NB, generic texts) without overriding dossier facts."""
    D = dict(
        rev={"CEP": "B", "CER": "C", "PMCF": "B", "IFU": "03", "SSCP": "A"},
        date={"CEP": "14/07/2025", "CER": "02/10/2025", "PMCF": "02/10/2025", "IFU": "20/10/2025",
              "SSCP": "22/10/2025", "CEAR": "28/11/2025"},
        eurep="MedRep Europe B.V., Prinses Beatrixlaan 5, 2595 AK Den Haag, NL",
        nb="2797", nb_name="Clonmel Conformity Assessment Ltd (NB 2797)", reviewer="Dr Siobhán Ní Bhriain",
        people=["Noa Ben-David", "Dr. Yoav Mizrahi"], next_update="10/2026",
        pms="PMS: complaint + vigilance data from IL market since launch reviewed (PSUR-type summary in Tech Doc). "
            "No serious incidents, no FSCA. Complaint rate <0.1 % of units sold, mainly packaging/handling.",
        litsearch="PubMed + Embase + Cochrane, 01/2015–06/2025. Hits screened by 2 reviewers, appraisal per MEDDEV 2.7/1 "
                  "rev. 4 App. A6. Full strings + PRISMA in App. B.",
        acceptance="Acceptance = outcomes not worse than SOTA benchmarks in CER §4, no new/unexpected serious risks.",
        tr={}, ov={}, add={}, tech_ruled=True,
        standards=["ISO 14971:2019", "ISO 10993-1:2018", "ISO 14155:2020", "EN ISO 15223-1:2021"],
    )
    for k, v in D.items():
        F.setdefault(k, v)
    F.setdefault("cear_text", [
        f"It is noted that the clinical evaluation of the {F['name']} follows the CEP and that the literature "
        "search protocol, appraisal and analysis are described in adequate detail.",
        "The reviewer has considered the state of the art presented and is satisfied that the benchmarks chosen "
        "reflect current clinical practice for the intended purpose.",
        "The manufacturer's responses to the queries in the findings log below were received and have been assessed."])
    F.setdefault("cear_queries", [
        ["CE-Q05", "CER §5.1", "The reviewer would query whether the search period is adequate. Please advise.",
         "MEDDEV 2.7/1 rev. 4 §8", "Closed"],
        ["CE-Q06", "PMCF §5", "Please provide the rationale for the PMCF sample size.", "MDCG 2020-7", "Closed"],
        ["CE-Q07", "IFU §6", "It is noted that the warnings were updated; please confirm alignment with the RMF.",
         "GSPR 23.4", "Closed"]])
    F.setdefault("cear_rec", "The clinical evidence is considered sufficient to demonstrate conformity with the "
                 "relevant GSPRs for the intended purpose as stated. Certification is recommended, subject to the PMCF "
                 "plan being implemented as described.")
    F.setdefault("cep_rev_ref", F["rev"]["CEP"])
    F.setdefault("nb_project", F["codes"]["CEAR"].split("-", 1)[1])
    return F

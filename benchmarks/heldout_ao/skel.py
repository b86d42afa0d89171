"""Document skeletons in the voice of German Mittelstand manufacturers (German-English CER/CEP/PMCF,
German master IFU with translations) and a Czech notified-body reviewer (CEAR)."""

H = {  # IFU headings per language
 "de": dict(t="Gebrauchsanweisung", purpose="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
            pop="Patientenzielgruppe", users="Anwender und Anwendungsumgebung", warn="Warnhinweise",
            tech="Technische Daten", par="Parameter", val="Wert", mfr="Hersteller", desc="Produktbeschreibung"),
 "en": dict(t="Instructions for use", purpose="Intended purpose", ind="Indications", contra="Contraindications",
            pop="Patient target group", users="Users and use environment", warn="Warnings",
            tech="Technical data", par="Parameter", val="Value", mfr="Manufacturer", desc="Product description"),
 "cs": dict(t="Návod k použití", purpose="Určený účel", ind="Indikace", contra="Kontraindikace",
            pop="Cílová skupina pacientů", users="Uživatelé a prostředí použití", warn="Varování",
            tech="Technické údaje", par="Parametr", val="Hodnota", mfr="Výrobce", desc="Popis výrobku"),
 "pl": dict(t="Instrukcja używania", purpose="Przewidziane zastosowanie", ind="Wskazania", contra="Przeciwwskazania",
            pop="Docelowa grupa pacjentów", users="Użytkownicy i środowisko użytkowania", warn="Ostrzeżenia",
            tech="Dane techniczne", par="Parametr", val="Wartość", mfr="Producent", desc="Opis wyrobu"),
 "hu": dict(t="Használati útmutató", purpose="Rendeltetés", ind="Javallatok", contra="Ellenjavallatok",
            pop="Betegcsoport", users="Felhasználók és felhasználási környezet", warn="Figyelmeztetések",
            tech="Műszaki adatok", par="Paraméter", val="Érték", mfr="Gyártó", desc="A termék leírása"),
 "sk": dict(t="Návod na použitie", purpose="Určený účel", ind="Indikácie", contra="Kontraindikácie",
            pop="Cieľová skupina pacientov", users="Používatelia a prostredie použitia", warn="Varovania",
            tech="Technické údaje", par="Parameter", val="Hodnota", mfr="Výrobca", desc="Opis výrobku"),
 "sl": dict(t="Navodila za uporabo", purpose="Predvideni namen", ind="Indikacije", contra="Kontraindikacije",
            pop="Ciljna skupina bolnikov", users="Uporabniki in okolje uporabe", warn="Opozorila",
            tech="Tehnični podatki", par="Parameter", val="Vrednost", mfr="Proizvajalec", desc="Opis izdelka"),
 "hr": dict(t="Upute za uporabu", purpose="Namjena", ind="Indikacije", contra="Kontraindikacije",
            pop="Ciljna skupina pacijenata", users="Korisnici i okruženje uporabe", warn="Upozorenja",
            tech="Tehnički podaci", par="Parametar", val="Vrijednost", mfr="Proizvođač", desc="Opis proizvoda"),
 "it": dict(t="Istruzioni per l'uso", purpose="Destinazione d'uso", ind="Indicazioni", contra="Controindicazioni",
            pop="Gruppo di pazienti destinatari", users="Utilizzatori e ambiente d'uso", warn="Avvertenze",
            tech="Dati tecnici", par="Parametro", val="Valore", mfr="Fabbricante", desc="Descrizione del prodotto"),
 "fr": dict(t="Mode d'emploi", purpose="Destination", ind="Indications", contra="Contre-indications",
            pop="Groupe cible de patients", users="Utilisateurs et environnement d'utilisation", warn="Avertissements",
            tech="Caractéristiques techniques", par="Paramètre", val="Valeur", mfr="Fabricant", desc="Description du produit"),
 "nl": dict(t="Gebruiksaanwijzing", purpose="Beoogd doel", ind="Indicaties", contra="Contra-indicaties",
            pop="Doelgroep patiënten", users="Gebruikers en gebruiksomgeving", warn="Waarschuwingen",
            tech="Technische gegevens", par="Parameter", val="Waarde", mfr="Fabrikant", desc="Productbeschrijving"),
 "da": dict(t="Brugsanvisning", purpose="Tilsigtet formål", ind="Indikationer", contra="Kontraindikationer",
            pop="Patientmålgruppe", users="Brugere og brugsmiljø", warn="Advarsler",
            tech="Tekniske data", par="Parameter", val="Værdi", mfr="Fabrikant", desc="Produktbeskrivelse"),
 "ro": dict(t="Instrucțiuni de utilizare", purpose="Scopul propus", ind="Indicații", contra="Contraindicații",
            pop="Grupul țintă de pacienți", users="Utilizatori și mediul de utilizare", warn="Avertismente",
            tech="Date tehnice", par="Parametru", val="Valoare", mfr="Producător", desc="Descrierea produsului"),
}


def g(d, doc, key, lang="en"):
    """Value of `key` for document `doc`: a per-document override (d['ov'][doc][key]) or the default."""
    ov = d.get("ov", {}).get(doc, {})
    if key in ov:
        return ov[key]
    src = d[lang] if lang in d and key in d[lang] else d
    return src[key]


def extra(d, doc, sec):
    return [("p", t) for t in d.get("ov", {}).get(doc, {}).get("+" + sec, [])]


def cecp_text(d, doc):
    ov = d.get("ov", {}).get(doc, {})
    if "cecp" in ov:
        return ov["cecp"]
    if d["cls"] == "I":
        return ("The product is of class I acc. to Annex VIII Rule 13 MDR. A notified body is not involved; the "
                "Clinical Evaluation Consultation Procedure acc. to Art. 54 MDR is therefore not applicable.")
    if d["cecp"]:
        return d["cecp_yes"]
    return (f"The product is of class {d['cls']} ({d['rule']}). It is neither an implantable device of class III nor "
            "an active device of class IIb intended to administer and/or remove a medicinal product (Rule 12). "
            "The Clinical Evaluation Consultation Procedure acc. to Art. 54(1) MDR is therefore not applicable.")


def head(d, code, rev, date):
    return f"{d['mfr']} · {d['prefix']}-{code} · Rev. {rev} · {date}"


def ident_table(d, doc):
    return ("table", [["Merkmal / Item", "Angabe / Entry"],
                      ["Handelsname / Trade name", g(d, doc, "name")],
                      ["Modell / Model", g(d, doc, "model")],
                      ["Basic UDI-DI", g(d, doc, "udi")],
                      ["Hersteller / Manufacturer", f"{g(d, doc, 'mfr')}, {d['addr']}"],
                      ["Klasse / Class", f"{d['cls']} ({d['rule']})"]], True, (60, 110))


def purpose_blocks(d, doc):
    b = [("h2", "Zweckbestimmung / Intended purpose"), ("p", g(d, doc, "purpose"))]
    b += [("h2", "Indikationen / Indications")] + [("li", x) for x in g(d, doc, "indications")]
    b += [("h2", "Kontraindikationen / Contraindications")] + [("li", x) for x in g(d, doc, "contra")]
    b += [("h2", "Patientenzielgruppe / Target population"), ("p", g(d, doc, "population"))]
    b += [("h2", "Anwender und Umgebung / Users and use environment"), ("p", g(d, doc, "users"))]
    return b


def tech_table(d, doc, lang="en", ruled=True):
    rows = [["Parameter", "Wert / Value"] if lang == "en" else ["Parameter", "Wert"]]
    for r in g(d, doc, "tech"):
        rows.append([r[0] if lang == "en" else r[1], r[2] if lang == "en" else r[3]])
    return ("table", rows, ruled, (80, 90))


# ---------------------------------------------------------------- CEP
def cep(d):
    doc = "cep"
    b = [("h1", "1. Geltungsbereich / Scope"),
         ("p", f"This clinical evaluation plan (CEP) defines the scope and the methodology of the clinical evaluation "
               f"for the product {g(d, doc, 'name')} {g(d, doc, 'model')} acc. to Art. 61 and Annex XIV Part A MDR "
               f"(Regulation (EU) 2017/745) and MDCG 2020-13. The German version of this plan is the master document; "
               f"the English version is provided for the notified body resp. the expert panel."),
         ident_table(d, doc),
         ("h1", "2. Zweckbestimmung und Zielgruppen / Intended purpose and target groups")]
    b += purpose_blocks(d, doc)
    b += extra(d, doc, "purpose")
    b += [("h1", "3. Klinischer Nutzen und Ergebnisparameter / Clinical benefits and outcome parameters"),
          ("table", [["Klinischer Nutzen / Clinical benefit", "Ergebnisparameter / Outcome parameter",
                      "Akzeptanzkriterium / Acceptance criterion"]] + [list(x) for x in g(d, doc, "benefits")],
           True, (55, 55, 60)),
          ("h1", "4. Nutzen-Risiko-Akzeptanzkriterien / Benefit-risk acceptance criteria"),
          ("p", g(d, doc, "acceptance")),
          ("h1", "5. Klinischer Entwicklungsplan / Clinical development plan"),
          ("p", g(d, doc, "devplan"))]
    b += extra(d, doc, "devplan")
    b += [("h1", "6. Konsultationsverfahren / Clinical evaluation consultation procedure (Art. 54 MDR)"),
          ("p", cecp_text(d, doc)),
          ("h1", "7. Verantwortlichkeiten / Responsibilities"),
          ("p", f"Clinical evaluation: {d['evaluator']}. Review: Head of Regulatory Affairs. Approval: Geschäftsführung / "
                f"Managing Director. The evaluators have declared no conflict of interest; CVs and declarations of interest are filed in the technical documentation.")]
    return dict(title=f"Klinischer Bewertungsplan / Clinical Evaluation Plan – {g(d, doc, 'name')} {g(d, doc, 'model')}",
                header=head(d, "CEP", d["rev"]["cep"], d["date"]["cep"]), blocks=b)


# ---------------------------------------------------------------- CER
def cer(d):
    doc = "cer"
    b = [("h1", "1. Allgemeine Angaben / General details"), ident_table(d, doc),
         ("p", f"This clinical evaluation report (CER) was prepared acc. to Art. 61 and Annex XIV MDR, MEDDEV 2.7/1 Rev. 4 "
               f"(as far as applicable) and MDCG 2020-13. It is based on the CEP {d['prefix']}-CEP Rev. {d['rev']['cep']}. "
               f"The quality management system is certified acc. to DIN EN ISO 13485:2016."),
         ("h1", "2. Zweckbestimmung / Intended purpose")]
    b += purpose_blocks(d, doc)
    b += extra(d, doc, "purpose")
    b += [("h1", "3. Produktbeschreibung / Device description"), ("p", g(d, doc, "description")),
          tech_table(d, doc)]
    b += extra(d, doc, "description")
    b += [("h1", "4. Regulatorischer Status / Regulatory status"), ("p", g(d, doc, "history")),
          ("p", cecp_text(d, doc)),
          ("h1", "5. Stand der Technik / State of the art")]
    b += [("p", x) for x in g(d, doc, "soa")]
    b += [("h1", "6. Literaturrecherche / Literature search"),
          ("p", f"The systematic literature search was carried out in PubMed/MEDLINE, Embase and the Cochrane Library "
                f"for the period {d['search_period']}. Search string i.a.: {d['search_string']}. Inclusion criteria: "
                f"clinical studies with ≥10 patients, German or English language, the product or similar products in the "
                f"intended indication. Exclusion criteria: animal studies, case reports, congress abstracts without full text. "
                f"Appraisal acc. to MEDDEV 2.7/1 Rev. 4 Annex A6 (suitability and contribution)."),
          ("p", f"Hits: {d['hits']}. The selection process (PRISMA) is documented in the search protocol, which is filed in the technical documentation together with the full texts."),
          ("h1", "7. Klinische Daten / Clinical data"),
          ("table", [["Quelle / Source", "Design", "n", "Population", "Follow-up", "Ergebnis / Result"]] +
           [list(x) for x in g(d, doc, "studies")], True, (28, 24, 12, 38, 20, 48))]
    b += [("h2", "Bewertung der Daten / Appraisal of the data (MEDDEV 2.7/1 Rev. 4, A6)"),
          ("table", [["Quelle / Source", "Eignung / Suitability", "Beitrag / Contribution", "Gewichtung / Weight"]] +
           [[x[0], "D1/A1/P1/R1" if i == 0 else ("D2/A1/P1/R2" if i % 2 else "D2/A2/P1/R1"),
             "O1/F1/S1/C1" if i == 0 else "O1/F2/S1/C2", "pivotal" if i == 0 else "supportive"]
            for i, x in enumerate(g(d, doc, "studies"))], True, (45, 45, 45, 35))]
    b += [("p", x) for x in g(d, doc, "data_text")]
    b += extra(d, doc, "data")
    b += [("h1", "8. Äquivalenz / Equivalence"), ("p", g(d, doc, "equivalence")),
          ("h1", "9. Sicherheit und Marktbeobachtung / Safety and post-market surveillance"),
          ("p", g(d, doc, "pms"))]
    b += extra(d, doc, "safety")
    b += [("h1", "10. Leistung und klinischer Nutzen / Performance and clinical benefit")]
    b += [("p", x) for x in g(d, doc, "performance")]
    b += extra(d, doc, "performance")
    b += [("h1", "11. Restrisiken und Nutzen-Risiko-Verhältnis / Residual risks and benefit-risk")]
    b += [("li", x) for x in g(d, doc, "residual")]
    b += [("p", g(d, doc, "br"))]
    b += [("h2", "Verknüpfung mit dem Risikomanagement / Link to risk management (DIN EN ISO 14971)"),
          ("table", [["Restrisiko / Residual risk", "Maßnahme / Measure", "Information in IFU"]] +
           [[x, "design resp. production control acc. to RMF", "section 3 (warnings)"] for x in g(d, doc, "residual")],
           True, (60, 60, 50)),
          ("h2", "Erfüllung der Grundlegenden Anforderungen / Conformity with the GSPR"),
          ("table", [["GSPR", "Inhalt / Content", "Nachweis / Evidence"],
                     ["1", "Performance and safety acc. to intended purpose", "sections 7, 9, 10"],
                     ["8", "Known and foreseeable risks minimised, acceptable vs. benefit", "section 11"],
                     ["14.2", "Risks connected with the use environment", "usability file, section 9"],
                     ["23.4", "Information in the IFU", "IFU DE/EN and translations"]], True, (20, 90, 60)),
          ("h1", "12. Klinische Nachbeobachtung / PMCF"), ("p", g(d, doc, "pmcf_summary")),
          ("h1", "13. Schlussfolgerung / Conclusion"), ("p", g(d, doc, "conclusion"))]
    b += extra(d, doc, "conclusion")
    b += [("h2", "Qualifikation der Bewerter / Qualification of the evaluators"),
          ("p", f"{d['evaluator']} (engineering degree, > 10 years experience in clinical evaluation of surgical devices) and "
                f"{d['reviewer_mfr']} (medical specialist, clinical reviewer). CVs and declarations of interest are filed in "
                f"the technical documentation acc. to Annex II MDR.")]
    b += [("h1", "14. Literaturverzeichnis / References")] + [("li", x) for x in d["refs"]]
    b += [("h1", "15. Abkürzungen / Abbreviations"),
          ("table", [["Abkürzung / Abbreviation", "Bedeutung / Meaning"],
                     ["CEAR", "Clinical Evaluation Assessment Report (notified body)"],
                     ["CECP", "Clinical Evaluation Consultation Procedure, Art. 54 MDR"],
                     ["CEP / CER", "Clinical Evaluation Plan / Report"],
                     ["GSPR", "General Safety and Performance Requirements, Annex I MDR"],
                     ["IFU / GA", "Instructions for use / Gebrauchsanweisung"],
                     ["MDR", "Regulation (EU) 2017/745"],
                     ["MIR", "Manufacturer Incident Report"],
                     ["PMCF / PMS", "Post-market clinical follow-up / Post-market surveillance"],
                     ["RMF", "Risk management file acc. to DIN EN ISO 14971"],
                     ["SSCP", "Summary of safety and clinical performance, Art. 32 MDR"],
                     ["i.a. / resp. / acc. to", "inter alia / respectively / according to"]], True, (55, 115))]
    b += [("h1", "16. Freigabe / Approval"),
          ("table", [["Funktion / Function", "Name", "Datum / Date"],
                     ["Erstellt / Prepared", d["evaluator"], d["date"]["cer"]],
                     ["Geprüft / Reviewed", d["reviewer_mfr"], d["date"]["cer"]],
                     ["Freigegeben / Approved", d["md"], d["date"]["cer"]]], True, (50, 70, 50))]
    return dict(title=f"Klinischer Bewertungsbericht / Clinical Evaluation Report – {g(d, doc, 'name')} {g(d, doc, 'model')}",
                header=head(d, "CER", d["rev"]["cer"], d["date"]["cer"]), blocks=b)


# ---------------------------------------------------------------- PMCF plan
def pmcf(d):
    doc = "pmcf"
    p = d["pmcf"]
    b = [("h1", "1. Produkt / Product"), ident_table(d, doc),
         ("p", f"This PMCF plan acc. to Annex XIV Part B MDR and MDCG 2020-7 is part of the PMS plan "
               f"{d['prefix']}-PMS. Intended purpose as in CER {d['prefix']}-CER Rev. {d['rev']['cer']}, section 2."),
         ("h1", "2. Ziele und Restrisiken / Objectives and residual risks"),
         ("table", [["Ziel / Objective", "Bezug / Linked residual risk or open question"]] + [list(x) for x in p["objectives"]],
          True, (90, 80)),
         ("h1", "3. Methode / Method"), ("p", p["method"]),
         ("h1", "4. Studienpopulation / Study population"), ("p", p["population"]),
         ("h1", "5. Fallzahl / Sample size"), ("p", p["sample"]),
         ("h1", "6. Endpunkte / Endpoints")] + [("li", x) for x in p["endpoints"]] + [
         ("h1", "7. Zentren / Sites"), ("p", p["sites"]),
         ("h1", "8. Zeitplan / Timeline"), ("p", p["timeline"]),
         ("h1", "9. Allgemeine PMCF-Aktivitäten / General PMCF activities"),
         ("p", "Screening of the literature every 12 months with the search string of the CER; evaluation of complaints "
               "and vigilance data (MIR) acc. to the PMS procedure; user feedback via the field service. The results flow "
               "into the PMCF evaluation report and the update of the CER and, where applicable, of the SSCP.")]
    return dict(title=f"PMCF-Plan / Post-market clinical follow-up plan – {g(d, doc, 'name')} {g(d, doc, 'model')}",
                header=head(d, "PMCF", d["rev"]["pmcf"], d["date"]["pmcf"]), blocks=b)


# ---------------------------------------------------------------- IFU
def ifu(d, lang, ruled=True):
    doc = "ifu_" + lang
    h = H[lang]
    if lang in ("de", "en"):
        L = lambda k: g(d, doc, k, lang)
        b = [("p", f"{L('name')} {L('model')} – Basic UDI-DI {L('udi')}"),
             ("h1", f"1. {h['desc']}"), ("p", L("description")),
             ("h1", f"2. {h['purpose']}"), ("p", L("purpose")),
             ("h2", h["ind"])] + [("li", x) for x in L("indications")] + [
             ("h2", h["contra"])] + [("li", x) for x in L("contra")] + [
             ("h2", h["pop"]), ("p", L("population")),
             ("h2", h["users"]), ("p", L("users")),
             ("h1", f"3. {h['warn']}")] + [("li", x) for x in L("warnings")]
        b += extra(d, doc, "warnings")
        b += [("h1", "4. " + ("Anwendung" if lang == "de" else "Application"))]
        b += [("p", x) for x in L("steps")]
        b += extra(d, doc, "steps")
        b += [("h1", "5. " + ("Aufbereitung, Wartung und Entsorgung" if lang == "de" else "Reprocessing, maintenance and disposal")),
              ("p", L("reprocessing")),
              ("h1", f"6. {h['tech']}"), tech_table(d, doc, lang, ruled)]
        b += extra(d, doc, "tech")
        b += [("h1", f"7. {h['mfr']}"), ("p", f"{L('mfr')}, {d['addr']}"),
              ("p", ("Schwerwiegende Vorkommnisse sind dem Hersteller und der zuständigen Behörde des Mitgliedstaats zu melden."
                     if lang == "de" else
                     "Serious incidents are to be reported to the manufacturer and to the competent authority of the member state."))]
    else:
        f = d["foreign"][lang]
        F = lambda k: d.get("ov", {}).get(doc, {}).get(k, f[k])
        b = [("p", f"{F('name') if 'name' in f else g(d, doc, 'name')} {g(d, doc, 'model')} – Basic UDI-DI {g(d, doc, 'udi')}"),
             ("h1", f"1. {h['purpose']}"), ("p", F("purpose")),
             ("h2", h["ind"])] + [("li", x) for x in F("indications")] + [
             ("h2", h["contra"])] + [("li", x) for x in F("contra")] + [
             ("h2", h["pop"]), ("p", F("population")),
             ("h2", h["users"]), ("p", F("users")),
             ("h1", f"2. {h['warn']}")] + [("li", x) for x in F("warnings")] + [
             ("h1", f"3. {h['tech']}"),
             ("table", [[h["par"], h["val"]]] + [list(x) for x in F("tech")], ruled, (80, 90)),
             ("h1", f"4. {h['mfr']}"), ("p", f"{d['mfr']}, {d['addr']}")]
    name = g(d, doc, "name", lang if lang in ("de", "en") else "en")
    return dict(title=f"{h['t']} – {name} {g(d, doc, 'model')}",
                header=f"{d['mfr']} · IFU {g(d, doc, 'model')} · {lang.upper()} · Rev. {d['rev']['ifu']}", blocks=b)


# ---------------------------------------------------------------- SSCP
def sscp(d, lang):
    doc = "sscp_" + lang
    L = lambda k: g(d, doc, k, lang)
    de = lang == "de"
    s = d["sscp"][lang]
    b = [("p", ("Diese Kurzfassung richtet sich an Anwender und Patienten. Sie ersetzt nicht die Gebrauchsanweisung."
                if de else "This summary is intended for users and patients. It does not replace the instructions for use.")),
         ("h1", "1. Produktidentifikation" if de else "1. Device identification"),
         ("p", f"{L('name')} {L('model')}, Basic UDI-DI {L('udi')}, {L('mfr')}, {d['addr']}; "
               f"{'Klasse' if de else 'class'} {d['cls']}; SRN {d['srn']}"),
         ("h1", "2. Zweckbestimmung" if de else "2. Intended purpose"), ("p", L("purpose")),
         ("h2", "Indikationen" if de else "Indications")] + [("li", x) for x in L("indications")] + [
         ("h2", "Kontraindikationen" if de else "Contraindications")] + [("li", x) for x in L("contra")] + [
         ("h2", "Zielgruppe" if de else "Target population"), ("p", L("population")),
         ("h2", "Anwender und Umgebung" if de else "Users and environment"), ("p", L("users")),
         ("h1", "3. Klinische Bewertung" if de else "3. Clinical evaluation")] + [("p", x) for x in s["clinical"]] + [
         ("h1", "4. Restrisiken und Nebenwirkungen" if de else "4. Residual risks and side effects")] + [
         ("li", x) for x in s["risks"]] + [
         ("h1", "5. Klinische Nachbeobachtung" if de else "5. Post-market clinical follow-up"), ("p", s["pmcf"])]
    b += extra(d, doc, "end")
    return dict(title=(f"Kurzbericht über Sicherheit und klinische Leistung (SSCP) – {L('name')} {L('model')}" if de else
                       f"Summary of safety and clinical performance (SSCP) – {L('name')} {L('model')}"),
                header=head(d, "SSCP-" + lang.upper(), d["rev"]["sscp"], d["date"]["cer"]), blocks=b)


# ---------------------------------------------------------------- CEAR (Czech notified body)
def cear(d):
    doc = "cear"
    c = d["cear"]
    b = [("h1", "A. Administrative particulars"),
         ("table", [["Item", "Entry"],
                    ["Notified Body", "MEDICERT CZ s.r.o., Brno, NB 2791 (fictional)"],
                    ["Reviewer", c["reviewer"]],
                    ["Manufacturer", f"{g(d, doc, 'mfr')}, {d['addr']}"],
                    ["Device", f"{g(d, doc, 'name')} {g(d, doc, 'model')}"],
                    ["Basic UDI-DI", g(d, doc, "udi")],
                    ["Class / rule", f"{d['cls']} / {d['rule']}"],
                    ["Documents assessed", c["docs"]],
                    ["Date of the report", c["date"]]], True, (55, 115)),
         ("h1", "B. Device description and intended purpose"),
         ("p", f"The device {g(d, doc, 'name')} {g(d, doc, 'model')} (Basic UDI-DI {g(d, doc, 'udi')}) is {g(d, doc, 'cear_desc')}"),
         ("p", f"Intended purpose acc. to the Manufacturer: {g(d, doc, 'purpose')}"),
         ("p", f"Target population: {g(d, doc, 'population')}"),
         ("p", f"Users and environment: {g(d, doc, 'users')}")]
    b += extra(d, doc, "B")
    b += [("h1", "C. Clinical evaluation plan"), ("p", c["C"]),
          ("h1", "D. Clinical data and state of the art"), ("p", c["D"])]
    b += extra(d, doc, "D")
    b += [("h1", "E. Equivalence"), ("p", c["E"]),
          ("h1", "F. Safety, performance and benefit-risk"), ("p", c["F"]),
          ("h1", "G. PMCF plan"), ("p", c["G"]),
          ("h1", "H. IFU, SSCP and labelling"), ("p", c["H"]),
          ("h1", "I. Clinical evaluation consultation procedure (Art. 54 MDR)"), ("p", d.get("ov", {}).get(doc, {}).get("cecp_nb", c["I"])),
          ("h1", "J. Nonconformities")]
    if c["nc"]:
        for i, x in enumerate(c["nc"], 1):
            b += [("p", f"Nonconformity No. {i}: {x}")]
    else:
        b += [("p", "No nonconformities remain open. All questions of the first review round were closed satisfactory.")]
    b += [("h1", "K. Conclusion"), ("p", c["K"]),
          ("p", f"{c['reviewer']}, clinical reviewer, Brno, {c['date']}")]
    return dict(title=f"Clinical Evaluation Assessment Report (CEAR) – {g(d, doc, 'name')} {g(d, doc, 'model')}",
                header=f"MEDICERT CZ s.r.o. · CEAR {c['no']} · {c['date']}", blocks=b)


BUILDERS = {"cep": cep, "cer": cer, "pmcf": pmcf, "cear": cear}


def build_doc(d, key):
    if key in BUILDERS:
        return BUILDERS[key](d)
    if key.startswith("ifu_"):
        lang = key[4:]
        return ifu(d, lang, d.get("ruled", {}).get(lang, True))
    if key.startswith("sscp_"):
        return sscp(d, key[5:])
    raise KeyError(key)

"""Document skeletons for heldout_ai (Japanese-English manufacturer voice, Polish-English CEAR).

Every builder returns a list of render blocks. Dossier modules pass their own wording;
the skeletons only give the order of sections and the headings.
"""

NB_NAME = "PolCert Medical Sp. z o.o."
NB_NO = "3471"
NB_CITY = "Kraków"


def H(style, n, text, sub=None):
    """Heading text in one of the manufacturer styles."""
    if style == "chapter":
        return ("h1", f"Chapter {n} {text}") if sub is None else ("h2", f"{n}-{sub}. {text}")
    if style == "dash":
        return ("h1", f"{n}. {text}") if sub is None else ("h2", f"{n}-{sub}. {text}")
    if style == "square":
        return ("h1", f"■ {n}. {text}") if sub is None else ("h2", f"□ {n}.{sub} {text}")
    return ("h1", f"{n}. {text}") if sub is None else ("h2", f"{n}.{sub} {text}")


def paras(text_or_list):
    if text_or_list is None:
        return []
    if isinstance(text_or_list, str):
        return [("p", text_or_list)]
    out = []
    for t in text_or_list:
        out.append(t if isinstance(t, tuple) else ("p", t))
    return out


def id_table(d, extra=(), lines=True):
    rows = [
        ["Manufacturer", d["mfr"]],
        ["EU subsidiary (Authorised Representative)", d["eu"]],
        ["Trade name", d["name"]],
        ["Model / catalogue numbers", d["model"]],
        ["Basic UDI-DI", d["budi"]],
        ["Classification", d["cls"]],
    ]
    rows += [list(r) for r in extra]
    return ("table", rows, {"lines": lines, "widths": [0.38, 0.62]})


# ------------------------------------------------------------------ CEP
def cep(d, c, style="chapter", marker="(1)"):
    b = [("title", "Clinical Evaluation Plan"), ("sub", f"{d['name']}\n{c['docno']}  Revision {c['rev']}  Issued {c['date']}"),
         H(style, 1, "General information"), id_table(d, c.get("id_extra", ())),
         ("p", c.get("intro", "The present plan is prepared by the Regulatory Affairs Section of the EU subsidiary "
                               "in co-operation with the Clinical Development Department of the head office. "
                               "It is written according to MDR Annex XIV Part A and MEDDEV 2.7/1 rev.4."))]
    b += [H(style, 2, "Usage purpose of the subject device")] + paras(c["purpose"])
    b += [H(style, 3, "Object patient and indication")] + paras(c["population"])
    b += [("h2", "Indication"), ("list", c["indications"], c.get("ind_marker", "①"))]
    b += [("h2", "■ Contraindication"), ("list", c["contra"], marker)]
    b += [H(style, 4, "General safety and performance requirements which need clinical data"),
          ("list", c.get("gspr", ["GSPR 1 (performance and benefit-risk)", "GSPR 6 (lifetime)",
                                   "GSPR 8 (acceptability of side-effects)", "GSPR 23.4 (information in the IFU)"]), marker)]
    b += [H(style, 5, "Clinical benefit and outcome parameter"),
          ("table", [["Clinical benefit", "Outcome parameter", "Time point"]] + c["benefits"],
           {"lines": c.get("lines", True), "header_row": True, "first_col_header": False, "widths": [0.4, 0.4, 0.2]})]
    b += [H(style, 6, "Method for evaluation of clinical safety")] + paras(c.get("safety_method",
          "Qualitative and quantitative aspects of clinical safety are evaluated from the literature, the "
          "clinical investigation data and the complaint and vigilance data. Residual risks are taken from the "
          "risk management file and each of them is compared with its rate in the state of the art."))
    b += [H(style, 7, "Acceptance criteria of benefit-risk")] + paras(c.get("acc_intro")) + [("list", c["acceptance"], marker)]
    b += [H(style, 8, "Specific component")] + paras(c.get("component",
          "The subject device does not contain medicinal substance, tissue of human or animal origin or their derivatives."))
    b += [H(style, 9, "Clinical development plan")] + paras(c["cdp"])
    b += [H(style, 10, "Clinical evaluation consultation procedure (MDR Article 54)")] + paras(c["cecp"])
    b += paras(c.get("tail"))
    b += [("p", f"Prepared by: {c['author']}    Approved by: {c['approver']}")]
    return b


# ------------------------------------------------------------------ CER
def cer(d, c, style="dash", marker="(1)", breaks=True):
    br = [("break",)] if breaks else []
    b = [("title", "Clinical Evaluation Report"), ("sub", f"{d['name']}\nDocument No. {c['docno']}  Rev. {c['rev']}  Date {c['date']}")]
    b += [H(style, 1, "Scope of this report"), id_table(d, c.get("id_extra", ()), lines=c.get("lines", True))] + paras(c["scope"])
    b += [H(style, 2, "Description of the subject device")] + paras(c["description"])
    if c.get("variants"):
        b += [("table", c["variants"], {"lines": c.get("lines", True), "header_row": True, "first_col_header": False})]
    b += paras(c.get("variants_note"))
    b += [H(style, 2, "Usage purpose", 1)] + paras(c["purpose"])
    b += [H(style, 2, "Object patient and indications", 2)] + paras(c["population"]) + [("list", c["indications"], "①")]
    b += [H(style, 2, "Contraindications", 3), ("list", c["contra"], marker)]
    b += [H(style, 2, "Intended user and usage environment", 4)] + paras(c["users"])
    b += br
    b += [H(style, 3, "State of the art")] + paras(c["sota"])
    b += [H(style, 4, "Clinical data")]
    b += [H(style, 4, "Literature search", 1)] + paras(c["literature"])
    if c.get("studies"):
        b += [("table", c["studies"], {"lines": c.get("lines", True), "header_row": True, "first_col_header": False})]
    b += [H(style, 4, "Clinical investigation of the subject device", 2)] + paras(c["ci"])
    b += [H(style, 4, "Equivalence", 3)] + paras(c["equivalence"])
    b += [H(style, 4, "Post-market surveillance data", 4)] + paras(c["pms"])
    b += br
    b += [H(style, 5, "Clinical performance and clinical benefit")] + paras(c["performance"])
    b += [H(style, 6, "Clinical safety and residual risk")] + paras(c["safety"])
    if c.get("risks"):
        b += [("table", c["risks"], {"lines": c.get("lines", True), "header_row": True, "first_col_header": False})]
    b += br
    b += [H(style, 7, "Conclusion of benefit-risk")] + paras(c["conclusion"])
    b += [H(style, 8, "Necessity of PMCF")] + paras(c["pmcf"])
    b += [H(style, 9, "Consultation procedure (MDR Article 54)")] + paras(c["cecp"])
    b += [H(style, 10, "Evaluators and declaration of interest")] + paras(c.get("evaluators",
          "The evaluators have the qualification required by MEDDEV 2.7/1 rev.4 chapter 6.4. Their CVs and "
          "declarations of interest are kept in Annex 1 of the technical documentation."))
    b += [("p", f"Date of signature: {c['date']}")]
    return b


# ------------------------------------------------------------------ PMCF plan
def pmcf(d, c, style="plain", marker="(1)"):
    b = [("title", "Post-Market Clinical Follow-up Plan"), ("sub", f"{d['name']}\n{c['docno']}  Version {c['rev']}  {c['date']}")]
    b += [H(style, 1, "Manufacturer"), ("p", f"{d['mfr']}. EU subsidiary and Authorised Representative: {d['eu']}.")]
    b += [H(style, 2, "Description of the device"), id_table(d, c.get("id_extra", ()), lines=c.get("lines", True))]
    b += paras(c["device"])
    b += [H(style, 3, "PMCF activities")]
    for i, a in enumerate(c["activities"], 1):
        b += [H(style, 3, a["title"], i)]
        rows = [[k, v] for k, v in a["rows"]]
        b += [("table", rows, {"lines": c.get("lines", True), "widths": [0.3, 0.7]})]
        b += paras(a.get("after"))
    b += [H(style, 4, "Reference to CER and risk management file")] + paras(c["refs"])
    b += [H(style, 5, "Equivalent or similar devices")] + paras(c.get("similar",
          "Data of similar devices are screened within the literature activity only, for the state of the art."))
    b += [H(style, 6, "Standards and guidance")] + [("list", c.get("standards", ["MDR Annex XIV Part B", "MDCG 2020-7",
                                                                           "EN ISO 14155:2020", "EN ISO 14971:2019"]), marker)]
    b += [H(style, 7, "Time schedule")] + paras(c["schedule"])
    return b


# ------------------------------------------------------------------ IFU (English)
def ifu_en(d, c, style="square", marker="①", lines=True):
    b = [("title", c.get("title", "Instructions for Use")), ("sub", f"{d['name']}  {d['model']}\n{c['docno']}  {c['date']}")]
    b += paras(c.get("preface", "Please read this instructions for use carefully before the use of the said device, and keep it "
                                "where the user can see it at any time."))
    b += [H(style, 1, "Usage purpose")] + paras(c["purpose"])
    b += [H(style, 2, "Object patient")] + paras(c["population"])
    b += [H(style, 3, "Indication"), ("list", c["indications"], marker)]
    b += [H(style, 4, "Contraindication"), ("list", c["contra"], marker)]
    b += [H(style, 5, "Intended user and usage environment")] + paras(c["users"])
    for w in c["warnings"]:
        b += [("box", "Warning", w)]
    for w in c.get("cautions", []):
        b += [("box", "Caution", w)]
    b += [H(style, 6, "Side effects and residual risks")] + paras(c["side"])
    b += [H(style, 7, "Specification"), ("table", c["spec"], {"lines": lines, "widths": [0.45, 0.55]})]
    b += paras(c.get("spec_note"))
    b += [H(style, 8, "Method of use"), ("list", c["steps"], "(1)")]
    b += paras(c.get("after_steps"))
    b += [H(style, 9, "Storage and disposal")] + paras(c.get("storage", "Please store the said device at room temperature, "
                                                            "away from direct sunlight. Please dispose of it according to the local rule for medical waste."))
    b += [H(style, 10, "Manufacturer and EU subsidiary"), ("p", d["mfr"]), ("p", d["eu"])]
    b += paras(c.get("tail"))
    return b


# ------------------------------------------------------------------ IFU (other languages)
L = {
    "pl": ["Instrukcja używania", "Przewidziane zastosowanie", "Populacja pacjentów", "Wskazania", "Przeciwwskazania",
           "Przewidziani użytkownicy i środowisko użytkowania", "Ostrzeżenie", "Przestroga", "Działania niepożądane",
           "Dane techniczne", "Sposób użycia", "Producent"],
    "pt": ["Instruções de utilização", "Finalidade prevista", "População de doentes", "Indicações", "Contraindicações",
           "Utilizadores previstos e ambiente de utilização", "Advertência", "Precaução", "Efeitos secundários",
           "Dados técnicos", "Modo de utilização", "Fabricante"],
    "el": ["Οδηγίες χρήσης", "Προβλεπόμενος σκοπός", "Πληθυσμός ασθενών", "Ενδείξεις", "Αντενδείξεις",
           "Προβλεπόμενοι χρήστες και περιβάλλον χρήσης", "Προειδοποίηση", "Προσοχή", "Ανεπιθύμητες ενέργειες",
           "Τεχνικά χαρακτηριστικά", "Τρόπος χρήσης", "Κατασκευαστής"],
    "ro": ["Instrucțiuni de utilizare", "Scopul propus", "Populația de pacienți", "Indicații", "Contraindicații",
           "Utilizatori vizați și mediul de utilizare", "Avertisment", "Atenție", "Efecte adverse",
           "Date tehnice", "Mod de utilizare", "Producător"],
    "hu": ["Használati útmutató", "Rendeltetés", "Betegpopuláció", "Javallatok", "Ellenjavallatok",
           "Tervezett felhasználók és felhasználási környezet", "Figyelmeztetés", "Vigyázat", "Nemkívánatos hatások",
           "Műszaki adatok", "Használat módja", "Gyártó"],
    "sk": ["Návod na použitie", "Určený účel", "Populácia pacientov", "Indikácie", "Kontraindikácie",
           "Určení používatelia a prostredie používania", "Varovanie", "Upozornenie", "Nežiaduce účinky",
           "Technické údaje", "Spôsob použitia", "Výrobca"],
    "lt": ["Naudojimo instrukcija", "Numatytoji paskirtis", "Pacientų populiacija", "Indikacijos", "Kontraindikacijos",
           "Numatytieji naudotojai ir naudojimo aplinka", "Įspėjimas", "Atsargiai", "Nepageidaujamas poveikis",
           "Techniniai duomenys", "Naudojimo būdas", "Gamintojas"],
    "bg": ["Инструкции за употреба", "Предназначение", "Популация пациенти", "Показания", "Противопоказания",
           "Предвидени потребители и среда на употреба", "Предупреждение", "Внимание", "Нежелани реакции",
           "Технически данни", "Начин на употреба", "Производител"],
    "da": ["Brugsanvisning", "Tilsigtet formål", "Patientpopulation", "Indikationer", "Kontraindikationer",
           "Tilsigtede brugere og anvendelsesmiljø", "Advarsel", "Forsigtig", "Bivirkninger",
           "Tekniske data", "Anvendelse", "Fabrikant"],
    "et": ["Kasutusjuhend", "Sihtotstarve", "Patsientide rühm", "Näidustused", "Vastunäidustused",
           "Ettenähtud kasutajad ja kasutuskeskkond", "Hoiatus", "Ettevaatust", "Kõrvaltoimed",
           "Tehnilised andmed", "Kasutamine", "Tootja"],
}


def ifu_xx(lang, d, c, marker="①", lines=True, numbered=True):
    h = L[lang]

    def hd(n, t):
        return ("h1", f"{n}. {t}" if numbered else f"■ {t}")
    b = [("title", h[0]), ("sub", f"{d['name']}  {d['model']}\n{c['docno']}  {c['date']}")]
    b += paras(c.get("preface"))
    b += [hd(1, h[1])] + paras(c["purpose"])
    b += [hd(2, h[2])] + paras(c["population"])
    b += [hd(3, h[3]), ("list", c["indications"], marker)]
    b += [hd(4, h[4]), ("list", c["contra"], marker)]
    b += [hd(5, h[5])] + paras(c["users"])
    for w in c["warnings"]:
        b += [("box", h[6], w)]
    for w in c.get("cautions", []):
        b += [("box", h[7], w)]
    b += [hd(6, h[8])] + paras(c["side"])
    b += [hd(7, h[9]), ("table", c["spec"], {"lines": lines, "widths": [0.45, 0.55]})]
    if c.get("steps"):
        b += [hd(8, h[10]), ("list", c["steps"], "(1)")]
    b += [hd(9, h[11]), ("p", d["mfr"]), ("p", d["eu"])]
    return b


# ------------------------------------------------------------------ SSCP
def sscp(d, c):
    b = [("title", "Summary of Safety and Clinical Performance"),
         ("sub", f"{d['name']}\n{c['docno']}  Revision {c['rev']}  {c['date']}  (validated by notified body {NB_NO})"),
         ("p", "This summary is intended for the healthcare professional. A part for the patient follows in section 9."),
         ("h1", "1. Device identification and general information"), id_table(d, c.get("id_extra", ()), lines=False),
         ("h1", "2. Intended use of the device")] + paras(c["purpose"])
    b += [("h2", "Indications and target population")] + paras(c["population"]) + [("list", c["indications"], "-")]
    b += [("h2", "Contraindications"), ("list", c["contra"], "-")]
    b += [("h1", "3. Device description")] + paras(c["description"])
    b += [("h1", "4. Risks and warnings")] + paras(c["risks"])
    b += [("h1", "5. Summary of clinical evaluation and PMCF")] + paras(c["clinical"])
    b += [("h1", "6. Possible diagnostic or therapeutic alternatives")] + paras(c["alternatives"])
    b += [("h1", "7. Suggested profile and training for users")] + paras(c["users"])
    b += [("h1", "8. Reference to harmonised standards and CS")] + paras(c.get("standards", "EN ISO 14971:2019, EN ISO 14155:2020, EN ISO 10993-1:2020."))
    b += [("h1", "9. Summary for patients")] + paras(c["patient"])
    return b


# ------------------------------------------------------------------ CEAR (Polish notified body reviewer)
def cear(d, c):
    b = [("title", "Clinical Evaluation Assessment Report (CEAR)"),
         ("sub", f"{NB_NAME}, Notified Body {NB_NO}, {NB_CITY}\nReport No. {c['docno']}, date {c['date']}"),
         ("h1", "Section A. Administrative particulars"),
         ("table", [["Device name", c.get("name", d["name"])], ["Model / type", c.get("model", d["model"])],
                    ["Basic UDI-DI", c.get("budi", d["budi"])],
                    ["Manufacturer", d["mfr"]], ["Authorised representative", d["eu"]],
                    ["Risk class and rule", c.get("cls", d["cls"])], ["Type of assessment", c["type"]],
                    ["Documents assessed", c["docs"]]], {"lines": True, "widths": [0.3, 0.7]}),
         ("p", "Intended purpose as stated by manufacturer:")] + paras(c["purpose"])
    b += [("h1", "Section B. Reviewers"), ("p", c["reviewers"])]
    b += [("h1", "Section C. Device description and basis of evaluation")] + paras(c["device"])
    b += [("h1", "Section D. Clinical literature review")] + paras(c["literature"])
    b += [("h1", "Section E. Clinical investigations")] + paras(c["ci"])
    b += [("h1", "Section F. PMS, PMCF and plan for updates")] + paras(c["pmcf"])
    b += [("h1", "Section G. IFU, SSCP and labelling")] + paras(c["ifu"])
    b += [("h1", "Section H. Summary and conclusions")] + paras(c["conclusion"])
    b += [("h1", "Section I. Clinical evaluation consultation procedure (Article 54)")] + paras(c["cecp"])
    if c.get("remarks"):
        b += [("h1", "Remarks to manufacturer")]
        for i, r in enumerate(c["remarks"], 1):
            b += [("p", f"Remark {i}: {r}")]
    b += [("p", f"Signed: {c['signer']}, {c['date']}")]
    return b

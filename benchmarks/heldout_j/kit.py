"""Builders for the six document roles. Each takes the dossier's fact sheet F (a dict) and returns
a document dict for render.py. A fact can be overridden for one role: F["ov"][role][key]. Extra
blocks can be appended at the end of a section: F["add"][(role, section)] = [blocks]."""

from __future__ import annotations


def g(F, role, key, default=None):
    ov = F.get("ov", {}).get(role, {})
    if key in ov:
        return ov[key]
    return F.get(key, default)


def add(F, role, sect):
    return list(F.get("add", {}).get((role, sect), []))


def st(F, role):
    s = dict(F.get("style", {}).get("all", {}))
    s.update(F.get("style", {}).get(role, {}))
    return s


def docinfo(F, role, lang="en"):
    key = role if role != "IFU" else f"IFU-{lang}"
    return F["docs"][key]


def meta(F, role, lang="en"):
    d = docinfo(F, role, lang)
    m = [("Document", d["no"]), ("Revision", d["rev"]), ("Date", d["date"])]
    if role == "CEAR":
        m.append(("Notified Body", F["nb"]))
    else:
        m.append(("Manufacturer", F["mfr"]))
    if d.get("author"):
        m.append(("Prepared by", d["author"]))
    return m


def pop_blocks(F, role, label="Target population"):
    how = st(F, role).get("pop_as", "prose")
    pop = g(F, role, "population")
    note = g(F, role, "pop_note")
    bl = []
    if how == "table":
        rows = g(F, role, "pop_rows") or [("Population", pop)]
        bl.append(("table", ["Criterion", "Definition"], rows, (45, 125)))
    elif how == "bullets":
        bl.append(("p", f"{label}:"))
        bl.append(("ul", g(F, role, "pop_items") or [pop]))
    else:
        bl.append(("p", pop))
    if note:
        bl.append(("note", note))
    return bl


def ip_blocks(F, role):
    s = st(F, role)
    ip = g(F, role, "ip")
    if s.get("box"):
        return [("box", s.get("ip_title", "Intended purpose"), ip)]
    return [("p", ip)]


def ident_rows(F, role):
    return [
        ("Trade name", g(F, role, "name")),
        ("Models / references", g(F, role, "models")),
        ("Basic UDI-DI", g(F, role, "udi")),
        ("Manufacturer", g(F, role, "mfr_full")),
        ("Risk class", g(F, role, "cls_text")),
    ]


# ------------------------------------------------------------------ CEP

def cep(F):
    R = "CEP"
    s = st(F, R)
    t = s.get("ip_title", "Intended purpose")
    b = [
        ("h", 1, "Purpose and scope of this plan"),
        ("p", g(F, R, "cep_scope")),
        ("h", 1, "Identification of the device"),
        ("table", ["Item", "Description"], ident_rows(F, R), (45, 125)),
        ("p", g(F, R, "cecp")),
        *add(F, R, "ident"),
        ("h", 1, t),
        *ip_blocks(F, R),
        ("h", 2, "Indications"),
        ("ul", g(F, R, "indications")),
        ("h", 2, "Contraindications"),
        ("ul", g(F, R, "contra")),
        ("h", 2, "Target groups"),
        *pop_blocks(F, R),
        ("p", g(F, R, "users_setting")),
        *add(F, R, "ip"),
        ("h", 1, "Clinical benefits and outcome parameters"),
        ("table", ["Intended clinical benefit", "Outcome parameter / measure"], g(F, R, "benefits"), (80, 90)),
        ("h", 1, "Acceptance criteria for the benefit-risk determination"),
        ("p", g(F, R, "crit_intro", "The criteria below are derived from the state of the art (cf. literature "
               "review protocol) and are applied in the CER without modification; a criterion is considered met "
               "when the point estimate and, where available, the 95 % confidence interval satisfy the threshold.")),
        ("table", ["Parameter", "Acceptance criterion", "Basis"], g(F, R, "criteria"), (55, 65, 50)),
        *add(F, R, "crit"),
        ("h", 1, "Clinical development plan and data sources"),
        ("p", g(F, R, "cdp")),
        ("p", g(F, R, "search")),
        *add(F, R, "cdp"),
        ("h", 1, "Post-market clinical follow-up"),
        ("p", g(F, R, "cep_pmcf")),
    ]
    return {"title": g(F, R, "title_cep", f"Clinical Evaluation Plan – {F['name']}"),
            "meta": meta(F, R), "blocks": b, "style": s}


# ------------------------------------------------------------------ CER

def cer(F):
    R = "CER"
    s = st(F, R)
    t = s.get("ip_title", "Intended purpose")
    sec = {}
    sec["summary"] = [("h", 1, "Executive summary"), ("p", g(F, R, "cer_summary")), *add(F, R, "summary")]
    sec["device"] = [
        ("h", 1, "Device description and classification"),
        ("p", g(F, R, "desc")),
        ("table", ["Item", "Description"], ident_rows(F, R), (45, 125)),
        ("p", g(F, R, "cecp")),
        *add(F, R, "device"),
    ]
    sec["ip"] = [
        ("h", 1, t),
        *ip_blocks(F, R),
        ("h", 2, "Indications and contraindications"),
        ("p", "Indications:"),
        ("ul", g(F, R, "indications")),
        ("p", "Contraindications:"),
        ("ul", g(F, R, "contra")),
        ("h", 2, "Patient population, users and environment"),
        *pop_blocks(F, R),
        ("p", g(F, R, "users_setting")),
        *add(F, R, "ip"),
    ]
    sec["sota"] = [("h", 1, "State of the art"), *[("p", x) for x in g(F, R, "sota")], *add(F, R, "sota")]
    sec["data"] = [
        ("h", 1, "Clinical data"),
        ("h", 2, "Literature search"),
        ("p", g(F, R, "search")),
        ("h", 2, "Studies retained"),
        ("p", g(F, R, "studies_intro", "Table 1 lists the studies retained after appraisal (suitability and "
               "contribution, cf. MDCG 2020-6 Appendix III)." )),
        ("note", "Table 1 – Clinical studies retained"),
        ("table", ["Ref.", "Design", "N", "Population", "Follow-up", "Main outcome"], g(F, R, "studies"),
         (12, 30, 12, 42, 22, 52)),
        ("p", g(F, R, "own_data")),
        ("h", 2, "Post-market surveillance data"),
        ("p", g(F, R, "pms")),
        *add(F, R, "data"),
    ]
    sec["analysis"] = [
        ("h", 1, "Analysis against the acceptance criteria"),
        ("note", "Table 2 – Results against the acceptance criteria of the CEP"),
        ("table", ["Acceptance criterion (CEP)", "Result", "Conclusion"], g(F, R, "results"), (70, 65, 35)),
        ("h", 2, "Performance claims"),
        ("ul", g(F, R, "claims")),
        *add(F, R, "analysis"),
    ]
    sec["br"] = [
        ("h", 1, "Benefit-risk determination"),
        ("p", g(F, R, "br")),
        ("h", 2, "Residual risks and undesirable side-effects"),
        ("ul", g(F, R, "residual")),
        *add(F, R, "br"),
    ]
    sec["pmcf"] = [("h", 1, "Need for post-market clinical follow-up"), ("p", g(F, R, "cer_pmcf")),
                   *add(F, R, "pmcf")]
    sec["concl"] = [("h", 1, "Conclusions"), ("p", g(F, R, "conclusion")), *add(F, R, "concl")]
    docs = g(F, R, "cer_doclist") or [
        (k if not k.startswith("IFU") else f"IFU ({k[4:]})", v["no"], v["rev"])
        for k, v in F["docs"].items() if k not in ("CER", "CEAR")]
    sec["refs"] = [
        ("h", 1, "References"),
        ("ol", g(F, R, "refs")),
        ("h", 2, "Documents of the technical documentation referred to"),
        ("table", ["Document", "Number", "Revision"], docs, (60, 70, 40)),
    ]
    order = s.get("order", ["summary", "device", "ip", "sota", "data", "analysis", "br", "pmcf", "concl", "refs"])
    b = []
    for k in order:
        b += sec[k]
    return {"title": g(F, R, "title_cer", f"Clinical Evaluation Report – {F['name']}"),
            "meta": meta(F, R), "blocks": b, "style": s}


# ------------------------------------------------------------------ PMCF plan

def pmcf(F):
    R = "PMCF-plan"
    s = st(F, R)
    P = g(F, R, "pmcf")
    b = [
        ("h", 1, "Device and reference documents"),
        ("p", P["ref"]),
        ("h", 1, "General and specific objectives"),
        ("p", P.get("obj_intro", "The specific objectives below address the residual risks and the open "
                    "questions identified in the CER:")),
        ("ul", P["objectives"]),
        ("h", 1, "Methods"),
        ("p", P["design"]),
        *[("p", x) for x in P.get("general", [])],
        ("h", 2, "Study population and setting"),
        ("p", P["population"]),
        ("p", P["setting"]),
        ("h", 2, "Endpoints"),
        ("table", ["Endpoint", "Definition", "Time point"], P["endpoints"], (45, 85, 40)),
        ("h", 2, "Sample size"),
        ("p", P["n"]),
        *add(F, R, "methods"),
        ("h", 1, "Timeline"),
        ("table", ["Milestone", "Planned date"], P["timeline"], (110, 60)),
        ("h", 1, "Evaluation and reporting"),
        ("p", P["report"]),
        *add(F, R, "end"),
    ]
    return {"title": g(F, R, "title_pmcf", f"PMCF Plan – {F['name']}"), "meta": meta(F, R),
            "blocks": b, "style": s}


# ------------------------------------------------------------------ IFU

HEAD = {
    "en": dict(ifu="Instructions for Use", desc="Device description", ip="Intended purpose",
               ind="Indications", contra="Contraindications", pop="Patient population",
               users="Intended users and environment of use", warn="Warnings and precautions",
               steps="Use of the device (summary)", se="Undesirable side-effects and residual risks",
               spec="Technical specifications", param="Parameter", value="Value",
               mfr="Manufacturer"),
    "fr": dict(ifu="Notice d'utilisation", desc="Description du dispositif", ip="Destination",
               ind="Indications", contra="Contre-indications", pop="Population de patients",
               users="Utilisateurs prévus et environnement d'utilisation", warn="Avertissements et précautions",
               steps="Utilisation du dispositif (résumé)", se="Effets secondaires indésirables et risques résiduels",
               spec="Caractéristiques techniques", param="Paramètre", value="Valeur", mfr="Fabricant"),
    "de": dict(ifu="Gebrauchsanweisung", desc="Produktbeschreibung", ip="Zweckbestimmung",
               ind="Indikationen", contra="Kontraindikationen", pop="Patientenpopulation",
               users="Vorgesehene Anwender und Einsatzumgebung", warn="Warnhinweise und Vorsichtsmaßnahmen",
               steps="Anwendung (Kurzfassung)", se="Unerwünschte Nebenwirkungen und Restrisiken",
               spec="Technische Daten", param="Parameter", value="Wert", mfr="Hersteller"),
    "it": dict(ifu="Istruzioni per l'uso", desc="Descrizione del dispositivo", ip="Destinazione d'uso",
               ind="Indicazioni", contra="Controindicazioni", pop="Popolazione di pazienti",
               users="Utilizzatori previsti e ambiente d'uso", warn="Avvertenze e precauzioni",
               steps="Uso del dispositivo (sintesi)", se="Effetti collaterali indesiderati e rischi residui",
               spec="Specifiche tecniche", param="Parametro", value="Valore", mfr="Fabbricante"),
    "es": dict(ifu="Instrucciones de uso", desc="Descripción del producto", ip="Finalidad prevista",
               ind="Indicaciones", contra="Contraindicaciones", pop="Población de pacientes",
               users="Usuarios previstos y entorno de uso", warn="Advertencias y precauciones",
               steps="Uso del producto (resumen)", se="Efectos secundarios indeseables y riesgos residuales",
               spec="Especificaciones técnicas", param="Parámetro", value="Valor", mfr="Fabricante"),
    "nl": dict(ifu="Gebruiksaanwijzing", desc="Beschrijving van het hulpmiddel", ip="Beoogd doel",
               ind="Indicaties", contra="Contra-indicaties", pop="Patiëntenpopulatie",
               users="Beoogde gebruikers en gebruiksomgeving", warn="Waarschuwingen en voorzorgsmaatregelen",
               steps="Gebruik van het hulpmiddel (samenvatting)", se="Ongewenste bijwerkingen en restrisico's",
               spec="Technische specificaties", param="Parameter", value="Waarde", mfr="Fabrikant"),
}

META_L = {"en": ("Document", "Revision", "Date"), "fr": ("Document", "Révision", "Date"),
          "de": ("Dokument", "Revision", "Datum"), "it": ("Documento", "Revisione", "Data"),
          "es": ("Documento", "Revisión", "Fecha"), "nl": ("Document", "Revisie", "Datum")}


def ifu(F, lang="en"):
    R = "IFU" if lang == "en" else f"IFU-{lang}"
    s = st(F, "IFU")
    s.update(F.get("style", {}).get(R, {}))
    H = HEAD[lang]
    if lang == "en":
        T = {k: g(F, R, k) for k in ("desc", "ip", "indications", "contra", "population", "pop_note",
                                      "users_setting", "warnings", "steps", "side_effects", "specs")}
    else:
        T = dict(F["tr"][lang])
    d = docinfo(F, "IFU", lang)
    ml = META_L[lang]
    b = [("h", 1, H["desc"]), ("p", T["desc"])]
    b += [("h", 1, H["ip"])]
    if s.get("box"):
        b.append(("box", H["ip"], T["ip"]))
    else:
        b.append(("p", T["ip"]))
    b += [("h", 2, H["ind"]), ("ul", T["indications"]),
          ("h", 2, H["contra"]), ("ul", T["contra"]),
          ("h", 2, H["pop"]), ("p", T["population"])]
    if T.get("pop_note"):
        b.append(("note", T["pop_note"]))
    b += [("h", 2, H["users"]), ("p", T["users_setting"])]
    b += add(F, R, "ip")
    b += [("h", 1, H["warn"]), ("ul", T["warnings"])]
    b += add(F, R, "warn")
    b += [("h", 1, H["steps"]), ("ol", T["steps"])]
    b += add(F, R, "steps")
    b += [("h", 1, H["se"]), ("ul", T["side_effects"]),
          ("h", 1, H["spec"]), ("table", [H["param"], H["value"]], T["specs"], (80, 90))]
    b += add(F, R, "spec")
    b += [("h", 1, H["mfr"]), ("p", F["mfr_full"] + f" – Basic UDI-DI {g(F, R, 'udi')}")]
    title = f"{g(F, R, 'name')} – {H['ifu']}"
    return {"title": title, "meta": [(ml[0], d["no"]), (ml[1], d["rev"]), (ml[2], d["date"])],
            "blocks": b, "style": s}


# ------------------------------------------------------------------ SSCP

def sscp(F):
    R = "SSCP"
    s = st(F, R)
    S = g(F, R, "sscp")
    b = [
        ("p", "This summary is intended for healthcare professionals; a section for patients follows "
              "where relevant. It does not replace the Instructions for Use."),
        ("h", 1, "Device identification and general information"),
        ("table", ["Item", "Description"], ident_rows(F, R) + [("Notified Body", F["nb"])], (45, 125)),
        ("h", 1, "Intended purpose of the device"),
        ("p", g(F, R, "ip")),
        ("h", 2, "Indications and target populations"),
        ("ul", g(F, R, "indications")),
        ("p", g(F, R, "population")),
        ("h", 2, "Contraindications and limitations"),
        ("ul", g(F, R, "contra")),
        ("h", 1, "Device description"),
        ("p", g(F, R, "desc")),
        ("h", 1, "Risks and warnings"),
        ("p", "Residual risks and undesirable side-effects:"),
        ("ul", g(F, R, "side_effects")),
        ("p", "Warnings and precautions (summary):"),
        ("ul", S.get("warnings", g(F, R, "warnings")[:3])),
        ("h", 1, "Summary of clinical evaluation and post-market clinical follow-up"),
        ("p", S["clin"]),
        ("p", S["pmcf"]),
        *add(F, R, "clin"),
        ("h", 1, "Suggested profile and training of users"),
        ("p", S["users"]),
        *add(F, R, "end"),
    ]
    return {"title": g(F, R, "title_sscp", f"Summary of Safety and Clinical Performance – {F['name']}"),
            "meta": meta(F, R), "blocks": b, "style": s}


# ------------------------------------------------------------------ CEAR

def cear(F):
    R = "CEAR"
    s = st(F, R)
    C = g(F, R, "cear")
    b = [
        ("h", 1, "Section A – Administrative particulars"),
        ("table", ["Item", "Entry"], [
            ("Device name", g(F, R, "name")),
            ("Models", g(F, R, "models")),
            ("Basic UDI-DI", g(F, R, "udi")),
            ("Manufacturer / SRN", f"{F['mfr_full']} / {F['srn']}"),
            ("Notified Body", F["nb"]),
            ("Risk class and rule", g(F, R, "cls_text")),
            ("Type of assessment", C.get("type", "Initial certification under Regulation (EU) 2017/745")),
            ("CER assessed", C["cer_ref"]),
        ], (45, 125)),
        ("h", 2, "Intended purpose as assessed by the Notified Body"),
        ("p", C.get("ip", g(F, R, "ip"))),
        ("p", C["pop"]),
        ("h", 2, "Applicability of the clinical evaluation consultation procedure"),
        ("p", C["cecp"]),
        ("h", 1, "Section B – Assessment of the clinical evaluation"),
        *[("p", x) for x in C["assess"]],
        *add(F, R, "assess"),
        ("h", 1, "Section C – Benefit-risk and consistency with the intended purpose"),
        ("p", C["br"]),
        ("h", 1, "Section D – PMCF plan"),
        ("p", C["pmcf"]),
        ("h", 1, "Section E – IFU and SSCP"),
        ("p", C["ifu"]),
        ("h", 1, "Section F – Conclusion of the Notified Body"),
        ("p", C["concl"]),
        *add(F, R, "end"),
    ]
    return {"title": g(F, R, "title_cear", f"Clinical Evaluation Assessment Report – {F['name']}"),
            "meta": meta(F, R), "blocks": b, "style": s}


BUILD = {"CEP": cep, "CER": cer, "PMCF-plan": pmcf, "SSCP": sscp, "CEAR": cear}

"""Document writers for held-out set B: turn a device's facts into CEP, CER, PMCF plan, IFU,
SSCP and CEAR blocks. Any fact may be a dict {"*": default, "CER": ..., "IFU-de": ...} so that a
document can phrase a fact differently (clean dossiers) or contradict it (planted defects)."""

from __future__ import annotations


def v(f, key, role, default=None):
    val = f.get(key, default)
    if isinstance(val, dict) and "*" in val:
        base = role.split("-")[0]
        return val.get(role, val.get(base, val["*"]))
    return val


def extra(f, role, section):
    return list(f.get("extra", {}).get(role, {}).get(section, []))


def listing(items, style):
    """Render a list of items in the dossier's house style."""
    if style == 1:
        return [("ol", items)]
    if style == 2:
        return [("p", "; ".join(i.rstrip(".") for i in items) + ".")]
    return [("ul", items)]


def ident_table(f, role):
    rows = [["Trade name", v(f, "name", role)], ["Model / variants", v(f, "model", role)],
            ["Basic UDI-DI", v(f, "udi", role)], ["Manufacturer", v(f, "mfr", role)],
            ["Classification", v(f, "cls", role)], ["Notified Body", v(f, "nb", role)]]
    return [("table", ["Item", "Description"], rows)]


def name_line(f, role):
    alias = v(f, "alias", role)
    s = f"The {v(f, 'name', role)} (model {v(f, 'model', role)})"
    if alias:
        s += f", {alias},"
    return s


# ----------------------------------------------------------------------------------- CEP

def cep(f):
    r = "CEP"
    st = f.get("style", 0)
    b = [("h", 0, f"Clinical Evaluation Plan – {v(f, 'name', r)}"),
         ("p", f"Document {f['doc']}-CEP · Revision {f.get('rev', 'C')} · {f['date']} · {v(f, 'mfr', r)}"),
         ("h", 1, "1. Purpose and scope"),
         ("p", f"This plan specifies how the clinical evaluation of the {v(f, 'name', r)} will be carried out "
               f"in accordance with Article 61 and Annex XIV Part A of Regulation (EU) 2017/745 and with "
               f"MDCG 2020-13. It covers all models and accessories listed in section 2 and will be updated "
               f"whenever PMCF or PMS data change the benefit-risk picture.")]
    b += extra(f, r, "scope")
    b += [("h", 1, "2. Device under evaluation")] + ident_table(f, r)
    b += [("p", f"{name_line(f, r)} is {v(f, 'kind', r)}")]
    b += extra(f, r, "device")
    b += [("h", 1, "3. Intended purpose"), ("p", v(f, "purpose", r))]
    if v(f, "modes", r):
        b.append(("p", "Modes of use / patient interfaces: " + v(f, "modes", r)))
    b += [("h", 1, "4. Intended target groups"),
          ("h", 2, "4.1 Patient population"), ("p", v(f, "pop", r)),
          ("h", 2, "4.2 Indications")] + listing(v(f, "ind", r), st)
    b += [("h", 2, "4.3 Contraindications")] + listing(v(f, "contra", r), st)
    b += extra(f, r, "population")
    b += [("h", 1, "5. Intended users and use environment"),
          ("p", f"Users: {v(f, 'users', r)} Environment: {v(f, 'setting', r)}")]
    b += [("h", 1, "6. Clinical benefits and outcome parameters"),
          ("table", ["Clinical benefit", "Outcome parameter / acceptance threshold"],
           [list(x) for x in v(f, "benefits", r)])]
    b += [("h", 1, "7. Benefit-risk acceptance criteria"), ("ol", v(f, "accept", r))]
    b += [("h", 1, "8. Clinical development plan"), ("p", v(f, "cdp", r))]
    b += [("h", 1, "9. Identification of clinical data"), ("p", v(f, "search", r))]
    b += extra(f, r, "end")
    return b


# ----------------------------------------------------------------------------------- CER

def cer(f):
    r = "CER"
    st = f.get("style", 0)
    b = [("h", 0, f"Clinical Evaluation Report – {v(f, 'name', r)}"),
         ("p", f"Report {f['doc']}-CER, version {f.get('cer_ver', '4.0')}, {f['date']}. "
               f"Author: {f.get('author', 'Clinical Affairs')}; reviewed by the Medical Director."),
         ("h", 1, "1. Scope"),
         ("p", f"This report documents the clinical evaluation of the {v(f, 'name', r)} according to the "
               f"plan {f['doc']}-CEP and MEDDEV 2.7/1 rev. 4 as applicable under Regulation (EU) 2017/745.")]
    b += [("h", 1, "2. Device description")] + ident_table(f, r)
    b += [("p", f"{name_line(f, r)} is {v(f, 'kind', r)}"),
          ("h", 2, "2.1 Technical specifications"),
          ("table", ["Parameter", "Value"], [list(x) for x in v(f, "specs", r)])]
    b += extra(f, r, "device")
    b += [("h", 1, "3. Intended purpose and target population"), ("p", v(f, "purpose", r))]
    if v(f, "modes", r):
        b.append(("p", "Modes of use / patient interfaces: " + v(f, "modes", r)))
    b += [("h", 2, "3.1 Patient population"), ("p", v(f, "pop", r)),
          ("h", 2, "3.2 Indications")] + listing(v(f, "ind", r), st)
    b += [("h", 2, "3.3 Contraindications")] + listing(v(f, "contra", r), st)
    b += [("h", 2, "3.4 Users and environment"), ("p", f"{v(f, 'users', r)} {v(f, 'setting', r)}")]
    b += extra(f, r, "population")
    b += [("h", 1, "4. State of the art"), ("p", v(f, "sota", r))]
    b += [("h", 1, "5. Clinical data"),
          ("table", ["Source", "Design", "n", "Population", "Follow-up", "Relevance"],
           [list(x) for x in v(f, "evidence", r)])]
    b += extra(f, r, "evidence")
    b += [("h", 1, "6. Clinical performance and benefits")]
    b += [("table", ["Clinical benefit", "Result"], [list(x) for x in v(f, "results", r)])]
    if f.get("accept_results"):
        b += [("h", 2, "6.1 Results against the benefit-risk acceptance criteria"),
              ("table", ["Acceptance criterion (CEP)", "Observed"], [list(x) for x in f["accept_results"]])]
    b += [("p", c) for c in v(f, "claims", r)]
    b += extra(f, r, "claims")
    b += [("h", 1, "7. Clinical safety and residual risks")]
    b += listing(v(f, "risks", r), st)
    b += [("p", "Warnings and precautions communicated in the IFU:")] + listing(v(f, "warnings", r), 0)
    b += extra(f, r, "safety")
    b += [("h", 1, "8. Post-market surveillance and PMCF"), ("p", v(f, "pms", r))]
    b += [("h", 1, "9. Benefit-risk conclusion"), ("p", v(f, "conclusion", r))]
    b += extra(f, r, "end")
    return b


# ----------------------------------------------------------------------------------- PMCF

def pmcf(f):
    r = "PMCF"
    p = v(f, "pmcf", r)
    b = [("h", 0, f"Post-Market Clinical Follow-up Plan – {v(f, 'name', r)}"),
         ("p", f"PMCF plan {f['doc']}-PMCF, revision {f.get('rev', 'C')}, {f['date']}; "
               f"prepared according to Annex XIV Part B of Regulation (EU) 2017/745 and MDCG 2020-7."),
         ("h", 1, "1. Device and intended purpose"),
         ("p", f"{name_line(f, r)} is {v(f, 'kind', r)} {v(f, 'purpose', r)}"),
         ("h", 1, "2. Objectives")]
    b += [("table", ["Objective", "Residual risk / open question addressed"], [list(x) for x in p["objectives"]])]
    b += [("h", 1, "3. Methods"), ("p", p["method"]),
          ("h", 1, "4. Study population"), ("p", p["population"]),
          ("h", 1, "5. Endpoints"), ("ol", p["endpoints"]),
          ("h", 1, "6. Sample size"), ("p", p["sample"]),
          ("h", 1, "7. Timeline and reporting"), ("p", p["timeline"])]
    b += extra(f, r, "end")
    return b


# ----------------------------------------------------------------------------------- IFU (EN)

def ifu(f):
    r = "IFU"
    st = f.get("style", 0)
    b = [("h", 0, f"{v(f, 'name', r)} – Instructions for Use"),
         ("p", f"{v(f, 'mfr', r)} · {f['doc']}-IFU-EN · Rev. {f.get('ifu_rev', 'B')} · Rx only"),
         ("h", 1, "Device description"), ("p", f"{name_line(f, r)} is {v(f, 'kind', r)}"),
         ("h", 1, "Intended purpose"), ("p", v(f, "purpose", r))]
    if v(f, "modes", r):
        b.append(("p", "Patient interfaces / modes of use: " + v(f, "modes", r)))
    b += [("h", 1, "Indications")] + listing(v(f, "ind", r), st)
    b += [("h", 1, "Contraindications")] + listing(v(f, "contra", r), st)
    b += [("h", 1, "Patient population"), ("p", v(f, "pop", r)),
          ("h", 1, "Intended users and use environment"), ("p", f"{v(f, 'users', r)} {v(f, 'setting', r)}")]
    b += extra(f, r, "population")
    b += [("h", 1, "Warnings and precautions")] + [("ul", v(f, "warnings", r))]
    b += extra(f, r, "safety")
    b += [("h", 1, "Operating instructions"), ("ol", v(f, "steps", r))]
    b += [("h", 1, "Technical specifications"), ("table", ["Parameter", "Value"], [list(x) for x in v(f, "specs", r)])]
    b += [("h", 1, "Reporting of serious incidents"),
          ("p", "Any serious incident that has occurred in relation to the device should be reported to the "
                "manufacturer and the competent authority of the Member State in which the user and/or patient is established.")]
    return b


HEAD = {
    "de": ["Gebrauchsanweisung", "Produktbeschreibung", "Zweckbestimmung", "Indikationen", "Kontraindikationen",
           "Patientenzielgruppe", "Anwender und Einsatzumgebung", "Warnhinweise und Vorsichtsmaßnahmen",
           "Technische Daten", "Meldung schwerwiegender Vorkommnisse",
           "Jedes im Zusammenhang mit dem Produkt aufgetretene schwerwiegende Vorkommnis ist dem Hersteller und "
           "der zuständigen Behörde des Mitgliedstaats zu melden, in dem der Anwender und/oder Patient niedergelassen ist.",
           "Parameter", "Wert"],
    "fr": ["Notice d'utilisation", "Description du dispositif", "Destination", "Indications", "Contre-indications",
           "Population de patients", "Utilisateurs et environnement d'utilisation", "Avertissements et précautions",
           "Caractéristiques techniques", "Signalement des incidents graves",
           "Tout incident grave survenu en lien avec le dispositif doit faire l'objet d'une notification au fabricant "
           "et à l'autorité compétente de l'État membre dans lequel l'utilisateur et/ou le patient est établi.",
           "Paramètre", "Valeur"],
    "it": ["Istruzioni per l'uso", "Descrizione del dispositivo", "Destinazione d'uso", "Indicazioni",
           "Controindicazioni", "Popolazione di pazienti", "Utilizzatori e ambiente d'uso", "Avvertenze e precauzioni",
           "Dati tecnici", "Segnalazione di incidenti gravi",
           "Qualsiasi incidente grave verificatosi in relazione al dispositivo deve essere segnalato al fabbricante "
           "e all'autorità competente dello Stato membro in cui l'utilizzatore e/o il paziente risiede.",
           "Parametro", "Valore"],
    "es": ["Instrucciones de uso", "Descripción del producto", "Finalidad prevista", "Indicaciones",
           "Contraindicaciones", "Población de pacientes", "Usuarios y entorno de uso", "Advertencias y precauciones",
           "Especificaciones técnicas", "Notificación de incidentes graves",
           "Cualquier incidente grave relacionado con el producto debe notificarse al fabricante y a la autoridad "
           "competente del Estado miembro en el que estén establecidos el usuario y/o el paciente.",
           "Parámetro", "Valor"],
}


def ifu_foreign(f, lang):
    t = f["tr"][lang]
    h = HEAD[lang]
    st = f.get("style", 0)
    b = [("h", 0, f"{v(f, 'name', 'IFU')} – {h[0]}"),
         ("p", f"{v(f, 'mfr', 'IFU')} · {f['doc']}-IFU-{lang.upper()} · Rev. {f.get('ifu_rev', 'B')}"),
         ("h", 1, h[1]), ("p", t["desc"]), ("h", 1, h[2]), ("p", t["purpose"])]
    if t.get("modes"):
        b.append(("p", t["modes"]))
    b += [("h", 1, h[3])] + listing(t["ind"], st) + [("h", 1, h[4])] + listing(t["contra"], st)
    b += [("h", 1, h[5]), ("p", t["pop"]), ("h", 1, h[6]), ("p", t["users"]),
          ("h", 1, h[7]), ("ul", t["warnings"])]
    if t.get("specs"):
        b += [("h", 1, h[8]), ("table", [h[11], h[12]], [list(x) for x in t["specs"]])]
    b += [("h", 1, h[9]), ("p", h[10])]
    return b


# ----------------------------------------------------------------------------------- SSCP

def sscp(f):
    r = "SSCP"
    st = f.get("style", 0)
    b = [("h", 0, f"Summary of Safety and Clinical Performance – {v(f, 'name', r)}"),
         ("p", f"SSCP {f['doc']}-SSCP, revision {f.get('rev', 'C')}, {f['date']}. This summary is intended for "
               f"healthcare professionals; it is not meant to replace the Instructions for Use. "
               f"Validated by {v(f, 'nb', r)}."),
         ("h", 1, "1. Device identification and general information")] + ident_table(f, r)
    b += [("h", 1, "2. Intended use of the device"), ("p", v(f, "purpose", r)),
          ("p", "Target population: " + v(f, "pop", r)), ("h", 2, "Indications")] + listing(v(f, "ind", r), st)
    b += [("h", 2, "Contraindications")] + listing(v(f, "contra", r), st)
    b += extra(f, r, "population")
    b += [("h", 1, "3. Device description"), ("p", f"{name_line(f, r)} is {v(f, 'kind', r)}"),
          ("p", "Intended users and environment: " + f"{v(f, 'users', r)} {v(f, 'setting', r)}")]
    b += [("h", 1, "4. Risks and warnings")] + listing(v(f, "risks", r), st) + [("ul", v(f, "warnings", r))]
    b += extra(f, r, "safety")
    b += [("h", 1, "5. Summary of clinical evaluation and post-market clinical follow-up"),
          ("p", v(f, "sscp_clin", r))]
    b += [("p", c) for c in v(f, "sscp_claims", r, [])]
    b += [("h", 1, "6. Possible diagnostic or therapeutic alternatives"), ("p", v(f, "alternatives", r)),
          ("h", 1, "7. Suggested profile and training for users"), ("p", v(f, "training", r))]
    return b


# ----------------------------------------------------------------------------------- CEAR

def cear(f):
    r = "CEAR"
    b = [("h", 0, f"Clinical Evaluation Assessment Report (CEAR) – {v(f, 'name', r)}"),
         ("p", f"{v(f, 'nb', r)} · Application {f.get('app', 'CE-2025-0417')} · prepared following the "
               f"MDCG 2020-13 template · {f['cear_date']}"),
         ("h", 1, "A. Administrative particulars")] + ident_table(f, r)
    b += [("p", f"Documents assessed: {f['doc']}-CEP rev. {f.get('rev', 'C')}, {f['doc']}-CER v{f.get('cer_ver', '4.0')}, "
                f"{f['doc']}-PMCF rev. {f.get('rev', 'C')}, IFU and SSCP drafts of {f['date']}."),
          ("p", v(f, "scope", r))]
    b += [("h", 1, "B. Device description and intended purpose"),
          ("p", f"{name_line(f, r)} is {v(f, 'kind', r)}"), ("p", v(f, "purpose", r))]
    if v(f, "modes", r):
        b.append(("p", "Modes of use / patient interfaces: " + v(f, "modes", r)))
    b += [("p", "Target population: " + v(f, "pop", r)),
          ("p", "Indications: " + "; ".join(i.rstrip(".") for i in v(f, "ind", r)) + "."),
          ("p", "Contraindications: " + "; ".join(i.rstrip(".") for i in v(f, "contra", r)) + "."),
          ("p", f"Users and environment: {v(f, 'users', r)} {v(f, 'setting', r)}")]
    b += extra(f, r, "population")
    b += [("h", 1, "C. Assessment of the clinical evaluation plan"), ("p", v(f, "cear_cep", r)),
          ("h", 1, "D. Assessment of clinical data"), ("p", v(f, "cear_data", r))]
    b += extra(f, r, "evidence")
    b += [("h", 1, "E. Benefit-risk and PMCF"), ("p", v(f, "cear_pmcf", r))]
    b += extra(f, r, "claims")
    b += [("h", 1, "F. Conclusion of the Notified Body"), ("p", v(f, "cear_concl", r))]
    return b


WRITERS = {"CEP": cep, "CER": cer, "PMCF-plan": pmcf, "IFU": ifu, "SSCP": sscp, "CEAR": cear}


def assemble(f, files):
    """files: list of (role, language, filename)."""
    docs = []
    for role, lang, name in files:
        if role == "IFU" and lang != "en":
            blocks = ifu_foreign(f, lang)
        else:
            blocks = WRITERS[role](f)
        docs.append({"file": name, "role": role, "language": lang, "blocks": blocks,
                     "footer": f"{v(f, 'mfr', role)} – {name.rsplit('.', 1)[0]}"})
    return docs

"""Rendering engine and generic document generators for heldout_k (deterministic)."""
from __future__ import annotations
import os, re, json
from fpdf import FPDF
import docx
from docx.shared import Pt

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# ---------------------------------------------------------------- renderers
def _plain(b):
    return b[1]

def render_pdf(blocks, path):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 5, 2))
    pdf.add_font("DV", "", FONT); pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 18); pdf.add_page(); pdf.set_margins(18, 18, 18)
    for b in blocks:
        k = b[0]
        if k == "title":
            pdf.set_font("DV", "B", 14); pdf.multi_cell(0, 7, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif k == "h":
            pdf.ln(2); pdf.set_font("DV", "B", 11); pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("DV", "", 9.5); pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif k == "ul":
            pdf.set_font("DV", "", 9.5)
            for it in b[1]:
                pdf.multi_cell(0, 4.8, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "table":
            pdf.set_font("DV", "", 8.5)
            rows = b[1]
            with pdf.table(text_align="LEFT", line_height=4.4, first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
    pdf.output(path)

def render_docx(blocks, path):
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2024, 5, 2)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10)
    for b in blocks:
        k = b[0]
        if k == "title": d.add_heading(b[1], 0)
        elif k == "h": d.add_heading(b[1], 1)
        elif k == "p": d.add_paragraph(b[1])
        elif k == "ul":
            for it in b[1]: d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            rows = b[1]; t = d.add_table(rows=len(rows), cols=len(rows[0])); t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r): t.cell(i, j).text = str(c)
    d.save(path)

def render_md(blocks, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title": out.append("# " + b[1] + "\n")
        elif k == "h": out.append("## " + b[1] + "\n")
        elif k == "p": out.append(b[1] + "\n")
        elif k == "ul": out.append("\n".join("- " + i for i in b[1]) + "\n")
        elif k == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]: out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f: f.write("\n".join(out))

def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path); parts = []
        for i in range(len(doc)):
            parts.append(doc[i].get_textpage().get_text_range())
        return "\n".join(parts)
    if path.endswith(".docx"):
        d = docx.Document(path); parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts.append(c.text)
        return "\n".join(parts)
    return open(path, encoding="utf-8").read()

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()

RENDER = {"pdf": render_pdf, "docx": render_docx, "md": render_md}

# ---------------------------------------------------------------- helpers
def H(d, n, text):
    """Heading with dossier-specific numbering style."""
    s = d.get("hstyle", "num")
    if s == "num": return ("h", f"{n} {text}")
    if s == "sect": return ("h", f"\u00a7 {n} {text}")
    if s == "roman":
        R = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII"]
        return ("h", f"{R[int(str(n).split('.')[0])]}. {text}")
    return ("h", text)

def g(d, role, key):
    return d.get("ov", {}).get((role, key), d[key])

def x(d, role, slot):
    return list(d.get("extra", {}).get((role, slot), []))

def meta(d, role, docno, rev):
    return ("table", [["Item", "Entry"], ["Document number", docno], ["Revision", rev],
                      ["Manufacturer", g(d, role, "manufacturer")], ["Device", g(d, role, "name")],
                      ["Basic UDI-DI", g(d, role, "udi")]])

# ---------------------------------------------------------------- generators
def cep(d):
    R = "CEP"
    b = [("title", f"Clinical Evaluation Plan \u2013 {g(d,R,'name')}"), meta(d, R, d["docno"]["CEP"], d["rev"]["CEP"]),
         H(d, 1, "Purpose and scope"),
         ("p", f"(1) This Clinical Evaluation Plan (hereinafter \"CEP\") lays down the methodology by which the clinical evaluation of the {g(d,R,'name')} is planned, conducted and documented acc. to Art. 61 and Annex XIV Part A of Regulation (EU) 2017/745 (MDR), taking into account MEDDEV 2.7/1 rev. 4 (insofar as not superseded) as well as MDCG 2020-5, MDCG 2020-6 and MDCG 2020-13."),
         ("p", "(2) The CEP is a living document; any change to the intended purpose, to the clinical outcome parameters or to the acceptance criteria shall entail a formal revision prior to the update of the Clinical Evaluation Report."),
         H(d, 2, "Definitions")]
    b += [("p", f"For the purpose of this document, \"{t}\" means {v}") for t, v in d["defs"]]
    b += [H(d, 3, "Device identification and regulatory classification"), ("p", g(d, R, "descr")), ("p", g(d, R, "classif")),
          H(d, 4, d.get("purpose_title", "Intended purpose")), ("p", g(d, R, "purpose")), ("p", g(d, R, "population")),
          ("p", g(d, R, "setting")), ("p", "Indications:"), ("ul", g(d, R, "indications")),
          ("p", "Contraindications:"), ("ul", g(d, R, "contra"))] + x(d, R, "purpose_end")
    b += [H(d, 5, "Applicable general safety and performance requirements"),
          ("p", "(1) GSPR 1, 6 and 8 of Annex I MDR are addressed by clinical data; GSPR 9 is not applicable. (2) The acceptability of the benefit-risk ratio shall be assessed against the state of the art as specified in section 6 of the CER."),
          H(d, 6, "Clinical outcome parameters and acceptance criteria"),
          ("p", "The following parameters, derived from the state of the art, shall be reported in the CER together with the observed values (acc. to MDCG 2020-6, section 6.5):"),
          ("table", [["Parameter", "Acceptance criterion"]] + [[p, c] for p, c, r in g(d, R, "endpoints")] + [[p, c] for p, c in d.get("cep_only_endpoints", [])])]
    b += [H(d, 7, "Literature search and appraisal"),
          ("p", d.get("search", "Systematic search in PubMed/MEDLINE and Embase (i.a. keywords for device type and indication), Cochrane Library and EUDAMED-accessible vigilance data; appraisal acc. to MEDDEV 2.7/1 rev. 4, Appendix A5 and A6 (suitability and contribution criteria); data of own pre-market investigations and registry data are included in full.")),
          H(d, 8, "Post-market clinical follow-up"),
          ("p", f"The PMCF plan {d['docno']['PMCF']} (revision {d['rev']['PMCF']}) specifies the PMCF activities; its results shall feed into the annual update of the CER.")]
    return b + x(d, R, "end")

def cer(d):
    R = "CER"
    b = [("title", f"Clinical Evaluation Report \u2013 {g(d,R,'name')}"), meta(d, R, d["docno"]["CER"], d["rev"]["CER"]),
         ("p", f"This report has been prepared on the basis of the Clinical Evaluation Plan {d['docno']['CEP']}, revision {g(d,R,'cep_rev_cited')}."),
         H(d, 1, "Device description"), ("p", g(d, R, "descr"))]
    if d.get("cer_specs_prose"):
        b.append(("p", g(d, R, "cer_specs_prose")))
    else:
        b.append(("table", [["Parameter", "Value"]] + [list(r) for r in g(d, R, "specs")]))
    b += [("p", g(d, R, "classif"))] + x(d, R, "descr_end")
    b += [H(d, 2, d.get("purpose_title", "Intended purpose")), ("p", g(d, R, "purpose")), ("p", g(d, R, "population")), ("p", g(d, R, "setting")),
          ("p", "Indications: " + "; ".join(g(d, R, "indications")) + "."),
          ("p", "Contraindications: " + "; ".join(g(d, R, "contra")) + ".")] + x(d, R, "purpose_end")
    b += [H(d, 3, "State of the art"), ("p", g(d, R, "sota")),
          H(d, 4, "Clinical data"), ("p", g(d, R, "data_intro")),
          ("table", [["Ref.", "Design", "n", "Population / indication", "Follow-up", "Principal outcome"]] + [list(s) for s in g(d, R, "studies")])]
    b += x(d, R, "data_mid")
    b += [("p", "Results against the acceptance criteria defined in the CEP:"),
          ("table", [["Parameter", "Acceptance criterion", "Result"]] + [list(e) for e in g(d, R, "endpoints")])] + x(d, R, "data_end")
    b += [H(d, 5, "Benefit-risk determination"), ("p", g(d, R, "benefit"))] + x(d, R, "benefit_end")
    b += [H(d, 6, "Residual risks and undesirable side-effects"),
          ("table", [["Residual risk / side-effect", "Observed rate"]] + [list(r) for r in g(d, R, "risks")])]
    b += [H(d, 7, "Post-market clinical follow-up"),
          ("p", f"PMCF activities are specified in {d['docno']['PMCF']}; open questions addressed are: " + "; ".join(d["open_q"]) + ".")]
    b += [H(d, 8, "Conclusion"), ("p", g(d, R, "conclusion"))] + x(d, R, "concl_end")
    b += [H(d, 9, "References"), ("ul", g(d, R, "refs"))]
    return b

def pmcf(d):
    R = "PMCF"
    b = [("title", f"Post-Market Clinical Follow-up Plan \u2013 {g(d,R,'name')}"), meta(d, R, d["docno"]["PMCF"], d["rev"]["PMCF"]),
         H(d, 1, "General"), ("p", "This plan has been drawn up acc. to Annex XIV Part B MDR and follows the structure of the template in MDCG 2020-7. It refers to the intended purpose as laid down in the IFU and in section 2 of the CER."),
         ("p", g(d, R, "purpose")),
         H(d, 2, "Objectives")]
    b += [("ul", [f"({i+1}) {o}" for i, o in enumerate(g(d, R, "pmcf_obj"))])]
    b += [H(d, 3, "Methods and study population"), ("p", g(d, R, "pmcf_methods")), ("p", g(d, R, "pmcf_pop"))]
    b += [H(d, 4, "Endpoints and sample size"), ("p", g(d, R, "pmcf_endpoints")), ("p", g(d, R, "pmcf_n"))]
    b += [H(d, 5, "Timeline"), ("table", [["Milestone", "Date"]] + [list(t) for t in g(d, R, "pmcf_time")])]
    return b + x(d, R, "end")

def sscp(d):
    R = "SSCP"
    b = [("title", f"Summary of Safety and Clinical Performance \u2013 {g(d,R,'name')}"), meta(d, R, d["docno"]["SSCP"], d["rev"]["SSCP"]),
         ("p", "This summary is provided acc. to Art. 32 MDR and MDCG 2019-9 rev. 1. Part A is intended for healthcare professionals."),
         H(d, 1, "Device identification"), ("p", g(d, R, "descr")), ("p", g(d, R, "classif")),
         H(d, 2, "Intended purpose"), ("p", g(d, R, "purpose")), ("p", g(d, R, "population")),
         ("p", "Indications: " + "; ".join(g(d, R, "indications")) + "."),
         ("p", "Contraindications: " + "; ".join(g(d, R, "contra")) + "."),
         H(d, 3, "Residual risks and undesirable side-effects"), ("ul", [r[0] + " (" + r[1] + ")" for r in g(d, R, "risks")]),
         H(d, 4, "Summary of clinical evaluation and PMCF"), ("p", g(d, R, "sscp_summary"))]
    return b + x(d, R, "end")

def cear(d):
    R = "CEAR"
    b = [("title", f"Clinical Evaluation Assessment Report \u2013 {g(d,R,'name')}"),
         ("table", [["Item", "Entry"], ["Notified Body", d["nb"]], ["Manufacturer", g(d, R, "manufacturer")],
                    ["Device", g(d, R, "name")], ["Basic UDI-DI", g(d, R, "udi")], ["Classification", g(d, R, "cls_short")],
                    ["Documents assessed", f"CER {d['docno']['CER']} rev. {d['rev']['CER']}; CEP {d['docno']['CEP']}; PMCF plan {d['docno']['PMCF']}"]]),
         H(d, 1, "Summary of the intended purpose as assessed"), ("p", g(d, R, "cear_purpose")),
         H(d, 2, "Clinical evaluation consultation procedure"), ("p", g(d, R, "cecp")),
         H(d, 3, "Assessment of clinical evidence"), ("p", g(d, R, "cear_evidence")),
         H(d, 4, "Assessment of the PMCF plan"), ("p", g(d, R, "cear_pmcf")),
         H(d, 5, "Conclusions of the Notified Body"), ("p", g(d, R, "cear_concl"))]
    return b + x(d, R, "end")

IFU_L = {
 "en": ["Instructions for Use", "Indications", "Patient population", "Contraindications", "Warnings and precautions", "Technical specifications", "Intended users and environment", "Parameter", "Value", "Manufacturer"],
 "de": ["Gebrauchsanweisung", "Indikationen", "Patientenpopulation", "Kontraindikationen", "Warnhinweise und Vorsichtsmaßnahmen", "Technische Daten", "Vorgesehene Anwender und Umgebung", "Parameter", "Wert", "Hersteller"],
 "fr": ["Notice d'utilisation", "Indications", "Population de patients", "Contre-indications", "Mises en garde et précautions", "Caractéristiques techniques", "Utilisateurs et environnement prévus", "Paramètre", "Valeur", "Fabricant"],
 "it": ["Istruzioni per l'uso", "Indicazioni", "Popolazione di pazienti", "Controindicazioni", "Avvertenze e precauzioni", "Specifiche tecniche", "Utilizzatori e ambiente previsti", "Parametro", "Valore", "Fabbricante"],
 "es": ["Instrucciones de uso", "Indicaciones", "Población de pacientes", "Contraindicaciones", "Advertencias y precauciones", "Especificaciones técnicas", "Usuarios y entorno previstos", "Parámetro", "Valor", "Fabricante"],
 "nl": ["Gebruiksaanwijzing", "Indicaties", "Patiëntenpopulatie", "Contra-indicaties", "Waarschuwingen en voorzorgsmaatregelen", "Technische specificaties", "Beoogde gebruikers en omgeving", "Parameter", "Waarde", "Fabrikant"],
}

def ifu(d, lang):
    L = IFU_L[lang]; c = d["ifu"][lang]
    b = [("title", f"{d['ifu_name'].get(lang, d['name'])} \u2013 {L[0]}"),
         ("p", f"{L[9]}: {d['manufacturer']}, {d['address']}. Basic UDI-DI: {d['udi']}. {d['ifu_rev']}"),
         ("p", c["purpose"]),
         H(d, 1, L[1]), ("ul", c["indications"]),
         H(d, 2, L[2]), ("p", c["population"]),
         H(d, 3, L[3]), ("ul", c["contra"]),
         H(d, 4, L[4]), ("ul", c["warnings"]),
         H(d, 5, L[5]), ("table", [[L[7], L[8]]] + [list(r) for r in c["specs"]]),
         H(d, 6, L[6]), ("p", c["setting"])]
    return b + c.get("extra", [])

GEN = {"CEP": cep, "CER": cer, "PMCF-plan": pmcf, "SSCP": sscp, "CEAR": cear}

def build_dossier(root, d):
    did = d["id"]; out = os.path.join(root, did, "dossier"); os.makedirs(out, exist_ok=True)
    for f in os.listdir(out): os.remove(os.path.join(out, f))
    docs = {}
    roles = ["CEP", "CER", "PMCF-plan"] + (["SSCP"] if d.get("sscp", True) else []) + ["CEAR"]
    for role in roles:
        ext = d["fmt"][role]; fn = f"{d['prefix']}_{role}_{d['docno'][role.split('-')[0]]}.{ext}".replace("/", "-")
        RENDER[ext](GEN[role](d), os.path.join(out, fn)); docs[fn] = {"role": role, "language": "en"}
    for lang in d["langs"]:
        ext = d["fmt"]["IFU-" + lang]; fn = f"{d['prefix']}_IFU_{lang.upper()}.{ext}"
        RENDER[ext](ifu(d, lang), os.path.join(out, fn)); docs[fn] = {"role": "IFU", "language": lang}
    labels = []
    for lab in d.get("labels", []):
        files = [resolve(docs, r) for r in lab["docs"]]
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None, "documents": files,
                       "quotes": lab["quotes"], "description": lab["description"], "accept": lab.get("accept", [])})
    lj = {"dossier": did, "device": d["name"], "device_class": d["cls"], "seed": None, "clean": not labels,
          "documents": docs, "labels": labels}
    with open(os.path.join(root, did, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(lj, f, indent=2, ensure_ascii=False)
    return lj

def resolve(docs, key):
    """key is a role ('CER') or 'IFU-xx'."""
    for fn, m in docs.items():
        if key == m["role"] or key == f"{m['role']}-{m['language']}": return fn
    raise KeyError(key)

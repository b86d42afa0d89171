"""Rendering engine for the held-out corpus: document skeletons, renderers, text extraction.

Each dossier is described by a facts dictionary (see dossiers.py). The skeleton functions turn
facts into blocks; per-document overrides and extra blocks plant the defects.
"""
from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# ----------------------------------------------------------------------------- blocks
# ("h", level, text) | ("p", text) | ("ul", [items]) | ("ol", [items]) | ("table", header, rows)


def P(text):
    return ("p", text)


def UL(items):
    return ("ul", list(items))


def OL(items):
    return ("ol", list(items))


def T(header, rows):
    return ("table", list(header), [list(r) for r in rows])


# ----------------------------------------------------------------------------- headings per style
HEAD = {
    "en": dict(purpose="Intended purpose", ind="Indications", contra="Contraindications",
               pop="Patient population", users="Intended users and use environment",
               warn="Warnings and precautions", spec="Technical data", ident="Device identification",
               benefits="Clinical benefits", risks="Residual risks and undesirable side-effects"),
    "de": dict(purpose="Zweckbestimmung", ind="Indikationen", contra="Kontraindikationen",
               pop="Patientenzielgruppe", users="Anwender und Anwendungsumgebung",
               warn="Warnhinweise und Vorsichtsmaßnahmen", spec="Technische Daten", ident="Produktidentifikation",
               benefits="Klinischer Nutzen", risks="Restrisiken und unerwünschte Nebenwirkungen"),
    "fr": dict(purpose="Destination", ind="Indications", contra="Contre-indications",
               pop="Population de patients", users="Utilisateurs et environnement d'utilisation",
               warn="Avertissements et précautions", spec="Caractéristiques techniques",
               ident="Identification du dispositif", benefits="Bénéfices cliniques",
               risks="Risques résiduels et effets secondaires indésirables"),
}


def number(sections, style):
    """sections: list of (heading, blocks) -> flat block list with style-dependent numbering."""
    out = []
    for i, (head, blocks) in enumerate(sections, 1):
        if style == "formal":
            h = f"Section {i} – {head}"
        elif style == "numbered":
            h = f"{i}. {head}"
        else:
            h = head
        out.append(("h", 2, h))
        out.extend(blocks)
    return out


def apply(f, doc, sections):
    """Insert extra blocks planted for this document: f['extra'][doc] = [(section_index_or_head, blocks)]."""
    for where, blocks in f.get("extra", {}).get(doc, []):
        if where == "end":
            sections.append(blocks) if isinstance(blocks, tuple) else sections.append(("Additional information", blocks))
            continue
        for i, (head, bl) in enumerate(sections):
            if head == where:
                sections[i] = (head, bl + list(blocks))
                break
        else:
            raise KeyError(f"{doc}: no section {where!r}")
    return sections


def view(f, doc):
    """Facts as seen by one document: shared facts updated with that document's overrides."""
    v = dict(f)
    v.update(f.get("over", {}).get(doc, {}))
    return v


def ident_blocks(v, style):
    rows = [("Trade name", v["name"]), ("Models / variants", v["models"]), ("Basic UDI-DI", v["udi"]),
            ("Manufacturer", v["maker"]), ("Risk class", f"Class {v['cls']} ({v['rule']})")]
    if style == "tabular":
        return [T(("Item", "Details"), rows)]
    return [P(f"This document concerns the {v['full_name']} (models: {v['models']}), Basic UDI-DI {v['udi']}, "
              f"manufactured by {v['maker']}. The device is classified as class {v['cls']} under {v['rule']} "
              f"of Annex VIII to Regulation (EU) 2017/745."), P(v["description"])]


SPEC_HEADER = {"en": ("Parameter", "Value"), "de": ("Parameter", "Wert"), "fr": ("Paramètre", "Valeur")}


def spec_blocks(specs, lang="en"):
    return [T(SPEC_HEADER[lang], specs)]


# ----------------------------------------------------------------------------- skeletons
def cep(f):
    v, s = view(f, "CEP"), f["style"]
    sections = [
        ("Purpose and scope", [P(v["cep_scope"])]),
        ("Device description", ident_blocks(v, s)),
        ("Intended purpose", [P(v["purpose"])]),
        ("Target population", [P(v["population"])]),
        ("Indications and contraindications", [P("Indications:"), UL(v["indications"]),
                                              P("Contraindications:"), UL(v["contraindications"])]),
        ("Clinical benefits and outcome parameters", [T(("Clinical benefit", "Outcome parameter"), v["benefits"])]),
        ("Benefit-risk acceptance criteria", [OL(v["acceptance"])]),
        ("State of the art and literature search", [P(v["sota"]), P(v["search"])]),
        ("Clinical development plan", [P(v["cdp"])]),
    ]
    sections = apply(f, "CEP", sections)
    return [("h", 1, f"Clinical Evaluation Plan – {v['name']}"), P(v["docinfo"]["CEP"])] + number(sections, s)


def cer(f):
    v, s = view(f, "CER"), f["style"]
    sections = [
        ("Scope of the clinical evaluation", [P(v["cer_scope"])]),
        ("Device description", ident_blocks(v, s) + spec_blocks(v["specs"])),
        ("Intended purpose", [P(v["purpose"]), P(v["population"])]),
        ("Indications and contraindications", [P("The device is indicated for:"), UL(v["indications"]),
                                              P("The device must not be used in the following situations:"),
                                              UL(v["contraindications"])]),
        ("Intended users and use environment", [P(v["users"]), P(v["setting"])]),
        ("State of the art", [P(v["sota"])]),
        ("Clinical data", [P(x) for x in v["evidence"]]),
        ("Clinical benefits and performance claims", [T(("Clinical benefit", "Outcome parameter"), v["benefits"])]
         + [UL(v["claims"])]),
        ("Clinical safety", [P(v["safety"]), UL(v["residual"])]),
        ("Conclusions", [P(v["conclusion"])]),
    ]
    sections = apply(f, "CER", sections)
    return [("h", 1, f"Clinical Evaluation Report – {v['name']}"), P(v["docinfo"]["CER"])] + number(sections, s)


def pmcf(f):
    v, s = view(f, "PMCF"), f["style"]
    pm = v["pmcf"]
    sections = [
        ("Device and manufacturer", [P(f"Device: {v['full_name']}, Basic UDI-DI {v['udi']}. Manufacturer: {v['maker']}.")]),
        ("Objectives", [OL(pm["objectives"])]),
        ("Methods", [P(pm["methods"])]),
        ("Study population", [P(pm["population"])]),
        ("Endpoints", [UL(pm["endpoints"])]),
        ("Sample size", [P(pm["sample"])]),
        ("Timeline and reporting", [P(pm["timeline"])]),
    ]
    sections = apply(f, "PMCF", sections)
    return [("h", 1, f"Post-Market Clinical Follow-up Plan – {v['name']}"), P(v["docinfo"]["PMCF"])] + number(sections, s)


def ifu(f, lang):
    doc = f"IFU_{lang}"
    v = view(f, doc)
    H = HEAD[lang]
    if lang == "en":
        t = v
        title = f"Instructions for Use – {v['full_name']}"
    else:
        t = dict(v["tr"][lang])
        t.update(f.get("over", {}).get(doc, {}))
        title = t["title"]
    sections = [
        (H["purpose"], [P(t["purpose"])]),
        (H["ind"], [UL(t["indications"])]),
        (H["contra"], [UL(t["contraindications"])]),
        (H["pop"], [P(t["population"])]),
        (H["users"], [P(t["users"]), P(t["setting"])]),
        (H["warn"], [UL(t["warnings"])]),
        (H["spec"], spec_blocks(t["specs"], lang)),
    ]
    sections = apply(f, doc, sections)
    head = [("h", 1, title), P(f"{v['name']} – Basic UDI-DI {v['udi']} – {v['maker']}")]
    return head + number(sections, "numbered" if f["style"] != "tabular" else "plain")


def sscp(f):
    v, s = view(f, "SSCP"), f["style"]
    sections = [
        ("Device identification and general information", ident_blocks(v, "tabular")),
        ("Intended purpose of the device", [P(v["purpose"]), P("Indications:"), UL(v["indications"]),
                                            P("Contraindications:"), UL(v["contraindications"]),
                                            P("Target groups: " + v["population"])]),
        ("Device description", [P(v["description"])]),
        ("Risks and warnings", [UL(v["residual"]), UL(v["warnings"])]),
        ("Summary of clinical evaluation and post-market clinical follow-up", [P(v["sscp_clinical"])]),
        ("Possible therapeutic alternatives", [P(v["alternatives"])]),
        ("Suggested profile and training for users", [P(v["users"])]),
    ]
    sections = apply(f, "SSCP", sections)
    return [("h", 1, f"Summary of Safety and Clinical Performance – {v['name']}"), P(v["docinfo"]["SSCP"])] + number(sections, "numbered")


def cear(f):
    v = view(f, "CEAR")
    c = v["cear"]
    sections = [
        ("A. Administrative particulars", [T(("Item", "Entry"), [
            ("Notified Body", c["nb"]), ("Manufacturer", v["maker"]), ("Device", v["name"]),
            ("Basic UDI-DI", v["udi"]), ("Class", f"{v['cls']} ({v['rule']})"),
            ("Documents assessed", c["docs"])])]),
        ("B. Device description and intended purpose", [P(v["description"]), P(c.get("purpose", v["purpose"])),
                                                         P(c.get("population", v["population"])),
                                                         P("Indications accepted by the NB:"), UL(c.get("indications", v["indications"])),
                                                         P("Contraindications:"), UL(c.get("contraindications", v["contraindications"])),
                                                         P(c.get("setting", v["setting"]))]),
        ("C. Assessment of the clinical evaluation plan", [P(c["cep"])]),
        ("D. Assessment of the clinical data", [P(x) for x in c["data"]]),
        ("E. Assessment of the PMCF plan", [P(c["pmcf"])]),
        ("F. Clinical evaluation consultation procedure", [P(c["scope"])]),
        ("G. Conclusion of the Notified Body", [P(c["conclusion"])]),
    ]
    sections = apply(f, "CEAR", sections)
    return [("h", 1, f"Clinical Evaluation Assessment Report (CEAR) – {v['name']}"), P(c["ref"])] + number(sections, "plain")


def build_docs(f):
    docs = {}
    for key, fname in f["files"].items():
        if key == "CEP":
            docs[fname] = cep(f)
        elif key == "CER":
            docs[fname] = cer(f)
        elif key == "PMCF":
            docs[fname] = pmcf(f)
        elif key.startswith("IFU_"):
            docs[fname] = ifu(f, key[4:])
        elif key == "SSCP":
            docs[fname] = sscp(f)
        elif key == "CEAR":
            docs[fname] = cear(f)
        else:
            raise KeyError(key)
    return docs


# ----------------------------------------------------------------------------- renderers
def render_md(blocks, path: Path):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines += ["#" * b[1] + " " + b[2], ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "ul":
            lines += [f"- {x}" for x in b[1]] + [""]
        elif b[0] == "ol":
            lines += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif b[0] == "table":
            lines.append("| " + " | ".join(b[1]) + " |")
            lines.append("|" + "---|" * len(b[1]))
            lines += ["| " + " | ".join(r) + " |" for r in b[2]]
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def render_docx(blocks, path: Path):
    import docx

    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[2], level=b[1])
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "ul":
            for x in b[1]:
                d.add_paragraph(x, style="List Bullet")
        elif b[0] == "ol":
            for x in b[1]:
                d.add_paragraph(x, style="List Number")
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, b[1]):
                c.text = h
            for r in b[2]:
                cells = t.add_row().cells
                for c, x in zip(cells, r):
                    c.text = x
    d.core_properties.author = "heldout"
    d.save(path)
    slim_docx(path)


def slim_docx(path: Path):
    """Drop parts Word does not need (stylesWithEffects, thumbnail) to keep the corpus small."""
    import zipfile

    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    fixed = []
    for info, data in items:
        if info.filename in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
            text = data.decode("utf-8")
            text = re.sub(r'<(Override|Relationship)[^>]*(stylesWithEffects|thumbnail)[^>]*/>', "", text)
            data = text.encode("utf-8")
        fixed.append((info.filename, data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in fixed:
            z.writestr(name, data)


def render_pdf(blocks, path: Path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    if (FONT_DIR / "DejaVuSans.ttf").exists():
        pdf.add_font("U", "", str(FONT_DIR / "DejaVuSans.ttf"))
        fam = "U"
    else:  # pragma: no cover
        fam = "helvetica"
    pdf.add_page()
    w = pdf.epw
    for b in blocks:
        if b[0] == "h":
            pdf.set_font(fam, "", 15 if b[1] == 1 else 12)
            pdf.ln(2)
            pdf.multi_cell(w, 7, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b[0] == "p":
            pdf.set_font(fam, "", 10)
            pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] in ("ul", "ol"):
            pdf.set_font(fam, "", 10)
            for i, x in enumerate(b[1], 1):
                mark = "•" if b[0] == "ul" else f"{i}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(w - 9, 5, x, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] == "table":
            pdf.set_font(fam, "", 9)
            from fpdf.fonts import FontFace

            with pdf.table(text_align="LEFT", first_row_as_headings=True, line_height=5,
                           headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225))) as t:
                for r in [b[1]] + b[2]:
                    row = t.row()
                    for x in r:
                        row.cell(x)
            pdf.ln(2)
    pdf.output(str(path))


def render(blocks, path: Path):
    ext = path.suffix.lower()
    {".md": render_md, ".docx": render_docx, ".pdf": render_pdf}[ext](blocks, path)


# ----------------------------------------------------------------------------- extraction (for the quote check)
def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".md":
        return path.read_text(encoding="utf-8")
    if ext == ".docx":
        import docx

        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    if ext == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        try:
            return "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        finally:
            doc.close()
    raise ValueError(path)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "")).strip().lower()

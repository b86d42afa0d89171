"""Regenerate the heldout_v corpus and verify every label quote.

    python benchmarks/heldout_v/build.py

Writes <id>/dossier/* and <id>/labels.json for v01..v12 plus README.md, then extracts the
text of every document (pypdfium2 / python-docx incl. table cells / plain read), collapses
whitespace and checks each quote occurs verbatim. Exit code 1 on any failure.
"""
import importlib
import json
import os
import re
import shutil
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from dossiers import common  # noqa: E402

CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template", "documentation", "language"}
ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "IFU": "IFU", "SSCP": "SSCP", "CEAR": "CEAR"}
IDS = ["v01", "v02", "v03", "v04", "v05", "v06", "v07", "v08", "v09", "v10", "v11", "v12"]


def fname(D, key):
    base = key.split("_")[0]
    code, rev = D["codes"][base]
    rt = re.sub(r"[^A-Za-z0-9]", "", rev)
    lang = key.split("_")[1].upper() if "_" in key else ("EN" if base == "IFU" else None)
    parts = [code, D["slug"]] + ([lang] if lang else []) + [rt]
    return "_".join(parts) + "." + D["fmt"][key]


def blocks(D, key):
    base = key.split("_")[0]
    if base == "IFU" and "_" in key:
        return common.ifu_tr(D, key.split("_")[1])
    return {"CEP": common.cep, "CER": common.cer, "PMCF": common.pmcf, "IFU": common.ifu,
            "SSCP": common.sscp, "CEAR": common.cear}[base](D)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        txt = []
        for page in pdf:
            tp = page.get_textpage()
            txt.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        t = "\n".join(txt)
    elif path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        t = "\n".join(parts)
    else:
        t = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", t.replace("\ufffe", "").replace("\x02", "")).strip()


def main():
    ids = sys.argv[1:] or IDS
    errors = []
    readme = ["# heldout_v – blind evaluation corpus (12 dossiers)", "",
              "Author voice: RA lead of a Swedish-Polish medtech group; CEAR by a Czech notified body reviewer.",
              "Regenerate and verify: `python benchmarks/heldout_v/build.py`.", "",
              "| id | device | class | CECP | clean | labels |", "|---|---|---|---|---|---|"]
    ndocs = nlabels = 0
    for vid in ids:
        mod = importlib.import_module(f"dossiers.{vid}")
        D = mod.D
        folder = os.path.join(HERE, D["id"])
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(os.path.join(folder, "dossier"))
        docs = {}
        texts = {}
        for key in D["fmt"]:
            fn = fname(D, key)
            path = os.path.join(folder, "dossier", fn)
            base = key.split("_")[0]
            code, rev = D["codes"][base]
            footer = f"{code}{'-' + key.split('_')[1].upper() if '_' in key else ''} {rev}"
            render.write(path, D["fmt"][key], blocks(D, key), footer)
            lang = key.split("_")[1] if "_" in key else "en"
            docs[fn] = {"role": ROLE[base], "language": lang}
            texts[key] = extract(path)
            ndocs += 1
        labels = []
        for L in mod.LABELS:
            assert L["category"] in CATS, L
            for a in L.get("accept", []):
                assert a in CATS, a
            for q in L["quotes"]:
                if not (30 <= len(q) <= 200):
                    errors.append(f"{vid} {L['defect']}: quote length {len(q)}: {q!r}")
                qn = re.sub(r"\s+", " ", q)
                if not any(qn in texts[k] for k in L["documents"]):
                    errors.append(f"{vid} {L['defect']}: quote not found in {L['documents']}: {q!r}")
            labels.append({"defect": L["defect"], "category": L["category"], "rule": None,
                           "documents": [fname(D, k) for k in L["documents"]], "quotes": L["quotes"],
                           "description": L["description"], "accept": L.get("accept", [])})
        nlabels += len(labels)
        out = {"dossier": D["id"], "device": f"{D['name']} – {D['short']}", "device_class": D["cls"], "seed": None,
               "clean": not labels, "documents": docs, "labels": labels}
        with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
        readme.append(f"| {D['id']} | {D['name']} – {D['short']} | {D['cls']} | {D['cecp_short']} | "
                      f"{'yes' if not labels else 'no'} | {len(labels)} |")
    readme += ["", f"Totals: {len(ids)} dossiers, {ndocs} documents, {nlabels} labels.", "",
               "Files: `build.py` (generation + quote check), `render.py` (PDF/DOCX/Markdown writers), "
               "`dossiers/common.py` (document skeletons), `dossiers/vNN.py` (device content and planted defects).", ""]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme))
    print(f"{len(ids)} dossiers, {ndocs} documents, {nlabels} labels")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("quote check: OK")


if __name__ == "__main__":
    main()

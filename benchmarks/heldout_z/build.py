"""Regenerate the heldout_z corpus deterministically and verify every label quote.

    python benchmarks/heldout_z/build.py
"""
import importlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import render  # noqa: E402
from dossiers import common  # noqa: E402

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language"}


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for page in pdf:
            parts.append(page.get_textpage().get_text_range())
        text = " ".join(parts)
    elif path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        text = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", text).strip()


def build_one(modname):
    mod = importlib.import_module("dossiers." + modname)
    D = mod.D
    out = os.path.join(HERE, D["id"])
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "dossier"))
    docs = common.documents(D)
    meta = {}
    texts = {}
    for doc, blocks in docs.items():
        fn = common.fname(D, doc)
        path = os.path.join(out, "dossier", fn)
        render.write(blocks, path, D["fmt"][doc])
        lang = doc.split("-")[1] if "-" in doc else "en"
        meta[fn] = {"role": common.ROLE[doc.split("-")[0]], "language": lang}
        texts[fn] = extract(path)
    errors = []
    labels = []
    for lab in D["labels"]:
        files = [common.fname(D, d) for d in lab["documents"]]
        if lab["category"] not in CATEGORIES:
            errors.append(f"{D['id']}: bad category {lab['category']}")
        for q in lab["quotes"]:
            qn = re.sub(r"\s+", " ", q).strip()
            if not 30 <= len(qn) <= 200:
                errors.append(f"{D['id']}/{lab['defect']}: quote length {len(qn)}: {qn!r}")
            if not any(qn in texts[fn] for fn in files):
                errors.append(f"{D['id']}/{lab['defect']}: quote not found in {files}: {qn!r}")
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None, "documents": files,
                       "quotes": lab["quotes"], "description": lab["description"], "accept": lab.get("accept", [])})
    data = {"dossier": D["id"], "device": f"{D['trade']} – {D['generic']}", "device_class": D["cls"], "seed": None,
            "clean": not labels, "documents": meta, "labels": labels}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
    return D, errors, len(docs), len(labels)


def main():
    mods = sorted(m[:-3] for m in os.listdir(os.path.join(HERE, "dossiers")) if re.fullmatch(r"z\d\d\.py", m))
    if len(sys.argv) > 1:
        mods = [m for m in mods if m in sys.argv[1:]]
    allerr, nd, nl = [], 0, 0
    for m in mods:
        D, errs, ndoc, nlab = build_one(m)
        allerr += errs
        nd += ndoc
        nl += nlab
        print(f"{D['id']}: {ndoc} documents, {nlab} labels, {len(errs)} errors")
    print(f"total: {len(mods)} dossiers, {nd} documents, {nl} labels")
    for e in allerr:
        print("ERROR", e)
    sys.exit(1 if allerr else 0)


if __name__ == "__main__":
    main()

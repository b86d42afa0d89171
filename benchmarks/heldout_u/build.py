"""Regenerate the heldout_u corpus deterministically and verify every label quote.

    python benchmarks/heldout_u/build.py
Exit status 1 when any label quote does not occur verbatim (after whitespace collapsing)
in the extracted text of every... at least one of the documents the label names.
"""
import importlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import WRITERS  # noqa: E402
from dossiers.common import build_doc  # noqa: E402

IDS = ["u01", "u02", "u03", "u04", "u05", "u06", "u07", "u08", "u09", "u10", "u11", "u12"]
CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"}


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for page in pdf:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        text = "\n".join(parts)
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


def build_one(mod_id):
    mod = importlib.import_module(f"dossiers.{mod_id}")
    folder = os.path.join(HERE, mod.ID)
    if os.path.isdir(folder):
        shutil.rmtree(folder)
    os.makedirs(os.path.join(folder, "dossier"))
    documents = {}
    for fname, role, lang, overrides in mod.DOCS:
        fmt = fname.rsplit(".", 1)[1]
        title, blocks, running = build_doc(mod.D, role, lang, overrides)
        WRITERS[fmt](os.path.join(folder, "dossier", fname), title, blocks,
                     running if fmt == "pdf" else running)
        documents[fname] = {"role": role, "language": lang}
    labels = {"dossier": mod.ID, "device": mod.DEVICE, "device_class": mod.D["cls"],
              "seed": None, "clean": not mod.LABELS, "documents": documents,
              "labels": mod.LABELS}
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
    return folder, labels


def verify(folder, labels):
    errors = []
    texts = {fn: extract(os.path.join(folder, "dossier", fn)) for fn in labels["documents"]}
    for i, lab in enumerate(labels["labels"]):
        if lab["category"] not in CATEGORIES:
            errors.append(f"label {i}: bad category {lab['category']}")
        for a in lab.get("accept", []):
            if a not in CATEGORIES:
                errors.append(f"label {i}: bad accept category {a}")
        for fn in lab["documents"]:
            if fn not in texts:
                errors.append(f"label {i}: unknown document {fn}")
        for q in lab["quotes"]:
            qn = re.sub(r"\s+", " ", q).strip()
            if not 30 <= len(qn) <= 200:
                errors.append(f"label {i} ({lab['defect']}): quote length {len(qn)}: {q!r}")
            if not any(qn in texts.get(fn, "") for fn in lab["documents"]):
                errors.append(f"label {i} ({lab['defect']}): quote not found: {q!r}")
    return errors


def main():
    rows, failed, n_docs, n_labels = [], False, 0, 0
    for mid in IDS:
        folder, labels = build_one(mid)
        errs = verify(folder, labels)
        n_docs += len(labels["documents"])
        n_labels += len(labels["labels"])
        for e in errs:
            print(f"{labels['dossier']}: {e}")
        failed |= bool(errs)
    print(f"{len(IDS)} dossiers, {n_docs} documents, {n_labels} labels:",
          "FAILED" if failed else "all quotes verified")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()

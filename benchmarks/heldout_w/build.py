"""Build the heldout_w corpus deterministically and verify every label quote.

    python build.py            # writes w01_* ... w12_* and checks quotes; exit 1 on failure
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
from dossiers import common  # noqa: E402

MODULES = os.environ.get("ONLY", "").split(",") if os.environ.get("ONLY") else ["w%02d" % i for i in range(1, 13)]
CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language"}


def generate(role, lang, S):
    if role == "CEP":
        return common.cep(S)
    if role == "CER":
        return common.cer(S)
    if role == "PMCF-plan":
        return common.pmcf(S)
    if role == "IFU":
        return common.ifu(S, lang)
    if role == "SSCP":
        return common.sscp(S)
    if role == "CEAR":
        return common.cear(S)
    raise ValueError(role)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
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


def main():
    errors = []
    summary = []
    for name in MODULES:
        mod = importlib.import_module("dossiers." + name)
        S, meta = mod.S, mod.META
        did = meta["dossier"]
        root = os.path.join(HERE, did)
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "dossier"))
        documents = {}
        texts = {}
        for fname, role, lang in mod.FILES:
            fmt = fname.rsplit(".", 1)[1]
            title, blocks = generate(role, lang, S)
            path = os.path.join(root, "dossier", fname)
            WRITERS[fmt](path, title, blocks)
            documents[fname] = {"role": role, "language": lang}
            texts[fname] = extract(path)
        labels = [{"defect": l["defect"], "category": l["category"], "rule": l.get("rule"),
                   "documents": l["documents"], "quotes": l["quotes"], "description": l["description"],
                   "accept": l.get("accept", [])} for l in mod.LABELS]
        for lab in labels:
            if lab["category"] not in CATEGORIES:
                errors.append(f"{did}: bad category {lab['category']}")
            for a in lab.get("accept", []):
                if a not in CATEGORIES:
                    errors.append(f"{did}: bad accept category {a}")
            for d in lab["documents"]:
                if d not in documents:
                    errors.append(f"{did}: label {lab['defect']} names unknown document {d}")
            for q in lab["quotes"]:
                qn = re.sub(r"\s+", " ", q).strip()
                if not 30 <= len(qn) <= 200:
                    errors.append(f"{did}: quote length {len(qn)}: {qn!r}")
                hits = [d for d in lab["documents"] if qn in texts.get(d, "")]
                if not hits:
                    errors.append(f"{did}: quote not found in {lab['documents']}: {qn!r}")
        if meta["clean"] and labels:
            errors.append(f"{did}: clean dossier with labels")
        if not meta["clean"] and not labels:
            errors.append(f"{did}: defective dossier without labels")
        out = dict(meta)
        out["documents"] = documents
        out["labels"] = labels
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
        summary.append((did, len(documents), len(labels)))
    for s in summary:
        print("%-22s documents=%d labels=%d" % s)
    print("dossiers=%d documents=%d labels=%d" % (len(summary), sum(s[1] for s in summary), sum(s[2] for s in summary)))
    if errors:
        print("\n".join(errors))
        print("QUOTE CHECK FAILED (%d errors)" % len(errors))
        sys.exit(1)
    print("quote check passed")


if __name__ == "__main__":
    main()

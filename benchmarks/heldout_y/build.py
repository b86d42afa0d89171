"""Regenerate the heldout_y corpus deterministically and verify every label quote.

    python benchmarks/heldout_y/build.py
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

IDS = os.environ.get("YIDS", " ".join(f"y{n:02d}" for n in range(1, 13))).split()
CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
        "documentation", "language"}


def blocks_for(S, role, lang):
    return {"CEP": common.cep, "CER": common.cer, "PMCF-plan": common.pmcf, "SSCP": common.sscp,
            "CEAR": common.cear}[role](S) if role != "IFU" else common.ifu(S, lang)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        txt = "\n".join(p.get_textpage().get_text_range() for p in pdf)
        pdf.close()
    elif path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        txt = "\n".join(parts)
    else:
        txt = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", txt).strip()


def main():
    errors = []
    readme = ["# heldout_y – blind evaluation corpus (12 dossiers)", "",
              "Author voice: Bengaluru CRO medical writer (Indian English) for Indian manufacturers; "
              "CEARs by a Dutch notified-body reviewer. Regenerate with `python build.py`; the build "
              "extracts every document's text and checks that each label quote occurs verbatim.", "",
              "| id | device | class | CECP | clean | labels |", "|---|---|---|---|---|---|"]
    total_docs = total_labels = 0
    for i in IDS:
        mod = importlib.import_module(f"dossiers.{i}")
        S = mod.S
        did = S["id"]
        root = os.path.join(HERE, did)
        if os.path.exists(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "dossier"))
        docs = {}
        texts = {}
        for fn, role, lang, _fmt in S["files"]:
            rk = {"PMCF-plan": "PMCF"}.get(role, role)
            path = os.path.join(root, "dossier", fn)
            ext = fn.rsplit(".", 1)[1]
            WRITERS[ext](path, blocks_for(S, role, lang), common.meta(S, rk))
            docs[fn] = {"role": role, "language": lang}
            texts[fn] = extract(path)
        labels = mod.LABELS
        for lb in labels:
            if lb["category"] not in CATS:
                errors.append(f"{did}: bad category {lb['category']}")
            for a in lb["accept"]:
                if a not in CATS:
                    errors.append(f"{did}: bad accept {a}")
            for fn in lb["documents"]:
                if fn not in docs:
                    errors.append(f"{did}: label {lb['defect']} names missing doc {fn}")
            for q in lb["quotes"]:
                qn = re.sub(r"\s+", " ", q).strip()
                if not (30 <= len(qn) <= 200):
                    errors.append(f"{did}: quote length {len(qn)}: {q[:60]}")
                if not any(qn in texts[fn] for fn in lb["documents"] if fn in texts):
                    errors.append(f"{did}: quote not found in {lb['documents']}: {q}")
        clean = not labels
        out = {"dossier": did, "device": S["device_label"], "device_class": S["cls"], "seed": None,
               "clean": clean, "documents": docs, "labels": labels}
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
        total_docs += len(docs)
        total_labels += len(labels)
        readme.append(f"| {did} | {S['device_label']} | {S['cls']} | {'yes' if S['cecp'] else 'no'} | "
                      f"{'yes' if clean else 'no'} | {len(labels)} |")
    readme += ["", f"Totals: {len(IDS)} dossiers, {total_docs} documents, {total_labels} labels.", "",
               "CECP column gives the correct legal position; a planted scope defect may state otherwise "
               "in a document."]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    if errors:
        print("\n".join(errors))
        print(f"FAILED: {len(errors)} problem(s)")
        sys.exit(1)
    print(f"OK: {len(IDS)} dossiers, {total_docs} documents, {total_labels} labels; all quotes verified")


if __name__ == "__main__":
    main()

"""Regenerate the heldout_ae corpus deterministically and verify every label quote.

    python benchmarks/heldout_ae/build.py

For each dossiers/aeNN.py: renders the documents into <id>/dossier/, writes <id>/labels.json,
then extracts each document's text (pypdfium2 / python-docx incl. table cells / plain read),
collapses whitespace and checks that every label quote occurs verbatim. Exit 1 on any miss."""
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

CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
        "documentation", "language"}


def ws(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    errors = []
    n_docs = n_labels = 0
    mods = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "dossiers")) if re.match(r"ae\d\d\.py$", f))
    for m in mods:
        mod = importlib.import_module("dossiers." + m)
        F = mod.F
        did = F["id"]
        root = os.path.join(HERE, did)
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "dossier"))
        docs = common.build_docs(F)
        texts = {}
        meta = {}
        for fname, role, lang, fmt, blocks in docs:
            path = os.path.join(root, "dossier", fname)
            render.render(blocks, path, fmt, fname.rsplit(".", 1)[0])
            texts[fname] = ws(render.extract(path))
            meta[fname] = {"role": role, "language": lang}
            n_docs += 1
        labels = mod.LABELS
        for lab in labels:
            n_labels += 1
            if lab["category"] not in CATS:
                errors.append(f"{did}: bad category {lab['category']}")
            for a in lab.get("accept", []):
                if a not in CATS:
                    errors.append(f"{did}: bad accept category {a}")
            for d in lab["documents"]:
                if d not in texts:
                    errors.append(f"{did}/{lab['defect']}: unknown document {d}")
            for q in lab["quotes"]:
                if not (30 <= len(q) <= 200):
                    errors.append(f"{did}/{lab['defect']}: quote length {len(q)}: {q!r}")
                hit = [d for d in lab["documents"] if ws(q) in texts.get(d, "")]
                if not hit:
                    errors.append(f"{did}/{lab['defect']}: quote not found in its documents: {q!r}")
        out = {"dossier": did, "device": F["device_label"], "device_class": F["cls"], "seed": None,
               "clean": not labels, "documents": meta, "labels": labels}
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"{did}: {len(docs)} documents, {len(labels)} labels")
    print(f"total: {len(mods)} dossiers, {n_docs} documents, {n_labels} labels")
    if errors:
        print("QUOTE CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("quote check: all label quotes found verbatim")


if __name__ == "__main__":
    main()

"""Rebuild held-out corpus I and verify every label quote.

    python benchmarks/heldout_i/build.py            # from the repository root
    python build.py [--check-only]                  # from this folder

Each module in gen/dossiers/ defines DOSSIER (documents as block lists + labels). This script
renders the documents (PDF via fpdf2, DOCX via python-docx, Markdown), writes labels.json and
then re-extracts the text of every rendered file (pypdfium2 / python-docx / plain read) and
checks that each label quote occurs verbatim after whitespace is collapsed.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen import render  # noqa: E402
import gen.dossiers  # noqa: E402

CATEGORIES = {"device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language", "scope"}
ROLES = {"CEP", "CER", "PMCF-plan", "IFU", "SSCP", "CEAR"}


def load():
    mods = sorted(m.name for m in pkgutil.iter_modules(gen.dossiers.__path__))
    return [importlib.import_module(f"gen.dossiers.{m}").DOSSIER for m in mods]


def write(d):
    root = HERE / d["id"]
    if root.exists():
        shutil.rmtree(root)
    (root / "dossier").mkdir(parents=True)
    docs = {}
    for doc in d["docs"]:
        path = root / "dossier" / doc["file"]
        if doc["file"].endswith(".pdf"):
            render.to_pdf(doc["blocks"], str(path), doc["header"], serif=doc.get("serif", False))
        elif doc["file"].endswith(".docx"):
            render.to_docx(doc["blocks"], str(path), doc["header"])
        elif doc["file"].endswith(".md"):
            render.to_md(doc["blocks"], str(path), doc["header"])
        else:
            raise ValueError(doc["file"])
        docs[doc["file"]] = {"role": doc["role"], "language": doc["language"]}
    labels = {"dossier": d["id"], "device": d["device"], "device_class": d["device_class"],
              "seed": None, "clean": d["clean"], "documents": docs, "labels": d["labels"]}
    with open(root / "labels.json", "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")


def verify(d):
    errors = []
    root = HERE / d["id"]
    texts = {doc["file"]: render.norm(render.extract_text(root / "dossier" / doc["file"]))
             for doc in d["docs"]}
    assert d["clean"] == (not d["labels"]), d["id"]
    for doc in d["docs"]:
        assert doc["role"] in ROLES, doc
    for lab in d["labels"]:
        if lab["category"] not in CATEGORIES or any(a not in CATEGORIES for a in lab["accept"]):
            errors.append(f"{d['id']}: bad category in {lab['defect']}")
        for f in lab["documents"]:
            if f not in texts:
                errors.append(f"{d['id']}: {lab['defect']}: unknown document {f}")
        covered = set()
        for q in lab["quotes"]:
            nq = render.norm(q)
            if not 20 <= len(nq) <= 150:
                errors.append(f"{d['id']}: {lab['defect']}: quote length {len(nq)}: {q!r}")
            hits = [f for f in lab["documents"] if f in texts and nq in texts[f]]
            if not hits:
                errors.append(f"{d['id']}: {lab['defect']}: quote not found in its documents: {q!r}")
            covered.update(hits)
        for f in lab["documents"]:
            if f not in covered:
                errors.append(f"{d['id']}: {lab['defect']}: no quote from document {f}")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check-only", action="store_true")
    args = ap.parse_args()
    dossiers = load()
    ids = [d["id"] for d in dossiers]
    assert len(ids) == len(set(ids))
    errors = []
    for d in dossiers:
        if not args.check_only:
            write(d)
        errors += verify(d)
    n_labels = sum(len(d["labels"]) for d in dossiers)
    n_quotes = sum(len(l["quotes"]) for d in dossiers for l in d["labels"])
    for e in errors:
        print("FAIL", e)
    print(f"{len(dossiers)} dossiers, {sum(d['clean'] for d in dossiers)} clean, "
          f"{n_labels} labels, {n_quotes} quotes, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

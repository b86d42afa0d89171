#!/usr/bin/env python3
"""Regenerate the heldout_n corpus and verify every label quote.

    python benchmarks/heldout_n/build.py            # build all dossiers, then verify
    python benchmarks/heldout_n/build.py --check    # verify the files already on disk

Each module in dossiers/ defines DOSSIER = {id, device, device_class, clean, docs, labels}.
A document is rendered from the light markup in nlib/render.py to the format given by the
extension of its file name (.pdf, .docx, .md). The verification extracts the text of each
document (pypdfium2 for PDF, python-docx for DOCX, plain read for Markdown), collapses
whitespace and requires every label quote to occur verbatim in each document it names.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from nlib.render import collapse, extract, to_docx, to_md, to_pdf  # noqa: E402

CATEGORIES = {
    "device-identity", "population", "plausibility", "specification", "intended-use",
    "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
    "documentation", "language", "scope",
}
ROLES = {"CEP", "CER", "PMCF-plan", "IFU", "SSCP", "CEAR"}
MODULES = [f"n{i:02d}" for i in range(1, 13)]


def load(name: str) -> dict:
    return importlib.import_module(f"dossiers.{name}").DOSSIER


def render(d: dict) -> None:
    root = HERE / d["id"]
    out = root / "dossier"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for doc in d["docs"]:
        p = out / doc["file"]
        ext = p.suffix.lower()
        if ext == ".pdf":
            to_pdf(doc["text"], p, header=doc.get("header", ""), serif=doc.get("serif", False))
        elif ext == ".docx":
            to_docx(doc["text"], p, header=doc.get("header", ""), font=doc.get("font", "Calibri"))
        elif ext == ".md":
            to_md(doc["text"], p, header=doc.get("header", ""))
        else:
            raise ValueError(p)
    labels = {
        "dossier": d["id"],
        "device": d["device"],
        "device_class": d["device_class"],
        "seed": None,
        "clean": d["clean"],
        "documents": {doc["file"]: {"role": doc["role"], "language": doc["lang"]} for doc in d["docs"]},
        "labels": [
            {
                "defect": l["defect"],
                "category": l["category"],
                "rule": None,
                "documents": l["documents"],
                "quotes": l["quotes"],
                "description": l["description"],
                "accept": l.get("accept", []),
            }
            for l in d["labels"]
        ],
    }
    (root / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")


def verify(d: dict) -> list[str]:
    errs: list[str] = []
    root = HERE / d["id"]
    lab = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    texts = {f: collapse(extract(root / "dossier" / f)) for f in lab["documents"]}
    for f, meta in lab["documents"].items():
        if meta["role"] not in ROLES:
            errs.append(f"{d['id']}: bad role {meta['role']} for {f}")
    if lab["clean"] != (not lab["labels"]):
        errs.append(f"{d['id']}: clean flag disagrees with labels")
    for l in lab["labels"]:
        if l["category"] not in CATEGORIES:
            errs.append(f"{d['id']}: bad category {l['category']}")
        for a in l["accept"]:
            if a not in CATEGORIES:
                errs.append(f"{d['id']}: bad accept category {a}")
        for q in l["quotes"]:
            cq = collapse(q)
            if not 20 <= len(cq) <= 150:
                errs.append(f"{d['id']}/{l['defect']}: quote length {len(cq)}: {q!r}")
            hits = [f for f in l["documents"] if cq in texts.get(f, "")]
            if not hits:
                errs.append(f"{d['id']}/{l['defect']}: quote not found in {l['documents']}: {q!r}")
        for f in l["documents"]:
            if f not in texts:
                errs.append(f"{d['id']}/{l['defect']}: unknown document {f}")
            elif not any(collapse(q) in texts[f] for q in l["quotes"]):
                errs.append(f"{d['id']}/{l['defect']}: no quote located in {f}")
    return errs


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    only = [a for a in argv if not a.startswith("--")]
    errs: list[str] = []
    n_labels = 0
    for name in MODULES:
        if not (HERE / "dossiers" / f"{name}.py").exists():
            continue
        d = load(name)
        if only and d["id"] not in only and name not in only:
            continue
        if not check_only:
            render(d)
        e = verify(d)
        n_labels += len(d["labels"])
        errs += e
        print(f"{d['id']:<28} docs={len(d['docs'])} labels={len(d['labels'])} "
              f"{'OK' if not e else 'FAIL'}")
    for e in errs:
        print("  ERROR", e)
    print(f"labels: {n_labels}; quote check {'passed' if not errs else 'FAILED'}")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

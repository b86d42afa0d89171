#!/usr/bin/env python3
"""Build the heldout_ai dossiers and verify every label quote.

Usage: python3 benchmarks/heldout_ai/build.py [aiNN ...]
Exit 0 when every quote of every label occurs verbatim (after collapsing whitespace) in the
text extracted from each document the label names, 1 otherwise.
"""
import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render  # noqa: E402

IDS = [f"ai{i:02d}" for i in range(1, 13)]
CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"}


def build_one(mod_name):
    m = importlib.import_module(f"dossiers.{mod_name}")
    out = HERE / m.DOSSIER
    dd = out / "dossier"
    if dd.exists():
        shutil.rmtree(dd)
    dd.mkdir(parents=True)
    docs = {}
    for fname, spec in m.DOCS.items():
        render.write(dd / fname, spec["blocks"], spec.get("header", ""), spec.get("footer", ""))
        docs[fname] = {"role": spec["role"], "language": spec["language"]}
    labels = []
    for lab in m.LABELS:
        labels.append({
            "defect": lab["defect"], "category": lab["category"], "rule": None,
            "documents": lab["documents"], "quotes": lab["quotes"],
            "description": lab["description"], "accept": lab.get("accept", []),
        })
    data = {"dossier": m.DOSSIER, "device": m.DEVICE, "device_class": m.DEVICE_CLASS,
            "seed": None, "clean": not labels, "documents": docs, "labels": labels}
    (out / "labels.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    # verification
    errors = []
    texts, pages = {}, {}
    for fname in docs:
        t, n = render.extract(dd / fname)
        texts[fname] = render.norm(t)
        pages[fname] = n
    for lab in labels:
        if lab["category"] not in CATEGORIES:
            errors.append(f"{m.DOSSIER}: bad category {lab['category']}")
        for a in lab["accept"]:
            if a not in CATEGORIES:
                errors.append(f"{m.DOSSIER}: bad accept {a}")
        for d in lab["documents"]:
            if d not in docs:
                errors.append(f"{m.DOSSIER}/{lab['defect']}: unknown document {d}")
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 120:
                errors.append(f"{m.DOSSIER}/{lab['defect']}: quote length {len(q)}: {q!r}")
            nq = render.norm(q)
            if not any(nq in texts.get(d, "") for d in lab["documents"]):
                errors.append(f"{m.DOSSIER}/{lab['defect']}: quote not found: {q!r}")
    return m, docs, pages, labels, errors


def main(argv):
    ids = argv or IDS
    all_err = []
    summary = []
    for i in ids:
        mods = [p.stem for p in (HERE / "dossiers").glob(f"{i}*.py")]
        if not mods:
            all_err.append(f"{i}: no module")
            continue
        m, docs, pages, labels, errors = build_one(mods[0])
        all_err += errors
        pp = {k: v for k, v in pages.items() if v}
        summary.append((m.DOSSIER, len(docs), len(labels), pp))
    for name, nd, nl, pp in summary:
        pg = ", ".join(f"{k.split('_')[0] if False else k}:{v}" for k, v in pp.items())
        print(f"{name}: {nd} documents, {nl} labels; PDF pages {pg}")
    for e in all_err:
        print("ERROR", e)
    print("OK" if not all_err else f"{len(all_err)} errors")
    return 1 if all_err else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

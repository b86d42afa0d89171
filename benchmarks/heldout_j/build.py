"""Rebuilds the heldout_j corpus and verifies every label quote.

    python benchmarks/heldout_j/build.py

For each dossier module in dossiers/ (a fact sheet F and a list LABELS), the documents are written
to <id>/dossier/ and the labels to <id>/labels.json. Then each quote is looked up in the text
extracted from its documents (pypdfium2 for PDF, python-docx for DOCX, plain read for Markdown),
after collapsing whitespace and case. The script exits non-zero if a quote is not found.
"""

from __future__ import annotations

import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import kit  # noqa: E402
import render  # noqa: E402

MODULES = [
    "d01_ino", "d02_hfjv", "d03_pap", "d04_bat", "d05_ges", "d06_retina",
    "d07_bulking", "d08_dcb", "d09_expander", "d10_elbow", "d11_mie", "d12_apheresis",
]


def build_one(modname):
    mod = importlib.import_module(f"dossiers.{modname}")
    F = mod.F
    root = os.path.join(HERE, F["id"])
    out = os.path.join(root, "dossier")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(out)
    documents = {}
    paths = {}
    for key, d in F["docs"].items():
        if key.startswith("IFU"):
            lang = key[4:] if "-" in key else "en"
            doc = kit.ifu(F, lang)
            role = "IFU"
        else:
            lang = d.get("lang", "en")
            doc = kit.BUILD[key](F)
            role = key
        fmt = d["file"].rsplit(".", 1)[1]
        path = os.path.join(out, d["file"])
        render.RENDER[fmt](doc, path)
        documents[d["file"]] = {"role": role, "language": lang}
        paths[key] = path
    labels = []
    for L in mod.LABELS:
        labels.append({
            "defect": L["defect"], "category": L["category"], "rule": None,
            "documents": [F["docs"][k]["file"] for k in L["docs"]],
            "quotes": L["quotes"], "description": L["description"], "accept": L.get("accept", []),
        })
    data = {"dossier": F["id"], "device": F["device"], "device_class": F["cls"], "seed": None,
            "clean": not labels, "documents": documents, "labels": labels}
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    # verification
    texts = {k: render.norm(render.extract(p)) for k, p in paths.items()}
    problems = []
    for L in mod.LABELS:
        for q in L["quotes"]:
            if not 20 <= len(q) <= 150:
                problems.append(f"{F['id']}: quote length {len(q)}: {q!r}")
            if not any(render.norm(q) in texts[k] for k in L["docs"]):
                problems.append(f"{F['id']}/{L['defect']}: not found: {q!r}")
        for k in L["docs"]:
            if not any(render.norm(q) in texts[k] for q in L["quotes"]):
                problems.append(f"{F['id']}/{L['defect']}: no quote in document {k}")
    return data, problems


def main():
    only = sys.argv[1:]
    allp = []
    n = 0
    for m in MODULES:
        if only and m not in only:
            continue
        data, problems = build_one(m)
        n += sum(len(L["quotes"]) for L in data["labels"])
        print(f"{data['dossier']:<28} {len(data['documents'])} docs  {len(data['labels'])} labels"
              f"{'  (clean)' if data['clean'] else ''}")
        allp += problems
    for p in allp:
        print("FAIL", p)
    print(f"quote check: {n - len(allp)}/{n} ok" if not allp else f"quote check: {len(allp)} problem(s)")
    sys.exit(1 if allp else 0)


if __name__ == "__main__":
    main()

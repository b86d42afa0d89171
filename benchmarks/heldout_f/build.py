#!/usr/bin/env python3
"""Rebuild the heldout_f corpus and verify every label quote.

    python3 benchmarks/heldout_f/build.py            # build all dossiers, then verify
    python3 benchmarks/heldout_f/build.py --verify   # verify only

Each dossier module in gen/dossiers/ defines SPEC (the facts and text of the dossier) and
LABELS (the planted defects; empty for clean dossiers). Output: <id>/dossier/* and
<id>/labels.json next to this script. The build is deterministic (fixed dates in the file
metadata, no randomness).
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from gen import docs as D  # noqa: E402
from gen import render as RND  # noqa: E402
import gen.dossiers  # noqa: E402

ROLE_OF = {"CEP": "CEP", "CER": "CER", "PMCF-plan": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def modules():
    for m in sorted(pkgutil.iter_modules(gen.dossiers.__path__), key=lambda m: m.name):
        if m.name.startswith("d"):
            yield importlib.import_module(f"gen.dossiers.{m.name}")


def blocks_for(spec, key):
    if key == "CEP":
        return D.cep(spec)
    if key == "CER":
        return D.cer(spec)
    if key == "PMCF-plan":
        return D.pmcf(spec)
    if key == "SSCP":
        return D.sscp(spec)
    if key == "CEAR":
        return D.cear(spec)
    if key.startswith("IFU-"):
        return D.ifu(spec, key[4:])
    raise KeyError(key)


def build_one(mod):
    spec, labels = mod.SPEC, mod.LABELS
    us = spec["style"].get("us", False)
    root = os.path.join(HERE, spec["id"])
    ddir = os.path.join(root, "dossier")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(ddir)
    documents = {}
    for key, d in spec["docs"].items():
        blocks = blocks_for(spec, key)
        if us and not key.startswith("IFU-") or (us and key == "IFU-en"):
            blocks = D.americanise_blocks(blocks)
        path = os.path.join(ddir, d["file"])
        header = d.get("header", f"{spec['manufacturer']} – {d['number']} Rev. {d['rev']}")
        if key == "CEAR":
            header = f"{spec['nb']} (NB {spec['nb_no']}) – {d['number']}"
        RND.render(blocks, path, d["fmt"], header, d.get("font"))
        role = "IFU" if key.startswith("IFU-") else ROLE_OF[key]
        lang = key[4:] if key.startswith("IFU-") else "en"
        documents[d["file"]] = {"role": role, "language": lang}
    out_labels = []
    for lab in labels:
        lab = dict(lab)
        if us:
            lab["quotes"] = [D.american(q) for q in lab["quotes"]]
        lab["documents"] = [spec["docs"][k]["file"] if k in spec["docs"] else k for k in lab["documents"]]
        out_labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                           "documents": lab["documents"], "quotes": lab["quotes"],
                           "description": lab["description"], "accept": lab.get("accept", [])})
    data = {"dossier": spec["id"], "device": spec["device"], "device_class": spec["device_class"],
            "seed": None, "clean": not out_labels, "documents": documents, "labels": out_labels}
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")


def verify():
    bad = 0
    total = 0
    for name in sorted(os.listdir(HERE)):
        lp = os.path.join(HERE, name, "labels.json")
        if not os.path.isfile(lp):
            continue
        data = json.load(open(lp, encoding="utf-8"))
        texts = {}
        for fn in data["documents"]:
            texts[fn] = RND.collapse(RND.extract_text(os.path.join(HERE, name, "dossier", fn)))
        on_disk = set(os.listdir(os.path.join(HERE, name, "dossier")))
        if on_disk != set(data["documents"]):
            print(f"{name}: documents in labels.json differ from files on disk")
            bad += 1
        for lab in data["labels"]:
            for fn in lab["documents"]:
                if fn not in texts:
                    print(f"{name}: {lab['defect']}: unknown document {fn}")
                    bad += 1
            for q in lab["quotes"]:
                total += 1
                cq = RND.collapse(q)
                if not (20 <= len(cq) <= 150):
                    print(f"{name}: {lab['defect']}: quote length {len(cq)}: {q!r}")
                    bad += 1
                hits = [fn for fn in lab["documents"] if cq in texts.get(fn, "")]
                if not hits:
                    print(f"{name}: {lab['defect']}: quote not found in {lab['documents']}: {q!r}")
                    bad += 1
            for fn in lab["documents"]:
                if not any(RND.collapse(q) in texts.get(fn, "") for q in lab["quotes"]):
                    print(f"{name}: {lab['defect']}: no quote comes from {fn}")
                    bad += 1
    print(f"verified {total} quotes, {bad} problem(s)")
    return bad == 0


if __name__ == "__main__":
    if "--verify" not in sys.argv:
        for mod in modules():
            build_one(mod)
    sys.exit(0 if verify() else 1)

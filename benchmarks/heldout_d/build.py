"""Build the held-out dossier set D.

Run from the repository root:  python benchmarks/heldout_d/build.py
Writes benchmarks/heldout_d/<id>/dossier/* and benchmarks/heldout_d/<id>/labels.json,
then checks that every label quote occurs in the extracted text of its documents.
"""
import importlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from builders import build_all, V  # noqa: E402
from render import render, extract  # noqa: E402

MODULES = ["d_hfno", "d_cochlear", "d_mitral", "d_scs", "d_npwt", "d_enteral",
           "d_knee", "d_dcb", "d_insulin", "d_photo", "d_exo", "d_baha"]


def role_lang(role):
    if role.startswith("ifu_"):
        return "IFU", role[4:]
    return {"cep": "CEP", "cer": "CER", "pmcf": "PMCF-plan", "ifu": "IFU", "sscp": "SSCP", "cear": "CEAR"}[role], "en"


def norm(s):
    return re.sub(r"\s+", "", s)


def build_one(d):
    root = os.path.join(HERE, d["id"])
    ddir = os.path.join(root, "dossier")
    if os.path.isdir(root):
        shutil.rmtree(root)
    os.makedirs(ddir)
    blocks = build_all(d)
    docs = {}
    for role, meta in d["docs"].items():
        path = os.path.join(ddir, meta["file"])
        render(blocks[role], path, footer=f"{meta['no']} {('rev. ' + meta['rev']) if meta['rev'] else ''}".strip())
        r, lang = role_lang(role)
        docs[meta["file"]] = {"role": r, "language": lang}
    labels = []
    for lb in d.get("labels", []):
        labels.append({"defect": lb["defect"], "category": lb["category"], "rule": None,
                       "documents": [d["docs"][r]["file"] for r in lb["docs"]],
                       "quotes": lb["quotes"], "description": lb["description"], "accept": lb.get("accept", [])})
    out = {"dossier": d["id"], "device": d["device"], "device_class": V(d, "cls", "cer"), "seed": None,
           "clean": d["clean"], "documents": docs, "labels": labels}
    assert d["clean"] == (not labels), d["id"]
    with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
    # verification
    texts = {fn: norm(extract(os.path.join(ddir, fn))) for fn in docs}
    problems = []
    for lb in labels:
        for q in lb["quotes"]:
            if not (15 <= len(q) <= 80):
                problems.append(f"{d['id']}: quote length {len(q)}: {q!r}")
            if not any(norm(q) in texts[fn] for fn in lb["documents"]):
                problems.append(f"{d['id']}: quote not found in {lb['documents']}: {q!r}")
        for fn in lb["documents"]:
            if not any(norm(q) in texts[fn] for q in lb["quotes"]):
                problems.append(f"{d['id']}: document {fn} has no quote for {lb['defect']}")
    return out, problems


def main():
    allp = []
    only = sys.argv[1:]
    for mod in MODULES:
        if only and mod not in only:
            continue
        d = importlib.import_module(mod).D
        out, problems = build_one(d)
        allp += problems
        print(f"{d['id']:32s} class {out['device_class']:4s} docs {len(out['documents'])} labels {len(out['labels'])}")
    for p in allp:
        print("PROBLEM", p)
    if allp:
        sys.exit(1)


if __name__ == "__main__":
    main()

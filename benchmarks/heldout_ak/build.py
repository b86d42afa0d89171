"""Build the heldout_ak dossiers and verify every label quote.

Usage: python3 benchmarks/heldout_ak/build.py   (exit 0 = all quotes found verbatim)
"""
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import render  # noqa: E402

MODULES = [f"ak{i:02d}" for i in range(1, 13)]


def build_one(modname):
    m = importlib.import_module(f"dossiers.{modname}")
    d = m.D
    folder = os.path.join(HERE, d["dossier"])
    out = os.path.join(folder, "dossier")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    documents = {}
    for fname, role, lang, make in m.DOCS:
        doc = make(d)
        render.write(doc, os.path.join(out, fname))
        documents[fname] = {"role": role, "language": lang}
    labels = {"dossier": d["dossier"], "device": d["device"], "device_class": d["cls_label"],
              "seed": None, "clean": not m.LABELS, "documents": documents, "labels": []}
    for lab in m.LABELS:
        labels["labels"].append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                                 "documents": lab["documents"], "quotes": lab["quotes"],
                                 "description": lab["description"], "accept": lab.get("accept", [])})
    with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    return labels, out


def verify(labels, out):
    texts = {fn: render.extract(os.path.join(out, fn)) for fn in labels["documents"]}
    misses = []
    for lab in labels["labels"]:
        for doc in lab["documents"]:
            if doc not in texts:
                misses.append(f"{labels['dossier']}: {lab['defect']}: unknown document {doc}")
        for q in lab["quotes"]:
            qn = render.norm(q)
            if not 20 <= len(qn) <= 120:
                misses.append(f"{labels['dossier']}: {lab['defect']}: quote length {len(qn)}: {q!r}")
            if not any(qn in texts[doc] for doc in lab["documents"] if doc in texts):
                misses.append(f"{labels['dossier']}: {lab['defect']}: quote not found: {q!r}")
    return misses


def main():
    only = sys.argv[1:] or MODULES
    all_miss = []
    stats = {"docs": 0, "labels": 0, "clean": 0, "ext": {}}
    for mod in only:
        labels, out = build_one(mod)
        miss = verify(labels, out)
        all_miss += miss
        stats["docs"] += len(labels["documents"])
        stats["labels"] += len(labels["labels"])
        stats["clean"] += labels["clean"]
        for fn in labels["documents"]:
            e = fn.rsplit(".", 1)[1]
            stats["ext"][e] = stats["ext"].get(e, 0) + 1
        print(f"{labels['dossier']}: {len(labels['documents'])} documents, {len(labels['labels'])} labels,"
              f" {'OK' if not miss else str(len(miss)) + ' MISSES'}")
    print(f"total: {len(only)} dossiers, {stats['clean']} clean, {stats['docs']} documents {stats['ext']},"
          f" {stats['labels']} labels")
    for m in all_miss:
        print("MISS", m)
    sys.exit(1 if all_miss else 0)


if __name__ == "__main__":
    main()

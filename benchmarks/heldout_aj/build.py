"""Build the heldout_aj dossiers and verify every label quote against the extracted text.
Run from the repository root: python3 benchmarks/heldout_aj/build.py  (exit 0 = all quotes found)."""
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from render import render, extract, norm  # noqa: E402
from dossiers import common  # noqa: E402

IDS = ["aj%02d" % i for i in range(1, 13)]

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language"}


def blocks_for(d, kind):
    if kind.startswith("ifu_"):
        return common.ifu_xx(d, kind[4:])
    return {"cep": common.cep, "cer": common.cer, "pmcf": common.pmcf, "ifu": common.ifu_en,
            "sscp": common.sscp, "cear": common.cear}[kind](d)


def build_one(mid):
    m = importlib.import_module("dossiers." + mid)
    out = os.path.join(HERE, m.DOSSIER)
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "dossier"))
    documents = {}
    for fname, role, lang, kind in m.DOCS:
        render(blocks_for(m.d, kind), os.path.join(out, "dossier", fname))
        documents[fname] = {"role": role, "language": lang}
    labels = []
    for lab in m.LABELS:
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                       "documents": lab["documents"], "quotes": lab["quotes"],
                       "description": lab["description"], "accept": lab.get("accept", [])})
    data = {"dossier": m.DOSSIER, "device": m.DEVICE, "device_class": m.CLASS, "seed": None,
            "clean": not labels, "documents": documents, "labels": labels}
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    return out, data


def verify(out, data):
    errors = []
    texts = {f: extract(os.path.join(out, "dossier", f)) for f in data["documents"]}
    for lab in data["labels"]:
        if lab["category"] not in CATEGORIES:
            errors.append(f"{data['dossier']}: bad category {lab['category']}")
        for a in lab["accept"]:
            if a not in CATEGORIES:
                errors.append(f"{data['dossier']}: bad accept {a}")
        for doc in lab["documents"]:
            if doc not in texts:
                errors.append(f"{data['dossier']}/{lab['defect']}: unknown document {doc}")
        for q in lab["quotes"]:
            qn = norm(q)
            if not (20 <= len(qn) <= 120):
                errors.append(f"{data['dossier']}/{lab['defect']}: quote length {len(qn)}: {q!r}")
            if not any(qn in texts[doc] for doc in lab["documents"] if doc in texts):
                errors.append(f"{data['dossier']}/{lab['defect']}: quote not found: {q!r}")
    return errors


def main():
    only = sys.argv[1:] or IDS
    errors, n_docs, n_labels, kinds = [], 0, 0, {}
    for mid in only:
        out, data = build_one(mid)
        errs = verify(out, data)
        errors += errs
        n_docs += len(data["documents"])
        n_labels += len(data["labels"])
        for f in data["documents"]:
            ext = f.rsplit(".", 1)[1]
            kinds[ext] = kinds.get(ext, 0) + 1
        print(f"{data['dossier']}: {len(data['documents'])} documents, {len(data['labels'])} labels, "
              f"{'OK' if not errs else 'FAIL'}")
    print(f"total: {len(only)} dossiers, {n_docs} documents {kinds}, {n_labels} labels")
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

"""Rebuild the heldout_t corpus and verify every label quote.

    cd /work/main/benchmarks/heldout_t && python3 build.py

Each module in dossiers/ exposes DOSSIER = {id, device, device_class, clean, docs, labels}.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from render import collapse, extract, render  # noqa: E402

MODULES = [f"dossiers.t{i:02d}" for i in range(1, 13)]
CATEGORIES = {"device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language", "scope"}


def build_one(d: dict) -> list[str]:
    errors = []
    root = HERE / d["id"]
    if root.exists():
        shutil.rmtree(root)
    (root / "dossier").mkdir(parents=True)
    docs = {}
    texts = {}
    for doc in d["docs"]:
        path = root / "dossier" / doc["file"]
        render(doc["blocks"], path, serif=doc.get("serif", False))
        docs[doc["file"]] = {"role": doc["role"], "language": doc["lang"]}
        texts[doc["file"]] = extract(path).lower()
    labels = []
    for lab in d["labels"]:
        if lab["category"] not in CATEGORIES:
            errors.append(f"{d['id']}: bad category {lab['category']}")
        for a in lab.get("accept", []):
            if a not in CATEGORIES:
                errors.append(f"{d['id']}: bad accept {a}")
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 150:
                errors.append(f"{d['id']}/{lab['defect']}: quote length {len(q)}: {q!r}")
            qc = collapse(q).lower()
            if not any(qc in texts[f] for f in lab["documents"]):
                errors.append(f"{d['id']}/{lab['defect']}: quote not found in {lab['documents']}: {q!r}")
        for f in lab["documents"]:
            if f not in docs:
                errors.append(f"{d['id']}/{lab['defect']}: unknown document {f}")
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                       "documents": lab["documents"], "quotes": lab["quotes"],
                       "description": lab["description"], "accept": lab.get("accept", [])})
    if d["clean"] and labels:
        errors.append(f"{d['id']}: clean dossier with labels")
    if not d["clean"] and not 2 <= len(labels) <= 4:
        errors.append(f"{d['id']}: {len(labels)} labels")
    out = {"dossier": d["id"], "device": d["device"], "device_class": d["device_class"],
           "seed": None, "clean": d["clean"], "documents": docs, "labels": labels}
    (root / "labels.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return errors


def main() -> int:
    errors = []
    counts: dict[str, int] = {}
    nquotes = 0
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                print(f"skip {name} (not written)")
                continue
            raise
        d = mod.DOSSIER
        errors += build_one(d)
        for lab in d["labels"]:
            counts[lab["category"]] = counts.get(lab["category"], 0) + 1
            nquotes += len(lab["quotes"])
        print(f"{d['id']}: {len(d['docs'])} documents, {len(d['labels'])} labels")
    print("labels per category:", json.dumps(dict(sorted(counts.items()))))
    if errors:
        print("\n".join(errors))
        print(f"QUOTE CHECK FAILED: {len(errors)} problem(s)")
        return 1
    print(f"quote check passed: {nquotes} quotes verified")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

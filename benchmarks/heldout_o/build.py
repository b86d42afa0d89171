"""Rebuild the heldout_o corpus and verify every label quote.

    cd benchmarks/heldout_o && python3 build.py          # build + verify
    python3 build.py --check                             # verify only
"""
from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from hlo.docs import build_all  # noqa: E402
from hlo.render import extract_text, norm, render  # noqa: E402

MODULES = ["d01_vns", "d02_ctinjector", "d03_haemoadsorption", "d04_csreducer", "d05_hfsoftware",
           "d06_hipec", "d07_meniscus", "d08_sinus", "d09_teer", "d10_pul", "d11_intraosseous", "d12_fio2"]

CATEGORIES = {"device-identity", "population", "plausibility", "specification", "intended-use", "care-setting",
              "claim", "safety-instruction", "evidence", "pmcf", "template", "documentation", "language", "scope"}


def build(mod) -> dict:
    f = mod.F
    out = HERE / f["id"]
    folder = out / "dossier"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    docs = build_all(f)
    meta = {}
    for d in docs:
        render(d, folder)
        meta[d.filename] = {"role": d.role, "language": d.lang}
    labels = {"dossier": f["id"], "device": f["full"], "device_class": f["dev_class"], "seed": None,
              "clean": not mod.LABELS, "documents": meta, "labels": mod.LABELS}
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return labels


def check(labels: dict) -> list[str]:
    errs = []
    folder = HERE / labels["dossier"] / "dossier"
    texts = {}
    for name in labels["documents"]:
        texts[name] = norm(extract_text(folder / name))
    if labels["clean"] != (not labels["labels"]):
        errs.append("clean flag inconsistent")
    for lab in labels["labels"]:
        if lab["category"] not in CATEGORIES:
            errs.append(f"{lab['defect']}: bad category {lab['category']}")
        for a in lab.get("accept", []):
            if a not in CATEGORIES:
                errs.append(f"{lab['defect']}: bad accept {a}")
        for doc in lab["documents"]:
            if doc not in texts:
                errs.append(f"{lab['defect']}: unknown document {doc}")
        for q in lab["quotes"]:
            nq = norm(q)
            if not 20 <= len(nq) <= 150:
                errs.append(f"{lab['defect']}: quote length {len(nq)}: {q!r}")
            hits = [d for d in lab["documents"] if d in texts and nq in texts[d]]
            if not hits:
                errs.append(f"{lab['defect']}: quote not found in {lab['documents']}: {q!r}")
    return errs


def main():
    only_check = "--check" in sys.argv
    total = 0
    bad = 0
    for name in MODULES:
        mod = importlib.import_module(f"hlo.{name}")
        if only_check:
            labels = json.loads((HERE / mod.F["id"] / "labels.json").read_text(encoding="utf-8"))
        else:
            labels = build(mod)
        errs = check(labels)
        total += len(labels["labels"])
        bad += len(errs)
        status = "OK" if not errs else "FAIL"
        print(f"{labels['dossier']:28s} docs={len(labels['documents'])} labels={len(labels['labels'])} {status}")
        for e in errs:
            print("   ", e)
    print(f"{total} labels, {bad} quote/label errors")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

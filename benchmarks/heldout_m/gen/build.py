"""Rebuild the held-out set M and verify every label quote.

    cd benchmarks/heldout_m && python3 gen/build.py
"""
from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from render import render, extract, collapse  # noqa: E402

MODULES = [
    "m01_tmvr", "m02_copper_iud", "m03_sevo_vaporiser", "m04_mesh_nebuliser", "m05_neonatal_cooling",
    "m06_cyanoacrylate", "m07_gastric_band", "m08_tibial_stimulator", "m09_orbital_atherectomy",
    "m10_collagen_membrane", "m11_honey_gel", "m12_evd_icp",
]


def build(names):
    problems = []
    for name in names:
        mod = importlib.import_module(f"dossiers.{name}")
        out = ROOT / mod.ID
        if out.exists():
            shutil.rmtree(out)
        (out / "dossier").mkdir(parents=True)
        texts = {}
        documents = {}
        for f in mod.files():
            path = out / "dossier" / f["file"]
            render(f["doc"], path)
            texts[f["file"]] = collapse(extract(path)).lower()
            documents[f["file"]] = {"role": f["role"], "language": f["lang"]}
        labels = mod.LABELS
        for lab in labels:
            for fn in lab["documents"]:
                if fn not in documents:
                    problems.append(f"{mod.ID}: {lab['defect']}: unknown document {fn}")
            for q in lab["quotes"]:
                if not 20 <= len(q) <= 150:
                    problems.append(f"{mod.ID}: {lab['defect']}: quote length {len(q)}: {q!r}")
                cq = collapse(q).lower()
                if not any(cq in texts[fn] for fn in lab["documents"] if fn in texts):
                    problems.append(f"{mod.ID}: {lab['defect']}: quote not found: {q!r}")
        data = {"dossier": mod.ID, "device": mod.DEVICE, "device_class": mod.CLASS, "seed": None,
                "clean": bool(mod.CLEAN), "documents": documents, "labels": labels}
        if mod.CLEAN and labels:
            problems.append(f"{mod.ID}: clean dossier with labels")
        if not mod.CLEAN and not 2 <= len(labels) <= 4:
            problems.append(f"{mod.ID}: {len(labels)} labels")
        (out / "labels.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{mod.ID}: {len(documents)} documents, {len(labels)} labels")
    return problems


def main(argv):
    names = argv[1:] or MODULES
    problems = build(names)
    if problems:
        print("QUOTE CHECK FAILED")
        for pr in problems:
            print("  " + pr)
        return 1
    print("quote check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

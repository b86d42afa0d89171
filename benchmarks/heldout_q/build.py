"""Rebuild the heldout_q corpus and verify every label quote.

    cd benchmarks/heldout_q && python3 build.py          # build + verify
    python3 build.py --check                              # verify only
"""
from __future__ import annotations

import importlib
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "src"))

from render import extract_text, render  # noqa: E402

MODULES = [
    "q01_mrgfus", "q02_sinus_reducer", "q03_radiant_warmer", "q04_sphincter_ring",
    "q05_interatrial_shunt", "q06_bronchial_thermoplasty", "q07_balloon_tamponade",
    "q08_vaginal_mesh", "q09_chest_vest", "q10_antimicrobial_cvc", "q11_rectal_spacer",
    "q12_occipital_stim",
]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def build_one(mod) -> dict:
    d = mod.DOSSIER
    root = HERE / d["id"]
    if root.exists():
        shutil.rmtree(root)
    (root / "dossier").mkdir(parents=True)
    documents = {}
    for fname, spec in d["docs"].items():
        render(spec["text"], root / "dossier" / fname, spec["footer"])
        documents[fname] = {"role": spec["role"], "language": spec["lang"]}
    labels = {
        "dossier": d["id"], "device": d["device"], "device_class": d["device_class"],
        "seed": None, "clean": not d["labels"], "documents": documents,
        "labels": [
            {"defect": l["defect"], "category": l["category"], "rule": None,
             "documents": l["documents"], "quotes": l["quotes"],
             "description": l["description"], "accept": l.get("accept", [])}
            for l in d["labels"]
        ],
    }
    (root / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    return labels


CATEGORIES = {"device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language", "scope"}


def verify(dossier_id: str) -> list[str]:
    root = HERE / dossier_id
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    problems = []
    texts = {f: norm(extract_text(root / "dossier" / f)) for f in labels["documents"]}
    for i, lab in enumerate(labels["labels"]):
        if lab["category"] not in CATEGORIES:
            problems.append(f"{dossier_id} label {i}: bad category {lab['category']}")
        for a in lab["accept"]:
            if a not in CATEGORIES:
                problems.append(f"{dossier_id} label {i}: bad accept {a}")
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 150:
                problems.append(f"{dossier_id} label {i}: quote length {len(q)}: {q!r}")
            hits = [f for f in lab["documents"] if norm(q) in texts[f]]
            if not hits:
                problems.append(f"{dossier_id} label {i} ({lab['defect']}): quote not found: {q!r}")
        for f in lab["documents"]:
            if f not in texts:
                problems.append(f"{dossier_id} label {i}: unknown document {f}")
            elif not any(norm(q) in texts[f] for q in lab["quotes"]):
                problems.append(f"{dossier_id} label {i}: no quote from document {f}")
    return problems


def main() -> int:
    check_only = "--check" in sys.argv
    problems = []
    for name in MODULES:
        mod = importlib.import_module(name)
        if not check_only:
            build_one(mod)
        problems += verify(mod.DOSSIER["id"])
    for p in problems:
        print("FAIL", p)
    print("quote check:", "OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

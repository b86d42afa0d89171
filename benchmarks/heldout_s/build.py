"""Rebuild the heldout_s corpus: python build.py  (from this folder or anywhere).

Every dossier is defined in src/dNN.py as plain text with a small markup
(# / ## headings, '- ' bullets, '| a | b |' table rows, blank line = new paragraph).
The file extension decides the format: .pdf (fpdf2), .docx (python-docx), .md.
After writing, every label quote is checked against the extracted document text.
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

from render import render, extract  # noqa: E402

IDS = sorted(p.stem for p in (HERE / "src").glob("d[0-9][0-9].py"))


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def build_one(mod_name: str) -> list[str]:
    mod = importlib.import_module(mod_name)
    d = mod.DOSSIER
    root = HERE / d["id"]
    if root.exists():
        shutil.rmtree(root)
    (root / "dossier").mkdir(parents=True)
    docs = {}
    for fname, role, lang, text in d["docs"]:
        render(text, root / "dossier" / fname)
        docs[fname] = {"role": role, "language": lang}
    labels = []
    for lab in d.get("labels", []):
        labels.append({
            "defect": lab["defect"], "category": lab["category"], "rule": None,
            "documents": lab["documents"], "quotes": lab["quotes"],
            "description": lab["description"], "accept": lab.get("accept", []),
        })
    out = {"dossier": d["id"], "device": d["device"], "device_class": d["device_class"],
           "seed": None, "clean": not labels, "documents": docs, "labels": labels}
    (root / "labels.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    # verification
    errors = []
    texts = {f: norm(extract(root / "dossier" / f)) for f in docs}
    for lab in labels:
        if not lab["quotes"]:
            errors.append(f"{d['id']}: label {lab['defect']} has no quotes")
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 150:
                errors.append(f"{d['id']}: quote length {len(q)}: {q!r}")
            if not any(norm(q) in texts[f] for f in lab["documents"]):
                errors.append(f"{d['id']}: quote not found in {lab['documents']}: {q!r}")
        for f in lab["documents"]:
            if f not in docs:
                errors.append(f"{d['id']}: unknown document {f}")
            elif not any(norm(q) in texts[f] for q in lab["quotes"]):
                errors.append(f"{d['id']}: document {f} has none of the quotes of {lab['defect']}")
    return errors


def main() -> int:
    errors = []
    for i in IDS:
        errors += build_one(i)
    for e in errors:
        print("ERROR", e)
    print(f"built {len(IDS)} dossiers; quote check: {'FAILED' if errors else 'passed'}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

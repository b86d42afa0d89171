"""Rebuild held-out dossier set E and verify every label quote.

    cd benchmarks/heldout_e && python build.py            # rebuild all dossiers, then verify
    python build.py --verify-only                         # only check the quotes

Each dNN_*.py module has build(root) -> Dossier. The check extracts the text of every document
(pypdfium2 for PDF, python-docx paragraphs and table cells for DOCX, raw text for Markdown),
collapses whitespace and requires every quote of every label to occur verbatim in at least one of
the label's documents, and every document named by a label to hold at least one of its quotes.
"""

from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from elib import collapse, extract_text  # noqa: E402

MODULES = [
    "d01_lvad", "d02_icd", "d03_cgm", "d04_iol", "d05_cage", "d06_coil",
    "d07_incubator", "d08_aed", "d09_cryo", "d10_patch", "d11_oxygen", "d12_shunt",
]
CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"}


def verify(root: Path) -> int:
    errors = 0
    for lab_path in sorted(root.glob("e*/labels.json")):
        data = json.loads(lab_path.read_text(encoding="utf-8"))
        ddir = lab_path.parent / "dossier"
        texts = {}
        for name in data["documents"]:
            f = ddir / name
            if not f.exists():
                print(f"{data['dossier']}: missing document {name}")
                errors += 1
                continue
            texts[name] = collapse(extract_text(f))
        on_disk = {p.name for p in ddir.iterdir()}
        if on_disk != set(data["documents"]):
            print(f"{data['dossier']}: documents on disk differ from labels.json: {on_disk ^ set(data['documents'])}")
            errors += 1
        if data["clean"] != (not data["labels"]):
            print(f"{data['dossier']}: clean flag inconsistent")
            errors += 1
        for lab in data["labels"]:
            if lab["category"] not in CATEGORIES or any(a not in CATEGORIES for a in lab["accept"]):
                print(f"{data['dossier']}/{lab['defect']}: bad category")
                errors += 1
            hit_docs = set()
            for q in lab["quotes"]:
                cq = collapse(q)
                if not 20 <= len(cq) <= 150:
                    print(f"{data['dossier']}/{lab['defect']}: quote length {len(cq)}: {q!r}")
                    errors += 1
                found = [d for d in lab["documents"] if cq in texts.get(d, "")]
                if not found:
                    print(f"{data['dossier']}/{lab['defect']}: quote not found in {lab['documents']}: {q!r}")
                    errors += 1
                hit_docs.update(found)
            for d in lab["documents"]:
                if d not in hit_docs:
                    print(f"{data['dossier']}/{lab['defect']}: no quote found in document {d}")
                    errors += 1
    return errors


def main(argv):
    if "--verify-only" not in argv:
        only = [a for a in argv if not a.startswith("-")]
        for mod in MODULES:
            if only and not any(o in mod for o in only):
                continue
            m = importlib.import_module(mod)
            did = m.DOSSIER_ID
            if (HERE / did).exists():
                shutil.rmtree(HERE / did)
            dos = m.build(HERE)
            data = dos.write()
            print(f"{did}: {len(data['documents'])} documents, {len(data['labels'])} labels")
    errors = verify(HERE)
    n = sum(len(json.loads(p.read_text())["labels"]) for p in HERE.glob("e*/labels.json"))
    print(f"quote check: {errors} error(s) over {n} labels")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

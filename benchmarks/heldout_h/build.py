"""Rebuild the held-out corpus H and verify every label quote.

    cd /work/main/benchmarks/heldout_h && python build.py          # build + verify
    python build.py --check                                        # verify only

For every dossier module in gen/ the documents are rendered into <id>/dossier/ and
<id>/labels.json is written. Then each label quote is searched, after collapsing
whitespace, in the extracted text of each of the label's documents (pypdfium2 for PDF,
python-docx for DOCX, plain read for Markdown); every quote must be found in at least one of
the label's documents, and every label document must hold at least one of its quotes.
"""

from __future__ import annotations

import argparse
import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from gen.render import RENDERERS, collapse, extract_text  # noqa: E402

MODULES = [
    "d01_pacemaker", "d02_ventilator", "d03_infusion", "d04_laa", "d05_hns", "d06_ankle",
    "d07_dental", "d08_dermal", "d09_valve", "d10_stentretriever", "d11_dural", "d12_haemodialysis",
]


def load():
    out = []
    for m in MODULES:
        try:
            mod = importlib.import_module(f"gen.{m}")
        except ModuleNotFoundError as exc:
            if exc.name == f"gen.{m}":
                print(f"  (module {m} not written yet)")
                continue
            raise
        out.append(mod.build())
    return out


def build(dossiers):
    for d in dossiers:
        root = HERE / d.id
        if root.exists():
            shutil.rmtree(root)
        (root / "dossier").mkdir(parents=True)
        for doc in d.docs:
            RENDERERS[doc.fmt](doc.blocks, root / "dossier" / doc.name, doc.header, doc.font)
        (root / "labels.json").write_text(
            json.dumps(d.labels_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def verify(dossiers) -> int:
    errors = 0
    for d in dossiers:
        root = HERE / d.id / "dossier"
        data = json.loads((HERE / d.id / "labels.json").read_text(encoding="utf-8"))
        texts = {}
        for name in data["documents"]:
            p = root / name
            if not p.exists():
                print(f"[{d.id}] missing document {name}")
                errors += 1
                continue
            texts[name] = collapse(extract_text(p))
        if data["clean"] != (not data["labels"]):
            print(f"[{d.id}] clean flag does not match labels")
            errors += 1
        for lb in data["labels"]:
            for doc in lb["documents"]:
                if doc not in texts:
                    print(f"[{d.id}] {lb['defect']}: unknown document {doc}")
                    errors += 1
            for q in lb["quotes"]:
                cq = collapse(q)
                if not 20 <= len(cq) <= 150:
                    print(f"[{d.id}] {lb['defect']}: quote length {len(cq)}: {q!r}")
                    errors += 1
                if not any(cq in texts.get(doc, "") for doc in lb["documents"]):
                    print(f"[{d.id}] {lb['defect']}: quote not found: {q!r}")
                    errors += 1
            for doc in lb["documents"]:
                if doc in texts and not any(collapse(q) in texts[doc] for q in lb["quotes"]):
                    print(f"[{d.id}] {lb['defect']}: no quote from document {doc}")
                    errors += 1
        n = len(data["labels"])
        print(f"{d.id}: {len(texts)} documents, {n} labels"
              + (" (clean)" if data["clean"] else ""))
    return errors


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="verify only, do not rebuild")
    args = ap.parse_args()
    dossiers = load()
    if not args.check:
        build(dossiers)
    errors = verify(dossiers)
    print("quote check:", "PASS" if errors == 0 else f"FAIL ({errors} problems)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

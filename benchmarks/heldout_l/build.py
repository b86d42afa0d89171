"""Rebuild the held-out L corpus and verify every label quote.

    python benchmarks/heldout_l/build.py            (from the repository root, or any folder)

Each module in dossiers/ (l01 ... l12) defines ID, DEVICE, DEVICE_CLASS, DOCS (list of Doc) and
LABELS. The script renders every document into <ID>/dossier/, writes <ID>/labels.json and then
re-extracts the text of each rendered file (pypdfium2 / python-docx / plain read) to check that
each quote of each label occurs verbatim (after collapsing whitespace) in one of the label's
documents, and that the quote length is 20-150 characters.
"""
from __future__ import annotations

import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from lib import render  # noqa: E402

ORDER = [f"l{n:02d}" for n in range(1, 13)]
CATEGORIES = {"device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language", "scope"}


def build_one(mod) -> list[str]:
    out = HERE / mod.ID
    if out.exists():
        shutil.rmtree(out)
    ddir = out / "dossier"
    ddir.mkdir(parents=True)
    for d in mod.DOCS:
        blocks = render.parse(d.text)
        p = ddir / d.file
        if p.suffix == ".pdf":
            render.render_pdf(blocks, p, d.head_left, d.head_right, serif=d.serif, col_widths=d.col_widths)
        elif p.suffix == ".docx":
            render.render_docx(blocks, p, d.head_left, d.head_right)
        elif p.suffix == ".md":
            render.render_md(blocks, p, d.head_left, d.head_right)
        else:
            raise ValueError(p)
    labels = {
        "dossier": mod.ID, "device": mod.DEVICE, "device_class": mod.DEVICE_CLASS, "seed": None,
        "clean": not mod.LABELS,
        "documents": {d.file: {"role": d.role, "language": d.lang} for d in mod.DOCS},
        "labels": mod.LABELS,
    }
    (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # verification
    errors = []
    texts = {d.file: render.norm(render.extract(ddir / d.file)) for d in mod.DOCS}
    for lab in mod.LABELS:
        assert lab["category"] in CATEGORIES, lab
        for a in lab["accept"]:
            assert a in CATEGORIES, a
        for f in lab["documents"]:
            if f not in texts:
                errors.append(f"{mod.ID}: {lab['defect']}: unknown document {f}")
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 150:
                errors.append(f"{mod.ID}: {lab['defect']}: quote length {len(q)}: {q!r}")
            nq = render.norm(q)
            hits = [f for f in lab["documents"] if f in texts and nq in texts[f]]
            if not hits:
                errors.append(f"{mod.ID}: {lab['defect']}: quote not found: {q!r}")
        # each listed document should hold at least one quote
        for f in lab["documents"]:
            if f in texts and not any(render.norm(q) in texts[f] for q in lab["quotes"]):
                errors.append(f"{mod.ID}: {lab['defect']}: no quote from {f}")
    return errors


def main(argv):
    only = argv[1:] or ORDER
    errors = []
    n = 0
    for i in only:
        mod = importlib.import_module(f"dossiers.{i}")
        errs = build_one(mod)
        n += len(mod.LABELS)
        print(f"{mod.ID}: {len(mod.DOCS)} documents, {len(mod.LABELS)} labels, "
              f"{'OK' if not errs else str(len(errs)) + ' quote problems'}")
        errors += errs
    for e in errors:
        print("  " + e)
    print(f"quote check: {'PASS' if not errors else 'FAIL'} ({n} labels)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

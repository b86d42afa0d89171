"""Build the held-out evaluation corpus for panelproof.

    python -m benchmarks.heldout.build          (or: python benchmarks/heldout/build.py)

Writes benchmarks/heldout/<id>/dossier/* (PDF, DOCX, Markdown) and <id>/labels.json in the label
schema of benchmarks/quality.py, then re-reads every rendered document and fails loudly if a
label quote is not verbatim in the text of the documents it names.

The texts were written independently of panelproof's rules and synthetic corpus; they imitate
dossiers of different manufacturers (formal prose, terse tables, numbered lists; British and
American spelling; EN/DE/FR instructions for use).
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from engine import build_docs, extract, render, squash  # noqa: E402
import dossiers_a, dossiers_b, dossiers_c  # noqa: E402

DOSSIERS = [dossiers_a.H01, dossiers_a.H02, dossiers_a.H03, dossiers_a.H04, dossiers_a.H05,
            dossiers_b.H06, dossiers_b.H07, dossiers_b.H08, dossiers_b.H09, dossiers_b.H10,
            dossiers_c.H11, dossiers_c.H12, dossiers_c.H13, dossiers_c.H14]

ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def role_lang(key):
    if key.startswith("IFU_"):
        return "IFU", key[4:]
    return ROLE[key], "en"


def build_one(f, root: Path) -> list[str]:
    out = root / f["id"]
    if out.exists():
        shutil.rmtree(out)
    folder = out / "dossier"
    folder.mkdir(parents=True)
    docs = build_docs(f)
    for fname, blocks in docs.items():
        render(blocks, folder / fname)
    files = f["files"]
    labels = []
    for lab in f["labels"]:
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                       "documents": [files[k] for k in lab["docs"]], "quotes": list(lab["quotes"]),
                       "description": lab["description"], "accept": list(lab.get("accept", []))})
    record = {"dossier": f["id"], "device": f["device"], "device_class": f["cls"], "seed": None,
              "clean": f["clean"],
              "documents": {fn: dict(zip(("role", "language"), role_lang(k))) for k, fn in files.items()},
              "labels": labels}
    if f["clean"] and labels:
        raise SystemExit(f"{f['id']}: a clean dossier must have no labels")
    (out / "labels.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    # verbatim check
    problems = []
    texts = {fn: squash(extract(folder / fn)) for fn in files.values()}
    for lab in labels:
        for q in lab["quotes"]:
            if not any(squash(q) in texts[d] for d in lab["documents"]):
                problems.append(f"{f['id']}: {lab['defect']}: quote not found in {lab['documents']}: {q!r}")
    return problems


def main() -> int:
    ids = [f["id"] for f in DOSSIERS]
    assert len(ids) == len(set(ids))
    problems = []
    for f in DOSSIERS:
        problems += build_one(f, HERE)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit(f"{len(problems)} label quotes are not verbatim in the rendered documents")
    size = sum(p.stat().st_size for p in HERE.glob("h*/**/*") if p.is_file())
    n_labels = sum(len(f["labels"]) for f in DOSSIERS)
    print(f"{len(DOSSIERS)} dossiers ({sum(f['clean'] for f in DOSSIERS)} clean), {n_labels} labels, {size/1e6:.2f} MB; all quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Build blind set heldout_al and verify every label quote against the extracted document text.
Run from the repository root: python3 benchmarks/heldout_al/build.py  (exit 0 = all quotes found)."""
import importlib
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from render import render, extract, page_count  # noqa: E402
from dossiers import common  # noqa: E402

ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "IFU": "IFU", "SSCP": "SSCP", "CEAR": "CEAR"}
IDS = [f"al{i:02d}" for i in range(1, 13)]


def build_one(mod):
    d = mod.D
    out = HERE / d["id"]
    if out.exists():
        shutil.rmtree(out)
    (out / "dossier").mkdir(parents=True)
    docs = {}
    for fname, kind, lang in d["docs"]:
        code = Path(fname).stem
        if kind == "IFU":
            blocks = common.ifu(d, lang, code)
        else:
            blocks = getattr(common, kind.lower())(d, code)
        render(blocks, out / "dossier" / fname, f"{d['company'] if kind != 'CEAR' else d['nb']} – {code}")
        docs[fname] = {"role": ROLE[kind], "language": lang}
    labels = {"dossier": d["id"], "device": d["device"], "device_class": d["cls_label"], "seed": None,
              "clean": not mod.LABELS, "documents": docs, "labels": mod.LABELS}
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    return out, labels


def verify(out, labels):
    errors = []
    texts = {f: extract(out / "dossier" / f) for f in labels["documents"]}
    for f in labels["documents"]:
        n = page_count(out / "dossier" / f)
        if labels["documents"][f]["role"] == "CER" and n is not None and not 4 <= n <= 8:
            errors.append(f"{labels['dossier']}: CER {f} has {n} pages")
    for lab in labels["labels"]:
        for f in lab["documents"]:
            if f not in texts:
                errors.append(f"{lab['defect']}: unknown document {f}")
        hit_docs = set()
        for q in lab["quotes"]:
            qn = re.sub(r"\s+", " ", q).strip()
            if not 20 <= len(qn) <= 120:
                errors.append(f"{lab['defect']}: quote length {len(qn)}: {qn!r}")
            found = [f for f in lab["documents"] if f in texts and qn in texts[f]]
            if not found:
                errors.append(f"{labels['dossier']}/{lab['defect']}: quote not found: {qn!r}")
            hit_docs.update(found)
        for f in lab["documents"]:
            if f not in hit_docs:
                errors.append(f"{labels['dossier']}/{lab['defect']}: no quote from {f}")
    return errors


def main():
    ids = sys.argv[1:] or IDS
    errors, stats = [], {"docs": 0, "pdf": 0, "docx": 0, "md": 0, "labels": 0}
    for i in ids:
        mod = importlib.import_module(f"dossiers.{i}")
        out, labels = build_one(mod)
        errors += verify(out, labels)
        stats["docs"] += len(labels["documents"])
        for f in labels["documents"]:
            stats[Path(f).suffix[1:]] += 1
        stats["labels"] += len(labels["labels"])
        print(f"{labels['dossier']}: {len(labels['documents'])} documents, {len(labels['labels'])} labels")
    print(stats)
    for e in errors:
        print("MISS", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

"""Regenerate the heldout_aa corpus deterministically and verify every label quote.

    python benchmarks/heldout_aa/build.py
"""
from __future__ import annotations

import importlib.util
import json
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE / "dossiers"))

import render  # noqa: E402
import _common as C  # noqa: E402

ROLES = {"cep": "CEP", "cer": "CER", "pmcf": "PMCF-plan", "ifu": "IFU", "sscp": "SSCP", "cear": "CEAR"}
TITLES = {"cep": "Clinical Evaluation Plan", "cer": "Clinical Evaluation Report", "pmcf": "Post-Market Clinical Follow-up Plan",
          "ifu": "Instructions for Use", "sscp": "Summary of Safety and Clinical Performance",
          "cear": "Clinical Evaluation Assessment Report"}


def squash(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("\u00a0", " ").replace("\u00ad", "")).strip()


def load(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def blocks_for(S, kind, lang):
    if kind == "ifu":
        return C.ifu(S, lang)
    return getattr(C, kind)(S)


def main() -> int:
    errors = []
    rows = []
    for mpath in sorted((HERE / "dossiers").glob("aa[0-9][0-9].py")):
        m = load(mpath)
        S = m.S
        out = HERE / S["id"]
        if out.exists():
            shutil.rmtree(out)
        (out / "dossier").mkdir(parents=True)
        documents = {}
        texts = {}
        for kind, fname, lang in m.DOCS:
            p = out / "dossier" / fname
            title = f"{TITLES[kind]} - {C.g(S, kind if kind != 'ifu' or lang == 'en' else 'ifu_' + lang, 'trade')}"
            render.write(p, title, blocks_for(S, kind, lang))
            documents[fname] = {"role": ROLES[kind], "language": lang}
            texts[fname] = squash(render.extract(p))
        for lab in m.LABELS:
            for f in lab["documents"]:
                if f not in documents:
                    errors.append(f"{S['id']}: label {lab['defect']} names unknown document {f}")
            for q in lab["quotes"]:
                if not (30 <= len(q) <= 200):
                    errors.append(f"{S['id']}: quote length {len(q)} out of range: {q!r}")
                if not any(squash(q) in texts[f] for f in lab["documents"]):
                    errors.append(f"{S['id']}: quote not found in {lab['documents']}: {q!r}")
        labels = {"dossier": S["id"], "device": f"{S['trade']} - {S['desc']}", "device_class": S["cls"], "seed": None,
                  "clean": not m.LABELS, "documents": documents, "labels": m.LABELS}
        (out / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False), encoding="utf-8")
        rows.append((S["id"], S["trade"] + " - " + S["desc"], S["cls"], "yes" if S["cecp"] else "no",
                     "yes" if not m.LABELS else "no", len(documents), len(m.LABELS)))
    readme = ["# heldout_aa - blind evaluation corpus (author aa)", "",
              "Twelve CECP-style dossiers written by an independent author; regenerate with "
              "`python benchmarks/heldout_aa/build.py` (verifies that every label quote occurs verbatim in the extracted text).", "",
              "| id | device | class | CECP (Art. 54) | clean | documents | labels |", "|---|---|---|---|---|---|---|"]
    readme += [f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |" for r in rows]
    readme += ["", f"Total: {len(rows)} dossiers, {sum(r[5] for r in rows)} documents, {sum(r[6] for r in rows)} labels.", ""]
    (HERE / "README.md").write_text("\n".join(readme), encoding="utf-8")
    for e in errors:
        print("ERROR", e)
    print(f"{len(rows)} dossiers, {sum(r[5] for r in rows)} documents, {sum(r[6] for r in rows)} labels, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the heldout_ab corpus deterministically and verify every label quote.

    python benchmarks/heldout_ab/build.py

Each dossiers/abNN.py defines SPEC (content) and LABELS. Output: abNN_<short>/dossier/* and
abNN_<short>/labels.json, plus README.md. Exits non-zero if any quote is not found verbatim in
the extracted, whitespace-collapsed text of its document(s).
"""
import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import compose  # noqa: E402
import render  # noqa: E402

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language"}
ROLE_TITLE = {"CEP": "Clinical Evaluation Plan", "CER": "Clinical Evaluation Report",
              "PMCF": "Post-Market Clinical Follow-up Plan", "SSCP": "Summary of Safety and Clinical Performance",
              "CEAR": "Clinical Evaluation Assessment Report (MDCG 2020-13)"}
ROLE_LABEL = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def build_one(mod):
    spec = mod.SPEC
    s = compose.Spec(spec)
    folder = HERE / f"{spec['id']}_{spec['short']}"
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "dossier").mkdir(parents=True)
    docs = {}
    for role, fname in spec["files"].items():
        path = folder / "dossier" / fname
        if role.startswith("IFU-"):
            lang = role[4:]
            if lang == "en":
                blocks, title = compose.ifu_en(s), f"{spec['trade']} – Directions for Use (DFU)"
            else:
                blocks, ltitle = compose.ifu_lang(s, lang)
                title = f"{spec['trade']} – {ltitle}"
            docs[fname] = {"role": "IFU", "language": lang}
        else:
            blocks = getattr(compose, {"PMCF": "pmcf"}.get(role, role.lower()))(s)
            title = f"{ROLE_TITLE[role]} – {spec['trade']}"
            if role == "CEAR":
                title = f"{ROLE_TITLE[role]}"
            docs[fname] = {"role": ROLE_LABEL[role], "language": "en"}
        footer = spec.get("footers", {}).get(role)
        render.write(path, title, blocks, footer)
    labels = {"dossier": f"{spec['id']}_{spec['short']}", "device": f"{spec['trade']} – {spec['desc']}",
              "device_class": spec["klass"], "seed": None, "clean": not mod.LABELS,
              "documents": docs, "labels": mod.LABELS}
    (folder / "labels.json").write_text(json.dumps(labels, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder, labels


def check(folder, labels):
    errors = []
    texts = {f: render.extract_text(folder / "dossier" / f) for f in labels["documents"]}
    low = {f: t.lower() for f, t in texts.items()}
    for lab in labels["labels"]:
        if lab["category"] not in CATEGORIES:
            errors.append(f"{folder.name}: bad category {lab['category']}")
        for a in lab.get("accept", []):
            if a not in CATEGORIES:
                errors.append(f"{folder.name}: bad accept {a}")
        for d in lab["documents"]:
            if d not in texts:
                errors.append(f"{folder.name}: unknown document {d}")
        for q in lab["quotes"]:
            qn = " ".join(q.split())
            if not 30 <= len(qn) <= 200:
                errors.append(f"{folder.name}/{lab['defect']}: quote length {len(qn)}: {qn!r}")
            if not any(qn in texts[d] for d in lab["documents"] if d in texts):
                hint = [d for d in texts if qn.lower() in low[d]]
                errors.append(f"{folder.name}/{lab['defect']}: quote not found: {qn!r} (case-insensitive in {hint})")
    return errors


def main():
    mods = sorted(p.stem for p in (HERE / "dossiers").glob("ab[0-9][0-9].py"))
    rows, errors, nlab, ndoc = [], [], 0, 0
    for m in mods:
        mod = importlib.import_module(f"dossiers.{m}")
        folder, labels = build_one(mod)
        errors += check(folder, labels)
        nlab += len(labels["labels"])
        ndoc += len(labels["documents"])
        sp = mod.SPEC
        rows.append(f"| {labels['dossier']} | {sp['trade']} – {sp['desc']} | {sp['klass']} | "
                    f"{'yes' if sp['cecp'] else 'no'} | {'yes' if labels['clean'] else 'no'} | "
                    f"{len(labels['labels'])} |")
    readme = ["# heldout_ab – blind evaluation corpus", "",
              "Written independently of panelproof's code and tests. Regenerate and verify with "
              "`python benchmarks/heldout_ab/build.py` (fails if a label quote is not found verbatim).", "",
              "CECP column: whether MDR Art. 54(1) really applies to the device (the truth, not what "
              "a dossier may claim).", "",
              "| id | device | class | CECP | clean | labels |", "|---|---|---|---|---|---|", *rows, "",
              f"{len(rows)} dossiers, {ndoc} documents, {nlab} labels.", ""]
    (HERE / "README.md").write_text("\n".join(readme), encoding="utf-8")
    print(f"{len(rows)} dossiers, {ndoc} documents, {nlab} labels")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("quote check: OK")


if __name__ == "__main__":
    main()

"""Rebuild the heldout_g corpus deterministically and verify every label quote.

    python benchmarks/heldout_g/build.py
"""
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gen"))

from render import render, extract, norm  # noqa: E402
from docs import build_docs  # noqa: E402
import dossiers_a, dossiers_b, dossiers_c  # noqa: E402,E401

CATS = {"device-identity", "population", "plausibility", "specification", "intended-use", "care-setting",
        "claim", "safety-instruction", "evidence", "pmcf", "template", "documentation", "language", "scope"}


def files_for(F):
    files = {}
    for key, ext in F["fmt"].items():
        rev = F["rev"]["IFU"] if key.startswith("IFU") else F["rev"][key]
        tag = key.replace("_", "-").upper() if key.startswith("IFU_") else key
        files[key] = f"{F['stem']}_{tag}_{rev}.{ext}"
    return files


def main():
    ok = True
    total = 0
    for mod in (dossiers_a, dossiers_b, dossiers_c):
        for F, labels in mod.DOSSIERS:
            F.setdefault("over", {}); F.setdefault("add", {})
            F["files"] = files_for(F)
            root = HERE / F["id"]
            if root.exists():
                shutil.rmtree(root)
            (root / "dossier").mkdir(parents=True)
            docs = build_docs(F)
            texts = {}
            for key, (fn, role, lang, title, blocks, meta) in docs.items():
                p = root / "dossier" / fn
                render(p, title, blocks, meta)
                texts[key] = norm(extract(p))
            out_labels = []
            for lab in labels:
                assert lab["category"] in CATS, lab
                for a in lab.get("accept", []):
                    assert a in CATS, a
                for q in lab["quotes"]:
                    assert 20 <= len(q) <= 150, (F["id"], len(q), q)
                    hits = [k for k in lab["documents"] if norm(q) in texts[k]]
                    total += 1
                    if not hits:
                        ok = False
                        print(f"QUOTE NOT FOUND {F['id']} {lab['defect']}: {q!r} in {lab['documents']}")
                out_labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None,
                                   "documents": [F["files"][k] for k in lab["documents"]],
                                   "quotes": lab["quotes"], "description": lab["description"],
                                   "accept": lab.get("accept", [])})
            meta = {"dossier": F["id"], "device": F["device"], "device_class": F["cls"], "seed": None,
                    "clean": not labels,
                    "documents": {fn: {"role": role, "language": lang}
                                  for (fn, role, lang, *_r) in docs.values()},
                    "labels": out_labels}
            (root / "labels.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"{F['id']}: {len(docs)} documents, {len(out_labels)} labels")
    print(f"quote check: {'PASS' if ok else 'FAIL'} ({total} quotes)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

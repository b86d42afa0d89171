"""Rebuild all heldout_k dossiers and verify every label quote verbatim.  python build.py"""
import os, sys, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import build_dossier, extract, norm
import dossiers_a, dossiers_b
try:
    import dossiers_c
except ImportError:
    dossiers_c = None

def all_dossiers():
    out = []
    for m in (dossiers_a, dossiers_b, dossiers_c):
        if m: out += [v for k, v in sorted(vars(m).items()) if k.startswith("K") and isinstance(v, dict)]
    return out

def main():
    root = os.path.dirname(os.path.abspath(__file__)); bad = 0
    for d in all_dossiers():
        lj = build_dossier(root, d)
        for lab in lj["labels"]:
            texts = {f: norm(extract(os.path.join(root, d["id"], "dossier", f))).lower() for f in lab["documents"]}
            for q in lab["quotes"]:
                if not (20 <= len(q) <= 150): print("LENGTH", d["id"], q); bad += 1
                if not any(norm(q).lower() in t for t in texts.values()):
                    print("MISSING", d["id"], lab["defect"], q); bad += 1
        print(d["id"], "clean" if lj["clean"] else f"{len(lj['labels'])} labels", len(lj["documents"]), "documents")
    print("quote check:", "PASS" if not bad else f"FAIL ({bad})"); sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()

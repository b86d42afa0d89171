#!/usr/bin/env python3
"""Build the heldout_am blind set and verify every label quote against the extracted text.
Run from the repository root:  python3 benchmarks/heldout_am/build.py   (exit 0 = all quotes found)"""
import importlib
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from render import render, extract, norm, page_count  # noqa: E402

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
              "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
              "documentation", "language"}
ROLES = {"CER", "CEP", "PMCF-plan", "PMCF-report", "IFU", "SSCP", "CEAR", "RMF", "label", "other"}
MODULES = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "dossiers")) if f.startswith("am") and f.endswith(".py"))


def main():
    problems = []
    totals = {"dossiers": 0, "clean": 0, "docs": 0, "pdf": 0, "docx": 0, "md": 0, "labels": 0}
    for m in MODULES:
        spec = importlib.import_module("dossiers." + m).build()
        key = spec["key"]
        out = os.path.join(HERE, key)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "dossier"))
        docs = {}
        for fname, role, lang, title, ref, blocks in spec["docs"]:
            assert role in ROLES, (key, fname, role)
            path = os.path.join(out, "dossier", fname)
            render(path, title, ref, blocks)
            docs[fname] = {"role": role, "language": lang}
            totals["docs"] += 1
            totals[fname.rsplit(".", 1)[1]] += 1
            if role == "CER" and fname.endswith(".pdf"):
                n = page_count(path)
                if not 4 <= n <= 8:
                    problems.append("%s/%s: CER has %d pages (want 4-8)" % (key, fname, n))
        labels = spec["labels"]
        if spec["clean"] and labels:
            problems.append(key + ": clean dossier with labels")
        if not spec["clean"] and not labels:
            problems.append(key + ": defective dossier without labels")
        texts = {}
        for lab in labels:
            if lab["category"] not in CATEGORIES:
                problems.append("%s/%s: bad category %s" % (key, lab["defect"], lab["category"]))
            for a in lab["accept"]:
                if a not in CATEGORIES:
                    problems.append("%s/%s: bad accept %s" % (key, lab["defect"], a))
            for q in lab["quotes"]:
                if not 20 <= len(q) <= 120:
                    problems.append("%s/%s: quote length %d: %r" % (key, lab["defect"], len(q), q))
                found = False
                for fn in lab["documents"]:
                    if fn not in docs:
                        problems.append("%s/%s: unknown document %s" % (key, lab["defect"], fn))
                        continue
                    if fn not in texts:
                        texts[fn] = extract(os.path.join(out, "dossier", fn))
                    if norm(q) in texts[fn]:
                        found = True
                if not found:
                    problems.append("%s/%s: quote not found in %s: %r" % (key, lab["defect"], lab["documents"], q))
            # each named document must hold at least one of the quotes
            for fn in lab["documents"]:
                if fn in texts and not any(norm(q) in texts[fn] for q in lab["quotes"]):
                    problems.append("%s/%s: no quote from %s" % (key, lab["defect"], fn))
        data = {"dossier": key, "device": spec["device"], "device_class": spec["cls"], "seed": None,
                "clean": spec["clean"], "documents": docs,
                "labels": [{"defect": l["defect"], "category": l["category"], "rule": None,
                            "documents": l["documents"], "quotes": l["quotes"],
                            "description": l["description"], "accept": l["accept"]} for l in labels]}
        with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, indent=1)
        totals["dossiers"] += 1
        totals["clean"] += spec["clean"]
        totals["labels"] += len(labels)
        print("%-20s %-6s clean=%-5s docs=%d labels=%d" % (key, spec["cls"], spec["clean"], len(docs), len(labels)))
    print("totals:", totals)
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    print("all label quotes verified")
    return 0


def L(defect, category, documents, quotes, description, accept=()):
    return {"defect": defect, "category": category, "documents": list(documents), "quotes": list(quotes),
            "description": description, "accept": list(accept)}


if __name__ == "__main__":
    sys.exit(main())

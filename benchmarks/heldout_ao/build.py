#!/usr/bin/env python3
"""Build the heldout_ao dossiers and verify that every label quote occurs verbatim (after whitespace
collapsing) in the text extracted from the named document.  Exit 1 on any miss."""
import importlib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
import skel  # noqa: E402

IDS = [f"ao{i:02d}" for i in range(1, 13)]


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    misses = 0
    stats = {"pdf": 0, "docx": 0, "md": 0, "labels": 0, "clean": 0, "docs": 0}
    for i in IDS:
        m = importlib.import_module(f"dossiers.{i}")
        d = m.D
        folder = os.path.join(HERE, d["folder"])
        out = os.path.join(folder, "dossier")
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(out)
        docs = {}
        for fname, key, role, lang in d["docs"]:
            render.write(os.path.join(out, fname), skel.build_doc(d, key))
            docs[fname] = {"role": role, "language": lang}
            stats[fname.rsplit(".", 1)[1]] += 1
            stats["docs"] += 1
        labels = m.LABELS
        lab = {"dossier": d["folder"], "device": d["label_device"], "device_class": d["cls"], "seed": None,
               "clean": not labels, "documents": docs, "labels": labels}
        with open(os.path.join(folder, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, ensure_ascii=False, indent=1)
        stats["labels"] += len(labels)
        stats["clean"] += not labels
        texts = {fn: render.extract(os.path.join(out, fn))[0] for fn in docs}
        for L in labels:
            for fn in L["documents"]:
                if fn not in docs:
                    print(f"MISS {i}: label {L['defect']} names unknown document {fn}")
                    misses += 1
            for q in L["quotes"]:
                if not (20 <= len(q) <= 120):
                    print(f"WARN {i}: quote length {len(q)}: {q!r}")
                if not any(norm(q) in texts[fn] for fn in L["documents"] if fn in texts):
                    print(f"MISS {i}: {L['defect']}: {q!r}")
                    misses += 1
        pages = {fn: render.pages(os.path.join(out, fn)) for fn in docs if fn.endswith(".pdf")}
        print(f"{d['folder']}: {len(docs)} documents, {len(labels)} labels, PDF pages {pages}")
    print(json.dumps(stats))
    if misses:
        print(f"{misses} quote(s) not found")
        return 1
    print("all quotes verified")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Regenerate the heldout_ag corpus deterministically and verify every label quote.

    python benchmarks/heldout_ag/build.py
Exit status is non-zero when a label quote does not occur verbatim (after whitespace collapse)
in the extracted text of one of the label's documents.
"""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from dossiers import common  # noqa: E402

CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template", "documentation",
        "language"}


NUMS = [int(a) for a in sys.argv[1:]] or list(range(1, 13))


def main():
    bad = 0
    total_docs = total_labels = 0
    for n in NUMS:
        mod = importlib.import_module(f"dossiers.ag{n:02d}")
        F = mod.F
        did = F["id"]
        root = os.path.join(HERE, did)
        ddir = os.path.join(root, "dossier")
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(ddir)
        docs, texts = {}, {}
        for fname, role, lang, blocks, footer in common.build_all(F):
            path = os.path.join(ddir, fname)
            render.write(blocks, path, footer)
            docs[fname] = {"role": role, "language": lang}
            texts[fname] = render.extract(path)
        labels = F["labels"]
        for lab in labels:
            assert lab["category"] in CATS, lab
            assert all(a in CATS for a in lab.get("accept", [])), lab
            for dname in lab["documents"]:
                if dname not in docs:
                    print(f"[{did}] {lab['defect']}: unknown document {dname}")
                    bad += 1
            for q in lab["quotes"]:
                qq = " ".join(q.split())
                if not 30 <= len(qq) <= 200:
                    print(f"[{did}] {lab['defect']}: quote length {len(qq)}: {qq!r}")
                    bad += 1
                hits = [d for d in lab["documents"] if d in texts and qq in texts[d]]
                if not hits:
                    print(f"[{did}] {lab['defect']}: quote not found: {qq!r}")
                    bad += 1
        out = {"dossier": did, "device": F["device_label"], "device_class": F["cls"], "seed": None,
               "clean": not labels, "documents": docs,
               "labels": [{"defect": l["defect"], "category": l["category"], "rule": None,
                           "documents": l["documents"], "quotes": l["quotes"],
                           "description": l["description"], "accept": l.get("accept", [])}
                          for l in labels]}
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
        total_docs += len(docs)
        total_labels += len(labels)
        print(f"{did}: {len(docs)} documents, {len(labels)} labels")
    print(f"TOTAL: 12 dossiers, {total_docs} documents, {total_labels} labels; quote problems: {bad}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

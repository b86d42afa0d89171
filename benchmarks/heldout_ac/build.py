"""Regenerate the heldout_ac corpus deterministically and verify every label quote.

    python benchmarks/heldout_ac/build.py

Each dossiers/acNN.py defines F (facts, see dossiers/common.py), META (folder id, device, class,
clean) and LABELS (documents given by role key, e.g. "CER", "IFU-es"). Exits non-zero when a
label quote is not found verbatim (whitespace collapsed) in a document it names.
"""
import importlib, json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "dossiers"))
import render  # noqa: E402
from dossiers import common  # noqa: E402

CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use",
        "care-setting", "claim", "safety-instruction", "evidence", "pmcf", "template",
        "documentation", "language"}


def main():
    errors = []
    rows = []
    total_docs = total_labels = 0
    import glob
    for path in sorted(glob.glob(os.path.join(HERE, "dossiers", "ac[0-9][0-9].py"))):
        mod = importlib.import_module("dossiers." + os.path.basename(path)[:-3])
        F, META, LABELS = mod.F, mod.META, mod.LABELS
        did = META["id"]
        out = os.path.join(HERE, did)
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "dossier"))
        docs = common.build_docs(F)
        texts = {}
        for fn, (role, lang, blocks) in sorted(docs.items()):
            p = os.path.join(out, "dossier", fn)
            render.write(p, blocks)
            texts[fn] = render.extract(p)
        fnames = F["files"]
        labels = []
        for L in LABELS:
            dl = [fnames[r] for r in L["documents"]]
            if L["category"] not in CATS:
                errors.append("%s: bad category %s" % (did, L["category"]))
            for a in L.get("accept", []):
                if a not in CATS:
                    errors.append("%s: bad accept %s" % (did, a))
            for q in L["quotes"]:
                if not (30 <= len(q) <= 200):
                    errors.append("%s/%s: quote length %d: %r" % (did, L["defect"], len(q), q))
                if not any(q in texts[d] for d in dl):
                    errors.append("%s/%s: quote not found in %s: %r" % (did, L["defect"], dl, q))
            labels.append({"defect": L["defect"], "category": L["category"], "rule": None,
                           "documents": dl, "quotes": L["quotes"], "description": L["description"],
                           "accept": L.get("accept", [])})
        if META["clean"] and labels:
            errors.append("%s: clean dossier with labels" % did)
        data = {"dossier": did, "device": META["device"], "device_class": F["cls"], "seed": None,
                "clean": META["clean"],
                "documents": {fn: {"role": r, "language": lg} for fn, (r, lg, _) in sorted(docs.items())},
                "labels": labels}
        with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, ensure_ascii=False)
        rows.append((did, META["device"], F["cls"], "yes" if F["cecp_true"] else "no",
                     "yes" if META["clean"] else "no", len(docs), len(labels)))
        total_docs += len(docs)
        total_labels += len(labels)
    print("dossiers %d, documents %d, labels %d" % (len(rows), total_docs, total_labels))
    for r in rows:
        print("  %-16s %-4s cecp=%-3s clean=%-3s docs=%d labels=%d" % (r[0], r[2], r[3], r[4], r[5], r[6]))
    if errors:
        print("QUOTE CHECK FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("quote check: all label quotes found verbatim")


if __name__ == "__main__":
    main()

"""Regenerate the heldout_ad corpus deterministically and verify every label quote.

    python build.py        (from this folder, or python -m benchmarks.heldout_ad.build)
"""
import importlib, json, os, shutil, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import render  # noqa: E402
from dossiers import common  # noqa: E402

IDS = [f"ad{n:02d}" for n in range(1, 13)]
IDS = [i for i in IDS if os.path.exists(os.path.join(HERE, "dossiers", i + ".py"))]
EXT = {"pdf": "pdf", "pdf2col": "pdf", "docx": "docx", "md": "md"}


def filenames(F):
    files = {}
    short = F["fileword"]
    for role in ["CEP", "CER", "PMCF", "SSCP", "CEAR"]:
        if role in F["fmt"]:
            files[role] = F["codes"][role].replace(" ", "_") + f"_{short}." + EXT[F["fmt"][role]]
    for lang in ["en"] + list(F["langs"]):
        files["IFU-" + lang] = F["codes"]["IFU"].replace(" ", "_") + f"_{lang.upper()}." + EXT[F["fmt"]["IFU-" + lang]]
    return files


def main():
    failures = []
    readme = ["# heldout_ad – blind evaluation corpus (author AD)", "",
              "Twelve dossiers written by a Gothenburg regulatory-affairs voice, with an Italian notified-body CEAR in each. "
              "Regenerate with `python build.py`; the build checks that every label quote occurs verbatim in the extracted text.", "",
              "| id | device | class | CECP | clean | labels |", "|---|---|---|---|---|---|"]
    for i in IDS:
        mod = importlib.import_module(f"dossiers.{i}")
        F = mod.F
        F["files"] = filenames(F)
        did = F["id"]
        root = os.path.join(HERE, did)
        if os.path.isdir(root):
            shutil.rmtree(root)
        os.makedirs(os.path.join(root, "dossier"))
        docs = {}
        texts = {}
        for fname, role, lang, doc, fmt in common.build_docs(F):
            path = os.path.join(root, "dossier", fname)
            render.write(doc, path, fmt)
            docs[fname] = {"role": role, "language": lang}
            texts[fname] = render.extract(path)
        labels = mod.LABELS
        for lab in labels:
            lab["documents"] = [F["files"].get(d, d) for d in lab["documents"]]
            lab.setdefault("rule", None)
            lab.setdefault("accept", [])
            for d in lab["documents"]:
                if d not in docs:
                    failures.append(f"{did}: label {lab['defect']} names unknown document {d}")
            for q in lab["quotes"]:
                qn = " ".join(q.split())
                if not (30 <= len(qn) <= 200):
                    failures.append(f"{did}: quote length {len(qn)}: {qn[:60]}")
                if not any(qn in texts[d] for d in lab["documents"] if d in texts):
                    failures.append(f"{did}: quote not found in {lab['documents']}: {qn}")
        out = {"dossier": did, "device": F["device_label"], "device_class": F["cls"], "seed": None,
               "clean": not labels, "documents": docs,
               "labels": [{k: lab[k] for k in ["defect", "category", "rule", "documents", "quotes", "description", "accept"]} for lab in labels]}
        with open(os.path.join(root, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
        readme.append(f"| {did} | {F['device_label']} | {F['cls']} | {'yes' if F['cecp'] else 'no'} | {'yes' if not labels else 'no'} | {len(labels)} |")
        print(f"{did}: {len(docs)} documents, {len(labels)} labels")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    if failures:
        print("QUOTE CHECK FAILED:")
        for x in failures:
            print("  " + x)
        sys.exit(1)
    print("quote check passed")


if __name__ == "__main__":
    main()

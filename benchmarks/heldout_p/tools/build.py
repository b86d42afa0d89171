"""Rebuild the heldout_p corpus and verify every label quote.

    python benchmarks/heldout_p/tools/build.py
"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import gen  # noqa: E402
import render  # noqa: E402
import dev_a, dev_a2, dev_a3, dev_b, dev_c, dev_d, dev_e  # noqa: E402

ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "SSCP": "SSCP", "CEAR": "CEAR"}


def build_doc(D, key):
    if key == "CEP":
        return gen.cep(D)
    if key == "CER":
        return gen.cer(D)
    if key == "PMCF":
        return gen.pmcf(D)
    if key == "SSCP":
        return gen.sscp(D)
    if key == "CEAR":
        return gen.cear(D)
    if key.startswith("IFU_"):
        return gen.ifu(D, key[4:])
    raise KeyError(key)


def main():
    devices = dev_a.DEVICES + dev_a2.DEVICES + dev_a3.DEVICES + dev_b.DEVICES + dev_c.DEVICES + dev_d.DEVICES + dev_e.DEVICES
    failures = 0
    for D in devices:
        out = os.path.join(ROOT, D["id"])
        if os.path.isdir(out):
            shutil.rmtree(out)
        os.makedirs(os.path.join(out, "dossier"))
        docs = {}
        texts = {}
        for key, fname in D["files"].items():
            path = os.path.join(out, "dossier", fname)
            render.render(build_doc(D, key), path, fname)
            role = "IFU" if key.startswith("IFU_") else ROLE[key]
            lang = key[4:] if key.startswith("IFU_") else "en"
            docs[fname] = {"role": role, "language": lang}
            texts[key] = render.norm(render.extract(path)).lower()
        labels = []
        for L in D.get("labels", []):
            for q in L["quotes"]:
                nq = render.norm(q).lower()
                if not (20 <= len(q) <= 150):
                    print(f"[{D['id']}] quote length {len(q)}: {q!r}")
                    failures += 1
                if not any(nq in texts[k] for k in L["docs"]):
                    print(f"[{D['id']}] QUOTE NOT FOUND in {L['docs']}: {q!r}")
                    failures += 1
            labels.append({"defect": L["defect"], "category": L["category"], "rule": None,
                           "documents": [D["files"][k] for k in L["docs"]], "quotes": L["quotes"],
                           "description": L["description"], "accept": L.get("accept", [])})
        lab = {"dossier": D["id"], "device": D["full"], "device_class": D["cls"], "seed": None,
               "clean": not labels, "documents": docs, "labels": labels}
        with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
            json.dump(lab, f, indent=2, ensure_ascii=False)
        print(f"{D['id']}: {len(docs)} documents, {len(labels)} labels")
    if failures:
        print(f"QUOTE CHECK FAILED: {failures}")
        sys.exit(1)
    print("quote check passed")


if __name__ == "__main__":
    main()

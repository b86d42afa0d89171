"""Regenerate benchmarks/heldout_af deterministically and verify every label quote.

    python benchmarks/heldout_af/build.py
"""
import importlib, json, shutil, sys
sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import render  # noqa: E402
from dossiers import common  # noqa: E402

IDS = [f"af{i:02d}" for i in range(1, 13)]
import os
if os.environ.get("AF_ONLY"):
    IDS = os.environ["AF_ONLY"].split(",")
ROLE = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF-plan", "IFU": "IFU", "SSCP": "SSCP", "CEAR": "CEAR"}


def docs_of(F):
    keys = ["CEP", "CER", "PMCF", "IFU"] + ["IFU-" + l for l in F["tr"]]
    if F.get("sscp"):
        keys.append("SSCP")
    return keys + ["CEAR"]


def filename(F, k):
    ext = F["fmt"][k]
    if k.startswith("IFU-"):
        return f"{F['codes']['IFU']}_{k[4:].upper()}_Rev{F['rev']['IFU']}.{ext}"
    if k == "IFU":
        return f"{F['codes']['IFU']}_EN_Rev{F['rev']['IFU']}.{ext}"
    if k == "CEAR":
        return f"{F['codes']['CEAR']}.{ext}"
    return f"{F['codes'][k]}_Rev{F['rev'][k]}.{ext}"


def main():
    ok = True
    rows = []
    for i in IDS:
        m = importlib.import_module(f"dossiers.{i}")
        F = common.base(m.F)
        did = F["id"]
        out = HERE / did
        if out.exists():
            shutil.rmtree(out)
        (out / "dossier").mkdir(parents=True)
        keys = docs_of(F)
        F["files"] = {k: filename(F, k) for k in keys}
        F["doclist"] = [(F["files"][k], ROLE[k.split("-")[0]]) for k in keys if k != "CEAR"]
        meta = {}
        texts = {}
        for k in keys:
            if k.startswith("IFU-"):
                blocks = common.ifu_tr(F, k[4:])
            else:
                blocks = {"CEP": common.cep, "CER": common.cer, "PMCF": common.pmcf, "IFU": common.ifu_en,
                          "SSCP": common.sscp, "CEAR": common.cear}[k](F)
            fn = F["files"][k]
            render.WRITERS[F["fmt"][k]](blocks, out / "dossier" / fn)
            meta[fn] = {"role": ROLE[k.split("-")[0]], "language": k[4:] if k.startswith("IFU-") else "en"}
            texts[fn] = render.extract(out / "dossier" / fn).lower()
        labels = []
        for L in m.LABELS:
            docs = [F["files"][k] for k in L["docs"]]
            for q in L["quotes"]:
                qn = " ".join(q.split()).lower()
                if not (30 <= len(q) <= 200):
                    print(f"[{did}] quote length {len(q)}: {q!r}"); ok = False
                if not any(qn in texts[fn] for fn in docs):
                    print(f"[{did}] QUOTE NOT FOUND in {docs}: {q!r}"); ok = False
            labels.append({"defect": L["defect"], "category": L["category"], "rule": None, "documents": docs,
                           "quotes": L["quotes"], "description": L["description"], "accept": L.get("accept", [])})
        lab = {"dossier": did, "device": F["name"] + " – " + F["short"], "device_class": F["cls"], "seed": None,
               "clean": not labels, "documents": meta, "labels": labels}
        (out / "labels.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        rows.append((did, F["name"] + " – " + F["short"], F["cls"], "yes" if F["cecp"] else "no",
                     "yes" if not labels else f"no ({len(labels)} labels)", len(keys)))
    readme = ["# heldout_af – blind evaluation corpus (12 dossiers)", "",
              "Author voice: Israeli start-up RA team (terse, abbreviations); CEARs by an Irish NB reviewer.",
              "Regenerate + verify quotes: `python benchmarks/heldout_af/build.py` (exit 1 if a quote is missing).", "",
              "| id | device | class | CECP (Art. 54) | clean | docs |", "|---|---|---|---|---|---|"]
    readme += [f"| {a} | {b} | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in rows]
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    n = sum(len(json.load(open(HERE / r[0] / "labels.json"))["labels"]) for r in rows)
    print(f"{len(rows)} dossiers, {sum(r[5] for r in rows)} documents, {n} labels; quotes {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()

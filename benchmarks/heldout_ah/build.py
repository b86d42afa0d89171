"""Regenerate the heldout_ah corpus deterministically and verify all label quotes.
    python benchmarks/heldout_ah/build.py"""
import importlib, json, os, re, shutil, sys
sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "dossiers"))
import render
import common as C

CATS = {"scope", "device-identity", "population", "plausibility", "specification", "intended-use", "care-setting",
        "claim", "safety-instruction", "evidence", "pmcf", "template", "documentation", "language"}
TITLES = {"CEP": "Clinical Evaluation Plan", "CER": "Clinical Evaluation Report", "PMCF-plan": "Post-Market Clinical Follow-up Plan",
          "SSCP": "Summary of Safety and Clinical Performance", "CEAR": "Clinical Evaluation Assessment Report"}


def docno(fn):
    return re.sub(r"\.(pdf|docx|md)$", "", fn).replace("_", " ")


def build(mod):
    F = mod.F
    root = os.path.join(HERE, mod.ID)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "dossier"))
    docs = {}
    for role, fn in F["files"].items():
        p = os.path.join(root, "dossier", fn)
        n = docno(fn)
        if role.startswith("IFU-"):
            lang = role[4:]
            t, blocks = C.ifu(F, lang, n)
            render.write(p, f"{t} – {F['trade'] if lang == 'en' else F['ov'].get(role, {}).get('trade', F['trade'])}", blocks)
            docs[fn] = {"role": "IFU", "language": lang}
        else:
            fun = {"CEP": C.cep, "CER": C.cer, "PMCF-plan": C.pmcf, "SSCP": C.sscp, "CEAR": C.cear}[role]
            render.write(p, f"{TITLES[role]} – {F['trade']}", fun(F, n))
            docs[fn] = {"role": role, "language": "en"}
    lab = {"dossier": mod.ID, "device": mod.DEVICE, "device_class": F["cls"], "seed": None,
           "clean": not mod.LABELS, "documents": docs, "labels": mod.LABELS}
    json.dump(lab, open(os.path.join(root, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    # verify
    errs = []
    texts = {fn: render.extract(os.path.join(root, "dossier", fn)).lower() for fn in docs}
    for L in mod.LABELS:
        assert L["category"] in CATS, L
        assert all(a in CATS for a in L["accept"]), L
        for d in L["documents"]:
            if d not in docs:
                errs.append(f"{mod.ID}: {L['defect']}: unknown document {d}")
        for q in L["quotes"]:
            qq = re.sub(r"\s+", " ", q).strip().lower()
            if not 30 <= len(q) <= 200:
                errs.append(f"{mod.ID}: {L['defect']}: quote length {len(q)}: {q!r}")
            if not any(qq in texts[d] for d in L["documents"] if d in texts):
                errs.append(f"{mod.ID}: {L['defect']}: quote not found: {q!r}")
    return errs, len(docs), len(mod.LABELS)


def main():
    errs, nd, nl, n = [], 0, 0, 0
    for fn in sorted(os.listdir(os.path.join(HERE, "dossiers"))):
        if re.match(r"ah\d\d\.py$", fn):
            mod = importlib.import_module(fn[:-3])
            e, d, l = build(mod)
            errs += e; nd += d; nl += l; n += 1
    print(f"{n} dossiers, {nd} documents, {nl} labels")
    for e in errs:
        print("ERROR", e)
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()

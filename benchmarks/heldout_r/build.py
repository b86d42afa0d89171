"""Rebuild the held-out corpus and verify every label quote.

    python benchmarks/heldout_r/build.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs  # noqa: E402
from render import extract, norm, render  # noqa: E402
from dossiers_1 import DOSSIERS as D1  # noqa: E402
from dossiers_2 import DOSSIERS as D2  # noqa: E402

ROLE_FN = {"CEP": ("CEP", docs.cep), "CER": ("CER", docs.cer), "PMCF": ("PMCF-plan", docs.pmcf),
           "SSCP": ("SSCP", docs.sscp), "CEAR": ("CEAR", docs.cear)}


def defaults(s):
    s.setdefault("search_period", "2010-01-01 to 2024-12-31")
    s.setdefault("cdp", ["Pre-market: bench testing [ISO 14971:2019]; literature review; clinical investigation data as listed in the CER.",
                         "Post-market: PMCF study and registry as per the PMCF plan; annual PSUR review of complaints and vigilance."])
    s.setdefault("pm_general", ["Complaint and vigilance trending, reviewed every 6 months.",
                                "Screening of literature and registries every 12 months; results reported in the PSUR."])
    s.setdefault("sscp_clin", "Clinical data are summarised in the CER: " + "; ".join(f"{r[0]} ({r[1]}, n = {r[2]})" for r in s["studies"]) + ".")
    s.setdefault("cear_ip", f"The Manufacturer declares as intended purpose: {s['ip']} {s['pop']}")
    s.setdefault("cear_data", f"The Clinical Evaluation is based on {len(s['studies'])} sources of clinical data. We remark that the pivotal data "
                              "are appraised with a documented method and the acceptance criteria of the CEP are addressed one by one in the CER.")
    s.setdefault("cear_concl", "The Clinical Evaluation results adequate to demonstrate conformity with the relevant GSPR; "
                               "the Manufacturer is invited to submit the PMCF evaluation report at the next surveillance audit.")
    s.setdefault("cear_pmcf", f"The PMCF plan foresees: {s['pm_methods']} We remark that the objectives are linked to the residual risks identified in the CER.")
    s.setdefault("cear_docs", None)
    s.setdefault("cear_name", None)
    return s


def build_one(s, root: Path):
    s = defaults(s)
    out = root / s["id"]
    if out.exists():
        shutil.rmtree(out)
    (out / "dossier").mkdir(parents=True)
    documents = {}
    roles = ["CEP", "CER", "PMCF"] + (["SSCP"] if "SSCP" in s["docs"] else []) + ["CEAR"]
    for role in roles:
        label, fn = ROLE_FN[role]
        fname = f"{s['files'][role]}.{s['fmt'][role]}"
        render(fn(s), out / "dossier" / fname)
        documents[fname] = {"role": label, "language": "en"}
    for lang in ["en"] + s["langs"]:
        key = "IFU" if lang == "en" else f"IFU-{lang}"
        fname = f"{s['files']['IFU']}_{lang.upper()}.{s['fmt'].get(key, s['fmt']['IFU'])}"
        render(docs.ifu(s, lang), out / "dossier" / fname)
        documents[fname] = {"role": "IFU", "language": lang}
    labels = []
    for lab in s.get("labels", []):
        docs_ = [resolve(s, documents, d) for d in lab["documents"]]
        labels.append({"defect": lab["defect"], "category": lab["category"], "rule": None, "documents": docs_,
                       "quotes": lab["quotes"], "description": lab["description"], "accept": lab.get("accept", [])})
    data = {"dossier": s["id"], "device": s["generic"], "device_class": s["cls"], "seed": None,
            "clean": not labels, "documents": documents, "labels": labels}
    (out / "labels.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return out


def resolve(s, documents, role):
    """Map a role key (CER, IFU, IFU-fr, ...) to the file name."""
    for fname, meta in documents.items():
        if role.startswith("IFU"):
            lang = role[4:] if "-" in role else "en"
            if meta["role"] == "IFU" and meta["language"] == lang:
                return fname
        elif fname.startswith(s["files"][role] + "."):
            return fname
    raise KeyError(role)


def verify(out: Path):
    data = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    errors = []
    texts = {f: norm(extract(out / "dossier" / f)).lower() for f in data["documents"]}
    for lab in data["labels"]:
        for q in lab["quotes"]:
            if not 20 <= len(q) <= 150:
                errors.append(f"{out.name}: quote length {len(q)}: {q!r}")
            if not any(norm(q).lower() in texts[f] for f in lab["documents"]):
                errors.append(f"{out.name}/{lab['defect']}: quote not found: {q!r}")
    return errors


def main():
    errors = []
    ids = []
    for s in D1 + D2:
        out = build_one(s, HERE)
        errors += verify(out)
        ids.append(s["id"])
    for e in errors:
        print("FAIL", e)
    print(f"{len(ids)} dossiers built; quote check: {'PASS' if not errors else 'FAIL'} ({len(errors)} errors)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

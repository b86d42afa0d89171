"""Detection quality of panelproof on the labelled corpus.

    python -m benchmarks.quality [--corpus benchmarks/out/corpus] [--seed 7 --count 45]
                                 [--json benchmarks/out/quality.json]

Generates the corpus first if the folder has no dossiers, then runs
`panelproof.pipeline.run_check` on each `<dossier>/dossier/` folder and compares the findings
with `<dossier>/labels.json`.

Matching. A finding *matches* a label when
  * its category is the label's category, or one of the label's `accept` categories, and
  * at least one of its location quotes overlaps one of the label's quote snippets (after
    collapsing whitespace and case: one contains the other, or they share a common substring
    of at least 12 characters covering at least half of the shorter one); for a label with no
    snippets, the set of documents the finding quotes must be a non-empty subset of the
    label's documents.

Definitions, per category C:
  * findings(C)  = every finding of category C on every dossier, clean ones included.
  * TP(C)        = findings of category C that match at least one label of the same dossier.
  * FP(C)        = findings(C) - TP(C). An unlabelled finding on a defective dossier is a
                   false positive too; several findings on one label are all true positives.
  * precision(C) = TP(C) / findings(C)          (None when there are no findings)
  * detected(C)  = labels of category C matched by at least one finding whose category is C
                   (an `accept` category makes a finding "not wrong", it earns no recall).
  * recall(C)    = detected(C) / labels(C)       (None when there are no labels)
  * F1           = harmonic mean of precision and recall.
"False majors on clean dossiers" counts findings of severity major or critical on dossiers
that have no label at all. Recall per planted defect type is reported as well.

Adjudication. Labels list only what an author planted, so a correct finding nobody planted
counts as a false positive. A corpus may hold `adjudicated.jsonl`: verdicts of a reviewer who
did not write panelproof on earlier false positives, one per line {dossier, rule, quotes,
verdict: real | false | unsure, reason}. A false positive with the same dossier and rule and a
quote overlapping one of the verdict's quotes takes that verdict. The main figures stay those
of the planted labels; `precision_adjudicated` = (TP + FP judged real) / findings is printed
beside them ("adj."), and each false positive carries its verdict. A verdict only applies to
findings that still quote what it quoted; new findings are unadjudicated (counted false).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

CATEGORIES = ["scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u00ad", "")).strip().lower()


def overlaps(quote: str, snippet: str) -> bool:
    a, b = squash(quote), squash(snippet)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 12 and match.size >= 0.5 * min(len(a), len(b))


def matches(finding: dict, label: dict) -> bool:
    if finding["category"] != label["category"] and finding["category"] not in label.get("accept", []):
        return False
    if label["quotes"]:
        return any(overlaps(loc["quote"], s) for loc in finding["locations"] for s in label["quotes"])
    docs = {loc["document"] for loc in finding["locations"]}
    return bool(docs) and docs <= set(label["documents"])


def load_adjudications(corpus: Path) -> dict[str, list[dict]]:
    """Verdicts of `adjudicated.jsonl` by dossier (empty when the corpus has none)."""
    path = corpus / "adjudicated.jsonl"
    by_dossier: dict[str, list[dict]] = defaultdict(list)
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                by_dossier[entry["dossier"]].append(entry)
    return by_dossier


def verdict(finding: dict, entries: list[dict]) -> str | None:
    """The adjudicated verdict of a false positive, or None when none applies."""
    for entry in entries:
        if entry["rule"] == finding["rule"] and any(
                overlaps(loc["quote"], quote) for loc in finding["locations"] for quote in entry["quotes"]):
            return entry["verdict"]
    return None


def run_panelproof(folder: Path) -> list[dict]:
    from panelproof.pipeline import run_check

    result = run_check([folder])
    return [f.as_dict() for f in result.findings]


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None or p + r == 0:
        return None if p is None or r is None else 0.0
    return round(2 * p * r / (p + r), 3)


def evaluate(corpus: Path) -> dict:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*/labels.json"))]
    adjudications = load_adjudications(corpus)
    stats = {c: {"labels": 0, "detected": 0, "findings": 0, "tp": 0, "fp": 0, "fp_real": 0}
             for c in CATEGORIES}
    per_defect: dict[str, dict] = defaultdict(lambda: {"labels": 0, "detected": 0})
    false_majors: list[dict] = []
    false_positives: list[dict] = []
    missed: list[dict] = []
    errors: list[dict] = []
    seconds = 0.0
    for record in records:
        folder = corpus / record["dossier"] / "dossier"
        start = time.perf_counter()
        try:
            findings = run_panelproof(folder)
        except Exception as exc:  # a crash is a result too: count the labels as missed
            errors.append({"dossier": record["dossier"], "error": repr(exc),
                           "trace": traceback.format_exc(limit=3)})
            findings = []
        seconds += time.perf_counter() - start
        labels = record["labels"]
        for finding in findings:
            cat = finding["category"]
            stats.setdefault(cat, {"labels": 0, "detected": 0, "findings": 0, "tp": 0, "fp": 0, "fp_real": 0})
            stats[cat]["findings"] += 1
            if any(matches(finding, lab) for lab in labels):
                stats[cat]["tp"] += 1
            else:
                stats[cat]["fp"] += 1
                judged = verdict(finding, adjudications.get(record["dossier"], []))
                if judged == "real":
                    stats[cat]["fp_real"] += 1
                false_positives.append({"dossier": record["dossier"], "rule": finding["rule"],
                                        "category": cat, "severity": finding["severity"],
                                        "message": finding["message"][:200],
                                        "quotes": [loc["quote"][:80] for loc in finding["locations"]],
                                        "adjudicated": judged})
            if record["clean"] and finding["severity"] in ("major", "critical"):
                false_majors.append({"dossier": record["dossier"], "rule": finding["rule"],
                                     "category": cat, "message": finding["message"][:200]})
        for lab in labels:
            cat = lab["category"]
            stats[cat]["labels"] += 1
            per_defect[lab["defect"]]["labels"] += 1
            hit = any(f["category"] == cat and matches(f, lab) for f in findings)
            if hit:
                stats[cat]["detected"] += 1
                per_defect[lab["defect"]]["detected"] += 1
            else:
                missed.append({"dossier": record["dossier"], "defect": lab["defect"],
                               "category": cat, "description": lab["description"]})
    table = {}
    for cat, s in stats.items():
        p, r = ratio(s["tp"], s["findings"]), ratio(s["detected"], s["labels"])
        table[cat] = {**s, "precision": p, "recall": r, "f1": f1(p, r),
                      "precision_adjudicated": ratio(s["tp"] + s["fp_real"], s["findings"])}
    total = {k: sum(s[k] for s in stats.values())
             for k in ("labels", "detected", "findings", "tp", "fp", "fp_real")}
    p, r = ratio(total["tp"], total["findings"]), ratio(total["detected"], total["labels"])
    total.update(precision=p, recall=r, f1=f1(p, r),
                 precision_adjudicated=ratio(total["tp"] + total["fp_real"], total["findings"]))
    clean = [r for r in records if r["clean"]]
    return {
        "corpus": str(corpus), "dossiers": len(records), "clean_dossiers": len(clean),
        "adjudicated": sum(len(v) for v in adjudications.values()),
        "seconds": round(seconds, 1), "per_category": table, "total": total,
        "per_defect": {k: {**v, "recall": ratio(v["detected"], v["labels"])} for k, v in sorted(per_defect.items())},
        "false_majors_on_clean": {"count": len(false_majors),
                                  "dossiers_affected": len({f["dossier"] for f in false_majors}),
                                  "examples": false_majors[:40]},
        "false_positives": false_positives[:200], "missed": missed, "errors": errors,
    }


def fmt(value) -> str:
    return "   -" if value is None else f"{value:.2f}"


def print_report(report: dict) -> None:
    print(f"corpus {report['corpus']}: {report['dossiers']} dossiers, {report['clean_dossiers']} clean, "
          f"panelproof {report['seconds']} s")
    adjudicated = report.get("adjudicated", 0) > 0
    extra = f" {'adj.':>5s}" if adjudicated else ""
    print(f"{'category':20s} {'labels':>6s} {'found':>6s} {'findings':>8s} {'TP':>5s} {'FP':>5s} "
          f"{'prec':>5s} {'recall':>6s} {'F1':>5s}{extra}")
    rows = [*report["per_category"].items(), ("ALL (micro)", report["total"])]
    for cat, s in rows:
        extra = f" {fmt(s['precision_adjudicated']):>5s}" if adjudicated else ""
        print(f"{cat:20s} {s['labels']:6d} {s['detected']:6d} {s['findings']:8d} {s['tp']:5d} {s['fp']:5d} "
              f"{fmt(s['precision']):>5s} {fmt(s['recall']):>6s} {fmt(s['f1']):>5s}{extra}")
    if adjudicated:
        print(f"adj.: precision counting the {report['total']['fp_real']} false positives an "
              f"independent reviewer judged real (adjudicated.jsonl: {report['adjudicated']} verdicts)")
    fm = report["false_majors_on_clean"]
    print(f"false majors on clean dossiers: {fm['count']} (in {fm['dossiers_affected']} of "
          f"{report['clean_dossiers']} clean dossiers)")
    print("\nrecall per planted defect type:")
    for name, s in report["per_defect"].items():
        print(f"  {name:28s} {s['detected']}/{s['labels']}")
    if report["errors"]:
        print(f"\n{len(report['errors'])} dossiers crashed, e.g. {report['errors'][0]['error']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("benchmarks/out/corpus"))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=45)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if not any(args.corpus.glob("*/labels.json")):
        from benchmarks.corpus.generate import generate

        generate(args.seed, args.corpus, args.count)
    report = evaluate(args.corpus)
    print_report(report)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

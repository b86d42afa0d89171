"""Speed and memory of `panelproof check` on large dossiers, against bare text extraction.

    python -m benchmarks.speed [--pages 250 500 1000] [--json benchmarks/out/speed.json] [--repeat 3]
                               [--profile] [--out benchmarks/out/speed]

For each size N it builds a dossier of about N pages: the seven usual documents of a generated
ventilator dossier plus a clinical-data annex of N/2 PDF pages and the same text again as a DOCX
annex (about N/2 pages of text). Pages are text-heavy: study appraisals written with the
corpus generator's wording, some tables.

Then, as whole subprocesses in the same run:
  * `panelproof check DIR --format json` (wall time, peak RSS of the process), and
  * a baseline process that only extracts the same text with pypdfium2 (every page's text
    range) and python-docx (paragraphs and table cells).
Each is run `--repeat` times (default 3), alternating, and reported by its median run.
ratio = panelproof wall time / baseline wall time (issue 4: <= 3 now, <= 1.5 as the goal;
peak memory <= 1 GiB; cost linear in pages). Peak RSS is `ru_maxrss` of the measured child,
taken by a small wrapper process so that each measurement has its own RUSAGE_CHILDREN.
`--profile` additionally runs `run_check` in-process under cProfile on the largest dossier
and prints the top functions by own time and by cumulative time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.corpus import phrasing as ph
from benchmarks.corpus.compose import elements, plan_dossier
from benchmarks.corpus.devices import DEVICE_BY_ID
from benchmarks.corpus.render import write

BASELINE = r"""
import sys
from pathlib import Path
import pypdfium2, docx
chars = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        for page in pdf:
            chars += len(page.get_textpage().get_text_range())
        pdf.close()
    elif path.suffix == ".docx":
        d = docx.Document(str(path))
        chars += sum(len(p.text) for p in d.paragraphs)
        for t in d.tables:
            for row in t.rows:
                chars += sum(len(c.text) for c in row.cells)
print(chars)
"""

MEASURE = r"""
import json, resource, subprocess, sys, time
start = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
wall = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"wall_s": wall, "peak_rss_mb": usage.ru_maxrss / 1024, "cpu_s": usage.ru_utime + usage.ru_stime,
                  "returncode": proc.returncode, "stderr": proc.stderr[-2000:]}))
"""


def appraisal_section(i: int, rng: random.Random, device, name: str) -> list[tuple]:
    """About half a page: one appraised study, worded like the corpus CERs."""
    study = rng.choice(device.studies)
    benefit, outcome = rng.choice(device.benefits)
    risk = rng.choice(device.residual_risks)["en"]
    pop = ph.population(device.groups, device.weight_min, device.age_min, device.age_max,
                        rng.random() < 0.5, "en", rng)
    n = rng.randint(20, 900)
    els: list[tuple] = [
        ("h", 2, f"{i}. Appraisal of study {i}: {study.title}"),
        ("p", f"The study enrolled {n} {study.population} treated in {study.setting} and followed them for "
              f"{study.follow_up}. The population overlaps the intended population of the {name} "
              f"({pop}); the setting corresponds to the intended use environment."),
        ("p", f"The primary outcome was {outcome}. The authors report that the device {benefit}, with a "
              f"confidence interval excluding the pre-specified margin. Loss to follow-up was "
              f"{rng.randint(1, 15)} %, and the risk of bias was judged {rng.choice(['low', 'moderate'])} "
              f"with the MDCG 2020-13 appraisal criteria (suitability {rng.randint(1, 3)}, "
              f"contribution {rng.randint(1, 3)})."),
        ("p", f"Adverse events included {risk} in {rng.randint(0, 12)} patients, all resolved without "
              f"sequelae; no device deficiency contributed to a serious incident. These results are "
              f"consistent with the residual risks listed in the risk management file and with the "
              f"state of the art described in the clinical evaluation report."),
    ]
    if i % 4 == 0:
        rows = [["Outcome", "Result", "Acceptance criterion", "Met"]]
        for _, o in device.benefits:
            rows.append([o, f"{rng.uniform(1, 90):.1f}", "non-inferior to the state of the art", "yes"])
        els.append(("table", rows))
    return els


def build_dossier(pages: int, folder: Path, seed: int = 11) -> dict:
    device = DEVICE_BY_ID["ventilator"]
    rng = random.Random(seed)
    plan = plan_dossier("speed", device, rng, "mixed")
    folder.mkdir(parents=True, exist_ok=True)
    for key, doc in plan.docs.items():
        write(elements(plan, key), folder / doc.filename, title=doc.filename)
    name = plan.docs["CER"].name
    # Half the pages as a PDF annex, the same text again as a DOCX annex; about 3.1 appraisals
    # fill one A4 page at 10 pt (measured with DejaVu Sans).
    sections = max(3, round(pages / 2 * 3.1))
    annex: list[tuple] = [("h", 0, "Clinical Evaluation Report - Annex B: appraisal of the clinical data"),
                          ("p", f"{name} - CER annex, revision 1")]
    for i in range(1, sections + 1):
        annex += appraisal_section(i, rng, device, name)
    write(annex, folder / "CER_annex_B_clinical_data.pdf", title="CER annex B")
    write(annex, folder / "CER_annex_C_clinical_data.docx", title="CER annex C")
    import pypdfium2

    pdf_pages = 0
    for path in folder.glob("*.pdf"):
        doc = pypdfium2.PdfDocument(str(path))
        pdf_pages += len(doc)
        doc.close()
    annex = pypdfium2.PdfDocument(str(folder / "CER_annex_B_clinical_data.pdf"))
    docx_equivalent = len(annex)  # the DOCX annex holds the same text as the PDF annex
    annex.close()
    return {"folder": str(folder), "pdf_pages": pdf_pages, "docx_page_equivalent": docx_equivalent,
            "total_pages": pdf_pages + docx_equivalent, "annex_sections": sections}


def measure(cmd: list[str], env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, "-c", MEASURE, *cmd], capture_output=True, text=True,
                         check=True, env=None if env is None else {**os.environ, **env})
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_size(pages: int, out: Path, repeat: int = 3) -> dict:
    folder = out / f"dossier_{pages}"
    start = time.perf_counter()
    info = build_dossier(pages, folder)
    info["build_s"] = round(time.perf_counter() - start, 1)
    command = ["panelproof", "check", str(folder), "--format", "json", "--output",
               str(out / f"report_{pages}.json"), "--fail-on", "never",
               "--timeout-per-document", "3600"]
    # Cold: no pattern cache (a first run on a machine). Warm: every later run, which finds the
    # vocabularies' compiled patterns in the cache (panelproof.regex_cache); the first measured
    # run fills it if needed and is not counted.
    cold = measure(command, env={"PANELPROOF_NO_CACHE": "1"})
    measure(command)
    # The baseline and the check alternate, `repeat` times each, and each is reported by its
    # median run: one run of either varies by about a tenth on a shared machine.
    baselines, checks = [], []
    for _ in range(repeat):
        baselines.append(measure([sys.executable, "-c", BASELINE, str(folder)]))
        checks.append(measure(command))
    baseline = _median_run(baselines)
    check = _median_run(checks)
    row = {"pages": pages, **info,
           "baseline_s": round(baseline["wall_s"], 2), "baseline_rss_mb": round(baseline["peak_rss_mb"]),
           "panelproof_s": round(check["wall_s"], 2), "panelproof_rss_mb": round(check["peak_rss_mb"]),
           "panelproof_cold_s": round(cold["wall_s"], 2),
           "ratio_cold": round(cold["wall_s"] / baseline["wall_s"], 2) if baseline["wall_s"] else None,
           "panelproof_rc": check["returncode"],
           "ratio": round(check["wall_s"] / baseline["wall_s"], 2) if baseline["wall_s"] else None}
    if check["returncode"] not in (0, 1):
        row["panelproof_stderr"] = check["stderr"]
    return row


def _median_run(runs: list[dict]) -> dict:
    """The run of median wall time (of an odd number of runs; the lower middle of an even one),
    with its own peak memory."""
    ordered = sorted(runs, key=lambda run: run["wall_s"])
    return {**ordered[(len(ordered) - 1) // 2],
            "peak_rss_mb": max(run["peak_rss_mb"] for run in runs)}


def profile(folder: Path, top: int = 10) -> dict:
    import cProfile
    import io
    import pstats

    from panelproof.pipeline import run_check

    profiler = cProfile.Profile()
    profiler.enable()
    run_check([folder])
    profiler.disable()
    result = {}
    for key in ("tottime", "cumulative"):
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats(key).print_stats(top if key == "tottime" else 25)
        result[key] = buffer.getvalue()
    return result


def compile_bytecode() -> None:
    """Write panelproof's bytecode, as `pip install` does for an installed package. A source
    checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from source
    on each run (about 0.5 s of CPU before any work), which no installed copy pays; pypdfium2 and
    python-docx, the baseline, are installed with their bytecode."""
    import compileall

    import panelproof

    compileall.compile_dir(str(Path(panelproof.__file__).parent), quiet=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="panelproof speed and memory benchmark")
    parser.add_argument("--pages", type=int, nargs="+", default=[250, 500, 1000])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out/speed"))
    parser.add_argument("--json", type=Path, default=Path("benchmarks/out/speed.json"))
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the baseline and of the check at each size (median reported)")
    args = parser.parse_args(argv)
    compile_bytecode()
    rows = []
    print(f"{'pages':>6s} {'total':>6s} {'extract s':>9s} {'check s':>8s} {'ratio':>6s} "
          f"{'cold s':>7s} {'ratio':>6s} {'RSS MB':>7s} {'extract RSS':>11s}")
    for pages in args.pages:
        row = run_size(pages, args.out, args.repeat)
        rows.append(row)
        print(f"{row['pages']:6d} {row['total_pages']:6d} {row['baseline_s']:9.2f} {row['panelproof_s']:8.2f} "
              f"{row['ratio'] or 0:6.2f} {row['panelproof_cold_s']:7.2f} {row['ratio_cold'] or 0:6.2f} "
              f"{row['panelproof_rss_mb']:7d} {row['baseline_rss_mb']:11d}"
              + ("" if row["panelproof_rc"] in (0, 1) else f"  (exit {row['panelproof_rc']})"), flush=True)
    report = {"rows": rows, "target_ratio": 3.0, "goal_ratio": 1.5, "memory_limit_mb": 1024}
    if args.profile:
        prof = profile(args.out / f"dossier_{max(args.pages)}")
        report["profile"] = prof
        print(prof["tottime"])
        print(prof["cumulative"])
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

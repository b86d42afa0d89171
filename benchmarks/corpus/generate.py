"""Generate the labelled corpus: `python -m benchmarks.corpus --seed 7 --out benchmarks/out/corpus`."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from benchmarks.corpus.compose import DossierPlan, elements, plan_dossier, title_of
from benchmarks.corpus.defects import DEFECTS
from benchmarks.corpus.devices import DEVICE_BY_ID, DEVICES
from benchmarks.corpus.render import write

# Defects that edit the same facts; at most one of each group per dossier keeps labels exact.
CONFLICTS = [
    {"population_bounds", "population_groups", "population_without_data", "implausible_parameter",
     "language_differs"},
    {"pmcf_contradicts_use", "pmcf_generic", "pmcf_tbd", "pmcf_no_sample_size"},
    {"no_contraindications", "contraindications_differ"},
    {"indications_differ", "language_differs"},
    {"follow_up_short", "population_without_data"},
    {"unsupported_claim", "follow_up_short"},
]


def _conflicts(name: str, chosen: list[str]) -> bool:
    return any(name in group and any(c in group for c in chosen) for group in CONFLICTS)


def _flat_text(els: list[tuple]) -> str:
    parts: list[str] = []
    for el in els:
        if el[0] == "h":
            parts.append(el[2])
        elif el[0] == "p":
            parts.append(el[1])
        elif el[0] == "ul":
            parts += el[1]
        elif el[0] == "table":
            parts += [" ".join(map(str, row)) for row in el[1]]
        elif el[0] == "fig":
            parts.append(el[3])
    return "\n".join(parts)


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower()


DEVICE_CYCLE = [d.id for d in DEVICES] + ["ventilator"]  # the article's case twice per cycle


def build_dossier(index: int, seed: int, clean: bool, counts: dict[str, int], fmt_mode: str) -> DossierPlan:
    """Plan one dossier; defective ones get 1-3 defects, the least planted applicable ones first."""
    rng = random.Random(f"{seed}:{index}")
    device = DEVICE_BY_ID[DEVICE_CYCLE[index % len(DEVICE_CYCLE)]]
    plan = plan_dossier(f"d{index:03d}_{device.id}", device, rng, fmt_mode)
    if clean:
        return plan
    wanted = rng.choice([1, 2, 2, 3])
    rank = {name: rng.random() for name in DEFECTS}
    chosen: list[str] = []
    for name in sorted(DEFECTS, key=lambda n: (counts[n], rank[n])):
        if len(chosen) >= wanted:
            break
        if _conflicts(name, chosen) or not DEFECTS[name](plan, rng):
            continue
        chosen.append(name)
        counts[name] += 1
    return plan


def write_dossier(plan: DossierPlan, folder: Path, seed: int) -> dict:
    """Documents go to `folder/dossier/`, the labels beside them to `folder/labels.json`."""
    docs_dir = folder / "dossier"
    docs_dir.mkdir(parents=True, exist_ok=True)
    texts: dict[str, str] = {}
    documents = {}
    for key, doc in plan.docs.items():
        els = elements(plan, key)
        texts[doc.filename] = squash(_flat_text(els))
        write(els, docs_dir / doc.filename, title=f"{title_of(doc)} — {doc.name}")
        documents[doc.filename] = {"role": {"PMCF": "PMCF-plan"}.get(doc.role, doc.role),
                                   "language": doc.lang}
    for lab in plan.labels:  # every snippet must be text we really wrote
        for quote in lab["quotes"]:
            if not any(squash(quote) in texts[d] for d in lab["documents"]):
                raise AssertionError(f"{plan.id}: snippet {quote!r} of {lab['defect']} not in {lab['documents']}")
    record = {"dossier": plan.id, "device": plan.device.id, "device_class": plan.device.device_class,
              "seed": seed, "clean": not plan.labels, "documents": documents, "labels": plan.labels}
    (folder / "labels.json").write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
    return record


def generate(seed: int, out: Path, count: int = 45, clean_share: float = 0.3,
             fmt_mode: str = "mixed") -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    order = random.Random(seed)
    counts = {name: 0 for name in DEFECTS}
    n_clean = max(1, round(count * clean_share))
    clean_slots = set(order.sample(range(count), n_clean))
    index = []
    for i in range(count):
        plan = build_dossier(i, seed, i in clean_slots, counts, fmt_mode)
        record = write_dossier(plan, out / plan.id, seed)
        index.append({"dossier": plan.id, "device": record["device"], "clean": record["clean"],
                      "defects": [lab["defect"] for lab in plan.labels]})
    (out / "index.json").write_text(json.dumps(index, indent=2), encoding="utf-8")
    return index

"""Build the bundled example dossiers under examples/ (committed together with their output).

    python examples/build_examples.py

`ventilator/` re-enacts the expert panel's opinion of 24 June 2025 on a ventilator (the seven
defects of ../shared/domain/README.md) plus a few more; `wound-ozone/` is a clean-ish dossier
of a portable ozone wound device with one minor template leftover. The documents are written
with the benchmark corpus generator (benchmarks/corpus), so their wording is that of the
corpus; what is planted is listed in examples/README.md and, machine-readably, in
examples/expected/<example>.json (kept outside the dossier folders so it is not read as a
document).
"""

from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.corpus.compose import DossierPlan, elements, plan_dossier, title_of  # noqa: E402
from benchmarks.corpus.defects import label  # noqa: E402
from benchmarks.corpus.devices import DEVICE_BY_ID, SETTING_WORDS  # noqa: E402
from benchmarks.corpus.render import write  # noqa: E402


def set_files(plan: DossierPlan, files: dict[str, str]) -> None:
    for key, filename in files.items():
        doc = plan.docs[key]
        doc.filename = filename
        doc.fmt = filename.rsplit(".", 1)[1]


def ventilator() -> DossierPlan:
    device = DEVICE_BY_ID["ventilator"]
    plan = plan_dossier("ventilator", device, random.Random(2025), "mixed", langs=("en", "fr"))
    set_files(plan, {"CEAR": "CEAR_AirVENT60_NB2696.docx", "CER": "CER_Vent2_rev3.pdf",
                     "CEP": "CEP_AirVENT60.docx", "PMCF": "PMCF_plan_AirVENT60.pdf",
                     "IFU_en": "IFU_AirVENT60_en.pdf", "IFU_fr": "IFU_AirVENT60_fr.docx",
                     "SSCP": "SSCP_AirVENT60.pdf"})
    docs = plan.docs
    cer, cear, pmcf = docs["CER"], docs["CEAR"], docs["PMCF"]
    for doc in docs.values():
        doc.name, doc.strict = "AirVENT60", True
        doc.params = [(p, 50 if p.id == "tidal_volume" else lo, hi) for p, lo, hi in doc.params]
        doc.reword()
    # 1. Two names: AirVENT60 in the CEAR (and elsewhere), Vent 2 in the CER.
    cer.name = "Vent 2"
    cer.claims = [c.replace("AirVENT60", "Vent 2") for c in cer.claims]
    label(plan, "name_differs", "device-identity", [cer, cear], ["Vent 2", "AirVENT60"],
          "The CER calls the device Vent 2, the CEAR and all other documents AirVENT60.")
    # 2. Population > 5 kg in the CEAR, > 1 kg in the CER, with 10 ml minimum tidal volume there.
    cer.weight_min = 1
    cer.params = [(p, 10 if p.id == "tidal_volume" else lo, hi) for p, lo, hi in cer.params]
    cer.reword(settings=False)
    label(plan, "population_bounds", "population", [cer, cear], [cer.population, cear.population],
          f"CER: '{cer.population}'; CEAR: '{cear.population}'.")
    label(plan, "implausible_parameter", "plausibility", [cear, cer],
          [cear.param_texts["tidal_volume"], cer.param_texts["tidal_volume"]],
          "A 50 ml minimum tidal volume is 10 ml/kg at 5 kg and 50 ml/kg at 1 kg; lung-protective "
          "ventilation uses 4-8 ml/kg.")
    label(plan, "specification_differs", "specification", [cer, docs["IFU_en"]],
          [cer.param_texts["tidal_volume"], docs["IFU_en"].param_texts["tidal_volume"]],
          "The CER gives a 10 ml minimum tidal volume, the IFU 50 ml.")
    # 3. The CEAR's intended use omits endotracheal intubation.
    cear.interfaces = [x for x in cear.interfaces if x[0] != "endotracheal_tube"]
    label(plan, "mode_of_use_missing", "intended-use", [cear, cer], ["an endotracheal tube"],
          "The CEAR lists mask and tracheostomy only; CER and IFU include endotracheal intubation.")
    # 4. Physiology red flag in the CEAR.
    cear.claims.append("The clinical data show that ventilation with AirVENT60 reduces intracranial "
                       "pressure in patients with traumatic brain injury.")
    label(plan, "physiology_claim", "claim", [cear], ["reduces intracranial pressure"],
          "Positive-pressure ventilation tends to raise intracranial pressure.")
    # 5. Unsafe oxygen instruction in the CER.
    cer.add("risks", device.unsafe_instruction)
    label(plan, "unsafe_instruction", "safety-instruction", [cer], [device.unsafe_instruction],
          "Cutting oxygen and ventilating without it before disconnection is unsafe.")
    # 6. PMCF with sleep-lab outpatients, excluding intubated and tracheostomised patients.
    sleep = SETTING_WORDS["sleep_lab"][0]["en"]
    pmcf.pmcf["inclusion"] = [f"outpatients followed {sleep}"]
    pmcf.pmcf["exclusion"] = ["patients who are intubated or tracheostomised"] + pmcf.pmcf["exclusion"]
    label(plan, "pmcf_contradicts_use", "pmcf", [pmcf],
          [f"outpatients followed {sleep}", "patients who are intubated or tracheostomised"],
          "The PMCF population contradicts a hospital-only device used with tubes.",
          accept=("care-setting", "population"))
    # 7. Poor figures: an illegible chart and a reference to a figure that does not exist.
    caption = "Figure 2: Oxygenation response by patient weight class"
    cer.figures.append({"num": 2, "pixels": (96, 54), "width_mm": 160, "caption": caption})
    cer.add("performance", "Figure 2 shows the oxygenation response by weight class.")
    label(plan, "low_res_figure", "documentation", [cer], [caption], "96x54 px shown 160 mm wide.")
    ifu = docs["IFU_en"]
    ifu.add("specs", "The pressure-volume loops are shown in Figure 6.")
    label(plan, "dangling_reference", "documentation", [ifu], ["Figure 6"], "The IFU has no Figure 6.")
    # More: language versions, SSCP, template leftovers, revision references.
    fr, en = docs["IFU_fr"], docs["IFU_en"]
    dropped = en.indications[-1]
    fr.indications = fr.indications[:-1]
    label(plan, "language_indications", "language", [fr, en], [dropped],
          "The French IFU omits post-operative respiratory insufficiency.", accept=("intended-use",))
    sscp = docs["SSCP"]
    missing = sscp.risks.pop(1)
    label(plan, "sscp_missing_risks", "safety-instruction", [sscp, en], [missing],
          f"The SSCP omits the IFU's residual risk '{missing}'.", accept=("documentation", "intended-use"))
    docs["CEP"].add("plan", "The literature search was performed on [Insert literature search date].")
    label(plan, "placeholders", "template", [docs["CEP"]], ["[Insert literature search date]"],
          "Unfilled template placeholder in the CEP.")
    cer.revision = 3  # as its file name says
    for ref in cear.doc_refs:
        if ref[1] == cer.number:
            ref[2] = 2
    label(plan, "wrong_revision", "documentation", [cear, cer], [cer.number],
          "The CEAR assessed CER revision 2; the CER provided is revision 3.")
    return plan


def wound_ozone() -> DossierPlan:
    device = DEVICE_BY_ID["wound_ozone"]
    plan = plan_dossier("wound-ozone", device, random.Random(77), "mixed", langs=("en", "de"))
    set_files(plan, {"CEAR": "CEAR_OzoHeal.docx", "CER": "CER_OzoHeal.pdf", "CEP": "CEP_OzoHeal.docx",
                     "PMCF": "PMCF_plan_OzoHeal.pdf", "IFU_en": "IFU_OzoHeal_en.pdf",
                     "IFU_de": "Gebrauchsanweisung_OzoHeal_de.docx", "SSCP": "SSCP_OzoHeal.pdf"})
    for doc in plan.docs.values():
        doc.name = "OzoHeal"
        doc.reword()
    pmcf = plan.docs["PMCF"]
    pmcf.pmcf["timeline"] = pmcf.pmcf["timeline"] + " Name of the coordinating investigator: TBD."
    label(plan, "placeholders", "template", [pmcf], ["TBD"], "A TBD left in the PMCF timeline.",
          accept=("pmcf",))
    return plan


def build(plan: DossierPlan, folder: Path, core_fonts: bool = False) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for key, doc in plan.docs.items():
        write(elements(plan, key), folder / doc.filename, title=f"{title_of(doc)} — {doc.name}",
              core_fonts=core_fonts)
    device = plan.device
    (folder / "dossier.yaml").write_text(
        f"# Optional: what panelproof would otherwise infer. No aliases are declared on purpose.\n"
        f"device: {{class: {device.device_class}, type: {device.id}}}\n", encoding="utf-8")
    expected = HERE / "expected" / f"{folder.name}.json"
    expected.parent.mkdir(exist_ok=True)
    expected.write_text(json.dumps({"dossier": folder.name, "labels": plan.labels}, indent=2,
                                   ensure_ascii=False) + "\n", encoding="utf-8")


def main() -> None:
    build(ventilator(), HERE / "ventilator")
    # Core PDF fonts keep the second example small (its text is latin-1 after substitution).
    build(wound_ozone(), HERE / "wound-ozone", core_fonts=True)
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file())
    print(f"examples written, {size / 1024:.0f} KB in total")


if __name__ == "__main__":
    main()

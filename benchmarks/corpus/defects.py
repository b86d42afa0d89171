"""Planted defects: each mutates a `DossierPlan` and records what it planted as labels.

A label is what a panel reviewer would write down: the output-contract category, the
documents involved and verbatim snippets a finding's quotes should contain. `accept` lists
other categories under which a finding on the same snippets is also right (a French IFU that
drops an indication is a `language` defect, but an `intended-use` finding on it is not wrong).
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Callable

from benchmarks.corpus import phrasing as ph
from benchmarks.corpus.compose import DocPlan, DossierPlan
from benchmarks.corpus.devices import SETTING_WORDS, Study


# The rule code expected to report each defect (panelproof's catalogue, issue 3); scoring uses
# only category and quotes, so a renamed code does not break the benchmark.
EXPECTED_RULE = {
    "name_differs": "ID001", "udi_differs": "ID002", "population_bounds": "PO001",
    "population_groups": "PO002", "implausible_parameter": "PL001", "mode_of_use_missing": "IU003",
    "indications_differ": "IU001", "contraindications_differ": "IU002",
    "language_indications": "LA001", "language_population": "LA001", "care_setting": "CS001",
    "specification_differs": "SP001", "sscp_missing_risks": "SS001", "physiology_claim": "CL003",
    "absolute_claim": "CL002", "unsupported_claim": "CL001", "unsafe_instruction": "SI001",
    "no_contraindications": "SI002", "irrelevant_evidence": "EV001",
    "population_without_data": "EV002", "follow_up_short": "EV003", "cep_outcome_missing": "EV004",
    "equivalence_competitor": "EV005", "pmcf_contradicts_use": "PM001",
    "pmcf_excludes_intended_patients": "PM001", "pmcf_generic": "PM002", "pmcf_no_sample_size": "PM003", "pmcf_tbd": "PM004", "placeholders": "TP001",
    "low_res_figure": "DC001", "dangling_reference": "DC002", "wrong_revision": "DC004",
}


def label(plan: DossierPlan, defect: str, category: str, docs: list[DocPlan], quotes: list[str],
          description: str, accept: tuple = (), rule: str | None = None) -> None:
    plan.labels.append({"defect": defect, "category": category,
                        "rule": rule or EXPECTED_RULE.get(defect),
                        "documents": sorted({d.filename for d in docs}),
                        "quotes": [q for q in quotes if q], "description": description,
                        "accept": list(accept)})


def en_docs(plan: DossierPlan, *roles: str) -> list[DocPlan]:
    return [d for d in plan.docs.values() if d.lang == "en" and (not roles or d.role in roles)]


def other_than(plan: DossierPlan, doc: DocPlan) -> list[DocPlan]:
    return [d for d in plan.docs.values() if d is not doc]


def _pick(plan, rng, roles):
    return plan.docs[rng.choice(roles)]


# --------------------------------------------------------------------------- identity

def name_differs(plan, rng):
    doc = _pick(plan, rng, ["CEAR", "CER", "SSCP", "PMCF"])
    original = doc.name
    doc.name = plan.device.names[1] if original != plan.device.names[1] else plan.device.names[3]
    ref = plan.docs["CER" if doc.role != "CER" else "CEAR"]
    label(plan, "name_differs", "device-identity", [doc, ref], [doc.name, original],
          f"{doc.role} calls the device '{doc.name}', the other documents '{original}'.")
    return True


def udi_differs(plan, rng):
    doc = _pick(plan, rng, ["CEAR", "SSCP", "IFU_en", "CER"])
    original = doc.udi
    doc.udi = original[:-3] + str((int(original[-3:]) + 7) % 1000).zfill(3)
    ref = plan.docs["CER" if doc.role != "CER" else "CEAR"]
    label(plan, "udi_differs", "device-identity", [doc, ref], [doc.udi, original],
          f"{doc.role} gives Basic UDI-DI {doc.udi}, the others {original}.")
    return True


# --------------------------------------------------------------------------- population

def population_bounds(plan, rng):
    dev = plan.device
    doc = _pick(plan, rng, ["CER", "CEAR", "SSCP", "IFU_en"])
    ref = plan.docs["CEAR" if doc.role != "CEAR" else "CER"]
    if dev.weight_min is not None:
        doc.weight_min = {5: 1, 10: 3, 30: 20}.get(dev.weight_min, dev.weight_min / 2)
    elif dev.age_max is not None:
        doc.age_max = dev.age_max + 10
    else:
        doc.age_min = {18: 21, 7: 4, 65: 60}.get(dev.age_min, dev.age_min + 3)
    doc.reword(settings=False, params=False)
    label(plan, "population_bounds", "population", [doc, ref], [doc.population, ref.population],
          f"{doc.role} states '{doc.population}', {ref.role} '{ref.population}'.")
    if dev.id == "ventilator" and doc.weight_min is not None and doc.weight_min < dev.weight_min:
        tv = doc.param_texts["tidal_volume"]
        label(plan, "implausible_parameter", "plausibility", [doc], [doc.population, tv],
              f"Minimum tidal volume ({tv}) is far above 4-8 ml/kg for a {doc.weight_min} kg patient.")
    return True


def population_groups(plan, rng):
    dev = plan.device
    doc = _pick(plan, rng, ["CER", "CEAR", "SSCP", "IFU_en", "CEP"])
    ref = plan.docs["CEAR" if doc.role != "CEAR" else "CER"]
    if "paediatric" in dev.groups or "children" in dev.groups:
        doc.groups = tuple(g for g in dev.groups if g not in ("paediatric", "children")) or ("adults",)
    else:
        doc.groups = ("adolescents",) + tuple(dev.groups)
    doc.reword(settings=False, params=False)
    label(plan, "population_groups", "population", [doc, ref], [doc.population, ref.population],
          f"{doc.role} names the groups '{ph.groups(doc.groups, 'en')}', other documents "
          f"'{ph.groups(dev.groups, 'en')}'.", accept=("evidence",))
    return True


def implausible_parameter(plan, rng):
    if plan.device.id != "ventilator":
        return False
    for doc in plan.docs.values():
        doc.params = [(p, 50 if p.id == "tidal_volume" else lo, hi) for p, lo, hi in doc.params]
        doc.reword(population=False, settings=False)
    cer = plan.docs["CER"]
    label(plan, "implausible_parameter", "plausibility", [cer], [cer.param_texts["tidal_volume"], cer.population],
          "Minimum tidal volume 50 ml is 10 ml/kg at 5 kg, above the 4-8 ml/kg lung-protective range.")
    return True


# --------------------------------------------------------------------------- intended use

def mode_of_use_missing(plan, rng):
    if len(plan.device.interfaces) < 2:
        return False
    cear, cer = plan.docs["CEAR"], plan.docs["CER"]
    drop = 1 if plan.device.id == "ventilator" else len(cear.interfaces) - 1
    dropped = cer.interfaces[drop][1]
    cear.interfaces = [x for i, x in enumerate(cear.interfaces) if i != drop]
    label(plan, "mode_of_use_missing", "intended-use", [cear, cer], [dropped],
          f"The CEAR's intended use omits {dropped}, which the CER and IFU include.")
    return True


def indications_differ(plan, rng):
    doc = _pick(plan, rng, ["SSCP", "CEAR", "IFU_en", "CER"])
    ref = plan.docs["CER" if doc.role != "CER" else "IFU_en"]
    if len(doc.indications) < 2:
        return False
    dropped = doc.indications.pop()
    label(plan, "indications_differ", "intended-use", [doc, ref], [dropped],
          f"{doc.role} omits the indication '{dropped}'.")
    return True


def contraindications_differ(plan, rng):
    doc = _pick(plan, rng, ["SSCP", "IFU_en", "CEAR"])
    ref = plan.docs["CER"]
    if not doc.contraindications or len(doc.contraindications) < 2:
        return False
    dropped = doc.contraindications.pop(0)
    label(plan, "contraindications_differ", "intended-use", [doc, ref], [dropped],
          f"{doc.role} omits the contraindication '{dropped}'.")
    return True


def language_differs(plan, rng):
    foreign = [k for k in plan.ifus() if not k.endswith("_en")]
    doc = plan.docs[rng.choice(foreign)]
    en = plan.docs["IFU_en"]
    if rng.random() < 0.6 and len(doc.indications) > 1:
        dropped = en.indications[-1]
        doc.indications.pop()
        label(plan, "language_indications", "language", [doc, en], [dropped],
              f"The {doc.lang} IFU omits the indication '{dropped}' of the English IFU.",
              accept=("intended-use",))
    else:
        dev = plan.device
        if dev.weight_min is not None:
            doc.weight_min = dev.weight_min * 2
        elif dev.age_max is not None:
            doc.age_max = dev.age_max - 5
        else:
            doc.age_min = dev.age_min + 2
        doc.reword(settings=False, params=False)
        label(plan, "language_population", "language", [doc, en], [doc.population, en.population],
              f"The {doc.lang} IFU states '{doc.population}', the English IFU '{en.population}'.",
              accept=("population",))
    return True


def care_setting(plan, rng):
    extra = plan.device.extra_setting
    doc = _pick(plan, rng, ["IFU_en", "SSCP", "CER"])
    ref = plan.docs["CEAR"]
    if extra in doc.settings:
        return False
    doc.settings = list(doc.settings) + [extra]
    doc.reword(population=False, params=False)
    label(plan, "care_setting", "care-setting", [doc, ref], [doc.settings_text],
          f"{doc.role} adds the setting '{extra}' to {ref.settings_text}.")
    return True


def specification_differs(plan, rng):
    known = [p for p in plan.device.params if p.known]
    if not known:
        return False
    param = rng.choice(known)
    doc = _pick(plan, rng, ["IFU_en", "SSCP", "CER", "CEAR"])
    if param.id not in doc.param_texts:
        return False
    ref = plan.docs["IFU_en" if doc.role != "IFU" else "CER"]
    doc.params = [(p, lo, (round(hi * 1.5, 3) if p is param else hi)) for p, lo, hi in doc.params]
    doc.reword(population=False, settings=False)
    if doc.role in ("SSCP", "CEAR"):  # these documents have no specification section by default
        doc.add("ident", f"{param.label['en']}: {doc.param_texts[param.id]}.")
    label(plan, "specification_differs", "specification", [doc, ref],
          [doc.param_texts[param.id], ref.param_texts[param.id]],
          f"{param.label['en']} is {doc.param_texts[param.id]} in the {doc.role}, "
          f"{ref.param_texts[param.id]} in the {ref.role}.")
    return True


def sscp_missing_risks(plan, rng):
    sscp, ifu = plan.docs["SSCP"], plan.docs["IFU_en"]
    dropped = sscp.risks.pop(rng.randrange(len(sscp.risks)))
    label(plan, "sscp_missing_risks", "documentation", [sscp, ifu], [dropped],
          f"The SSCP does not list the residual risk '{dropped}' that the IFU lists.",
          accept=("safety-instruction", "intended-use"))
    return True


# --------------------------------------------------------------------------- claims & safety

def physiology_claim(plan, rng):
    claim = plan.device.red_flag_claim
    if not claim:
        return False
    doc = _pick(plan, rng, ["CEAR", "CER"])
    text = claim.format(name=doc.name)
    doc.claims.append(text)
    label(plan, "physiology_claim", "claim", [doc], ["reduces intracranial pressure"],
          "Claim contrary to physiology: positive-pressure ventilation tends to raise intracranial pressure.")
    return True


ABSOLUTE = ["{name} is completely safe and has no side effects.",
            "{name} eliminates 99.9 % of complications.",
            "{name} works twice as fast as any conventional device.",
            "{name} is suitable for all patients without exception."]


def absolute_claim(plan, rng):
    doc = _pick(plan, rng, ["IFU_en", "SSCP", "CER"])
    text = rng.choice(ABSOLUTE).format(name=doc.name)
    if doc.role == "CER":
        doc.claims.append(text)
    else:
        doc.add("purpose", text)
    label(plan, "absolute_claim", "claim", [doc], [text], "Absolute or superlative claim.")
    return True


UNSUPPORTED = ["In addition, {name} shortens the length of hospital stay by 3 days.",
               "Moreover, {name} reduces overall treatment costs by 30 %.",
               "{name} also improves long-term quality of life by 25 % compared with standard care."]


def unsupported_claim(plan, rng):
    cer = plan.docs["CER"]
    text = rng.choice(UNSUPPORTED).format(name=cer.name)
    cer.claims.append(text)
    label(plan, "unsupported_claim", "claim", [cer], [text],
          "Benefit claim without citation and without data in the CER.")
    return True


def unsafe_instruction(plan, rng):
    text = plan.device.unsafe_instruction
    if not text:
        return False
    doc = _pick(plan, rng, ["CER", "IFU_en"])
    doc.add("operation" if doc.role == "IFU" else "risks", text)
    label(plan, "unsafe_instruction", "safety-instruction", [doc], [text],
          "Instruction interrupts or degrades life-sustaining therapy / contradicts warnings.")
    return True


NO_CONTRA = ["There are no known contraindications.", "None known.",
             "No contraindications have been identified for this device."]


def no_contraindications(plan, rng):
    dev = plan.device
    if not (dev.device_class == "III" or dev.id in ("ventilator", "infusion_pump", "dialysis")):
        return False
    text = rng.choice(NO_CONTRA)
    for doc in plan.docs.values():
        doc.contraindications = None
        doc.no_contra_text = {"en": text, "fr": "Aucune contre-indication connue.",
                              "de": "Es sind keine Kontraindikationen bekannt."}[doc.lang]
    docs = list(plan.docs.values())
    label(plan, "no_contraindications", "safety-instruction", docs,
          sorted({d.no_contra_text for d in docs}),
          "'No contraindications' is not credible for a high-risk device.", accept=("intended-use",))
    return True


# --------------------------------------------------------------------------- evidence

def irrelevant_evidence(plan, rng):
    study = plan.device.irrelevant_study
    cer = plan.docs["CER"]
    cer.studies.append(study)
    n = len(cer.studies)
    cer.claims.append(f"Further support for the clinical benefit comes from study [{n}].")
    label(plan, "irrelevant_evidence", "evidence", [cer], [study.title],
          f"Study '{study.title}' ({study.population}, {study.setting}) is unrelated to the device's use.")
    return True


def population_without_data(plan, rng):
    dev = plan.device
    cer = plan.docs["CER"]
    adult = [s for s in cer.studies if set(s.groups) <= {"adults", "elderly"}]
    if len(adult) < len(cer.studies) and adult:
        for doc in plan.docs.values():
            doc.studies = list(adult)
        quotes = [cer.population]
        desc = "Children are in the intended population but every retained study is in adults."
    elif dev.groups == ("adults",) and dev.age_min == 18:
        for doc in plan.docs.values():
            doc.groups = ("adolescents", "adults")
            doc.age_min = 12
            doc.reword(settings=False, params=False)
        quotes = [cer.population, plan.docs["CEAR"].population]
        desc = "Adolescents from 12 years are in the intended population; all studies are in adults."
    else:
        return False
    label(plan, "population_without_data", "evidence", [cer, plan.docs["CEAR"]], quotes, desc)
    return True


def follow_up_short(plan, rng):
    claim = plan.device.long_term_claim
    if not claim:
        return False
    cer = plan.docs["CER"]
    for doc in plan.docs.values():
        doc.studies = [replace(s, follow_up=rng.choice(["6 months", "12 months", "3 months"])) for s in doc.studies]
    text = f"The data demonstrate that {cer.name} {claim} [1]."
    cer.claims.append(text)
    label(plan, "follow_up_short", "evidence", [cer], [text],
          "Long-term claim resting on studies with at most 12 months of follow-up.", accept=("claim",))
    return True


CEP_EXTRA = ["health-related quality of life (EQ-5D) at 12 months", "patient-reported satisfaction at 6 months",
             "time to return to normal activities"]


def cep_outcome_missing(plan, rng):
    cep = plan.docs["CEP"]
    extra = rng.choice(CEP_EXTRA)
    cep.outcomes.append(extra)
    label(plan, "cep_outcome_missing", "evidence", [cep, plan.docs["CER"]], [extra],
          f"The CEP outcome parameter '{extra}' is never reported in the CER.")
    return True


def equivalence_competitor(plan, rng):
    dev = plan.device
    if not (dev.implantable or dev.device_class == "III"):
        return False
    cer = plan.docs["CER"]
    cer.equivalence = (f"Clinical equivalence is claimed to {dev.competitor}, which has the same technical, "
                       f"biological and clinical characteristics; clinical data of that device are used to "
                       f"demonstrate conformity.")
    label(plan, "equivalence_competitor", "evidence", [cer], [dev.competitor],
          "Equivalence to another manufacturer's implantable/class III device without a contract (Art. 61(5)).")
    return True


# --------------------------------------------------------------------------- PMCF

def pmcf_contradicts_use(plan, rng):
    pmcf = plan.docs["PMCF"]
    dev = plan.device
    # Two defects, as reviewers file them: recruiting in another setting is a care-setting
    # finding; excluding patients the device is intended for is a PMCF one.
    excl = None
    if dev.id == "ventilator":
        setting = rng.choice(SETTING_WORDS["sleep_lab"])["en"]
        text = f"outpatients followed {setting}"
        excl = "patients who are intubated or tracheostomised"
    else:
        extra = dev.extra_setting if dev.extra_setting not in dev.settings else "home"
        setting = rng.choice(SETTING_WORDS[extra])["en"]
        text = f"patients treated {setting}"
        if len(dev.groups) > 1:
            excl = f"{ph.groups(dev.groups[:1], 'en')}"
    pmcf.pmcf["inclusion"] = [text]
    label(plan, "pmcf_contradicts_use", "care-setting", [pmcf], [text],
          "The PMCF plan recruits in a setting the intended use does not include.",
          accept=("pmcf",))
    if excl is not None:
        pmcf.pmcf["exclusion"] = [excl] + pmcf.pmcf["exclusion"]
        label(plan, "pmcf_excludes_intended_patients", "pmcf", [pmcf], [excl],
              "The PMCF plan excludes patients the device is intended for.",
              accept=("population",))
    return True


def pmcf_generic(plan, rng):
    pmcf = plan.docs["PMCF"]
    text = rng.choice(["The objective of the PMCF is to confirm the safety and performance of the device.",
                       "The PMCF aims to confirm the safety and performance of the device throughout its lifetime."])
    pmcf.pmcf["objectives"] = [text]
    pmcf.pmcf["endpoints"] = ["safety and performance"]
    label(plan, "pmcf_generic", "pmcf", [pmcf], [text], "Generic PMCF objective not linked to residual risks.")
    return True


def pmcf_tbd(plan, rng):
    pmcf = plan.docs["PMCF"]
    text = "A patient satisfaction survey will be conducted; its details will be defined later."
    pmcf.pmcf["design"] = text
    pmcf.pmcf["sample_size"] = ""
    label(plan, "pmcf_tbd", "pmcf", [pmcf], [text], "Survey-only PMCF, to be defined later.")
    return True


def pmcf_no_sample_size(plan, rng):
    pmcf = plan.docs["PMCF"]
    pmcf.pmcf["sample_size"] = ""
    pmcf.pmcf["design"] = ("Prospective multicentre registry; all patients treated in participating centres "
                           "will be invited.")
    label(plan, "pmcf_no_sample_size", "pmcf", [pmcf], [],
          "The PMCF plan gives no sample size and no rationale for it.")
    return True


# --------------------------------------------------------------------------- documentation

PLACEHOLDERS = ["[Insert literature search date]", "TBD", "XXX", "[Insert device name]", "to be completed"]


def placeholders(plan, rng):
    doc = _pick(plan, rng, ["CER", "CEP", "PMCF", "SSCP"])
    ph_text = rng.choice(PLACEHOLDERS)
    sentence = {"[Insert literature search date]": "The literature search was performed on [Insert literature search date].",
                "TBD": "Responsible clinical investigator: TBD.",
                "XXX": "The number of complaints received in 2024 was XXX.",
                "[Insert device name]": "The [Insert device name] is supplied sterile.",
                "to be completed": "Summary of the vigilance data: to be completed."}[ph_text]
    doc.add("ident", sentence)
    label(plan, "placeholders", "template", [doc], [ph_text], "Unfilled template placeholder.",
          accept=("pmcf",) if doc.role == "PMCF" else ())
    return True


def low_res_figure(plan, rng):
    cer = plan.docs["CER"]
    caption = "Figure 2: Kaplan-Meier estimate of event-free survival"
    cer.figures.append({"num": 2, "pixels": (90, 50), "width_mm": 160, "caption": caption})
    cer.add("performance", "Figure 2 shows event-free survival over the follow-up period.")
    label(plan, "low_res_figure", "documentation", [cer], [caption],
          "A 90x50 px image displayed 160 mm wide (about 14 dpi).")
    return True


def dangling_reference(plan, rng):
    doc = _pick(plan, rng, ["CER", "IFU_en", "CEAR"])
    ref = rng.choice(["Figure 7", "Table 9", "Figure 5"])
    text = f"The calibration results are shown in {ref}."
    doc.add("specs" if doc.role != "CEAR" else "assessment", text)
    label(plan, "dangling_reference", "documentation", [doc], [ref], f"{ref} does not exist in the document.")
    return True


def wrong_revision(plan, rng):
    cear = plan.docs["CEAR"]
    i = rng.randrange(len(cear.doc_refs))
    title, number, rev = cear.doc_refs[i]
    wrong = rev + 1 if rev < 5 else rev - 1
    cear.doc_refs[i] = [title, number, wrong]
    target = next(d for d in plan.docs.values() if d.number == number)
    label(plan, "wrong_revision", "documentation", [cear, target], [number],
          f"The CEAR assesses {title} {number} Rev. {wrong:02d}; the document provided is revision {rev}.")
    return True


DEFECTS: dict[str, Callable[[DossierPlan, random.Random], bool]] = {
    f.__name__: f for f in [
        name_differs, udi_differs, population_bounds, population_groups, implausible_parameter,
        mode_of_use_missing, indications_differ, contraindications_differ, language_differs,
        care_setting, specification_differs, sscp_missing_risks, physiology_claim, absolute_claim,
        unsupported_claim, unsafe_instruction, no_contraindications, irrelevant_evidence,
        population_without_data, follow_up_short, cep_outcome_missing, equivalence_competitor,
        pmcf_contradicts_use, pmcf_generic, pmcf_tbd, pmcf_no_sample_size, placeholders,
        low_res_figure, dangling_reference, wrong_revision,
    ]
}

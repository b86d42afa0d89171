"""ak06 – cranial electrotherapy stimulator (CES) for anxiety and insomnia, home use. Class IIa (Rule 9):
CECP not required. Planted: IFUs admit adolescents from 16 years (population); cortisol/cure claim
(claim); Slovenian IFU drops the implanted-electronics contraindication (language); PMCF only in
inpatient wards (pmcf)."""
import common as C

NAME = "SereniWave CES-2 cranial electrotherapy stimulator"
D = dict(
    dossier="ak06_cesstimulator",
    device="SereniWave CES-2 – ear-clip cranial electrotherapy stimulator for anxiety and insomnia, home use",
    cls_label="IIa", cls="IIa", rule="Annex VIII, Rule 9 (active therapeutic device administering energy)",
    company="Neuroquiet NV", addr="Gaston Geenslaan 1, 3001 Leuven, Belgium", srn="BE-MF-000057731",
    name=NAME, model="CES-2", udi="5410399CES2NQ00TZ",
    abbr_sentence=("The device delivers cranial electrotherapy stimulation (CES) to patients with generalised "
                   "anxiety disorder (GAD) or with anxiety symptoms and with chronic insomnia disorder (CID); "
                   "the Hamilton Anxiety Rating Scale (HAM-A) and the Insomnia Severity Index (ISI) are referred "
                   "to as such."),
    cecp_text=("As a class IIa active device which neither administers nor removes medicinal products, the "
               "device is outside the scope of Article 54(1) MDR; the clinical evaluation consultation "
               "procedure (CECP) is not applicable."),
    purpose=("The SereniWave CES-2 is intended for the symptomatic treatment of anxiety and of insomnia by "
             "the application of low-intensity alternating microcurrent via ear-clip electrodes, used by the "
             "patient at home after prescription and instruction by a physician."),
    population="adults aged 18 to 65 years with GAD, anxiety symptoms (HAM-A ≥ 14) or CID.",
    indications=["Generalised anxiety disorder or anxiety symptoms (HAM-A ≥ 14), as adjunct to or instead of pharmacotherapy",
                 "Chronic insomnia disorder (DSM-5), as adjunct to cognitive behavioural therapy for insomnia (CBT-I)"],
    contraindications=["Implanted electronic devices (pacemaker, implantable cardioverter-defibrillator, neurostimulator, cochlear implant)",
                       "Epilepsy or history of seizures", "Pregnancy", "Acute suicidality or psychotic disorder"],
    users="lay users (patients) at home, after instruction by the prescribing physician.",
    description=[
        "The CES-2 consists of a battery-powered stimulator (two AA cells) with a constant-current output stage, "
        "a display and three keys, and of a pair of ear-clip electrodes with felt pads moistened with a "
        "conductive solution; a biphasic, asymmetric rectangular waveform at 0.5 Hz is delivered, the current "
        "being selectable by the patient in 10 steps.",
        "A treatment session lasts 20, 40 or 60 min (default 40 min) once daily; a dose logger records the "
        "sessions, which can be read by the physician at follow-up visits."],
    spec_caption="Table 1. Output characteristics",
    specs=[["Output current", "10 to 500 µA (0.01 to 0.5 mA) in 10 steps"],
           ["Frequency", "0.5 Hz"], ["Waveform", "biphasic, asymmetric rectangular, 50% duty cycle"],
           ["Session duration", "20, 40 or 60 min, automatic shut-off"],
           ["Power supply", "2 × AA, 1.5 V"]],
    spec_notes=["Output specified into a 1 kΩ load, tolerance ±10%."],
    sota=[
        "GAD has a 12-month prevalence of 1.7% to 3.4% in European adults [1]; first-line treatments are "
        "cognitive behavioural therapy (CBT) and selective serotonin reuptake inhibitors (SSRIs). For CID, "
        "CBT-I is the first-line treatment according to the European Insomnia Guideline [2].",
        "CES has been studied in small randomised sham-controlled trials with heterogeneous results; a "
        "systematic review found a modest reduction of anxiety versus sham (standardised mean difference "
        "−0.39, 95% CI −0.72 to −0.06) with low certainty of evidence, and insufficient evidence for "
        "insomnia [3]."],
    search_date="25 November 2024", search_n=(529, 401, 10),
    lit=[["[3]", "Systematic review", "1 021", "Anxiety, insomnia, adults", "1 to 5 wk", "SMD −0.39 anxiety; insomnia inconclusive"],
         ["[4]", "RCT, sham", "115", "GAD, 18 to 65 years", "5 wk", "HAM-A −6.1 vs −3.4"],
         ["[5]", "RCT, sham", "60", "Insomnia, adults", "4 wk", "ISI −3.2 vs −2.5 (n.s.)"],
         ["NQ-01", "RCT, sham, own device", "128", "GAD, 18 to 65 years", "6 wk", "HAM-A −7.4 ± 5.1 vs −4.2 ± 5.6"]],
    lit_notes=["wk, weeks; SMD, standardised mean difference; n.s., not significant."],
    clin=["The randomised, sham-controlled, double-blind study NQ-01 included 128 adults aged 18 to 65 years "
          "with GAD (mean HAM-A 22.4 ± 4.6); after 6 weeks of daily 40-min sessions at home, HAM-A decreased "
          "by 7.4 ± 5.1 points with active CES and by 4.2 ± 5.6 points with sham (difference 3.2, 95% CI 1.3 "
          "to 5.1). The ISI was a secondary endpoint in the 41 patients with comorbid insomnia.",
          "Adverse events were mild: earlobe skin irritation (9%), headache (5%) and dizziness (3%)."],
    equiv="No equivalence is claimed.",
    safety=[["Skin irritation at electrodes", "6 of 64 (9%)", "5% to 12% [3]"],
            ["Headache", "3 of 64 (5%)", "2% to 8% [3]"],
            ["Dizziness", "2 of 64 (3%)", "1% to 5% [3]"]],
    risks=["skin irritation", "headache", "dizziness", "interference with implanted electronic devices"],
    performance=["The clinical benefit is a reduction of anxiety symptoms (HAM-A) and of insomnia severity (ISI). "
                 "Moreover, daily CES normalises the cortisol levels and cures generalised anxiety disorder within "
                 "three weeks, so that anxiolytic medication can be discontinued."],
    br="The benefit-risk ratio is favourable given the mild adverse event profile.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for adults aged 18 to 65 years.",
    pmcf_summary="A prospective PMCF study (NQ-PMCF-006) is planned.",
    cer_authors="Prof. dr. W. Claes (psychiatrist, PhD), dr. F. Hermans (PhD, neuroscience), E. Goossens (MSc, regulatory affairs)",
    cep_ref="NQ-CEP-006 v1.0",
    benefits=[["Reduction of anxiety", "HAM-A change at 6 weeks vs sham", "Difference ≥ 2.5 points"],
              ["Reduction of insomnia severity", "ISI change at 6 weeks", "Difference vs sham ≥ 3 points"],
              ["Safety", "Serious adverse device effects", "0"]],
    devplan="The RCT NQ-01 (completed) constitutes the pivotal evidence; PMCF to follow.",
    pico=("adults with GAD or CID", "CES at home", "sham, CBT, SSRIs, CBT-I", "HAM-A, ISI, adverse events"),
    br_criteria="All acceptance criteria of Table 1.",
    refs=["[1] Wittchen HU et al. Eur Neuropsychopharmacol 2011;21:655-79.",
          "[2] Riemann D et al. J Sleep Res 2023;32:e14035.",
          "[3] Systematic review of CES (literature database NQ-LIT-2024).",
          "[4], [5] Literature database NQ-LIT-2024."],
    pmcf=dict(
        rationale="Long-term use and the effect on insomnia have not been sufficiently investigated.",
        objectives=["To confirm the maintenance of the anxiolytic effect over 6 months",
                    "To confirm the effect on insomnia severity", "To monitor adverse events"],
        design=("Prospective single-arm study conducted exclusively in the inpatient psychiatric wards of two "
                "university hospitals, the sessions being applied by nursing staff."),
        population="adult inpatients with GAD; patients with insomnia as the primary complaint are excluded.",
        n="60 patients (pragmatic).",
        endpoints=["HAM-A at 6 months", "Adverse events"],
        general=["Complaint trending", "Literature update", "Dose-logger data analysis"],
        timeline=[["Start", "Q4 2025"], ["Report", "Q2 2027"]],
        link="Objective 1 addresses the open question of long-term effect (CER Section 9)."),
)

D["ifu"] = {
    "en": dict(name=NAME, title_line="For home use on prescription. Read the whole leaflet before first use.",
               purpose=D["purpose"], population="Adults and adolescents from 16 years of age with anxiety or insomnia.",
               indications=["Anxiety (generalised anxiety disorder or anxiety symptoms)", "Chronic insomnia"],
               contraindications=["Implanted electronic devices (pacemaker, implantable cardioverter-defibrillator, neurostimulator, cochlear implant)",
                                  "Epilepsy or history of seizures", "Pregnancy", "Acute suicidal thoughts or psychosis"],
               users="Patients at home, after instruction by their doctor.",
               perf=("Daily CES normalises the cortisol levels and cures generalised anxiety disorder within three weeks; "
                     "most users no longer need their anxiety medication."),
               warnings=["Do not use while driving or operating machinery.", "Do not place the electrodes anywhere other than on the earlobes.",
                         "Stop use and consult your doctor if headache or dizziness persists."],
               specs=[["Output current", "0.01-0.5 mA"], ["Frequency", "0.5 Hz"], ["Session", "20 / 40 / 60 min"], ["Batteries", "2 × AA"]],
               side="Skin irritation at the earlobes, headache, dizziness."),
    "sl": dict(name=NAME, title_line="Za domačo uporabo na recept.",
               purpose=("SereniWave CES-2 je namenjen simptomatskemu zdravljenju tesnobe in nespečnosti z nizkointenzivnim izmeničnim "
                        "mikrotokom prek elektrod za ušesne mečice, ki ga bolnik uporablja doma po predpisu zdravnika."),
               population="Odrasli in mladostniki od 16. leta starosti s tesnobo ali nespečnostjo.",
               indications=["Tesnoba (generalizirana anksiozna motnja ali simptomi tesnobe)", "Kronična nespečnost"],
               contraindications=["Epilepsija ali napadi v anamnezi", "Nosečnost", "Akutne samomorilne misli ali psihoza"],
               users="Bolniki doma, po navodilih zdravnika.",
               warnings=["Ne uporabljajte med vožnjo ali upravljanjem strojev.", "Elektrode namestite samo na ušesne mečice."],
               specs=[["Izhodni tok", "0,01–0,5 mA"], ["Frekvenca", "0,5 Hz"], ["Trajanje", "20 / 40 / 60 min"]]),
    "nl": dict(name=NAME, title_line="Voor thuisgebruik op voorschrift.",
               purpose=("De SereniWave CES-2 is bestemd voor de symptomatische behandeling van angst en slapeloosheid met laagintensieve "
                        "wisselende microstroom via oorclipelektroden, thuis gebruikt door de patiënt na voorschrift door een arts."),
               population="Volwassenen en jongeren vanaf 16 jaar met angst of slapeloosheid.",
               indications=["Angst (gegeneraliseerde angststoornis of angstklachten)", "Chronische slapeloosheid"],
               contraindications=["Geïmplanteerde elektronische hulpmiddelen (pacemaker, ICD, neurostimulator, cochleair implantaat)",
                                  "Epilepsie of voorgeschiedenis van aanvallen", "Zwangerschap", "Acute suïcidale gedachten of psychose"],
               users="Patiënten thuis, na instructie door hun arts.",
               warnings=["Niet gebruiken tijdens het autorijden of bedienen van machines.", "Plaats de elektroden uitsluitend op de oorlellen."],
               specs=[["Uitgangsstroom", "0,01-0,5 mA"], ["Frequentie", "0,5 Hz"], ["Sessie", "20 / 40 / 60 min"]], lines=False),
    "ga": dict(name=NAME, title_line="Le húsáid sa bhaile ar oideas.",
               purpose=("Tá an SereniWave CES-2 beartaithe chun imní agus insomnia a chóireáil go siomptómach le micrea-shruth ailtéarnach "
                        "íseal-déine trí leictreoidí gearrthóg cluaise, a úsáideann an t-othar sa bhaile tar éis oideas ó dhochtúir."),
               population="Daoine fásta agus déagóirí ó 16 bliana d'aois a bhfuil imní nó insomnia orthu.",
               indications=["Imní (neamhord imní ginearálaithe nó comharthaí imní)", "Insomnia ainsealach"],
               contraindications=["Gléasanna leictreonacha ionchlannaithe (séadaire, ICD, néar-spreagthóir, ionchlannán cochlach)",
                                  "Titimeas nó stair taomanna", "Toircheas", "Smaointe féinmharaithe géarmhíochaine nó síocóis"],
               users="Othair sa bhaile, tar éis treoracha ón dochtúir.",
               warnings=["Ná húsáid agus tú ag tiomáint nó ag oibriú innealra.", "Ná cuir na leictreoidí ach ar mhaothán na gcluas."],
               specs=[["Sruth aschuir", "0,01-0,5 mA"], ["Minicíocht", "0,5 Hz"], ["Seisiún", "20 / 40 / 60 nóiméad"]]),
}
D["cear"] = dict(
    type="Initial certification (technical documentation sampling, class IIa)",
    docs="NQ-CEP-006 v1.0; NQ-CER-006 v1.1; NQ-PMCF-006 v1.0; IFU CES-2 (EN, SL, NL, GA) ed. 2.",
    reviewers="Dr. Panagiotis Nikolaidis, MD, psychiatrist (clinical reviewer); Dr. Eleni Georgiou, PhD, electrical engineer.",
    description="The under evaluation device is a home-use CES stimulator with ear-clip electrodes delivering 10 to 500 µA at 0.5 Hz for anxiety and insomnia.",
    purpose=D["purpose"],
    cecp="Not applicable, the device being class IIa under Rule 9.",
    sota="The SOTA is described with the guideline treatments and the systematic review of CES.",
    lit="The literature search is considered adequate.",
    ci="The RCT NQ-01 with 128 patients with GAD was assessed.",
    br="The benefit-risk ratio for anxiety is considered acceptable.",
    findings=[("Evidence on insomnia",
               "The evidence for the insomnia indication is limited to a secondary endpoint in 41 patients. It is requested from the Manufacturer to address this in the PMCF. The Manufacturer has committed; finding closed.")],
    conclusion="The clinical evidence is considered sufficient.",
)

DOCS = [
    ("NQ-CEP-006_v1.0.pdf", "CEP", "en", lambda d: C.cep(d, "NQ-CEP-006", "1.0", "2024-10-01")),
    ("NQ-CER-006_CES2_v1.1.pdf", "CER", "en", lambda d: C.cer(d, "NQ-CER-006", "1.1", "2025-02-05")),
    ("NQ-PMCF-006_v1.0.docx", "PMCF-plan", "en", lambda d: C.pmcf(d, "NQ-PMCF-006", "1.0", "2025-02-05")),
    ("IFU_CES2_EN_ed2.docx", "IFU", "en", lambda d: C.ifu(d, "en", "IFU CES-2 EN ed. 2")),
    ("IFU_CES2_SL_ed2.pdf", "IFU", "sl", lambda d: C.ifu(d, "sl", "IFU CES-2 SL ed. 2")),
    ("IFU_CES2_NL_ed2.docx", "IFU", "nl", lambda d: C.ifu(d, "nl", "IFU CES-2 NL ed. 2")),
    ("IFU_CES2_GA_ed2.pdf", "IFU", "ga", lambda d: C.ifu(d, "ga", "IFU CES-2 GA ed. 2")),
    ("HIMDC_CEAR_2025-176.docx", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-176", "2025-05-27")),
]

LABELS = [
    dict(defect="adolescents_from_16_in_ifus", category="population",
         documents=["IFU_CES2_EN_ed2.docx", "NQ-CER-006_CES2_v1.1.pdf"],
         quotes=["Adults and adolescents from 16 years of age with anxiety or insomnia.",
                 "adults aged 18 to 65 years with GAD, anxiety symptoms (HAM-A ≥ 14) or CID."],
         description="All IFUs admit adolescents from 16 years (and set no upper age), while CEP, CER and the RCT cover adults "
                     "aged 18 to 65 only.",
         accept=["evidence"]),
    dict(defect="cortisol_normalisation_and_cure_claim", category="claim",
         documents=["NQ-CER-006_CES2_v1.1.pdf", "IFU_CES2_EN_ed2.docx"],
         quotes=["normalises the cortisol levels and cures generalised anxiety disorder within three weeks",
                 "most users no longer need their anxiety medication"],
         description="Cortisol was never measured and the RCT showed a modest 3-point HAM-A difference at 6 weeks; a cure "
                     "within three weeks and discontinuation of medication are unsupported and potentially harmful.",
         accept=["evidence"]),
    dict(defect="slovenian_ifu_omits_implant_contraindication", category="language",
         documents=["IFU_CES2_SL_ed2.pdf", "IFU_CES2_EN_ed2.docx"],
         quotes=["Epilepsija ali napadi v anamnezi",
                 "Implanted electronic devices (pacemaker, implantable cardioverter-defibrillator, neurostimulator, cochlear implant)"],
         description="The Slovenian IFU lists only epilepsy, pregnancy and suicidality/psychosis; the contraindication for "
                     "implanted electronic devices (first in all other versions) is missing.",
         accept=["intended-use", "safety-instruction"]),
    dict(defect="pmcf_inpatient_only_excludes_home_and_insomnia", category="pmcf",
         documents=["NQ-PMCF-006_v1.0.docx", "NQ-CER-006_CES2_v1.1.pdf"],
         quotes=["conducted exclusively in the inpatient psychiatric wards of two university hospitals",
                 "patients with insomnia as the primary complaint are excluded"],
         description="The device is for lay home use and claims insomnia, but the PMCF runs only in inpatient wards with "
                     "nurses applying the sessions and excludes insomnia patients, so it cannot answer the open questions.",
         accept=["care-setting"]),
]

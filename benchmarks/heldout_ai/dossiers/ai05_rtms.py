from .common import cep, cer, pmcf, ifu_en, ifu_xx, cear

DOSSIER = "ai05_rtms"
DEVICE = "MindWave rTMS-800 repetitive transcranial magnetic stimulation system, major depressive disorder in adults"
DEVICE_CLASS = "IIa"

d = dict(
    mfr="Yodogawa Neuro Co., Ltd., 4-2-7 Nishinakajima, Yodogawa-ku, Osaka 532-0011, Japan",
    eu="Yodogawa Neuro Europe GmbH, Kasernenstraße 27, 40213 Düsseldorf, Germany",
    name="MindWave rTMS-800", model="Stimulator unit MW-800, figure-8 coil FC-70 (air-cooled), treatment chair TC-8",
    budi="4580077MW800TM", cls="Class IIa, Rule 9 (active therapeutic device exchanging energy, not in a potentially hazardous way)")

PURPOSE = ("The said system delivers repetitive transcranial magnetic stimulation to the left dorsolateral prefrontal cortex "
           "for the treatment of major depressive disorder.")
POP = "Adult patients aged 18 to 70 years with major depressive disorder (single or recurrent episode) who did not achieve satisfactory improvement with at least one antidepressant medication in the current episode."
IND = ["Major depressive disorder, moderate to severe (HAMD-17 score 18 or more)",
       "Treatment resistance: inadequate response to at least one antidepressant at adequate dose and duration"]
CONTRA = ["Please do not use for patients who have metal in or near the head (aneurysm clip, cochlear implant, deep brain stimulator, "
          "metallic fragments), except dental fillings.",
          "Please do not use for patients with an implanted active device such as a pacemaker or vagus nerve stimulator.",
          "Please do not use for patients with a history of epilepsy or unprovoked seizure."]
PROTO = ("Two protocols are provided: ① standard 10 Hz protocol: 120 % of resting motor threshold (RMT), trains of 4 s, inter-train "
         "interval 26 s, 75 trains, 3,000 pulses, 37.5 minutes per session; ② intermittent theta-burst (iTBS): 120 % RMT, 600 pulses, "
         "3 minutes 9 seconds per session. A course is 5 sessions per week for 4 to 6 weeks.")

CEP = cep(d, dict(
    docno="YN-CEP-800", rev="1", date="2024/05/20",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    benefits=[["Reduction of depressive symptoms", "HAMD-17 change from baseline", "6 weeks"],
              ["Response and remission", "HAMD-17 reduction ≥ 50 % / HAMD-17 ≤ 7", "6 weeks and 6 months"],
              ["Durability", "Relapse rate among responders", "6 months"]],
    acceptance=["Difference to sham in HAMD-17 change of at least 2.5 points (p < 0.05)",
                "Seizure rate not more than 0.1 % of patients", "Discontinuation for adverse event not more than 5 %"],
    cdp=["A randomised sham-controlled clinical investigation YM-MDD-01 (120 patients, 6 weeks, 6-month follow-up of responders) "
         "was completed in Japan and Hungary. PMCF is a registry.", PROTO],
    cecp="The CECP is not applicable: the system is class IIa (Article 54(1) applies only to class III implantable devices and class IIb active devices under Rule 12).",
    author="T. Morimoto (Clinical Development, Osaka)", approver="L. Fischer (Regulatory Affairs, Düsseldorf)"), style="plain", marker="①")

CER = cer(d, dict(
    docno="YN-CER-800", rev="2", date="2024/11/29",
    scope="This report covers the MW-800 stimulator, the FC-70 coil and the treatment chair. Neuronavigation is not part of the system.",
    description=["Biphasic pulses of 280 µs width are delivered by the FC-70 coil (outer diameter 2 × 70 mm). The maximum field at the "
                 "coil surface is 1.5 T. The coil is cooled by air and switches off at 41 °C.", PROTO],
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Psychiatrists prescribe the treatment and determine the RMT; trained nurses or technicians deliver the sessions under "
          "physician responsibility. Usage environment: hospital psychiatric departments and outpatient psychiatric clinics. Not for home use.",
    sota=["Antidepressants and psychotherapy are first-line treatment. For patients who failed at least one antidepressant, "
          "rTMS of the left DLPFC is recommended by CANMAT 2016 and by the European guideline (Lefaucheur 2020, level A). "
          "iTBS was non-inferior to 10 Hz rTMS in the THREE-D trial (Blumberger 2018, 414 patients).",
          "Electroconvulsive therapy is more effective but needs anaesthesia and has cognitive side effects."],
    literature=["The search (2024/09/10; PubMed, Embase, PsycINFO) found 31 relevant randomised trials and meta-analyses of rTMS "
                "in MDD with figure-8 coils at 10 Hz or iTBS. These are used for the state of the art."],
    studies=[["Study", "Design", "n", "Result"], ["O'Reardon 2007", "RCT vs sham", "301", "HAMD-17 difference 2.3 at 6 w"],
             ["George 2010", "RCT vs sham", "190", "remission 14 % vs 5 %"], ["Blumberger 2018", "iTBS vs 10 Hz", "414", "non-inferior"],
             ["YM-MDD-01", "RCT vs sham, own", "120", "HAMD-17 difference 3.4 at 6 w"]],
    ci=["YM-MDD-01: randomised, double-blind, sham-controlled (sham coil), 4 sites in Osaka, Kyoto, Budapest and Szeged. 120 adults "
        "(aged 19–68). At 6 weeks the HAMD-17 change was −9.8 with active and −6.4 with sham (difference 3.4, p = 0.004). Response "
        "41.7 % vs 18.3 %, remission 26.7 % vs 10.0 %. Among responders, 72 % were still in response at 6 months.",
        "Adverse events: headache 28 %, scalp discomfort 21 %, no seizure, discontinuation for adverse event 3.3 %."],
    equivalence="Equivalence is not claimed.",
    pms="The MW-800 is marketed in Japan since 2022 (46 systems, about 2,900 treated patients). One seizure was reported (0.03 %).",
    performance=["The clinical benefit (HAMD-17 difference 3.4 points against sham, response 41.7 %) meets the acceptance criteria "
                 "and is in line with the state of the art."],
    safety=["Residual risks: seizure, syncope, headache, scalp pain, hearing change by coil click (earplugs are mandatory), "
            "mania or hypomania in bipolar patients."],
    conclusion="The benefit-risk is positive for adults 18–70 years with MDD who failed at least one antidepressant.",
    pmcf="A PMCF registry is planned (YN-PMCF-800), because data on durability beyond 6 months and on iTBS in European practice are limited.",
    cecp="Not applicable (class IIa)."))

PMCF = pmcf(d, dict(
    docno="YN-PMCF-800", rev="1", date="2024/12/03",
    device=[PURPOSE, POP, "Expected lifetime: 8 years (stimulator), 100 million pulses (coil). Novel product: no."],
    activities=[dict(title="MW-REG registry in European clinics", rows=[
        ("Type", "Specific: prospective multicentre registry, 10 outpatient and hospital sites in HU, SK, DE"),
        ("Aim", "Confirm response and remission with both protocols; durability at 6 and 12 months; seizure rate"),
        ("Population", "Adults 18–70 years with MDD treated according to the IFU"),
        ("Sample size", "300 patients: a response rate of 40 % can be estimated with ±5.5 % (95 % CI); the seizure rate upper limit is checked against 0.1 % with pooled Japanese data"),
        ("Endpoints", "HAMD-17 and PHQ-9 at end of course, 6 and 12 months; seizure; discontinuation"),
        ("Timeline", "Enrolment 2025/Q2–2026/Q3; 12-month follow-up until 2027/Q3")])],
    refs="CER YN-CER-800 Rev.2 chapters 5 and 6; RMF YN-RMF-800 Rev.4 (seizure H-02, syncope H-05, hearing H-09).",
    schedule="PMCF evaluation report with each PSUR (every 2 years); first report 2026/Q4."))

IFU_EN = ifu_en(d, dict(
    docno="IFU-MW800-EN", date="Edition 2 – 2025/01/08",
    purpose=PURPOSE, population=POP, indications=IND, contra=CONTRA,
    users="Prescription and determination of RMT by a psychiatrist; sessions by a trained nurse or technician. "
          "Usage environment: psychiatric department of a hospital or outpatient psychiatric clinic, with equipment for the management of a seizure.",
    warnings=["Seizure can occur. Please keep the patient under observation during the session and have a seizure management procedure ready.",
              "Please give earplugs to the patient and to the operator before each session."],
    cautions=["Please re-determine the RMT when the patient's medication is changed (e.g. benzodiazepines, antidepressants)."],
    side="Headache, scalp pain or discomfort, facial muscle twitching, transient hearing change, syncope, seizure (rare), mania or hypomania.",
    spec=[["Pulse waveform", "Biphasic, 280 µs"], ["Maximum field at coil surface", "1.5 T"], ["Frequency", "1–30 Hz; theta burst 50 Hz in 5 Hz bursts"],
          ["10 Hz protocol", "3000 pulses, 37 min 30 s"], ["iTBS protocol", "600 pulses, 3 min 9 s"], ["Coil temperature limit", "41 °C (automatic stop)"]],
    steps=["Please seat the patient on the treatment chair and insert earplugs.",
           "Please determine the RMT on the left motor cortex (visible contraction of the right abductor pollicis brevis).",
           "Please move the coil to the treatment position over the left DLPFC (5.5 cm anterior, or by the Beam F3 method).",
           "Please select the prescribed protocol and start the session."]), lines=False, style="chapter")

IFU_HU = ifu_xx("hu", d, dict(
    docno="IFU-MW800-HU", date="2. kiadás – 2025/01/08",
    purpose="A rendszer ismétlődő transzkraniális mágneses stimulációt ad a bal dorsolateralis prefrontális kéregre major depresszív zavar kezelésére.",
    population="18 és 70 év közötti felnőtt betegek major depresszív zavarral, akiknél a jelenlegi epizódban legalább egy antidepresszáns nem hozott kielégítő javulást.",
    indications=["Közepes vagy súlyos major depresszív zavar (HAMD-17 pontszám legalább 18)",
                 "Terápiarezisztencia: legalább egy antidepresszánsra adott elégtelen válasz megfelelő adagban és ideig"],
    contra=["Kérjük, ne alkalmazza olyan betegnél, akinek a fejében vagy annak közelében fém van (aneurizmaklip, cochleáris implantátum, mélyagyi stimulátor, fémszilánk), kivéve a fogtömést.",
            "Kérjük, ne alkalmazza beültetett aktív eszközzel (pl. pacemaker, vagus ideg stimulátor) rendelkező betegnél.",
            "Kérjük, ne alkalmazza epilepsziás vagy provokálatlan görcsroham anamnézisű betegnél."],
    users="Pszichiáter írja elő és határozza meg a nyugalmi motoros küszöböt; a kezelést képzett ápoló vagy asszisztens végzi kórházi vagy járóbeteg pszichiátriai rendelőben.",
    warnings=["Görcsroham előfordulhat. A beteget a kezelés alatt folyamatosan meg kell figyelni."],
    side="Fejfájás, fejbőr fájdalma, arcizom-rángás, átmeneti hallásváltozás, ájulás, görcsroham (ritka), mánia vagy hipománia.",
    spec=[["Impulzus", "Bifázisos, 280 µs"], ["Maximális térerő a tekercs felületén", "1,5 T"], ["10 Hz-es protokoll", "3000 impulzus, 37,5 perc"],
          ["iTBS protokoll", "600 impulzus, 3 perc 9 mp"]]))

IFU_SK = ifu_xx("sk", d, dict(
    docno="IFU-MW800-SK", date="2. vydanie – 2025/01/08",
    purpose="Systém poskytuje repetitívnu transkraniálnu magnetickú stimuláciu ľavého dorzolaterálneho prefrontálneho kortexu na liečbu veľkej depresívnej poruchy.",
    population="Dospelí pacienti vo veku 18 až 70 rokov s veľkou depresívnou poruchou, u ktorých aspoň jedno antidepresívum v súčasnej epizóde neprinieslo uspokojivé zlepšenie.",
    indications=["Stredne ťažká až ťažká veľká depresívna porucha (skóre HAMD-17 aspoň 18)",
                 "Rezistencia na liečbu: nedostatočná odpoveď aspoň na jedno antidepresívum v primeranej dávke a dĺžke"],
    contra=["Prosím, nepoužívajte u pacientov s kovom v hlave alebo v jej blízkosti (klip aneuryzmy, kochleárny implantát, hlboký mozgový stimulátor, kovové úlomky), okrem zubných výplní.",
            "Prosím, nepoužívajte u pacientov s implantovaným aktívnym zariadením, napr. kardiostimulátorom alebo stimulátorom blúdivého nervu.",
            "Prosím, nepoužívajte u pacientov s epilepsiou alebo nevyprovokovaným záchvatom v anamnéze."],
    users="Psychiater predpisuje liečbu a určuje pokojový motorický prah; sedenia vykonáva vyškolená sestra alebo technik v nemocnici alebo v ambulancii psychiatrie.",
    warnings=["Môže sa vyskytnúť epileptický záchvat. Pacienta počas sedenia pozorujte."],
    side="Bolesť hlavy, bolesť pokožky hlavy, zášklby tvárových svalov, prechodná zmena sluchu, synkopa, záchvat (zriedkavo), mánia alebo hypománia.",
    spec=[["Impulz", "Bifázický, 280 µs"], ["Maximálne pole na povrchu cievky", "1,5 T"], ["Protokol 10 Hz", "3 000 impulzov, 37,5 min"],
          ["Protokol iTBS", "600 impulzov, 3 min 9 s"]]), lines=False)

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/014", date="22.01.2025",
    type="Initial certification, Annex IX Chapter I and Section 4",
    docs="CEP YN-CEP-800 Rev.1; CER YN-CER-800 Rev.2; PMCF plan YN-PMCF-800 Ver.1; IFU EN/HU/SK Ed.2",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Barbara Szymańska (psychiatry); technical reviewer: mgr inż. Krzysztof Nowicki.",
    device=["rTMS system with figure-8 coil and two protocols (10 Hz and iTBS). Parameters are stated identically in CER and IFU "
            "(3000 pulses in 37.5 minutes for 10 Hz protocol; in IFU written as 37 min 30 s)."],
    literature="Literature relevant for both protocols and population; appraisal according to MEDDEV 2.7/1 rev.4 is acceptable.",
    ci="YM-MDD-01 sham-controlled with 120 patients; primary endpoint met. Durability data for 6 months are available for responders.",
    pmcf="MW-REG registry is specific with rationale for sample size. Accepted.",
    ifu="IFU EN, HU and SK are aligned. Contraindications are written as 'please do not use' sentences; content is complete.",
    conclusion="Clinical evidence sufficient for intended purpose. Benefit-risk positive.",
    cecp="Not applicable, class IIa.",
    signer="dr n. med. Barbara Szymańska"))

DOCS = {
    "YN-CEP-800_Rev1.pdf": dict(role="CEP", language="en", blocks=CEP, header="Yodogawa Neuro Co., Ltd.", footer="YN-CEP-800 Rev.1"),
    "YN-CER-800_Rev2.docx": dict(role="CER", language="en", blocks=CER, footer="YN-CER-800 Rev.2"),
    "YN-PMCF-800_V1.pdf": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="YN-PMCF-800 Ver.1"),
    "IFU-MW800-EN_Ed2.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-MW800-EN"),
    "IFU-MW800-HU_Ed2.docx": dict(role="IFU", language="hu", blocks=IFU_HU, footer="IFU-MW800-HU"),
    "IFU-MW800-SK_Ed2.pdf": dict(role="IFU", language="sk", blocks=IFU_SK, footer="IFU-MW800-SK"),
    "PolCert_CEAR_2025-014.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/014"),
}

LABELS = []

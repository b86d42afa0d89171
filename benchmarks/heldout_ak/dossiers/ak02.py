"""ak02 – implantable left atrial pressure (LAP) sensor for heart failure. Class III active implantable:
CECP required (Art. 54(1)(a)). Planted: Basic UDI-DI differs CER/CEAR (device-identity); NYHA II-IV in IFU
vs NYHA III in CER (population); generic satisfaction-survey PMCF (pmcf); IFU allows stopping
anticoagulation the day after implantation (safety-instruction); CER cites a missing Figure 4 (documentation)."""
import common as C

NAME = "AtriaSense LAP-1 implantable left atrial pressure sensor"
D = dict(
    dossier="ak02_lapsensor",
    device="AtriaSense LAP-1 – transseptal implantable left atrial pressure sensor with home reader for heart failure",
    cls_label="III (active implantable)", cls="III", rule="Annex VIII, Rule 8, sixth indent (active implantable device)",
    company="Hemodyn Implants B.V.", addr="Heidelberglaan 7, 3584 CS Utrecht, the Netherlands", srn="NL-MF-000044219",
    name=NAME, model="LAP-1 / reader HR-1", udi="87195400LAP1SENSQ4",
    abbr_sentence=("The device is intended for patients with chronic heart failure (HF) irrespective of the left "
                   "ventricular ejection fraction (LVEF), in whom the left atrial pressure (LAP) is used to guide "
                   "the titration of diuretics and vasodilators; New York Heart Association (NYHA) classes are "
                   "referred to as such."),
    cecp_text=("The device, being a class III active implantable device, falls within Article 54(1)(a) MDR; "
               "the notified body is accordingly expected to conduct the clinical evaluation consultation "
               "procedure (CECP), no exemption of Article 54(2) being claimed since the device has never been "
               "certified previously."),
    purpose=("The AtriaSense LAP-1 is intended for the continuous-on-demand measurement of the mean left atrial "
             "pressure in patients with chronic HF, the readings being transmitted via the home reader HR-1 to "
             "the treating HF team for the remote management of HF therapy."),
    population=("adult patients (≥18 years) with chronic HF in NYHA class III, with at least one HF hospitalisation "
                "within the preceding 12 months or an N-terminal pro-B-type natriuretic peptide (NT-proBNP) of "
                "≥1 500 pg/mL, irrespective of LVEF."),
    indications=["Chronic HF, NYHA class III, with a recent HF hospitalisation or elevated NT-proBNP, receiving guideline-directed medical therapy (GDMT)"],
    contraindications=["Interatrial septal defect or patent foramen ovale (PFO) closure device in situ",
                       "Left atrial thrombus or contraindication to oral anticoagulation",
                       "Cardiac resynchronisation therapy (CRT) implanted within the preceding 3 months",
                       "Estimated glomerular filtration rate (eGFR) <25 mL/min/1.73 m²",
                       "Inability to use the home reader daily"],
    users=("implantation by interventional cardiologists experienced in transseptal puncture in a "
           "catheterisation laboratory; daily readings taken by the patient at home; data review by the HF team."),
    description=[
        "The implant consists of a hermetically sealed titanium capsule (length 15.0 mm, diameter 3.0 mm) "
        "housing a piezoresistive micro-electro-mechanical (MEMS) pressure sensor and an application-specific "
        "integrated circuit, and of a nitinol double-disc anchor which is positioned in the fossa ovalis "
        "after transseptal puncture, the sensing membrane protruding 2 mm into the left atrium.",
        "The implant is devoid of a battery; it is powered inductively at 13.56 MHz by the home reader HR-1, "
        "which is held against the anterior chest wall by the patient for approximately 20 s each day, the "
        "LAP waveform and the mean LAP being transmitted to a secure server."],
    spec_caption="Table 1. Technical characteristics of the LAP-1 system",
    specs=[["Pressure range", "−10 to +50 mmHg"],
           ["Accuracy (bench, 37 °C)", "±2.0 mmHg or ±5% of reading, whichever is greater"],
           ["Drift", "≤ 1.0 mmHg per 6 months (bench)"],
           ["Implant dimensions", "3.0 × 15.0 mm; anchor discs 10 mm"],
           ["Delivery system", "12 F (4.0 mm) transfemoral, transseptal"],
           ["MR status", "MR Conditional, 1.5 T and 3 T"],
           ["Reader HR-1 battery", "Li-ion, 1 week between charges"]],
    spec_notes=["a Calibrated against a reference transducer (ISO 81060-2 methodology adapted)."],
    sota=[
        "Chronic HF affects 1% to 2% of the adult population in Europe, HF hospitalisation being the principal "
        "driver of cost and a strong predictor of mortality [1]. Haemodynamic congestion, as reflected in "
        "rising filling pressures, precedes clinical decompensation by days to weeks [2], which constitutes the "
        "rationale for pressure-guided management.",
        "Pulmonary artery pressure (PAP)-guided management with an implantable PAP sensor reduced HF "
        "hospitalisations by 28% (hazard ratio 0.72, 95% CI 0.60 to 0.85) in NYHA class III patients [3]; "
        "LAP sensors were investigated in smaller cohorts with a device-related complication rate of 2% to 8% "
        "[4, 5]. Recommendation class IIb is assigned to haemodynamic monitoring in the 2021 ESC guidelines [1]."],
    search_date="3 February 2025", search_n=(684, 512, 14),
    lit=[["[4]", "Prospective, single-arm", "84", "NYHA III, LVEF any", "12 mo", "HF hospitalisation −41%"],
         ["[5]", "Prospective", "40", "NYHA III-IV", "3 mo", "Sensor-Swan-Ganz agreement bias 0.8 mmHg"],
         ["[3]", "RCT (PAP sensor)", "550", "NYHA III", "15 mo", "HR 0.72 for HF hospitalisation"],
         ["LAP-FIH", "First-in-human, own", "26", "NYHA III, LVEF any", "12 mo", "0 device-related deaths; 1 tamponade"]],
    lit_notes=["mo, months; RCT, randomised controlled trial. The LAP-FIH study was performed with the device under evaluation."],
    clin=["The first-in-human study LAP-FIH (NCT00000000-fictional) included 26 patients in NYHA class III at "
          "three centres; mean age was 71 ± 9 years, mean LVEF 38 ± 14%. Implantation succeeded in 25 of 26 "
          "patients (96.2%, 95% CI 80.4 to 99.9%). One pericardial tamponade requiring pericardiocentesis "
          "occurred; no device embolisation and no sensor failure were observed at 12 months.",
          "Oral anticoagulation (vitamin K antagonist or direct oral anticoagulant) was mandated for at least "
          "3 months after implantation, followed by lifelong aspirin, because thrombus formation on the "
          "left-atrial sensing surface constitutes the principal residual risk until endothelialisation."],
    equiv=("No equivalence is claimed; the clinical evidence rests on the own first-in-human study and on the "
           "pivotal study LAP-PIVOT (n = 214, enrolment completed, 12-month results in Annex 6)."),
    safety=[["Device- or system-related complication", "2 of 26 (7.7%)", "2% to 8% [4, 5]"],
            ["Sensor failure at 12 months", "0 of 25", "≤ 2% [3]"],
            ["Thrombus on sensor (TOE)", "1 of 25 at 3 months, resolved", "not established"],
            ["Residual atrial septal shunt > 5 mm", "0 of 25", "—"]],
    risks=["pericardial tamponade", "thrombus formation and thromboembolism", "device embolisation",
           "iatrogenic atrial septal shunt", "loss of data transmission"],
    performance=["The clinical benefit claimed is a reduction in HF hospitalisations by LAP-guided titration of "
                 "therapy; the secondary benefits are an improvement of Kansas City Cardiomyopathy Questionnaire "
                 "(KCCQ) score and of NYHA class."],
    br=("The benefit-risk ratio is considered favourable in NYHA class III patients, the reduction of HF "
        "hospitalisations outweighing a device-related complication rate below 8%."),
    conclusion=("Conformity with GSPR 1, 8 and 14 to 17 is demonstrated for the intended purpose; the long-term "
                "safety of the anchor and the sensor drift beyond 12 months remain to be confirmed by PMCF."),
    pmcf_summary="The PMCF plan HI-PMCF-002 is appended.",
    cer_authors="Prof. dr. M. de Groot (cardiologist, PhD), dr. S. Verhoeven (PhD, clinical epidemiology), ir. T. Bakker (MSc, regulatory science)",
    cep_ref="HI-CEP-002 v2.0",
    benefits=[["Reduction of HF hospitalisations", "Annualised rate of HF hospitalisation", "Relative reduction ≥ 25% versus the 12 months before implantation"],
              ["Improved quality of life", "KCCQ overall summary score", "Mean increase ≥ 5 points at 12 months"],
              ["Safety", "Freedom from device- or system-related complications at 12 months", "≥ 90% (lower limit of 95% CI ≥ 85%)"]],
    devplan=("The first-in-human study LAP-FIH (completed) and the pivotal study LAP-PIVOT (12-month data "
             "available) constitute the pre-market evidence; long-term data are to be gathered in PMCF."),
    pico=("adults with chronic HF, NYHA III", "LAP-guided HF management", "standard of care or PAP-guided management",
          "HF hospitalisation, KCCQ, device-related complications"),
    br_criteria="The benefit-risk ratio shall be deemed acceptable if all acceptance criteria of Table 1 are met.",
    refs=["[1] McDonagh TA et al. 2021 ESC Guidelines for heart failure. Eur Heart J 2021;42:3599-726.",
          "[2] Zile MR et al. Circulation 2008;118:1433-41.",
          "[3] Lindenfeld J et al. Lancet 2021;398:991-1001.",
          "[4], [5] Literature database HI-LIT-2025 (full texts in Annex 4)."],
    pmcf=dict(
        rationale="A PMCF is required by Annex XIV Part B MDR for the device.",
        objectives=["To collect user experience with the device", "To confirm safety and performance"],
        design="A patient and physician satisfaction survey shall be distributed by the sales representatives.",
        population="users of the device.",
        n="to be defined later, depending on sales figures.",
        endpoints=["Satisfaction with the reader (5-point Likert scale)", "Complaints"],
        general=["Complaint handling", "Literature review"],
        timeline=[["Start", "after CE marking"], ["Report", "to be defined"]],
        link="The PMCF results will be taken into account in the next CER update."),
)
D["extra"] = {"CER": {"after_clin": [
    ("p", "The agreement between the mean LAP of the device and the pulmonary capillary wedge pressure (PCWP) "
          "obtained with a Swan-Ganz catheter in LAP-FIH is shown in the Bland-Altman plot of Figure 4; a "
          "bias of 0.6 mmHg with limits of agreement of −3.9 to 5.1 mmHg was found."),
]}}
D["ov"] = {"CEAR": {"udi": "87195400LAP1SENSR2"}}

EN_WARN = ["Oral anticoagulation may be discontinued on the day after implantation if no thrombus is visible on the post-procedural echocardiogram.",
           "Do not use the home reader within 15 cm of an implanted pacemaker or defibrillator generator.",
           "A rise of LAP readings above the threshold set by the HF team must be reported; do not change medication without instruction."]
D["ifu"] = {
    "en": dict(name=NAME, title_line="Rx only. Sterile implant; single use. Patient card included.",
               purpose=D["purpose"],
               population=("Adult patients (≥18 years) with chronic HF in NYHA class II to IV with at least one HF hospitalisation "
                           "within the preceding 12 months or NT-proBNP ≥1 500 pg/mL, irrespective of LVEF."),
               indications=["Chronic HF, NYHA class II to IV, receiving GDMT"],
               contraindications=D["contraindications"], users=D["users"][0].upper() + D["users"][1:],
               warnings=EN_WARN, specs=D["specs"], lines=False,
               side="Pericardial effusion or tamponade, thromboembolism including stroke, device embolisation, arrhythmia, access-site complications."),
    "sl": dict(name=NAME, title_line="Samo na recept. Sterilni vsadek za enkratno uporabo.",
               purpose=("AtriaSense LAP-1 je namenjen merjenju srednjega tlaka v levem preddvoru pri bolnikih s kroničnim srčnim "
                        "popuščanjem; odčitki se prek domačega čitalnika HR-1 posredujejo ekipi za srčno popuščanje."),
               population=("Odrasli bolniki (≥18 let) s kroničnim srčnim popuščanjem razreda NYHA III z vsaj eno hospitalizacijo v "
                           "zadnjih 12 mesecih ali NT-proBNP ≥1 500 pg/ml, ne glede na LVEF."),
               indications=["Kronično srčno popuščanje razreda NYHA III ob smernicah usmerjenem zdravljenju"],
               contraindications=["Defekt preddvornega pretina ali vsadek za zapiranje PFO", "Tromb v levem preddvoru ali kontraindikacija za peroralno antikoagulacijo",
                                  "CRT, vsajen v zadnjih 3 mesecih", "eGFR <25 ml/min/1,73 m²", "Nezmožnost vsakodnevne uporabe čitalnika"],
               users="Vsaditev izvajajo intervencijski kardiologi; bolnik odčitke opravlja doma.",
               warnings=["Peroralno antikoagulacijo je treba nadaljevati vsaj 3 mesece po vsaditvi.",
                         "Čitalnika ne uporabljajte bližje kot 15 cm od srčnega spodbujevalnika ali defibrilatorja."],
               specs=[["Merilno območje", "−10 do +50 mmHg"], ["Natančnost", "±2,0 mmHg ali ±5 %"],
                      ["Mere vsadka", "3,0 × 15,0 mm"], ["Status MR", "Pogojno varen za MR, 1,5 T in 3 T"]]),
    "de": dict(name=NAME, title_line="Verschreibungspflichtig. Steriles Implantat zum Einmalgebrauch.",
               purpose=("Der AtriaSense LAP-1 dient der Messung des mittleren linksatrialen Drucks bei Patienten mit chronischer "
                        "Herzinsuffizienz; die Messwerte werden über das Heimlesegerät HR-1 an das Herzinsuffizienz-Team übertragen."),
               population=("Erwachsene Patienten (≥18 Jahre) mit chronischer Herzinsuffizienz NYHA-Klasse III und mindestens einer "
                           "Hospitalisierung in den letzten 12 Monaten oder NT-proBNP ≥1.500 pg/ml, unabhängig von der LVEF."),
               indications=["Chronische Herzinsuffizienz NYHA III unter leitliniengerechter Therapie"],
               contraindications=["Vorhofseptumdefekt oder PFO-Verschlusssystem", "Linksatrialer Thrombus oder Kontraindikation gegen orale Antikoagulation",
                                  "CRT-Implantation innerhalb der letzten 3 Monate", "eGFR <25 ml/min/1,73 m²", "Unfähigkeit zur täglichen Messung"],
               users="Implantation durch interventionelle Kardiologen im Herzkatheterlabor; tägliche Messung durch den Patienten zu Hause.",
               warnings=["Die orale Antikoagulation ist für mindestens 3 Monate nach der Implantation fortzuführen.",
                         "Das Lesegerät nicht näher als 15 cm an einem Schrittmacher- oder Defibrillatorgehäuse verwenden."],
               specs=[["Messbereich", "−10 bis +50 mmHg"], ["Genauigkeit", "±2,0 mmHg oder ±5 % des Messwerts"],
                      ["Implantatmaße", "3,0 × 15,0 mm"], ["MR-Status", "Bedingt MR-sicher, 1,5 T und 3 T"]]),
    "fr": dict(name=NAME, title_line="Sur prescription uniquement. Implant stérile à usage unique.",
               purpose=("L'AtriaSense LAP-1 est destiné à la mesure de la pression auriculaire gauche moyenne chez les patients "
                        "atteints d'insuffisance cardiaque chronique ; les valeurs sont transmises par le lecteur HR-1 à l'équipe soignante."),
               population=("Patients adultes (≥18 ans) atteints d'insuffisance cardiaque chronique de classe NYHA III, avec au moins une "
                           "hospitalisation au cours des 12 derniers mois ou un NT-proBNP ≥1 500 pg/ml, quelle que soit la FEVG."),
               indications=["Insuffisance cardiaque chronique de classe NYHA III sous traitement médical optimal"],
               contraindications=["Communication interauriculaire ou dispositif de fermeture du FOP", "Thrombus auriculaire gauche ou contre-indication aux anticoagulants oraux",
                                  "CRT implantée depuis moins de 3 mois", "DFGe <25 ml/min/1,73 m²", "Incapacité à utiliser le lecteur quotidiennement"],
               users="Implantation par des cardiologues interventionnels ; mesures quotidiennes par le patient à domicile.",
               warnings=["Poursuivre l'anticoagulation orale pendant au moins 3 mois après l'implantation.",
                         "Ne pas utiliser le lecteur à moins de 15 cm d'un stimulateur ou d'un défibrillateur implanté."],
               specs=[["Plage de mesure", "−10 à +50 mmHg"], ["Précision", "±2,0 mmHg ou ±5 % de la valeur"],
                      ["Dimensions de l'implant", "3,0 × 15,0 mm"], ["Statut IRM", "Compatible IRM sous conditions, 1,5 T et 3 T"]]),
}
D["sscp"] = dict(
    purpose=D["purpose"],
    population="Adults with chronic heart failure in NYHA class III with a recent HF hospitalisation or raised NT-proBNP, irrespective of ejection fraction.",
    contra="Atrial septal defect or PFO closure device, left atrial thrombus, inability to take oral anticoagulation, recent CRT, severe renal failure, inability to use the reader daily.",
    description=D["description"][0],
    risks="Pericardial tamponade (1 of 26 patients in the first-in-human study), thromboembolism, device embolisation. Anticoagulation for at least 3 months after implantation is required.",
    clinical="26 patients were followed for 12 months in the first-in-human study; 214 patients were included in the pivotal study. A PMCF is planned.",
    alternatives="Clinical management by symptoms and weight, telemonitoring, implantable pulmonary artery pressure sensors.",
    users="Interventional cardiologists trained by the manufacturer in the implantation procedure.")
D["cear"] = dict(
    docs="HI-CEP-002 v2.0; HI-CER-002 v3.0; HI-PMCF-002 v1.0; IFU LAP-1 (EN, SL, DE, FR) rev. 02; SSCP-LAP1 rev. 1.",
    reviewers=("Dr. Georgios Alexopoulos, MD, PhD, cardiologist with expertise in heart failure (clinical "
               "reviewer); Dr. Maria Kyriakou, PhD, electrical engineer (active implantable devices)."),
    description=("The under evaluation device is an active implantable, battery-free LAP sensor with nitinol "
                 "anchor, positioned transseptally, and an external home reader which powers the implant "
                 "inductively and transmits the data for the remote HF management."),
    purpose=D["purpose"],
    cecp=("Applicable according to Article 54(1)(a) MDR (class III implantable device). The CEAR is forwarded "
          "to the expert panel on the circulatory system."),
    sota="The state of the art with the 2021 ESC guidelines and PAP-guided management as benchmark is considered adequate.",
    lit="The literature search is appropriate; the search for the device and for the state of the art are described separately.",
    ci=("The first-in-human study (n = 26) and the 12-month data of the pivotal study (n = 214) were assessed; "
        "the Notified Body has verified the consistency of the CI reports with the registration."),
    br="The benefit-risk ratio is considered acceptable for the intended population. The PMCF plan is accepted.",
    findings=[("Accuracy of the sensor at high pressure",
               "It is requested from the Manufacturer to justify the upper limit of the range of 50 mmHg. The "
               "justification was provided; finding closed."),
              ("Electromagnetic interference with CIEDs",
               "It is requested from the Manufacturer to add the separation distance from cardiac implantable "
               "electronic devices in the IFU. Closed.")],
    conclusion="The Notified Body considers the clinical evidence sufficient, subject to the outcome of the CECP.",
)

DOCS = [
    ("HI-CEP-002_LAP1_v2.0.docx", "CEP", "en", lambda d: C.cep(d, "HI-CEP-002", "2.0", "2024-10-15")),
    ("HI-CER-002_LAP1_v3.0.pdf", "CER", "en", lambda d: C.cer(d, "HI-CER-002", "3.0", "2025-03-31")),
    ("HI-PMCF-002_v1.0.md", "PMCF-plan", "en", lambda d: C.pmcf(d, "HI-PMCF-002", "1.0", "2025-03-31")),
    ("IFU_LAP1_EN_rev02.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU LAP-1 EN rev. 02")),
    ("IFU_LAP1_SL_rev02.docx", "IFU", "sl", lambda d: C.ifu(d, "sl", "IFU LAP-1 SL rev. 02")),
    ("IFU_LAP1_DE_rev02.pdf", "IFU", "de", lambda d: C.ifu(d, "de", "IFU LAP-1 DE rev. 02")),
    ("IFU_LAP1_FR_rev02.docx", "IFU", "fr", lambda d: C.ifu(d, "fr", "IFU LAP-1 FR rev. 02")),
    ("SSCP-LAP1_rev1.pdf", "SSCP", "en", lambda d: C.sscp(d, "SSCP-LAP1", "1")),
    ("HIMDC_CEAR_2025-208.pdf", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-208", "2025-06-20")),
]

LABELS = [
    dict(defect="basic_udi_di_differs_cer_cear", category="device-identity",
         documents=["HI-CER-002_LAP1_v3.0.pdf", "HIMDC_CEAR_2025-208.pdf"],
         quotes=["Basic UDI-DI 87195400LAP1SENSQ4", "Basic UDI-DI 87195400LAP1SENSR2"],
         description="The CER (and CEP, IFU, SSCP) give Basic UDI-DI 87195400LAP1SENSQ4, the CEAR 87195400LAP1SENSR2.",
         accept=[]),
    dict(defect="nyha_ii_to_iv_in_english_ifu", category="population",
         documents=["IFU_LAP1_EN_rev02.pdf", "HI-CER-002_LAP1_v3.0.pdf"],
         quotes=["Chronic HF, NYHA class II to IV, receiving GDMT",
                 "adult patients (≥18 years) with chronic HF in NYHA class III"],
         description="The English IFU extends the population to NYHA class II and IV, whereas CEP, CER, SSCP, the other IFUs "
                     "and all clinical data cover NYHA class III only.",
         accept=["intended-use", "language", "evidence"]),
    dict(defect="generic_satisfaction_survey_pmcf", category="pmcf",
         documents=["HI-PMCF-002_v1.0.md", "HI-CER-002_LAP1_v3.0.pdf"],
         quotes=["A patient and physician satisfaction survey shall be distributed by the sales representatives.",
                 "to be defined later, depending on sales figures."],
         description="For a first-of-its-kind active implant whose CER leaves anchor safety and sensor drift beyond 12 months "
                     "open, the PMCF plan is a generic satisfaction survey without sample size, endpoints tied to residual "
                     "risks or timeline; the CEAR accepts it.",
         accept=["template"]),
    dict(defect="anticoagulation_stop_day_after_implant", category="safety-instruction",
         documents=["IFU_LAP1_EN_rev02.pdf", "HI-CER-002_LAP1_v3.0.pdf"],
         quotes=["Oral anticoagulation may be discontinued on the day after implantation",
                 "Oral anticoagulation (vitamin K antagonist or direct oral anticoagulant) was mandated for at least 3 months"],
         description="The English IFU allows stopping anticoagulation the day after implantation, contradicting the CER, the "
                     "SSCP and the other language versions (at least 3 months), with thrombus on the sensor a principal risk.",
         accept=["language"]),
    dict(defect="missing_figure_4_bland_altman", category="documentation",
         documents=["HI-CER-002_LAP1_v3.0.pdf"],
         quotes=["is shown in the Bland-Altman plot of Figure 4"],
         description="The CER refers to a Bland-Altman plot in Figure 4, but the CER contains no figures at all.",
         accept=[]),
]

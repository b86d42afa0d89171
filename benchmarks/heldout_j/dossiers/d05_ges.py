"""Gastric electrical stimulator for gastroparesis (class III active implantable)."""

NAME = "Gastrelle G2"

F = {
    "id": "j05_ges_gastrelle",
    "device": "Gastric electrical stimulator for gastroparesis",
    "cls": "III",
    "name": NAME,
    "models": "GT-2000 neurostimulator; GT-L35 intramuscular leads (pair); GT-PRG clinician programmer",
    "udi": "5412345600GASTRELLE2M4",
    "mfr": "Neurogastrix S.L.",
    "mfr_full": "Neurogastrix S.L., Carrer de Pujades 77, 08005 Barcelona, Spain",
    "srn": "ES-MF-000018842",
    "nb": "Instituto Europeo de Certificación Sanitaria (IECS), NB 3189",
    "cls_text": "Class III (Rule 8 – active implantable device)",
    "cecp": "Class III implantable → Article 54(1)(a) MDR applies; the NB will run the clinical evaluation "
            "consultation procedure. No Article 54(2) exemption (the G2 is not a modification of a device "
            "already marketed by Neurogastrix).",
    "desc": "Gastrelle G2 = rechargeable-free neurostimulator (47 cm³) implanted in a subcutaneous abdominal pocket, "
            "connected to two unipolar leads whose electrodes are inserted in the muscularis propria of the greater "
            "curvature, 10 cm proximal to the pylorus, by laparoscopy or laparotomy. High-frequency, low-energy "
            "stimulation, default settings 14 Hz, 330 µs, 0,1 s ON / 5 s OFF; pulse amplitude "
            "adjustable from 0,1 to 5,0 mA.",
    "ip": "Gastrelle G2 is intended for gastric electrical stimulation in the treatment of chronic, drug-refractory "
          "nausea and vomiting secondary to diabetic or idiopathic gastroparesis.",
    "indications": [
        "Chronic, drug-refractory nausea and vomiting due to diabetic gastroparesis",
        "Chronic, drug-refractory nausea and vomiting due to idiopathic gastroparesis",
        "Delayed gastric emptying confirmed by 4-hour scintigraphy (retention > 10 % at 4 h)",
    ],
    "contra": [
        "Gastroparesis after gastric surgery or of post-surgical origin",
        "Mechanical obstruction of the gastrointestinal tract",
        "Other active implantable devices (pacemaker, ICD) within 15 cm",
        "Pregnancy; active eating disorder; chronic opioid use",
    ],
    "population": "Patients of 16 years and older with diabetic or idiopathic gastroparesis refractory to "
                  "antiemetic and prokinetic drugs for at least 12 months.",
    "pop_rows": [
        ("Age", "Patients of 16 years and older"),
        ("Etiology", "Diabetic (type 1 or 2) or idiopathic gastroparesis"),
        ("Severity", "≥ 7 vomiting episodes/week; refractory to drugs for ≥ 12 months"),
    ],
    "users_setting": "Implantation by general or digestive surgeons in hospital operating rooms; programming by "
                     "gastroenterologists during outpatient visits.",
    "benefits": [
        ("Reduction of vomiting", "Weekly vomiting frequency, change vs baseline at 6 and 12 months"),
        ("Improvement of symptoms", "Gastroparesis Cardinal Symptom Index (GCSI)"),
        ("Quality of life", "SF-36 physical and mental component"),
    ],
    "criteria": [
        ("Vomiting frequency", "Median reduction ≥ 50 % at 12 months", "Literature 50–80 %"),
        ("GCSI", "Improvement ≥ 0,75 point at 12 months", "MCID"),
        ("Device-related SAE incl. infection/explant", "≤ 10 % at 12 months", "Literature 5–10 %"),
        ("Lead dislodgement/erosion", "≤ 5 % at 12 months", "Literature"),
    ],
    "cep_scope": "CEP for Gastrelle G2 (neurostimulator, leads, programmer) – first MDR conformity assessment.",
    "cdp": "Data: (1) literature on GES in gastroparesis (randomized crossover and open studies); (2) GT-CIP-02 "
           "prospective study, 78 patients, 12 months, 5 Spanish and French centers; (3) PMCF.",
    "search": "PubMed/Embase 01/2000–01/2024; \"gastric electrical stimulation\" AND gastroparesis; 526 hits; 21 "
              "retained.",
    "cep_pmcf": "PMCF registry, see GT-PMCF-01.",
    "cer_summary": "GT-CIP-02 (78 patients, 12 months) meets all CEP acceptance criteria; results match the "
                   "published GES literature. Benefit-risk favorable.",
    "sota": [
        "Treatment of gastroparesis: diet, glycemic control, prokinetics (metoclopramide, domperidone), antiemetics; "
        "for refractory patients: GES, pyloric interventions (G-POEM, botulinum toxin), jejunal feeding [1, 2].",
        "GES reduces vomiting frequency by 50–80 % in open-label series; blinded crossover phases show smaller, "
        "inconsistent effects, better in diabetic than idiopathic patients [3-5]. Infection and explantation "
        "rates are 5–10 %.",
    ],
    "studies": [
        ("[3]", "Randomized crossover", "33", "Diabetic/idiopathic GP", "12 months", "Vomiting -56 % (open phase)"),
        ("[4]", "Randomized crossover", "172", "Diabetic and idiopathic GP", "4 months (blinded)", "Vomiting reduced ON vs OFF"),
        ("[5]", "Systematic review", "> 1 000", "GP, adults", "Variable", "Symptom improvement; 8 % explants"),
        ("[6]", "GT-CIP-02", "78", "16–68 years, refractory GP", "12 months", "Vomiting -64 % (median)"),
    ],
    "own_data": "GT-CIP-02: 78 patients (51 diabetic, 27 idiopathic), aged 16 to 68, 5 of them under 18. At "
                "12 months (n = 72): median vomiting reduction 64 %; GCSI -1,1; SF-36 PCS +6,2. Device-related "
                "SAE 6/78 (7,7 %), including 3 pocket infections (2 explants); lead dislodgement 2/78 (2,6 %).",
    "pms": "[Insert summary of vigilance data from MAUDE and BfArM databases here]",
    "results": [
        ("Vomiting reduction ≥ 50 %", "64 % (median)", "Met"),
        ("GCSI ≥ 0,75", "-1,1", "Met"),
        ("Device SAE ≤ 10 %", "7,7 %", "Met"),
        ("Lead dislodgement ≤ 5 %", "2,6 %", "Met"),
    ],
    "claims": [
        "Reduces weekly vomiting by about two thirds at 12 months in drug-refractory patients [6]",
        "Improves symptom score (GCSI) and physical quality of life [6]",
    ],
    "br": "Benefit: fewer vomiting episodes and better quality of life in patients with no other option except "
          "surgery or feeding tubes. Risks: infection, lead problems, explant, surgery. Favorable.",
    "residual": [
        "Pocket infection requiring explantation",
        "Lead dislodgement or erosion into the gastric lumen",
        "Bowel obstruction by the leads (volvulus, adhesions)",
        "Pain at the pocket site; shock sensation",
        "Interaction with other implanted devices",
    ],
    "cer_pmcf": "Explant and infection rates beyond 12 months and battery longevity remain to be confirmed.",
    "conclusion": "Conformity with GSPR 1 and 8 demonstrated for the intended purpose and population.",
    "refs": [
        "Camilleri M, Kuo B, Nguyen L, et al. ACG clinical guideline: gastroparesis. Am J Gastroenterol. "
        "2022;117(8):1197-220.",
        "Schol J, Wauters L, Dickman R, et al. United European Gastroenterology and European Society for "
        "Neurogastroenterology and Motility consensus on gastroparesis. United European Gastroenterol J. "
        "2021;9(3):287-306.",
        "Abell T, McCallum R, Hocking M, et al. Gastric electrical stimulation for medically refractory "
        "gastroparesis. Gastroenterology. 2003;125(2):421-8.",
        "Ducrotté P, Coffin B, Bonaz B, et al. Gastric electrical stimulation reduces refractory vomiting in a "
        "randomized crossover trial. Gastroenterology. 2020;158(3):506-14.",
        "Levinthal DJ, Bielefeldt K. Systematic review and meta-analysis: gastric electrical stimulation for "
        "gastroparesis. Auton Neurosci. 2017;202:45-55.",
        "Neurogastrix S.L. GT-CIP-02 clinical investigation report, 12-month final, 30/11/2023.",
    ],
    "warnings": [
        "Do not use diathermy (short-wave, microwave or therapeutic ultrasound) on patients with the device.",
        "MRI: MR Unsafe. Do not perform MRI examinations.",
        "Turn the stimulator off before electrocautery, external defibrillation or lithotripsy.",
        "Check the leads position by X-ray after any abdominal surgery.",
    ],
    "steps": [
        "Insert the two electrodes in the muscularis propria, 1 cm apart, 10 cm from the pylorus.",
        "Check by gastroscopy that the electrodes did not perforate the mucosa.",
        "Connect the leads, place the generator in a subcutaneous pocket, check impedances (200–800 Ω).",
        "Program 14 Hz, 330 µs, 5 mA (typical) and adjust at follow-up visits.",
    ],
    "side_effects": [
        "Infection; explantation",
        "Lead dislodgement, erosion, perforation",
        "Intestinal obstruction",
        "Pain, shock sensation",
    ],
    "specs": [
        ("Pulse amplitude", "0 to 10 mA in steps of 0,1 mA"),
        ("Pulse width", "60 to 450 µs"),
        ("Pulse frequency", "2 to 130 Hz (14 Hz recommended)"),
        ("Cycling", "0,1 s ON / 5 s OFF (default)"),
        ("Battery longevity", "7 to 10 years at default settings"),
        ("Volume / weight", "47 cm³ / 62 g"),
    ],
    "pmcf": {
        "ref": "Gastrelle G2; CER GT-CER-01 v3; CEP GT-CEP-01 v2.",
        "objectives": [
            "Rates of infection, explantation and lead complications up to 5 years (residual risks 1–3)",
            "Durability of vomiting reduction at 2 and 3 years",
            "Battery longevity in real use",
        ],
        "design": "Prospective, multicenter registry with all consecutive implanted patients in the participating "
                  "centers; yearly visits.",
        "population": "Patients implanted according to the IFU (drug-refractory diabetic or idiopathic gastroparesis).",
        "setting": "8 hospitals in Spain, France and Italy.",
        "endpoints": [
            ("Explant/infection", "Device-related SAE, explant", "Yearly to 5 years"),
            ("Vomiting", "Weekly episodes (diary)", "12, 24, 36 months"),
            ("GCSI", "Symptom score", "12, 24, 36 months"),
        ],
        "n": "200 patients: an explant rate of 8 % can be estimated with a 95 % CI of ± 3,8 %.",
        "timeline": [
            ("First enrolment", "TBD (depending on first implants)"),
            ("Interim report", "2027"),
            ("Final report (5 years)", "2031"),
        ],
        "report": "PMCF evaluation report yearly with the PSUR; CER update yearly.",
    },
    "sscp": {
        "clin": "In a study of 78 patients followed for 12 months, vomiting decreased by 64 % (median); 7,7 % had a "
                "serious device-related event, mainly infection of the pocket.",
        "pmcf": "A registry of 200 patients will follow patients for 5 years.",
        "users": "Surgeons experienced in laparoscopic surgery, trained by Neurogastrix; gastroenterologists for "
                 "programming.",
    },
    "cear": {
        "cer_ref": "GT-CER-01 v3, 08/04/2024",
        "pop": "Patients aged 16 years and over with drug-refractory diabetic or idiopathic gastroparesis.",
        "cecp": "Active implantable, class III; Art. 54(1)(a) applies.",
        "assess": [
            "Clinical investigation GT-CIP-02 (78 patients, 12 months) plus literature. All CEP acceptance criteria "
            "are addressed in the CER and met.",
            "Blinded data in the literature show weaker effects than open data; this is discussed in the CER.",
        ],
        "br": "Acceptable.",
        "pmcf": "Registry of 200 patients over 5 years; acceptable.",
        "ifu": "IFU (EN, ES) and SSCP reviewed.",
        "concl": "Positive, pending the expert panel consultation.",
    },
    "ov": {
        "IFU": {"population": "Adults aged 18 to 70 years with diabetic or idiopathic gastroparesis refractory to "
                              "antiemetic and prokinetic drugs for at least 12 months."},
        "SSCP": {"udi": "5412345600GASTRELLE3M1",
                 "population": "Adults aged 18 to 70 years with diabetic or idiopathic gastroparesis refractory "
                               "to medical therapy."},
    },
    "tr": {
        "es": {
            "desc": "Gastrelle G2 es un neuroestimulador implantado en un bolsillo subcutáneo abdominal, conectado a "
                    "dos electrodos insertados en la muscular propia de la curvatura mayor del estómago.",
            "ip": "Gastrelle G2 está destinado a la estimulación eléctrica gástrica para el tratamiento de las "
                  "náuseas y los vómitos crónicos, refractarios a los fármacos, secundarios a gastroparesia "
                  "diabética o idiopática.",
            "indications": [
                "Náuseas y vómitos crónicos refractarios debidos a gastroparesia diabética",
                "Náuseas y vómitos crónicos refractarios debidos a gastroparesia idiopática",
                "Vaciamiento gástrico retrasado confirmado por gammagrafía de 4 horas",
            ],
            "contra": [
                "Gastroparesia de origen posquirúrgico",
                "Obstrucción mecánica del tubo digestivo",
                "Otros implantes activos (marcapasos, DAI) a menos de 15 cm",
                "Embarazo; trastorno alimentario activo; uso crónico de opioides",
            ],
            "population": "Adultos de 18 a 70 años con gastroparesia diabética o idiopática refractaria a "
                          "antieméticos y procinéticos durante al menos 12 meses.",
            "users_setting": "Implantación por cirujanos en quirófano hospitalario; programación por "
                             "gastroenterólogos en consulta.",
            "warnings": [
                "No utilizar diatermia en pacientes portadores del dispositivo.",
                "RM: no seguro para RM. No realizar exploraciones de RM.",
                "Apagar el estimulador antes de electrocauterio, desfibrilación externa o litotricia.",
                "Comprobar la posición de los electrodos por radiografía tras cualquier cirugía abdominal.",
            ],
            "steps": [
                "Insertar los dos electrodos en la muscular propia, a 1 cm de distancia, a 10 cm del píloro.",
                "Comprobar por gastroscopia la ausencia de perforación de la mucosa.",
                "Conectar los electrodos y colocar el generador; comprobar impedancias (200–800 Ω).",
                "Programar 14 Hz, 330 µs, 5 mA (típico).",
            ],
            "side_effects": ["Infección; explantación", "Desplazamiento, erosión o perforación del electrodo",
                             "Obstrucción intestinal", "Dolor, sensación de descarga"],
            "specs": [
                ("Amplitud del impulso", "0 a 10 mA"),
                ("Anchura del impulso", "60 a 450 µs"),
                ("Frecuencia", "2 a 130 Hz (14 Hz recomendado)"),
                ("Ciclo", "0,1 s ON / 5 s OFF"),
                ("Duración de la batería", "7 a 10 años"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "GT-CEP-01_v2.pdf", "no": "GT-CEP-01", "rev": "v2", "date": "15/09/2023"},
        "CER": {"file": "GT-CER-01_v3_Clinical-Evaluation-Report.docx", "no": "GT-CER-01", "rev": "v3",
                "date": "08/04/2024", "author": "R. Puig (RA), Dr. E. Vidal (gastroenterology)"},
        "PMCF-plan": {"file": "GT-PMCF-01_v1.md", "no": "GT-PMCF-01", "rev": "v1", "date": "08/04/2024"},
        "IFU-en": {"file": "Gastrelle_G2_IFU_EN.pdf", "no": "GT-IFU-EN", "rev": "2", "date": "03/2024"},
        "IFU-es": {"file": "Gastrelle_G2_Instrucciones_ES.docx", "no": "GT-IFU-ES", "rev": "2", "date": "03/2024"},
        "SSCP": {"file": "GT-SSCP-01_v1.pdf", "no": "GT-SSCP-01", "rev": "v1", "date": "08/04/2024"},
        "CEAR": {"file": "IECS-3189_CEAR_Gastrelle.pdf", "no": "IECS-CEAR-24-0209", "rev": "A", "date": "14/06/2024"},
    },
    "style": {
        "all": {"num": "dot", "pop_as": "table", "ip_title": "Intended use"},
        "CEP": {"hf": ("Neurogastrix S.L. – GT-CEP-01 v2", "Confidential")},
        "IFU": {"pop_as": "prose", "num": "none"},
        "SSCP": {"font": "serif"},
        "CEAR": {"num": "none", "hf": ("IECS – NB 3189", "Confidential")},
    },
}

LABELS = [
    {
        "defect": "basic_udi_di_differs_in_sscp", "category": "device-identity",
        "docs": ["SSCP", "CER"],
        "quotes": ["5412345600GASTRELLE3M1", "5412345600GASTRELLE2M4"],
        "description": "The SSCP gives a Basic UDI-DI ending '3M1' while the CER, CEP, IFU and CEAR give '2M4' "
                       "for the same Gastrelle G2.",
        "accept": [],
    },
    {
        "defect": "pulse_amplitude_range_differs", "category": "specification",
        "docs": ["CER", "IFU-en"],
        "quotes": ["pulse amplitude adjustable from 0,1 to 5,0 mA", "0 to 10 mA in steps of 0,1 mA"],
        "description": "The CER describes a pulse amplitude range of 0,1 to 5,0 mA, the IFU specifies 0 to 10 mA.",
        "accept": [],
    },
    {
        "defect": "adolescents_in_cer_adults_in_ifu", "category": "population",
        "docs": ["CER", "IFU-en", "IFU-es", "SSCP"],
        "quotes": ["Patients of 16 years and older",
                   "Adults aged 18 to 70 years with diabetic or idiopathic gastroparesis",
                   "Adultos de 18 a 70 años con gastroparesia diabética o idiopática"],
        "description": "CEP, CER and CEAR cover patients from 16 years with no upper age, the IFU (EN, ES) and "
                       "SSCP restrict to adults aged 18 to 70.",
        "accept": ["intended-use"],
    },
    {
        "defect": "unfilled_placeholders", "category": "template",
        "docs": ["CER", "PMCF-plan"],
        "quotes": ["[Insert summary of vigilance data from MAUDE and BfArM databases here]", "TBD (depending on first implants)"],
        "description": "The CER's post-market surveillance section is an unfilled template instruction and the "
                       "PMCF timeline leaves the first enrolment as TBD.",
        "accept": ["pmcf"],
    },
]

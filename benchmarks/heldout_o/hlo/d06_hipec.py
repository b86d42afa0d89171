"""o06: HIPEC perfusion system. Defective dossier (specification, safety-instruction, pmcf, language)."""

F = dict(
    id="o06-hipec-calorix",
    trade="Calorix",
    full="Calorix HIPEC System",
    generic="hyperthermic intraperitoneal chemotherapy (HIPEC) perfusion system",
    manufacturer="Thermoncologie SA",
    address="Rue du Bois Saint-Jean 15, 4102 Seraing, Belgium",
    srn="BE-MF-000029904",
    nb="Nordcert Medical Evaluation Oy",
    nb_no="2812",
    udi="5412345CLXHIPEC9",
    dev_class="IIb",
    rule="Annex VIII Rule 12, active device administering a medicinal product in a potentially hazardous manner",
    author="M. Delvaux, PharmD",
    trans_note="Translation of the original French instructions for use (CLX-NU-02).",
    scope=("The system is an active device intended to administer cytotoxic medicinal products (mitomycin C, oxaliplatin, "
           "cisplatin) into the peritoneal cavity at 41-43 °C, which is potentially hazardous: class IIb by Rule 12 "
           "(Rule 9 gives the same class for the heat exchange). Article 54(1)(b) MDR therefore applies. The Calorix "
           "system is marketed since 2019 under Directive 93/42/EEC, but the MDR version has a new console software and "
           "a fourth temperature channel: the exemption of Article 54(2)(b) is not applicable and the CECP is foreseen."),
    scope_cear=("Article 54(1)(b) applies: active class IIb device, Rule 12, administration of cytotoxic medicinal "
                "products. Article 54(2)(b) not applicable (software and hardware changes beyond MDR-driven "
                "modifications). Proposed panel: general and plastic surgery."),
    models=[("CLX-C1", "Console: roller pump, plate heat exchanger, 4 temperature channels, pressure monitoring, touchscreen"),
            ("CLX-TS", "Single-use tubing set with 4 l reservoir, heat exchanger cassette and 40 µm filter"),
            ("CLX-TP", "Single-use temperature probes (inflow, outflow, 2 intraperitoneal)"),
            ("CLX-CAN", "Inflow and outflow cannulas for open (coliseum) and closed-abdomen techniques")],
    abbr=[["CRS", "cytoreductive surgery"], ["HIPEC", "hyperthermic intraperitoneal chemotherapy"],
          ["PCI", "peritoneal cancer index"], ["PM", "peritoneal metastases"], ["SmPC", "summary of product characteristics"]],
    summary=["The present CER is established in the frame of the MDR certification of the Calorix HIPEC System. The system "
             "heats and circulates a solution of cytotoxic medicinal product in the peritoneal cavity after complete "
             "cytoreductive surgery (CRS). The device data come from the registry CLX-REG (86 procedures in 3 Belgian "
             "centres, 2021-2023); the state of the art comes from the randomised trials on HIPEC.",
             "The CEP criteria are met and the benefit-risk is judged favourable. No survival claim is made for the "
             "device: the oncological benefit depends on the medicinal product and on the indication."],
    description=["The CLX-C1 console drives the perfusate with a roller pump through a heat exchanger and the inflow "
                 "cannula into the abdomen; the outflow cannulas return it to the reservoir. Four probes measure the "
                 "inflow, outflow and intraperitoneal temperatures; the software regulates the heater on the inflow "
                 "temperature.",
                 "Both the open (coliseum) technique and the closed-abdomen technique are possible with the CLX-CAN "
                 "cannulas."],
    principle=("Hyperthermia increases the penetration and the cytotoxicity of several medicinal products in the "
               "peritoneal tissue, while the peritoneal-plasma barrier limits systemic exposure."),
    cer_specs_prose=("The inflow temperature setpoint is adjustable between 37 and 45 °C and the perfusate flow between "
                     "0.2 and 2.5 l/min; an independent cut-off stops the heater at 44.0 °C."),
    purpose=("The Calorix HIPEC System is intended for the delivery of a heated solution of cytotoxic medicinal product "
             "into the peritoneal cavity (HIPEC), with controlled temperature and flow, after complete cytoreductive "
             "surgery in patients with peritoneal metastases."),
    indications=["Peritoneal metastases of colorectal origin, after complete CRS (CC-0 or CC-1)",
                 "Epithelial ovarian cancer stage III, at interval cytoreductive surgery after neoadjuvant chemotherapy",
                 "Pseudomyxoma peritonei"],
    contraindications=["Incomplete cytoreduction (residual nodules above 2.5 mm, CC-2 or CC-3)",
                       "Extensive extra-abdominal metastatic disease",
                       "Contraindications of the cytotoxic medicinal product according to its SmPC"],
    population="Adult patients (18 years and over).",
    users="Perfusionists and surgical oncology teams trained by the manufacturer (2-day training with 3 proctored procedures).",
    setting="Operating rooms of hospitals performing CRS and HIPEC.",
    warnings=["Handle cytotoxic solutions with a closed system transfer device and personal protective equipment; use "
              "smoke evacuation in the open technique.",
              "Monitor the intraperitoneal temperatures continuously: tissue temperatures above 43 °C may cause thermal "
              "injury of the bowel.",
              "Verify the posology of the medicinal product (dose, concentration, duration) with the oncologist and "
              "the hospital pharmacy before priming.",
              "Monitor the core temperature of the patient; use a cooling blanket if above 39 °C.",
              "Dispose of the perfusate and the tubing set as cytotoxic waste."],
    adverse=[("Postoperative fever > 38.5 °C", "21 % (CLX-REG)"),
             ("Neutropenia grade 3-4 (drug-related)", "6 % (CLX-REG)"),
             ("Anastomotic leak (procedure-related)", "4.7 % (CLX-REG); 4-9 % literature"),
             ("Thermal bowel injury (device-related)", "0 % (CLX-REG)"),
             ("Acute kidney injury (cisplatin)", "3.5 % (CLX-REG)")],
    residual=["Thermal injury of the bowel or the abdominal wall", "Occupational exposure to cytotoxic agents",
              "Under-treatment due to insufficient temperature or flow", "Leakage of perfusate in closed technique"],
    sota=["Peritoneal metastases (PM) are a frequent evolution of colorectal, ovarian and gastric cancers and carry a "
          "poor prognosis with systemic chemotherapy only. Complete CRS followed by HIPEC is actually offered in "
          "specialised centres.",
          "In stage III ovarian cancer, HIPEC with cisplatin at interval CRS improved recurrence-free and overall "
          "survival in a randomised trial [2]. In colorectal PM, oxaliplatin HIPEC of 30 minutes did not improve "
          "overall survival compared with CRS alone and increased late complications [3]; its use is debated. "
          "Technical consensus recommends an intraperitoneal temperature of 41 to 43 °C [4]."],
    alternatives=["Systemic chemotherapy alone", "CRS without HIPEC", "Pressurised intraperitoneal aerosol chemotherapy (palliative)",
                  "Other HIPEC perfusion systems"],
    search=dict(db="PubMed and Embase", period="2005-01-01 to 2024-09-30",
                result="784 records, 61 full texts, 15 retained; the CLX-REG registry report provides the device data.",
                pico=[["Population", "Adults with PM after CRS"], ["Intervention", "HIPEC with a perfusion system"],
                      ["Comparison", "CRS alone, other HIPEC systems"],
                      ["Outcomes", "Temperature performance, device deficiencies, complications, survival (state of the art)"]]),
    studies=[["[1]", "CLX-REG, retrospective registry, 3 centres", "86", "Adults, PM after complete CRS", "30 days",
              "Target temperature reached in 97.7 %; no thermal injury"],
             ["[2]", "Randomised phase 3 (other HIPEC systems)", "245", "Stage III ovarian cancer", "median 4.7 years",
              "Overall survival 45.7 vs 33.9 months"],
             ["[3]", "Randomised phase 3 (other HIPEC systems)", "265", "Colorectal PM", "median 63.8 months",
              "No overall survival difference"],
             ["[4]", "Expert consensus", "n/a", "HIPEC technique", "n/a", "Temperature 41-43 °C recommended"]],
    appraisal=["CLX-REG includes all consecutive procedures performed with the Calorix system in the three centres; "
               "temperatures were extracted from the console logs. The retrospective design is a limitation but the "
               "thermal endpoints are objective.",
               "The randomised trials [2, 3] describe the therapy and are used for the state of the art; they were not "
               "performed with the Calorix system."],
    claims=[("Reaches the target intraperitoneal temperature rapidly.", "Median time to target 6.4 min; reached in 97.7 % [1]."),
            ("Maintains a homogeneous temperature in the abdomen.", "Difference between intraperitoneal probes < 1 °C during 93 % of the perfusion time [1].")],
    benefits=[("Thermal performance", "Target temperature reached within 10 min", "≥ 95 % of procedures", "97.7 % (84/86)"),
              ("Temperature stability", "Intraperitoneal temperature within ± 1 °C of target during ≥ 90 % of perfusion time",
               "≥ 90 % of procedures", "93.0 % (80/86)")],
    safety=[("Device-related thermal injury", "≤ 1 %", "0 %"),
            ("Device deficiency interrupting perfusion > 5 min", "≤ 3 %", "2.3 % (2/86)"),
            ("Occupational exposure incident", "0", "0")],
    br=["The device achieves the thermal conditions recommended by the state of the art with a low rate of device "
        "deficiencies. The residual risks are controlled by the independent cut-off and by the instructions."],
    cer_pmcf="The PMCF plan {no} rev. {rev} describes the PMCF activities foreseen after certification.",
    conclusion=["The Calorix HIPEC System is in conformity with GSPR 1 and 8 for the intended purpose, in adult patients."],
    refs=["Thermoncologie. CLX-REG registry report, version 1.0, 2024-05-31.",
          "van Driel WJ, Koole SN, Sikorska K, et al. Hyperthermic intraperitoneal chemotherapy in ovarian cancer. "
          "N Engl J Med 2018;378:230-240.",
          "Quénet F, Elias D, Roca L, et al. Cytoreductive surgery plus hyperthermic intraperitoneal chemotherapy versus "
          "cytoreductive surgery alone for colorectal peritoneal metastases (PRODIGE 7). Lancet Oncol 2021;22:256-266.",
          "Dumont E, Kessler R, et al. Technical parameters of HIPEC: an international expert consensus. Eur J Surg Oncol 2020;46:1421-1430."],
    cdp=["Bench verification of thermal and hydraulic performance, IEC 60601-1 and -1-2.",
         "Registry CLX-REG on the Directive-era device (console software 3.x).", "PMCF after MDR certification."],
    pmcf=dict(
        obj_intro="The PMCF objectives are:",
        objectives=["→ Confirm the safety and performance of the Calorix HIPEC System during its lifetime",
                    "→ Collect the satisfaction of the users"],
        general=["Complaints and vigilance follow-up.", "Literature review every two years."],
        design=("A satisfaction questionnaire will be sent each year to the perfusionists and surgeons using the Calorix "
                "system."),
        population="Users of the Calorix HIPEC System (perfusionists, surgeons).",
        setting="Centres using the system in Belgium, France and Luxembourg.",
        endpoints=["User satisfaction (5-point Likert scale)", "Number of complaints"],
        sample="The number of centres and of patients is to be defined after the first year of commercialisation.",
        timeline=[["First questionnaire", "to be defined"], ["PMCF evaluation report", "with the next CER update"]]),
    ifu_desc=["The Calorix HIPEC System consists of the CLX-C1 console, the single-use CLX-TS tubing set, the CLX-TP "
              "temperature probes and the CLX-CAN cannulas.",
              "It heats and circulates the perfusate in the peritoneal cavity in open or closed technique."],
    ifu_adverse=["Fever after the procedure", "Decrease of white blood cells (related to the medicinal product)",
                 "Anastomotic leak", "Thermal injury of the bowel", "Kidney injury (cisplatin)"],
    specs=[("Perfusate flow", "0.2–2.5 l/min"),
           ("Inflow temperature setpoint", "37.0–43.0 °C (steps of 0.1 °C)"),
           ("Temperature accuracy", "± 0.2 °C"),
           ("Independent over-temperature cut-off", "44.0 °C (inflow)"),
           ("Temperature channels", "4"),
           ("Reservoir / priming volume", "4 l / 1.2 l"),
           ("Heating power", "2 kW"),
           ("Pressure monitoring", "0–500 mmHg")],
    steps=["Install the CLX-TS tubing set and the probes; perform the automatic leak and sensor test.",
           "Prime with 3 l of carrier solution and heat to the setpoint (usually 42.0 °C).",
           "Place the inflow and outflow cannulas and the two intraperitoneal probes.",
           "Add the cytotoxic medicinal product prepared by the hospital pharmacy when the target temperature is reached.",
           "Perfuse during the time prescribed in the protocol (30 to 90 min).",
           "If the outflow temperature alarm sounds repeatedly because a probe has moved, the temperature alarms may be "
           "switched off in the service menu and the perfusion continued on the inflow reading.",
           "At the end, drain the abdomen, rinse with carrier solution and dispose of the set as cytotoxic waste."],
    storage="Store the single-use items at 10–30 °C. The console is serviced yearly by the manufacturer.",
    sscp_note=None,
    reviewers="Clinical reviewer: surgical oncologist, code NC-S-12. Technical reviewer: engineer, active devices and "
              "infusion technology, code NC-T-04.",
    cear_purpose=("HIPEC perfusion with controlled temperature and flow after complete CRS, in adults with peritoneal "
                  "metastases (colorectal, ovarian stage III at interval CRS, pseudomyxoma peritonei)."),
    cear_rows=[
        ["C — Device, novelty", "Established therapy and technology; new software version and fourth channel.", "Closed"],
        ["C — Classification", "IIb, Rule 12 (cytotoxic medicinal product, potentially hazardous).", "Closed"],
        ["C — CEP", "Criteria defined for thermal performance and safety.", "Closed"],
        ["C — State of the art", "Randomised trials discussed including the negative colorectal trial.", "Closed"],
        ["D — Literature", "Acceptable.", "Closed"],
        ["E — Clinical data", "Registry CLX-REG, 86 procedures, retrospective; thermal endpoints objective.", "Closed"],
        ["F — PMCF plan", "PMCF activities proportionate to a well-established technology.", "Closed"],
        ["G — IFU", "IFU FR (original) and EN reviewed; consistent with the CER.", "Closed"],
        ["H — Benefit-risk", "Favourable.", "Closed"]],
    cear_conclusion=["The clinical evidence is considered sufficient. The documentation is transmitted for the CECP "
                     "(Article 54(1)(b))."],
    docs=dict(
        CEP=dict(file="Calorix_CEP.pdf", no="TO-CEP-02", rev="A", date="2024-03-01"),
        CER=dict(file="Calorix_CER_revB.pdf", no="TO-CER-02", rev="B", date="2024-10-10"),
        PMCF=dict(file="Calorix_PMCF_Plan.docx", no="TO-PMCF-02", rev="A", date="2024-10-10"),
        IFU={"fr": dict(file="Calorix_Notice_FR.docx", no="CLX-NU-02", rev="4", date="2024-11"),
             "en": dict(file="Calorix_IFU_EN.docx", no="CLX-NU-02-EN", rev="4", date="2024-11")},
        CEAR=dict(file="CEAR_2812_Calorix.pdf", no="NC-2812-CEAR-0456", rev="1", date="2025-02-21")),
    style=dict(num="dot", cer_layout="A", cer_comma=True, bullet="-", ifu_bullet="-", num_ifu="dot"),
    tr={"fr": dict(
        ifu_sub="Système de perfusion pour chimiothérapie hyperthermique intrapéritonéale",
        ifu_desc=["Le système Calorix HIPEC se compose de la console CLX-C1, de la ligne à usage unique CLX-TS, des sondes "
                  "de température CLX-TP et des canules CLX-CAN.",
                  "Il chauffe et fait circuler le perfusat dans la cavité péritonéale, en technique ouverte ou fermée."],
        purpose=("Le système Calorix HIPEC est destiné à l'administration d'une solution chauffée de médicament "
                 "cytotoxique dans la cavité péritonéale (CHIP), à température et débit contrôlés, après une chirurgie "
                 "de cytoréduction complète chez les patients présentant une carcinose péritonéale."),
        indications=["Carcinose péritonéale d'origine colorectale, après chirurgie de cytoréduction complète (CC-0 ou CC-1)",
                     "Cancer épithélial de l'ovaire de stade III, lors de la chirurgie d'intervalle après chimiothérapie néoadjuvante",
                     "Carcinose péritonéale d'origine gastrique, après chirurgie de cytoréduction complète",
                     "Mésothéliome péritonéal malin",
                     "Pseudomyxome péritonéal"],
        contraindications=["Cytoréduction incomplète (nodules résiduels de plus de 2,5 mm, CC-2 ou CC-3)",
                           "Maladie métastatique extra-abdominale étendue",
                           "Contre-indications du médicament cytotoxique selon son RCP"],
        population="Patients adultes (18 ans et plus).",
        users="Perfusionnistes et équipes de chirurgie oncologique formés par le fabricant (formation de 2 jours avec "
              "3 procédures encadrées).",
        setting="Blocs opératoires des hôpitaux pratiquant la chirurgie de cytoréduction et la CHIP.",
        warnings=["Manipuler les solutions cytotoxiques avec un système de transfert clos et des équipements de protection "
                  "individuelle ; utiliser une évacuation des fumées en technique ouverte.",
                  "Surveiller en continu les températures intrapéritonéales : des températures tissulaires supérieures à "
                  "43 °C peuvent provoquer une lésion thermique de l'intestin.",
                  "Vérifier la posologie du médicament (dose, concentration, durée) avec l'oncologue et la pharmacie "
                  "hospitalière avant l'amorçage.",
                  "Surveiller la température centrale du patient ; utiliser une couverture refroidissante au-delà de 39 °C.",
                  "Éliminer le perfusat et la ligne comme déchets cytotoxiques."],
        ifu_adverse=["Fièvre après l'intervention", "Baisse des globules blancs (liée au médicament)", "Fistule anastomotique",
                     "Lésion thermique de l'intestin", "Atteinte rénale (cisplatine)"],
        specs=[("Débit du perfusat", "0,2–2,5 l/min"),
               ("Consigne de température d'entrée", "37,0–43,0 °C (pas de 0,1 °C)"),
               ("Précision de température", "± 0,2 °C"),
               ("Coupure indépendante de surchauffe", "44,0 °C (entrée)"),
               ("Canaux de température", "4"),
               ("Réservoir / volume d'amorçage", "4 l / 1,2 l"),
               ("Puissance de chauffe", "2 kW"),
               ("Surveillance de pression", "0–500 mmHg")],
        steps=["Installer la ligne CLX-TS et les sondes ; réaliser le test automatique d'étanchéité et des capteurs.",
               "Amorcer avec 3 l de solution vectrice et chauffer à la consigne (habituellement 42,0 °C).",
               "Mettre en place les canules d'entrée et de sortie et les deux sondes intrapéritonéales.",
               "Ajouter le médicament cytotoxique préparé par la pharmacie hospitalière lorsque la température cible est atteinte.",
               "Perfuser pendant la durée prescrite par le protocole (30 à 90 min).",
               "Si l'alarme de température de sortie se déclenche de façon répétée parce qu'une sonde a bougé, les alarmes "
               "de température peuvent être désactivées dans le menu de service et la perfusion poursuivie sur la "
               "lecture d'entrée.",
               "À la fin, vidanger l'abdomen, rincer avec la solution vectrice et éliminer la ligne comme déchet cytotoxique."],
        storage="Conserver les articles à usage unique entre 10 et 30 °C. La console est entretenue chaque année par le fabricant.")},
)

LABELS = [
    {"defect": "temperature_setpoint_range_differs", "category": "specification", "rule": None,
     "documents": ["Calorix_CER_revB.pdf", "Calorix_IFU_EN.docx"],
     "quotes": ["The inflow temperature setpoint is adjustable between 37 and 45 °C",
                "37.0–43.0 °C (steps of 0.1 °C)"],
     "description": "The CER gives an inflow temperature setpoint up to 45 °C, the IFU (and its French original) "
                    "37.0–43.0 °C; 45 °C would also exceed the 44.0 °C cut-off and the thermal-injury warning.",
     "accept": ["plausibility", "safety-instruction"]},
    {"defect": "temperature_alarms_switched_off", "category": "safety-instruction", "rule": None,
     "documents": ["Calorix_IFU_EN.docx", "Calorix_Notice_FR.docx"],
     "quotes": ["the temperature alarms may be switched off in the service menu and the perfusion continued on the inflow reading",
                "Monitor the intraperitoneal temperatures continuously: tissue temperatures above 43 °C may cause thermal injury of the bowel.",
                "les alarmes de température peuvent être désactivées dans le menu de service"],
     "description": "The IFU instructs to disable the temperature alarms during a cytotoxic hyperthermic perfusion, "
                    "contradicting its own warning on continuous intraperitoneal temperature monitoring.",
     "accept": []},
    {"defect": "pmcf_survey_only_undefined", "category": "pmcf", "rule": None,
     "documents": ["Calorix_PMCF_Plan.docx"],
     "quotes": ["A satisfaction questionnaire will be sent each year to the perfusionists and surgeons using the Calorix system.",
                "The number of centres and of patients is to be defined after the first year of commercialisation.",
                "Confirm the safety and performance of the Calorix HIPEC System during its lifetime"],
     "description": "PMCF limited to a user satisfaction survey, generic objectives not linked to the residual risks "
                    "(thermal injury, cytotoxic exposure), no patient endpoints, no sample size and no timeline.",
     "accept": ["template"]},
    {"defect": "french_ifu_wider_indications", "category": "language", "rule": None,
     "documents": ["Calorix_Notice_FR.docx", "Calorix_IFU_EN.docx"],
     "quotes": ["Carcinose péritonéale d'origine gastrique, après chirurgie de cytoréduction complète",
                "Mésothéliome péritonéal malin",
                "Peritoneal metastases of colorectal origin, after complete CRS (CC-0 or CC-1)"],
     "description": "The French original IFU lists gastric peritoneal carcinomatosis and peritoneal mesothelioma as "
                    "indications; the English IFU, the CER and the CEAR list only colorectal, ovarian and pseudomyxoma.",
     "accept": ["intended-use"]},
]

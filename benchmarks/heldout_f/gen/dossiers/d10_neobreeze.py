"""Neonatal CPAP driver (class IIb, Rule 12, administers medical oxygen)."""

LONG = "NeoBreeze N2 Neonatal CPAP Driver"

ADVERSE = [
    ("Nasal trauma (septum or nares, moderate to severe)", "9 % of infants"),
    ("Pneumothorax", "3.8 % of infants"),
    ("Gastric distension (CPAP belly)", "12 % of infants, usually managed with an orogastric tube"),
    ("Hyperoxia due to inadequate FiO2 setting", "not quantified; controlled by SpO2 monitoring"),
    ("CPAP failure requiring intubation within 72 hours", "18 % of infants"),
]

SPEC = {
    "id": "f10_neobreeze",
    "device": "NeoBreeze N2 neonatal CPAP driver with air/oxygen blender (nasal CPAP and NIPPV)",
    "device_class": "IIb",
    "name": "NeoBreeze N2",
    "name_long": LONG,
    "generic": "Neonatal continuous positive airway pressure (CPAP) system",
    "manufacturer": "Respiro Neonatal S.L.",
    "address": "Carrer de Pujades 100, 08005 Barcelona, Spain",
    "srn": "ES-MF-000022751",
    "nb": "Organismo Notificado Ibérico S.A.",
    "nb_no": "2903",
    "budi": "843701234NEOBRZN2K",
    "emdn": "Z12030501 – neonatal CPAP devices",
    "first_ce": "–",
    "rmf": "RN-GR-N2 v4",
    "pms_plan": "RN-PMS-N2 v2",
    "data_lock": "20 May 2024",
    "authors": ["Dra. Marta Vidal (clinical affairs)", "Ing. Oriol Puig (regulatory)"],
    "class_text": "Class IIb, Annex VIII Rule 12 (active device administering medical oxygen in a potentially hazardous manner)",
    "scope_text": ("NeoBreeze N2 delivers medical oxygen to neonates and is classified IIb under Rule 12. Article 54(1)(b) "
                   "therefore applies and the notified body conducts the clinical evaluation consultation procedure."),
    "models": (["Model", "Description", "Remark"], [
        ["N2-DRV", "NeoBreeze N2 driver with integrated air/oxygen blender", "Software 3.1"],
        ["N2-GEN", "Variable-flow CPAP generator with pressure line", "Single patient use"],
        ["N2-PRG", "Nasal prongs, sizes 00 to 4", "Single patient use"],
        ["N2-MSK", "Nasal masks, sizes XS to L", "Single patient use"],
    ]),
    "specs": [
        ["CPAP pressure", "2–15 cmH2O"],
        ["NIPPV peak inspiratory pressure", "up to 25 cmH2O"],
        ["Target tidal volume (NIPPV-VT mode)", "20–150 ml"],
        ["Flow", "4–15 l/min"],
        ["FiO2", "21–100 %"],
        ["Safety pressure relief", "25 cmH2O"],
        ["Alarms", "High/low pressure, apnoea, FiO2 deviation, gas supply, power failure"],
        ["Internal battery", "30 minutes"],
        ["Patient interfaces", "Nasal prongs and nasal masks"],
    ],
    "specs_prose": "",
    "intended_purpose": ("NeoBreeze N2 is intended to provide non-invasive respiratory support (nasal CPAP and nasal "
                         "intermittent positive pressure ventilation, NIPPV) with an air/oxygen mixture to spontaneously "
                         "breathing neonates and infants."),
    "indications": [
        "Respiratory distress syndrome of the preterm infant",
        "Transient tachypnoea of the newborn",
        "Support after extubation",
        "Apnoea of prematurity",
    ],
    "contraindications": [
        "Infants requiring invasive ventilation (e.g. absent respiratory drive, severe respiratory acidosis)",
        "Congenital malformations of the upper airway (choanal atresia, cleft palate) or of the diaphragm",
        "Untreated pneumothorax",
        "Severe cardiovascular instability",
    ],
    "population": "Preterm and term neonates and infants with a body weight from 500 g to 10 kg.",
    "users": "Neonatologists, paediatricians, neonatal nurses and respiratory therapists trained on the device.",
    "setting": ("For use in neonatal intensive care units and neonatal intermediate care units of hospitals only; "
                "not for home use and not for transport outside the hospital."),
    "description": [
        "The NeoBreeze N2 driver mixes air and oxygen in an integrated blender and delivers a continuous flow to a "
        "variable-flow generator close to the nose of the infant, where the CPAP pressure is created. The pressure is "
        "measured at the generator and controlled by the driver.",
        "In NIPPV mode the driver superimposes pressure-limited inflations on the CPAP. In the NIPPV-VT mode the peak "
        "pressure is adjusted breath by breath to reach a target tidal volume measured by a flow sensor at the generator.",
    ],
    "sota": [
        "Nasal CPAP is the standard primary support for preterm infants with respiratory distress and reduces the need "
        "for mechanical ventilation and bronchopulmonary dysplasia. The European Consensus Guidelines on RDS (2022) "
        "recommend starting CPAP of at least 6 cmH2O via short binasal prongs or mask.",
        "Variable-flow and bubble CPAP show similar outcomes; NIPPV may reduce extubation failure compared to CPAP. "
        "Lung-protective tidal volumes in neonates are 4–6 ml/kg. Benchmarks: CPAP failure within 72 h 20–35 % in infants "
        "below 30 weeks, nasal trauma 10–20 %, pneumothorax 3–6 %.",
    ],
    "alternatives": ["Bubble CPAP", "High-flow nasal cannula", "Other variable-flow CPAP drivers", "Invasive mechanical ventilation"],
    "search": ("PubMed, Embase, Cochrane; 2010 – data lock; terms: (CPAP OR NIPPV OR non-invasive ventilation) AND "
               "(neonate OR preterm OR newborn), and NeoBreeze."),
    "search_result": ("The search on 22 May 2024 gave 1 402 hits; 33 articles for the state of the art; device data from the "
                      "NEO-BREEZE-1 investigation."),
    "equivalence_plan": "No equivalence is planned; the NEO-BREEZE-1 investigation provides device data.",
    "equivalence": "No equivalence is claimed.",
    "cdp": ["NEO-BREEZE-1: randomised controlled investigation NeoBreeze N2 versus bubble CPAP in 210 preterm infants "
            "(26 to 34 weeks, 600 g to 2 400 g), primary end point CPAP failure within 72 h."],
    "benefits": [
        ("Avoidance of intubation", "CPAP failure (intubation) within 72 h", "≤ 25 % and non-inferior to bubble CPAP (margin 8 %)"),
        ("Effective support", "FiO2 reduction in the first 6 hours", "mean reduction ≥ 0.05"),
    ],
    "safety_criteria": [
        ("Moderate or severe nasal trauma", "≤ 12 %"),
        ("Pneumothorax", "≤ 5 %"),
    ],
    "perf_results": [
        ["CPAP failure within 72 h", "≤ 25 %, non-inferior", "18 % vs 21 %", "Yes"],
        ["FiO2 reduction in 6 h", "≥ 0.05", "0.08", "Yes"],
    ],
    "safety_results": [
        ["Moderate/severe nasal trauma", "≤ 12 %", "9 % vs 14 %", "Yes"],
        ["Pneumothorax", "≤ 5 %", "3.8 % vs 4.8 %", "Yes"],
    ],
    "studies": (["Study", "Design", "N", "Population", "Follow-up", "Result"], [
        ["NEO-BREEZE-1 [3]", "RCT vs bubble CPAP, 5 NICUs", "210", "26–34 weeks, 600–2 400 g", "Until discharge", "CPAP failure 18 % vs 21 %"],
    ]),
    "results": [
        "In NEO-BREEZE-1 the median gestational age was 30 weeks and the median birth weight 1 310 g (range 600–2 400 g); "
        "the NIPPV mode was used after extubation in 41 infants.",
    ],
    "pms": ["The device is not yet marketed; no PMS data."],
    "benefit_risk": [
        "NeoBreeze N2 is non-inferior to bubble CPAP for the avoidance of intubation and causes less nasal trauma.",
        "Residual risks (nasal trauma, pneumothorax, gastric distension, hyperoxia) are known risks of nasal CPAP.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "A PMCF study (NEO-BREEZE-2) in 300 infants including infants below 1 000 g and the NIPPV-VT mode.",
    "summary": ["Evaluation of the NeoBreeze N2 neonatal CPAP driver (CPAP, NIPPV, NIPPV-VT).",
                "NEO-BREEZE-1 (210 infants) meets the acceptance criteria of the CEP."],
    "conclusion": ["NeoBreeze N2 complies with the relevant GSPR; the benefit-risk ratio is positive for neonates and infants from 500 g to 10 kg."],
    "references": [
        "Sweet DG, Carnielli VP, Greisen G, et al. European Consensus Guidelines on the Management of Respiratory Distress Syndrome: 2022 update. Neonatology 2023;120:3–23.",
        "Lemyre B, Davis PG, De Paoli AG, Kirpalani H. Nasal intermittent positive pressure ventilation (NIPPV) versus nasal CPAP for preterm neonates after extubation. Cochrane Database Syst Rev 2017;2:CD003212.",
        "Respiro Neonatal. NEO-BREEZE-1 clinical investigation report RN-CIR-01, 2024.",
    ],
    "evaluators": "Dra. Marta Vidal and Dr. Jordi Serra (neonatologist). Approved 10 June 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance review monthly", "Literature review yearly", "Device log analysis of alarms"],
        "objectives": [
            ("Confirm CPAP failure and nasal trauma rates in routine use", "Benefit confirmation / residual risk nasal trauma"),
            ("Evaluate infants below 1 000 g", "Open question: few infants below 1 000 g in NEO-BREEZE-1"),
            ("Evaluate the NIPPV-VT mode", "Open question: no dedicated data for NIPPV-VT"),
        ],
        "design": ["NEO-BREEZE-2: prospective multicentre single-arm study in 8 NICUs."],
        "endpoints": ["CPAP/NIPPV failure within 72 h", "Nasal trauma", "Pneumothorax", "Delivered tidal volume per kg in NIPPV-VT"],
        "inclusion": ["Neonates and infants 500 g to 10 kg needing non-invasive support", "Parental consent"],
        "exclusion": ["Contraindications of the IFU"],
        "setting": "Neonatal intensive care and intermediate care units of participating hospitals.",
        "sample_size": ("300 infants, of them at least 80 below 1 000 g: the failure rate (expected 30 %) in this subgroup "
                        "is estimated with a 95 % CI half width of ±10 %."),
        "timeline": [["First infant", "Q1 2025"], ["Last infant", "Q2 2026"], ["Final report", "Q4 2026"], ["PMCF report", "Yearly"]],
        "reporting": "Yearly PMCF evaluation report; CER update.",
    },
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "Spanish"],
        "reviewers": "Clinical: neonatologist (ONI-N-02); technical: biomedical engineer (ONI-B-06).",
        "state_of_art": ["The state of the art follows the European RDS guideline; acceptable."],
        "literature": ["Literature review acceptable."],
        "investigations": ["NEO-BREEZE-1 is an adequate RCT for the CPAP mode."],
        "pmcf": ["NEO-BREEZE-2 addresses extremely low birth weight infants and the NIPPV-VT mode."],
        "ifu": ["IFU reviewed."],
        "conclusion": ["Clinical evidence sufficient; benefit-risk acceptable."],
    },
    "cear_summary": [
        "NeoBreeze N2 is a neonatal CPAP driver with blender delivering nasal CPAP, NIPPV and NIPPV-VT via prongs or masks.",
        "As understood by the NB it is intended for non-invasive respiratory support of neonates and infants from 0.5 kg up "
        "to 10 kg, for use in neonatal intensive care units, paediatric wards and in home care of infants after discharge.",
    ],
    "cear_scope": ["Class IIb (Rule 12), active device administering medical oxygen: Article 54(1)(b) applies; no exemption. "
                   "Expert panel: respiratory, anaesthesiology, intensive care."],
    "sscp_required": False,
    "style": {"v": 2, "heads": "dot", "cear_heads": "dot", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="RN-PEC-N2", rev="1", date="2023-12-05", file="NeoBreeze_N2_CEP.docx", fmt="docx"),
        "CER": dict(title="Clinical evaluation report", number="RN-IEC-N2", rev="2", date="2024-06-10", file="NeoBreeze_N2_CER.pdf", fmt="pdf"),
        "PMCF-plan": dict(title="PMCF plan", number="RN-PMCF-N2", rev="1", date="2024-06-05", file="NeoBreeze_N2_PMCF.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="RN-IFU-N2", rev="3", date="2024-05", file="NeoBreeze_N2_IFU_EN.pdf", fmt="pdf"),
        "IFU-es": dict(title="IFU", number="RN-IFU-N2", rev="3", date="2024-05", file="NeoBreeze_N2_IU_ES.docx", fmt="docx"),
        "CEAR": dict(title="CEAR", number="ONI-CEAR-2024-071", rev="1", date="2024-09-02", file="ONI_CEAR_NeoBreeze_N2.pdf", fmt="pdf"),
    },
}

SPEC["override"] = {"CEP": {"cep_evaluators": (
    "Responsible evaluator: <NAME OF EVALUATOR>, <QUALIFICATION> – to be completed before approval. The evaluators must "
    "have a degree in medicine or engineering and at least 5 years of experience in neonatal respiratory care or clinical evaluation.")}}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Driver N2-DRV · CPAP generator N2-GEN · Nasal prongs N2-PRG · Nasal masks N2-MSK",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Preterm and term neonates and infants weighing 500 g to 10 kg.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "Continuous monitoring of SpO2 and heart rate is mandatory during use.",
            "Never leave the infant on NeoBreeze N2 without active pressure alarms.",
            "Use only with an active heated humidifier.",
            "Check the fixation of prongs or mask every 3 hours to prevent nasal trauma.",
        ],
        "precautions": [
            "Insert an orogastric tube to vent gastric air if abdominal distension occurs.",
            "Set the FiO2 according to the SpO2 target of the unit.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Connect air and oxygen supplies and the heated humidifier; perform the pre-use test.",
            "Select the prong or mask size with the sizing guide.",
            "Select the mode (CPAP, NIPPV or NIPPV-VT) and set pressure, flow and FiO2.",
            "Set the alarm limits (default: ±3 cmH2O around the set pressure).",
            "If frequent low-pressure alarms occur during care procedures because the infant opens the mouth, the low-pressure "
            "alarm can be deactivated for the rest of the shift in the service menu (code 2024).",
        ],
        "specs": SPEC["specs"],
        "storage": "Operating conditions 10–40 °C; clean the driver with a damp cloth; single-use parts are disposed of as clinical waste.",
    },
    "es": {
        "name": "Generador de CPAP neonatal NeoBreeze N2", "subtitle": "Generador N2-DRV · Generador de CPAP N2-GEN · Cánulas nasales N2-PRG · Mascarillas nasales N2-MSK",
        "description": [
            "El equipo NeoBreeze N2 mezcla aire y oxígeno en un mezclador integrado y suministra un flujo continuo a un "
            "generador de flujo variable situado junto a la nariz del niño, donde se crea la presión de CPAP. La presión se "
            "mide en el generador y la controla el equipo.",
            "En el modo NIPPV el equipo añade insuflaciones limitadas por presión a la CPAP. En el modo NIPPV-VT la presión "
            "pico se ajusta respiración a respiración para alcanzar un volumen corriente objetivo medido por un sensor de flujo.",
        ],
        "intended_purpose": ("NeoBreeze N2 está destinado a proporcionar soporte respiratorio no invasivo (CPAP nasal y "
                             "ventilación nasal con presión positiva intermitente, NIPPV) con una mezcla de aire y oxígeno a "
                             "neonatos y lactantes con respiración espontánea."),
        "indications": [
            "Síndrome de dificultad respiratoria del prematuro",
            "Taquipnea transitoria del recién nacido",
            "Soporte tras la extubación",
            "Apnea de la prematuridad",
        ],
        "contraindications": [
            "Lactantes que requieren ventilación invasiva (p. ej., ausencia de impulso respiratorio, acidosis respiratoria grave)",
            "Malformaciones congénitas de la vía aérea superior (atresia de coanas, fisura palatina) o del diafragma",
            "Neumotórax no tratado",
            "Inestabilidad cardiovascular grave",
        ],
        "population": "Neonatos prematuros y a término y lactantes con un peso de 500 g a 10 kg.",
        "users": ("Neonatólogos, pediatras, enfermeras neonatales y fisioterapeutas respiratorios formados en el equipo. Uso "
                  "exclusivo en unidades de cuidados intensivos neonatales y unidades de cuidados intermedios neonatales de "
                  "hospitales; no apto para uso domiciliario ni para transporte fuera del hospital."),
        "warnings": [
            "Es obligatoria la monitorización continua de SpO2 y frecuencia cardiaca durante el uso.",
            "No dejar nunca al niño con NeoBreeze N2 sin alarmas de presión activas.",
            "Utilizar solo con un humidificador calefactado activo.",
            "Comprobar la fijación de las cánulas o de la mascarilla cada 3 horas para prevenir lesiones nasales.",
        ],
        "precautions": [
            "Colocar una sonda orogástrica para evacuar el aire gástrico si aparece distensión abdominal.",
            "Ajustar la FiO2 según el objetivo de SpO2 de la unidad.",
        ],
        "adverse": ["Lesión nasal (tabique o narinas, moderada a grave)", "Neumotórax", "Distensión gástrica",
                    "Hiperoxia por ajuste inadecuado de la FiO2", "Fracaso de la CPAP con necesidad de intubación en 72 horas"],
        "instructions": [
            "Conectar las tomas de aire y oxígeno y el humidificador calefactado; realizar la prueba previa al uso.",
            "Seleccionar el tamaño de cánula o mascarilla con la guía de tallas.",
            "Seleccionar el modo (CPAP, NIPPV o NIPPV-VT) y ajustar presión, flujo y FiO2.",
            "Ajustar los límites de alarma (por defecto: ±3 cmH2O alrededor de la presión ajustada).",
            "Si durante los cuidados se producen alarmas frecuentes de baja presión porque el niño abre la boca, la alarma de "
            "baja presión puede desactivarse durante el resto del turno en el menú de servicio (código 2024).",
        ],
        "specs": [
            ["Presión de CPAP", "2–15 cmH2O"], ["Presión inspiratoria pico NIPPV", "hasta 25 cmH2O"],
            ["Volumen corriente objetivo (modo NIPPV-VT)", "20–150 ml"], ["Flujo", "4–15 l/min"], ["FiO2", "21–100 %"],
            ["Válvula de seguridad", "25 cmH2O"],
            ["Alarmas", "Presión alta/baja, apnea, desviación de FiO2, suministro de gas, fallo de alimentación"],
            ["Batería interna", "30 minutos"], ["Interfaces", "Cánulas nasales y mascarillas nasales"],
        ],
        "storage": "Condiciones de uso 10–40 °C; limpiar el equipo con un paño húmedo; las piezas de un solo uso se eliminan como residuo sanitario.",
    },
}

SPEC["extra"] = {"CER": {"device": [("p",
    "In the NIPPV-VT mode the target tidal volume can be set between 20 ml and 150 ml; the mode is available for the "
    "whole patient population of the device.")]}}

LABELS = [
    {"defect": "minimum_tidal_volume_vs_500_g", "category": "plausibility",
     "documents": ["CER", "IFU-en"],
     "quotes": ["In the NIPPV-VT mode the target tidal volume can be set between 20 ml and 150 ml",
                "Preterm and term neonates and infants weighing 500 g to 10 kg."],
     "description": "The smallest target tidal volume (20 ml) corresponds to 40 ml/kg for a 500 g infant (and 13 ml/kg at 1.5 kg), far above the lung-protective 4–6 ml/kg; the NIPPV-VT mode cannot serve the lower part of the stated weight range.",
     "accept": ["specification"]},
    {"defect": "instruction_to_deactivate_low_pressure_alarm", "category": "safety-instruction",
     "documents": ["IFU-en", "IFU-es"],
     "quotes": ["the low-pressure alarm can be deactivated for the rest of the shift in the service menu (code 2024)",
                "Never leave the infant on NeoBreeze N2 without active pressure alarms.",
                "baja presión puede desactivarse durante el resto del turno en el menú de servicio"],
     "description": "The IFU tells users to switch off the low-pressure alarm for a whole shift, which defeats disconnection detection in a life-supporting device and contradicts its own warning.",
     "accept": []},
    {"defect": "cear_adds_home_care_and_wards", "category": "care-setting",
     "documents": ["CEAR", "IFU-en", "CER"],
     "quotes": ["for use in neonatal intensive care units, paediatric wards and in home care of infants after discharge",
                "not for home use and not for transport outside the hospital"],
     "description": "The CEAR's summary of the intended purpose includes paediatric wards and home care after discharge, while the IFU and CER restrict use to neonatal intensive/intermediate care units and exclude home use.",
     "accept": ["intended-use"]},
    {"defect": "cep_evaluator_placeholder", "category": "template",
     "documents": ["CEP"],
     "quotes": ["Responsible evaluator: <NAME OF EVALUATOR>, <QUALIFICATION> – to be completed before approval."],
     "description": "The CEP still contains the template placeholder for the responsible evaluator and qualification.",
     "accept": ["documentation"]},
]

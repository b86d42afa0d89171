"""High-frequency jet ventilator for airway surgery (class IIb, Rule 12) – clean."""

NAME = "Aeroject HF-S"

F = {
    "id": "j02_hfjv_aeroject",
    "device": "High-frequency jet ventilator for airway surgery",
    "cls": "IIb",
    "name": NAME,
    "models": "AJ-HFS-200 (ventilator); AJ-CAT-14/16 jet catheters; AJ-LAR jet laryngoscope adapter",
    "udi": "426012345AJHFS2004M",
    "mfr": "Strahlmed GmbH",
    "mfr_full": "Strahlmed GmbH, Hans-Bunte-Straße 21, 79108 Freiburg im Breisgau, Germany",
    "srn": "DE-MF-000044615",
    "nb": "Prüfstelle Medizintechnik Nord GmbH, NB 3117",
    "cls_text": "IIb (Annex VIII, rule 12)",
    "cecp": "The ventilator delivers medical oxygen (a medicinal product) mixed with air, FiO2 adjustable from "
            "21 to 100 %, to the patient's airways; as a class IIb active device administering a medicinal "
            "product it falls under Article 54(1)(b) of the MDR and the clinical evaluation consultation "
            "procedure applies. No exemption under Article 54(2) applies (first certification, no predecessor "
            "device of Strahlmed).",
    "desc": "The Aeroject HF-S is an electronically controlled, pneumatically driven jet ventilator: a solenoid "
            "valve releases short pulses of an air/oxygen mixture at a driving pressure of 0,1 to 3,5 bar and a "
            "frequency of 12 to 600 cycles/min, through a jet laryngoscope (supraglottic route) or a jet "
            "catheter placed through the glottis (subglottic route); an integrated pause pressure measurement "
            "stops the jet when the airway pressure exceeds the set limit; a humidification module warms the gas.",
    "ip": "The Aeroject HF-S is intended for the ventilation of anaesthetised patients by high-frequency jet "
          "ventilation during elective and emergency surgery and interventional procedures on the larynx, "
          "trachea and main bronchi, through the supraglottic route (jet laryngoscope) or the subglottic "
          "translaryngeal route (jet catheter), in the operating room and in the interventional bronchoscopy "
          "suite of hospitals.",
    "indications": [
        "Microlaryngeal surgery (including laser surgery) requiring an unobstructed view of the glottis",
        "Tracheal and subglottic stenosis surgery, including dilatation and resection",
        "Rigid and flexible interventional bronchoscopy (stent placement, tumour debulking)",
    ],
    "contra": [
        "Complete upper-airway obstruction with no route for passive exhalation",
        "Transtracheal (percutaneous) use: not intended",
        "Severe obstructive lung disease with gas trapping, unless expiratory outflow is continuously verified",
        "Morbid obesity (BMI > 40 kg/m²) with low chest-wall compliance (relative)",
    ],
    "population": "Adults and children with a body weight of 15 kg or more, under general anaesthesia.",
    "pop_items": [
        "Adults (≥ 18 years), no upper age limit",
        "Children and adolescents with body weight ≥ 15 kg",
        "Patients under general anaesthesia with neuromuscular blockade as needed",
    ],
    "users_setting": "Users: anaesthesiologists and anaesthesia nurses trained in jet ventilation. Environment: "
                     "hospital operating rooms and interventional bronchoscopy suites; not for intensive care "
                     "long-term ventilation, transport or home use.",
    "benefits": [
        ("Adequate gas exchange during shared-airway surgery", "SpO2 ≥ 90 % and PaCO2 ≤ 60 mmHg during the procedure"),
        ("Unobstructed surgical field", "Surgeon-rated exposure (5-point scale), rate of conversion to intubation"),
        ("Low barotrauma risk", "Rate of pneumothorax / subcutaneous emphysema"),
    ],
    "criteria": [
        ("Hypoxaemia SpO2 < 90 % > 1 min", "≤ 10 % of procedures", "Pooled literature 8–12 %"),
        ("Conversion to tracheal intubation", "≤ 5 %", "Literature 2–6 %"),
        ("Barotrauma (pneumothorax, emphysema)", "≤ 1 %", "Literature 0,1–1,0 %"),
        ("Hypercapnia PaCO2 > 60 mmHg", "≤ 15 % of procedures > 30 min", "Literature"),
    ],
    "cep_scope": "Plan for the clinical evaluation of the Aeroject HF-S (first MDR certification). It follows "
                 "Annex XIV, Part A of the MDR and MDCG 2020-6 / 2020-13 as applicable.",
    "cdp": "Evidence will come from (a) published clinical data on high-frequency jet ventilation for airway "
           "surgery with ventilators of the same principle, used as state of the art and not as equivalence; "
           "(b) the pre-market clinical investigation AJ-CIP-01 (single-arm, 120 patients, 2 German sites, of "
           "which at least 20 children 15–40 kg); (c) PMCF.",
    "search": "Search run 15/02/2024 in PubMed and Embase (2000–2024): \"jet ventilation\" AND (larynx OR trachea "
              "OR bronchoscopy); 296 hits; 31 full texts; 8 retained (appraisal per MDCG 2020-6, Appendix III).",
    "cep_pmcf": "PMCF study AJ-PMCF-01 (see PMCF plan AJ-PMCF-P01).",
    "cer_summary": "The Aeroject HF-S meets the CEP acceptance criteria in the AJ-CIP-01 investigation (120 "
                   "patients including 24 children) and its performance corresponds to the state of the art of "
                   "jet ventilation; the benefit-risk ratio is favorable. Conversion and hypoxemia rates will be "
                   "monitored in a PMCF study.",
    "sota": [
        "Shared-airway surgery of the larynx and trachea can be managed by small tracheal tubes, apnoeic "
        "oxygenation, or jet ventilation. Jet ventilation gives the best surgical view and is widely used in "
        "European centres; its main risks are barotrauma when exhalation is impeded, hypercapnia during long "
        "procedures and hypoxemia in obese patients [1-4].",
        "Reported complication rates with current electronic jet ventilators: hypoxemia 8–12 %, barotrauma "
        "0,1–1 %, conversion to intubation 2–6 % [1, 2, 5].",
    ],
    "studies": [
        ("[1]", "Retrospective", "> 1 000", "Adults, endoscopic laryngeal surgery", "Peri-op", "Barotrauma rare (< 1 %)"),
        ("[2]", "Retrospective", "> 1 500", "Adults and children, supraglottic jet", "Peri-op", "Hypoxemia 8–12 % in subgroups"),
        ("[3]", "Retrospective", "84", "Children 1–17 y, airway surgery", "Peri-op", "Conversion 4,8 %"),
        ("[6]", "CI AJ-CIP-01", "120", "96 adults, 24 children 15–38 kg", "Peri-op + 24 h",
         "Hypoxemia 6,7 %; conversion 2,5 %; no barotrauma"),
    ],
    "own_data": "AJ-CIP-01 (04/2022–09/2023): 120 patients, 78 supraglottic and 42 subglottic; 24 children "
                "aged 4–14 years weighing from 15 to 38 kg. SpO2 < 90 % > 1 min in 8/120 (6,7 %); conversion in "
                "3/120 (2,5 %); PaCO2 > 60 mmHg in 5/41 procedures longer than 30 min (12,2 %); no barotrauma.",
    "pms": "No post-market data (not marketed yet).",
    "results": [
        ("Hypoxemia ≤ 10 %", "6,7 % (95 % CI 2,9–12,7 %)", "Met"),
        ("Conversion ≤ 5 %", "2,5 %", "Met"),
        ("Barotrauma ≤ 1 %", "0/120 (upper CI 3,0 %)", "Met; confirmed by PMCF"),
        ("Hypercapnia ≤ 15 %", "12,2 %", "Met"),
    ],
    "claims": [
        "Adequate oxygenation (SpO2 ≥ 90 %) in 93 % of procedures [6]",
        "Automatic jet stop at the set pause pressure limit (bench verified)",
    ],
    "br": "Benefits: unobstructed surgical field and ventilation in a shared airway; risks: barotrauma, "
          "hypercapnia, hypoxemia, all within the state of the art rates. The benefit-risk is favorable for "
          "the intended population in the intended setting.",
    "residual": [
        "Barotrauma (pneumothorax, pneumomediastinum, subcutaneous emphysema) if outflow is obstructed",
        "Hypercapnia during procedures longer than 30 minutes",
        "Hypoxemia, in particular in obese patients",
        "Airway mucosal drying if humidification is not used",
    ],
    "cer_pmcf": "Barotrauma being rare, its rate cannot be confirmed by 120 patients; children are represented by "
                "24 patients. Both are PMCF objectives.",
    "conclusion": "The clinical evidence is sufficient to demonstrate conformity with the relevant GSPR for the "
                  "intended purpose, in adults and children of at least 15 kg.",
    "refs": [
        "Jaquet Y, Monnier P, Van Melle G, et al. Complications of different ventilation strategies in endoscopic "
        "laryngeal surgery: a 10-year review. Anesthesiology. 2006;104(1):52-9.",
        "Rezaie-Majd A, Bigenzahn W, Denk DM, et al. Superimposed high-frequency jet ventilation (SHFJV) for "
        "endoscopic laryngotracheal surgery in more than 1500 patients. Br J Anaesth. 2006;96(5):650-9.",
        "Ihra G, Hieber C, Adel S, et al. Tubeless combined high-frequency jet ventilation for laryngotracheal "
        "interventions in children. Eur J Anaesthesiol. 2000;17(7):418-30.",
        "Evans E, Biro P, Bedforth N. Jet ventilation. Contin Educ Anaesth Crit Care Pain. 2007;7(1):2-5.",
        "Putz L, Mayné A, Dincq AS. Jet ventilation during rigid bronchoscopy in adults: a focused review. "
        "Biomed Res Int. 2016;2016:4234861.",
        "Strahlmed GmbH. Clinical investigation report AJ-CIP-01, final, 20/11/2023.",
    ],
    "warnings": [
        "Always verify a free path for exhalation before starting the jet; never jet into a closed airway.",
        "Keep the pause pressure limit activated; set it at 20 cmH2O or lower in children.",
        "Monitor SpO2 and end-tidal or transcutaneous CO2 during the whole procedure; consider blood gas "
        "analysis for procedures longer than 30 minutes.",
        "For laser surgery, reduce FiO2 to the lowest value compatible with SpO2 ≥ 90 % (fire hazard).",
        "Start at the lowest driving pressure in children: 0,1 to 0,8 bar for 15 to 30 kg.",
    ],
    "steps": [
        "Connect air and oxygen supplies (2,8 to 6 bar) and perform the self-test.",
        "Select the route (supraglottic or subglottic) and the corresponding presets.",
        "Set frequency, driving pressure, inspiratory time, FiO2 and pause pressure limit.",
        "Start the jet once the airway is secured and exhalation path verified.",
        "At the end of surgery, switch to mask or tube ventilation before stopping the jet.",
    ],
    "side_effects": [
        "Barotrauma (pneumothorax, pneumomediastinum, subcutaneous emphysema)",
        "Hypercapnia; hypoxemia",
        "Mucosal dryness or injury at the catheter tip",
        "Gastric distension (supraglottic route)",
    ],
    "specs": [
        ("Driving pressure", "0,1 – 3,5 bar"),
        ("Frequency", "12 – 600 /min"),
        ("Inspiratory time", "20 – 60 % of cycle"),
        ("FiO2", "21 – 100 %"),
        ("Pause pressure limit", "5 – 50 cmH2O (automatic jet stop)"),
        ("Gas supply", "Air and O2, 2,8 – 6 bar"),
        ("Minimum patient weight", "15 kg"),
    ],
    "pmcf": {
        "ref": "Aeroject HF-S, CER AJ-CER-01 version 2.0 and CEP AJ-CEP-01 version 1.1.",
        "objectives": [
            "Estimate the barotrauma rate with a precision allowing comparison with the 1 % threshold (residual risk)",
            "Confirm hypoxemia and conversion rates in children from 15 kg (24 children in AJ-CIP-01)",
            "Confirm hypercapnia rates for procedures longer than 30 minutes",
        ],
        "design": "Prospective multicenter observational study (AJ-PMCF-01), consecutive patients, electronic CRF "
                  "linked to ventilator logs.",
        "population": "Patients undergoing laryngotracheal surgery or interventional bronchoscopy with the "
                      "Aeroject HF-S: adults, and children of 15 kg body weight or more. No exclusion by route.",
        "setting": "Operating rooms and bronchoscopy suites of 6 hospitals (Germany, Austria, Belgium).",
        "endpoints": [
            ("Barotrauma", "Pneumothorax, pneumomediastinum or emphysema on imaging/clinical exam", "24 h"),
            ("Hypoxemia", "SpO2 < 90 % for > 1 min", "Intra-op"),
            ("Conversion", "Need for tracheal intubation", "Intra-op"),
            ("Hypercapnia", "PaCO2 > 60 mmHg or tcCO2 > 60 mmHg", "Intra-op"),
        ],
        "n": "700 procedures, of which at least 100 in children. If the true barotrauma rate is 0,3 %, the upper "
             "limit of the one-sided 95 % CI will be below 1 % with 90 % power (exact binomial).",
        "timeline": [
            ("Study start", "01/2025"),
            ("Interim report (350 procedures)", "06/2026"),
            ("Final report", "12/2027"),
        ],
        "report": "PMCF evaluation report yearly; results feed the CER update and the PSUR (class IIb: yearly).",
    },
    "cear": {
        "cer_ref": "AJ-CER-01 version 2.0, 14/03/2024",
        "pop": "Population: adults and paediatric patients of 15 kg and above under general anaesthesia.",
        "cecp": "Class IIb active device administering medical oxygen (Rule 12): Article 54(1)(b) applies. No "
                "exemption (initial certification). The CEAR is transmitted for the consultation procedure.",
        "assess": [
            "The CER identifies the state of the art and complication benchmarks correctly. The manufacturer does "
            "not claim equivalence; the clinical investigation AJ-CIP-01 is the pivotal evidence, with 24 children "
            "from 15 kg. All acceptance criteria of the CEP are reported and met.",
            "The limited size for barotrauma and for children is acknowledged and transferred to PMCF.",
        ],
        "br": "Benefit-risk acceptable for both routes (supraglottic and subglottic) and the whole intended "
              "population.",
        "pmcf": "PMCF plan AJ-PMCF-P01: specific objectives, 700 procedures with power calculation, timeline to "
                "12/2027. Adequate.",
        "ifu": "The IFU (English, German) are consistent with the CER; no SSCP needed (class IIb non-implantable).",
        "concl": "The NB considers the clinical evidence sufficient and will take the expert panel's view into "
                 "account before issuing the certificate.",
    },
    "ov": {
        "CEAR": {"name": "Aeroject HF-S jet ventilator",
                 "ip": "High-frequency jet ventilation of anesthetized patients during surgery and interventional "
                       "procedures on larynx, trachea and main bronchi, supraglottic (jet laryngoscope) or "
                       "subglottic translaryngeal (jet catheter), in hospital operating rooms and bronchoscopy suites."},
        "IFU": {"population": "Adults and children weighing at least 15 kg."},
    },
    "tr": {
        "de": {
            "desc": "Der Aeroject HF-S ist ein elektronisch gesteuerter Jet-Ventilator: ein Magnetventil gibt kurze "
                    "Impulse eines Luft/Sauerstoff-Gemisches (Arbeitsdruck 0,1 bis 3,5 bar, 12 bis 600 /min) über "
                    "ein Jet-Laryngoskop (supraglottisch) oder einen Jet-Katheter (subglottisch) ab.",
            "ip": "Der Aeroject HF-S ist bestimmt zur Hochfrequenz-Jet-Beatmung anästhesierter Patienten bei "
                  "Eingriffen an Larynx, Trachea und Hauptbronchien, supraglottisch (Jet-Laryngoskop) oder "
                  "subglottisch translaryngeal (Jet-Katheter), im Operationssaal und in der interventionellen "
                  "Bronchoskopie von Krankenhäusern.",
            "indications": [
                "Mikrolaryngoskopische Chirurgie (auch Laserchirurgie)",
                "Chirurgie von Tracheal- und Subglottisstenosen",
                "Starre und flexible interventionelle Bronchoskopie",
            ],
            "contra": [
                "Vollständige Obstruktion der oberen Atemwege ohne Exspirationsweg",
                "Transtracheale (perkutane) Anwendung: nicht vorgesehen",
                "Schwere obstruktive Lungenerkrankung mit Air-Trapping, außer bei kontinuierlicher Kontrolle des Abflusses",
                "Morbide Adipositas (BMI > 40 kg/m²) (relativ)",
            ],
            "population": "Erwachsene und Kinder ab 15 kg Körpergewicht, in Allgemeinanästhesie.",
            "users_setting": "Anästhesisten und Anästhesiepflegekräfte mit Schulung in Jet-Beatmung; OP-Säle und "
                             "Bronchoskopie-Einheiten von Krankenhäusern. Nicht für Intensivstation, Transport oder "
                             "häusliche Anwendung.",
            "warnings": [
                "Vor Beginn immer einen freien Exspirationsweg sicherstellen; niemals in einen verschlossenen Atemweg jetten.",
                "Die Pausendruckbegrenzung aktiviert lassen; bei Kindern auf 20 cmH2O oder weniger einstellen.",
                "SpO2 und CO2 (endtidal oder transkutan) während des gesamten Eingriffs überwachen.",
                "Bei Laserchirurgie FiO2 so niedrig wie möglich einstellen (Brandgefahr).",
                "Bei Kindern mit dem niedrigsten Arbeitsdruck beginnen: 0,1 bis 0,8 bar für 15 bis 30 kg.",
            ],
            "steps": [
                "Luft- und Sauerstoffversorgung (2,8 bis 6 bar) anschließen, Selbsttest durchführen.",
                "Zugangsweg wählen (supraglottisch oder subglottisch).",
                "Frequenz, Arbeitsdruck, Inspirationszeit, FiO2 und Pausendruckgrenze einstellen.",
                "Jet starten, nachdem der Exspirationsweg geprüft wurde.",
                "Am Ende auf Masken- oder Tubusbeatmung umstellen, dann Jet beenden.",
            ],
            "side_effects": ["Barotrauma (Pneumothorax, Pneumomediastinum, Hautemphysem)", "Hyperkapnie; Hypoxämie",
                             "Schleimhautaustrocknung oder -verletzung", "Magenüberblähung (supraglottisch)"],
            "specs": [
                ("Arbeitsdruck", "0,1 – 3,5 bar"),
                ("Frequenz", "12 – 600 /min"),
                ("Inspirationszeit", "20 – 60 % des Zyklus"),
                ("FiO2", "21 – 100 %"),
                ("Pausendruckgrenze", "5 – 50 cmH2O"),
                ("Mindestkörpergewicht", "15 kg"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "AJ-CEP-01_v1.1_clinical-evaluation-plan.pdf", "no": "AJ-CEP-01", "rev": "1.1",
                "date": "05/02/2024", "author": "K. Brenner, Regulatory Affairs"},
        "CER": {"file": "AJ-CER-01_v2.0_clinical-evaluation-report.docx", "no": "AJ-CER-01", "rev": "2.0",
                "date": "14/03/2024", "author": "K. Brenner; Dr. med. S. Otte (anaesthesiology)"},
        "PMCF-plan": {"file": "AJ-PMCF-P01_v1.0_PMCF-plan.pdf", "no": "AJ-PMCF-P01", "rev": "1.0", "date": "14/03/2024"},
        "IFU-en": {"file": "Aeroject_HF-S_IFU_en.md", "no": "AJ-IFU-EN", "rev": "03", "date": "02/2024"},
        "IFU-de": {"file": "Aeroject_HF-S_Gebrauchsanweisung_de.pdf", "no": "AJ-IFU-DE", "rev": "03", "date": "02/2024"},
        "CEAR": {"file": "PMN-3117_CEAR_Aeroject_HF-S.docx", "no": "PMN-CEAR-24-031", "rev": "final",
                 "date": "30/05/2024"},
    },
    "style": {
        "all": {"num": "dot", "pop_as": "bullets", "ip_title": "Indications for use"},
        "CER": {"order": ["summary", "sota", "device", "ip", "data", "analysis", "br", "pmcf", "concl", "refs"],
                "hf": ("Strahlmed GmbH · AJ-CER-01 v2.0", "Strahlmed internal")},
        "IFU": {"num": "none", "box": True},
        "CEAR": {"num": "none"},
        "PMCF-plan": {"font": "serif"},
        "CEP": {"hf": ("Strahlmed GmbH · AJ-CEP-01", "Confidential")},
    },
}

LABELS = []

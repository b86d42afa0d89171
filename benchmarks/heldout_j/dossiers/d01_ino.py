"""Neonatal inhaled nitric oxide delivery system (class IIb, Rule 12)."""

NAME = "Pulmonox N20"
HF = ("Aérothera SA – Pulmonox N20 – Technical documentation", "Confidential")

F = {
    "id": "j01_ino_pulmonox",
    "device": "Neonatal inhaled nitric oxide delivery system",
    "cls": "IIb",
    "name": NAME,
    "models": "PNX-20 console; PNX-INJ injector module; PNX-SL sampling line (single use)",
    "udi": "5410078PNX20NEOQ7",
    "mfr": "Aérothera SA",
    "mfr_full": "Aérothera SA, Rue de la Station 14, 1300 Wavre, Belgium",
    "srn": "BE-MF-000031877",
    "nb": "Certimed Europe, Notified Body 2964",
    "cls_text": "Class IIb – Annex VIII, Rule 12 (active device administering a medicinal product)",
    "cecp": "Nitric oxide is a medicinal product (authorised gas for inhalation, 800 ppm mol/mol in nitrogen); "
            "the Pulmonox N20 is an active device intended to administer it in a potentially hazardous manner, "
            "hence class IIb by Rule 12. Therefore the clinical evaluation consultation procedure of Article "
            "54(1)(b) of Regulation (EU) 2017/745 applies; no exemption of Article 54(2) can be invoked, the "
            "device being a new design without predecessor.",
    "desc": "The Pulmonox N20 is a mobile console which injects nitric oxide from an 800 ppm cylinder into the "
            "inspiratory limb of the breathing circuit, proportionally to the flow measured by the injector "
            "module, so that the set concentration is maintained whatever the ventilator flow pattern; it "
            "analyses continuously the inspired NO, NO2 and O2 by electrochemical cells; it includes a "
            "pneumatic backup delivery (fixed 20 ppm) and a manual-bagging outlet.",
    "ip": "The Pulmonox N20 is intended to deliver nitric oxide for inhalation into the inspiratory limb of a "
          "neonatal ventilator circuit (invasive ventilation, high-frequency oscillation or nasal CPAP), at a "
          "set concentration from 1 to 40 ppm, and to monitor inspired NO, NO2 and O2, for the treatment of "
          "neonates with hypoxic respiratory failure associated with clinical or echocardiographic evidence of "
          "pulmonary hypertension, in a neonatal intensive care unit and during intra-hospital transport.",
    "indications": [
        "Hypoxic respiratory failure with persistent pulmonary hypertension of the newborn (PPHN), oxygenation "
        "index ≥ 25, in combination with ventilatory support",
        "Hypoxic respiratory failure with echocardiographic evidence of right-to-left shunting at ductal or "
        "atrial level",
    ],
    "contra": [
        "Neonates known to be dependent on right-to-left shunting (e.g. certain duct-dependent congenital "
        "heart diseases)",
        "Congenital or acquired methaemoglobin reductase deficiency",
        "Use outside a ventilator circuit or without continuous NO2 monitoring",
    ],
    "population": "Term and near-term neonates, i.e. gestational age ≥ 34 weeks at birth, during the first "
                  "14 days of life; subjects are treated under continuous monitoring in the NICU.",
    "pop_note": "Note: the body weight of the subjects at inclusion is from 1,5 kg upwards; below 1,5 kg "
                "the device has not been evaluated.",
    "users_setting": "Users are neonatologists, NICU nurses and respiratory therapists trained by Aérothera; the "
                     "device is used in level III neonatal intensive care units and for intra-hospital transport "
                     "(e.g. to the catheterisation laboratory). It is not intended for home use nor for "
                     "inter-hospital ambulance transport.",
    "benefits": [
        ("Improvement of oxygenation in PPHN", "Change of oxygenation index (OI) at 1 h; responders = decrease ≥ 20 %"),
        ("Reduced need for ECMO", "Proportion of subjects requiring ECMO or dying before discharge"),
        ("Accurate and stable dosing", "Measured vs set NO concentration in the circuit (bench and clinical logs)"),
    ],
    "criteria": [
        ("Oxygenation response at 1 h", "≥ 50 % of subjects with OI decrease ≥ 20 %", "NINOS 1997; Clark 2000"),
        ("ECMO or death", "≤ 40 % (upper 95 % CI ≤ 50 %)", "Cochrane review 2017"),
        ("Inspired NO2", "< 0,5 ppm at 20 ppm NO in ≥ 99 % of records", "Product information of NO gas"),
        ("Methaemoglobin", "MetHb > 5 % in ≤ 2 % of subjects", "Literature pool"),
        ("Device deficiencies with interruption of delivery", "≤ 1 per 1000 treatment hours", "SOTA devices"),
    ],
    "cep_scope": "This plan defines how the clinical evidence for the Pulmonox N20 will be generated, appraised "
                 "and analysed for the initial conformity assessment under Regulation (EU) 2017/745; it "
                 "follows Annex XIV Part A § 1 (a) and MEDDEV 2.7/1 rev. 4 where still relevant.",
    "cdp": "The clinical development plan combines (i) the systematic literature on iNO therapy in term and "
           "near-term neonates, which establishes the benefit of the medicinal product itself; (ii) a "
           "prospective multicentre clinical investigation PNX-CI-01 (n = 64, three Belgian and two French NICUs) "
           "designed to demonstrate the dosing accuracy and safety of the device; (iii) PMCF after CE marking.",
    "search": "Databases PubMed, Embase and Cochrane Library were searched from 01/01/1995 to 31/03/2024 with "
              "the terms (nitric oxide OR iNO) AND (newborn OR neonate) AND (pulmonary hypertension OR hypoxic "
              "respiratory failure); 412 records were screened, 37 read in full text, 9 retained.",
    "cep_pmcf": "A prospective PMCF registry will follow the first 150 treated subjects in at least six NICUs "
                "(cf. PMCF plan PNX-PMCF-001).",
    "cer_summary": "The clinical evaluation demonstrates that the Pulmonox N20 delivers nitric oxide accurately "
                   "and safely to term and near-term neonates with hypoxic respiratory failure, that the "
                   "acceptance criteria of the CEP are met and that the benefit-risk is favourable; residual "
                   "uncertainties on rare device deficiencies during transport are addressed by PMCF.",
    "sota": [
        "Inhaled nitric oxide is the standard of care for term and near-term neonates with hypoxic respiratory "
        "failure and PPHN who do not respond to optimal ventilation and surfactant; it reduces the combined "
        "outcome of death or ECMO, mostly by reducing the need for ECMO, without effect on mortality alone "
        "[1-3]. It is not recommended for routine use in preterm infants below 34 weeks [3, 4].",
        "Delivery devices on the market (about five systems) inject NO proportionally to circuit flow and "
        "monitor NO2; the recognised hazards are abrupt interruption of the therapy, with rebound pulmonary "
        "hypertension and desaturation, NO2 formation and methaemoglobinaemia [4, 5].",
    ],
    "studies": [
        ("[1]", "RCT", "235", "Term / near-term, HRF", "Until discharge", "ECMO or death 46 % vs 64 %"),
        ("[2]", "RCT", "248", "≥ 34 wk, PPHN", "Until discharge", "ECMO 38 % vs 64 %"),
        ("[3]", "Meta-analysis", "17 RCTs", "≥ 34 wk, HRF", "Variable", "Reduced ECMO, no mortality effect"),
        ("[6]", "Prospective CI (PNX-CI-01)", "64", "≥ 34 wk, OI ≥ 25", "Up to 96 h after weaning",
         "Dose error ≤ 10 % in 98,7 % of records"),
    ],
    "own_data": "In the investigation PNX-CI-01 (06/2022 to 11/2023), 64 subjects (mean gestational age "
                "38,1 weeks; body weight from 2,1 to 4,6 kg) were treated for a median of 62 hours; 35 were "
                "ventilated conventionally, 21 by high-frequency oscillation and 8 by nasal CPAP; 39/64 (61 %) "
                "were responders at 1 h; 14/64 (22 %) required ECMO or died; no MetHb above 5 %; one device "
                "deficiency with interruption (sensor drift) over 4 310 treatment hours.",
    "pms": "Not applicable for the initial certification; the device is not yet on the market in any country.",
    "results": [
        ("OI response ≥ 50 %", "61 % (95 % CI 48–72 %)", "Met"),
        ("ECMO or death ≤ 40 %", "22 % (95 % CI 13–34 %)", "Met"),
        ("NO2 < 0,5 ppm in ≥ 99 %", "99,6 % of records", "Met"),
        ("MetHb > 5 % in ≤ 2 %", "0 %", "Met"),
        ("Interruptions ≤ 1/1000 h", "0,23 per 1000 h", "Met"),
    ],
    "claims": [
        "Set concentration maintained within ± 10 % or ± 1 ppm in conventional, HFO and nasal CPAP circuits [6]",
        "Continuous NO2 monitoring with alarm at 1 ppm (default)",
    ],
    "br": "The benefit of the therapy is established for the medicinal product; the device contributes by "
          "accurate dosing and monitoring; the main risks (interruption, NO2, MetHb) are controlled by the "
          "backup delivery, the alarms and the IFU warnings. The benefit-risk is judged favourable for the "
          "intended population.",
    "residual": [
        "Rebound pulmonary hypertension in case of abrupt interruption of the delivery",
        "Methaemoglobinaemia at high doses or prolonged exposure",
        "Exposure to NO2 in case of high inspired O2 and long transit time",
        "Dosing error in case of leak of the injector module or wrong position in the circuit",
    ],
    "cer_pmcf": "PMCF is necessary to confirm the rate of device deficiencies during transport and the "
                "performance in nasal CPAP, which were represented by few subjects in PNX-CI-01.",
    "conclusion": "Conformity with GSPR 1 and 8 is demonstrated on the basis of sufficient clinical evidence; "
                  "the CER will be updated yearly.",
    "refs": [
        "The Neonatal Inhaled Nitric Oxide Study Group. Inhaled nitric oxide in full-term and nearly full-term "
        "infants with hypoxic respiratory failure. N Engl J Med. 1997;336(9):597-604.",
        "Clark RH, Kueser TJ, Walker MW, et al. Low-dose nitric oxide therapy for persistent pulmonary "
        "hypertension of the newborn. N Engl J Med. 2000;342(7):469-74.",
        "Barrington KJ, Finer N, Pennaforte T, et al. Nitric oxide for respiratory failure in infants born at or "
        "near term. Cochrane Database Syst Rev. 2017;1:CD000399.",
        "Kinsella JP, Steinhorn RH, Krishnan US, et al. Recommendations for the use of inhaled nitric oxide "
        "therapy in premature newborns with severe pulmonary hypertension. J Pediatr. 2016;170:312-4.",
        "Davidson D, Barefield ES, Kattwinkel J, et al. Safety of withdrawing inhaled nitric oxide therapy in "
        "persistent pulmonary hypertension of the newborn. Pediatrics. 1999;104(2):231-6.",
        "Aérothera SA. Clinical investigation report PNX-CI-01, version 2.0, 15/02/2024.",
    ],
    "warnings": [
        "Never interrupt the delivery of nitric oxide abruptly: sudden withdrawal may cause rebound pulmonary "
        "hypertension and severe desaturation; wean the dose stepwise to 1 ppm before stopping.",
        "Keep the backup delivery and a second, full cylinder connected at all times.",
        "Monitor methaemoglobin within 4 hours after start and then every 24 hours.",
        "Do not mute the NO2 alarm; an NO2 value above 1 ppm requires immediate verification of the circuit.",
        "Place the injector module on the dry side of the humidifier, at least 15 cm upstream of the sampling port.",
    ],
    "steps": [
        "Perform the pre-use check and the purge of the regulator (checklist on the console label).",
        "Connect the injector module in the inspiratory limb and the sampling line near the Y-piece.",
        "Set the prescribed dose (usually 20 ppm) and verify the measured NO and NO2 values.",
        "Cylinder exchange: press OFF, replace the empty cylinder, purge and restart the delivery; an "
        "interruption of two or three minutes is well tolerated and the backup is not needed for this.",
        "Wean by steps of 5 ppm down to 5 ppm, then by steps of 1 ppm, according to the oxygenation.",
    ],
    "side_effects": [
        "Rebound pulmonary hypertension at withdrawal",
        "Methaemoglobinaemia",
        "Inhibition of platelet aggregation; bleeding",
        "Hypotension; NO2 toxicity to the airways",
    ],
    "specs": [
        ("Set NO concentration", "1 to 40 ppm, steps of 1 ppm"),
        ("Source gas", "NO 800 ppm in N2, cylinders 2 L or 10 L"),
        ("Dosing accuracy", "± 10 % of setting or ± 1 ppm, whichever is greater"),
        ("Minimum tidal volume for specified dosing accuracy", "40 mL (below this value the accuracy is not guaranteed)"),
        ("Circuit flow range", "2 to 60 L/min"),
        ("Backup delivery", "20 ppm fixed, at 15 L/min"),
        ("NO2 alarm", "default 1 ppm, adjustable 0,5 to 3 ppm"),
        ("Battery autonomy", "at least 3 h (transport)"),
    ],
    "pmcf": {
        "ref": "Device: Pulmonox N20 (Basic UDI-DI 5410078PNX20NEOQ7). Reference documents: CER PNX-CER-001 rev. 03; "
               "CEP PNX-CEP-001 rev. 02; risk management file PNX-RMF-001.",
        "objectives": [
            "Estimate the rate of device deficiencies leading to interruption of NO delivery, in the NICU and "
            "during intra-hospital transport (residual risk 1)",
            "Confirm the dosing accuracy in nasal CPAP circuits (open question of the CER, only 8 subjects in PNX-CI-01)",
            "Confirm the incidence of MetHb > 5 % and of NO2 > 1 ppm alarms in routine use",
        ],
        "design": "Prospective, multicentre, single-arm post-market registry with consecutive enrolment of all "
                  "neonates treated with the Pulmonox N20 in the participating NICUs; device logs are "
                  "downloaded automatically and reconciled with the clinical case report form.",
        "population": "Inclusion: term and near-term neonates (gestational age ≥ 34 weeks) with hypoxic "
                      "respiratory failure treated with iNO via the Pulmonox N20; body weight from 1,5 kg. "
                      "Exclusion: participation in an interventional trial on iNO; parental refusal.",
        "setting": "Six to eight level III NICUs in Belgium, France and the Netherlands, including "
                   "intra-hospital transports.",
        "endpoints": [
            ("Interruptions", "Device deficiency with interruption > 10 s", "Per 1000 treatment hours"),
            ("Dosing accuracy", "Measured vs set NO in log files", "Continuous"),
            ("MetHb", "Highest MetHb value", "During treatment"),
            ("ECMO or death", "Composite, until NICU discharge", "Discharge"),
        ],
        "n": "150 subjects. With an expected interruption rate of 0,3 per 1000 h and about 9 000 treatment hours, "
             "the upper limit of the exact 95 % CI is below 1 per 1000 h (acceptance criterion of the CEP) "
             "with 80 % probability; at least 30 subjects on nasal CPAP are required.",
        "timeline": [
            ("First subject enrolled", "Q3 2025"),
            ("Interim analysis (75 subjects)", "Q4 2026"),
            ("Last subject, final report", "Q2 2028"),
            ("PMCF evaluation reports", "Yearly, with the PSUR"),
        ],
        "report": "Results are summarised in a PMCF evaluation report each year and fed into the CER and the "
                  "PSUR; a signal (interruption rate above 1 per 1000 h) triggers a CAPA review.",
    },
    "cear": {
        "cer_ref": "PNX-CER-001 rev. 03 of 22/04/2024",
        "pop": "Population: term and near-term neonates (gestational age ≥ 34 weeks), body weight from 1,5 kg; "
               "NICU and intra-hospital transport; trained professional users.",
        "cecp": "The device is class IIb according to Rule 12 and administers a medicinal product (nitric oxide). "
                "The consultation procedure of Article 54(1)(b) is therefore applicable; this CEAR is submitted "
                "to the expert panel together with the CEP, CER and PMCF plan.",
        "assess": [
            "The literature establishes the benefit of iNO in the target population; the manufacturer's "
            "investigation PNX-CI-01 (64 subjects) supports dosing accuracy and safety in conventional and HFO "
            "ventilation. All five acceptance criteria of the CEP are reported in the CER and met.",
            "Nasal CPAP is represented by 8 subjects only; the Notified Body accepts that this is addressed by "
            "the PMCF registry (at least 30 CPAP subjects).",
        ],
        "br": "The benefit-risk determination is acceptable; the evidence is consistent with the intended "
              "purpose and indications.",
        "pmcf": "The PMCF plan PNX-PMCF-001 rev. 01 defines specific objectives, a sample size of 150 subjects "
                "with rationale and a timeline; it is considered adequate.",
        "ifu": "The IFU in English, French and Dutch were reviewed for consistency with the CER. No SSCP is "
               "required (class IIb, non-implantable).",
        "concl": "The Notified Body concludes that the clinical evidence is sufficient, subject to the outcome "
                 "of the consultation procedure.",
    },
    "tr": {
        "fr": {
            "desc": "Le Pulmonox N20 est une console mobile qui injecte le monoxyde d'azote d'une bouteille à "
                    "800 ppm dans la branche inspiratoire du circuit, proportionnellement au débit mesuré, et "
                    "analyse en continu NO, NO2 et O2 inspirés ; il comprend une délivrance de secours (20 ppm).",
            "ip": "Le Pulmonox N20 est destiné à délivrer du monoxyde d'azote inhalé dans la branche inspiratoire "
                  "d'un circuit de ventilation néonatale (ventilation invasive, oscillation à haute fréquence ou "
                  "CPAP nasale), à une concentration réglée de 1 à 40 ppm, et à surveiller NO, NO2 et O2, pour "
                  "le traitement de l'insuffisance respiratoire hypoxémique avec hypertension pulmonaire du "
                  "nouveau-né, en unité de soins intensifs néonatals et pendant le transport intra-hospitalier.",
            "indications": [
                "Insuffisance respiratoire hypoxémique avec hypertension pulmonaire persistante du nouveau-né "
                "(HTPPN), index d'oxygénation ≥ 25, associée à une assistance ventilatoire",
                "Insuffisance respiratoire hypoxémique avec shunt droite-gauche au niveau ductal ou atrial",
            ],
            "contra": [
                "Nouveau-nés dépendants d'un shunt droite-gauche (certaines cardiopathies ducto-dépendantes)",
                "Déficit congénital ou acquis en méthémoglobine réductase",
                "Utilisation en dehors d'un circuit de ventilation ou sans surveillance continue du NO2",
            ],
            "population": "Nouveau-nés à terme et proches du terme, c.-à-d. âge gestationnel ≥ 32 semaines à la "
                          "naissance, pendant les 14 premiers jours de vie.",
            "pop_note": "Poids corporel à l'inclusion : à partir de 1,5 kg.",
            "users_setting": "Néonatologues, infirmiers de soins intensifs néonatals et kinésithérapeutes "
                             "respiratoires formés ; unités de soins intensifs néonatals de niveau III et "
                             "transport intra-hospitalier. Non destiné à l'usage à domicile.",
            "warnings": [
                "Ne jamais interrompre brutalement l'administration de NO : risque d'hypertension pulmonaire de "
                "rebond et de désaturation sévère ; sevrer par paliers jusqu'à 1 ppm avant l'arrêt.",
                "Garder la délivrance de secours et une seconde bouteille pleine raccordées en permanence.",
                "Doser la méthémoglobine dans les 4 heures suivant le début puis toutes les 24 heures.",
                "Ne pas désactiver l'alarme NO2.",
            ],
            "steps": [
                "Effectuer le contrôle avant utilisation et la purge du détendeur.",
                "Raccorder le module d'injection dans la branche inspiratoire et la ligne d'échantillonnage près de la pièce en Y.",
                "Régler la dose prescrite (habituellement 20 ppm) et vérifier les valeurs mesurées.",
                "Changement de bouteille : activer la délivrance de secours, remplacer la bouteille, purger, reprendre.",
                "Sevrer par paliers de 5 ppm jusqu'à 5 ppm, puis de 1 ppm.",
            ],
            "side_effects": ["Hypertension pulmonaire de rebond à l'arrêt", "Méthémoglobinémie",
                             "Inhibition de l'agrégation plaquettaire ; saignement", "Hypotension ; toxicité du NO2"],
            "specs": [
                ("Concentration de NO réglable", "1 à 40 ppm, par pas de 1 ppm"),
                ("Précision de dosage", "± 10 % ou ± 1 ppm"),
                ("Volume courant minimal pour la précision spécifiée", "40 mL"),
                ("Plage de débit du circuit", "2 à 60 L/min"),
                ("Délivrance de secours", "20 ppm fixe, à 15 L/min"),
                ("Autonomie de la batterie", "au moins 3 h"),
            ],
        },
        "nl": {
            "desc": "De Pulmonox N20 is een mobiele console die stikstofmonoxide uit een cilinder van 800 ppm in de "
                    "inspiratoire tak van het circuit injecteert, evenredig met het gemeten debiet, en NO, NO2 en "
                    "O2 continu meet; een noodtoediening (20 ppm) is ingebouwd.",
            "ip": "De Pulmonox N20 is bedoeld voor de toediening van geïnhaleerd stikstofmonoxide in de inspiratoire "
                  "tak van een neonataal beademingscircuit (invasieve beademing, hoogfrequente oscillatie of nasale "
                  "CPAP), in een ingestelde concentratie van 1 tot 40 ppm, en voor de bewaking van NO, NO2 en O2, "
                  "voor de behandeling van pasgeborenen met hypoxisch respiratoir falen en pulmonale hypertensie, "
                  "op de neonatale intensive care en tijdens intern transport in het ziekenhuis.",
            "indications": [
                "Hypoxisch respiratoir falen met persisterende pulmonale hypertensie van de pasgeborene (PPHN), "
                "oxygenatie-index ≥ 25, in combinatie met beademing",
                "Hypoxisch respiratoir falen met rechts-links shunt op ductaal of atriaal niveau",
            ],
            "contra": [
                "Pasgeborenen die afhankelijk zijn van een rechts-links shunt",
                "Aangeboren of verworven methemoglobinereductasedeficiëntie",
                "Gebruik buiten een beademingscircuit of zonder continue NO2-bewaking",
            ],
            "population": "À terme en bijna à terme geboren pasgeborenen (zwangerschapsduur ≥ 34 weken), in de "
                          "eerste 14 levensdagen; lichaamsgewicht vanaf 1,5 kg.",
            "users_setting": "Getrainde neonatologen, NICU-verpleegkundigen en respiratoir therapeuten; NICU "
                             "niveau III en intern transport. Niet voor thuisgebruik.",
            "warnings": [
                "Onderbreek de toediening van NO nooit abrupt: risico op rebound pulmonale hypertensie; bouw "
                "de dosis stapsgewijs af tot 1 ppm.",
                "Houd de noodtoediening en een tweede volle cilinder altijd aangesloten.",
                "Bepaal methemoglobine binnen 4 uur na de start en daarna elke 24 uur.",
                "Schakel het NO2-alarm niet uit.",
            ],
            "steps": [
                "Voer de controle vóór gebruik en het spoelen van de drukregelaar uit.",
                "Plaats de injectiemodule in de inspiratoire tak en de meetlijn bij het Y-stuk.",
                "Stel de voorgeschreven dosis in (meestal 20 ppm).",
                "Cilinderwissel: activeer de noodtoediening, vervang de cilinder, spoel en hervat.",
                "Afbouwen in stappen van 5 ppm tot 5 ppm, daarna in stappen van 1 ppm.",
            ],
            "side_effects": ["Rebound pulmonale hypertensie bij stoppen", "Methemoglobinemie",
                             "Remming van de plaatjesaggregatie; bloeding", "Hypotensie; NO2-toxiciteit"],
            "specs": [
                ("Ingestelde NO-concentratie", "1 tot 40 ppm, stappen van 1 ppm"),
                ("Doseernauwkeurigheid", "± 10 % of ± 1 ppm"),
                ("Minimaal teugvolume voor de gespecificeerde nauwkeurigheid", "40 mL"),
                ("Debietbereik circuit", "2 tot 60 L/min"),
                ("Noodtoediening", "20 ppm vast, bij 15 L/min"),
                ("Batterijduur", "minstens 3 uur"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "PNX-CEP-001_rev02_Clinical_Evaluation_Plan.docx", "no": "PNX-CEP-001", "rev": "02",
                "date": "12/01/2024", "author": "Dr. M. Delvaux, Clinical Affairs"},
        "CER": {"file": "PNX-CER-001_rev03_CER.pdf", "no": "PNX-CER-001", "rev": "03", "date": "22/04/2024",
                "author": "Dr. M. Delvaux; reviewed by Prof. A. Lemaire (neonatology)"},
        "PMCF-plan": {"file": "PNX-PMCF-001_PMCF_plan.md", "no": "PNX-PMCF-001", "rev": "01", "date": "22/04/2024"},
        "IFU-en": {"file": "Pulmonox_N20_IFU_EN.pdf", "no": "PNX-IFU-EN", "rev": "B", "date": "03/2024"},
        "IFU-fr": {"file": "Pulmonox_N20_Notice_FR.pdf", "no": "PNX-IFU-FR", "rev": "B", "date": "03/2024"},
        "IFU-nl": {"file": "Pulmonox_N20_Gebruiksaanwijzing_NL.docx", "no": "PNX-IFU-NL", "rev": "B", "date": "03/2024"},
        "CEAR": {"file": "CEAR_2964-24-0117_Pulmonox_N20.pdf", "no": "CEAR 2964-24-0117", "rev": "1",
                 "date": "28/06/2024", "author": "Clinical reviewer, Certimed Europe"},
    },
    "style": {
        "all": {"num": "para", "hf": HF, "pop_as": "prose"},
        "CEP": {"box": True, "ip_title": "Intended purpose"},
        "CER": {"box": True},
        "IFU": {"num": "dot", "hf": None, "font": "serif"},
        "CEAR": {"num": "none", "hf": ("Certimed Europe – NB 2964 – CEAR", "Confidential")},
        "PMCF-plan": {"num": "dot"},
    },
}

LABELS = [
    {
        "defect": "tidal_volume_floor_above_neonatal_needs", "category": "plausibility",
        "docs": ["IFU-en", "CER"],
        "quotes": ["40 mL (below this value the accuracy is not guaranteed)",
                   "the body weight of the subjects at inclusion is from 1,5 kg upwards"],
        "description": "Dosing accuracy is only specified from a 40 mL tidal volume, i.e. 10 to 27 mL/kg for the "
                       "1,5 to 4 kg neonates the device is intended for, whose tidal volumes are 4 to 6 mL/kg; "
                       "the parameter cannot serve the stated population.",
        "accept": ["specification", "population"],
    },
    {
        "defect": "cylinder_change_interrupts_ino", "category": "safety-instruction",
        "docs": ["IFU-en"],
        "quotes": ["an interruption of two or three minutes is well tolerated and the backup is not needed for this",
                   "Never interrupt the delivery of nitric oxide abruptly"],
        "description": "The English IFU tells the user to stop NO delivery during cylinder exchange without the "
                       "backup, contradicting its own warning about rebound pulmonary hypertension (the French "
                       "and Dutch versions ask for the backup).",
        "accept": ["language"],
    },
    {
        "defect": "french_ifu_widens_gestational_age", "category": "language",
        "docs": ["IFU-fr", "IFU-en"],
        "quotes": ["âge gestationnel ≥ 32 semaines à la naissance",
                   "Term and near-term neonates, i.e. gestational age ≥ 34 weeks at birth"],
        "description": "The French IFU extends the population to neonates from 32 weeks of gestation whereas all "
                       "other documents state 34 weeks; iNO is not established below 34 weeks.",
        "accept": ["population"],
    },
]

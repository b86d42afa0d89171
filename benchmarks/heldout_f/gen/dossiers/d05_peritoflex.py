"""Peritoneal dialysis catheter (class IIb implantable; CECP not applicable). Clean dossier."""

LONG = "PeritoFlex peritoneal dialysis catheter"

ADVERSE = [
    ("Peritonitis", "0.29 episodes per patient-year"),
    ("Exit-site or tunnel infection", "0.18 episodes per patient-year"),
    ("Catheter malfunction with poor drainage (incl. omental wrapping)", "7.5 % at 12 months"),
    ("Catheter tip migration requiring intervention", "5.7 % at 12 months"),
    ("Pericatheter leak of dialysate", "3.3 % within 30 days"),
    ("Cuff extrusion", "1.9 % at 24 months"),
    ("Bleeding at insertion (haemoperitoneum or tunnel haematoma)", "1.4 % within 7 days"),
    ("Bowel or bladder perforation", "0.2 % at insertion"),
    ("Hernia at insertion site", "1.6 % at 24 months"),
]

SPEC = {
    "id": "f05_peritoflex",
    "device": "PeritoFlex peritoneal dialysis catheter (tunnelled, double-cuff silicone)",
    "device_class": "IIb",
    "name": "PeritoFlex",
    "name_long": LONG,
    "generic": "Peritoneal dialysis catheter, long-term, tunnelled",
    "manufacturer": "Iberdial Medical S.L.",
    "address": "Carrer de la Ciència 14, 46980 Paterna (Valencia), Spain",
    "srn": "ES-MF-000016204",
    "nb": "Certificación Sanitaria Europea S.A.",
    "nb_no": "2912",
    "budi": "84370985PFLEXCATH2W",
    "emdn": "F9002 – peritoneal dialysis catheters",
    "first_ce": "2016 (Directive 93/42/EEC); MDR application 2024",
    "rmf": "IBD-GR-031 ed. 5",
    "pms_plan": "IBD-PMS-031 ed. 2",
    "data_lock": "29 February 2024",
    "authors": ["Dra. Lucía Ferrer Ibáñez (nephrologist, clinical affairs)", "Ing. Pau Soler (regulatory affairs manager)"],
    "class_text": "Class IIb, Annex VIII Rule 8 (implantable / long-term surgically invasive device)",
    "scope_text": ("PeritoFlex is a class IIb implantable device that does not administer a medicinal product by an active "
                   "mechanism. Article 54(1) MDR covers only class III implantable devices and class IIb active devices "
                   "under Rule 12; the clinical evaluation consultation procedure is therefore not applicable."),
    "models": (["Reference", "Configuration", "Total length"], [
        ["PF-ST", "Straight, two cuffs", "42.5 cm"],
        ["PF-CL", "Coiled, two cuffs", "57 cm"],
        ["PF-SN", "Swan-neck, coiled, two cuffs", "62.5 cm"],
        ["PF-IK", "Percutaneous insertion kit (guide wire, dilator, 18 Fr peel-away sheath)", "–"],
        ["PF-TA", "Titanium adapter", "–"],
    ]),
    "specs": [
        ["Total length", "425 mm (PF-ST), 570 mm (PF-CL), 625 mm (PF-SN)"],
        ["Outer / inner diameter", "5.0 mm (15 Fr) / 2.6 mm"],
        ["Material", "Implant-grade silicone, radiopaque barium sulphate stripe"],
        ["Cuffs", "Two polyester (PET) cuffs, 10 mm, distance 50 mm"],
        ["Intraperitoneal segment", "150 mm with 0.5 mm side holes over 100 mm"],
        ["Connector", "Titanium adapter, Luer lock"],
        ["Sterilisation", "Ethylene oxide"],
        ["Intended duration of implantation", "Long-term (> 30 days), until transplantation or change of modality"],
    ],
    "specs_prose": "",
    "intended_purpose": ("PeritoFlex is intended to provide long-term access to the peritoneal cavity for the inflow and "
                         "outflow of peritoneal dialysis solution in patients with end-stage kidney disease treated with "
                         "continuous ambulatory (CAPD) or automated (APD) peritoneal dialysis."),
    "indications": [
        "End-stage kidney disease requiring chronic peritoneal dialysis (CAPD or APD)",
        "Urgent-start peritoneal dialysis, when dwell volumes are reduced in the first two weeks",
    ],
    "contraindications": [
        "Documented loss of peritoneal function or extensive abdominal adhesions",
        "Uncorrectable abdominal wall hernia or abdominal wall infection at the insertion site",
        "Active intra-abdominal infection or inflammatory bowel disease in active phase",
        "Known hypersensitivity to silicone or polyester",
    ],
    "population": ("Adults and adolescents with a body weight of at least 30 kg. Smaller children need paediatric "
                   "catheters which are not part of this product family."),
    "users": ("Insertion by nephrologists, surgeons or interventional radiologists trained in PD catheter placement; "
              "dialysis exchanges by trained patients, caregivers or dialysis nurses."),
    "setting": ("The catheter is inserted in a hospital (operating room or interventional suite); dialysis is then performed "
                "at the patient's home or in a dialysis centre."),
    "description": [
        "PeritoFlex is a tunnelled silicone catheter with two polyester cuffs. The deep cuff is placed in the rectus muscle, "
        "the superficial cuff in the subcutaneous tunnel about 2 cm from the exit site. The intraperitoneal segment has "
        "side holes and is straight or coiled; the swan-neck model has a pre-formed 150° bend to direct the exit site downward.",
        "The catheter can be inserted surgically (open or laparoscopic technique) or percutaneously with the Seldinger "
        "technique using the PF-IK insertion kit. The titanium adapter connects the catheter to the transfer set.",
    ],
    "sota": [
        "Peritoneal dialysis is used by about 11 % of European dialysis patients, mostly at home. Catheter-related "
        "complications (peritonitis, exit-site infection, drainage failure, leaks) are the main cause of technique failure "
        "in the first year. The ISPD guidelines (2019 catheter, 2022 peritonitis) recommend double-cuff silicone catheters "
        "and set a target of an overall peritonitis rate below 0.40 episodes per patient-year.",
        "Published one-year catheter survival is 80–92 % and two-year survival 70–85 %. Randomised trials and "
        "meta-analyses show no consistent difference between straight and coiled tips, or between surgical and percutaneous "
        "insertion when performed by experienced operators.",
    ],
    "alternatives": ["Haemodialysis via arteriovenous fistula or graft", "Haemodialysis via tunnelled central venous catheter",
                     "Pre-emptive kidney transplantation", "Other PD catheter designs"],
    "search": ("Literature search in PubMed, Embase and Cochrane (2010 – data lock point) with the terms (peritoneal dialysis) "
               "AND (catheter) AND (survival OR complication OR peritonitis OR insertion) and the name PeritoFlex."),
    "search_result": ("The search of 4 March 2024 gave 986 records; 27 publications were kept for the state of the art and two "
                      "data sets on PeritoFlex (PERITO-1 study and the Valencian registry analysis)."),
    "equivalence_plan": "Equivalence is not used. The device has been on the market since 2016; data of the device itself are available.",
    "equivalence": ("No equivalence is claimed. PeritoFlex has been marketed unchanged under Directive 93/42/EEC since 2016; "
                    "only labelling changes were made for the MDR."),
    "cdp": [
        "Clinical data of the device come from the prospective PERITO-1 study (212 patients, 24 months) and from the "
        "analysis of the Valencian regional PD registry (1 150 catheters, up to 5 years).",
        "PMCF continues with a registry-based follow-up of new implantations.",
    ],
    "benefits": [
        ("Reliable access for PD", "Catheter survival at 12 months (Kaplan-Meier)", "≥ 80 %"),
        ("Reliable access for PD", "Catheter survival at 24 months", "≥ 70 %"),
        ("Functional dialysis without drainage problems", "Catheters free of drainage dysfunction at 3 months", "≥ 85 %"),
    ],
    "safety_criteria": [
        ("Peritonitis rate", "≤ 0.40 episodes per patient-year"),
        ("Exit-site infection rate", "≤ 0.30 episodes per patient-year"),
        ("Bowel or bladder perforation at insertion", "≤ 1 %"),
        ("Pericatheter leak within 30 days", "≤ 7 %"),
    ],
    "perf_results": [
        ["Catheter survival at 12 months", "≥ 80 %", "89 % (PERITO-1); 87 % (registry)", "Yes"],
        ["Catheter survival at 24 months", "≥ 70 %", "81 % (PERITO-1); 78 % (registry)", "Yes"],
        ["Free of drainage dysfunction at 3 months", "≥ 85 %", "94 %", "Yes"],
    ],
    "safety_results": [
        ["Peritonitis rate", "≤ 0.40 /patient-year", "0.29 /patient-year", "Yes"],
        ["Exit-site infection rate", "≤ 0.30 /patient-year", "0.18 /patient-year", "Yes"],
        ["Bowel/bladder perforation", "≤ 1 %", "0.2 %", "Yes"],
        ["Leak within 30 days", "≤ 7 %", "3.3 %", "Yes"],
    ],
    "studies": (["Data set", "Design", "Patients / catheters", "Follow-up", "Results"], [
        ["PERITO-1 [4]", "Prospective, multicentre (7 Spanish hospitals)", "212 (incl. 21 adolescents ≥ 30 kg)", "24 months", "Catheter survival 89 % (1 y), 81 % (2 y); peritonitis 0.29/pt-year"],
        ["Valencian PD registry [5]", "Retrospective registry analysis", "1 150 catheters", "median 26 months, max 5 years", "Catheter survival 87 % (1 y), 78 % (2 y), 61 % (5 y)"],
    ]),
    "results": [
        "PERITO-1 included 212 patients (median age 58 years, range 14–83; 21 adolescents with body weight ≥ 30 kg). 61 % "
        "were on APD and 39 % on CAPD; 71 catheters were inserted percutaneously and 141 surgically, with similar "
        "catheter survival.",
        "In the adolescent subgroup 1-year catheter survival was 86 % and no perforation occurred.",
    ],
    "pms": ["About 14 800 catheters were sold in the EU since 2016. Complaint rate 0.08 %; two serious incidents (cuff "
            "separation) were reported in 2019, leading to a corrective action on the bonding process; no recurrence since."],
    "benefit_risk": [
        "PeritoFlex allows home dialysis with catheter survival and complication rates at or better than the ISPD targets "
        "and the published benchmarks.",
        "Residual uncertainties concern late cuff extrusion and the performance in urgent-start PD, followed in PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "New implantations are followed in the PERITO-REG registry (350 patients, 3 years), including urgent-start PD.",
    "summary": [
        "This CER covers the PeritoFlex catheter family (straight, coiled and swan-neck models) with the percutaneous insertion "
        "kit and titanium adapter, for the MDR certification of a device marketed since 2016.",
        "All acceptance criteria of the CEP are met with data from 212 prospectively followed patients and 1 150 registry catheters.",
    ],
    "conclusion": ["PeritoFlex fulfils the relevant GSPR; the benefit-risk ratio is favourable for adults and adolescents of at least 30 kg body weight."],
    "references": [
        "Crabtree JH, Shrestha BM, Chow KM, et al. Creating and maintaining optimal peritoneal dialysis access in the adult patient: 2019 update. Perit Dial Int 2019;39:414–436.",
        "Li PK, Chow KM, Cho Y, et al. ISPD peritonitis guideline recommendations: 2022 update. Perit Dial Int 2022;42:110–153.",
        "Htay H, Johnson DW, Craig JC, et al. Catheter type, placement and insertion techniques for preventing catheter-related infections in chronic peritoneal dialysis patients. Cochrane Database Syst Rev 2019;5:CD004680.",
        "Iberdial Medical. PERITO-1 final clinical study report IBD-CSR-07, 2022.",
        "Martínez-Ortega R, Ferrer L, Bosch A. Catheter outcomes in a regional peritoneal dialysis registry 2016–2023. Nefrología 2024;44:212–221.",
    ],
    "evaluators": "Dra. Lucía Ferrer Ibáñez and Dr. Jordi Bosch (nephrologists); approved by Ing. Pau Soler, 12 April 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance analysis every six months", "Annual literature review",
                    "Annual data exchange with the Valencian PD registry"],
        "objectives": [
            ("Confirm catheter survival and peritonitis rate in current practice", "Clinical benefit / residual risk peritonitis"),
            ("Estimate cuff extrusion up to 3 years", "Residual risk: cuff extrusion (late event)"),
            ("Evaluate leak and drainage dysfunction in urgent-start PD", "Open question: urgent-start PD has limited data"),
        ],
        "design": ["Prospective multicentre registry (PERITO-REG) with consecutive inclusion in 10 centres in Spain and Portugal."],
        "endpoints": ["Catheter survival at 1, 2 and 3 years", "Peritonitis and exit-site infection rates",
                      "Leak and drainage dysfunction within 30 days", "Cuff extrusion"],
        "inclusion": ["Patients with end-stage kidney disease starting PD with PeritoFlex, body weight ≥ 30 kg", "Informed consent"],
        "exclusion": ["Expected transplantation within 3 months"],
        "setting": "Insertion in the participating hospitals; follow-up during home dialysis and in the dialysis centre, as foreseen in the IFU.",
        "sample_size": ("350 patients. An expected 3-year cuff extrusion rate of 3 % can be estimated with a 95 % CI half width "
                        "of ±2 % with 280 evaluable patients (20 % drop-out). At least 80 urgent-start patients give a leak "
                        "rate estimate with ±5 % precision."),
        "timeline": [["Start", "June 2024"], ["End of inclusion", "June 2026"], ["Final report", "December 2029"],
                     ["PMCF evaluation report", "Every two years and with the PSUR"]],
        "reporting": "Results are included in the PMCF evaluation report and the PSUR and are used to update the CER and the SSCP.",
    },
    "sscp": {
        "description": ["Tunnelled double-cuff silicone catheter in three configurations (straight 42.5 cm, coiled 57 cm, swan-neck 62.5 cm) with percutaneous insertion kit and titanium adapter."],
        "previous": "The device is unchanged since 2016 except labelling adaptations for the MDR.",
        "accessories": "Insertion kit PF-IK, titanium adapter PF-TA; compatible with standard PD transfer sets.",
        "risk_source": "Rates from the prospective PERITO-1 study (212 patients) and the regional registry (1 150 catheters).",
        "fsca": "One field safety corrective action in 2019 (cuff bonding process); closed.",
        "training": "Insertion only by physicians trained in PD catheter placement; patients receive PD training by the dialysis unit.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN ISO 11135:2014", "EN ISO 80369-7:2021"],
    },
    "sscp_warnings": ["Do not use sharp instruments or acetone/alcohol on the catheter.", "Keep the exit site clean and dry according to the unit's protocol."],
    "sscp_clinical": ["PERITO-1 (212 patients, 24 months): catheter survival 89 % at 1 year and 81 % at 2 years; peritonitis 0.29 episodes per patient-year. Registry (1 150 catheters, up to 5 years): 5-year survival 61 %."],
    "cear": {
        "assessment_type": "Initial MDR certification of a device previously certified under Directive 93/42/EEC",
        "ifu_langs": ["English", "Dutch"],
        "reviewers": "Clinical reviewer: nephrologist (CSE-M-04); technical reviewer: materials engineer (CSE-T-11).",
        "state_of_art": ["The state of the art (ISPD guidelines, Cochrane review) is adequately described."],
        "literature": ["The literature search and appraisal are adequate."],
        "investigations": ["No pre-market clinical investigation; PERITO-1 is a post-market study with sufficient follow-up."],
        "pmcf": ["The PERITO-REG registry with justified sample size addresses the open questions."],
        "ifu": ["IFU and SSCP are aligned with the CER."],
        "conclusion": ["Sufficient clinical evidence; benefit-risk acceptable; certificate for 5 years."],
    },
    "cear_summary": [
        "PeritoFlex is a tunnelled double-cuff silicone peritoneal dialysis catheter for long-term peritoneal access.",
        "Intended purpose as assessed: access to the peritoneal cavity for CAPD or APD in end-stage kidney disease, patients "
        "from 30 kg body weight (adults and adolescents); hospital insertion, home or centre dialysis.",
    ],
    "cear_scope": ["Class IIb implantable device: the consultation procedure of Art. 54 is not applicable (Art. 54(1)(a) concerns class III implantable devices only)."],
    "sscp_required": True,
    "style": {"v": 2, "heads": "dot", "cear_heads": "roman", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="IBD-PEC-031", rev="2", date="2024-01-15", file="PeritoFlex_CEP_ed2.pdf", fmt="pdf"),
        "CER": dict(title="Clinical evaluation report", number="IBD-IEC-031", rev="3", date="2024-04-12", file="PeritoFlex_CER_ed3.pdf", fmt="pdf"),
        "PMCF-plan": dict(title="PMCF plan", number="IBD-PMCF-031", rev="2", date="2024-04-10", file="PeritoFlex_PMCF_Plan.docx", fmt="docx"),
        "SSCP": dict(title="SSCP", number="IBD-SSCP-031", rev="1", date="2024-04-30", file="PeritoFlex_SSCP.docx", fmt="docx"),
        "IFU-en": dict(title="IFU", number="IBD-IFU-031", rev="7", date="2024-03", file="PeritoFlex_IFU_EN.md", fmt="md"),
        "IFU-nl": dict(title="IFU", number="IBD-IFU-031", rev="7", date="2024-03", file="PeritoFlex_IFU_NL.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="CSE-CEAR-24-055", rev="0", date="2024-07-02", file="CSE_CEAR_PeritoFlex.docx", fmt="docx"),
    },
}

SPEC["ifu"] = {
    "en": {
        "name": "PeritoFlex", "subtitle": "Peritoneal dialysis catheter PF-ST / PF-CL / PF-SN · Insertion kit PF-IK · Titanium adapter PF-TA",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Patients weighing 30 kg or more (adults and adolescents).",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "Do not use sharp instruments, clamps with teeth or solvents (acetone, alcohol-based ointments) on the catheter.",
            "Percutaneous insertion should be performed only under imaging guidance by experienced operators.",
            "Signs of peritonitis (cloudy effluent, abdominal pain, fever) require immediate contact with the dialysis unit.",
        ],
        "precautions": [
            "Give antibiotic prophylaxis before insertion according to ISPD recommendations.",
            "In urgent-start PD use low dwell volumes in supine position during the first 14 days.",
            "Immobilise the catheter at the exit site to reduce trauma.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Mark the exit site with the patient standing; the exit should point downward or laterally.",
            "Insert the catheter surgically or percutaneously with the PF-IK kit; place the deep cuff in the rectus muscle.",
            "Create the subcutaneous tunnel; the superficial cuff must be about 2 cm from the exit site.",
            "Connect the titanium adapter and transfer set; test inflow and outflow with 500 ml of dialysate.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store at room temperature, protected from light. Dispose of as clinical waste after removal.",
    },
    "nl": {
        "name": "PeritoFlex", "subtitle": "Peritoneaaldialysekatheter PF-ST / PF-CL / PF-SN · Inbrengset PF-IK · Titanium adapter PF-TA",
        "description": [
            "PeritoFlex is een getunnelde siliconen katheter met twee polyester cuffs. De diepe cuff wordt in de rectusspier "
            "geplaatst, de oppervlakkige cuff in de subcutane tunnel op ongeveer 2 cm van de uitgangsplaats. Het "
            "intraperitoneale deel heeft zijgaten en is recht of gekruld; het swan-neck-model heeft een voorgevormde bocht van 150°.",
            "De katheter kan chirurgisch (open of laparoscopisch) of percutaan met de Seldinger-techniek met de inbrengset "
            "PF-IK worden ingebracht. De titanium adapter verbindt de katheter met de transferset.",
        ],
        "intended_purpose": ("PeritoFlex is bedoeld voor langdurige toegang tot de buikholte voor het in- en uitlopen van "
                             "peritoneaaldialysevloeistof bij patiënten met eindstadium nierfalen die worden behandeld met "
                             "continue ambulante (CAPD) of geautomatiseerde (APD) peritoneaaldialyse."),
        "indications": [
            "Eindstadium nierfalen waarvoor chronische peritoneaaldialyse nodig is (CAPD of APD)",
            "Urgent-start peritoneaaldialyse, met verlaagde instroomvolumes in de eerste twee weken",
        ],
        "contraindications": [
            "Aangetoond verlies van peritoneale functie of uitgebreide abdominale verklevingen",
            "Niet-corrigeerbare buikwandhernia of buikwandinfectie op de inbrengplaats",
            "Actieve intra-abdominale infectie of inflammatoire darmziekte in actieve fase",
            "Bekende overgevoeligheid voor siliconen of polyester",
        ],
        "population": "Patiënten met een lichaamsgewicht van minimaal 30 kg (volwassenen en adolescenten).",
        "users": ("Inbrengen door nefrologen, chirurgen of interventieradiologen die getraind zijn in het plaatsen van "
                  "PD-katheters; dialysewissels door getrainde patiënten, mantelzorgers of dialyseverpleegkundigen. De katheter "
                  "wordt in een ziekenhuis ingebracht (operatiekamer of interventieruimte); de dialyse vindt daarna thuis of "
                  "in een dialysecentrum plaats."),
        "warnings": [
            "Gebruik geen scherpe instrumenten, klemmen met tanden of oplosmiddelen (aceton, zalven op alcoholbasis) op de katheter.",
            "Percutaan inbrengen mag alleen onder beeldvorming door ervaren operateurs gebeuren.",
            "Tekenen van peritonitis (troebel effluent, buikpijn, koorts) vereisen onmiddellijk contact met de dialyse-afdeling.",
        ],
        "precautions": [
            "Geef vóór het inbrengen antibiotische profylaxe volgens de ISPD-aanbevelingen.",
            "Gebruik bij urgent-start PD de eerste 14 dagen lage volumes in liggende houding.",
            "Fixeer de katheter bij de uitgangsplaats om trauma te beperken.",
        ],
        "adverse": ["Peritonitis", "Infectie van uitgangsplaats of tunnel", "Katheterdisfunctie met slechte uitloop (incl. omentumomwikkeling)",
                    "Migratie van de kathetertip waarvoor interventie nodig is", "Lekkage van dialysaat langs de katheter",
                    "Extrusie van de cuff", "Bloeding bij het inbrengen (hemoperitoneum of tunnelhematoom)",
                    "Perforatie van darm of blaas", "Hernia op de inbrengplaats"],
        "instructions": [
            "Markeer de uitgangsplaats bij de staande patiënt; de uitgang moet naar beneden of lateraal wijzen.",
            "Breng de katheter chirurgisch of percutaan met de PF-IK-set in; plaats de diepe cuff in de rectusspier.",
            "Maak de subcutane tunnel; de oppervlakkige cuff moet op ongeveer 2 cm van de uitgangsplaats liggen.",
            "Sluit de titanium adapter en de transferset aan; test in- en uitloop met 500 ml dialysaat.",
        ],
        "specs": [
            ["Totale lengte", "425 mm (PF-ST), 570 mm (PF-CL), 625 mm (PF-SN)"],
            ["Buiten-/binnendiameter", "5,0 mm (15 Fr) / 2,6 mm"],
            ["Materiaal", "Implantaatkwaliteit siliconen, röntgenopake bariumsulfaatstreep"],
            ["Cuffs", "Twee polyester (PET) cuffs, 10 mm, onderlinge afstand 50 mm"],
            ["Intraperitoneaal deel", "150 mm met zijgaten van 0,5 mm over 100 mm"],
            ["Connector", "Titanium adapter, Luer-lock"],
            ["Sterilisatie", "Ethyleenoxide"],
            ["Beoogde implantatieduur", "Langdurig (> 30 dagen), tot transplantatie of wisseling van dialysevorm"],
        ],
        "storage": "Bewaren bij kamertemperatuur, beschermd tegen licht. Na verwijdering afvoeren als medisch afval.",
    },
}
LABELS = []

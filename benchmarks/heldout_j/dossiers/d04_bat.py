"""Baroreflex activation therapy system (class III active implantable) – clean."""

NAME = "Barovia"

F = {
    "id": "j04_bat_barovia",
    "device": "Baroreflex activation therapy system",
    "cls": "III",
    "name": NAME,
    "models": "BV-2 implantable pulse generator; BV-L carotid sinus lead (40 cm); BV-P programmer with tablet software",
    "udi": "5430009BAROVIA2TK",
    "mfr": "Vagotech NV",
    "mfr_full": "Vagotech NV, Technologiepark 21, 9052 Gent (Zwijnaarde), Belgium",
    "srn": "BE-MF-000047730",
    "nb": "Medcert Benelux B.V., Notified Body 2998",
    "cls_text": "Class III, Annex VIII Rule 8 (active implantable device)",
    "cecp": "The Barovia system is an active implantable device and therefore class III according to Rule 8; "
            "being class III and implantable, it falls within Article 54(1)(a) and the Notified Body has to "
            "carry out the clinical evaluation consultation procedure. Article 54(2) does not apply (new "
            "device, initial certification under the MDR).",
    "desc": "The Barovia system comprises a pulse generator (volume 14 cm³, mass 31 g) implanted in a "
            "subclavicular pocket, and a unipolar lead whose 2 mm electrode disc is sutured on the adventitia "
            "of the carotid sinus (right or left side); the generator delivers electrical pulses which activate "
            "the carotid baroreceptors, so as to reduce the sympathetic tone and increase the parasympathetic "
            "tone; the therapy is programmed non-invasively by telemetry.",
    "ip": "The Barovia system is intended to deliver baroreflex activation therapy for the improvement of "
          "symptoms, functional capacity and quality of life of adult patients with chronic heart failure with "
          "reduced ejection fraction who remain symptomatic despite guideline-directed medical therapy and are "
          "not candidates for cardiac resynchronisation therapy.",
    "indications": [
        "Heart failure with reduced ejection fraction (LVEF ≤ 35 %), NYHA class III, or class II with a recent "
        "history of class III, despite stable optimal medical therapy for at least 4 weeks",
        "NT-proBNP < 1 600 pg/mL; not indicated for cardiac resynchronisation therapy (CRT)",
    ],
    "contra": [
        "Bilateral carotid bifurcations located above the level of the mandible",
        "Baroreflex failure or autonomic neuropathy",
        "Uncontrolled symptomatic bradyarrhythmias",
        "Atherosclerotic plaque ≥ 50 % at the carotid sinus (ultrasound or angiography)",
        "Prior surgery, radiation or endovascular stent at the carotid sinus region",
    ],
    "population": "Adult patients (18 years and older) with HFrEF, LVEF 35 % or less, NYHA class III (or II with "
                  "recent III), NT-proBNP below 1 600 pg/mL, on stable guideline-directed medical therapy.",
    "pop_items": [
        "Adults, aged 18 years or more",
        "HFrEF with LVEF ≤ 35 %",
        "NYHA class III, or class II with recent history of class III",
        "NT-proBNP < 1 600 pg/mL; no CRT indication",
    ],
    "users_setting": "Implantation by vascular or cardiac surgeons, in an operating room, under general "
                     "anaesthesia; programming and follow-up by cardiologists in the heart-failure clinic.",
    "benefits": [
        ("Improvement of functional capacity", "6-minute hall walk distance (6MHW), change at 6 and 12 months"),
        ("Improvement of quality of life", "Minnesota Living with Heart Failure Questionnaire (MLWHF)"),
        ("Improvement of symptoms", "Proportion of patients improving by ≥ 1 NYHA class"),
    ],
    "criteria": [
        ("Major adverse neurological and cardiovascular system or procedure-related events (MANCE)",
         "Free from MANCE ≥ 85 % at 6 months", "Published BAT studies"),
        ("6MHW", "Difference BAT vs control ≥ 30 m at 6 months", "MCID 25–33 m"),
        ("MLWHF", "Difference BAT vs control ≥ 5 points at 6 months", "MCID 5 points"),
        ("NYHA", "≥ 1 class improvement in ≥ 40 % (BAT arm)", "Literature"),
    ],
    "cep_scope": "Scope: the Barovia system (generator, lead, programmer) in the first MDR certification; the plan "
                 "also fixes the appraisal method of the data and the acceptance criteria.",
    "cdp": "The pivotal evidence is the randomised controlled investigation BARO-EU (BAT plus medical therapy vs "
           "medical therapy alone, 2:1, n = 264, 6-month primary endpoints, 12-month follow-up); data from the "
           "published literature on baroreflex activation with other systems are used for the state of the art "
           "only, no equivalence being claimed.",
    "search": "Literature search in PubMed, Embase and CENTRAL on 04/12/2023, period 2005–2023, terms "
              "(baroreflex activation OR carotid sinus stimulation) AND heart failure; 214 records, 12 retained.",
    "cep_pmcf": "Post-market registry BARO-REG (5 years follow-up) described in the PMCF plan.",
    "cer_summary": "In the randomised investigation BARO-EU, baroreflex activation with the Barovia system "
                   "improved walking distance, quality of life and NYHA class at 6 months, with a MANCE-free "
                   "rate of 94,3 %; benefits were maintained at 12 months. The benefit-risk is favourable for "
                   "the intended population; long-term safety and durability of the benefit beyond 12 months "
                   "are PMCF objectives.",
    "sota": [
        "Guideline-directed medical therapy of HFrEF (ARNI/ACE-I, beta-blockers, MRA, SGLT2 inhibitors) and, in "
        "selected patients, CRT and ICD, are the first-line treatments [1]. A proportion of patients remain "
        "symptomatic and are not candidates for CRT (QRS < 130 ms).",
        "Baroreflex activation therapy has been studied in randomised trials with another system and improved "
        "6-minute walk distance (about +60 m), MLWHF score (about -14 points) and NYHA class, without proven "
        "effect on morbidity and mortality to date [2-4].",
    ],
    "studies": [
        ("[2]", "RCT (other BAT system)", "408", "HFrEF NYHA III", "6 months", "6MWD +60 m; MLWHF -14"),
        ("[3]", "RCT (other BAT system)", "140", "HFrEF NYHA III", "6 months", "6MWD +59 m; NYHA improved"),
        ("[4]", "Extended follow-up", "264", "HFrEF NYHA III", "24 months", "Benefits sustained; no mortality effect"),
        ("[5]", "RCT BARO-EU (Barovia)", "264 (176/88)", "HFrEF, LVEF ≤ 35 %, NYHA III/II", "12 months",
         "6MHW +51 m, MLWHF -11 at 6 months"),
    ],
    "own_data": "BARO-EU (14 sites, 05/2021–01/2024): 264 patients aged from 38 to 84 years, LVEF 25 % (median), "
                "176 randomised to BAT. At 6 months: 6MHW +51 m vs control (95 % CI 32–70); MLWHF -11 points "
                "(-16 to -6); NYHA improved by ≥ 1 class in 59 % vs 27 %; MANCE-free rate 94,3 % (95 % CI "
                "89,7–97,2 %). At 12 months (n = 241) the differences were similar.",
    "pms": "Not applicable (no marketed units).",
    "results": [
        ("MANCE-free ≥ 85 % at 6 months", "94,3 %", "Met"),
        ("6MHW difference ≥ 30 m", "+51 m", "Met"),
        ("MLWHF difference ≥ 5 points", "-11 points", "Met"),
        ("NYHA improvement in ≥ 40 %", "59 %", "Met"),
    ],
    "claims": [
        "Improves 6-minute hall walk distance by about 50 m compared with medical therapy alone at 6 months [5]",
        "Improves quality of life (MLWHF) and NYHA class at 6 and 12 months [5]",
    ],
    "br": "Clinically relevant improvements of symptoms and functional capacity are obtained at the price of a "
          "surgical procedure on the carotid sinus, whose risks (nerve injury, wound complications, stroke) "
          "were low in BARO-EU; no effect on mortality or hospitalisations is claimed. The benefit-risk is "
          "judged favourable.",
    "residual": [
        "Peri-operative stroke or transient ischaemic attack",
        "Cranial nerve injury (hypoglossal, vagus, glossopharyngeal) with dysphagia or hoarseness",
        "Wound infection, pocket haematoma, need for explantation",
        "Hypotension or bradycardia during programming",
        "Battery depletion requiring generator replacement (expected 4 to 6 years)",
    ],
    "cer_pmcf": "PMCF is needed to confirm the safety beyond 12 months, the durability of the benefit up to 5 years "
                "and the battery longevity in use.",
    "conclusion": "Sufficient clinical evidence demonstrates conformity with GSPR 1, 8 and 9 for the intended "
                  "purpose; the claims are limited to symptoms, functional capacity and quality of life.",
    "refs": [
        "McDonagh TA, Metra M, Adamo M, et al. 2021 ESC Guidelines for the diagnosis and treatment of acute and "
        "chronic heart failure. Eur Heart J. 2021;42(36):3599-726.",
        "Zile MR, Lindenfeld J, Weaver FA, et al. Baroreflex activation therapy in patients with heart failure "
        "with reduced ejection fraction. J Am Coll Cardiol. 2020;76(1):1-13.",
        "Abraham WT, Zile MR, Weaver FA, et al. Baroreflex activation therapy for the treatment of heart failure "
        "with a reduced ejection fraction. JACC Heart Fail. 2015;3(6):487-96.",
        "Lindenfeld J, Gupta R, Grazette L, et al. Response by sex in patient-centered outcomes with baroreflex "
        "activation therapy in systolic heart failure. JACC Heart Fail. 2021;9(6):430-8.",
        "Vagotech NV. BARO-EU clinical investigation report, 12-month analysis, version 1.0, 28/02/2024.",
    ],
    "warnings": [
        "Perform carotid duplex ultrasound before implantation; do not implant on a sinus with plaque ≥ 50 %.",
        "During the first programming, increase the amplitude stepwise and monitor blood pressure and heart rate.",
        "MR Conditional: 1,5 T only, full-body SAR ≤ 2 W/kg, therapy switched off during the scan.",
        "Do not use diathermy or therapeutic ultrasound over the generator or lead.",
        "The therapy does not replace medical therapy of heart failure, which must be continued.",
    ],
    "steps": [
        "Expose the carotid bifurcation and localise the sinus by intra-operative mapping.",
        "Suture the electrode on the sinus adventitia at the point of maximal blood-pressure response.",
        "Tunnel the lead to the subclavicular pocket and connect the generator.",
        "Start therapy 2 to 4 weeks after implantation; titrate over the following visits.",
    ],
    "side_effects": [
        "Stroke or transient ischaemic attack",
        "Cranial nerve injury, dysphagia, hoarseness",
        "Infection, haematoma, explantation",
        "Hypotension, bradycardia",
        "Pain or tingling in the neck during stimulation",
    ],
    "specs": [
        ("Pulse amplitude", "1,0 to 10,0 mA, steps of 0,2 mA"),
        ("Pulse width", "65 to 500 µs"),
        ("Pulse frequency", "10 to 100 Hz"),
        ("Generator volume / mass", "14 cm³ / 31 g"),
        ("Battery longevity (typical settings)", "4 to 6 years"),
        ("MRI", "MR Conditional, 1,5 T"),
    ],
    "pmcf": {
        "ref": "Barovia system; CER BV-CER-001 issue 2; CEP BV-CEP-001 issue 1; RMF BV-RM-001.",
        "objectives": [
            "Estimate the rate of system- and procedure-related serious adverse events, including stroke and cranial "
            "nerve injury, up to 5 years (residual risks 1 to 3)",
            "Confirm that the 6MHW, MLWHF and NYHA improvements observed at 12 months persist at 2, 3 and 5 years "
            "(open question of the CER)",
            "Measure actual generator longevity and the rate of replacements",
        ],
        "design": "Prospective, multicentre, single-arm registry (BARO-REG), all consecutive patients implanted in "
                  "participating centres; the 176 BAT patients of BARO-EU continue in a long-term extension.",
        "population": "Adults with HFrEF meeting the indications of the IFU (LVEF ≤ 35 %, NYHA III or II with recent "
                      "III, NT-proBNP < 1 600 pg/mL), implanted with the Barovia system.",
        "setting": "12 to 15 hospitals in Belgium, the Netherlands, Germany and Italy (surgical implantation; "
                   "follow-up in the heart-failure outpatient clinics of the same hospitals).",
        "endpoints": [
            ("Safety", "System/procedure-related SAE; MANCE", "1, 6, 12 months, then yearly to 5 years"),
            ("Function", "6MHW, NYHA class", "12, 24, 36, 60 months"),
            ("Quality of life", "MLWHF", "12, 24, 36, 60 months"),
            ("Longevity", "Time to generator replacement", "Continuous"),
        ],
        "n": "300 patients. A MANCE rate of 5 % at 1 year can be estimated with a 95 % CI half-width of ± 2,5 %; with "
             "a 15 % loss at 5 years, 255 patients allow detection of a 30 m decline of 6MHW (SD 80 m) with 90 % power.",
        "timeline": [
            ("First patient in", "Q1 2025"),
            ("Enrolment complete", "Q4 2026"),
            ("Annual PMCF reports", "Each year with the PSUR"),
            ("5-year final report", "Q4 2031"),
        ],
        "report": "Yearly PMCF evaluation report; CER and SSCP updated yearly (class III implantable).",
    },
    "sscp": {
        "clin": "The benefits rest on the randomised BARO-EU investigation (264 patients, 12-month follow-up): "
                "walking distance improved by 51 m and quality-of-life score by 11 points at 6 months compared "
                "with medical therapy alone; 94,3 % of patients were free of major device- or procedure-related "
                "events at 6 months. No effect on survival or hospitalisation is claimed.",
        "pmcf": "The BARO-REG registry will follow 300 patients for 5 years.",
        "users": "Vascular or cardiac surgeons trained by Vagotech (course and two proctored implants); "
                 "cardiologists for programming.",
    },
    "cear": {
        "cer_ref": "BV-CER-001 issue 2, 04/03/2024",
        "pop": "Adults (≥ 18 y) with HFrEF, LVEF ≤ 35 %, NYHA III or II with recent III, NT-proBNP < 1600 pg/mL, "
               "not eligible for CRT.",
        "cecp": "Active implantable device, class III (Rule 8); Art. 54(1)(a) applies; no exemption.",
        "assess": [
            "Pivotal data from a randomised controlled investigation (BARO-EU) with the device itself; acceptance "
            "criteria of the CEP (MANCE, 6MHW, MLWHF, NYHA) are all reported in the CER and met.",
            "Claims are restricted to symptoms, functional capacity and quality of life, in line with the data; no "
            "morbidity/mortality claim is made.",
        ],
        "br": "Favourable, consistent with the intended purpose and indications.",
        "pmcf": "BARO-REG: 300 patients, 5 years, objectives linked to residual risks; sample size justified.",
        "ifu": "IFU (English, Dutch) and SSCP consistent with the CER.",
        "concl": "Sufficient clinical evidence; certificate may be issued after the consultation procedure.",
    },
    "ov": {
        "IFU": {"name": "Barovia BAT system"},
        "SSCP": {"population": "Adults from 18 years with heart failure with reduced ejection fraction (35 % or "
                               "less), in NYHA class III or class II with a recent class III episode, NT-proBNP "
                               "below 1 600 pg/mL and no indication for CRT."},
    },
    "tr": {
        "nl": {
            "desc": "Het Barovia-systeem bestaat uit een pulsgenerator in een subclaviculaire pocket en een "
                    "elektrode die op de adventitia van de sinus caroticus wordt gehecht; de stimulatie activeert "
                    "de baroreceptoren.",
            "ip": "Het Barovia-systeem is bedoeld voor baroreflexactivatietherapie ter verbetering van symptomen, "
                  "functionele capaciteit en kwaliteit van leven van volwassen patiënten met chronisch hartfalen "
                  "met verminderde ejectiefractie die ondanks richtlijngebaseerde medicatie symptomatisch blijven "
                  "en niet in aanmerking komen voor cardiale resynchronisatietherapie.",
            "indications": [
                "Hartfalen met verminderde ejectiefractie (LVEF ≤ 35 %), NYHA-klasse III, of klasse II met recente "
                "klasse III, ondanks stabiele optimale medicatie gedurende minstens 4 weken",
                "NT-proBNP < 1 600 pg/mL; geen indicatie voor CRT",
            ],
            "contra": [
                "Beiderzijdse carotisbifurcatie boven het niveau van de mandibula",
                "Baroreflexfalen of autonome neuropathie",
                "Ongecontroleerde symptomatische bradyaritmieën",
                "Atherosclerotische plaque ≥ 50 % ter hoogte van de sinus caroticus",
                "Eerdere chirurgie, bestraling of stent in de regio van de sinus caroticus",
            ],
            "population": "Volwassenen (18 jaar en ouder) met HFrEF, LVEF ≤ 35 %, NYHA III (of II met recente III), "
                          "NT-proBNP < 1 600 pg/mL.",
            "users_setting": "Implantatie door vaat- of hartchirurgen in de operatiekamer; programmering door "
                             "cardiologen in de hartfalenpolikliniek.",
            "warnings": [
                "Voer vóór implantatie een duplexonderzoek van de carotiden uit.",
                "Verhoog bij de eerste programmering de amplitude stapsgewijs en bewaak bloeddruk en hartfrequentie.",
                "MRI-veilig onder voorwaarden: alleen 1,5 T, therapie uitgeschakeld tijdens de scan.",
                "Geen diathermie of therapeutische echografie boven de generator of elektrode.",
                "De therapie vervangt de medicamenteuze behandeling van hartfalen niet.",
            ],
            "steps": [
                "Leg de carotisbifurcatie vrij en lokaliseer de sinus door intra-operatieve mapping.",
                "Hecht de elektrode op het punt met de grootste bloeddrukrespons.",
                "Tunnel de elektrode naar de pocket en sluit de generator aan.",
                "Start de therapie 2 tot 4 weken na implantatie.",
            ],
            "side_effects": ["Beroerte of TIA", "Letsel van hersenzenuwen, slikstoornissen, heesheid",
                             "Infectie, hematoom, explantatie", "Hypotensie, bradycardie", "Pijn of tintelingen in de hals"],
            "specs": [
                ("Pulsamplitude", "1,0 tot 10,0 mA"),
                ("Pulsbreedte", "65 tot 500 µs"),
                ("Pulsfrequentie", "10 tot 100 Hz"),
                ("Volume / massa generator", "14 cm³ / 31 g"),
                ("Levensduur batterij", "4 tot 6 jaar"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "BV-CEP-001_issue1.docx", "no": "BV-CEP-001", "rev": "issue 1", "date": "11/10/2023",
                "author": "L. Claes, Clinical & Regulatory"},
        "CER": {"file": "BV-CER-001_issue2_CER_Barovia.pdf", "no": "BV-CER-001", "rev": "issue 2",
                "date": "04/03/2024", "author": "L. Claes; Dr. P. Verhaegen (cardiology)"},
        "PMCF-plan": {"file": "BV-PMCF-001_issue1_PMCF_plan.pdf", "no": "BV-PMCF-001", "rev": "issue 1",
                      "date": "04/03/2024"},
        "IFU-en": {"file": "Barovia_IFU_EN.docx", "no": "BV-IFU-100-EN", "rev": "A", "date": "02/2024"},
        "IFU-nl": {"file": "Barovia_Gebruiksaanwijzing_NL.pdf", "no": "BV-IFU-100-NL", "rev": "A", "date": "02/2024"},
        "SSCP": {"file": "BV-SSCP-001_SSCP.md", "no": "BV-SSCP-001", "rev": "1", "date": "04/03/2024"},
        "CEAR": {"file": "MCB-2998_CEAR_Barovia.pdf", "no": "MCB-CEAR-2024-077", "rev": "1", "date": "21/06/2024"},
    },
    "style": {
        "all": {"num": "alpha", "pop_as": "bullets"},
        "CER": {"hf": ("Vagotech NV – BV-CER-001 issue 2", "Company confidential"), "font": "serif",
                "ip_title": "Scope of use"},
        "CEP": {"num": "dot", "ip_title": "Scope of use"},
        "IFU": {"num": "dot", "pop_as": "prose"},
        "IFU-nl": {"hf": ("Vagotech NV – Barovia", "Gebruiksaanwijzing")},
        "SSCP": {"num": "dot"},
        "CEAR": {"num": "none"},
        "PMCF-plan": {"num": "dot"},
    },
}

LABELS = []

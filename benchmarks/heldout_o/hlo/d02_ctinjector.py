"""o02: CT contrast-media power injector (dual syringe). Clean dossier, class IIb Rule 12, CECP applies."""

F = dict(
    id="o02-ctinjector-contrivo",
    trade="Contrivo",
    full="Contrivo CT Dual",
    generic="contrast-media power injector for computed tomography, dual syringe",
    manufacturer="Imaflow Medizintechnik GmbH",
    address="Hanferstraße 21, 79108 Freiburg im Breisgau, Germany",
    srn="DE-MF-000027455",
    nb="MedQual Zertifizierung GmbH",
    nb_no="2854",
    udi="4260713CTDUAL8Q",
    dev_class="IIb",
    rule="Annex VIII Rule 12, active device administering medicinal products in a potentially hazardous manner",
    author="A. Lambrechts, PharmD, MSc",
    scope=("As an active class IIb device intended to administer medicinal products (iodinated contrast media) "
           "intravenously under pressure, Contrivo CT Dual falls under Article 54(1)(b) MDR. The exemption of "
           "Article 54(2)(b) was examined: the device derives from the single-syringe Contrivo CT, marketed under "
           "Directive 93/42/EEC since 2016, but the second syringe head, the new pressure-control firmware and the "
           "air detection module are not changes made only to comply with the MDR. The exemption is not claimed; "
           "the CECP applies."),
    scope_cear=("Article 54(1)(b) applies: active class IIb device, Rule 12, administration of contrast media. The "
                "exemption of Article 54(2)(b) does not apply because the modifications versus the Directive-era "
                "Contrivo CT go beyond MDR-driven changes (MDCG 2019-3 rev. 1). Proposed expert panel: circulatory "
                "system. The CEAR and the clinical evaluation documentation are transmitted to the Commission."),
    models=[("CTD-100", "Injector head with two syringe interfaces (A: contrast medium, B: NaCl 0.9 %) and contrast warmer"),
            ("CTD-PCU", "Power and control unit (technical room)"),
            ("CTD-TOUCH", "Touchscreen console in the CT control room, CT scanner synchronisation interface"),
            ("CTD-SYR-200", "Single-use 200 ml syringe pair with fill tubes"),
            ("CTD-DS / CTD-PC", "Day set (24 h, multi-patient) / single-use patient connector with two check valves")],
    abbr=[["CTA", "computed tomography angiography"], ["HU", "Hounsfield unit"], ["KVO", "keep vein open"],
          ["PMS", "post-market surveillance"], ["SmPC", "summary of product characteristics"]],
    summary=["The present report evaluates the clinical data of Contrivo CT Dual, a power injector for contrast-enhanced "
             "CT. Clinical data come from the prospective study CTD-CLIN-01 (520 patients, of whom 64 children), from "
             "the post-market surveillance (PMS) of the predecessor Contrivo CT (2016-2024) for the components which are "
             "unchanged, and from the literature on the state of the art.",
             "The acceptance criteria of the CEP are all met. The benefit-risk is favourable for the intended purpose."],
    description=["Contrivo CT Dual is a ceiling- or pedestal-mounted injector with two syringes: syringe A for the "
                 "contrast medium, syringe B for sodium chloride 0.9 %. Each piston is driven by a brushless motor; "
                 "the pressure is monitored continuously and the flow is reduced when the selected pressure limit is "
                 "reached.",
                 "Protocols of up to 8 phases can be programmed, including saline test bolus, saline chaser and "
                 "dual-flow phases mixing contrast medium and saline. An ultrasonic sensor at each syringe outlet "
                 "stops the injection when air is detected."],
    principle=("The injector does not modify the contrast medium; it delivers a programmed volume at a programmed flow "
               "rate through a peripheral or power-injectable central venous access, synchronised with the CT scan."),
    cer_specs_prose=("Flow rate 0.1 to 10 ml/s, volume up to 200 ml per syringe, pressure limit selectable from 50 to "
                     "325 psi (3.4 to 22.4 bar), up to 8 phases, injection delay up to 600 s."),
    purpose=("Contrivo CT Dual is intended for the controlled intravenous administration of iodinated contrast media and "
             "of sodium chloride 0.9 % solution during contrast-enhanced computed tomography (CT) examinations."),
    indications=["Contrast-enhanced CT examinations requiring an intravenous bolus: CT angiography (CTA), perfusion "
                 "studies, multiphasic organ imaging",
                 "Saline test bolus and saline chaser"],
    contraindications=["Intra-arterial injection",
                       "Administration of medicinal products other than iodinated contrast media authorised for "
                       "intravascular use and sodium chloride 0.9 %",
                       "Injection through catheters or ports not rated for power injection at the selected pressure",
                       "The contraindications of the contrast medium (see its SmPC) remain applicable"],
    population=("Adult and paediatric patients of any age referred for contrast-enhanced CT. Volume and flow rate are "
                "prescribed by the physician according to the contrast medium SmPC, the body weight and the venous access."),
    users="Radiographers and radiologists trained by the manufacturer or by a trained super-user.",
    setting="CT rooms of hospitals and of outpatient imaging centres.",
    warnings=["Expel all air from syringes and tubing before connecting the patient; never leave an armed injector unattended.",
              "Select a pressure limit not exceeding the rating of the catheter or port.",
              "Perform a saline test injection and observe the injection site during the first seconds of the bolus "
              "to detect extravasation.",
              "Replace the patient connector after each patient; discard the day set after 24 hours or earlier if "
              "contaminated.",
              "In children, use the flow rate compatible with the catheter size (for example ≤ 1.5 ml/s through a 24 G catheter)."],
    adverse=[("Contrast medium extravasation", "0.4 % of injections (CLIN-01); 0.1-0.9 % in literature"),
             ("Compartment syndrome after extravasation", "< 0.001 % (literature)"),
             ("Catheter rupture or dislodgement", "0.01 % (PMS)"),
             ("Air embolism", "not observed (CLIN-01 and PMS, about 2.4 million injections)"),
             ("Hypersensitivity to contrast medium (not device-related)", "according to SmPC")],
    residual=["Extravasation of contrast medium with soft-tissue injury",
              "Air embolism in case of handling error despite air detection",
              "Cross-contamination through the multi-patient day set if the patient connector is not replaced",
              "Over-pressure with catheter rupture when the pressure limit is set above the catheter rating"],
    sota=["Contrast-enhanced CT is a cornerstone of diagnostic imaging in oncology, cardiovascular and emergency "
          "medicine. Power injectors have replaced hand injection for CTA and multiphasic imaging because image "
          "quality depends on a compact, reproducible bolus synchronised with the acquisition.",
          "Dual-syringe injectors with saline chaser are actually the standard of care in most European CT "
          "departments; saline chasing reduces the contrast volume needed for a given enhancement by around 15 to "
          "25 % [3]. The main device-related complication is extravasation, reported in 0.1 to 0.9 % of power "
          "injections [4]."],
    alternatives=["Hand injection (not suitable for CTA)", "Single-syringe power injectors", "Other dual-syringe injectors"],
    search=dict(db="PubMed and Embase", period="2010-01-01 to 2024-12-31",
                result=("612 records, 41 full texts appraised, 9 retained (state of the art, extravasation, paediatric "
                        "injection). Two PMS reports of the predecessor and the CTD-CLIN-01 report complete the data set."),
                pico=[["Population", "Patients undergoing contrast-enhanced CT, adults and children"],
                      ["Intervention", "Power injection of iodinated contrast media, with or without saline chaser"],
                      ["Comparison", "Single-syringe injection, hand injection"],
                      ["Outcomes", "Enhancement, protocol delivery, extravasation, air embolism, contrast volume"]]),
    studies=[["[1]", "CTD-CLIN-01, prospective single-centre", "520", "Adults and children (64, aged 9 days to 17 years)",
              "Per examination + 48 h", "Protocol completed 99.4 %; aortic ≥ 250 HU in 96.1 % of CTA"],
             ["[2]", "PMS Contrivo CT (predecessor, unchanged drive and pressure sensor)", "~2.4 M injections",
              "All CT patients", "2016-2024", "Extravasation reports 0.05 %; no air embolism"],
             ["[3]", "Systematic review, saline chaser", "2 180", "Adults, CTA", "n/a", "Contrast volume -15 to -25 %"],
             ["[4]", "Multicentre cohort, extravasation", "86 410", "Adults and children", "per injection",
              "Extravasation 0.3 %; severe injury rare"]],
    appraisal=["CTD-CLIN-01 enrolled 520 consecutive patients (456 adults, 64 children) at Klinikum Freiburg-Süd "
               "between 2023-03 and 2023-11. The youngest patient was a 9-day-old neonate (3.4 kg, 24 G catheter, 0.5 ml/s); 11 children were below 1 year. "
               "All injections were documented with the injector log files.",
               "PMS data of the predecessor are used only for the components that are unchanged (piston drive, "
               "pressure sensor). Their weight in the evaluation is low because spontaneous reporting underestimates "
               "extravasation."],
    claims=[("Contrivo CT Dual delivers the programmed protocol reliably.",
             "99.4 % of injections completed as programmed in CTD-CLIN-01 [1]."),
            ("The saline chaser and dual-flow phases allow to reduce the volume of contrast medium.",
             "Mean contrast volume 68 ml versus 83 ml with the historical single-syringe protocol (-18 %) [1]; literature [3]."),
            ("The air detector stops the injection when air reaches the syringe outlet.",
             "Verified on bench (test report TR-CTD-044); no air embolism in [1] and [2].")],
    claims_prose=True,
    benefits=[("Diagnostic enhancement", "Aortic attenuation ≥ 250 HU in CTA", "≥ 90 % of CTA", "96.1 % (147/153)"),
              ("Reliable protocol delivery", "Injections completed as programmed", "≥ 98 %", "99.4 % (517/520)"),
              ("Contrast volume saving", "Mean contrast volume versus historical protocol", "reduction ≥ 10 %",
               "-18 %")],
    safety=[("Extravasation", "≤ 0.9 % of injections", "0.4 % (2/520)"),
            ("Clinically apparent air embolism", "0", "0"),
            ("Device-related serious incident", "0", "0 (CLIN-01); 0 (PMS 2016-2024)")],
    br=["The diagnostic benefit of a reproducible bolus is established; the residual risks are those of power "
        "injection in general and are controlled by pressure limiting, air detection and the instructions.",
        "Children from 9 days of age were represented (64 patients, 11 infants) and flow rates down to 0.3 ml/s were used without complication; "
        "the population of any age is therefore supported."],
    cer_pmcf=("PMCF plan {no}, revision {rev}: prospective multicentre PMCF study of 3 000 injections including at least "
              "300 paediatric injections, in hospitals and outpatient imaging centres."),
    conclusion=["Contrivo CT Dual achieves its intended performance and its risks are acceptable when weighed against "
                "the benefits, for adults and children of any age. Conformity with GSPR 1 and 8 is demonstrated."],
    refs=["Imaflow Medizintechnik. Clinical study report CTD-CLIN-01, version 1.1, 15.02.2024.",
          "Imaflow Medizintechnik. PMS report Contrivo CT 2016-2024, 30.06.2024.",
          "Hofmeister L, Baarsen T, et al. Saline chaser in CT angiography: systematic review. Eur J Radiol Open 2019;6:212-219.",
          "Ruiz-Meana C, Goetz P, et al. Extravasation of iodinated contrast media with power injectors: a multicentre "
          "cohort. Insights Imaging 2021;12:77."],
    cdp=["Bench verification (flow, volume and pressure accuracy; air detection; IEC 60601-1 and IEC 60601-1-2).",
         "Usability validation with 18 radiographers (IEC 62366-1).",
         "Prospective clinical study CTD-CLIN-01 (completed).",
         "PMCF study CTD-PMCF-01 after certification."],
    pmcf=dict(
        objectives=["→ Extravasation rate with the new dual-flow phases (residual risk: extravasation)",
                    "→ Air detection events and any air embolism (residual risk: air embolism)",
                    "→ Adherence to patient connector replacement (residual risk: cross-contamination)",
                    "→ Safety in children, in particular small catheters (open question from the CER)"],
        design="Prospective, multicentre observational PMCF study CTD-PMCF-01 with injector log-file capture.",
        population="Adult and paediatric patients of any age undergoing contrast-enhanced CT with Contrivo CT Dual.",
        inclusion=["Contrast-enhanced CT with Contrivo CT Dual", "Any age"],
        exclusion=["Refusal of data use"],
        setting="Four sites: two hospitals (one with paediatric radiology) and two outpatient imaging centres.",
        endpoints=["Primary: extravasation rate per injection",
                   "Secondary: air detection stops, over-pressure stops, device deficiencies, paediatric injections "
                   "without complication"],
        sample=("3 000 injections. With an expected extravasation rate of 0.5 %, the upper limit of the 95 % Wilson "
                "interval is 0.82 %, below the 0.9 % criterion of the CEP. At least 300 paediatric injections "
                "(observed zero serious event gives an upper 95 % bound of 1 %)."),
        timeline=[["Site initiation", "01.10.2025"], ["3 000 injections reached", "30.09.2026"],
                  ["PMCF evaluation report", "31.12.2026"]]),
    ifu_desc=["Contrivo CT Dual consists of the CTD-100 injector head with two syringe interfaces, the CTD-PCU power unit "
              "and the CTD-TOUCH console. Syringe A contains the contrast medium, syringe B sodium chloride 0.9 %.",
              "Single-use syringes (CTD-SYR-200), the day set CTD-DS and the patient connector CTD-PC are the only "
              "consumables to be used."],
    ifu_adverse=["Extravasation of contrast medium (swelling, pain, rarely compartment syndrome)",
                 "Catheter rupture or dislodgement", "Air embolism (not observed in clinical use)"],
    specs=[("Flow rate", "0.1–10.0 ml/s (increments 0.1 ml/s)"),
           ("Volume per syringe", "200 ml; 1–200 ml per phase"),
           ("Pressure limit", "50–325 psi (345–2241 kPa), selectable"),
           ("Flow rate accuracy", "± 5 %"),
           ("Volume accuracy", "± (2 % + 1 ml)"),
           ("Phases", "up to 8, dual-flow 10–90 % contrast"),
           ("Injection delay", "0–600 s"),
           ("Air detection", "ultrasonic, each syringe outlet"),
           ("Contrast warmer", "35 °C ± 2 °C"),
           ("Power supply", "100–240 V~, 50/60 Hz")],
    steps=["Switch on the injector and check the self-test message on the console.",
           "Install the syringes and fill syringe A with contrast medium and syringe B with NaCl 0.9 %.",
           "Connect the day set, prime and confirm that no air remains; connect a new patient connector.",
           "Select or program the protocol; check the pressure limit against the catheter rating.",
           "Perform the saline test injection and observe the injection site.",
           "Arm the injector and start the injection from the console, synchronised with the scan.",
           "After the examination, disconnect and discard the patient connector."],
    storage="Store consumables at 5 °C to 35 °C, dry. Dispose of used consumables as clinical waste.",
    sscp_note=None,
    reviewers="Clinical reviewer: radiologist, code KL-07. Technical reviewer: electrical engineer, infusion "
              "technology, code TE-19.",
    cear_purpose=("Controlled intravenous administration of iodinated contrast media and saline for contrast-enhanced CT, "
                  "in adult and paediatric patients of any age, in hospitals and outpatient imaging centres."),
    cear_rows=[
        ["C — Device description, novelty", "Dual-syringe CT power injector. Well-established technology; the dual-flow "
         "function is new for the manufacturer but common in the market. No major novelty.", "Closed"],
        ["C — Classification", "IIb, Rule 12 (administration of a medicinal product, intravascular, under pressure).", "Closed"],
        ["C — Equivalence / predecessor", "PMS data of the Directive-era Contrivo CT are used for unchanged components "
         "only (same manufacturer, full access). Accepted.", "Closed"],
        ["C — State of the art", "Saline chaser and extravasation benchmarks described with literature.", "Closed"],
        ["D — Literature review", "Adequate protocol, two databases, appraisal documented.", "Closed"],
        ["E — Clinical investigation", "CTD-CLIN-01, 520 patients including 64 children from 9 days of age; log files "
         "verified on sampling.", "Closed"],
        ["F — PMCF plan", "Specific study, objectives tied to residual risks, sample size justified (3 000 injections).", "Closed"],
        ["G — IFU and labelling", "IFU EN and DE aligned with the CER (purpose, population, warnings).", "Closed"],
        ["H — Benefit-risk", "Favourable for the intended purpose.", "Closed"]],
    cear_conclusion=["The NB is satisfied that the clinical evidence supports the intended purpose for patients of any "
                     "age. The clinical evaluation documentation is transmitted for the CECP."],
    docs=dict(
        CEP=dict(file="CTD_Clinical_Evaluation_Plan.pdf", no="QM-CE-0311", rev="03", date="12.09.2024"),
        CER=dict(file="CTD_Clinical_Evaluation_Report.pdf", no="QM-CE-0312", rev="04", date="28.02.2025"),
        PMCF=dict(file="CTD_PMCF_Plan.docx", no="QM-CE-0313", rev="02", date="28.02.2025"),
        IFU={"en": dict(file="Contrivo_CT_Dual_IFU_en.docx", no="GA-CTD-100", rev="2.0", date="03.2025"),
             "de": dict(file="Contrivo_CT_Dual_GA_de.docx", no="GA-CTD-100", rev="2.0", date="03.2025")},
        CEAR=dict(file="CEAR_MedQual_2854_Contrivo.pdf", no="MQZ-CEAR-2025-0088", rev="1", date="14.05.2025")),
    style=dict(num="plain", cer_layout="B", bullet="–", ifu_bullet="–", num_ifu="dot", claims_prose=True,
               num_cep="plain", num_pmcf="plain"),
    tr={"de": dict(
        ifu_sub="Kontrastmittel-Injektor für die Computertomographie",
        ifu_desc=["Contrivo CT Dual besteht aus dem Injektorkopf CTD-100 mit zwei Spritzenaufnahmen, der Versorgungseinheit "
                  "CTD-PCU und der Bedienkonsole CTD-TOUCH. Spritze A enthält das Kontrastmittel, Spritze B "
                  "Natriumchlorid 0,9 %.",
                  "Als Verbrauchsmaterial dürfen nur die Einmalspritzen (CTD-SYR-200), das Tagesset CTD-DS und der "
                  "Patientenschlauch CTD-PC verwendet werden."],
        purpose=("Contrivo CT Dual ist bestimmt zur kontrollierten intravenösen Verabreichung von jodhaltigen "
                 "Kontrastmitteln und Natriumchloridlösung 0,9 % bei kontrastmittelverstärkten Untersuchungen der "
                 "Computertomographie (CT)."),
        indications=["Kontrastmittelverstärkte CT-Untersuchungen mit intravenösem Bolus: CT-Angiographie (CTA), "
                     "Perfusionsuntersuchungen, mehrphasige Organdarstellung",
                     "Kochsalz-Testbolus und Kochsalz-Nachinjektion"],
        contraindications=["Intraarterielle Injektion",
                           "Verabreichung anderer Arzneimittel als für die intravasale Anwendung zugelassener jodhaltiger "
                           "Kontrastmittel und Natriumchlorid 0,9 %",
                           "Injektion über Katheter oder Ports, die für den gewählten Druck nicht zugelassen sind",
                           "Die Kontraindikationen des Kontrastmittels (siehe Fachinformation) gelten weiterhin"],
        population=("Erwachsene und pädiatrische Patienten jeden Alters, die zu einer kontrastmittelverstärkten CT "
                    "überwiesen werden. Volumen und Flussrate werden vom Arzt gemäß Fachinformation des Kontrastmittels, "
                    "Körpergewicht und Venenzugang verordnet."),
        users="Medizinische Technologen für Radiologie (MTR) und Radiologen, geschult durch den Hersteller oder einen geschulten Key-User.",
        setting="CT-Räume von Krankenhäusern und ambulanten radiologischen Praxen bzw. Bildgebungszentren.",
        warnings=["Vor dem Anschluss des Patienten die gesamte Luft aus Spritzen und Schläuchen entfernen; einen scharf "
                  "geschalteten Injektor nie unbeaufsichtigt lassen.",
                  "Keine Druckgrenze wählen, die über der Zulassung des Katheters oder Ports liegt.",
                  "Eine Kochsalz-Testinjektion durchführen und die Injektionsstelle in den ersten Sekunden des Bolus "
                  "beobachten, um ein Paravasat zu erkennen.",
                  "Den Patientenschlauch nach jedem Patienten wechseln; das Tagesset nach 24 Stunden oder früher bei "
                  "Kontamination verwerfen.",
                  "Bei Kindern eine zur Kathetergröße passende Flussrate wählen (z. B. ≤ 1,5 ml/s über einen 24-G-Katheter)."],
        ifu_adverse=["Paravasat des Kontrastmittels (Schwellung, Schmerz, selten Kompartmentsyndrom)",
                     "Katheterruptur oder -dislokation", "Luftembolie (in der klinischen Anwendung nicht beobachtet)"],
        specs=[("Flussrate", "0,1–10,0 ml/s (Schritte von 0,1 ml/s)"),
               ("Volumen pro Spritze", "200 ml; 1–200 ml pro Phase"),
               ("Druckgrenze", "50–325 psi (345–2241 kPa), wählbar"),
               ("Genauigkeit der Flussrate", "± 5 %"),
               ("Volumengenauigkeit", "± (2 % + 1 ml)"),
               ("Phasen", "bis 8, Dual-Flow 10–90 % Kontrastmittel"),
               ("Injektionsverzögerung", "0–600 s"),
               ("Lufterkennung", "Ultraschall, an jedem Spritzenausgang"),
               ("Kontrastmittelwärmer", "35 °C ± 2 °C"),
               ("Stromversorgung", "100–240 V~, 50/60 Hz")],
        steps=["Injektor einschalten und die Selbsttest-Meldung an der Konsole prüfen.",
               "Spritzen einsetzen, Spritze A mit Kontrastmittel und Spritze B mit NaCl 0,9 % füllen.",
               "Tagesset anschließen, entlüften und bestätigen, dass keine Luft verbleibt; neuen Patientenschlauch anschließen.",
               "Protokoll wählen oder programmieren; die Druckgrenze mit der Zulassung des Katheters abgleichen.",
               "Kochsalz-Testinjektion durchführen und die Injektionsstelle beobachten.",
               "Injektor scharf schalten und die Injektion an der Konsole, synchronisiert mit dem Scan, starten.",
               "Nach der Untersuchung den Patientenschlauch abkoppeln und verwerfen."],
        storage="Verbrauchsmaterial trocken bei 5 °C bis 35 °C lagern. Gebrauchtes Material als klinischen Abfall entsorgen.",
    )},
)

LABELS = []

"""o01: vagus nerve stimulation system for drug-resistant epilepsy. Clean dossier."""

F = dict(
    id="o01-vns-neurovagix",
    trade="NeuroVagix",
    full="NeuroVagix VNS System",
    generic="implantable vagus nerve stimulation system (pulse generator and lead)",
    manufacturer="Cerevalis Neurotech NV",
    address="Industriepark Zone C 14, 2800 Mechelen, Belgium",
    srn="BE-MF-000031877",
    nb="Eurocert Medical Assessment GmbH",
    nb_no="2917",
    udi="5415987NVXSYS01K3",
    dev_class="III",
    rule="Annex VIII Rule 8, active implantable device",
    emdn="J0105 — vagus nerve stimulators",
    first_ce="2025 (expected)",
    author="M. Delvaux, PharmD",
    scope=("Being a class III implantable device, the NeuroVagix system falls under Article 54(1)(a) MDR and the "
           "clinical evaluation consultation procedure (CECP) applies. None of the exemptions of Article 54(2) is "
           "foreseen: the IPG and the lead are a new design and no certificate under the MDR exists."),
    scope_cear=("Article 54(1)(a) applies: class III implantable device. No exemption under Article 54(2) applies "
                "(initial certification, new design, no common specification). Proposed expert panel: Neurology "
                "(CNS/PNS devices). The present CEAR, the CER, the CEP and the PMCF plan are transmitted to the "
                "Commission for the consultation."),
    models=[("NV-106", "Implantable pulse generator (IPG), single-pin header, titanium housing"),
            ("NV-304-20 / NV-304-30", "Bipolar helical lead, electrode inner diameter 2.0 mm or 3.0 mm, length 43 cm"),
            ("NV-2000", "Programming wand and tablet application (non-implantable accessory)"),
            ("NV-M1", "Patient magnet (non-implantable accessory)")],
    abbr=[["AE", "adverse event"], ["ASM", "antiseizure medication"], ["DRE", "drug-resistant epilepsy"],
          ["IPG", "implantable pulse generator"], ["OSA", "obstructive sleep apnoea"],
          ["QOLIE-31-P", "Quality of Life in Epilepsy inventory, 31 items, patient weighted"],
          ["SUDEP", "sudden unexpected death in epilepsy"], ["VNS", "vagus nerve stimulation"]],
    summary=[
        "The present CER evaluates the NeuroVagix VNS System of Cerevalis Neurotech NV, intended as adjunctive therapy "
        "for drug-resistant epilepsy (DRE). The evaluation rests on the manufacturer's own clinical investigations "
        "(first-in-human study NVX-FIM and pivotal study NVX-01, 112 patients of which 28 children) and on the "
        "literature describing the state of the art of VNS.",
        "All acceptance criteria fixed in the CEP are met at 12 months. The benefit-risk is judged favourable for "
        "adults and children aged 4 years or older with DRE. Durability beyond 12 months and lead integrity are "
        "followed in the PMCF registry NVX-REG."],
    description=[
        "The NeuroVagix system delivers intermittent electrical stimulation to the left cervical vagus nerve. It is "
        "made of the NV-106 implantable pulse generator (IPG), placed in a subcutaneous pocket below the left "
        "clavicle, and of the NV-304 bipolar lead with two helical electrodes and one anchor tether wrapped around "
        "the nerve.",
        "The IPG is programmed by the treating neurologist with the NV-2000 wand. The patient, or a caregiver, can "
        "trigger an additional stimulation train at the onset of a seizure by passing the NV-M1 magnet over the IPG, "
        "or stop stimulation by holding the magnet over it."],
    principle=("Afferent vagal fibres project to the nucleus of the solitary tract and from there to the locus "
               "coeruleus, the raphe nuclei and the thalamus; chronic stimulation is believed to decrease cortical "
               "excitability. The exact mechanism remains actually incompletely understood."),
    cer_specs_prose=("Programmable output current from 0 to 3.5 mA by steps of 0.125 mA; pulse width 130, 250, 500, "
                     "750 or 1000 µs; frequency 1 to 30 Hz; ON time 7 to 60 s and OFF time 0.2 to 180 min. The "
                     "lithium-carbon monofluoride battery (1.7 Ah) gives an expected longevity of 8.5 years at "
                     "typical settings."),
    purpose=("The NeuroVagix VNS System is intended as an adjunctive therapy to reduce the frequency of seizures "
             "in patients with drug-resistant epilepsy (DRE) whose seizures are not adequately controlled by "
             "antiseizure medication and who are not candidates for resective epilepsy surgery or in whom such "
             "surgery has failed."),
    indications=["DRE with focal-onset seizures, with or without evolution to bilateral tonic-clonic seizures",
                 "DRE with generalised-onset seizures",
                 "DRE defined as failure of two tolerated and appropriately chosen antiseizure medications"],
    contraindications=["Prior left or bilateral cervical vagotomy",
                       "Use of short-wave diathermy, microwave diathermy or therapeutic ultrasound diathermy in "
                       "implanted patients"],
    population="Adults and children aged 4 years or older with DRE.",
    users=("Implantation by neurosurgeons trained on the device; programming by neurologists or epileptologists; "
           "magnet use by the patient or the caregiver after instruction."),
    setting=("The device is implanted in a hospital operating room. Programming takes place in the epilepsy clinic; "
             "the implanted patient then lives with the device in his or her usual environment, including home."),
    warnings=["Implant only on the left vagus nerve: right-sided stimulation may cause bradycardia.",
              "Perform the intraoperative lead test under continuous ECG monitoring; bradycardia and asystole "
              "have been reported during the test.",
              "Obstructive sleep apnoea (OSA) may appear or worsen; consider reducing the frequency or prolonging "
              "the OFF time.",
              "Patients with pre-existing swallowing difficulties should be supervised during meals when "
              "stimulation is ON.",
              "MRI scans only under the conditions of the NeuroVagix MRI guidelines (NVX-MRI-02)."],
    adverse=[("Voice alteration / hoarseness during stimulation", "38.4 % (43/112)"),
             ("Cough", "17.0 % (19/112)"),
             ("Throat pain or paraesthesia", "14.3 % (16/112)"),
             ("Dyspnoea", "8.0 % (9/112)"),
             ("Implant-site infection", "2.7 % (3/112), one explantation"),
             ("Persistent vocal cord paresis", "0.9 % (1/112)"),
             ("Bradycardia during intraoperative lead test", "0.9 % (1/112)")],
    adverse_notes=["Frequencies at 12 months in study NVX-01; lead fracture was not observed (literature: 1.4 to 3 % "
                   "at long term)."],
    residual=["Lead fracture or electrode displacement requiring revision surgery",
              "Premature battery depletion",
              "Occurrence or worsening of OSA, in particular in children",
              "Heating at the electrodes in MRI outside the conditions of use",
              "Persistent stimulation-related voice alteration"],
    sota=["DRE concerns about one third of patients with epilepsy. After failure of two appropriate ASM, the chance "
          "of seizure freedom with a further medication is low and the pathology carries an increased risk of SUDEP, "
          "injuries and psychosocial burden. Resective surgery is the reference when a focus can be removed; for the "
          "other patients, neuromodulation and dietary therapies are the remaining options.",
          "VNS is used since the 1990s. Controlled trials of high versus low stimulation and a Cochrane review [3] "
          "establish a responder rate near 30-40 % at 3 months, increasing with time; a meta-analysis of more than "
          "3000 patients [4] reports about half of patients responding after one year. These data are used as "
          "benchmarks only and not as clinical evidence of the NeuroVagix system, for which no equivalence is claimed."],
    alternatives=["Further ASM trials", "Resective or disconnective epilepsy surgery", "Ketogenic diet",
                  "Deep brain stimulation of the anterior thalamic nucleus (adults)", "Responsive neurostimulation (outside EU)"],
    search=dict(db="PubMed/MEDLINE, Embase and the Cochrane Library",
                period="2000-01-01 to 2024-11-30",
                result=("1 284 records were identified, 1 012 after removal of duplicates; 46 full texts were appraised "
                        "and 14 retained for the state of the art. No publication concerns the NeuroVagix system "
                        "itself; the device data come from the two manufacturer investigations."),
                pico=[["Population", "Patients with DRE, all ages"],
                      ["Intervention", "Cervical VNS"],
                      ["Comparison", "Best medical therapy, low stimulation, other neuromodulation"],
                      ["Outcomes", "Responder rate, seizure frequency, quality of life, device-related AE"]]),
    studies=[["[1]", "NVX-01, prospective multicentre single-arm (CIV-24-03-045112)", "112",
              "DRE, 4 to 64 years (28 children)", "12 months (36 ongoing)",
              "Responder rate 41.1 %; median seizure reduction 36.2 %"],
             ["[2]", "NVX-FIM, first-in-human, single centre", "12", "Adults with DRE", "6 months",
              "12/12 implants successful; no lead-related serious AE"],
             ["[3]", "Cochrane review of RCTs (other VNS device)", "439", "Focal DRE, adults and children",
              "12-20 weeks", "Responders high vs low stimulation RR 1.73"],
             ["[4]", "Meta-analysis (other VNS device)", "3321", "DRE, all ages", "up to > 1 year",
              "About 50 % responders after 1 year"]],
    study_notes=["[3] and [4] are state-of-the-art data and are not used to demonstrate the performance of the device."],
    appraisal=["Study NVX-01 was conducted under ISO 14155:2020 in 8 sites in Belgium, the Netherlands and France. "
               "Baseline seizure frequency was documented over 12 weeks with diaries. Follow-up completeness at 12 "
               "months was 96.4 % (108/112); missing values were handled as non-responders.",
               "The 28 children (4 to 17 years, youngest 4.3 years) had a responder rate of 39.3 % (11/28), "
               "comparable with the adults, so that the paediatric part of the target group is covered by own data."],
    claims=[("Reduces seizure frequency in DRE when added to ASM.",
             "NVX-01: responder rate 41.1 % and median reduction 36.2 % at 12 months [1]."),
            ("Improves quality of life of adult patients.",
             "NVX-01: QOLIE-31-P +6.1 points at 12 months (n = 84 adults) [1]."),
            ("The magnet mode may shorten or stop a seizure in some patients.",
             "NVX-01 diaries: 22 of 61 magnet users reported shortened seizures; the claim is worded 'may' in the IFU [1].")],
    benefits=[("Reduction of seizure frequency", "Responder rate (≥ 50 % reduction versus baseline) at 12 months",
               "≥ 30 %", "41.1 % (46/112; 95 % CI 31.9-50.8)"),
              ("Reduction of seizure frequency", "Median percentage reduction at 12 months", "≥ 25 %", "36.2 %"),
              ("Quality of life (adults)", "Change of QOLIE-31-P score at 12 months", "≥ +5 points", "+6.1 points")],
    safety=[("Serious device- or procedure-related AE at 12 months", "≤ 8 %", "4.5 % (5/112)"),
            ("Infection requiring explantation", "≤ 3 %", "0.9 % (1/112)"),
            ("Persistent vocal cord paresis", "≤ 2 %", "0.9 % (1/112)"),
            ("Device-related death", "0", "0 (one SUDEP at month 9, adjudicated unrelated)")],
    br=["The benefit, a clinically relevant reduction of seizures in a population without remaining curative option, "
        "clearly outweighs the mostly transient stimulation-related effects. The risk profile is in line with the "
        "state of the art of VNS.",
        "Uncertainties: durability beyond 12 months, long-term lead integrity and battery longevity; they are "
        "addressed by the PMCF."],
    cer_pmcf=("The PMCF plan {no} (revision {rev}) foresees the registry NVX-REG (400 patients, 5 years) and the "
              "continuation of NVX-01 to 36 months."),
    conclusion=["The clinical evidence is sufficient to demonstrate conformity with GSPR 1, 8 and 9 for the intended "
                "purpose, in adults and children from 4 years. The IFU and SSCP are consistent with the present CER."],
    refs=["Cerevalis Neurotech. Clinical investigation report NVX-01, 12-month analysis, version 2.0, 2024-09-30.",
          "Cerevalis Neurotech. Clinical investigation report NVX-FIM, final, 2022-05-12.",
          "Panebianco M, Rigby A, Weston J, Marson AG. Vagus nerve stimulation for partial seizures. Cochrane Database "
          "Syst Rev 2015;(4):CD002896.",
          "Englot DJ, Chang EF, Auguste KI. Vagus nerve stimulation for epilepsy: a meta-analysis of efficacy and "
          "predictors of response. J Neurosurg 2011;115:1248-1255."],
    cdp=["Completed: bench, animal GLP safety study, first-in-human study NVX-FIM (12 adults).",
         "Completed at 12 months: pivotal study NVX-01 (112 patients including children from 4 years).",
         "Post-market: continuation of NVX-01 to 36 months and registry NVX-REG (see PMCF plan)."],
    pmcf=dict(
        objectives=["→ Long-term responder rate at 3 and 5 years (open question: durability beyond 12 months)",
                    "→ Lead fracture and lead revision rate (residual risk: lead fracture)",
                    "→ Observed versus predicted battery longevity (residual risk: premature depletion)",
                    "→ Incidence of OSA in children (residual risk: OSA)",
                    "→ MRI-related adverse events (residual risk: electrode heating)"],
        design="Prospective, multicentre, open registry NVX-REG, with consecutive inclusion of implanted patients.",
        population="Adults and children aged 4 years or older implanted with the NeuroVagix system for DRE; at least "
                   "100 children will be enrolled.",
        inclusion=["DRE as defined in the IFU", "Age 4 years or older", "Informed consent (and assent for children)"],
        exclusion=["Participation in an interventional study modifying the stimulation", "Life expectancy < 1 year"],
        setting="15 epilepsy surgery centres (hospitals) in Belgium, the Netherlands, France and Germany.",
        endpoints=["Primary: responder rate at 36 months",
                   "Secondary: lead revision rate, battery replacements, OSA episodes (polygraphy in children), "
                   "QOLIE-31-P, serious AE at 1, 3 and 5 years"],
        sample=("400 patients. With an expected lead-fracture rate of 2 %, 400 patients give a two-sided 95 % "
                "confidence interval of ± 1.4 %; with 20 % attrition at 5 years (320 evaluable) the half-width stays "
                "below ± 1.6 %. 100 children allow to estimate a paediatric responder rate of 40 % ± 9.6 %."),
        timeline=[["First patient in", "2025-09"], ["400 patients enrolled", "2027-06"],
                  ["Interim report (1 year)", "2026-10"], ["3-year analysis", "2030-06"], ["Final report (5 years)", "2032-09"]]),
    ifu_desc=["The NeuroVagix VNS System consists of the NV-106 implantable pulse generator (IPG), the NV-304 bipolar "
              "lead, the NV-2000 programming wand and the NV-M1 patient magnet.",
              "The IPG sends mild electrical pulses to the left vagus nerve in the neck, at programmed intervals."],
    ifu_adverse=["Hoarseness or change of voice during stimulation", "Cough", "Throat pain, tingling",
                 "Shortness of breath", "Infection at the implant site", "Vocal cord paralysis",
                 "Slow heart rate during the intraoperative test"],
    specs=[("Output current", "0–3.5 mA (steps of 0.125 mA)"),
           ("Pulse width", "130, 250, 500, 750, 1000 µs"),
           ("Frequency", "1–30 Hz"),
           ("Signal ON time", "7–60 s"),
           ("Signal OFF time", "0.2–180 min"),
           ("Battery", "Li/CFx, 1.7 Ah; expected longevity 8.5 years (a)"),
           ("IPG dimensions / mass", "45 × 32 × 6.9 mm / 16 g"),
           ("Lead", "Bipolar, helical electrodes 2.0 or 3.0 mm, length 43 cm"),
           ("MRI", "MR Conditional 1.5 T and 3 T, see NVX-MRI-02")],
    spec_notes=["(a) 1.5 mA, 250 µs, 20 Hz, 30 s ON / 5 min OFF, lead impedance 3 kΩ."],
    steps=["Place the patient supine with the head turned to the right; make a horizontal incision in the left neck.",
           "Expose the left vagus nerve over about 3 cm between the carotid artery and the internal jugular vein.",
           "Wrap the two helical electrodes and the anchor tether around the nerve (positive electrode distal).",
           "Create the subcutaneous pocket below the left clavicle and tunnel the lead.",
           "Connect the lead, perform the lead test at 1.0 mA under ECG monitoring and close.",
           "Start stimulation 2 weeks after implantation at 0.25 mA and increase by 0.25 mA steps at each visit."],
    storage="Store between 0 °C and 40 °C. Return explanted devices to the manufacturer; do not incinerate the IPG.",
    sscp_note="The SSCP is available in the European database EUDAMED, searchable with the Basic UDI-DI.",
    sscp_clin=["The clinical evidence comes from two investigations of the device: the first-in-human study NVX-FIM "
               "(12 adults, 6 months) and the pivotal study NVX-01 (112 patients aged 4 to 64 years, 28 children, "
               "12 months, follow-up completeness 96.4 %). No equivalence with another device is claimed.",
               "At 12 months, 41.1 % of the patients had at least 50 % fewer seizures than at baseline (children: "
               "39.3 %). Serious device- or procedure-related adverse events occurred in 4.5 % of the patients."],
    sscp_pmcf="Registry NVX-REG (400 patients, of which at least 100 children, 5 years) and continuation of NVX-01 to "
              "36 months; open questions: durability, lead integrity, battery longevity, OSA in children.",
    standards=["EN ISO 14708-1:2014 and EN 45502-2-3 (active implantables)", "EN ISO 14155:2020",
               "EN ISO 14971:2019+A11:2021", "EN 60601-1-6 / EN 62366-1:2015+A1:2020 (usability)",
               "ISO/TS 10974:2018 (MRI)"],
    reviewers="Clinical reviewer: neurologist (epileptology), internal expert code CR-114. Product reviewer: "
              "biomedical engineer, active implantables, code PR-022. Final decision maker: code FD-003.",
    cear_purpose=("Adjunctive treatment to reduce seizure frequency in patients ≥ 4 years with drug-resistant epilepsy "
                  "(focal or generalised onset), not eligible for resective surgery or after failed surgery."),
    cear_rows=[
        ["C — Device description, novelty", "Left cervical VNS with IPG and helical bipolar lead. The principle is "
         "established; the device is new for the manufacturer. Novelty is limited to design aspects.", "Closed"],
        ["C — Classification", "Class III, Rule 8 (active implantable). Agreed with the manufacturer.", "Closed"],
        ["C — CEP (Annex XIV Part A 1(a))", "All indents addressed; measurable outcome parameters and acceptance "
         "criteria derived from the literature benchmarks.", "Closed"],
        ["C — Equivalence", "Not claimed. Data on other VNS devices are used for the state of the art only.", "Closed"],
        ["C — State of the art", "Alternatives and benchmarks adequately described (Cochrane review, meta-analysis).", "Closed"],
        ["D — Literature review", "Protocol, PRISMA flow and appraisal provided; favourable and unfavourable data "
         "retained.", "Closed"],
        ["E — Clinical investigations", "NVX-FIM and NVX-01 conducted according to ISO 14155; the 12-month analysis "
         "of NVX-01 supports the claims. Children from 4 years are represented (n = 28).", "Closed"],
        ["F — PMCF plan", "Registry with objectives linked to residual risks, justified sample size (400 patients, "
         "≥ 100 children) and timeline. Adequate.", "Closed"],
        ["G — IFU, SSCP", "Indications, contraindications, population and warnings are aligned between CER, IFU "
         "(EN, FR, NL) and SSCP.", "Closed"],
        ["H — Benefit-risk", "Favourable. The 36-month report of NVX-01 is to be submitted by 2026-06-30 "
         "(condition of certificate).", "Open (minor)"]],
    cear_conclusion=["The NB considers the clinical evidence sufficient for the intended purpose and the target group. "
                     "The benefit-risk is acceptable with regard to the state of the art. A certificate of 5 years is "
                     "recommended with the condition mentioned in section H."],
    docs=dict(
        CEP=dict(file="CEP_NeuroVagix_CEP-NVX-001_rev2.docx", no="CEP-NVX-001", rev="2", date="2024-10-15"),
        CER=dict(file="CER_NeuroVagix_VNS_rev3.pdf", no="CER-NVX-001", rev="3", date="2025-01-20"),
        PMCF=dict(file="PMCF-plan_NVX-REG.pdf", no="PMCF-NVX-001", rev="1", date="2025-01-20"),
        IFU={"en": dict(file="IFU_NeuroVagix_EN.pdf", no="NVX-IFU-100", rev="B", date="2025-01"),
             "fr": dict(file="IFU_NeuroVagix_FR.pdf", no="NVX-IFU-100-FR", rev="B", date="2025-01"),
             "nl": dict(file="Gebruiksaanwijzing_NeuroVagix_NL.docx", no="NVX-IFU-100-NL", rev="B", date="2025-01")},
        SSCP=dict(file="SSCP_NeuroVagix.pdf", no="SSCP-NVX-001", rev="1", date="2025-01-20"),
        CEAR=dict(file="CEAR_NB2917_NeuroVagix.docx", no="EMA-2917-CE-25-0142", rev="1", date="2025-04-03")),
    style=dict(num="dot", cer_layout="A", cer_comma=True, bullet="-", ifu_bullet="•", num_ifu="plain"),
    tr={
        "fr": dict(
            ifu_sub="Système de stimulation du nerf vague",
            ifu_desc=["Le système NeuroVagix VNS se compose du générateur d'impulsions implantable (GII) NV-106, de "
                      "l'électrode bipolaire NV-304, de la tête de programmation NV-2000 et de l'aimant patient NV-M1.",
                      "Le GII envoie de légères impulsions électriques au nerf vague gauche, dans le cou, à intervalles "
                      "programmés."],
            purpose=("Le système NeuroVagix VNS est destiné, en traitement d'appoint, à réduire la fréquence des crises "
                     "chez les patients atteints d'épilepsie pharmacorésistante (EPR) insuffisamment contrôlée par les "
                     "médicaments antiépileptiques et qui ne sont pas candidats à une chirurgie résective de "
                     "l'épilepsie ou chez qui cette chirurgie a échoué."),
            indications=["EPR avec crises focales, avec ou sans évolution vers des crises tonico-cloniques bilatérales",
                         "EPR avec crises généralisées",
                         "EPR définie comme l'échec de deux médicaments antiépileptiques bien tolérés et correctement choisis"],
            contraindications=["Vagotomie cervicale gauche ou bilatérale antérieure",
                               "Utilisation de diathermie à ondes courtes, à micro-ondes ou à ultrasons thérapeutiques "
                               "chez les patients implantés"],
            population="Adultes et enfants âgés de 4 ans et plus atteints d'EPR.",
            users=("Implantation par des neurochirurgiens formés au dispositif ; programmation par des neurologues ou "
                   "épileptologues ; utilisation de l'aimant par le patient ou l'aidant après instruction."),
            setting=("Le dispositif est implanté en salle d'opération à l'hôpital. La programmation se fait à la "
                     "consultation d'épilepsie ; le patient vit ensuite avec le dispositif dans son environnement "
                     "habituel, y compris à domicile."),
            warnings=["Implanter uniquement sur le nerf vague gauche : une stimulation à droite peut provoquer une bradycardie.",
                      "Réaliser le test peropératoire de l'électrode sous monitorage ECG continu ; des bradycardies et "
                      "asystolies ont été rapportées pendant le test.",
                      "Un syndrome d'apnées obstructives du sommeil peut apparaître ou s'aggraver ; envisager de réduire "
                      "la fréquence ou d'allonger le temps OFF.",
                      "Les patients ayant des troubles de la déglutition préexistants doivent être surveillés pendant les "
                      "repas lorsque la stimulation est active.",
                      "IRM uniquement dans les conditions des recommandations IRM NeuroVagix (NVX-MRI-02)."],
            ifu_adverse=["Enrouement ou modification de la voix pendant la stimulation", "Toux",
                         "Douleur ou picotements dans la gorge", "Essoufflement", "Infection du site d'implantation",
                         "Paralysie des cordes vocales", "Ralentissement du rythme cardiaque pendant le test peropératoire"],
            specs=[("Courant de sortie", "0–3,5 mA (pas de 0,125 mA)"),
                   ("Largeur d'impulsion", "130, 250, 500, 750, 1000 µs"),
                   ("Fréquence", "1–30 Hz"),
                   ("Temps ON", "7–60 s"),
                   ("Temps OFF", "0,2–180 min"),
                   ("Pile", "Li/CFx, 1,7 Ah ; longévité attendue 8,5 ans (a)"),
                   ("Dimensions / masse du GII", "45 × 32 × 6,9 mm / 16 g"),
                   ("Électrode", "Bipolaire, électrodes hélicoïdales 2,0 ou 3,0 mm, longueur 43 cm"),
                   ("IRM", "Compatible IRM sous conditions 1,5 T et 3 T, voir NVX-MRI-02")],
            spec_notes=["(a) 1,5 mA, 250 µs, 20 Hz, 30 s ON / 5 min OFF, impédance 3 kΩ."],
            steps=["Installer le patient en décubitus dorsal, tête tournée à droite ; inciser horizontalement le cou à gauche.",
                   "Exposer le nerf vague gauche sur environ 3 cm entre l'artère carotide et la veine jugulaire interne.",
                   "Enrouler les deux électrodes hélicoïdales et l'ancrage autour du nerf (électrode positive distale).",
                   "Créer la loge sous-cutanée sous la clavicule gauche et tunnelliser l'électrode.",
                   "Connecter l'électrode, réaliser le test à 1,0 mA sous monitorage ECG et refermer.",
                   "Débuter la stimulation 2 semaines après l'implantation à 0,25 mA et augmenter par paliers de 0,25 mA à chaque visite."],
            storage="Conserver entre 0 °C et 40 °C. Retourner les dispositifs explantés au fabricant ; ne pas incinérer le GII.",
            sscp_note="Le SSCP est disponible dans la base de données européenne EUDAMED, via l'IUD-ID de base."),
        "nl": dict(
            ifu_sub="Systeem voor nervus vagus-stimulatie",
            ifu_desc=["Het NeuroVagix VNS-systeem bestaat uit de implanteerbare pulsgenerator (IPG) NV-106, de bipolaire "
                      "lead NV-304, de programmeerkop NV-2000 en de patiëntmagneet NV-M1.",
                      "De IPG stuurt op geprogrammeerde tijdstippen lichte elektrische pulsen naar de linker nervus vagus in de hals."],
            purpose=("Het NeuroVagix VNS-systeem is bestemd als aanvullende behandeling om de aanvalsfrequentie te "
                     "verminderen bij patiënten met geneesmiddelresistente epilepsie (GRE) die onvoldoende onder controle "
                     "is met anti-epileptica en die geen kandidaat zijn voor resectieve epilepsiechirurgie of bij wie "
                     "deze chirurgie heeft gefaald."),
            indications=["GRE met focale aanvallen, met of zonder evolutie naar bilaterale tonisch-clonische aanvallen",
                         "GRE met gegeneraliseerde aanvallen",
                         "GRE gedefinieerd als falen van twee goed verdragen en correct gekozen anti-epileptica"],
            contraindications=["Eerdere linkszijdige of bilaterale cervicale vagotomie",
                               "Gebruik van kortegolf-, microgolf- of therapeutische ultrasone diathermie bij geïmplanteerde patiënten"],
            population="Volwassenen en kinderen vanaf 4 jaar met GRE.",
            users=("Implantatie door neurochirurgen die opgeleid zijn voor het hulpmiddel; programmering door neurologen of "
                   "epileptologen; gebruik van de magneet door de patiënt of de mantelzorger na instructie."),
            setting=("Het hulpmiddel wordt in een operatiekamer van het ziekenhuis geïmplanteerd. De programmering gebeurt "
                     "op de epilepsieraadpleging; daarna leeft de patiënt met het hulpmiddel in zijn gewone omgeving, ook thuis."),
            warnings=["Alleen op de linker nervus vagus implanteren: stimulatie rechts kan bradycardie veroorzaken.",
                      "Voer de intraoperatieve leadtest uit onder continue ECG-monitoring; bradycardie en asystolie zijn "
                      "tijdens de test gemeld.",
                      "Obstructieve slaapapneu kan optreden of verergeren; overweeg de frequentie te verlagen of de OFF-tijd te verlengen.",
                      "Patiënten met bestaande slikproblemen moeten tijdens de maaltijd onder toezicht staan wanneer de stimulatie AAN is.",
                      "MRI alleen onder de voorwaarden van de NeuroVagix MRI-richtlijnen (NVX-MRI-02)."],
            ifu_adverse=["Heesheid of stemverandering tijdens stimulatie", "Hoesten", "Keelpijn, tintelingen",
                         "Kortademigheid", "Infectie van de implantatieplaats", "Stembandverlamming",
                         "Trage hartslag tijdens de intraoperatieve test"],
            specs=[("Uitgangsstroom", "0–3,5 mA (stappen van 0,125 mA)"),
                   ("Pulsbreedte", "130, 250, 500, 750, 1000 µs"),
                   ("Frequentie", "1–30 Hz"),
                   ("AAN-tijd", "7–60 s"),
                   ("UIT-tijd", "0,2–180 min"),
                   ("Batterij", "Li/CFx, 1,7 Ah; verwachte levensduur 8,5 jaar (a)"),
                   ("Afmetingen / massa IPG", "45 × 32 × 6,9 mm / 16 g"),
                   ("Lead", "Bipolair, helixelektroden 2,0 of 3,0 mm, lengte 43 cm"),
                   ("MRI", "MR-conditioneel 1,5 T en 3 T, zie NVX-MRI-02")],
            spec_notes=["(a) 1,5 mA, 250 µs, 20 Hz, 30 s AAN / 5 min UIT, impedantie 3 kΩ."],
            steps=["Leg de patiënt in rugligging met het hoofd naar rechts gedraaid; maak een horizontale incisie links in de hals.",
                   "Leg de linker nervus vagus over ongeveer 3 cm vrij tussen de arteria carotis en de vena jugularis interna.",
                   "Wikkel de twee helixelektroden en het anker rond de zenuw (positieve elektrode distaal).",
                   "Maak de subcutane pocket onder het linker sleutelbeen en tunnel de lead.",
                   "Sluit de lead aan, voer de leadtest uit op 1,0 mA onder ECG-monitoring en sluit.",
                   "Start de stimulatie 2 weken na implantatie op 0,25 mA en verhoog bij elk bezoek met stappen van 0,25 mA."],
            storage="Bewaren tussen 0 °C en 40 °C. Geëxplanteerde hulpmiddelen terugsturen naar de fabrikant; de IPG niet verbranden.",
            sscp_note="De SSCP is beschikbaar in de Europese databank EUDAMED, te zoeken via de basis-UDI-DI."),
    },
)

LABELS = []

"""o04: coronary sinus reducer for refractory angina. Clean dossier, class III implantable, CECP applies."""

F = dict(
    id="o04-csreducer-angireduce",
    trade="Angireduce",
    full="Angireduce CS System",
    generic="coronary sinus reducer for refractory angina (balloon-expandable implant and delivery catheter)",
    manufacturer="Cardiolyne SAS",
    address="12 rue de la Soie, 69100 Villeurbanne, France",
    srn="FR-MF-000044120",
    nb="Bureau Européen d'Évaluation des Dispositifs Médicaux (BEEDM)",
    nb_no="2966",
    udi="3701234ARDCS7T",
    dev_class="III",
    rule="Annex VIII Rule 8, implantable device in direct contact with the central circulatory system (venae cordis)",
    emdn="P0704 — cardiovascular implants, other",
    author="M. Delvaux, PharmD",
    trans_note="Translation of the original French instructions for use (ARD-NU-01, révision C).",
    scope=("The implant is a class III implantable device: Article 54(1)(a) MDR applies and the CECP is required. No "
           "exemption of Article 54(2) is applicable (initial certification of a new device)."),
    scope_cear=("Article 54(1)(a) applies (class III implantable). No exemption. Proposed expert panel: circulatory "
                "system — structural and heart-failure devices."),
    models=[("ARD-CS-13", "Hourglass-shaped 316L stainless-steel implant, expandable from 7 to 13 mm, central neck 3 mm, "
             "pre-mounted on the delivery catheter"),
            ("ARD-BC", "Hourglass semi-compliant balloon delivery catheter, 9 F guide compatible, usable length 100 cm")],
    abbr=[["CCS", "Canadian Cardiovascular Society angina class"], ["CS", "coronary sinus"],
          ["OMT", "optimal medical therapy"], ["RAP", "right atrial pressure"], ["SAQ", "Seattle Angina Questionnaire"]],
    summary=["The present CER concerns the Angireduce CS System, a permanent implant narrowing the coronary sinus (CS) "
             "in patients with refractory angina. The evidence rests on the sham-controlled trial REDUCE-CS (104 "
             "patients, 6 months), its 24-month extension (86 patients) and the first-in-man study (15 patients).",
             "All CEP criteria are met. Benefit-risk is favourable for adults with refractory angina not amenable to "
             "revascularisation."],
    description=["The implant is a laser-cut 316L stainless-steel mesh which takes an hourglass shape when the balloon "
                 "is inflated. It is placed in the CS about 2 to 3 cm from the ostium through the right internal "
                 "jugular vein, under fluoroscopy.",
                 "Endothelialisation of the mesh in the following weeks closes the spaces between the struts, so that "
                 "the blood flows only through the central 3 mm neck."],
    principle=("The narrowing raises the pressure in the coronary venous system, which is believed to redistribute the "
               "perfusion from the less ischaemic subepicardium to the ischaemic subendocardium. The effect develops "
               "progressively over 3 to 6 months."),
    cer_specs_prose=("Expanded diameter 7 to 13 mm at the ends, neck 3 mm, nominal length 20 mm; balloon inflation 2 to "
                     "6 atm; 9 F guiding catheter."),
    purpose=("The Angireduce CS System is intended to reduce angina symptoms in patients with refractory angina pectoris "
             "by creating a controlled narrowing of the coronary sinus."),
    indications=["Refractory angina of CCS class III or IV despite optimal medical therapy (OMT) for at least 30 days",
                 "Documented reversible myocardial ischaemia in the left coronary territory",
                 "Coronary artery disease not amenable to revascularisation (PCI or CABG), according to the heart team"],
    contraindications=["Right atrial pressure (RAP) above 15 mmHg",
                       "CS diameter at the implantation site below 9.5 mm or above 13 mm",
                       "Pacemaker or defibrillator lead in the CS",
                       "Acute coronary syndrome in the previous 3 months",
                       "Known allergy to stainless steel or nickel",
                       "Tricuspid valve prosthesis or severe tricuspid valve disease"],
    population="Adult patients (18 years or older) with refractory angina.",
    users=("Interventional cardiologists experienced in right heart catheterisation, after a training by the "
           "manufacturer including at least two proctored implantations."),
    setting=("Hospital catheterisation laboratory with on-site cardiac surgery or a formal agreement with a cardiac "
             "surgery centre."),
    warnings=["Do not expand the implant above 13 mm.",
              "Give heparin during the procedure and dual antiplatelet therapy for 6 months, unless contraindicated.",
              "After implantation, a lead can no longer be placed in the CS (for example for resynchronisation).",
              "The effect is progressive: inform the patient that no immediate relief is expected.",
              "MR Conditional up to 3 T under the conditions of the MRI information sheet."],
    adverse=[("Access-site haematoma", "2.2 % (2/90)"),
             ("CS dissection without consequence", "1.1 % (1/90)"),
             ("Implant migration (retrieved percutaneously)", "1.1 % (1/90)"),
             ("Pericardial effusion without tamponade", "0 %"),
             ("Contrast-induced acute kidney injury", "1.1 % (1/90)"),
             ("Procedure-related death", "0 %")],
    adverse_notes=["REDUCE-CS and its extension, all implantation attempts (n = 90), up to 24 months."],
    residual=["Implant migration or embolisation", "CS dissection or perforation",
              "Late thrombosis of the CS", "Absence of clinical response (about 30 to 40 % of patients)"],
    sota=["Refractory angina concerns patients with coronary artery disease in whom angina persists despite OMT and "
          "who cannot be revascularised. The pathology strongly impairs quality of life; the options are limited "
          "(anti-anginal drugs of second line, cardiac rehabilitation, spinal cord stimulation in a few centres).",
          "CS narrowing has been investigated since the 2000s; a meta-analysis of studies on another reducer [4] "
          "reports an improvement of at least one CCS class in about 70 % of patients. These data serve as "
          "benchmark; no equivalence is claimed."],
    alternatives=["Intensification of anti-anginal medication (ranolazine, ivabradine, trimetazidine)",
                  "Cardiac rehabilitation", "Spinal cord stimulation", "Enhanced external counterpulsation"],
    search=dict(db="PubMed, Embase and the Cochrane Library", period="2005-01-01 to 2024-12-31",
                result=("398 records, 44 full texts, 11 retained for the state of the art; the 3 manufacturer studies "
                        "constitute the device data."),
                pico=[["Population", "Adults with refractory angina"], ["Intervention", "CS narrowing"],
                      ["Comparison", "Sham, OMT"], ["Outcomes", "CCS class, SAQ, MACE, device events"]]),
    studies=[["[1]", "REDUCE-CS, randomised, double-blind, sham-controlled, 9 centres", "104", "Adults, CCS III-IV, no revascularisation option",
              "6 months", "≥ 2 CCS classes: 34.6 % vs 13.5 % (p = 0.01)"],
             ["[2]", "REDUCE-CS extension (after unblinding, crossover allowed)", "86", "Implanted patients of [1]",
              "24 months", "≥ 1 CCS class: 71 % (61/86)"],
             ["[3]", "First-in-man, single centre", "15", "Adults, CCS III-IV", "12 months", "Implantation success 15/15"],
             ["[4]", "Meta-analysis (other reducer)", "846", "Refractory angina", "6-36 months", "≥ 1 CCS class ≈ 70 %"]],
    appraisal=["REDUCE-CS was conducted under ISO 14155 with an independent clinical events committee. The sham "
               "procedure (right heart catheterisation without implant) and blinded assessors limit the placebo "
               "effect, which is important in angina.",
               "The 24-month data of the extension support the durability claim up to 2 years only; longer durability "
               "is an open question for the PMCF."],
    claims=[("Reduces angina severity compared with a sham procedure at 6 months.", "REDUCE-CS [1]."),
            ("The improvement is maintained up to 24 months.", "Extension [2], 71 % with ≥ 1 CCS class."),
            ("High implantation success.", "97.8 % (88/90) in [1, 2].")],
    benefits=[("Reduction of angina severity", "≥ 2 CCS classes at 6 months versus sham", "superiority, p < 0.05",
               "34.6 % vs 13.5 % (p = 0.01)"),
              ("Quality of life", "SAQ angina frequency change at 6 months", "≥ +10 points", "+14 points"),
              ("Durability", "≥ 1 CCS class at 24 months", "≥ 60 %", "71 % (61/86)"),
              ("Technical success", "Correct positioning without conversion", "≥ 95 %", "97.8 % (88/90)")],
    safety=[("MACE at 30 days (death, MI, tamponade, embolisation)", "≤ 5 %", "1.1 % (1/90)"),
            ("Implant migration", "≤ 3 %", "1.1 % (1/90)"),
            ("CS perforation with tamponade", "≤ 1 %", "0 %")],
    br=["Patients without revascularisation option have few alternatives; the implant offers a clinically relevant "
        "reduction of angina with a low procedural risk. Benefit-risk is favourable.",
        "Durability beyond 2 years and the effect in patients with severe left ventricular dysfunction (few patients "
        "with ejection fraction < 35 %) remain to be confirmed in the PMCF."],
    cer_pmcf="PMCF plan {no} rev. {rev}: registry ARD-REG EU, 300 patients followed 5 years.",
    conclusion=["The clinical data support the intended purpose and the claims, in adults aged 18 years or older. The "
                "IFU (FR original, EN translation) and the SSCP are consistent with the present report."],
    refs=["Cardiolyne. REDUCE-CS clinical investigation report, 6-month primary analysis, v1.0, 21.06.2023.",
          "Cardiolyne. REDUCE-CS extension report, 24 months, v1.0, 30.09.2024.",
          "Cardiolyne. First-in-man study report ARD-FIM-01, 12 months, 14.02.2021.",
          "Van Huffel J, Orsini P, et al. Coronary sinus narrowing for refractory angina: systematic review and "
          "meta-analysis. EuroIntervention 2022;18:e1102-e1111."],
    cdp=["Completed: bench, GLP animal study, first-in-man (15 patients), REDUCE-CS with 24-month extension.",
         "Post-market: registry ARD-REG EU (5 years)."],
    pmcf=dict(
        objectives=["→ Durability of the clinical effect at 3 and 5 years (open question of the CER)",
                    "→ Late CS thrombosis or occlusion (residual risk)",
                    "→ Implant migration and embolisation in routine use (residual risk)",
                    "→ Response in patients with ejection fraction < 35 % (under-represented group)"],
        design="Prospective multicentre registry ARD-REG EU, consecutive patients.",
        population="Adults (≥ 18 years) implanted with the Angireduce CS System for refractory angina.",
        inclusion=["Implantation of the device according to the IFU", "Age ≥ 18 years", "Informed consent"],
        exclusion=["Participation in another interventional study"],
        setting="12 hospital catheterisation laboratories in France, Belgium, Italy and Spain.",
        endpoints=["Primary: proportion with ≥ 1 CCS class improvement at 3 years",
                   "Secondary: SAQ, MACE, CS thrombosis (CT or echography), migration, at 1, 3 and 5 years"],
        sample=("300 patients; with 250 evaluable at 3 years, a response rate of 60 % is estimated with a 95 % CI "
                "half-width of ± 6.1 %. At least 60 patients with ejection fraction < 35 % are targeted by "
                "stratified recruitment."),
        timeline=[["First patient", "2025-06"], ["End of recruitment", "2027-06"], ["3-year analysis", "2030-06"],
                  ["5-year final report", "2032-06"]]),
    ifu_desc=["The Angireduce CS System consists of a stainless-steel implant pre-mounted on a balloon delivery catheter "
              "(ARD-BC). The implant takes an hourglass shape when expanded in the coronary sinus."],
    ifu_adverse=["Haematoma at the access site", "Dissection or perforation of the coronary sinus",
                 "Migration of the implant", "Pericardial effusion, tamponade", "Kidney injury due to contrast medium"],
    specs=[("Expanded diameter", "7–13 mm (ends); neck 3 mm"), ("Length", "20 mm (nominal)"),
           ("Material", "316L stainless steel"), ("Balloon inflation pressure", "2–6 atm"),
           ("Guiding catheter", "9 F"), ("Usable length", "100 cm"), ("MRI", "MR Conditional ≤ 3 T")],
    steps=["Measure the RAP and the CS diameter by venography; verify the absence of counter-indication.",
           "Introduce a 9 F guiding catheter through the right internal jugular vein into the CS.",
           "Advance the delivery catheter 2 to 3 cm into the CS.",
           "Inflate the balloon to 2–6 atm according to the CS diameter (implant/vessel ratio 1.1 to 1.2).",
           "Deflate, withdraw the catheter and control the position by venography."],
    storage="Store at room temperature (15–30 °C), protected from light. Single use; do not resterilise.",
    sscp_note="The SSCP can be consulted in EUDAMED (search by Basic UDI-DI).",
    sscp_clin=["Clinical data: REDUCE-CS (randomised, sham-controlled, 104 patients, 6 months), its extension (86 "
               "patients, 24 months) and a first-in-man study (15 patients, 12 months). No equivalence is claimed.",
               "At 6 months, 34.6 % of the patients improved by at least 2 CCS classes versus 13.5 % after sham. At 24 "
               "months, 71 % kept an improvement of at least one class. MACE at 30 days: 1.1 %."],
    sscp_pmcf="Registry ARD-REG EU (300 patients, 5 years): durability, late CS thrombosis, migration, patients with "
              "low ejection fraction.",
    standards=["EN ISO 25539-2:2020 (vascular stents, as applicable)", "EN ISO 10993 series", "EN ISO 14155:2020",
               "EN ISO 14971:2019+A11:2021", "ASTM F2503 (MR marking)"],
    reviewers="Clinical reviewer: interventional cardiologist, code BE-CAR-04. Technical reviewer: cardiovascular "
              "implants engineer, code BE-TEC-11.",
    cear_purpose=("Reduction of angina symptoms by controlled narrowing of the coronary sinus in adults ≥ 18 years with "
                  "refractory angina (CCS III-IV despite OMT), reversible ischaemia and no revascularisation option."),
    cear_rows=[
        ["C — Device, novelty", "CS narrowing implant; concept known but device new. Novelty moderate; clinical "
         "procedure well described.", "Closed"],
        ["C — Classification", "III, Rule 8 (venae cordis, central circulatory system).", "Closed"],
        ["C — CEP", "Compliant, acceptance criteria justified by the sham-controlled design.", "Closed"],
        ["C — Equivalence", "Not claimed; other reducers are state-of-the-art data only.", "Closed"],
        ["D — Literature", "Adequate.", "Closed"],
        ["E — Clinical investigations", "REDUCE-CS is robust (sham, blinded CEC). Durability claim limited to 24 "
         "months, consistent with data.", "Closed"],
        ["F — PMCF", "Registry with 5-year follow-up, objectives on durability and late thrombosis, sample size "
         "rationale provided.", "Closed"],
        ["G — IFU, SSCP", "FR original and EN translation aligned; counter-indications identical in CER, IFU and SSCP.", "Closed"],
        ["H — Benefit-risk", "Favourable.", "Closed"]],
    cear_conclusion=["The NB considers the clinical evidence sufficient. The documentation is transmitted to the "
                     "Commission for the consultation of the expert panel."],
    docs=dict(
        CEP=dict(file="ARD_CEP_v2.docx", no="ARD-CE-PLN-01", rev="2", date="05.03.2024"),
        CER=dict(file="ARD_CER_v3.docx", no="ARD-CE-RPT-01", rev="3", date="15.01.2025"),
        PMCF=dict(file="ARD_PMCF_plan.pdf", no="ARD-PMCF-01", rev="1", date="15.01.2025"),
        IFU={"fr": dict(file="ARD_Notice_FR.pdf", no="ARD-NU-01", rev="C", date="01.2025"),
             "en": dict(file="ARD_IFU_EN.pdf", no="ARD-NU-01-EN", rev="C", date="01.2025")},
        SSCP=dict(file="ARD_SSCP_EN.pdf", no="ARD-SSCP-01", rev="1", date="15.01.2025"),
        CEAR=dict(file="BEEDM_2966_CEAR_Angireduce.pdf", no="BEEDM-CEAR-25-031", rev="1", date="03.04.2025")),
    style=dict(num="plain", cer_layout="B", cer_comma=True, bullet="•", ifu_bullet="•", counter=True, num_ifu="dot"),
    tr={"fr": dict(
        ifu_sub="Réducteur du sinus coronaire",
        ifu_desc=["Le système Angireduce CS se compose d'un implant en acier inoxydable pré-monté sur un cathéter à "
                  "ballonnet (ARD-BC). L'implant prend une forme de sablier lorsqu'il est déployé dans le sinus coronaire."],
        purpose=("Le système Angireduce CS est destiné à réduire les symptômes angineux chez les patients atteints d'angor "
                 "réfractaire, en créant un rétrécissement contrôlé du sinus coronaire."),
        indications=["Angor réfractaire de classe CCS III ou IV malgré un traitement médical optimal depuis au moins 30 jours",
                     "Ischémie myocardique réversible documentée dans le territoire coronaire gauche",
                     "Maladie coronaire non accessible à une revascularisation (ICP ou pontage), selon la heart team"],
        contraindications=["Pression auriculaire droite supérieure à 15 mmHg",
                           "Diamètre du sinus coronaire au site d'implantation inférieur à 9,5 mm ou supérieur à 13 mm",
                           "Sonde de stimulateur ou de défibrillateur dans le sinus coronaire",
                           "Syndrome coronarien aigu au cours des 3 derniers mois",
                           "Allergie connue à l'acier inoxydable ou au nickel",
                           "Prothèse valvulaire tricuspide ou valvulopathie tricuspide sévère"],
        population="Patients adultes (18 ans ou plus) atteints d'angor réfractaire.",
        users=("Cardiologues interventionnels expérimentés dans le cathétérisme cardiaque droit, après une formation par "
               "le fabricant comprenant au moins deux implantations encadrées."),
        setting=("Salle de cathétérisme hospitalière disposant d'une chirurgie cardiaque sur site ou d'une convention "
                 "formelle avec un centre de chirurgie cardiaque."),
        warnings=["Ne pas déployer l'implant au-delà de 13 mm.",
                  "Administrer de l'héparine pendant la procédure et une double antiagrégation plaquettaire pendant 6 mois, "
                  "sauf contre-indication.",
                  "Après l'implantation, une sonde ne peut plus être placée dans le sinus coronaire (par exemple pour une resynchronisation).",
                  "L'effet est progressif : informer le patient qu'aucun soulagement immédiat n'est attendu.",
                  "Compatible IRM sous conditions jusqu'à 3 T selon la fiche d'information IRM."],
        ifu_adverse=["Hématome au point de ponction", "Dissection ou perforation du sinus coronaire",
                     "Migration de l'implant", "Épanchement péricardique, tamponnade",
                     "Atteinte rénale due au produit de contraste"],
        specs=[("Diamètre déployé", "7–13 mm (extrémités) ; col 3 mm"), ("Longueur", "20 mm (nominale)"),
               ("Matériau", "acier inoxydable 316L"), ("Pression de gonflage du ballonnet", "2–6 atm"),
               ("Cathéter guide", "9 F"), ("Longueur utile", "100 cm"), ("IRM", "Compatible IRM sous conditions ≤ 3 T")],
        steps=["Mesurer la pression auriculaire droite et le diamètre du sinus coronaire par veinographie ; vérifier "
               "l'absence de contre-indication.",
               "Introduire un cathéter guide 9 F par la veine jugulaire interne droite jusque dans le sinus coronaire.",
               "Avancer le cathéter porteur de 2 à 3 cm dans le sinus coronaire.",
               "Gonfler le ballonnet à 2–6 atm selon le diamètre du sinus (rapport implant/vaisseau 1,1 à 1,2).",
               "Dégonfler, retirer le cathéter et contrôler la position par veinographie."],
        storage="Conserver à température ambiante (15–30 °C), à l'abri de la lumière. Usage unique ; ne pas restériliser.",
        sscp_note="Le SSCP peut être consulté dans EUDAMED (recherche par IUD-ID de base).")},
)

LABELS = []

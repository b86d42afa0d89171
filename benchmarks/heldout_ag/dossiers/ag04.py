"""ag04 – portable spirometer with incentive software (IIa, Rule 10, no CECP). DEFECTIVE."""
CEP_F = "SMPL-CEP-SPG_R01.pdf"
PMCF_F = "SMPL-PMCF-Plan-SPG_R00.docx"
IFU_EN = "SpiroSathi_IFU_EN_R02.md"
IFU_PT = "SpiroSathi_IFU_PT_R02.docx"
POP = ("Children from 4 years of age and adults who are able to understand and perform a forced expiratory manoeuvre, "
       "with coaching by the operator.")
F = dict(
    id="ag04_spirometer", device_label="SpiroSathi Go – portable spirometer with incentive software for children from 4 years and adults",
    trade="SpiroSathi Go", generic="portable turbine spirometer with paediatric incentive software",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Hinjewadi (Pune) electronics unit", srn="IN-MF-000027915", udi="8906011SPGO01X",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Line Østergaard Jensen", author="Dr. Nikhil Patwardhan, MD (Pulmonary Medicine)", reviewer_mfr="Dr. Aarti Gokhale, MD (Paediatrics)",
    author_cv="pulmonologist and head of a pulmonary function laboratory for 8 years", first_ce="2026 (MDR)",
    models=[("SPG-100", "Handheld turbine spirometer with colour display and Bluetooth"),
            ("SPG-PC Software v2.1", "PC software with ATS/ERS quality grading and incentive animations for children"),
            ("SPG-MP", "Single-use mouthpieces with bacterial/viral filter")],
    cls="IIa", rule="Rule 10", cecp=False,
    cecp_why="The Device is an active diagnostic and monitoring device and is neither implantable nor administering or removing medicinal products.",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("SpiroSathi Go is intended for the measurement of forced expiratory volumes and flows (FVC, FEV1, FEV1/FVC, "
             "PEF, FEF25-75) to aid the diagnosis and monitoring of respiratory diseases, in hospitals, clinics and "
             "physicians' offices, under the supervision of a trained healthcare professional."),
    population=POP,
    indications=["Diagnosis and monitoring of obstructive lung diseases, viz. asthma and COPD",
                 "Detection of restrictive ventilatory patterns as part of clinical work-up",
                 "Pre-operative assessment of lung function and occupational health screening"],
    contraindications=["Myocardial infarction or unstable angina within the last 7 days", "Pneumothorax (current or within 4 weeks)",
                       "Recent thoracic, abdominal or eye surgery (within 4 weeks)", "Haemoptysis of unknown origin",
                       "Children below 4 years of age or Pts. unable to follow instructions"],
    users=("Physicians, respiratory therapists, nurses and pulmonary function technicians trained in spirometry as per the "
           "ATS/ERS 2019 standard, in hospitals, clinics and physicians' offices. The Device is not intended for "
           "unsupervised self-testing by Pts. at home."),
    description=[
        "SpiroSathi Go measures flow with a bidirectional digital turbine and integrates the same to volume. The "
        "SPG-PC software grades each manoeuvre as per ATS/ERS 2019 (grades A-F), calculates z-scores with GLI-2012 "
        "reference equations and, for children, displays incentive animations (e.g. blowing out candles) which are "
        "driven by the real-time flow.",
        "The Device is battery powered (rechargeable Li-ion) and uses single-use mouthpieces with filter (SPG-MP)."],
    sota=[
        "Spirometry is the reference test for diagnosis of COPD (GOLD 2025) and supports the diagnosis of asthma (GINA "
        "2024). The ATS/ERS 2019 standard defines accuracy (±2.5 % volume with a 3 L syringe) and acceptability "
        "criteria; from 4 years of age, a majority of children can perform acceptable manoeuvres with coaching and "
        "incentive displays. Alternatives are laboratory pneumotachograph spirometers and peak flow meters."],
    benefits=[("Accurate measurement of lung function", "Agreement of FEV1 and FVC with a reference pneumotachograph (Bland-Altman limits)",
               "Mean difference FEV1 +12 mL, limits of agreement ±118 mL"),
              ("Successful testing in young children", "Proportion of children 4-6 years with acceptable manoeuvres (grade A-C)",
               "81 % with incentive vs 64 % without (Ref. 2)"),
              ("Correct classification of obstruction", "Agreement in classification FEV1/FVC below LLN (kappa)", "kappa 0.93 (Ref. 1)")],
    acceptance=["Volume accuracy within ±2.5 % or 50 mL, whichever is greater", "Limits of agreement for FEV1 within ±150 mL",
                "Acceptable manoeuvres in at least 70 % of children aged 4-6 years"],
    dev_plan=("Two clinical validation studies (SPG-VAL-01 in adults, SPG-VAL-02 in children) were completed; further data "
              "shall come from PMCF as per the PMCF plan."),
    summary=("Two validation studies with 318 Pts. (adults and children from 4 years) show agreement with a reference "
             "spirometer within ATS/ERS limits and a higher success rate in young children with the incentive software."),
    search_date="10-04-2025",
    search_stats="A total of 866 records were screened, 42 full texts were assessed and 15 articles were included.",
    studies=[dict(ref="Ref. 1 SPG-VAL-01", design="Prospective method comparison", n="176", pop="Adults 18-82 years, healthy and COPD/asthma",
                  fu="Single visit", out="FEV1 LoA ±118 mL; kappa 0.93"),
             dict(ref="Ref. 2 SPG-VAL-02", design="Randomised crossover (incentive vs none)", n="142", pop="Children 4-17 years (58 aged 4-6)",
                  fu="Single visit", out="Acceptable 4-6 y: 81 % vs 64 %")],
    clinical_prose=[
        "SPG-VAL-01 compared the Device with a calibrated laboratory pneumotachograph in random order in 176 adults at "
        "Pune and Nashik; the limits of agreement for FEV1 and FVC were within ±150 mL.",
        "SPG-VAL-02 included 142 children, 58 of them aged 4 to 6 years; with the incentive animation, 81 % of the "
        "youngest children achieved acceptable manoeuvres against 64 % without the same."],
    pms="Not yet marketed. The earlier SPG-50 model (no software) sold 6,400 units in India since 2020 without serious incidents.",
    side_effects=["Light-headedness or syncope during forced expiration", "Coughing or bronchospasm",
                  "Cross-infection in case of re-use of mouthpieces", "Misdiagnosis due to poor manoeuvre quality"],
    benefit_risk="The Device provides accurate spirometry with negligible direct risk; the benefit-risk is positive.",
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated for adults and children from 4 years.",
    references=["Ref. 1: SPG-VAL-01 report, Rev. 01, 12-12-2024.", "Ref. 2: SPG-VAL-02 report, Rev. 01, 14-02-2025.",
                "Ref. 3: Graham BL et al. Standardization of Spirometry 2019 Update. Am J Respir Crit Care Med 2019;200:e70-e88.",
                "Ref. 4: Quanjer PH et al. Multi-ethnic reference values for spirometry (GLI-2012). Eur Respir J 2012;40:1324-1343."],
    warnings=["Perform the calibration check with a 3 L syringe daily before use.", "Use a new SPG-MP mouthpiece for each Patient.",
              "Stop the test if the Patient feels dizzy; seat the Patient during testing.",
              "Interpretation of results shall be done by a physician."],
    tech=[("Flow range", "±16 L/s"), ("Volume accuracy", "±2.5 % or 50 mL, whichever is greater"),
          ("Sensor", "Bidirectional digital turbine"), ("Reference equations", "GLI-2012"),
          ("Battery", "Li-ion, about 400 tests per charge"), ("Minimum age", "4 years")],
    steps=["Switch on the Device, enter the Patient data (age, sex, height, ethnicity) and perform the calibration check.",
           "Fit a new mouthpiece, apply the nose clip and instruct the Patient.", "For children, select the incentive animation in the software.",
           "Perform at least three acceptable manoeuvres and review the quality grade."],
    pmcf=dict(
        general="(a) Complaint and vigilance data; (b) literature screening once a year.",
        objectives=[("To confirm the safety and performance of the Device", "General"),
                    ("To collect user satisfaction and feedback on the software", "General")],
        design="Observational survey with a questionnaire to Pts. using the Device and the companion app.",
        population=("Pts. with asthma or COPD shall use the Device at home for daily self-testing of FEV1 and PEF and shall "
                    "upload the same to the companion app; no supervision is foreseen."),
        sample="Sample size: to be defined after the first year of sales.",
        endpoints=["User satisfaction score", "Number of complaints"],
        timeline=[("Start", "To be defined"), ("Report", "Annually")]),
    cear=dict(reviewer_field="pulmonology", clinician="Dr. Henrik Dahl (paediatric pulmonologist)",
              scope_why="It is an active diagnostic device, class IIa (Rule 10).",
              device="Handheld turbine spirometer with PC software and incentive animations. Not novel.",
              sota="SOTA based on ATS/ERS 2019 and GLI-2012. Adequate.",
              data="Two validation studies: 176 adults and 142 children (58 aged 4-6).",
              br="Benefit-risk is positive.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "SPG-VAL-02", "Children 4-6 years: 58 Pts. Accepted.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file=CEP_F, code="SMPL-RA-CEP-058", rev="01", date="20-01-2025"),
          "CER": dict(file="SMPL-CER-SPG_R01.pdf", code="SMPL-RA-CER-058", rev="01", date="05-05-2025"),
          "PMCF": dict(file=PMCF_F, code="SMPL-RA-PMCF-058", rev="00", date="05-05-2025"),
          "IFU-en": dict(file=IFU_EN, code="SPG-IFU-EN", rev="02", date="05-2025"),
          "IFU-pt": dict(file=IFU_PT, code="SPG-IFU-PT", rev="02", date="05-2025"),
          "IFU-fr": dict(file="SpiroSathi_IFU_FR_R02.pdf", code="SPG-IFU-FR", rev="02", date="05-2025"),
          "CEAR": dict(file="NCM-CEAR-2893-25-0288.docx", code="NCM-2893-25-0288", rev="1", date="9 September 2025")},
    tr={"pt": dict(
            purpose=("O SpiroSathi Go destina-se à medição de volumes e fluxos expiratórios forçados (FVC, FEV1, FEV1/FVC, PEF, "
                     "FEF25-75) para apoio ao diagnóstico e monitorização de doenças respiratórias, em hospitais, clínicas e "
                     "consultórios médicos, sob supervisão de um profissional de saúde formado."),
            ind=["Diagnóstico e monitorização de doenças pulmonares obstrutivas, nomeadamente asma e DPOC",
                 "Deteção de padrões ventilatórios restritivos", "Avaliação pré-operatória e rastreio em saúde ocupacional"],
            contra=["Enfarte do miocárdio ou angina instável nos últimos 7 dias", "Pneumotórax (atual ou nas últimas 4 semanas)",
                    "Cirurgia torácica, abdominal ou ocular recente (últimas 4 semanas)", "Hemoptises de origem desconhecida",
                    "Crianças com menos de 6 anos de idade ou doentes incapazes de seguir instruções"],
            pop=("Crianças a partir dos 6 anos de idade e adultos capazes de compreender e realizar uma manobra expiratória "
                 "forçada, com orientação do operador."),
            users=("Médicos, terapeutas respiratórios, enfermeiros e técnicos de função pulmonar formados em espirometria, em "
                   "hospitais, clínicas e consultórios. Não se destina a autoteste sem supervisão no domicílio."),
            warn=["Efetuar diariamente a verificação da calibração com seringa de 3 L.", "Utilizar um bocal SPG-MP novo para cada doente.",
                  "Interromper o teste se o doente sentir tonturas.", "A interpretação dos resultados deve ser feita por um médico."],
            side=["Tonturas ou síncope durante a expiração forçada", "Tosse ou broncospasmo", "Infeção cruzada se os bocais forem reutilizados",
                  "Erro de diagnóstico devido a manobras de má qualidade"],
            tech=[("Gama de fluxo", "±16 L/s"), ("Exatidão de volume", "±2,5 % ou 50 mL"), ("Sensor", "Turbina digital bidirecional"),
                  ("Equações de referência", "GLI-2012"), ("Bateria", "Li-ion, cerca de 400 testes"), ("Idade mínima", "6 anos")],
            steps=["Ligar o dispositivo, introduzir os dados do doente e verificar a calibração.", "Colocar um bocal novo e a mola nasal.",
                   "Para crianças, selecionar a animação de incentivo.", "Realizar pelo menos três manobras aceitáveis."]),
        "fr": dict(
            purpose=("SpiroSathi Go est destiné à la mesure des volumes et débits expiratoires forcés (CVF, VEMS, VEMS/CVF, DEP, "
                     "DEM25-75) pour aider au diagnostic et au suivi des maladies respiratoires, dans les hôpitaux, cliniques et "
                     "cabinets médicaux, sous la supervision d'un professionnel de santé formé."),
            ind=["Diagnostic et suivi des maladies pulmonaires obstructives, à savoir l'asthme et la BPCO",
                 "Détection de troubles ventilatoires restrictifs", "Bilan préopératoire et dépistage en médecine du travail"],
            contra=["Infarctus du myocarde ou angor instable dans les 7 derniers jours", "Pneumothorax (actuel ou dans les 4 semaines)",
                    "Chirurgie thoracique, abdominale ou oculaire récente (4 semaines)", "Hémoptysie d'origine inconnue",
                    "Enfants de moins de 4 ans ou patients incapables de suivre les instructions"],
            pop=("Enfants à partir de 4 ans et adultes capables de comprendre et de réaliser une manœuvre expiratoire forcée, "
                 "avec l'accompagnement de l'opérateur."),
            users=("Médecins, kinésithérapeutes respiratoires, infirmiers et techniciens formés à la spirométrie, dans les hôpitaux, "
                   "cliniques et cabinets. Non destiné à l'autotest sans supervision à domicile."),
            warn=["Vérifier l'étalonnage chaque jour avec une seringue de 3 L.", "Utiliser un embout SPG-MP neuf pour chaque patient.",
                  "Arrêter le test en cas de vertiges.", "L'interprétation des résultats doit être faite par un médecin."],
            side=["Vertiges ou syncope pendant l'expiration forcée", "Toux ou bronchospasme", "Infection croisée en cas de réutilisation des embouts",
                  "Erreur de diagnostic due à des manœuvres de mauvaise qualité"],
            tech=[("Plage de débit", "±16 L/s"), ("Exactitude de volume", "±2,5 % ou 50 mL"), ("Capteur", "Turbine numérique bidirectionnelle"),
                  ("Équations de référence", "GLI-2012"), ("Batterie", "Li-ion, environ 400 tests"), ("Âge minimal", "4 ans")],
            steps=["Allumer l'appareil, saisir les données du patient et vérifier l'étalonnage.", "Mettre un embout neuf et le pince-nez.",
                   "Pour les enfants, choisir l'animation incitative.", "Réaliser au moins trois manœuvres acceptables."])},
    over={"CEP": {"benefits": [
        ("Accurate measurement of lung function", "Agreement of FEV1 and FVC with a reference pneumotachograph (Bland-Altman limits)", ""),
        ("Successful testing in young children", "Proportion of children 4-6 years with acceptable manoeuvres (grade A-C)", ""),
        ("[Insert clinical benefit 3]", "[Insert measurable outcome parameter for CB-3 as per SOTA]", "")]}},
    extra={},
)
F["labels"] = [
    dict(defect="pmcf_home_self_testing_vs_supervised_use", category="care-setting", documents=[PMCF_F, IFU_EN],
         quotes=["shall use the Device at home for daily self-testing of FEV1 and PEF",
                 "The Device is not intended for unsupervised self-testing by Pts. at home."],
         description="The PMCF plan studies unsupervised daily home self-testing, while the intended use is supervised testing in hospitals, clinics and physicians' offices.",
         accept=["pmcf", "intended-use"]),
    dict(defect="pmcf_generic_objectives_no_sample_size", category="pmcf", documents=[PMCF_F],
         quotes=["Sample size: to be defined after the first year of sales.", "To confirm the safety and performance of the Device"],
         description="The PMCF plan has generic objectives, a satisfaction survey design and no sample size or timeline ('to be defined').",
         accept=[]),
    dict(defect="cep_unfilled_template_placeholder", category="template", documents=[CEP_F],
         quotes=["[Insert measurable outcome parameter for CB-3 as per SOTA]"],
         description="The CEP's table of clinical benefits still contains unfilled template placeholders for CB-3.",
         accept=["documentation"]),
    dict(defect="portuguese_ifu_minimum_age_6_years", category="language", documents=[IFU_PT, IFU_EN],
         quotes=["Crianças a partir dos 6 anos de idade e adultos", "Children from 4 years of age and adults who are able to understand"],
         description="The Portuguese IFU gives a minimum age of 6 years (population, contraindication, technical data), whereas the English and French IFUs say 4 years.",
         accept=["population"]),
]

"""aa02 - transcatheter PDA occluder for premature infants from 700 g (III, implantable, CECP)."""
TRADE = "DuctoSeal Micro"
S = dict(
    id="aa02_pda_occluder", trade=TRADE, desc="transcatheter occluder for the patent ductus arteriosus in premature infants",
    maker="Cardionova Medical S.p.A.", maker_addr="Via Borgo Palazzo 140, 24125 Bergamo (BG), Italy", udi="80560117DSMICROPD",
    cls="III", rule="Annex VIII, Rule 8 (implantable device in direct contact with the heart and central circulatory system)", cecp=True,
    nb="NB 2797 Certivia SA (Brussels)",
    scope_txt="The device is a class III implantable device; therefore, as per Article 54(1)(a), the notified body shall follow the clinical "
              "evaluation consultation procedure, none of the exemptions of Article 54(2) being applicable (first certification under the MDR). "
              "An SSCP is provided as per Article 32.",
    cear_cecp="Applicable - Art. 54(1)(a), class III implantable; no exemption of Art. 54(2)",
    code_cep="CN-CEP-DSM-001", rev_cep="03", date_cep="20/11/2024", code_cer="CN-CER-DSM-001", rev_cer="04", date_cer="17/02/2025",
    code_pmcf="CN-PMCF-DSM-001", rev_pmcf="02", date_pmcf="17/02/2025", code_ifu="CN-IFU-DSM", rev_ifu="03", code_sscp="CN-SSCP-DSM-001",
    rev_sscp="01", date_sscp="17/02/2025", code_cear="CV-CEAR-25-0231", date_cear="11/06/2025",
    assessor="Dr. Marie-Claire Dethier", assessor2="Dr. Jan Verhoeven",
    evaluators="Dr. Giulia Sangalli (paediatric interventional cardiologist) and Dr. Stefano Moretti (neonatologist)",
    models=[["DSM-0302", "Occluder, waist 3 mm, length 2 mm", "nitinol, sterile"], ["DSM-0304", "Occluder, waist 3 mm, length 4 mm", "nitinol, sterile"],
            ["DSM-0404", "Occluder, waist 4 mm, length 4 mm", "nitinol, sterile"], ["DSM-0506", "Occluder, waist 5 mm, length 6 mm", "nitinol, sterile"],
            ["DSM-DC04", "Delivery catheter with loading device", "single use"]],
    tech=[["Occluder waist diameter", "3-5 mm", "selection as per angiographic ductal diameter"],
          ["Occluder length", "2-6 mm", "ductal length ≥ 3 mm"],
          ["Delivery catheter size", "4 Fr, compatible with a femoral venous access in infants from 700 g", "length 80 cm"],
          ["Material", "nitinol wire mesh, no fabric", "MR conditional up to 3 T"],
          ["Retrieval", "fully recapturable before release", "up to 3 attempts"]],
    descr="DuctoSeal Micro is a self-expanding occluder made of a single layer of nitinol wire mesh, with low-profile retention discs, foreseen "
          "for the transcatheter closure of the patent ductus arteriosus (PDA) via an anterograde femoral venous approach, under echocardiographic "
          "and fluoroscopic guidance, without the need of an arterial access; it is delivered through a dedicated delivery catheter.",
    ip="DuctoSeal Micro is intended for the permanent transcatheter occlusion of the patent ductus arteriosus in premature infants, neonates and infants.",
    pop="The target population includes premature infants from 700 g of body weight, neonates and infants with a haemodynamically significant "
        "PDA, with a ductal diameter of at most 4 mm and a ductal length of at least 3 mm.",
    ind=["Haemodynamically significant PDA after failure or contraindication of pharmacological closure (i.e. ibuprofen, indomethacin, paracetamol)",
         "PDA with ductal diameter ≤ 4 mm and ductal length ≥ 3 mm"],
    contra=["Body weight below 700 g", "Duct-dependent congenital heart pathology", "Active sepsis or intracardiac thrombus", "Femoral vein not suitable for a 4 Fr catheter"],
    users="Paediatric interventional cardiologists trained in transcatheter PDA closure, in a catheterisation laboratory with on-site cardiac surgery and neonatal intensive care.",
    benefits=[["1", "Effective ductal closure", "Complete closure at 1 month (echocardiography)", "primary"],
              ["2", "Earlier weaning from ventilation", "Days on mechanical ventilation after closure", "secondary"],
              ["3", "Avoidance of surgical ligation", "Rate of surgical ligation within 6 months", "secondary"]],
    accept_txt="The benefit-risk is acceptable when the complete closure rate is non-inferior to surgical ligation and the major complications "
               "(i.e. embolisation, left pulmonary artery or aortic obstruction, tricuspid injury) remain within the state of the art.",
    accept_tab=[["Complete closure at 1 month", "≥ 95,0 %", "SOTA 95-99 %"], ["Device embolisation", "≤ 2,0 %", "SOTA 1-3 %"],
                ["LPA / aortic obstruction", "≤ 3,0 %", "SOTA 1-4 %"], ["Procedure-related mortality", "0 %", "as per SOTA"]],
    sota_plan="The state of the art comprises pharmacological closure, surgical ligation and transcatheter closure with the occluders approved for infants "
              "of at least 700 g; the dedicated literature on extremely premature infants is foreseen to be appraised.",
    cdp="Clinical data derive from the first-in-human study CN-FIH-01, the pivotal study CN-PIV-02 and the published literature on transcatheter closure in premature infants.",
    sota="Surgical ligation of the PDA in premature infants is associated with vocal cord paralysis, chylothorax, post-ligation cardiac syndrome and "
         "long-term neurodevelopmental impairment; transcatheter closure in infants from 700 g has shown closure rates of 95-99 % with major "
         "complications in 2-5 % of cases in the dedicated cohorts published after 2019.",
    sota2="The pharmacological closure remains first line; the transcatheter approach results indicated when the pharmacological closure fails "
          "or is contraindicated, i.e. in case of renal impairment, thrombocytopenia or necrotising enterocolitis.",
    lit="The literature search (last update 08/01/2025) retrieved 268 records; 22 were retained as pertinent, of which 3 concern the device under evaluation.",
    studies=[["1", "CN-FIH-01 (2021)", "prospective, single centre", "18", "6 months", "closure 100 %; no embolisation"],
             ["2", "CN-PIV-02 (2023)", "prospective, multicentre", "96 (weight 700-2.000 g: 71)", "12 months", "closure 97,9 %; embolisation 1,0 %"],
             ["3", "Lindqvist et al. 2024", "retrospective, multicentre", "142", "6 months", "closure 96,5 %; LPA obstruction 2,1 %"]],
    clin=["In the pivotal study CN-PIV-02, 96 patients were implanted (median weight at procedure 1.020 g, range 710-3.400 g); complete closure "
          "at 1 month was documented in 94 patients (97,9 %), one device embolisation was retrieved percutaneously and two cases of mild "
          "LPA flow acceleration resolved within 3 months.",
          "In addition to the human data, the chronic ovine model CN-PRE-07 (12 lambs, 90 days) demonstrated complete endothelialisation of "
          "the occluder; these animal results are considered as clinical data supporting the long-term clinical performance of the device in "
          "premature infants and they complement the 12 months human follow-up.",
          "The data of Lindqvist et al. concern the same occluder models and are pertinent to the target population."],
    perf=[["Complete closure at 1 month", "96,5-97,9 %", "criterion met"], ["Device embolisation", "1,0 %", "criterion met"],
          ["LPA / aortic obstruction", "2,1 %", "criterion met"], ["Procedure-related mortality", "0 %", "criterion met"],
          ["Days on mechanical ventilation after closure", "median 6 days", "CN-PIV-02"], ["Surgical ligation within 6 months", "1,0 %", "CN-PIV-02"]],
    safety=["No procedure-related death was reported; adverse events included device embolisation (1,0 %), LPA flow acceleration (2,1 %), "
            "transient tricuspid regurgitation (3,1 %) and femoral venous thrombosis (2,1 %)."],
    risks=["Device embolisation requiring retrieval", "Left pulmonary artery or aortic coarctation-like obstruction", "Tricuspid valve injury",
           "Femoral venous thrombosis", "Haemolysis due to residual shunt"],
    br="The benefit-risk of DuctoSeal Micro results favourable in premature infants from 700 g, neonates and infants with a haemodynamically significant PDA.",
    pmcf_sum="The PMCF foresees a prospective registry of 200 patients with 5 years of follow-up dedicated to the neurodevelopmental outcome and to the late LPA obstruction.",
    concl="The clinical evidence is considered sufficient for the intended purpose; the long-term outcome is addressed in the PMCF.",
    pm_obj=["To assess the late LPA and aortic obstruction up to 5 years", "To assess the neurodevelopmental outcome at 2 years corrected age",
            "To confirm the embolisation rate in infants below 1.000 g"],
    pm_design="Prospective, multicentre registry in 10 European paediatric cardiology centres.",
    pm_pop="Premature infants from 700 g, neonates and infants implanted with the device in the catheterisation laboratory.",
    pm_n="200 patients allow the detection of an LPA obstruction rate of 3 % with a 95 % confidence interval of ± 2,4 %; at least 80 patients below 1.000 g are foreseen.",
    pm_end=[["1", "LPA / aortic obstruction", "Doppler peak velocity > 2,5 m/s", "1, 2 and 5 years"], ["2", "Neurodevelopment", "Bayley-III", "2 years corrected age"],
            ["3", "Embolisation", "any", "procedure and 30 days"]],
    pm_time=[["First patient in", "10/2025", ""], ["Interim report", "10/2027", ""], ["Final report", "12/2031", ""]],
    warn=["Do not implant in infants below 700 g", "Check by echocardiography the absence of LPA and aortic obstruction before release",
          "Do not advance the delivery catheter against resistance"],
    steps=["Obtain femoral venous access and perform angiography of the ductus", "Select the occluder as per the ductal diameter and length",
           "Advance the delivery catheter anterogradely through the ductus", "Deploy, check the position by echocardiography, then release"],
    sscp_clin="The pivotal study (96 patients, 12 months) showed complete closure in 97,9 % of patients; the PMCF registry of 200 patients follows the patients for 5 years.",
    alts="Pharmacological closure (ibuprofen, indomethacin, paracetamol); surgical ligation; conservative management.",
    patient_txt="This small implant closes a blood vessel (the ductus arteriosus) that stays open in some premature babies; it is placed through a vein in the leg.",
    cear_ip="The device is intended for the transcatheter closure of the PDA in premature infants with a body weight of at least 1.200 g, neonates and infants.",
    obs=[("major", "clinical data in extremely premature infants", "The assessor notes that only 71 patients between 700 and 2.000 g were implanted in the pivotal study.", "To justify the sufficiency of data in the lowest weight range."),
         ("minor", "PMCF", "The registry endpoints are adequate.", "None.")],
    cear_concl="Subject to the closure of observation n° 1, the assessor considers the clinical evidence sufficient. The dossier is transmitted to the expert panel as per Art. 54(1).",
)
S["over"] = {"ifu": {"tech": [r if r[0] != "Delivery catheter size" else ["Delivery catheter size", "5 Fr delivery sheath through the femoral vein", "length 80 cm"] for r in S["tech"]]}}
S["lang"] = {
    "fr": dict(
        ip="DuctoSeal Micro est destiné à l'occlusion percutanée définitive du canal artériel persistant chez les prématurés, les nouveau-nés et les nourrissons.",
        pop="La population cible comprend les prématurés à partir de 500 g de poids corporel, les nouveau-nés et les nourrissons présentant un canal artériel hémodynamiquement significatif.",
        ind=["Canal artériel hémodynamiquement significatif après échec ou contre-indication de la fermeture pharmacologique", "Diamètre canalaire ≤ 4 mm et longueur canalaire ≥ 3 mm"],
        contra=["Cardiopathie congénitale ducto-dépendante", "Sepsis actif ou thrombus intracardiaque", "Veine fémorale inadaptée au cathéter"],
        users="Cardiologues pédiatriques interventionnels formés, en salle de cathétérisme avec chirurgie cardiaque et réanimation néonatale sur site.",
        warn=["Vérifier par échocardiographie l'absence d'obstruction de l'artère pulmonaire gauche et de l'aorte avant le largage", "Ne pas avancer le cathéter contre une résistance"],
        tech=[["Diamètre de la taille", "3-5 mm", ""], ["Longueur", "2-6 mm", ""], ["Cathéter de largage", "gaine 5 Fr par voie veineuse fémorale", "80 cm"], ["Matériau", "nitinol", "IRM conditionnel 3 T"]],
        steps=["Ponction veineuse fémorale et angiographie du canal", "Choix de l'occluseur selon le diamètre et la longueur", "Déploiement, contrôle échographique, largage"]),
    "pl": dict(
        ip="DuctoSeal Micro jest przeznaczony do trwałego przezcewnikowego zamknięcia przetrwałego przewodu tętniczego u wcześniaków, noworodków i niemowląt.",
        pop="Populacja docelowa obejmuje wcześniaki o masie ciała od 700 g, noworodki i niemowlęta z istotnym hemodynamicznie przetrwałym przewodem tętniczym.",
        ind=["Istotny hemodynamicznie przewód tętniczy po nieskutecznym lub przeciwwskazanym leczeniu farmakologicznym", "Średnica przewodu ≤ 4 mm i długość ≥ 3 mm"],
        contra=["Masa ciała poniżej 700 g", "Wada serca zależna od przewodu tętniczego", "Czynna posocznica lub skrzeplina wewnątrzsercowa", "Żyła udowa nieodpowiednia dla cewnika"],
        users="Przeszkoleni kardiolodzy interwencyjni dziecięcy, w pracowni cewnikowania z kardiochirurgią i intensywną terapią noworodka na miejscu.",
        warn=["Nie implantować u dzieci o masie ciała poniżej 700 g", "Przed uwolnieniem sprawdzić echokardiograficznie brak zwężenia lewej tętnicy płucnej i aorty", "Nie przesuwać cewnika wbrew oporowi"],
        tech=[["Średnica talii", "3-5 mm", ""], ["Długość", "2-6 mm", ""], ["Cewnik wprowadzający", "koszulka 5 Fr przez żyłę udową", "80 cm"], ["Materiał", "nitinol", "warunkowo MR 3 T"]],
        steps=["Dostęp przez żyłę udową i angiografia przewodu", "Dobór okludera według średnicy i długości", "Rozprężenie, kontrola echokardiograficzna, uwolnienie"]),
}
DOCS = [("cep", "CN-CEP-DSM-001_rev03.pdf", "en"), ("cer", "CN-CER-DSM-001_rev04_DuctoSeal_Micro.docx", "en"),
        ("pmcf", "CN-PMCF-DSM-001_rev02.md", "en"), ("ifu", "CN-IFU-DSM_EN_rev03.pdf", "en"), ("ifu", "CN-IFU-DSM_FR_rev03.pdf", "fr"),
        ("ifu", "CN-IFU-DSM_PL_rev03.docx", "pl"), ("sscp", "CN-SSCP-DSM-001_rev01.pdf", "en"), ("cear", "CV-CEAR-25-0231_DuctoSeal.docx", "en")]
CER, IFU, FR, CEAR = "CN-CER-DSM-001_rev04_DuctoSeal_Micro.docx", "CN-IFU-DSM_EN_rev03.pdf", "CN-IFU-DSM_FR_rev03.pdf", "CV-CEAR-25-0231_DuctoSeal.docx"
LABELS = [
    dict(defect="weight_lower_bound_cear_vs_cer", category="population", rule=None, documents=[CER, CEAR],
         quotes=["The target population includes premature infants from 700 g of body weight",
                 "in premature infants with a body weight of at least 1.200 g, neonates and infants"],
         description="The CEAR restricts the population to infants of at least 1.200 g whereas the CER (and IFU) claim premature infants from 700 g.",
         accept=["intended-use"]),
    dict(defect="delivery_catheter_size_cer_vs_ifu", category="specification", rule=None, documents=[CER, IFU],
         quotes=["4 Fr, compatible with a femoral venous access in infants from 700 g", "5 Fr delivery sheath through the femoral vein"],
         description="The delivery system is 4 Fr in the CER but 5 Fr in the IFU technical data, which matters for the femoral vein of a 700 g infant.",
         accept=["plausibility", "device-identity"]),
    dict(defect="french_ifu_weight_500g", category="language", rule=None, documents=[FR, IFU],
         quotes=["La population cible comprend les prématurés à partir de 500 g de poids corporel",
                 "The target population includes premature infants from 700 g of body weight"],
         description="The French IFU lowers the weight limit to 500 g and omits the contraindication below 700 g present in the English IFU.",
         accept=["population"]),
    dict(defect="ovine_model_as_clinical_data", category="evidence", rule=None, documents=[CER],
         quotes=["these animal results are considered as clinical data supporting the long-term clinical performance of the device in premature infants"],
         description="A 12-lamb animal study is presented as clinical data supporting long-term performance in premature infants.",
         accept=["claim"]),
]

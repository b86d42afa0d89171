"""aa05 - endoscopic haemostatic powder for upper GI bleeding (III, Rule 18, not implantable). CLEAN."""
TRADE = "HemoVeil Endo"
S = dict(
    id="aa05_haemostatic_powder", trade=TRADE, desc="endoscopic chitosan-based haemostatic powder for non-variceal upper gastrointestinal bleeding",
    maker="Gastrotech Italia S.r.l.", maker_addr="Corso Stati Uniti 21, 10128 Torino (TO), Italy", udi="80512345HEMOVEILEN",
    cls="III", rule="Annex VIII, Rule 18 (device manufactured utilising non-viable derivatives of animal origin, i.e. chitosan from crustacean shells)",
    cecp=False, nb="NB 2797 Certivia SA (Brussels)",
    scope_txt="HemoVeil Endo is a class III device which is neither implantable (the powder layer sloughs off into the lumen within 24-72 hours) nor "
              "active; therefore it results outside the scope of Article 54(1) and the clinical evaluation consultation procedure is not applicable. "
              "As class III device, an SSCP is provided as per Article 32.",
    cear_cecp="Not applicable - class III, not implantable, not active",
    code_cep="GT-CEP-HV-01", rev_cep="02", date_cep="10/06/2024", code_cer="GT-CER-HV-01", rev_cer="02", date_cer="15/11/2024",
    code_pmcf="GT-PMCF-HV-01", rev_pmcf="02", date_pmcf="15/11/2024", code_ifu="GT-IFU-HV", rev_ifu="03", code_sscp="GT-SSCP-HV-01",
    rev_sscp="02", date_sscp="15/11/2024", code_cear="CV-CEAR-25-0019", date_cear="30/01/2025",
    assessor="Dr. Nathalie Gérard", assessor2="Dr. Wim Jacobs",
    evaluators="Dr. Alessandro Ferraris (gastroenterologist, interventional endoscopy) and Dr. Laura Benedetti (clinical affairs)",
    models=[["HV-10", "Cartridge with 10 g of powder and delivery catheter 10 Fr, 220 cm", "single use"],
            ["HV-20", "Cartridge with 20 g of powder and delivery catheter 10 Fr, 220 cm", "single use"],
            ["HV-CO2", "CO2 propellant canister", "single use"]],
    tech=[["Powder", "chitosan 85 % and calcium alginate 15 %", "particle size 50-150 µm"], ["Delivery catheter", "10 Fr, length 220 cm", "for working channel ≥ 3,7 mm"],
          ["Propellant", "medical CO2", "delivery pressure 1,5-2,0 bar"], ["Maximum dose per procedure", "20 g", "i.e. one HV-20 cartridge or two HV-10"],
          ["Persistence on mucosa", "24-72 hours", "then sloughed into the lumen"]],
    descr="HemoVeil Endo is a haemostatic powder made of chitosan (derived from crustacean shells) and calcium alginate, delivered through the working "
          "channel of a therapeutic gastroscope by means of a CO2-propelled catheter; in contact with blood the powder absorbs water, concentrates "
          "platelets and clotting factors and forms an adherent gel barrier over the bleeding site.",
    ip="HemoVeil Endo is intended for the endoscopic haemostasis of non-variceal upper gastrointestinal bleeding in adult patients, as primary or as rescue therapy.",
    pop="Adult patients (18 years and older) with active non-variceal upper gastrointestinal bleeding (i.e. peptic ulcer bleeding, tumour bleeding, post-endoscopic bleeding).",
    ind=["Active non-variceal upper GI bleeding, Forrest Ia and Ib", "Bleeding from upper GI tumours", "Bleeding after endoscopic interventions (e.g. polypectomy, EMR, ESD)",
         "Rescue therapy after failure of conventional haemostasis"],
    contra=["Variceal bleeding", "Known allergy to shellfish or crustaceans", "Gastrointestinal perforation or fistula", "Working channel below 3,7 mm"],
    users="Gastroenterologists and endoscopists trained in therapeutic endoscopy, in the hospital endoscopy unit or operating theatre.",
    benefits=[["1", "Immediate haemostasis", "Haemostasis within 5 minutes of application", "primary"],
              ["2", "Prevention of early rebleeding", "Rebleeding within 7 days", "primary"],
              ["3", "Reduced need of surgery or TAE", "Rate of surgery or embolisation at 30 days", "secondary"]],
    accept_txt="The benefit-risk is acceptable when the immediate haemostasis and the 7-day rebleeding rate are within the state of the art of the "
               "haemostatic powders and conventional therapy, and no device-related serious adverse event exceeds 1 %.",
    accept_tab=[["Immediate haemostasis", "≥ 90,0 %", "SOTA 88-97 %"], ["Rebleeding at 7 days", "≤ 20,0 %", "SOTA 10-25 %"],
                ["Device-related SAE (e.g. obstruction, perforation)", "≤ 1,0 %", ""]],
    sota_plan="The state of the art includes injection therapy, thermal coagulation, clips (TTS and OTS) and the inorganic or polysaccharide haemostatic powders on the market.",
    cdp="Clinical data derive from the pivotal investigation GT-CI-05 with HemoVeil Endo and from the published literature on the device; no equivalence is claimed.",
    sota="Conventional dual endoscopic therapy achieves haemostasis in about 90 % of peptic ulcer bleedings; haemostatic powders achieve immediate "
         "haemostasis in 88-97 % of cases but with rebleeding rates of 10-25 % at 7 days, especially in tumour bleeding; the ESGE guideline (2021) "
         "suggests powders as temporary or rescue therapy and in malignant bleeding.",
    sota2="The powders are non-contact and do not require precise targeting, which is relevant for diffuse oozing and for difficult positions.",
    lit="The literature search (03/09/2024) retrieved 187 records; 14 were retained, 5 concerning HemoVeil Endo.",
    studies=[["1", "GT-CI-05 (2023)", "prospective, multicentre, single arm", "126", "30 days", "haemostasis 93,7 %; rebleeding 7 days 11,9 %"],
             ["2", "Moreau et al. 2024", "prospective cohort", "84 (tumour bleeding)", "30 days", "haemostasis 95,2 %; rebleeding 7 days 19,0 %"],
             ["3", "Pellegrini et al. 2022", "retrospective", "61 (rescue)", "30 days", "haemostasis 88,5 %"]],
    clin=["The investigation GT-CI-05 enrolled 126 adult patients (mean age 69,2 years) with active non-variceal bleeding in 7 centres in Italy and "
          "France; immediate haemostasis was obtained in 118 patients (93,7 %) and rebleeding at 7 days occurred in 15 (11,9 %); surgery or "
          "embolisation within 30 days was needed in 4,0 %.",
          "The cohorts of Moreau et al. and Pellegrini et al. confirm the performance in tumour bleeding and as rescue therapy, which are both "
          "claimed indications; all the indications of the IFU are therefore covered by clinical data with the device."],
    perf=[["Immediate haemostasis", "88,5-95,2 %", "criterion met"], ["Rebleeding at 7 days", "11,9-19,0 %", "criterion met"],
          ["Surgery or TAE at 30 days", "4,0 %", "GT-CI-05"], ["Device-related SAE", "0,8 %", "criterion met"]],
    safety=["One case of catheter occlusion requiring replacement and one transient abdominal distension due to CO2 were reported; no perforation "
            "nor embolic event was related to the device (device-related SAE 0,8 %)."],
    risks=["Rebleeding", "Catheter occlusion by moisture", "Abdominal distension due to CO2", "Allergic reaction in patients allergic to crustaceans",
           "Impaired visibility for subsequent endoscopic therapy"],
    br="The benefit-risk of HemoVeil Endo results favourable for the endoscopic haemostasis of non-variceal upper GI bleeding in adults, as primary or rescue therapy.",
    pmcf_sum="The PMCF foresees a prospective registry of 250 adult patients with 30 days of follow-up, dedicated to rebleeding and to the use in tumour bleeding.",
    concl="The clinical evidence is sufficient to confirm the conformity with the relevant GSPR for the intended purpose; rebleeding in tumour bleeding is followed in the PMCF.",
    pm_obj=["To confirm the 7-day rebleeding rate in tumour bleeding", "To estimate the rate of catheter occlusion", "To detect allergic reactions"],
    pm_design="Prospective, multicentre registry in 10 endoscopy units in Italy and France.",
    pm_pop="Adult patients (18 years and older) with non-variceal upper GI bleeding treated with HemoVeil Endo in the hospital endoscopy unit.",
    pm_n="250 patients (at least 80 with tumour bleeding) allow to estimate a rebleeding rate of 15 % with a 95 % confidence interval of ± 4,4 %.",
    pm_end=[["1", "Rebleeding", "clinical and endoscopic", "7 and 30 days"], ["2", "Immediate haemostasis", "no bleeding after 5 minutes", "procedure"],
            ["3", "Device-related SAE", "any", "30 days"]],
    pm_time=[["First patient in", "03/2025", ""], ["Interim report", "03/2026", ""], ["Final report", "09/2027", ""]],
    warn=["Do not use in patients with known allergy to shellfish or crustaceans", "Keep the catheter tip dry before the application to avoid occlusion",
          "Do not exceed 20 g per procedure", "Do not apply in contact with the mucosa: keep a distance of 1-2 cm"],
    steps=["Identify the bleeding site and remove the clots when possible", "Insert the catheter in the working channel without suction",
           "Apply the powder in short bursts of 1-2 seconds from 1-2 cm until complete coverage", "Observe for 5 minutes to confirm the haemostasis"],
    sscp_clin="The investigation GT-CI-05 (126 patients) showed immediate haemostasis in 93,7 % and rebleeding at 7 days in 11,9 %; the PMCF registry follows 250 patients.",
    alts="Injection therapy, thermal coagulation, clips, transarterial embolisation (TAE), surgery.",
    patient_txt="HemoVeil Endo is a powder sprayed during gastroscopy on a bleeding point of the stomach or duodenum to stop the bleeding; it leaves the body naturally within a few days.",
    cear_ip="HemoVeil Endo is intended for endoscopic haemostasis of non-variceal upper GI bleeding in adults, as primary or rescue therapy, in the hospital endoscopy unit.",
    obs=[("minor", "SSCP", "The assessor notes that the allergy to crustaceans is well reported in the SSCP and in the IFU.", "None."),
         ("minor", "PMCF", "The PMCF objectives are linked to the residual risks.", "None.")],
    cear_concl="The clinical evidence is considered sufficient; all the indications are supported by clinical data with the device. The device is outside the scope of Art. 54.",
)
S["lang"] = {"fr": dict(
    ip="HemoVeil Endo est destiné à l'hémostase endoscopique des hémorragies digestives hautes non variqueuses chez l'adulte, en première intention ou en traitement de sauvetage.",
    pop="Patients adultes (18 ans et plus) présentant une hémorragie digestive haute non variqueuse active (ulcère peptique, tumeur, saignement post-endoscopique).",
    ind=["Hémorragie digestive haute non variqueuse active, Forrest Ia et Ib", "Saignement de tumeurs digestives hautes", "Saignement après intervention endoscopique (polypectomie, EMR, ESD)",
         "Traitement de sauvetage après échec de l'hémostase conventionnelle"],
    contra=["Hémorragie variqueuse", "Allergie connue aux crustacés ou fruits de mer", "Perforation ou fistule digestive", "Canal opérateur inférieur à 3,7 mm"],
    users="Gastro-entérologues et endoscopistes formés à l'endoscopie thérapeutique, en unité d'endoscopie hospitalière ou au bloc opératoire.",
    warn=["Ne pas utiliser chez les patients allergiques aux crustacés ou fruits de mer", "Garder l'extrémité du cathéter sèche avant l'application", "Ne pas dépasser 20 g par procédure",
          "Ne pas appliquer au contact de la muqueuse : garder une distance de 1-2 cm"],
    tech=[["Poudre", "chitosane 85 % et alginate de calcium 15 %", "50-150 µm"], ["Cathéter", "10 Fr, 220 cm", "canal opérateur ≥ 3,7 mm"],
          ["Gaz propulseur", "CO2 médical", "1,5-2,0 bar"], ["Dose maximale", "20 g", ""]],
    steps=["Identifier le site hémorragique", "Introduire le cathéter sans aspiration", "Appliquer par brèves impulsions de 1-2 secondes à 1-2 cm", "Observer 5 minutes"])}
DOCS = [("cep", "GT-CEP-HV-01_rev02.pdf", "en"), ("cer", "GT-CER-HV-01_rev02_HemoVeil.docx", "en"), ("pmcf", "GT-PMCF-HV-01_rev02.docx", "en"),
        ("ifu", "GT-IFU-HV_EN_rev03.pdf", "en"), ("ifu", "GT-IFU-HV_FR_rev03.pdf", "fr"), ("sscp", "GT-SSCP-HV-01_rev02.pdf", "en"),
        ("cear", "CV-CEAR-25-0019_HemoVeil.docx", "en")]
LABELS = []

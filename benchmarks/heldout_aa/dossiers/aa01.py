"""aa01 - endoscopic saphenous vein harvesting system (IIb). CLEAN."""
TRADE = "VenaLume EVH System"
S = dict(
    id="aa01_evh", trade=TRADE, desc="endoscopic saphenous vein harvesting system for coronary artery bypass grafting",
    maker="Meridiana Surgical S.r.l.", maker_addr="Via Tortona 27, 20144 Milano (MI), Italy", udi="80541230VLEVH01KQ",
    cls="IIb", rule="Annex VIII, Rule 9 (active therapeutic device delivering bipolar energy)", cecp=False, nb="NB 2797 Certivia SA (Brussels)",
    scope_txt="The device is a non-implantable class IIb active device which does not administer nor remove medicinal products; therefore it results "
              "outside the scope of Article 54(1) and the clinical evaluation consultation procedure is not applicable. Being neither implantable "
              "nor class III, no SSCP as per Article 32 is foreseen.",
    cear_cecp="Not applicable: class IIb active device not intended to administer or remove a medicinal product; not implantable",
    code_cep="MS-CEP-0412", rev_cep="02", date_cep="14/01/2025", code_cer="MS-CER-0412", rev_cer="03", date_cer="03/03/2025",
    code_pmcf="MS-PMCFP-0412", rev_pmcf="02", date_pmcf="03/03/2025", code_ifu="MS-IFU-0412", rev_ifu="05", code_cear="CV-CEAR-25-0188",
    date_cear="22/05/2025", assessor="Dr. Hélène Vandenbroucke", assessor2="Ir. Pieter Claeys",
    evaluators="Dr. Chiara Bellotti (cardiac surgeon, 14 years of experience) and Ing. Marco Zanetti (biomedical engineer)",
    models=[["VL-3045", "Harvesting cannula with integrated bipolar scissor, 45 cm", "single use, sterile (EO)"],
            ["VL-0701", "Dissection tip with conical transparent dome", "single use, sterile (EO)"],
            ["VL-G200", "Bipolar generator with CO2 insufflation module", "reusable capital equipment"]],
    tech=[["Working length of the cannula", "45 cm", "allows harvest from the knee to the groin"],
          ["Outer diameter of the cannula", "12 mm", "introduced through a 2,0-2,5 cm skin incision"],
          ["Bipolar output power", "from 25 to 35 W", "default 30 W"],
          ["CO2 insufflation pressure", "10-12 mmHg", "maximum flow 3 L/min"],
          ["Compatible endoscope", "5 mm, 0°, length 42 cm", "not supplied"],
          ["Sterilisation", "ethylene oxide", "cannula and dissection tip"]],
    descr="The VenaLume EVH System consists of a single-use harvesting cannula with an integrated bipolar scissor for the sealing and "
          "transection of the venous side branches, a transparent conical dissection tip, and a reusable bipolar generator equipped with a "
          "CO2 insufflation module; the vein is dissected under endoscopic vision through a single incision at the level of the knee, i.e. "
          "without the long leg incision of the open technique, and it is extracted for use as conduit in coronary artery bypass grafting (CABG).",
    ip="The VenaLume EVH System is intended for the endoscopic harvesting of the great saphenous vein, to be used as autologous conduit "
       "in coronary artery bypass grafting, in adult patients.",
    pop="Adult patients (18 years and older) undergoing CABG in whom the great saphenous vein is foreseen as conduit.",
    ind=["Harvesting of the great saphenous vein for CABG, in patients for whom the surgeon foresees a venous conduit",
         "Patients at increased risk of leg wound complications (e.g. diabetes mellitus, obesity with BMI above 30, peripheral arterial disease)"],
    contra=["Great saphenous vein with previous thrombophlebitis, varicose degeneration or previous stripping",
            "Active infection of the lower limb at the site of access",
            "Patients younger than 18 years"],
    users="Cardiac surgeons and physician assistants trained in endoscopic vein harvesting, in the cardiac operating theatre of a hospital.",
    benefits=[["1", "Reduction of leg wound complications versus open harvesting", "Leg wound infection or dehiscence within 30 days", "primary"],
              ["2", "Preserved conduit quality", "Graft patency at 12 months (CT angiography or coronary angiography)", "non-inferiority vs open harvesting"],
              ["3", "Reduced post-operative leg pain", "Pain score (VAS 0-10) at day 5", "secondary"]],
    accept_txt="The benefit-risk is acceptable when the leg wound complication rate is lower than the open technique and the graft patency "
               "and the major adverse cardiac events (MACE) are non-inferior, as per the state of the art identified in the literature.",
    accept_tab=[["Leg wound complications at 30 days", "< 6,0 %", "open technique 13-19 % (SOTA)"],
                ["Graft patency at 12 months", "≥ 85,0 %", "non-inferiority margin 5 %"],
                ["MACE at 12 months", "≤ 10,0 %", "SOTA 7-11 %"],
                ["Conversion to open harvesting", "≤ 5,0 %", "learning curve included"]],
    sota_plan="The state of the art comprises open harvesting with continuous or bridged incisions and the endoscopic harvesting systems "
              "available on the market; the 2018 ESC/EACTS guidelines on myocardial revascularisation indicate endoscopic harvesting, when "
              "performed by experienced operators, as a measure to reduce leg wound complications.",
    cdp="Clinical data derive from the published literature on the device and on the state of the art, from the pre-market clinical investigation "
        "MS-CIP-0398 (NCT-registered, 160 patients, 12 months) performed with the device itself, and from the PMCF activities; no equivalence "
        "claim is foreseen.",
    sota="Open saphenous vein harvesting is associated with leg wound complications in 13-19 % of patients, with higher rates in diabetic "
         "and obese patients; endoscopic harvesting reduces these complications to 2-6 % as per the meta-analyses and the randomised trials "
         "(e.g. REGROUP), with graft patency and MACE at one year comparable to open harvesting when performed by trained operators.",
    sota2="Alternative conduits (i.e. internal thoracic arteries and radial artery) are complementary and not competing: in multi-vessel CABG "
          "the saphenous vein remains the most used conduit, therefore the device addresses a dedicated and relevant clinical need.",
    lit="The literature search (last update 10/01/2025) identified 412 records; after the removal of duplicates and the screening of titles, "
        "abstracts and full texts, 19 publications were retained as pertinent, of which 6 concern the device under evaluation.",
    studies=[["1", "MS-CIP-0398 (2022)", "prospective, multicentre, single arm", "160", "12 months", "leg wound complications 3,1 %; patency 88,6 %"],
             ["2", "Ferri et al. 2023", "retrospective, single centre", "214", "30 days", "leg wound complications 4,2 %; conversion 1,9 %"],
             ["3", "Hoekstra et al. 2021", "prospective registry", "305", "12 months", "MACE 7,9 %; patency 87,1 %"],
             ["4", "Zeller et al. 2024", "comparative cohort vs open", "1.120", "12 months", "wound complications 3,6 % vs 15,8 %"]],
    clin=["The pre-market investigation MS-CIP-0398 enrolled 160 adult patients (mean age 66,4 years; 38 % diabetic) in four Italian and Belgian "
          "centres; the leg wound complication rate at 30 days was 3,1 % (5/160), the graft patency at 12 months assessed by CT angiography "
          "was 88,6 % and no conversion to open harvesting due to device malfunction occurred.",
          "The comparative cohort of Zeller et al. (1.120 patients, 560 per arm, propensity-matched) confirmed a relative reduction of leg "
          "wound complications of about 77 % versus open harvesting, with MACE at 12 months of 8,2 % versus 8,9 % (not significant); the "
          "data are considered pertinent since the same device models VL-3045 and VL-0701 were used."],
    perf=[["Leg wound complications at 30 days", "3,1-4,2 %", "criterion < 6,0 % met"],
          ["Graft patency at 12 months", "87,1-88,6 %", "criterion ≥ 85,0 % met"],
          ["MACE at 12 months", "7,9-8,2 %", "criterion ≤ 10,0 % met"],
          ["Conversion to open harvesting", "1,9 %", "criterion ≤ 5,0 % met"],
          ["Pain score (VAS) at day 5", "2,1 vs 4,3 (open)", "Zeller et al. 2024"]],
    safety=["No death nor serious adverse device effect was attributed to the device in the investigation; the adverse events related to the "
            "procedure were haematoma of the tunnel (4,4 %), transient paraesthesia of the saphenous nerve (2,5 %) and superficial wound "
            "infection (1,9 %).",
            "The vigilance databases reported 7 complaints in 2021-2024 (about 9.800 units sold), mainly related to the sealing of side branches; "
            "none resulted in serious injury."],
    risks=["Haematoma along the harvesting tunnel", "Thermal injury of the vein or of the saphenous nerve", "Bleeding from side branches not properly sealed",
           "CO2 embolism (very rare)", "Conversion to open harvesting"],
    br="Considering the reduction of leg wound complications and the non-inferior graft patency and MACE, the benefit-risk of the device results "
       "favourable for the intended purpose and the target population, i.e. adult patients undergoing CABG.",
    pmcf_sum="The PMCF plan MS-PMCFP-0412 foresees a prospective registry of 300 adult CABG patients in 6 European centres, with follow-up at 30 days "
             "and 12 months, dedicated to the residual risks of thermal injury and to the long-term patency.",
    concl="The clinical evidence is sufficient to demonstrate conformity with the relevant GSPR 1 and 8 for the intended purpose, indications "
          "and target population here described; the residual uncertainties on patency beyond 12 months are addressed by the PMCF.",
    pm_obj=["To confirm the graft patency at 12 months (≥ 85,0 %) in routine practice", "To estimate the rate of thermal injury of the vein and of the saphenous nerve",
            "To monitor the leg wound complication rate in diabetic and obese patients"],
    pm_design="Prospective, multicentre, single-arm registry in 6 European cardiac surgery centres, with consecutive enrolment.",
    pm_pop="Adult patients (18 years and older) undergoing CABG with endoscopic harvesting of the great saphenous vein by means of the device, in the hospital cardiac operating theatre.",
    pm_n="A sample of 300 patients allows the estimation of a patency of 88 % with a 95 % confidence interval half-width of 3,7 %; considering a "
         "loss to follow-up of 10 %, 330 patients are foreseen.",
    pm_end=[["1", "Graft patency", "CT angiography", "12 months"], ["2", "Leg wound complications", "infection or dehiscence", "30 days"],
            ["3", "Saphenous nerve injury", "paraesthesia persisting > 3 months", "12 months"]],
    pm_time=[["First patient in", "09/2025", ""], ["Last patient in", "06/2027", ""], ["Interim report", "12/2026", "feeds the CER update"], ["Final report", "09/2028", ""]],
    warn=["Use the device only with the VL-G200 generator; do not exceed 35 W", "Keep the insufflation pressure at or below 12 mmHg to reduce the risk of CO2 embolism",
          "Do not reuse nor resterilise the single-use components"],
    steps=["Perform a 2,0-2,5 cm skin incision above the knee and identify the great saphenous vein",
           "Introduce the cannula with the dissection tip and start the CO2 insufflation at 10-12 mmHg",
           "Dissect the vein under endoscopic vision and seal each side branch with the bipolar scissor before transection",
           "Ligate the proximal end, extract the vein and check it for leaks before grafting"],
    cear_ip="The device is intended for the endoscopic harvesting of the great saphenous vein, used as conduit in CABG, in adult patients (18 years "
            "and older), by trained cardiac surgeons in the operating theatre.",
    obs=[("minor", "literature search", "The assessor notes that the search strings are provided only in the annex of the CEP.", "To be clarified in the next CER update; no impact on the conclusion."),
         ("minor", "PMCF", "The PMCF registry is adequately dimensioned; the assessor notes that the nerve injury endpoint is well defined.", "None; to be reported in the PMCF evaluation report.")],
    cear_concl="The clinical evidence is considered sufficient for the intended purpose and target population; the manufacturer responses to the "
               "observations are acceptable. No consultation of the expert panel is required (device outside Art. 54).",
)
S["lang"] = {"it": dict(
    ip="Il sistema VenaLume EVH è destinato al prelievo endoscopico della vena grande safena, da utilizzare come condotto autologo nel bypass aorto-coronarico, in pazienti adulti.",
    pop="Pazienti adulti (18 anni e oltre) sottoposti a bypass aorto-coronarico per i quali è previsto l'uso della vena grande safena.",
    ind=["Prelievo della vena grande safena per bypass aorto-coronarico, quando il chirurgo prevede un condotto venoso",
         "Pazienti ad aumentato rischio di complicanze della ferita (ad es. diabete mellito, obesità con BMI superiore a 30, arteriopatia periferica)"],
    contra=["Vena grande safena con pregressa tromboflebite, degenerazione varicosa o pregresso stripping", "Infezione attiva dell'arto inferiore nel sito di accesso", "Pazienti di età inferiore a 18 anni"],
    users="Cardiochirurghi e assistenti addestrati al prelievo endoscopico, nella sala operatoria cardiochirurgica dell'ospedale.",
    warn=["Utilizzare il dispositivo solo con il generatore VL-G200; non superare 35 W", "Mantenere la pressione di insufflazione pari o inferiore a 12 mmHg per ridurre il rischio di embolia gassosa da CO2",
          "Non riutilizzare né risterilizzare i componenti monouso"],
    tech=[["Lunghezza utile della cannula", "45 cm", ""], ["Diametro esterno della cannula", "12 mm", "incisione cutanea di 2,0-2,5 cm"],
          ["Potenza bipolare", "da 25 a 35 W", "default 30 W"], ["Pressione di insufflazione CO2", "10-12 mmHg", "flusso massimo 3 L/min"],
          ["Endoscopio compatibile", "5 mm, 0°, lunghezza 42 cm", "non fornito"], ["Sterilizzazione", "ossido di etilene", ""]],
    steps=["Eseguire un'incisione cutanea di 2,0-2,5 cm sopra il ginocchio e identificare la vena grande safena",
           "Introdurre la cannula e avviare l'insufflazione di CO2 a 10-12 mmHg",
           "Dissezionare la vena sotto visione endoscopica e sigillare ogni collaterale con la forbice bipolare prima della sezione",
           "Legare l'estremità prossimale, estrarre la vena e verificarne la tenuta prima dell'impiego"])}
DOCS = [("cep", "MS-CEP-0412_rev02_Clinical_Evaluation_Plan.docx", "en"),
        ("cer", "MS-CER-0412_rev03_CER_VenaLume.pdf", "en"),
        ("pmcf", "MS-PMCFP-0412_rev02_PMCF_Plan.md", "en"),
        ("ifu", "MS-IFU-0412_EN_rev05.pdf", "en"),
        ("ifu", "MS-IFU-0412_IT_rev05.pdf", "it"),
        ("cear", "CV-CEAR-25-0188_VenaLume.docx", "en")]
LABELS = []

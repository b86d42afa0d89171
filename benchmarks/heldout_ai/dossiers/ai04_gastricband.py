from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai04_gastricband"
DEVICE = "SlimBand AGB-2 adjustable gastric band with access port, adults with morbid obesity"
DEVICE_CLASS = "III"

d = dict(
    mfr="Atsuta Surgical Co., Ltd., 1-1-1 Jingu, Atsuta-ku, Nagoya 456-0031, Japan",
    eu="Atsuta Surgical Europe GmbH, Graf-Adolf-Straße 70, 40210 Düsseldorf, Germany",
    name="SlimBand AGB-2 Adjustable Gastric Band", model="AGB-2S (10.0 cm) / AGB-2L (11.0 cm), with access port AP-2",
    budi="4582210AGB2SL", cls="Class III, Rule 8 (long-term implantable, implanted by laparoscopy)")

PURPOSE = ("The said device is placed laparoscopically around the upper part of the stomach, to create a small pouch and a "
           "stoma of adjustable size. The restriction is adjusted by injection or removal of saline through the subcutaneous access port.")
POP_EN = ("Object patient: adults from 18 to 65 years of age with a body mass index (BMI) of 40 kg/m² or more, or 35 kg/m² or more "
          "with at least one obesity-related comorbidity, who failed supervised non-surgical weight-loss programmes.")
IND = ["Morbid obesity according to the above BMI criteria",
       "Obesity with type 2 diabetes, hypertension, or obstructive sleep apnoea, when BMI is 35 kg/m² or more"]
CONTRA = ["Inflammatory disease of the gastrointestinal tract (e.g. Crohn's disease, severe oesophagitis, gastric ulcer)",
          "Large hiatal hernia (more than 5 cm) or oesophageal motility disorder",
          "Portal hypertension, oesophageal or gastric varices",
          "Pregnancy, or plan of pregnancy within 12 months",
          "Alcohol or drug dependence; patient who cannot follow the dietary and follow-up requirements",
          "Known allergy to silicone or titanium"]

CEP = cep(d, dict(
    docno="ATS-CEP-AGB2", rev="2", date="2024/10/01",
    purpose=PURPOSE, population=POP_EN, indications=IND, contra=CONTRA,
    benefits=[["Weight loss", "% excess weight loss (%EWL)", "12, 24, 60 months"],
              ["Remission of comorbidity", "HbA1c < 6.5 % without medication; blood pressure", "24 and 60 months"],
              ["Quality of life", "BAROS / IWQOL-Lite", "12 and 60 months"]],
    acceptance=["Mean %EWL at 24 months at least 40 %", "Band removal for complication within 5 years not more than 15 %",
                "Band slippage or pouch dilatation not more than 8 % at 5 years", "Erosion not more than 1.5 % at 5 years"],
    cdp=["Clinical data are taken from the AGB-1 (predecessor) clinical investigation and registry, and from the clinical "
         "investigation SB-EU-01 of the AGB-2 with 5-year follow-up (ongoing). PMCF continues the registry."],
    cecp="The subject device is class III implantable. The consultation procedure (MDR Article 54(1)(a)) applies.",
    author="R. Kato (Clinical Research, Nagoya)", approver="J. Wagner (Regulatory Affairs, Düsseldorf)"), style="chapter")

CER = cer(d, dict(
    docno="ATS-CER-AGB2", rev="3", date="2025/01/28",
    scope="The report covers the band in two sizes, the access port AP-2 and the tubing, and the calibration tube CT-2 (accessory).",
    description=["The band is made of implant-grade silicone with an inner inflatable balloon which is connected with a 50 cm tubing "
                 "to the titanium access port. The maximum fill volume of the band is 14 mL for both sizes; the band is placed "
                 "empty and the first adjustment is done 6 weeks after surgery.",
                 "The AGB-2 differs from the AGB-1 by a low-pressure, wider (13 mm) balloon, and a new port septum."],
    variants=[["Model", "Circumference", "Balloon width", "Port"], ["AGB-2S", "10.0 cm", "13 mm", "AP-2"], ["AGB-2L", "11.0 cm", "13 mm", "AP-2"]],
    purpose=PURPOSE, population=POP_EN, indications=IND, contra=CONTRA,
    users="Bariatric surgeons with laparoscopic experience, in hospital; adjustments by bariatric physicians in the outpatient clinic under fluoroscopy or ultrasound.",
    sota=["Bariatric surgery is the most effective treatment of morbid obesity. Sleeve gastrectomy and Roux-en-Y gastric bypass are "
          "the most common procedures today; gastric banding decreased because of the higher re-operation rate, but it remains "
          "an option as it is reversible and does not change the anatomy.",
          "Long-term results of gastric banding: %EWL 40–55 % at 5–10 years; band removal 12–35 %; slippage 4–14 %; erosion 0.5–3 %."],
    literature=["Search 2024/11/11 in PubMed, Embase; 44 papers on adjustable gastric bands with follow-up of 2 years or more."],
    ci=["SB-EU-01: prospective, 6 sites (DE, RO, HU, BG), 164 patients, mean BMI 43.1 kg/m², mean age 41 years. At 24 months "
        "(n = 151) mean %EWL was 47.2 %; at 36 months (n = 122) 49.0 %. Band removal 3.7 %, slippage 2.4 %, port complications 4.3 %."],
    equivalence=["For the long-term data (5 years and more), clinical equivalence is claimed to the intragastric balloon "
                 "OrbiBalloon (Orbis Medical), because both devices act by gastric restriction and reduce the food intake.",
                 "Technical and biological characteristics are compared in Annex 6. Both devices are made of silicone."],
    pms="AGB-1: 23,400 units sold in Japan and EU since 2012. Removal rate from complaint data 1.1 % per year (under-reporting is expected).",
    performance=["%EWL at 24 and 36 months exceeds the acceptance criterion of 40 %. With the equivalence to the OrbiBalloon, "
                 "the performance is considered confirmed also for 5 and 10 years."],
    safety=["Residual risks: slippage, pouch dilatation, erosion, port infection or flip, tubing leak, oesophageal dilatation, "
            "nutritional deficiency, and need of re-operation."],
    risks=[["Residual risk", "SB-EU-01 (36 months)", "State of the art (5 years)"], ["Band removal", "3.7 %", "12 – 35 %"],
           ["Slippage / pouch dilatation", "2.4 %", "4 – 14 %"], ["Erosion", "0.6 %", "0.5 – 3 %"], ["Port complication", "4.3 %", "3 – 10 %"]],
    conclusion="The benefit-risk is positive for the intended adult population.",
    pmcf="PMCF registry SB-REG continues the follow-up until 10 years.",
    cecp="Class III implantable; the CECP applies (Article 54(1)(a))."))

PMCF = pmcf(d, dict(
    docno="ATS-PMCF-AGB2", rev="1", date="2025/01/30",
    device=[PURPOSE, POP_EN, "Expected lifetime: 10 years or more. Novel product: no."],
    activities=[dict(title="SB-REG long-term registry", rows=[
        ("Type", "Specific method: prospective registry"),
        ("Aim", "Confirm long-term weight loss and rate of removal, slippage and erosion until 10 years"),
        ("Population", "Adult patients implanted with the AGB-2 in the EU"),
        ("Sample size", "[to be completed by Clinical Affairs]"),
        ("Endpoints", "TBD"),
        ("Follow-up", "Annual visit until 10 years")]),
        dict(title="Literature review", rows=[("Type", "General method"), ("Frequency", "Yearly")])],
    refs="CER ATS-CER-AGB2 Rev.3; RMF ATS-RMF-AGB2 Rev.5.",
    schedule="Start of registry: after certification. Report yearly."), style="dash")

IFU_EN = ifu_en(d, dict(
    docno="IFU-AGB2-EN", date="Rev. 2 (2025/02/14)",
    purpose=PURPOSE, population=POP_EN, indications=IND, contra=CONTRA,
    users="Bariatric surgeons trained in laparoscopic banding; adjustments by trained physicians. Hospital operating room for implantation.",
    warnings=["Please do not puncture the port with a standard needle; use only the non-coring needle NC-20 to avoid leakage of the septum.",
              "Please do not over-fill the band. The patient must be able to drink water without difficulty after each adjustment."],
    cautions=["Please instruct the patient to eat slowly, to chew well and to stop eating when feeling full."],
    side="Nausea, vomiting, heartburn, slippage of the band, pouch dilatation, erosion, port infection, leakage, oesophageal dilatation, nutritional deficiency.",
    spec=[["Band circumference", "10.0 cm (AGB-2S) / 11.0 cm (AGB-2L)"], ["Balloon width", "13 mm"],
          ["Maximum fill volume", "9 mL"], ["Tubing length", "50 cm"], ["Port", "Titanium, silicone septum, 20 G non-coring needle"],
          ["MRI", "MR Conditional, 3 T or less"]],
    steps=["Please place the band by the pars flaccida technique with the calibration tube CT-2 in the stomach.",
           "Please close the band buckle and fix the band with 3–4 gastro-gastric sutures.",
           "Please connect the tubing to the port and fix the port on the rectus fascia.",
           "The first adjustment is done 6 weeks after surgery, by 1 to 2 mL at each visit."],
    after_steps=["In case of persistent vomiting or food obstruction, please add 1 to 2 mL of saline through the port so that "
                 "the band becomes stable on the stomach, and observe the patient for 24 hours."]), style="dash", marker="(1)")

IFU_RO = ifu_xx("ro", d, dict(
    docno="IFU-AGB2-RO", date="Rev. 2 (2025/02/14)",
    purpose="Dispozitivul se plasează laparoscopic în jurul porțiunii superioare a stomacului pentru a crea o pungă mică și o "
            "stomă de dimensiune reglabilă. Restricția se reglează prin injectarea sau extragerea de ser fiziologic prin portul de acces subcutanat.",
    population="Adulți cu vârsta între 18 și 65 de ani cu un indice de masă corporală (IMC) de 30 kg/m² sau mai mult, care nu au "
               "slăbit prin programe nechirurgicale supravegheate.",
    indications=["Obezitate conform criteriului IMC de mai sus", "Obezitate cu diabet de tip 2, hipertensiune sau apnee obstructivă în somn"],
    contra=["Boală inflamatorie a tractului gastrointestinal", "Hernie hiatală mare (peste 5 cm) sau tulburare de motilitate esofagiană",
            "Hipertensiune portală, varice esofagiene sau gastrice", "Sarcină sau sarcină planificată în următoarele 12 luni",
            "Dependență de alcool sau droguri", "Alergie cunoscută la silicon sau titan"],
    users="Chirurgi bariatrici instruiți; ajustări de către medici instruiți.",
    warnings=["Nu umpleți excesiv banda. Pacientul trebuie să poată bea apă fără dificultate după fiecare ajustare."],
    side="Greață, vărsături, pirozis, alunecarea benzii, dilatarea pungii, eroziune, infecția portului.",
    spec=[["Circumferința benzii", "10,0 cm / 11,0 cm"], ["Volum maxim de umplere", "9 mL"], ["Lungimea tubului", "50 cm"]]))

IFU_HU = ifu_xx("hu", d, dict(
    docno="IFU-AGB2-HU", date="Rev. 2 (2025/02/14)",
    purpose="Az eszközt laparoszkóposan helyezik a gyomor felső része köré, hogy kis tasakot és állítható méretű szűkületet hozzon létre. "
            "A szűkítés mértékét a bőr alatti porton keresztül befecskendezett vagy eltávolított sóoldattal lehet állítani.",
    population="18 és 65 év közötti felnőttek, akiknek testtömegindexe (BMI) legalább 40 kg/m², vagy legalább 35 kg/m² legalább "
               "egy elhízással összefüggő társbetegséggel, és a felügyelt nem sebészi fogyókúra nem volt eredményes.",
    indications=["Kóros elhízás a fenti BMI-kritériumok szerint", "Elhízás 2-es típusú cukorbetegséggel, magas vérnyomással vagy obstruktív alvási apnoéval (BMI ≥ 35 kg/m²)"],
    contra=["A gyomor-bél rendszer gyulladásos betegsége", "Nagy hiatus hernia (5 cm felett) vagy nyelőcső-motilitási zavar",
            "Portális hipertenzió, nyelőcső- vagy gyomorvarixok", "Terhesség vagy 12 hónapon belül tervezett terhesség",
            "Alkohol- vagy drogfüggőség", "Ismert szilikon- vagy titánallergia"],
    users="Képzett bariátriai sebészek; a beállítást képzett orvos végzi.",
    warnings=["Ne töltse túl a szalagot. A betegnek minden beállítás után nehézség nélkül kell tudnia vizet inni."],
    side="Hányinger, hányás, gyomorégés, a szalag elcsúszása, tasaktágulat, erózió, portfertőzés.",
    spec=[["Szalag kerülete", "10,0 cm / 11,0 cm"], ["Maximális töltési térfogat", "9 ml"], ["Csőhossz", "50 cm"]]), lines=False)

IFU_BG = ifu_xx("bg", d, dict(
    docno="IFU-AGB2-BG", date="Rev. 2 (2025/02/14)",
    purpose="Изделието се поставя лапароскопски около горната част на стомаха, за да се създаде малък джоб и стома с регулируем "
            "размер. Рестрикцията се регулира чрез инжектиране или изтегляне на физиологичен разтвор през подкожния порт.",
    population="Възрастни на възраст от 18 до 65 години с индекс на телесна маса (ИТМ) 40 kg/m² или повече, или 35 kg/m² или повече "
               "с поне едно свързано със затлъстяването заболяване.",
    indications=["Морбидно затлъстяване според горните критерии за ИТМ", "Затлъстяване със захарен диабет тип 2, хипертония или обструктивна сънна апнея (ИТМ ≥ 35 kg/m²)"],
    contra=["Възпалително заболяване на стомашно-чревния тракт", "Голяма хиатална херния (над 5 cm) или нарушение на мотилитета на хранопровода",
            "Портална хипертония, варици на хранопровода или стомаха", "Бременност или планирана бременност в рамките на 12 месеца",
            "Зависимост от алкохол или наркотици", "Известна алергия към силикон или титан"],
    users="Обучени бариатрични хирурзи; регулиране от обучени лекари.",
    warnings=["Не препълвайте пръстена. Пациентът трябва да може да пие вода без затруднение след всяко регулиране."],
    side="Гадене, повръщане, киселини, приплъзване на пръстена, разширение на джоба, ерозия, инфекция на порта.",
    spec=[["Обиколка на пръстена", "10,0 cm / 11,0 cm"], ["Максимален обем на пълнене", "9 mL"], ["Дължина на тръбата", "50 cm"]]))

SSCP = sscp(d, dict(
    docno="ATS-SSCP-AGB2", rev="1", date="2025/02/20",
    purpose=PURPOSE, population=POP_EN, indications=IND, contra=CONTRA,
    description="Silicone band (10.0 or 11.0 cm) with inflatable balloon, 50 cm tubing, titanium access port AP-2.",
    risks="At 36 months in SB-EU-01 (164 patients): band removal 3.7 %, slippage 2.4 %, erosion 0.6 %, port complication 4.3 %. "
          "Long-term rates in the literature at 5 years: removal 12–35 %.",
    clinical="SB-EU-01 (164 patients): mean %EWL 47.2 % at 24 months. Registry SB-REG continues to 10 years.",
    alternatives="Lifestyle programmes and anti-obesity medicines; sleeve gastrectomy; Roux-en-Y gastric bypass; intragastric balloon (temporary).",
    users="Bariatric surgeons; physicians trained for band adjustment.",
    patient="The band is a soft ring around the upper stomach. It makes you feel full after a small meal. The doctor can make it "
            "tighter or looser through a small port under the skin. Some patients need another operation later."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/092", date="03.04.2025",
    type="Initial certification under MDR (AGB-1 was certified under MDD)",
    docs="CEP ATS-CEP-AGB2 Rev.2; CER ATS-CER-AGB2 Rev.3; PMCF plan ATS-PMCF-AGB2 Ver.1; IFU EN/RO/HU/BG Rev.2; SSCP Rev.1",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr n. med. Andrzej Kowalewski (bariatric surgery); product reviewer: mgr inż. Joanna Lis.",
    device=["Adjustable gastric band, two sizes, with port. Changes to AGB-1 are low-pressure balloon and new septum. Novelty is low."],
    literature="Literature search covers bands with follow-up of 2 years and more. Acceptable.",
    ci="SB-EU-01 with 164 patients and 36-month data is adequate for intended population.",
    pmcf="Registry SB-REG until 10 years is planned. Manufacturer is asked to complete the sample size (see Remark 2).",
    ifu="IFU in four languages were reviewed in the scope of population and contraindications; no deviation was found.",
    conclusion="Benefit-risk is acceptable. Long-term data are supported by equivalence presented in CER chapter 4-3.",
    cecp="Device is class III implantable. Article 54(1)(a) applies and consultation procedure is initiated; proposed panel: general and plastic surgery and dentistry.",
    remarks=["Annual update of SSCP is required (Article 61(11)).", "Sample size of SB-REG shall be justified before start of registry."],
    signer="dr n. med. Andrzej Kowalewski"))

DOCS = {
    "ATS-CEP-AGB2_R2.docx": dict(role="CEP", language="en", blocks=CEP, footer="ATS-CEP-AGB2 Rev.2"),
    "ATS-CER-AGB2_R3.pdf": dict(role="CER", language="en", blocks=CER, header="Atsuta Surgical Co., Ltd. / Confidential", footer="ATS-CER-AGB2 Rev.3"),
    "ATS-PMCF-AGB2_V1.pdf": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="ATS-PMCF-AGB2 Ver.1"),
    "IFU_AGB2_EN.docx": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-AGB2-EN"),
    "IFU_AGB2_RO.pdf": dict(role="IFU", language="ro", blocks=IFU_RO, footer="IFU-AGB2-RO"),
    "IFU_AGB2_HU.docx": dict(role="IFU", language="hu", blocks=IFU_HU, footer="IFU-AGB2-HU"),
    "IFU_AGB2_BG.pdf": dict(role="IFU", language="bg", blocks=IFU_BG, footer="IFU-AGB2-BG"),
    "SSCP_AGB2_Rev1.md": dict(role="SSCP", language="en", blocks=SSCP),
    "PolCert-CEAR-2025-092.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/092"),
}

LABELS = [
    dict(defect="romanian_ifu_lowers_bmi_threshold_to_30", category="language",
         documents=["IFU_AGB2_RO.pdf", "IFU_AGB2_EN.docx"],
         quotes=["cu un indice de masă corporală (IMC) de 30 kg/m² sau mai mult",
                 "body mass index (BMI) of 40 kg/m² or more, or 35 kg/m² or more"],
         description="The Romanian IFU admits every adult with BMI ≥30 kg/m², whereas the English (and Hungarian, Bulgarian) IFU, CEP and CER require BMI ≥40, or ≥35 with comorbidity.",
         accept=["population"]),
    dict(defect="max_fill_volume_14_vs_9_ml", category="specification",
         documents=["ATS-CER-AGB2_R3.pdf", "IFU_AGB2_EN.docx"],
         quotes=["The maximum fill volume of the band is 14 mL for both sizes", "Maximum fill volume 9 mL"],
         description="The CER states a maximum band fill volume of 14 mL, all IFUs 9 mL.",
         accept=[]),
    dict(defect="add_saline_for_obstruction", category="safety-instruction",
         documents=["IFU_AGB2_EN.docx"],
         quotes=["In case of persistent vomiting or food obstruction, please add 1 to 2 mL of saline through the port"],
         description="Persistent vomiting or food obstruction signals a band that is too tight or slipped; the IFU tells the user to inflate it further instead of deflating it and investigating.",
         accept=[]),
    dict(defect="equivalence_to_intragastric_balloon", category="evidence",
         documents=["ATS-CER-AGB2_R3.pdf", "PolCert-CEAR-2025-092.docx"],
         quotes=["clinical equivalence is claimed to the intragastric balloon OrbiBalloon (Orbis Medical)",
                 "Long-term data are supported by equivalence presented in CER chapter 4-3."],
         description="Long-term (5–10 year) performance is supported by 'equivalence' to a temporary endoscopic intragastric balloon of another manufacturer, a device with a different design, placement and duration; the CEAR accepts it.",
         accept=["claim"]),
    dict(defect="pmcf_sample_size_and_endpoints_placeholders", category="template",
         documents=["ATS-PMCF-AGB2_V1.pdf"],
         quotes=["[to be completed by Clinical Affairs]", "Start of registry: after certification. Report yearly."],
         description="The PMCF registry has a placeholder for the sample size, 'TBD' endpoints and no dated schedule.",
         accept=["pmcf"]),
]

"""m07 - adjustable gastric band (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m07_gastroloop_ab"
DEVICE = "GastroLoop AB adjustable gastric band for morbid obesity"
CLASS = "IIb"
CLEAN = False

MFR = "Bariatec Medical GmbH, Neuhauser Straße 40, 78532 Tuttlingen, Germany"
SRN = "DE-MF-000035510"
UDI = "426098760GLAB3Q"
NB = "Medizin-Cert Nord GmbH, Notified Body 2935"

Q_POP_CER = "adults aged 18 to 65 years with a BMI of ≥ 40 kg/m² or ≥ 35 kg/m² with at least one obesity-related comorbidity"
Q_POP_IFU = "Adults and adolescents from 16 years of age with a BMI of ≥ 40 kg/m²"
Q_POP_IFU_DE = "Erwachsene und Jugendliche ab 16 Jahren mit einem BMI von ≥ 40 kg/m²"
Q_CLAIM_IFU = "a sustained excess weight loss of approx. 60 %, which is maintained for at least 10 years"
Q_CLAIM_DE = "dauerhaften Übergewichtsverlust von ca. 60 %, der für mindestens 10 Jahre erhalten bleibt"
Q_POP_SSCP = "adults aged 18 to 65 years with BMI ≥ 40 kg/m², or ≥ 35 kg/m² with comorbidity"
Q_CLAIM_CER = "Follow-up of LOOP-EU is 12 months for all 140 patients; data beyond 12 months are not available."
Q_TPL1 = "[Insert search date, databases and search string – to be completed by Clinical Affairs]"
Q_TPL2 = "Clinical background of <device name>"
Q_DOC_CEAR = "CER-GLAB-02 Rev. 05 (2025-02-10)"
Q_DOC_CER = "Document CER-GLAB-02, Revision 04, 29.11.2024"

RISKS = ["band slippage or pouch dilatation", "band erosion into the stomach", "port or tubing leakage, port displacement",
         "port-site infection", "dysphagia, vomiting, oesophageal dilatation", "gastro-oesophageal reflux",
         "insufficient weight loss or weight regain", "reoperation or band removal",
         "complications of laparoscopic surgery (bleeding, gastric perforation, thromboembolism)"]


def cep():
    return doc(
        "Clinical Evaluation Plan – GastroLoop AB",
        "CEP-GLAB-01 Rev. 02 – 2024-04-22",
        [
            kv(("Doc. no. / rev.", "CEP-GLAB-01 / Rev. 02"), ("Date", "22.04.2024"), ("Device", "GastroLoop AB adjustable gastric band, sizes 9,75 cm and 11,0 cm, with access port GL-P and tubing"),
               ("Basic UDI-DI", UDI), ("Classification", "IIb acc. to Rule 8 (long-term implantable, non-active, no contact with heart, CNS or central circulation)")),
            h(1, "1 Clinical background of <device name>"),
            p("Bariatric surgery is the most effective long-term therapy of morbid obesity. The laparoscopic adjustable "
              "gastric band (LAGB) is a restrictive, reversible procedure; it is less effective than sleeve gastrectomy "
              "and Roux-en-Y gastric bypass, but has lower perioperative morbidity and is fully reversible."),
            h(1, "2 Intended purpose and target group"),
            p("Treatment of morbid obesity by laparoscopic placement of an adjustable band around the upper stomach in "
              "adults aged 18 to 65 years with a BMI ≥ 40 kg/m² or ≥ 35 kg/m² with at least one obesity-related "
              "comorbidity, after failure of conservative therapy for at least 6 months."),
            h(1, "3 Outcome parameters and acceptance criteria"),
            t([["ID", "Parameter", "Criterion"],
               ["EP-1", "Excess weight loss (EWL) at 12 months", "≥ 35 %"],
               ["EP-2", "Reoperation (any cause) within 12 months", "≤ 5 %"],
               ["EP-3", "Band erosion within 12 months", "≤ 1 %"],
               ["EP-4", "30-day mortality", "≤ 0,1 %"]], widths=(10, 60, 30)),
            h(1, "4 Literature search"),
            p(Q_TPL1),
            h(1, "5 CECP"),
            p("Class IIb non-active implant: Art. 54(1) MDR not applicable."),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – GastroLoop AB Adjustable Gastric Band",
        "CER-GLAB-02 Rev. 04 – Bariatec Medical GmbH",
        [
            p(Q_DOC_CER + ". Based on CEP-GLAB-01 Rev. 02. Evaluators: Dr. med. F. Maurer (visceral surgeon), "
              "B. Eng. C. Roth (regulatory affairs)."),
            h(1, "Abbreviations"),
            p("BMI body mass index; EWL excess weight loss; LAGB laparoscopic adjustable gastric band; RYGB Roux-en-Y "
              "gastric bypass; SG sleeve gastrectomy."),
            h(1, "1 Device description"),
            p("GastroLoop AB is a silicone band with an inflatable inner balloon, available in two circumferences "
              "(9,75 cm and 11,0 cm), connected by a tubing to a subcutaneous titanium access port GL-P. The stoma "
              "diameter is adjusted by percutaneous injection or withdrawal of saline via the port (balloon volume "
              "0 – 10 ml for 9,75 cm resp. 0 – 14 ml for 11,0 cm)."),
            h(1, "2 Intended purpose"),
            p("Treatment of morbid obesity in " + Q_POP_CER + ", after failure of supervised conservative therapy of at "
              "least 6 months. Contraindications: inflammatory disease of the GI tract, portal hypertension, oesophageal "
              "varices, large hiatal hernia, pregnancy, alcohol or drug dependence, inability to comply with dietary "
              "requirements and follow-up, autoimmune connective tissue disease, known silicone allergy."),
            h(1, "3 Classification"),
            p("Class IIb, Rule 8. Art. 54(1) MDR does not apply (neither class III implantable nor active device)."),
            h(1, "4 State of the art"),
            p("Acc. to the IFSO/EASO recommendations and the S3 guideline on obesity surgery, SG and RYGB are the most "
              "frequent procedures; LAGB is an option for selected patients who wish a reversible procedure. Long-term "
              "LAGB series report EWL of 45 – 50 % at 10 to 15 years with reoperation rates of 20 – 40 % [1, 2]."),
            h(1, "5 Clinical data"),
            t([["Ref.", "Source", "Design", "n", "Follow-up", "Device"],
               ["[3]", "LOOP-EU", "prospective, 5 sites DE/AT", "140", "12 months", "GastroLoop AB"],
               ["[1]", "O'Brien et al. 2013", "cohort", "3 227", "up to 15 years", "LAGB (other manufacturer)"],
               ["[2]", "Systematic review LAGB", "review", "–", "≥ 10 years", "various LAGB"]],
              widths=(6, 22, 24, 8, 15, 25), caption="Table 1: Data sources"),
            p("LOOP-EU enrolled 140 patients (mean age 41,2 years, mean BMI 44,8 kg/m², 74 % female). " + Q_CLAIM_CER),
            t([["Parameter", "Criterion", "Result", "Met"],
               ["EP-1 EWL 12 months", "≥ 35 %", "42,3 % (SD 17,1)", "yes"],
               ["EP-2 reoperation 12 months", "≤ 5 %", "2,9 % (4/140)", "yes"],
               ["EP-3 erosion 12 months", "≤ 1 %", "0 %", "yes"],
               ["EP-4 30-day mortality", "≤ 0,1 %", "0 %", "yes"]], widths=(35, 20, 30, 15),
              caption="Table 2: Results vs. acceptance criteria"),
            p("Further events in 12 months: port-site infection 2,1 %, band slippage 1,4 %, dysphagia requiring deflation 5,0 %."),
            h(1, "6 Residual risks acc. to ISO 14971"),
            ul(*RISKS),
            h(1, "7 Benefit-risk"),
            p("Within 12 months the weight loss is clinically relevant and the complication rate is low. Long-term "
              "effectiveness and the reoperation rate over the band lifetime are open questions for the PMCF."),
            h(1, "8 PMCF"),
            p("PMCF-GLAB-01 Rev. 01: extension of LOOP-EU to 5 years and a registry of 400 patients."),
            h(1, "References"),
            ol("O'Brien PE, MacDonald L, Anderson M, Brennan L, Brown WA. Long-term outcomes after bariatric surgery: fifteen-year follow-up of adjustable gastric banding and a systematic review of the bariatric surgical literature. Ann Surg 2013;257:87-94.",
               "Furbetta N, Cervelli R, Furbetta F. Laparoscopic adjustable gastric banding, the past, the present and the future. Gland Surg 2020;9:941-955.",
               "Bariatec Medical. LOOP-EU 12-month clinical investigation report, v1.0, 2024-10-02 (on file)."),
        ], font="serif")


def pmcf():
    return doc(
        "PMCF Plan – GastroLoop AB",
        "PMCF-GLAB-01 Rev. 01 – 29.11.2024",
        [
            kv(("Device", "GastroLoop AB, Basic UDI-DI " + UDI), ("CER", "CER-GLAB-02 Rev. 04"), ("Class", "IIb (Rule 8)")),
            h(1, "1 Objectives"),
            t([["ID", "Objective", "Source"],
               ["REQ-PMCF-01", "Long-term EWL at 3 and 5 years", "CER section 7, open question"],
               ["REQ-PMCF-02", "Cumulative reoperation and band removal rate to 5 years", "RMF hazards H-04, H-05"],
               ["REQ-PMCF-03", "Rate of band erosion and slippage in routine use", "RMF hazard H-02"]], widths=(18, 52, 30)),
            h(1, "2 Methods"),
            ul("Extension of LOOP-EU (n = 140) to 5 years",
               "Prospective registry GL-REG in 12 bariatric centres, n = 400, follow-up 5 years"),
            h(1, "3 Sample size"),
            p("n = 400: expected 5-year reoperation rate 20 %, 95 % CI half-width ± 4,4 % after 15 % loss to follow-up."),
            h(1, "4 Timeline"),
            p("Registry start Q1/2025; yearly interim analysis with the PMCF evaluation report; final report Q4/2031."),
        ])


def ifu_en():
    return doc(
        "GastroLoop AB – Instructions for Use",
        "IFU-GLAB-EN Rev. D – 2024-11",
        [
            p("Adjustable gastric band with access port. " + MFR + ". Basic UDI-DI " + UDI + ". CE 2935."),
            h(1, "Indication and patient population"),
            p(Q_POP_IFU + ", or ≥ 35 kg/m² with obesity-related comorbidity, after failure of conservative therapy for "
              "at least 6 months."),
            h(1, "Clinical benefits"),
            p("With GastroLoop AB and adequate follow-up, patients achieve " + Q_CLAIM_IFU + "."),
            h(1, "Contraindications"),
            ul("Inflammatory disease of the gastrointestinal tract", "Portal hypertension, oesophageal varices",
               "Large hiatal hernia", "Pregnancy", "Alcohol or drug dependence",
               "Inability to comply with dietary requirements and follow-up", "Autoimmune connective tissue disease",
               "Known allergy to silicone"),
            h(1, "Warnings"),
            ul("In case of persistent vomiting or inability to swallow liquids, deflate the band immediately and exclude slippage.",
               "Use only non-coring needles (Huber needles) for port access.",
               "During pregnancy the band should be deflated."),
            h(1, "Possible complications"),
            ul(*[r[0].upper() + r[1:] for r in RISKS]),
            h(1, "Technical data"),
            t([["", "GL-975", "GL-110"], ["Band circumference", "9.75 cm", "11.0 cm"],
               ["Balloon fill volume", "0 – 10 ml", "0 – 14 ml"], ["Material", "silicone", "silicone"],
               ["Port GL-P", "titanium, silicone septum", "titanium, silicone septum"]], widths=(34, 33, 33)),
        ])


def ifu_de():
    return doc(
        "GastroLoop AB – Gebrauchsanweisung",
        "IFU-GLAB-DE Rev. D – 2024-11",
        [
            p("Verstellbares Magenband mit Portsystem. Bariatec Medical GmbH, Tuttlingen. Basis-UDI-DI " + UDI + ". CE 2935."),
            h(1, "Indikation und Patientenpopulation"),
            p(Q_POP_IFU_DE + " oder ≥ 35 kg/m² mit adipositasassoziierter Begleiterkrankung, nach Versagen einer "
              "konservativen Therapie über mindestens 6 Monate."),
            h(1, "Klinischer Nutzen"),
            p("Mit GastroLoop AB und adäquater Nachsorge erreichen Patienten einen dauerhaften Übergewichtsverlust von "
              "ca. 60 %, der für mindestens 10 Jahre erhalten bleibt."),
            h(1, "Kontraindikationen"),
            ul("Entzündliche Erkrankungen des Magen-Darm-Trakts", "Portale Hypertension, Ösophagusvarizen",
               "Große Hiatushernie", "Schwangerschaft", "Alkohol- oder Drogenabhängigkeit",
               "Unfähigkeit, Ernährungsvorgaben und Nachsorge einzuhalten", "Autoimmune Bindegewebserkrankung",
               "Bekannte Silikonallergie"),
            h(1, "Warnhinweise"),
            ul("Bei anhaltendem Erbrechen oder Unfähigkeit, Flüssigkeiten zu schlucken, das Band sofort entblocken und eine Dislokation ausschließen.",
               "Für den Portzugang nur Huber-Nadeln verwenden.",
               "Während einer Schwangerschaft sollte das Band entblockt werden."),
            h(1, "Mögliche Komplikationen"),
            ul("Bandverrutschen oder Pouchdilatation", "Bandmigration in den Magen (Erosion)", "Leckage von Port oder Schlauch, Portdislokation",
               "Infektion im Portbereich", "Dysphagie, Erbrechen, Ösophagusdilatation", "Gastroösophagealer Reflux",
               "Unzureichende Gewichtsabnahme oder erneute Gewichtszunahme", "Reoperation oder Bandentfernung",
               "Komplikationen der laparoskopischen Operation (Blutung, Magenperforation, Thromboembolie)"),
            h(1, "Technische Daten"),
            t([["", "GL-975", "GL-110"], ["Bandumfang", "9,75 cm", "11,0 cm"],
               ["Füllvolumen Ballon", "0 – 10 ml", "0 – 14 ml"], ["Material", "Silikon", "Silikon"]], widths=(34, 33, 33)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance – GastroLoop AB",
        "SSCP-GLAB Rev. 01 – 2024-11-29",
        [
            h(1, "1 Device identification"),
            kv(("Trade name", "GastroLoop AB"), ("Manufacturer", MFR + " (" + SRN + ")"), ("Basic UDI-DI", UDI),
               ("Class", "IIb (implantable)"), ("Notified Body", NB)),
            h(1, "2 Intended purpose"),
            p("Treatment of morbid obesity in " + Q_POP_SSCP + ", after failed conservative therapy."),
            h(1, "3 Risks"),
            p("Undesirable effects: " + "; ".join(RISKS) + ". LOOP-EU (12 months): reoperation 2,9 %, port-site infection "
              "2,1 %, band slippage 1,4 %, dysphagia requiring deflation 5,0 %, no erosion."),
            h(1, "4 Clinical performance"),
            p("LOOP-EU: EWL 42,3 % at 12 months (n = 140). Long-term data are collected in the PMCF (5 years)."),
            h(1, "5 Alternatives"),
            p("Sleeve gastrectomy, Roux-en-Y gastric bypass, intragastric balloon, pharmacotherapy."),
        ])


def cear():
    return doc(
        "CEAR – GastroLoop AB",
        "NB 2935 – CEAR 2025/0311 – 2025-03-11",
        [
            kv(("Device", "GastroLoop AB adjustable gastric band"), ("Manufacturer", "Bariatec Medical GmbH (" + SRN + ")"),
               ("Class", "IIb, Rule 8"), ("Basic UDI-DI", UDI)),
            h(1, "Documents assessed"),
            ul("CEP-GLAB-01 Rev. 02 (2024-04-22)", Q_DOC_CEAR, "PMCF-GLAB-01 Rev. 01", "IFU-GLAB Rev. D (EN, DE)",
               "SSCP-GLAB Rev. 01"),
            h(1, "Intended purpose"),
            p("Treatment of morbid obesity in adults by an adjustable gastric band."),
            h(1, "Assessment"),
            p("LOOP-EU 12 months; CEP acceptance criteria met. PMCF registry with 5 years adequate. Art. 54 not applicable "
              "(class IIb non-active implant)."),
        ])


def files():
    return [
        F("CEP-GLAB-01_Rev02.docx", "CEP", "en", cep()),
        F("CER-GLAB-02_Rev04.pdf", "CER", "en", cer()),
        F("PMCF-GLAB-01_Rev01.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU-GLAB-EN_RevD.md", "IFU", "en", ifu_en()),
        F("IFU-GLAB-DE_RevD.pdf", "IFU", "de", ifu_de()),
        F("SSCP-GLAB_Rev01.docx", "SSCP", "en", sscp()),
        F("CEAR-2935-2025-0311.pdf", "CEAR", "en", cear()),
    ]


LABELS = [
    L("ifu_includes_adolescents_from_16", "population",
      ["IFU-GLAB-EN_RevD.md", "IFU-GLAB-DE_RevD.pdf", "CER-GLAB-02_Rev04.pdf", "SSCP-GLAB_Rev01.docx"],
      [Q_POP_IFU, Q_POP_IFU_DE, Q_POP_CER, Q_POP_SSCP],
      "The IFU (EN and DE) opens the band to adolescents from 16 years without upper age limit; CEP, CER and SSCP "
      "define adults aged 18 to 65 years, and no adolescent was studied."),
    L("ten_year_weight_loss_claim_on_12_month_data", "claim",
      ["IFU-GLAB-EN_RevD.md", "IFU-GLAB-DE_RevD.pdf", "CER-GLAB-02_Rev04.pdf"],
      [Q_CLAIM_IFU, Q_CLAIM_DE, Q_CLAIM_CER],
      "The IFU promises ~60 % excess weight loss maintained for 10 years; the device's own data end at 12 months "
      "(EWL 42,3 %), and the literature on other bands reports 45-50 % at 10-15 years.", accept=["evidence"]),
    L("unfilled_template_text_in_cep", "template", ["CEP-GLAB-01_Rev02.docx"],
      [Q_TPL1, Q_TPL2],
      "The CEP still contains template placeholders: the literature search section is an unfilled instruction and a "
      "heading keeps '<device name>'.", accept=["documentation"]),
    L("cear_cites_cer_revision_not_supplied", "documentation", ["CEAR-2935-2025-0311.pdf", "CER-GLAB-02_Rev04.pdf"],
      [Q_DOC_CEAR, Q_DOC_CER],
      "The CEAR says it assessed CER-GLAB-02 Rev. 05 of 2025-02-10, but the dossier contains Rev. 04 of 29.11.2024."),
]

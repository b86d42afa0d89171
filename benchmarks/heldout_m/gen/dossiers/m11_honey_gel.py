"""m11 - medical-grade honey wound gel (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m11_mellisan_gel"
DEVICE = "Mellisan medical-grade honey wound gel for chronic wounds and burns"
CLASS = "IIb"
CLEAN = False

MFR = "Melitec Medical GmbH, Kärntner Straße 518, 8054 Graz, Austria"
SRN = "AT-MF-000008127"
UDI = "912345670MWG01H5"
NB = "Austrian MedCert GmbH, Notified Body 2943"

Q_CL_IFU = "Mellisan eliminates 100 % of bacteria incl. MRSA within 24 hours and heals every chronic wound."
Q_CL_CER = "complete healing at 12 weeks in 58,5 % (Mellisan) vs. 42,6 % (hydrogel)"
Q_IU_CER = "chronic wounds (venous leg ulcers, diabetic foot ulcers, pressure ulcers) and superficial and partial-thickness burns"
Q_IU_IFU = "all acute and chronic wounds, incl. full-thickness burns, infected surgical wounds and fungating tumour wounds"
Q_IU_ES = "todas las heridas agudas y crónicas, incl. quemaduras de espesor total, heridas quirúrgicas infectadas"
Q_PM1 = "No specific PMCF study is considered necessary, as honey is a well-known substance for wound care."
Q_PM2 = "Sample size: not applicable."
Q_SP_CER = "The gel contains 80 % (w/w) gamma-sterilised medical-grade honey"
Q_SP_IFU = "Medical-grade honey 40 % (w/w)"
Q_SP_ES = "Miel de grado médico 40 % (p/p)"
Q_CL_ES = "Mellisan elimina el 100 % de las bacterias, incl. SARM, en 24 horas y cura cualquier herida crónica."


def cep():
    return doc(
        "Clinical Evaluation Plan – Mellisan Wound Gel",
        "CEP-MWG-01 v2 – 2024-06-03",
        [
            kv(("Document", "CEP-MWG-01, version 2, 03.06.2024"), ("Device", "Mellisan wound gel, tubes 20 g and 50 g"),
               ("Basic UDI-DI", UDI), ("Manufacturer", MFR)),
            h(1, "1 Classification"),
            p("Non-invasive device in contact with injured skin, intended principally for wounds which breach the dermis "
              "and can only heal by secondary intent: class IIb acc. to Rule 4. Rule 21 was considered (substance applied "
              "to the skin and locally dispersed) and would give class IIa; the higher class IIb applies (Annex VIII 3.5). "
              "The antibacterial action of honey (high osmolarity, low pH, enzymatic hydrogen peroxide) is physical and "
              "physico-chemical, not pharmacological. Not implantable, not active: Art. 54 not applicable."),
            h(1, "2 Intended purpose"),
            p("Wound gel for the moist treatment of chronic wounds (venous leg ulcers, diabetic foot ulcers, pressure "
              "ulcers) and of superficial and partial-thickness burns, in adults and children aged 1 year and older, "
              "by healthcare professionals in hospitals, outpatient wound clinics and home care nursing."),
            h(1, "3 Benefits and acceptance criteria"),
            t([["ID", "Endpoint", "Criterion"],
               ["B-1", "Complete healing of VLU at 12 weeks", "superior to hydrogel comparator"],
               ["B-2", "Wound area reduction at 4 weeks, mixed chronic wounds", "≥ 40 % median"],
               ["B-3", "Time to re-epithelialisation, partial-thickness burns", "≤ 14 days median"],
               ["S-1", "Device-related adverse events (pain, maceration, allergy)", "≤ 10 %"]], widths=(8, 60, 32)),
            h(1, "4 Data"),
            ul("Own RCT MELLI-VLU and observational study MELLI-OBS", "Cochrane review and literature on honey in wounds and burns",
               "Bench: in-vitro antibacterial activity, biocompatibility ISO 10993"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report Mellisan Wound Gel",
        "CER-MWG-01 v3 | 2025-01-22 | Melitec Medical GmbH",
        [
            p("CER-MWG-01, version 3, 22.01.2025. Based on CEP-MWG-01 v2."),
            h(1, "Abbreviations"),
            p("DFU diabetic foot ulcer; PU pressure ulcer; VLU venous leg ulcer; MRSA methicillin-resistant "
              "Staphylococcus aureus; MIC minimum inhibitory concentration."),
            h(1, "1 Device"),
            p(Q_SP_CER + " (Leptospermum-type honey with defined methylglyoxal content) in a hydrogel base of glycerol "
              "and sodium alginate; pH 3,8 – 4,5. Tubes of 20 g and 50 g; sterile (gamma irradiation); shelf life 3 "
              "years, 28 days after first opening."),
            h(1, "2 Intended purpose"),
            p("Moist wound treatment of " + Q_IU_CER + ", in adults and children aged 1 year and older. Users: "
              "healthcare professionals in hospitals, outpatient wound clinics and home care nursing. Contraindications: "
              "known allergy to honey or bee products; full-thickness burns; not for use in body cavities."),
            h(1, "3 Classification"),
            p("Class IIb acc. to Rule 4 (Rule 21 considered, IIa). Art. 54 not applicable."),
            h(1, "4 State of the art"),
            p("Chronic wounds are treated by cause-oriented therapy (compression, offloading, pressure relief) plus "
              "moist wound care. The Cochrane review [1] found that honey heals partial-thickness burns around 4 to 5 days "
              "faster than conventional dressings (moderate-quality evidence); for other wound types the evidence is of "
              "low quality and does not show a clear difference to other dressings."),
            h(1, "5 Clinical data"),
            t([["Source", "Design", "Wounds", "n", "FU"],
               ["MELLI-VLU", "RCT vs. hydrogel, 6 sites AT/DE", "VLU with compression", "108", "12 weeks"],
               ["MELLI-OBS", "prospective observational", "DFU 74, PU 61, VLU 77", "212", "12 weeks"],
               ["[1] Jull 2015", "Cochrane review", "acute and chronic wounds, burns", "3 011", "–"],
               ["[2] Molan 2011", "in vitro", "MIC testing", "–", "–"]], widths=(18, 28, 30, 8, 16), caption="Table 1: Clinical data"),
            p("MELLI-VLU: " + Q_CL_CER + " (p = 0,09, not significant); median time to healing not reached in both arms. "
              "MELLI-OBS: median wound area reduction at 4 weeks 44 %; device-related AEs 7,1 % (stinging pain 5,2 %, "
              "maceration 1,4 %, allergy 0,5 %). Burns: no own data; literature [1] only. In-vitro activity against MRSA "
              "and P. aeruginosa at 10 – 20 % honey concentration [2]."),
            h(1, "6 Residual risks acc. to ISO 14971"),
            ul("Stinging pain after application", "Maceration of the wound edges", "Allergic reaction to bee products",
               "Transient rise of blood glucose not expected (no systemic absorption shown), monitor diabetic patients"),
            h(1, "7 Benefit-risk"),
            p("The benefit-risk is judged positive for the indications of section 2. Superiority over hydrogel in VLU "
              "(criterion B-1) was not shown statistically; healing rates are within SOTA."),
            h(1, "8 PMCF"),
            p("See PMCF-MWG-01 v1."),
            h(1, "References"),
            ol("Jull AB, Cullum N, Dumville JC, Westby MJ, Deshpande S, Walker N. Honey as a topical treatment for wounds. Cochrane Database Syst Rev 2015;(3):CD005083.",
               "Molan PC. The evidence and the rationale for the use of honey as a wound dressing. Wound Practice and Research 2011;19:204-220."),
        ], font="serif")


def pmcf():
    return doc(
        "PMCF Plan – Mellisan Wound Gel",
        "PMCF-MWG-01 v1 – 2025-01-22",
        [
            kv(("Device", "Mellisan wound gel"), ("Basic UDI-DI", UDI), ("CER", "CER-MWG-01 v3")),
            h(1, "1 Objective"),
            p("To confirm the safety and performance of the product during the lifetime."),
            h(1, "2 PMCF methods"),
            ul("Collection of user feedback and complaints", "Literature search once a year"),
            p(Q_PM1),
            h(1, "3 Sample size and timeline"),
            p(Q_PM2 + " PMCF results are summarised in the PSUR."),
        ])


def ifu_en():
    return doc(
        "Mellisan Wound Gel – Instructions for Use",
        "IFU-MWG-EN v3 – 2024-12",
        [
            p(MFR + ". Basic UDI-DI " + UDI + ". CE 2943. Sterile."),
            h(1, "Composition"),
            kv(("Active component", Q_SP_IFU), ("Base", "glycerol, sodium alginate, purified water"), ("pH", "3.8 – 4.5")),
            h(1, "Indications"),
            p("For the moist treatment of " + Q_IU_IFU + "."),
            h(1, "Effect"),
            p(Q_CL_IFU),
            h(1, "Patient population and users"),
            p("Adults and children from 1 year. For use by healthcare professionals in hospitals, wound clinics and home care nursing."),
            h(1, "Contraindications"),
            ul("Known allergy to honey or bee products", "Not for use in body cavities"),
            h(1, "Warnings"),
            ul("A stinging sensation may occur after application.", "Protect wound edges against maceration.",
               "Monitor blood glucose in diabetic patients with large wounds."),
            h(1, "Technical data"),
            t([["Property", "Value"], ["Package sizes", "20 g and 50 g tubes"], ["Shelf life", "3 years; 28 days after opening"],
               ["Storage", "below 25 °C"], ["Sterilisation", "gamma irradiation"]], widths=(40, 60)),
        ])


def ifu_es():
    return doc(
        "Mellisan gel para heridas – Instrucciones de uso",
        "IFU-MWG-ES v3 – 2024-12",
        [
            p("Melitec Medical GmbH, Graz, Austria. UDI-DI básico " + UDI + ". CE 2943. Estéril."),
            h(1, "Composición"),
            kv(("Componente activo", Q_SP_ES), ("Base", "glicerol, alginato sódico, agua purificada"),
               ("pH", "3,8 – 4,5")),
            h(1, "Indicaciones"),
            p("Para el tratamiento húmedo de " + Q_IU_ES + " y heridas tumorales."),
            h(1, "Efecto"),
            p(Q_CL_ES),
            h(1, "Población de pacientes y usuarios"),
            p("Adultos y niños a partir de 1 año. Para uso por profesionales sanitarios en hospitales, unidades de heridas y atención domiciliaria."),
            h(1, "Contraindicaciones"),
            ul("Alergia conocida a la miel o a productos apícolas", "No utilizar en cavidades corporales"),
            h(1, "Advertencias"),
            ul("Puede producirse una sensación de escozor tras la aplicación.", "Proteger los bordes de la herida frente a la maceración.",
               "Controlar la glucemia en pacientes diabéticos con heridas extensas."),
            h(1, "Datos técnicos"),
            t([["Propiedad", "Valor"], ["Envases", "tubos de 20 g y 50 g"], ["Vida útil", "3 años; 28 días tras la apertura"],
               ["Conservación", "por debajo de 25 °C"], ["Esterilización", "irradiación gamma"]], widths=(40, 60)),
        ])


def cear():
    return doc(
        "CEAR Mellisan Wound Gel",
        "Austrian MedCert – NB 2943 – CEAR 2025-044",
        [
            t([["Item", "Entry"], ["Device", "Mellisan wound gel (20 g, 50 g)"], ["Manufacturer", "Melitec Medical GmbH (" + SRN + ")"],
               ["Basic UDI-DI", UDI], ["Class", "IIb, Rule 4"], ["Date", "2025-03-06"],
               ["Documents", "CEP-MWG-01 v2; CER-MWG-01 v3; PMCF-MWG-01 v1; IFU-MWG v3 (EN, ES)"]], widths=(25, 75)),
            h(1, "Intended purpose (NB summary)"),
            p("Moist treatment of chronic wounds (VLU, DFU, PU) and superficial and partial-thickness burns in adults and "
              "children from 1 year."),
            h(1, "Assessment"),
            ul("Own data MELLI-VLU (n = 108) and MELLI-OBS (n = 212); burns by literature only.",
               "Art. 54: not applicable (class IIb, non-active, non-implantable)."),
            h(1, "Conclusion"),
            p("Certification recommended subject to the closure of open points in the technical documentation review."),
        ])


def files():
    return [
        F("CEP-MWG-01_v2.docx", "CEP", "en", cep()),
        F("CER-MWG-01_v3.pdf", "CER", "en", cer()),
        F("PMCF-MWG-01_v1.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU-MWG-EN_v3.docx", "IFU", "en", ifu_en()),
        F("IFU-MWG-ES_v3.pdf", "IFU", "es", ifu_es()),
        F("CEAR-2943-2025-044.md", "CEAR", "en", cear()),
    ]


LABELS = [
    L("absolute_antibacterial_and_healing_claim", "claim", ["IFU-MWG-EN_v3.docx", "IFU-MWG-ES_v3.pdf", "CER-MWG-01_v3.pdf"],
      [Q_CL_IFU, Q_CL_ES, Q_CL_CER],
      "The IFU claims elimination of 100 % of bacteria within 24 hours and healing of every chronic wound; the CER has "
      "only in-vitro antibacterial data and a non-significant 58,5 % healing rate in VLU."),
    L("ifu_widens_to_all_wounds_incl_full_thickness_burns", "intended-use",
      ["IFU-MWG-EN_v3.docx", "IFU-MWG-ES_v3.pdf", "CER-MWG-01_v3.pdf"],
      [Q_IU_IFU, Q_IU_ES, Q_IU_CER],
      "The IFU (EN and ES) indicates all acute and chronic wounds incl. full-thickness burns, infected surgical and "
      "tumour wounds; the CER and CEAR limit use to chronic wounds and superficial/partial-thickness burns and list "
      "full-thickness burns as contraindication."),
    L("pmcf_without_specific_activity_or_sample_size", "pmcf", ["PMCF-MWG-01_v1.pdf"],
      [Q_PM1, Q_PM2],
      "Generic PMCF objective, no specific activity despite open questions (no own burn data, superiority not shown), "
      "no sample size, no endpoints or timeline."),
    L("honey_content_differs", "specification", ["CER-MWG-01_v3.pdf", "IFU-MWG-EN_v3.docx", "IFU-MWG-ES_v3.pdf"],
      [Q_SP_CER, Q_SP_IFU, Q_SP_ES],
      "The CER describes a gel with 80 % (w/w) honey, the IFU (EN, ES) declares 40 % (w/w)."),
]

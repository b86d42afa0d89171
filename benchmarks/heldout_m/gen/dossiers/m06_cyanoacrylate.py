"""m06 - cyanoacrylate closure system for incompetent GSV (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m06_venacura_ca"
DEVICE = "VenaCura CA cyanoacrylate closure system for incompetent great saphenous veins"
CLASS = "III"
CLEAN = False

MFR = "Angiolux S.r.l., Via del Lavoro 31, 40127 Bologna, Italy"
SRN = "IT-MF-000021904"
UDI = "805400120VCA01M8"
NB = "Ente Certificazione Dispositivi Medici S.p.A., Notified Body 2977"

Q_NAME_CEAR = "VenaCura CA 2 Closure System (adhesive vial, dispenser gun, 5 Fr delivery catheter)"
Q_NAME_CER = "VenaCura CA closure system, consisting of the adhesive VC-A5, dispenser gun VC-G and delivery catheter VC-C5"
Q_EQ1 = "A contract giving access to the technical documentation of Meridian Vascular Inc. is not in place."
Q_EQ2 = "ClosaVein is regarded as equivalent to VenaCura CA in clinical, technical and biological respect"
Q_IU_CER = "closure of incompetent great saphenous veins, small saphenous veins and incompetent perforator veins"
Q_IU_IFU = "It is not allowed to be used in the small saphenous vein or in perforator veins."
Q_PMCF1 = "Sample size: to be defined after the first 12 months of market experience."
Q_PMCF2 = "Method: online satisfaction questionnaire sent to the treating physicians once per year."


def cep():
    return doc(
        "Clinical Evaluation Plan – VenaCura CA",
        "CEP-VCA-01 rev. 03 · 2024-03-18 · Angiolux S.r.l.",
        [
            t([["Item", "Entry"], ["Document", "CEP-VCA-01 rev. 03 (18.03.2024)"],
               ["Device", "VenaCura CA closure system (adhesive VC-A5, dispenser gun VC-G, delivery catheter VC-C5)"],
               ["Basic UDI-DI", UDI], ["Class", "III – Rule 8 (implantable; the adhesive polymerises in the vein, i.e. chemical change in the body)"],
               ["CECP", "Art. 54(1)(a) applicable"]], widths=(25, 75)),
            h(1, "1. Intended purpose and target group"),
            p("Endovenous closure of incompetent superficial truncal veins of the lower extremity by injection of a "
              "cyanoacrylate adhesive, in adults (18 years and older) with symptomatic venous reflux (CEAP C2 to C6) and "
              "a vein diameter of 3 to 12 mm."),
            h(1, "2. Clinical benefits and endpoints"),
            ul("Anatomical closure of the treated vein segment (duplex ultrasound) at 12 months – acceptance criterion ≥ 92 %",
               "Improvement of the venous clinical severity score (VCSS) at 12 months – ≥ 3 points",
               "Safety: DVT/EHIT ≤ 2 %, phlebitis-like reaction ≤ 15 %, no pulmonary embolism"),
            h(1, "3. Sources of clinical data"),
            ul("Own clinical investigation VCA-ONE (12 months)",
               "Equivalence to the ClosaVein system of Meridian Vascular Inc. (assessment in CER section 4)",
               "Literature on thermal ablation, foam sclerotherapy and cyanoacrylate closure (SOTA)"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – VenaCura CA",
        "CER-VCA-01 rev. 04 | 2025-01-27 | Angiolux S.r.l.",
        [
            p("Revision 04 of 27.01.2025, prepared acc. to MEDDEV 2.7/1 rev. 4 and MDR Annex XIV. Authors: Dr. R. Conti "
              "(vascular surgeon), Dipl.-Ing. T. Gruber (regulatory consultant)."),
            h(1, "Abbreviations"),
            t([["Abbr.", "Meaning"], ["CEAP", "clinical, etiological, anatomical, pathophysiological classification"],
               ["EHIT", "endovenous heat-induced thrombosis (here used analogously: thrombus extension into the deep vein)"],
               ["GSV / SSV", "great / small saphenous vein"], ["VCSS", "venous clinical severity score"]], widths=(20, 80)),
            h(1, "1 Device description"),
            p("The " + Q_NAME_CER + ". The adhesive is a modified n-butyl-2-cyanoacrylate (5 ml vial). The dispenser "
              "gun delivers 0,10 ml per trigger pull; the catheter (5 Fr, 90 cm) is introduced under ultrasound guidance. "
              "After polymerisation the adhesive remains permanently in the vein and is slowly encapsulated."),
            h(1, "2 Intended purpose"),
            p("The device is foreseen for the " + Q_IU_CER + " of the lower extremity in adults with symptomatic venous "
              "reflux (reflux time > 0,5 s), CEAP C2 – C6, vein diameter 3 – 12 mm. Contraindications: known "
              "hypersensitivity to cyanoacrylates; acute superficial thrombophlebitis; deep vein thrombosis; pregnancy and "
              "breastfeeding; acute systemic infection."),
            h(1, "3 State of the art"),
            p("Endovenous thermal ablation (laser, radiofrequency) is first-line therapy for GSV incompetence acc. to the "
              "ESVS guideline 2022 [1]; non-thermal non-tumescent methods (cyanoacrylate, mechanochemical ablation) avoid "
              "tumescent anaesthesia and nerve injury. Closure rates at 12 months are 92 – 97 % for thermal ablation and "
              "cyanoacrylate closure [1, 2]."),
            h(1, "4 Equivalence"),
            p("ClosaVein is regarded as equivalent to VenaCura CA in clinical, technical and biological respect: same "
              "indication, same anatomical site, comparable n-butyl cyanoacrylate formulation and comparable delivery "
              "principle. " + Q_EQ1 + " The equivalence assessment is based on the publications [3, 4] and the publicly "
              "available FDA summary of the ClosaVein system."),
            h(1, "5 Clinical data"),
            t([["Ref.", "Study", "Device", "Population", "n", "Follow-up"],
               ["[5]", "VCA-ONE, prospective, 3 sites IT/AT", "VenaCura CA", "GSV incompetence, C2–C4", "120", "12 months"],
               ["[3]", "CLOSA-RCT, randomised vs. radiofrequency ablation", "ClosaVein (Meridian Vascular)", "GSV incompetence", "222", "5 years"],
               ["[4]", "CLOSA-EU registry", "ClosaVein (Meridian Vascular)", "GSV and SSV incompetence", "310", "3 years"],
               ["[2]", "Systematic review non-thermal ablation", "various", "GSV", "2 914", "up to 5 years"]],
              widths=(6, 28, 20, 22, 8, 16), caption="Tab. 1: Clinical data"),
            p("VCA-ONE results: anatomical closure 96,7 % at 12 months (116/120), VCSS improvement 3,8 points, DVT 0,8 %, "
              "phlebitis-like reaction 11,7 %, no pulmonary embolism. All CEP acceptance criteria are met. Long-term "
              "closure (5 years, 94,6 %) and the use in the SSV are supported by the data of the equivalent device [3, 4]."),
            h(1, "6 Residual risks acc. to ISO 14971 and benefit-risk"),
            ul("Phlebitis-like reaction / hypersensitivity reaction to the adhesive", "Deep vein thrombosis, thrombus extension into the common femoral vein",
               "Recanalisation of the treated vein", "Pain, bruising, paraesthesia", "Infection at the access site",
               "Catheter adhesion to the vein wall", "Granuloma formation or visible adhesive at superficial segments"),
            p("The benefit-risk profile is comparable to thermal ablation and positive."),
            h(1, "7 PMCF"),
            p("See PMCF plan PMCF-VCA-01 rev. 01."),
            h(1, "References"),
            ol("De Maeseneer MG, Kakkos SK, Aherne T, et al. European Society for Vascular Surgery (ESVS) 2022 clinical practice guidelines on the management of chronic venous disease of the lower limbs. Eur J Vasc Endovasc Surg 2022;63:184-267.",
               "Lane T, Bootun R, Dharmarajah B, et al. A multi-centre randomised controlled trial comparing radiofrequency and mechanical occlusion chemically assisted ablation of varicose veins. Phlebology 2017;32:89-98.",
               "Harlan JR, Whitfield M, Pak S. Five-year results of the CLOSA randomised trial of cyanoacrylate closure versus radiofrequency ablation. J Vasc Surg Venous Lymphat Disord 2022;10:551-560.",
               "Ortega G, Brandt H. Three-year outcomes of the CLOSA-EU registry. Phlebology 2023;38:402-410.",
               "Angiolux. VCA-ONE clinical investigation report, v1.0, 2024-11-08 (on file)."),
        ])


def pmcf():
    return doc(
        "PMCF Plan PMCF-VCA-01",
        "PMCF-VCA-01 rev. 01 – 2025-01-27",
        [
            kv(("Device", "VenaCura CA closure system"), ("Basic UDI-DI", UDI), ("Class", "III"),
               ("Revision", "01 (27.01.2025)")),
            h(1, "1 Objective"),
            p("Confirm safety and performance of VenaCura CA during its lifetime."),
            h(1, "2 Activities"),
            ul("Literature review once per year", Q_PMCF2, "Collection of complaints"),
            h(1, "3 Sample size and endpoints"),
            p(Q_PMCF1 + " Endpoints will be fixed together with the questionnaire."),
            h(1, "4 Timeline"),
            p("The PMCF evaluation report is written annually."),
        ])


def ifu_en():
    return doc(
        "VenaCura CA – Instructions for Use",
        "IFU-VCA EN rev. 04 – 2025-01",
        [
            p("VenaCura CA closure system: adhesive VC-A5, dispenser gun VC-G, delivery catheter VC-C5. Sterile, single "
              "use. " + MFR + ". Basic UDI-DI " + UDI + ". CE 2977."),
            h(1, "Indications"),
            p("VenaCura CA is intended for the permanent closure of the incompetent great saphenous vein (GSV) in adults "
              "(from 18 years) with symptomatic venous reflux, CEAP C2 – C6, vein diameter 3 – 12 mm. " + Q_IU_IFU),
            h(1, "Contraindications"),
            ul("Known hypersensitivity to cyanoacrylates", "Acute superficial thrombophlebitis", "Deep vein thrombosis",
               "Pregnancy and breastfeeding", "Acute systemic infection"),
            h(1, "Warnings"),
            ul("Place the catheter tip 5 cm distal to the sapheno-femoral junction under ultrasound control.",
               "Do not inject adhesive closer than 5 cm to the junction.",
               "Use only in an outpatient or hospital procedure room with duplex ultrasound."),
            h(1, "Possible complications"),
            ul("Phlebitis-like reaction, hypersensitivity", "Deep vein thrombosis, thrombus extension into the common femoral vein",
               "Recanalisation", "Pain, bruising, paraesthesia", "Infection at the access site", "Catheter adhesion",
               "Granuloma or visible adhesive"),
            h(1, "Technical data"),
            t([["Component", "Specification"], ["Adhesive VC-A5", "5 ml modified n-butyl-2-cyanoacrylate"],
               ["Dispenser gun VC-G", "0.10 ml per trigger pull"], ["Catheter VC-C5", "5 Fr, usable length 90 cm"],
               ["Storage", "below 25 °C, shelf life 24 months"]], widths=(35, 65)),
        ])


def ifu_it():
    return doc(
        "VenaCura CA – Istruzioni per l'uso",
        "IFU-VCA IT rev. 04 – 2025-01",
        [
            p("Sistema di chiusura VenaCura CA: adesivo VC-A5, pistola erogatrice VC-G, catetere di rilascio VC-C5. "
              "Sterile, monouso. Angiolux S.r.l., Bologna. UDI-DI di base " + UDI + ". CE 2977."),
            h(1, "Indicazioni"),
            p("VenaCura CA è destinato alla chiusura permanente della vena grande safena (VGS) incontinente in pazienti "
              "adulti (dai 18 anni) con reflusso venoso sintomatico, CEAP C2 – C6, diametro della vena 3 – 12 mm. Non deve "
              "essere utilizzato nella vena piccola safena né nelle vene perforanti."),
            h(1, "Controindicazioni"),
            ul("Ipersensibilità nota ai cianoacrilati", "Tromboflebite superficiale acuta", "Trombosi venosa profonda",
               "Gravidanza e allattamento", "Infezione sistemica acuta"),
            h(1, "Avvertenze"),
            ul("Posizionare la punta del catetere 5 cm distalmente alla giunzione safeno-femorale sotto controllo ecografico.",
               "Non iniettare adesivo a meno di 5 cm dalla giunzione.",
               "Utilizzare solo in ambulatorio o sala procedure ospedaliera dotata di eco-color-doppler."),
            h(1, "Possibili complicanze"),
            ul("Reazione simil-flebitica, ipersensibilità", "Trombosi venosa profonda, estensione del trombo nella vena femorale comune",
               "Ricanalizzazione", "Dolore, ecchimosi, parestesia", "Infezione nel sito di accesso", "Adesione del catetere",
               "Granuloma o adesivo visibile"),
            h(1, "Dati tecnici"),
            t([["Componente", "Specifica"], ["Adesivo VC-A5", "5 ml di n-butil-2-cianoacrilato modificato"],
               ["Pistola VC-G", "0,10 ml per azionamento"], ["Catetere VC-C5", "5 Fr, lunghezza utile 90 cm"],
               ["Conservazione", "sotto 25 °C, validità 24 mesi"]], widths=(35, 65)),
        ])


def sscp():
    return doc(
        "SSCP – VenaCura CA closure system",
        "SSCP-VCA rev. 01 – 2025-01-27",
        [
            h(1, "1 Identification"),
            kv(("Trade name", "VenaCura CA"), ("Manufacturer", MFR + ", SRN " + SRN), ("Basic UDI-DI", UDI),
               ("Class", "III"), ("Notified Body", NB)),
            h(1, "2 Intended use"),
            p("Permanent closure of the incompetent great saphenous vein in adults (18 years and older), CEAP C2 – C6, "
              "vein diameter 3 – 12 mm. Not for the small saphenous vein or perforator veins. Contraindications: "
              "hypersensitivity to cyanoacrylates, acute superficial thrombophlebitis, DVT, pregnancy and breastfeeding, "
              "acute systemic infection."),
            h(1, "3 Residual risks and undesirable effects"),
            p("Phlebitis-like reaction or hypersensitivity (11,7 % at 12 months in VCA-ONE), DVT / thrombus extension "
              "(0,8 %), recanalisation (3,3 % at 12 months), pain, bruising, paraesthesia, access-site infection, catheter "
              "adhesion, granuloma or visible adhesive."),
            h(1, "4 Clinical evidence"),
            p("Own study VCA-ONE (n = 120, 12 months) and data of the ClosaVein system (Meridian Vascular Inc.), claimed as "
              "equivalent device (RCT n = 222 with 5 years; registry n = 310)."),
            h(1, "5 Alternatives"),
            p("Endovenous laser or radiofrequency ablation, foam sclerotherapy, mechanochemical ablation, surgical stripping, compression."),
        ])


def cear():
    return doc(
        "Clinical Evaluation Assessment Report",
        "NB 2977 · CEAR-VCA-25-004 · 2025-03-04",
        [
            h(1, "A. Administrative particulars"),
            t([["Item", "Entry"], ["Device", Q_NAME_CEAR], ["Basic UDI-DI", UDI], ["Manufacturer", "Angiolux S.r.l. (" + SRN + ")"],
               ["Class", "III (Rule 8)"],
               ["Documents assessed", "CEP-VCA-01 rev. 03; CER-VCA-01 rev. 04; PMCF-VCA-01 rev. 01; IFU-VCA rev. 04 (EN, IT); SSCP-VCA rev. 01"]],
              widths=(25, 75)),
            h(1, "C. Intended purpose"),
            p("Permanent closure of the incompetent great saphenous vein in adults with symptomatic reflux, CEAP C2 – C6."),
            h(1, "D/E. Clinical data"),
            p("Own study VCA-ONE with 120 patients and 12 months. Longer-term data by equivalence to ClosaVein."),
            h(1, "F. PMCF"),
            p("PMCF plan received; annual reporting."),
            h(1, "I. Art. 54"),
            p("Class III implantable, Art. 54(1)(a) applies. Panel: circulatory system."),
        ], font="serif")


def files():
    return [
        F("CEP-VCA-01_rev03.md", "CEP", "en", cep()),
        F("CER-VCA-01_rev04.pdf", "CER", "en", cer()),
        F("PMCF-VCA-01_rev01.docx", "PMCF-plan", "en", pmcf()),
        F("IFU-VCA_EN_rev04.pdf", "IFU", "en", ifu_en()),
        F("IFU-VCA_IT_rev04.docx", "IFU", "it", ifu_it()),
        F("SSCP-VCA_rev01.pdf", "SSCP", "en", sscp()),
        F("CEAR-VCA-25-004.docx", "CEAR", "en", cear()),
    ]


LABELS = [
    L("cear_names_successor_generation", "device-identity", ["CEAR-VCA-25-004.docx", "CER-VCA-01_rev04.pdf"],
      [Q_NAME_CEAR, Q_NAME_CER],
      "The CEAR assesses a 'VenaCura CA 2 Closure System', while CEP, CER, IFU and SSCP describe 'VenaCura CA'; no alias "
      "or generation change is declared."),
    L("equivalence_to_competitor_without_contract", "evidence", ["CER-VCA-01_rev04.pdf"],
      [Q_EQ1, Q_EQ2],
      "For a class III implantable device the CER claims equivalence to another manufacturer's device and relies on its "
      "data for 5-year closure and SSV use, without a contract granting access to its technical documentation (Art. 61(5))."),
    L("cer_widens_indication_to_ssv_and_perforators", "intended-use", ["CER-VCA-01_rev04.pdf", "IFU-VCA_EN_rev04.pdf"],
      [Q_IU_CER, Q_IU_IFU],
      "The CER intended purpose includes small saphenous and perforator veins; the IFU (EN/IT), SSCP and CEAR restrict "
      "use to the great saphenous vein and exclude SSV and perforators."),
    L("pmcf_survey_only_no_sample_size", "pmcf", ["PMCF-VCA-01_rev01.docx"],
      [Q_PMCF1, Q_PMCF2],
      "The PMCF plan of a class III implant relies on a physician satisfaction survey, postpones sample size and "
      "endpoints, has a generic objective and no post-market study, although no long-term own data exist."),
]

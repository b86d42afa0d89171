"""e10: resorbable haemostatic patch with human plasma-derived thrombin (class III, Rules 14 and 8). Defective."""

from elib import Doc, Dossier
from ecommon import appendices

DOSSIER_ID = "e10_patch"
MFR = "Caldera Biosurgical GmbH"
ADDR = "Technologiepark 8, 4020 Linz, Austria"
SRN = "AT-MF-000009174"
UDI = "9120086FIBRASEALTJ"
UDI_CEAR = "9120086FIBRASEALTXM"
NB = "Donau Medical Certification GmbH, Notified Body 2946"

CLASS_TXT = ("Class III. Rule 14 applies because the patch incorporates human plasma-derived thrombin as an ancillary "
             "medicinal substance, and Rule 8 because it is wholly absorbed. Rule 18 was considered and does not "
             "apply: the matrix is synthetic and the only human-derived component is a blood derivative covered by "
             "Article 1(8), not a tissue or cell derivative.")
ID_CEAR = "The FibraSeal TX patch is indicated as an adjunct to haemostasis"
NEURO_CER = "spinal and cranial neurosurgery, including dural and epidural bleeding"
NEURO_IFU = "Do not use in neurosurgical procedures, in the spinal canal or in contact with neural tissue."
CLAIM = "FibraSeal T stops every type of surgical bleeding within 60 seconds and is free of complications."
PIG_ROW = "Porcine carotid artery puncture model (12 animals)"
INVITRO_ROW = "In vitro clotting time with human plasma"
EV_SENT = "These experiments support use of the patch in cardiovascular surgery and in neurosurgery."

RISKS = ["Hypersensitivity to human blood products", "Transmission of infectious agents (human-derived thrombin)",
         "Thromboembolism if material enters a blood vessel", "Postoperative adhesions", "Foreign-body reaction",
         "Infection or abscess at the application site", "Postoperative fluid collection", "Re-bleeding"]


def cep():
    d = Doc("Clinical Evaluation Plan – FibraSeal T", meta=[
        ("Document", "CBS-CEP-FST"), ("Version", "1.2"), ("Date", "30 April 2024"), ("Manufacturer", f"{MFR}, {ADDR}")],
        header="CBS-CEP-FST v1.2")
    d.h("1. Device")
    d.p("FibraSeal T is a flexible, fully resorbable haemostatic patch of polyglycolic acid and polyethylene glycol, "
        "coated on its active side with human plasma-derived thrombin (2.0 IU/cm²). It is resorbed within about 8 weeks.")
    d.h("2. Classification and consultation")
    d.p(CLASS_TXT + " The Notified Body will consult the EMA on the thrombin (Annex IX section 5.2) and apply the "
        "consultation procedure of Article 54(1)(a) for a class III implantable device.")
    d.h("3. Intended purpose and target group")
    d.p("Adjunct to haemostasis in adults undergoing open or laparoscopic hepatic, cardiovascular or general soft-tissue "
        "surgery when conventional techniques (suture, ligature, cautery) are ineffective or impractical.")
    d.h("4. Outcome parameters and acceptance criteria")
    d.table(["Parameter", "Criterion"], [
        ["Haemostasis within 3 minutes of application (primary)", "≥ 85 % and superior to oxidised regenerated cellulose (ORC)"],
        ["Re-bleeding requiring intervention within 48 h", "≤ 3 %"],
        ["Thromboembolic events to 3 months", "not higher than control"],
        ["Anti-thrombin antibodies with clinical consequences", "0"]], widths=(55, 45))
    d.h("5. Clinical evidence planned")
    d.p("HAEMO-T randomised investigation in hepatic resection; HAEMO-ST single-arm investigation in general "
        "soft-tissue surgery; literature on thrombin-coated haemostats.")
    return d


CER_CTX = {'name': 'FibraSeal T',
 'databases': 'PubMed and Embase',
 'period': '2005 to 2024',
 'records': '486',
 'retained': '12',
 'gspr': [('GSPR 1 and 8', 'HAEMO-T and HAEMO-ST: haemostasis criteria met'),
          ('GSPR 12.1', 'Human thrombin: no seroconversion, no hypersensitivity observed'),
          ('GSPR 13.2', 'Viral safety of the plasma derivative assessed in the EMA consultation')],
 'evaluators': ['Univ.-Prof. Dr. Lukas Gruber, hepatobiliary surgeon',
                'Mag. Eva Steiner, clinical evaluation specialist'],
 'update': 'The report is updated every year.'}


def cer():
    d = Doc("Clinical Evaluation Report", subtitle="FibraSeal T resorbable haemostatic patch", meta=[
        ("Document", "CBS-CER-FST"), ("Version", "2.0"), ("Date", "14 January 2025"), ("Manufacturer", f"{MFR}, {ADDR}"),
        ("SRN", SRN), ("Basic UDI-DI", UDI), ("CEP", "CBS-CEP-FST v1.2")], header="CBS-CER-FST v2.0")
    d.h("1 Summary")
    d.p("FibraSeal T achieved haemostasis within 3 minutes in 92.2 % of hepatic resections, superior to ORC. Data from "
        "soft-tissue surgery and supportive pre-clinical studies complete the evidence.")
    d.h("2 Device and classification")
    d.p("Synthetic resorbable matrix coated with human thrombin; sizes 5 × 5 cm, 10 × 10 cm and 10 × 20 cm. " + CLASS_TXT)
    d.h("3 Intended purpose")
    d.p("FibraSeal T is an adjunct to haemostasis in adults when conventional surgical techniques are ineffective or "
        "impractical, in open or laparoscopic hepatic surgery, cardiovascular surgery, general soft-tissue surgery and "
        + NEURO_CER + ".")
    d.h("4 State of the art")
    d.p("Topical haemostats (ORC, gelatin, collagen, fibrin sealant patches) are used when suture or cautery fail. "
        "Randomised trials of fibrinogen/thrombin-coated patches report haemostasis at 3–5 minutes in 75–95 % of "
        "patients versus 40–70 % with ORC or argon beam [1, 2].")
    d.h("5 Clinical and supporting data")
    d.table(["Source", "Type / population", "n", "Follow-up", "Result"], [
        ["HAEMO-T [3]", "RCT, FibraSeal T vs ORC, elective hepatic resection, adults", "180 (90/90)", "3 months", "Haemostasis at 3 min 92.2 % vs 68.9 %"],
        ["HAEMO-ST [4]", "Single-arm, general soft-tissue surgery (pancreas, kidney, retroperitoneum), adults", "64", "3 months", "Haemostasis at 3 min 90.6 %"],
        ["CBS-PC-07 [5]", PIG_ROW, "12", "14 days", "Haemostasis in all punctures"],
        ["CBS-LAB-03 [6]", INVITRO_ROW, "–", "–", "Clotting time 18 s"],
        ["Rickenbacher 2009 [1]", "RCT, fibrin sealant patch vs argon beam, liver", "119", "1 month", "State of the art"]],
        widths=(16, 36, 12, 12, 24))
    d.p(EV_SENT)
    d.h("6 Results against acceptance criteria")
    d.table(["Criterion (CBS-CEP-FST)", "Target", "Result", "Met"], [
        ["Haemostasis within 3 minutes", "≥ 85 %, superior to ORC", "92.2 % vs 68.9 % (p < 0.001)", "yes"],
        ["Re-bleeding within 48 h", "≤ 3 %", "1.1 %", "yes"],
        ["Thromboembolic events to 3 months", "≤ control", "2.2 % vs 3.3 %", "yes"],
        ["Clinically relevant anti-thrombin antibodies", "0", "0", "yes"]], widths=(36, 24, 28, 12))
    d.h("7 Safety")
    d.p("In HAEMO-T the following adverse events occurred with FibraSeal T: postoperative fluid collection 6.7 %, "
        "infection or abscess 3.3 %, thromboembolism 2.2 %, re-bleeding 1.1 %. No hypersensitivity reaction or viral "
        "seroconversion was observed.")
    d.h("8 Benefit-risk")
    d.p(CLAIM + " The benefit-risk ratio is therefore favourable for all intended uses.")
    d.h("9 Residual risks")
    d.ul(RISKS)
    d.h("10 PMCF")
    d.p("See PMCF plan CBS-PMCF-FST v1.1.")
    d.h("References")
    d.ol(["Rickenbacher A et al. Efficacy of TachoSil versus argon beam coagulation after liver resection. World J Surg. 2009;33:2585-92.",
          "Genyk Y et al. Fibrin sealant patch vs standard treatment in hepatic resection. HPB. 2016;18:330-8.",
          "Caldera Biosurgical. HAEMO-T clinical investigation report CBS-CIR-011, 2024.",
          "Caldera Biosurgical. HAEMO-ST clinical investigation report CBS-CIR-014, 2024.",
          "Caldera Biosurgical. Porcine carotid puncture study CBS-PC-07, 2022.",
          "Caldera Biosurgical. In vitro clotting study CBS-LAB-03, 2021."])
    appendices(d, CER_CTX, 0)
    return d


def pmcf():
    d = Doc("PMCF Plan – FibraSeal T", meta=[("Document", "CBS-PMCF-FST"), ("Version", "1.1"), ("Date", "20 January 2025"),
                                            ("CER", "CBS-CER-FST v2.0")], header="CBS-PMCF-FST v1.1")
    d.h("A. Objectives")
    d.ul(["Confirm haemostatic effectiveness in hepatic, cardiovascular and general soft-tissue surgery.",
          "Quantify thromboembolic events, adhesions and infection (residual risks).",
          "Monitor hypersensitivity and suspected transmission of infectious agents (human-derived thrombin).",
          "Detect off-label use."])
    d.h("B. Activities")
    d.p("FST-REG: prospective multicentre registry in 15 European hospitals, 400 adults, with at least 120 cardiovascular "
        "procedures. For a haemostasis rate of 90 %, 120 patients per surgical field give a 95 % CI half-width of ±5.4 %. "
        "Follow-up: intraoperative, 48 hours and 3 months.")
    d.p("General activities: literature review every 6 months, complaint and vigilance trending, plasma-donor "
        "look-back information from the thrombin supplier.")
    d.h("C. Timeline")
    d.p("First patient Q2 2025; yearly PMCF evaluation report; final report Q4 2027.")
    return d


def ifu_en():
    d = Doc("FibraSeal T – Instructions for Use", subtitle="Resorbable haemostatic patch with human thrombin", meta=[
        ("Document", "CBS-IFU-FST rev. C"), ("Manufacturer", f"{MFR}, {ADDR}"), ("Basic UDI-DI", UDI)],
        header="CBS-IFU-FST rev. C – EN")
    d.h("Indications")
    d.p("FibraSeal T is indicated in adults as an adjunct to haemostasis in open or laparoscopic hepatic, cardiovascular "
        "and general soft-tissue surgery when control of bleeding by conventional techniques is ineffective or impractical.")
    d.h("Contraindications")
    d.ul(["Do not use intravascularly.", "Known hypersensitivity to human blood products or to any component.",
          NEURO_IFU, "Not for control of pulsatile arterial bleeding."])
    d.h("Warnings")
    d.ul(["Contains a human plasma derivative; the risk of transmitting infectious agents cannot be totally excluded.",
          "Apply the active (yellow) side to the bleeding surface.", "Use the minimum amount needed to achieve haemostasis."])
    d.h("Undesirable effects")
    d.p("Hypersensitivity, transmission of infectious agents, thromboembolism, adhesions, foreign-body reaction, "
        "infection or abscess, fluid collection, re-bleeding.")
    d.h("Specifications")
    d.table(["Item", "Value"], [["Sizes", "5 × 5 cm, 10 × 10 cm, 10 × 20 cm"], ["Thrombin", "2.0 IU/cm² (human)"],
                                ["Resorption", "about 8 weeks"], ["Storage", "2–25 °C"]], widths=(35, 65))
    return d


def ifu_fr():
    d = Doc("FibraSeal T – Notice d’utilisation", subtitle="Compresse hémostatique résorbable à la thrombine humaine", meta=[
        ("Document", "CBS-IFU-FST rév. C"), ("Fabricant", f"{MFR}, {ADDR}"), ("IUD-ID de base", UDI)],
        header="CBS-IFU-FST rév. C – FR")
    d.h("Indications")
    d.p("FibraSeal T est indiqué chez l’adulte comme adjuvant de l’hémostase en chirurgie hépatique, cardiovasculaire et "
        "des tissus mous, par voie ouverte ou laparoscopique, lorsque le contrôle du saignement par les techniques "
        "conventionnelles est inefficace ou impossible.")
    d.h("Contre-indications")
    d.ul(["Ne pas utiliser par voie intravasculaire.", "Hypersensibilité connue aux produits sanguins humains ou à l’un des composants.",
          "Ne pas utiliser en neurochirurgie, dans le canal rachidien ni au contact du tissu nerveux.",
          "Ne convient pas au contrôle d’un saignement artériel pulsatile."])
    d.h("Avertissements")
    d.ul(["Contient un dérivé du plasma humain ; le risque de transmission d’agents infectieux ne peut être totalement exclu.",
          "Appliquer la face active (jaune) sur la surface qui saigne.", "Utiliser la quantité minimale nécessaire pour obtenir l’hémostase."])
    d.h("Effets indésirables")
    d.p("Hypersensibilité, transmission d’agents infectieux, thromboembolie, adhérences, réaction à corps étranger, "
        "infection ou abcès, collection liquidienne, reprise du saignement.")
    d.h("Caractéristiques")
    d.table(["Élément", "Valeur"], [["Tailles", "5 × 5 cm, 10 × 10 cm, 10 × 20 cm"], ["Thrombine", "2,0 UI/cm² (humaine)"],
                                    ["Résorption", "environ 8 semaines"], ["Conservation", "2–25 °C"]], widths=(35, 65))
    return d


def sscp():
    d = Doc("Summary of Safety and Clinical Performance – FibraSeal T", meta=[
        ("Document", "CBS-SSCP-FST"), ("Revision", "1"), ("Date", "January 2025")], header="CBS-SSCP-FST rev. 1")
    d.h("1. Identification")
    d.kv([("Trade name", "FibraSeal T"), ("Manufacturer", f"{MFR}, {ADDR}"), ("SRN", SRN), ("Basic UDI-DI", UDI),
          ("Class", "III (Rules 14 and 8)"), ("Notified Body", NB)])
    d.h("2. Intended use")
    d.p("Adjunct to haemostasis in adults in open or laparoscopic hepatic, cardiovascular and general soft-tissue "
        "surgery when conventional techniques are ineffective or impractical. Contraindications: intravascular use, "
        "hypersensitivity to human blood products, neurosurgery and contact with neural tissue, pulsatile arterial "
        "bleeding.")
    d.h("3. Risks")
    d.table(["Residual risk / side-effect", "HAEMO-T (90 treated patients, 3 months)"], [
        [RISKS[0], "0 %"], [RISKS[1], "0 % (no seroconversion)"], [RISKS[2], "2.2 %"], [RISKS[3], "not assessed systematically"],
        [RISKS[4], "0 %"], [RISKS[5], "3.3 %"], [RISKS[6], "6.7 %"], [RISKS[7], "1.1 %"]], widths=(60, 40))
    d.h("4. Clinical evidence")
    d.p("HAEMO-T: haemostasis at 3 minutes 92.2 % versus 68.9 % with ORC. HAEMO-ST: 90.6 % in soft-tissue surgery.")
    d.h("5. PMCF")
    d.p("FST-REG registry, 400 adults, 3-month follow-up.")
    return d


def cear():
    d = Doc("Clinical Evaluation Assessment Report", subtitle=NB, meta=[
        ("Report", "DMC-CEAR-0588"), ("Device", "FibraSeal TX resorbable haemostatic patch"), ("Basic UDI-DI", UDI_CEAR),
        ("Date", "25 February 2025")], header="DMC-CEAR-0588")
    d.h("A. Administrative")
    d.p(f"Manufacturer {MFR}, SRN {SRN}. Class III under Rules 14 and 8; EMA consultation on the human thrombin "
        "completed. Documents: CBS-CEP-FST v1.2, CBS-CER-FST v2.0, CBS-PMCF-FST v1.1, CBS-IFU-FST rev. C (EN, FR), "
        "CBS-SSCP-FST rev. 1.")
    d.h("C. Intended purpose")
    d.p(ID_CEAR + " in adults in open or laparoscopic hepatic, cardiovascular and general soft-tissue surgery when "
        "conventional techniques are ineffective or impractical.")
    d.h("E. Clinical investigations")
    d.p("HAEMO-T (180 patients) and HAEMO-ST (64 patients) met the CEP criteria.")
    d.h("F. PMCF")
    d.p("Registry of 400 patients with sample-size rationale.")
    d.h("H. Conclusion")
    d.p("Benefit-risk acceptable for the intended purpose.")
    d.h("I. Article 54")
    d.p("Class III implantable (resorbable) device: Article 54(1)(a) applies. Panel: general and plastic surgery and "
        "dentistry.")
    return d


def build(root):
    x = Dossier(DOSSIER_ID, "resorbable haemostatic patch with human-derived thrombin", "III", root)
    x.add("CBS-CEP-FST_v1.2.pdf", "CEP", cep())
    x.add("CBS-CER-FST_v2.0.docx", "CER", cer())
    x.add("CBS-PMCF-FST_v1.1.pdf", "PMCF-plan", pmcf(), serif=True)
    x.add("FibraSealT_IFU_EN.docx", "IFU", ifu_en())
    x.add("FibraSealT_IFU_FR.pdf", "IFU", ifu_fr(), lang="fr")
    x.add("FibraSealT_SSCP.pdf", "SSCP", sscp())
    x.add("DMC-CEAR-0588.pdf", "CEAR", cear(), accent=(110, 40, 90))
    cer_f, cear_f, ifu = "CBS-CER-FST_v2.0.docx", "DMC-CEAR-0588.pdf", "FibraSealT_IFU_EN.docx"
    x.label("cear_names_fibraseal_tx", "device-identity", [cear_f, cer_f],
            [ID_CEAR, "FibraSeal TX resorbable haemostatic patch", "Basic UDI-DI " + UDI_CEAR,
             "FibraSeal T resorbable haemostatic patch", "Basic UDI-DI " + UDI],
            "The CEAR assesses 'FibraSeal TX' with Basic UDI-DI 9120086FIBRASEALTXM; every other document names "
            "FibraSeal T with Basic UDI-DI 9120086FIBRASEALTJ.")
    x.label("neurosurgery_indication_vs_contraindication", "intended-use", [cer_f, ifu], [NEURO_CER, NEURO_IFU],
            "The CER's intended purpose includes spinal and cranial neurosurgery, which the IFU contraindicates; the "
            "CEP, SSCP and CEAR do not list it.", ["evidence"])
    x.label("absolute_haemostasis_claim", "claim", [cer_f], [CLAIM],
            "The CER claims haemostasis of every type of bleeding within 60 seconds with no complications, whereas its "
            "data show 92.2 % at 3 minutes and adverse events such as fluid collection, infection and thromboembolism.")
    x.label("animal_and_in_vitro_data_for_indications", "evidence", [cer_f], [PIG_ROW, INVITRO_ROW, EV_SENT],
            "Cardiovascular and neurosurgical use rest on a pig model and an in vitro clotting test; no clinical data "
            "cover these indications.", ["intended-use"])
    return x

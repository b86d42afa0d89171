"""h06: total ankle replacement, clean (legacy device, Art. 54(2)(b) exemption stated consistently)."""

from .base import Doc, Dossier

MFR = "Orthofin Oy"
ADDR = "Hermiankatu 6, 33720 Tampere, Finland"
UDI = "6430071TALARA0M2"


def cep():
    return [
        ("title", "Clinical evaluation plan – Talara Total Ankle System"),
        ("meta", [("Document", "OF-CEP-TA-01"), ("Version", "4.0"), ("Date", "2 May 2024")]),
        ("h", 1, "Device and regulatory context"),
        ("p", "The Talara Total Ankle System, consisting of a tibial component and a talar component in cobalt-"
              "chromium-molybdenum alloy with titanium plasma spray and hydroxyapatite coating and of a mobile "
              "bearing insert in vitamin-E-stabilised UHMWPE, has been on the European market under Directive "
              "93/42/EEC since 2015. For the transition to Regulation (EU) 2017/745 it is classified class III "
              "according to Rule 8 (total joint replacement). The design, the materials and the intended purpose "
              "have not been changed; the only modifications are those of labelling, UDI and IFU content "
              "required by the MDR."),
        ("h", 1, "Intended purpose, indications, contraindications"),
        ("p", "Replacement of the ankle joint in skeletally mature adults (18 years and over) with a body weight "
              "up to 115 kg who suffer from painful, disabling end-stage arthritis of the tibiotalar joint due "
              "to primary osteoarthritis, post-traumatic arthritis or rheumatoid arthritis. Contraindications: "
              "active or previous deep infection of the ankle; avascular necrosis of more than one third of the "
              "talus; varus or valgus deformity above 15° that cannot be corrected; Charcot neuroarthropathy; "
              "severe peripheral arterial disease; insufficient bone stock; neuromuscular disorders affecting "
              "ankle stability."),
        ("h", 1, "Outcome parameters and acceptance criteria"),
        ("table", None, ["Parameter", "Acceptance criterion (state of the art)"], [
            ["Survivorship (revision of a metal component) at 5 years", "≥ 90 %"],
            ["AOFAS ankle-hindfoot score", "mean improvement ≥ 30 points at 2 years"],
            ["Deep periprosthetic infection", "≤ 3 %"],
            ["Wound healing complications", "≤ 10 %"],
        ]),
        ("h", 1, "Data sources and development plan"),
        ("p", "Clinical data from the manufacturer's prospective cohort TALARA-FIN (since 2015), from the Finnish "
              "Arthroplasty Register, and from a systematic literature review for the state of the art. PMCF "
              "continues the cohort and the register analyses during the lifetime of the implant."),
    ]


def cer():
    return [
        ("title", "CLINICAL EVALUATION REPORT\nTalara Total Ankle System"),
        ("meta", [("Document", "OF-CER-TA-02"), ("Version", "5.1"), ("Date", "18 November 2024"),
                  ("Basic UDI-DI", UDI)]),
        ("h", 1, "A. Summary"),
        ("p", "On the basis of nine years of clinical experience with the Talara system, of which the own "
              "prospective cohort of 212 patients and the national register data of 480 implants are the most "
              "important sources, it is concluded that the device performs as intended, that the clinical "
              "benefits of pain relief and preserved ankle motion are achieved, and that the risks are "
              "acceptable in comparison with the state of the art, which includes ankle arthrodesis and other "
              "three-component ankle prostheses."),
        ("h", 1, "B. Description of the device"),
        ("p", "Tibial component (six sizes) with a flat articulating surface and a stem, talar component (six "
              "sizes) with an anatomical sulcus, and a mobile insert in vitamin-E-stabilised ultra-high "
              "molecular weight polyethylene in thicknesses of 6, 7, 8, 10 and 12 mm. Metal components are "
              "made of CoCrMo (ISO 5832-12) with a porous titanium plasma spray and a hydroxyapatite coating "
              "on the bone-contacting surfaces. Classification: class III, Rule 8."),
        ("h", 1, "C. Intended purpose"),
        ("p", "The system is intended for skeletally mature adults, aged 18 years or older and weighing not more "
              "than 115 kg, with painful, disabling end-stage arthritis of the ankle (primary osteoarthritis, "
              "post-traumatic arthritis, rheumatoid arthritis). The contraindications listed in the CEP and the "
              "IFU apply without change: deep infection active or previous, avascular necrosis of more than one "
              "third of the talus, uncorrectable deformity above 15°, Charcot neuroarthropathy, severe "
              "peripheral arterial disease, insufficient bone stock and neuromuscular disorders affecting "
              "stability. Implantation is done in hospital by orthopaedic foot and ankle surgeons."),
        ("h", 1, "D. Regulatory status and consultation procedure"),
        ("p", "The device is class III implantable, so that in principle Article 54(1)(a) would require the "
              "clinical evaluation consultation procedure. However, the Talara has been marketed by Orthofin "
              "under Directive 93/42/EEC since 2015 (certificate NMC-MDD-2015-114, valid, never suspended), and "
              "the only modifications are those needed to comply with the MDR; for this reason the exemption "
              "of Article 54(2)(b), as interpreted in MDCG 2019-3 Rev.1, is requested, and the certificate "
              "history has been supplied to the Notified Body."),
        ("h", 1, "E. State of the art"),
        ("split", "End-stage ankle arthritis is treated either by arthrodesis, which gives reliable pain relief at "
                  "the cost of motion and with a known risk of adjacent-joint degeneration in the long term, or by "
                  "total ankle replacement, whose survivorship according to a meta-analysis is about 89 % at ten "
                  "years, with registers reporting",
         "5-year survival of 90 to 95 % for current three-component designs. Wound healing problems, "
         "periprosthetic infection, aseptic loosening, osteolysis and malleolar fractures are the main "
         "complications described in the literature."),
        ("h", 1, "F. Clinical data"),
        ("p", "The literature search (PubMed, Embase, Cochrane; 2010–2024) gave 1214 records; 38 publications "
              "were retained for the state of the art, and two sources of device-specific data, listed in "
              "Table 1, were available."),
        ("table", "Table 1. Device-specific and benchmark data", ["Source", "Design", "N", "Follow-up", "Results"], [
            ["TALARA-FIN (own cohort)", "Prospective, 4 Finnish hospitals", "212 ankles", "mean 6.1 years (2–9)",
             "Survivorship 96.1 % at 5 years, 94.2 % at 7 years; AOFAS 38 → 84 at 2 years; deep infection 1.4 %; wound complications 6.6 %"],
            ["Finnish Arthroplasty Register", "National register, all Talara implants", "480", "up to 8 years",
             "Survivorship 95.0 % at 5 years, 92.8 % at 8 years"],
            ["Zaidi 2013", "Meta-analysis, TAR", "7942", "mean 8.2 years", "10-year survival 89 %"],
            ["Onggo 2020", "Meta-analysis, TAR vs arthrodesis", "5798", "–", "Similar patient-reported outcomes, more reoperations after TAR"],
        ]),
        ("p", "Against the criteria of the CEP, the results are: survivorship at 5 years 96.1 % (criterion ≥ 90 "
              "%), mean AOFAS improvement of 46 points at 2 years (≥ 30), deep periprosthetic infection 1.4 % "
              "(≤ 3 %) and wound healing complications 6.6 % (≤ 10 %). All criteria are met."),
        ("h", 1, "G. Benefit-risk and residual risks"),
        ("p", "Residual risks: wound healing problems, deep infection, aseptic loosening and subsidence, "
              "osteolysis and cyst formation, malleolar fracture, polyethylene wear, nerve injury, "
              "thromboembolism, need for revision or conversion to arthrodesis. Benefits: pain relief and "
              "improved function with preserved ankle motion. The ratio is favourable."),
        ("h", 1, "H. PMCF"),
        ("p", "OF-PMCF-TA-03 continues the TALARA-FIN cohort to 15 years and the register analyses, focusing on "
              "long-term survivorship, osteolysis and polyethylene wear."),
        ("h", 1, "I. References"),
        ("ol", ["Orthofin. TALARA-FIN cohort interim report 2024, OF-CIR-TA-09.",
                "Finnish Arthroplasty Register, annual report 2023, ankle section.",
                "Zaidi R, et al. The outcome of total ankle replacement: a systematic review and meta-analysis. Bone Joint J 2013;95-B:1500-1507.",
                "Onggo JR, et al. Outcome after total ankle arthroplasty with a minimum of five years follow-up: a systematic review and meta-analysis. Foot Ankle Surg 2020;26:556-563."]),
    ]


def pmcf():
    return [
        ("title", "PMCF PLAN – TALARA TOTAL ANKLE SYSTEM"),
        ("meta", [("Document", "OF-PMCF-TA-03"), ("Version", "2.0"), ("CER", "OF-CER-TA-02 version 5.1")]),
        ("h", 1, "1 Device"),
        ("p", f"Talara Total Ankle System; Basic UDI-DI {UDI}; class III, Rule 8; expected lifetime 15 years; "
              "adults ≥ 18 years, ≤ 115 kg, end-stage ankle arthritis. Not novel."),
        ("h", 1, "2 Activities"),
        ("h", 2, "2.1 TALARA-FIN extension (post-market clinical study)"),
        ("p", "The existing prospective cohort (212 ankles) is followed yearly to 15 years with radiographs at 5, "
              "10 and 15 years. Objectives: long-term survivorship, osteolysis and cysts, polyethylene wear, "
              "patient-reported outcomes (AOFAS, FAAM). Rationale: the residual risks of loosening and "
              "osteolysis appear late; with 150 ankles expected at 10 years, a survivorship of 90 % is estimated "
              "with a 95 % CI of ± 5 percentage points."),
        ("h", 2, "2.2 Register analyses"),
        ("p", "Yearly analysis of the Finnish Arthroplasty Register and, from 2025, of the Swedish Ankle Register "
              "and the UK NJR for all Talara implants (about 120 new implants per year)."),
        ("h", 2, "2.3 General methods"),
        ("p", "Literature screening, complaint trending, surgeon feedback at training courses."),
        ("h", 1, "3 Timeline"),
        ("p", "Annual PMCF evaluation report (each Q1), 10-year cohort report 2026, 15-year report 2031."),
    ]


def ifu_en():
    return [
        ("title", "Talara Total Ankle System – Instructions for Use"),
        ("p", f"{MFR} · {ADDR} · Basic UDI-DI {UDI}"),
        ("h", 1, "Intended purpose"),
        ("p", "Total replacement of the ankle joint."),
        ("h", 1, "Indications"),
        ("p", "Painful, disabling end-stage arthritis of the tibiotalar joint from primary osteoarthritis, "
              "post-traumatic arthritis or rheumatoid arthritis, in skeletally mature adults (18 years and "
              "older) whose body weight does not exceed 115 kg."),
        ("h", 1, "Contraindications"),
        ("ul", ["Active or previous deep infection of the ankle.", "Avascular necrosis of more than one third of the talus.",
                "Varus or valgus deformity of more than 15° that cannot be corrected.", "Charcot neuroarthropathy.",
                "Severe peripheral arterial disease.", "Insufficient bone stock.",
                "Neuromuscular disorders affecting the stability of the ankle."]),
        ("h", 1, "Warnings"),
        ("ul", ["For use by orthopaedic surgeons trained in the Talara technique, in hospital operating theatres.",
                "Do not combine components of other systems.", "Do not re-use or re-sterilise.",
                "Smoking and diabetes increase the risk of wound complications."]),
        ("h", 1, "Undesirable effects"),
        ("p", "Wound healing problems, infection, loosening, subsidence, osteolysis, malleolar fracture, "
              "polyethylene wear, nerve injury, thromboembolism, revision or arthrodesis."),
        ("h", 1, "Components"),
        ("table", None, ["Component", "Material", "Sizes"], [
            ["Tibial component", "CoCrMo, Ti plasma spray + HA", "1–6"],
            ["Talar component", "CoCrMo, Ti plasma spray + HA", "1–6"],
            ["Mobile insert", "UHMWPE with vitamin E", "6, 7, 8, 10, 12 mm"]]),
        ("p", "The SSCP is available in EUDAMED."),
    ]


def ifu_de():
    return [
        ("title", "Talara Sprunggelenkendoprothese – Gebrauchsanweisung"),
        ("p", f"{MFR} · Hermiankatu 6, 33720 Tampere, Finnland · Basis-UDI-DI {UDI}"),
        ("h", 1, "Zweckbestimmung"),
        ("p", "Totaler Ersatz des oberen Sprunggelenks."),
        ("h", 1, "Indikationen"),
        ("p", "Schmerzhafte, behindernde Arthrose des oberen Sprunggelenks im Endstadium (primäre Arthrose, "
              "posttraumatische Arthrose oder rheumatoide Arthritis) bei skelettal ausgereiften Erwachsenen "
              "(ab 18 Jahren) mit einem Körpergewicht bis 115 kg."),
        ("h", 1, "Kontraindikationen"),
        ("ul", ["Aktive oder frühere tiefe Infektion des Sprunggelenks.", "Avaskuläre Nekrose von mehr als einem Drittel des Talus.",
                "Nicht korrigierbare Varus- oder Valgusfehlstellung von mehr als 15°.", "Charcot-Neuroarthropathie.",
                "Schwere periphere arterielle Verschlusskrankheit.", "Unzureichende Knochensubstanz.",
                "Neuromuskuläre Erkrankungen, die die Stabilität des Sprunggelenks beeinträchtigen."]),
        ("h", 1, "Warnhinweise"),
        ("ul", ["Nur zur Anwendung durch in der Talara-Technik geschulte orthopädische Chirurgen im Operationssaal eines Krankenhauses.",
                "Keine Komponenten anderer Systeme kombinieren.", "Nicht wiederverwenden oder resterilisieren.",
                "Rauchen und Diabetes erhöhen das Risiko von Wundheilungsstörungen."]),
        ("h", 1, "Unerwünschte Wirkungen"),
        ("p", "Wundheilungsstörungen, Infektion, Lockerung, Einsinken, Osteolyse, Malleolarfraktur, "
              "Polyethylenverschleiß, Nervenverletzung, Thromboembolie, Revision oder Arthrodese."),
        ("h", 1, "Komponenten"),
        ("table", None, ["Komponente", "Werkstoff", "Größen"], [
            ["Tibiakomponente", "CoCrMo, Ti-Plasmaspray + HA", "1–6"],
            ["Taluskomponente", "CoCrMo, Ti-Plasmaspray + HA", "1–6"],
            ["Mobiles Inlay", "UHMWPE mit Vitamin E", "6, 7, 8, 10, 12 mm"]]),
        ("p", "Der SSCP ist in EUDAMED verfügbar."),
    ]


def ifu_it():
    return [
        ("title", "Protesi totale di caviglia Talara – Istruzioni per l'uso"),
        ("p", f"{MFR} · Hermiankatu 6, 33720 Tampere, Finlandia · UDI-DI di base {UDI}"),
        ("h", 1, "Destinazione d'uso"),
        ("p", "Sostituzione totale dell'articolazione della caviglia."),
        ("h", 1, "Indicazioni"),
        ("p", "Artrosi tibio-astragalica in fase terminale, dolorosa e invalidante, dovuta ad artrosi primaria, "
              "artrosi post-traumatica o artrite reumatoide, in adulti con maturità scheletrica (dai 18 anni) "
              "con peso corporeo fino a 115 kg."),
        ("h", 1, "Controindicazioni"),
        ("ul", ["Infezione profonda della caviglia, in atto o pregressa.", "Necrosi avascolare di oltre un terzo dell'astragalo.",
                "Deformità in varo o valgo superiore a 15° non correggibile.", "Neuroartropatia di Charcot.",
                "Arteriopatia periferica grave.", "Patrimonio osseo insufficiente.",
                "Disturbi neuromuscolari che compromettono la stabilità della caviglia."]),
        ("h", 1, "Avvertenze"),
        ("ul", ["Uso riservato a chirurghi ortopedici addestrati alla tecnica Talara, in sala operatoria ospedaliera.",
                "Non combinare componenti di altri sistemi.", "Non riutilizzare né risterilizzare.",
                "Il fumo e il diabete aumentano il rischio di complicanze della ferita."]),
        ("h", 1, "Effetti indesiderati"),
        ("p", "Problemi di guarigione della ferita, infezione, mobilizzazione, affondamento, osteolisi, "
              "frattura malleolare, usura del polietilene, lesione nervosa, tromboembolia, revisione o artrodesi."),
        ("h", 1, "Componenti"),
        ("table", None, ["Componente", "Materiale", "Taglie"], [
            ["Componente tibiale", "CoCrMo, Ti plasma spray + HA", "1–6"],
            ["Componente astragalica", "CoCrMo, Ti plasma spray + HA", "1–6"],
            ["Inserto mobile", "UHMWPE con vitamina E", "6, 7, 8, 10, 12 mm"]]),
        ("p", "L'SSCP è disponibile in EUDAMED."),
    ]


def sscp():
    return [
        ("title", "Summary of safety and clinical performance: Talara Total Ankle System"),
        ("p", "SSCP reference OF-SSCP-TA-04, revision 2, validated language English, December 2024."),
        ("h", 1, "Device identification"),
        ("p", f"Talara Total Ankle System, {MFR} ({ADDR}), SRN FI-MF-000008841, Basic UDI-DI {UDI}, class III, "
              "first CE certificate 2015 (Directive 93/42/EEC); Notified Body Nordic MedCert Oy (2958)."),
        ("h", 1, "Intended use"),
        ("p", "Total ankle replacement for skeletally mature adults (≥ 18 years, body weight ≤ 115 kg) with "
              "painful, disabling end-stage arthritis of the ankle from primary osteoarthritis, post-traumatic "
              "arthritis or rheumatoid arthritis. Not to be used with active or previous deep infection, "
              "avascular necrosis of more than one third of the talus, uncorrectable deformity over 15°, "
              "Charcot neuroarthropathy, severe peripheral arterial disease, insufficient bone stock, or "
              "neuromuscular disorders affecting ankle stability."),
        ("h", 1, "Residual risks and undesirable effects"),
        ("p", "In the TALARA-FIN cohort (212 ankles, mean 6.1 years) wound healing complications occurred in "
              "6.6 % and deep infection in 1.4 %; revision of a metal component was needed in 3.9 % by 5 years "
              "and 5.8 % by 7 years (loosening, subsidence, osteolysis). Malleolar fracture, polyethylene wear, "
              "nerve injury, thromboembolism and conversion to arthrodesis are also possible."),
        ("h", 1, "Clinical performance"),
        ("p", "Survivorship 96.1 % at 5 years in the cohort and 95.0 % at 5 years in the Finnish register (480 "
              "implants); mean AOFAS score improved from 38 to 84 points at 2 years. These data come from the "
              "device itself (no equivalence). PMCF continues the cohort to 15 years and the register analyses."),
        ("h", 1, "Alternatives"),
        ("p", "Ankle arthrodesis (open or arthroscopic); other total ankle prostheses; conservative care with "
              "orthoses and analgesics."),
        ("h", 1, "Users"),
        ("p", "Orthopaedic foot and ankle surgeons with Talara training."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report – Talara Total Ankle System"),
        ("meta", [("Notified Body", "Nordic MedCert Oy (NB 2958)"), ("Reference", "NMC-CEAR-24-212"), ("Date", "21 January 2025")]),
        ("h", 1, "Section A"),
        ("p", f"Manufacturer {MFR}; Talara Total Ankle System (tibial, talar components, mobile insert), Basic "
              f"UDI-DI {UDI}; class III, Rule 8. MDR certification of a legacy device. Documents: OF-CEP-TA-01 "
              "v4.0, OF-CER-TA-02 v5.1, OF-PMCF-TA-03 v2.0, OF-SSCP-TA-04 rev. 2, IFU EN/DE/IT."),
        ("h", 1, "Section C"),
        ("p", "Intended for skeletally mature adults (18 years and older, up to 115 kg) with painful end-stage "
              "ankle arthritis (primary, post-traumatic, rheumatoid)."),
        ("h", 1, "Sections D–H"),
        ("p", "The cohort and register data cover up to 9 years; all CEP acceptance criteria are reported in the "
              "CER and met. PMCF addresses long-term survivorship. Benefit-risk acceptable."),
        ("h", 1, "Section I – Article 54"),
        ("p", "The device is a class III implantable device. The NB verified the valid MDD certificate "
              "NMC-MDD-2015-114 and its history, the absence of pending changes, and that the modifications are "
              "limited to MDR-driven labelling and UDI changes. The exemption of Article 54(2)(b) (MDCG 2019-3 "
              "Rev.1) applies; the consultation procedure is therefore not required."),
    ]


def build():
    docs = [
        Doc("OF-CEP-TA-01_v4.docx", "CEP", "en", cep(), "Orthofin Oy – Talara"),
        Doc("OF-CER-TA-02_v5.1.pdf", "CER", "en", cer(), "Orthofin Oy – OF-CER-TA-02 v5.1", "serif"),
        Doc("OF-PMCF-TA-03.pdf", "PMCF-plan", "en", pmcf(), "Orthofin Oy – OF-PMCF-TA-03"),
        Doc("Talara_IFU_EN.docx", "IFU", "en", ifu_en(), "Talara IFU EN"),
        Doc("Talara_GA_DE.docx", "IFU", "de", ifu_de(), "Talara GA DE"),
        Doc("Talara_IPU_IT.pdf", "IFU", "it", ifu_it(), "Talara IPU IT"),
        Doc("Talara_SSCP.md", "SSCP", "en", sscp(), "OF-SSCP-TA-04"),
        Doc("NMC-CEAR-24-212.docx", "CEAR", "en", cear(), "Nordic MedCert – CEAR"),
    ]
    return Dossier("h06_total_ankle_replacement", "Talara Total Ankle System", "III", True, docs, [])

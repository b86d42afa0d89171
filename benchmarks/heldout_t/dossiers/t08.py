"""t08 - knee joint distraction external fixator for knee OA (class IIb, Rule 8; no CECP) - clean."""

SYS = "Hizashi KDX Knee Joint Distraction System"
MFR = "Hizashi Ortho Engineering Co., Ltd., 1-1-3 Kita-Shinagawa, Shinagawa-ku, Tokyo 140-0001, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580222KDX001EUH"
NB = "Liffey Medical Certification Ltd (NB 2951)"

CEP = [
    ("title", "Clinical Evaluation Plan – Hizashi KDX (HO-KDX-CEP-01, Rev. 02, 2024/11/25)"),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan describes how the clinical evaluation of the subject device is performed under Annex XIV Part A of the MDR."),
    ("h1", "2. Outline and classification"),
    ("p", "The subject device is a unilateral external fixator with two telescopic distraction tubes containing springs, fixed to the femur and tibia with 6 hydroxyapatite-coated bone pins (diameter 6mm). The pins are partially introduced into the body by surgery and stay for approx. 6 weeks; therefore they are deemed implantable devices in the sense of Article 2(5). Under Rule 8 the system is Class IIb. As it is not Class III, and not an active device, the CECP of Article 54 does not apply."),
    ("h1", "3. Intended purpose"),
    ("p", "Temporary distraction of the tibiofemoral joint by approx. 5mm during 6 weeks, to relieve pain and to postpone total knee arthroplasty in patients aged 18~65 years with symptomatic end-stage tibiofemoral knee osteoarthritis (Kellgren-Lawrence grade 3~4) and body mass index up to 35 kg/m²."),
    ("h1", "4. Clinical benefits and criteria"),
    ("table", [["Benefit", "Parameter", "Criterion"],
               ["Pain relief", "WOMAC pain change at 12 months", "≥ 20 points improvement (0~100 scale)"],
               ["Postponement of TKA", "Survival without TKA at 2 years", "≥ 80%"],
               ["Safety", "Pin tract infection requiring oral antibiotics", "≤ 70% (expected and usually mild); deep infection ≤ 2%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report\nHizashi KDX Knee Joint Distraction System"),
    ("p", "HO-KDX-CER-01 Rev. 01 – 2025/02/20"),
    ("h1", "1. Purpose of this document"),
    ("p", "This report presents the clinical evaluation of the Hizashi KDX, following the CEP HO-KDX-CEP-01 Rev. 02."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"External fixator frame (aluminium and carbon fibre), 2 distraction tubes with springs for continuous load-bearing distraction, and 6 HA-coated pins of 6mm diameter. {MFR}. Basic UDI-DI {UDI}. Class IIb (Rule 8, implantable pins); CECP not applicable; SSCP prepared because the pins are implantable."),
    ("h1", "3. Intended purpose and indications"),
    ("p", "The KDX is used for temporary joint distraction (approx. 5mm for 6 weeks) in adults not older than 65 years with painful end-stage tibiofemoral OA, Kellgren-Lawrence grade 3 or 4, BMI 35 kg/m² or less, who wish to postpone knee replacement. The frame is applied and removed in hospital operating rooms; during the 6 weeks the patient is at home and walks with full weight bearing."),
    ("p", "Contraindications: inflammatory arthritis, previous knee infection, malalignment over 10 degrees, patients unable to perform daily pin care, and peripheral vascular disease."),
    ("h1", "4. State of the art"),
    ("p", "Treatment options for end-stage OA in younger patients are high tibial osteotomy, unicompartmental or total knee arthroplasty. Revision risk of TKA is higher in patients under 65. Knee joint distraction has been studied since 2006 (Utrecht) with cartilage repair signs on MRI and clinical benefit lasting 5~10 years in part of the patients."),
    ("h1", "5. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Main result"],
               ["[1]", "HO-KDX-01 (subject device)", "64 patients, 38~65 years, KL 3~4", "24 months", "WOMAC pain +31 points at 12 months; TKA-free 89% at 2 years; pin tract infection 58%, deep infection 0%"],
               ["[2]", "van der Woude et al. 2017", "RCT, 60 patients, distraction vs TKA", "2 years", "Comparable clinical improvement to TKA"],
               ["[3]", "Jansen et al. 2021", "Prospective cohort, 20 patients", "10 years", "Native knee survival 60% at 10 years"]]),
    ("p", "All three acceptance criteria of the CEP were met."),
    ("h1", "6. Benefit-risk"),
    ("p", "It is considered that postponing arthroplasty in younger patients is a relevant benefit; the main risk, pin tract infection, is frequent but is managed with oral antibiotics in nearly all cases."),
    ("h1", "7. Residual risks"),
    ("ul", ["Pin tract infection; rarely deep infection or osteomyelitis.", "Reduced knee flexion after frame removal, usually transient.", "Deep vein thrombosis.", "Pin loosening."]),
    ("h1", "8. PMCF"),
    ("p", "PMCF study HO-KDX-PMCF-01 (150 patients, 5 years) will confirm the duration of benefit."),
    ("h1", "9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Class", "IIb, Rule 8 (implantable pins); Article 54 not applicable"],
               ["Population", "Adults 18~65 years, KL 3~4, BMI ≤ 35 kg/m²"], ["Data", "HO-KDX-01 and literature"],
               ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "10. References"),
    ("ol", ["[1] Hizashi Ortho Engineering. CIR HO-KDX-01, 2024/10/10.",
            "[2] van der Woude JAD, et al. Knee joint distraction compared with total knee arthroplasty: a randomised controlled trial. Bone Joint J. 2017;99-B:51-58.",
            "[3] Jansen MP, et al. Knee joint distraction: ten-year follow-up. Cartilage. 2021;13:1113S-1119S."]),
]

PMCF = [
    ("title", "PMCF Plan HO-KDX-PMCF-01 – Hizashi KDX"),
    ("h1", "1. Objectives"),
    ("ol", ["(1) Confirm native-knee survival (no TKA) at 5 years, which is an open question of the CER.",
            "(2) Estimate the rate of deep infection and DVT (residual risks)."]),
    ("h1", "2. Design and population"),
    ("p", "Prospective cohort in 6 orthopaedic hospitals (FR, CZ, DE). Patients aged 18~65 years, KL 3~4, BMI ≤ 35 kg/m²; frames applied and removed in hospital; pin care at home."),
    ("h1", "3. Sample size"),
    ("p", "150 patients: expected 5-year native knee survival 70%, 95% CI half-width ±8% with 20% drop-out."),
    ("h1", "4. Timeline"),
    ("p", "Start 2025/05; recruitment 24 months; yearly reports; final report 2032/06."),
]

IFU_EN = [
    ("title", "Hizashi KDX Knee Joint Distraction System – Instructions for Use"),
    ("h1", "Indications"),
    ("p", "Temporary distraction of the knee joint for 6 weeks in patients aged 18 to 65 years with painful end-stage tibiofemoral osteoarthritis (Kellgren-Lawrence grade 3–4) and BMI not more than 35 kg/m², to postpone total knee arthroplasty."),
    ("h1", "Contraindications"),
    ("ul", ["Inflammatory arthritis.", "Previous infection of the knee.", "Varus or valgus malalignment > 10°.", "Inability to perform daily pin care.", "Peripheral vascular disease."]),
    ("h1", "Warnings"),
    ("ul", ["Clean the pin sites daily. Contact the hospital in case of redness, discharge or fever.", "Do not adjust the distraction tubes yourself.", "Full weight bearing is allowed only with the springs locked as described."]),
    ("h1", "Specifications"),
    ("table", [["Item", "Value"], ["Bone pins", "6 × Ø 6 mm, HA-coated"], ["Distraction", "5 mm (approx.)"], ["Treatment duration", "6 weeks"], ["Maximum patient weight", "Corresponding to BMI ≤ 35 kg/m²"]]),
]

IFU_FR = [
    ("title", "Hizashi KDX – Notice d'utilisation"),
    ("h1", "Indications"),
    ("p", "Distraction temporaire de l'articulation du genou pendant 6 semaines chez les patients âgés de 18 à 65 ans présentant une gonarthrose fémoro-tibiale douloureuse au stade terminal (Kellgren-Lawrence 3–4) et un IMC inférieur ou égal à 35 kg/m², afin de retarder la prothèse totale du genou."),
    ("h1", "Contre-indications"),
    ("ul", ["Arthrite inflammatoire.", "Antécédent d'infection du genou.", "Désaxation en varus ou valgus > 10°.", "Incapacité à effectuer les soins quotidiens des broches.", "Artériopathie périphérique."]),
    ("h1", "Avertissements"),
    ("ul", ["Nettoyer les points de broches chaque jour ; contacter l'hôpital en cas de rougeur, d'écoulement ou de fièvre.", "Ne pas régler vous-même les tubes de distraction."]),
]

IFU_CS = [
    ("title", "Hizashi KDX – Návod k použití"),
    ("h1", "Indikace"),
    ("p", "Dočasná distrakce kolenního kloubu po dobu 6 týdnů u pacientů ve věku 18 až 65 let s bolestivou pokročilou tibiofemorální osteoartrózou (Kellgren-Lawrence 3–4) a BMI nejvýše 35 kg/m², za účelem oddálení totální endoprotézy kolene."),
    ("h1", "Kontraindikace"),
    ("ul", ["Zánětlivá artritida.", "Předchozí infekce kolene.", "Varózní nebo valgózní deformita > 10°.", "Neschopnost provádět denní péči o místa hřebů.", "Onemocnění periferních tepen."]),
    ("h1", "Varování"),
    ("ul", ["Místa hřebů denně čistěte; při zarudnutí, výtoku nebo horečce kontaktujte nemocnici.", "Distrakční trubice sami nenastavujte."]),
]

SSCP = [
    ("title", "SSCP – Hizashi KDX Knee Joint Distraction System"),
    ("p", f"Basic UDI-DI {UDI}; {MFR}; Class IIb; NB {NB}."),
    ("h1", "Intended purpose"),
    ("p", "Six-week knee distraction for adults aged 18–65 with end-stage tibiofemoral OA (KL 3–4) and BMI ≤ 35 kg/m², to postpone knee replacement."),
    ("h1", "Residual risks and side-effects"),
    ("ul", ["Pin tract infection, rarely deep infection.", "Temporary loss of knee flexion.", "Deep vein thrombosis.", "Pin loosening."]),
]

CEAR = [
    ("title", "CEAR – Hizashi KDX – NB 2951"),
    ("p", "Reviewer: Mr Donal Keane, orthopaedics. 3 April 2025."),
    ("h1", "Intended purpose"),
    ("p", "Temporary knee joint distraction for 6 weeks in adults aged 18 to 65 with end-stage tibiofemoral osteoarthritis (KL 3–4), BMI up to 35. Class IIb (Rule 8): pins deemed implantable under Article 2(5). Article 54(1) not engaged."),
    ("h1", "Assessment"),
    ("p", "The reviewer notes an own-device investigation of 64 patients (24 months) and an RCT against TKA. CEP criteria reported and met."),
    ("ol", ["Query 1 – Closed. Home phase and pin-care instructions consistent with hospital application. Satisfactory.",
            "Query 2 – Closed. Five-year PMCF justified by the open question on duration of benefit. Satisfactory."]),
    ("h1", "Conclusion"),
    ("p", "Recommendation: certify."),
]

DOSSIER = {
    "id": "t08_knee_distraction",
    "device": SYS,
    "device_class": "IIb",
    "clean": True,
    "docs": [
        {"file": "HO-KDX-CEP-01.docx", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": "HO-KDX-CER-01.pdf", "role": "CER", "lang": "en", "blocks": CER},
        {"file": "HO-KDX-PMCF-01.pdf", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": "KDX_IFU_EN.pdf", "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "KDX_IFU_FR.docx", "role": "IFU", "lang": "fr", "blocks": IFU_FR},
        {"file": "KDX_IFU_CS.pdf", "role": "IFU", "lang": "cs", "blocks": IFU_CS},
        {"file": "KDX_SSCP.docx", "role": "SSCP", "lang": "en", "blocks": SSCP},
        {"file": "CEAR_NB2951_KDX.docx", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [],
}

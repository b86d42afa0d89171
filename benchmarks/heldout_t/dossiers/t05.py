"""t05 - thoracic endovascular stent-graft for type B aortic dissection (class III implantable)."""

SYS = "Kaiun AortaLine TB Thoracic Stent-Graft System"
MFR = "Kaiun Vascular Technologies Inc., 2-3-1 Minatomirai, Nishi-ku, Yokohama 220-0012, Japan"
UDI = "4580654ALTB01EUM"
NB = "Shannon Notified Body Services Ltd (NB 2918)"

NAME_CEAR = "The Kaiun AortaLine TX thoracic stent-graft is a class III implantable device"
NAME_CER = "The subject device is the Kaiun AortaLine TB Thoracic Stent-Graft System"
DIAM_IFU = "Stent-graft diameters: 22~46mm (proximal), in steps of 2mm"
DIAM_CER = "The stent-grafts are provided with proximal diameters of 24~42mm."
LZ_IFU = "Aortic diameter at the proximal landing zone: 16~42mm"
OVERSIZE = "An oversizing of 5~10% to the landing zone diameter is recommended in dissection."
IND_CER = "acute complicated and chronic (more than 90 days) type B aortic dissection"
IND_CEAR = "indicated only for acute complicated type B aortic dissection (within 14 days of onset)"

SPEC = [["Item", "Specification"],
        ["Graft material", "Woven polyester with nitinol Z-stents"],
        ["Stent-graft diameters", DIAM_IFU],
        ["Lengths", "100~200mm"],
        ["Proximal landing zone", LZ_IFU],
        ["Delivery system outer diameter", "20~24 Fr"],
        ["Access", "Femoral artery (surgical cut-down or percutaneous), iliac conduit if needed"]]

CEP = [
    ("title", "Clinical Evaluation Plan – Kaiun AortaLine TB (KV-ALT-CEP-01, Rev. 01, 2024/08/26)"),
    ("h1", "1. Purpose of this document"),
    ("p", "This CEP is prepared for the initial MDR conformity assessment of the subject device, which is a Class III implantable device (Rule 8, in contact with the central circulatory system). The CECP under Article 54(1)(a) is applicable."),
    ("h1", "2. Intended purpose"),
    ("p", "Endovascular treatment of " + IND_CER + " in adults aged 18 years and older with suitable anatomy."),
    ("h1", "3. Outcome parameters"),
    ("table", [["Parameter", "Time", "Acceptance criterion"],
               ["All-cause mortality", "30 days", "≤ 10%"],
               ["Complete false lumen thrombosis at stent-graft level", "12 months", "≥ 70%"],
               ["Stroke and spinal cord ischaemia", "30 days", "≤ 8% each"],
               ["Retrograde type A dissection", "12 months", "≤ 3%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report (CER) – Kaiun AortaLine TB"),
    ("p", "KV-ALT-CER-01 Rev. 02, 2025/02/10"),
    ("h1", "Chapter 1. Purpose of this document"),
    ("p", "This report describes the clinical evaluation of the subject device according to Article 61 and Annex XIV of the MDR, in line with the plan KV-ALT-CEP-01."),
    ("h1", "Chapter 2. Outline of the subject device"),
    ("p", NAME_CER + " (Basic UDI-DI " + UDI + "), manufactured by " + MFR + ". It consists of a self-expanding nitinol and woven polyester stent-graft pre-loaded on a delivery catheter. " + DIAM_CER + " The lengths are 100~200mm."),
    ("h1", "Chapter 3. Intended purpose and indications"),
    ("p", "The subject device is intended for endovascular treatment of " + IND_CER + " in adults (18 years and older), by covering the primary entry tear and promoting false lumen thrombosis. The device is used in hybrid operating rooms or angiography suites of vascular centres."),
    ("h1", "Chapter 4. State of the art"),
    ("p", "In acute complicated type B dissection (malperfusion, rupture) TEVAR is the recommended first-line treatment according to the ESVS 2023 guideline. In uncomplicated and chronic dissection TEVAR is considered for selected patients with aneurysmal degeneration. Open surgery has higher mortality."),
    ("h1", "Chapter 5. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Main result"],
               ["[1]", "KV-ALT-01 (subject device)", "72 patients: 41 acute complicated, 31 chronic type B dissection", "12 months", "30-day mortality 4.2%; complete false lumen thrombosis 76%; stroke 2.8%; SCI 1.4%; RTAD 1.4%"],
               ["[2]", "Nienaber et al. 2013 (INSTEAD-XL)", "140 patients, uncomplicated dissection, TEVAR vs medical therapy", "5 years", "Lower aortic-specific mortality with TEVAR"],
               ["[3]", "Tanaka et al. 2020", "Japanese registry, 312 patients with TEVAR for chronic dissection", "3 years", "Aortic remodelling in 68%"]]),
    ("p", "All CEP acceptance criteria were met in KV-ALT-01."),
    ("h1", "Chapter 6. Benefit-risk"),
    ("p", "It is considered that the benefits outweigh the residual risks for both acute complicated and chronic dissection."),
    ("h1", "Chapter 7. Residual risks"),
    ("ul", ["Retrograde type A dissection.", "Stroke and spinal cord ischaemia.", "Endoleak and distal stent-graft induced new entry.", "Access vessel injury."]),
    ("h1", "Chapter 8. PMCF"),
    ("p", "Registry KV-ALT-REG with 300 patients and 5-year follow-up (plan KV-ALT-PMCF-01)."),
    ("h1", "Chapter 9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Device", SYS], ["Indication", "Acute complicated and chronic type B aortic dissection"],
               ["Key data", "KV-ALT-01, n = 72, 12 months"], ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "References"),
    ("ol", ["[1] Kaiun Vascular. CIR KV-ALT-01, 2024/10/01.",
            "[2] Nienaber CA, et al. Endovascular repair of type B aortic dissection: long-term results of the INSTEAD-XL trial. Circ Cardiovasc Interv. 2013;6:407-416.",
            "[3] Tanaka H, et al. TEVAR for chronic type B dissection in Japan. J Vasc Surg. 2020;72:1190-1199."]),
]

PMCF = [
    ("title", "PMCF Plan – Kaiun AortaLine TB (KV-ALT-PMCF-01)"),
    ("h1", "1. Objectives"),
    ("ol", ["(1) Confirm freedom from aortic-related mortality up to 5 years.",
            "(2) Estimate the incidence of retrograde type A dissection and distal new entry.",
            "(3) Assess false lumen remodelling in chronic dissection."]),
    ("h1", "2. Methods"),
    ("p", "Prospective multicentre registry in 15 European vascular centres, with CT angiography at 1, 6, 12 months and yearly up to 5 years. Adults with acute complicated or chronic type B dissection treated per the IFU."),
    ("h1", "3. Sample size and timeline"),
    ("p", "300 patients allow estimation of a 2% RTAD rate with a 95% CI upper limit of approx. 4.3%. Enrolment 2025/05~2027/04; final report 2032/06."),
]

IFU_EN = [
    ("title", "Kaiun AortaLine TB – Instructions for Use"),
    ("h1", "Indications"),
    ("p", "The AortaLine TB is indicated for endovascular treatment of acute complicated and chronic type B aortic dissection in adult patients (18 years and older)."),
    ("h1", "Contraindications"),
    ("ul", ["Type A aortic dissection.", "Connective tissue disease (e.g. Marfan syndrome) unless open surgery is not possible.", "Known allergy to nitinol or polyester."]),
    ("h1", "Warnings"),
    ("ul", ["Avoid balloon moulding of the proximal stent in dissection.", OVERSIZE, "Cover the left subclavian artery only after revascularisation has been considered."]),
    ("h1", "Specifications"),
    ("table", SPEC),
]

IFU_FR = [
    ("title", "Kaiun AortaLine TB – Notice d'utilisation"),
    ("h1", "Indications"),
    ("p", "L'AortaLine TB est indiqué pour le traitement endovasculaire de la dissection aortique de type B aiguë compliquée et chronique chez l'adulte (18 ans et plus)."),
    ("h1", "Contre-indications"),
    ("ul", ["Dissection aortique de type A.", "Maladie du tissu conjonctif (p. ex. syndrome de Marfan), sauf si la chirurgie ouverte est impossible.", "Allergie connue au nitinol ou au polyester."]),
    ("h1", "Avertissements"),
    ("ul", ["Éviter le remodelage au ballon du stent proximal en cas de dissection.", "Un surdimensionnement de 5 à 10 % par rapport au diamètre de la zone d'ancrage est recommandé."]),
    ("table", [["Élément", "Spécification"], ["Diamètres", "22 à 46 mm (proximal)"], ["Zone d'ancrage proximale", "16 à 42 mm"], ["Profil", "20 à 24 Fr"]]),
]

IFU_NL = [
    ("title", "Kaiun AortaLine TB – Gebruiksaanwijzing"),
    ("h1", "Indicaties"),
    ("p", "De AortaLine TB is bestemd voor de endovasculaire behandeling van acute gecompliceerde en chronische type B-aortadissectie bij volwassen patiënten (18 jaar en ouder)."),
    ("h1", "Contra-indicaties"),
    ("ul", ["Type A-aortadissectie.", "Bindweefselaandoening (bijv. syndroom van Marfan), tenzij open chirurgie niet mogelijk is.", "Bekende allergie voor nitinol of polyester."]),
    ("h1", "Waarschuwingen"),
    ("ul", ["Geen ballondilatatie van de proximale stent bij dissectie.", "Een oversizing van 5 tot 10 % ten opzichte van de diameter van de landingszone wordt aanbevolen."]),
    ("table", [["Onderdeel", "Specificatie"], ["Diameters", "22–46 mm (proximaal)"], ["Proximale landingszone", "16–42 mm"]]),
]

SSCP = [
    ("title", "SSCP – Kaiun AortaLine TB Thoracic Stent-Graft System"),
    ("p", f"Basic UDI-DI {UDI}. {MFR}. Class III."),
    ("h1", "Intended purpose"),
    ("p", "Endovascular treatment of acute complicated and chronic type B aortic dissection in adults."),
    ("h1", "Clinical data"),
    ("p", "72 patients, 12 months: 30-day mortality 4.2%, complete false lumen thrombosis 76%."),
    ("h1", "Residual risks and side-effects"),
    ("ul", ["Retrograde type A dissection.", "Stroke and spinal cord ischaemia.", "Endoleak and distal new entry.", "Access vessel injury."]),
]

CEAR = [
    ("title", "Clinical Evaluation Assessment Report"),
    ("p", f"{NB}. Clinical reviewer: Dr Eoin Gallagher, vascular surgery. 26 March 2025."),
    ("h1", "1. Device and intended purpose"),
    ("p", NAME_CEAR + ", " + IND_CEAR + ", in adults. Article 54(1)(a) applies."),
    ("h1", "2. Assessment of clinical data"),
    ("p", "The reviewer notes a single-arm investigation of 72 patients at 12 months, supplemented by literature. Early outcomes are within the CEP criteria."),
    ("ol", ["Query 1 – Closed. Delivery system profile confirmed. Satisfactory.",
            "Query 2 – Closed. Left subclavian coverage strategy clarified. Satisfactory.",
            "Query 3 – Closed. PMCF registry size justified. Satisfactory."]),
    ("h1", "3. Conclusion"),
    ("p", "The evidence is sufficient for the intended purpose summarised above. Positive recommendation, subject to the expert panel."),
]

CER_F, CEAR_F, IFU_F = "KV-ALT-CER-01_Rev02.pdf", "CEAR_NB2918_AortaLine.docx", "AortaLine_TB_IFU_EN.pdf"
DOSSIER = {
    "id": "t05_tevar",
    "device": SYS,
    "device_class": "III",
    "clean": False,
    "docs": [
        {"file": "KV-ALT-CEP-01.docx", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": "KV-ALT-PMCF-01.docx", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": IFU_F, "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "AortaLine_TB_IFU_FR.pdf", "role": "IFU", "lang": "fr", "blocks": IFU_FR},
        {"file": "AortaLine_TB_IFU_NL.docx", "role": "IFU", "lang": "nl", "blocks": IFU_NL},
        {"file": "AortaLine_TB_SSCP.pdf", "role": "SSCP", "lang": "en", "blocks": SSCP},
        {"file": CEAR_F, "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [
        {"defect": "trade_name_tb_vs_tx", "category": "device-identity",
         "documents": [CEAR_F, CER_F], "quotes": [NAME_CEAR, NAME_CER],
         "description": "The CEAR assesses 'AortaLine TX'; every manufacturer document names 'AortaLine TB'.",
         "accept": []},
        {"defect": "graft_diameter_range_differs", "category": "specification",
         "documents": [IFU_F, CER_F], "quotes": [DIAM_IFU, DIAM_CER],
         "description": "Proximal stent-graft diameters are 22–46 mm in the IFU but 24–42 mm in the CER.",
         "accept": []},
        {"defect": "smallest_graft_too_large_for_smallest_landing_zone", "category": "plausibility",
         "documents": [IFU_F], "quotes": [LZ_IFU, OVERSIZE],
         "description": "With a smallest graft of 22 mm (24 mm per the CER), a 16 mm landing zone implies 37–50 % oversizing, far beyond the 5–10 % the IFU recommends; the stated anatomical range cannot be served.",
         "accept": ["specification"]},
        {"defect": "cear_omits_chronic_dissection", "category": "intended-use",
         "documents": [CEAR_F, CER_F], "quotes": [IND_CEAR, IND_CER],
         "description": "The CEAR restricts the indication to acute complicated dissection; CEP, CER, IFU and SSCP also claim chronic dissection.",
         "accept": []},
    ],
}

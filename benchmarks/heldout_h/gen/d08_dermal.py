"""h08: acellular collagen dermal matrix for burns and chronic wounds, defective."""

from .base import Doc, Dossier, Label

MFR = "Nordvik Biomaterials ApS"
ADDR = "Fruebjergvej 3, 2100 København Ø, Denmark"
UDI = "5790002KOLLAGRA9T"

Q_ALL_CER = "suitable for all types of acute and chronic wounds, whatever their aetiology"
Q_IND_IFU = "partial- and full-thickness burns after excision, diabetic foot ulcers and venous leg ulcers"
Q_FAST_SSCP = "Kollagra heals wounds twice as fast as standard care"
Q_FAST_CER = "the Kollagra matrix heals wounds twice as fast as standard care"
Q_TIME_CER = "median time to complete closure 8.4 weeks versus 11.2 weeks"
Q_PMCF = "will be defined after the CE certificate has been obtained"


def cep():
    return [
        ("title", "Clinical Evaluation Plan – Kollagra Dermal Matrix"),
        ("meta", [("Doc no.", "NB-CEP-KDM-01"), ("Version", "2"), ("Date", "4 March 2024")]),
        ("h", 1, "Device and classification"),
        ("p", "Kollagra is a sterile, acellular, porous matrix of type I collagen of bovine tendon origin, "
              "cross-linked with glycosaminoglycan, supplied in sheets of 5 × 5 cm, 10 × 12,5 cm and 20 × 25 cm "
              "with a thickness of 2 mm. It is classified class III by Rule 18 (non-viable animal tissue "
              "derivatives; Regulation (EU) 722/2012 applies) and, being incorporated into the wound bed and "
              "remodelled into neodermis, is considered an implantable device, so that the consultation "
              "procedure according to Article 54(1)(a) is expected."),
        ("h", 1, "Intended purpose and target population"),
        ("p", "Dermal regeneration template for the management, in adult patients, of partial- and "
              "full-thickness burns after excision, diabetic foot ulcers and venous leg ulcers. "
              "Contraindications: known sensitivity to bovine collagen or chondroitin; clinically infected "
              "wounds; wounds with untreated osteomyelitis; non-excised eschar."),
        ("h", 1, "Benefits, outcome parameters, acceptance criteria"),
        ("ul", ["Diabetic foot ulcers: complete closure at 12 weeks superior to standard of care (p < 0.05).",
                "Venous leg ulcers: complete closure at 16 weeks ≥ 40 % (benchmark compression alone 30–40 %).",
                "Burns: take of the matrix (vascularisation) at day 21 ≥ 85 %; take of the subsequent thin split-thickness graft ≥ 85 %.",
                "Wound infection requiring removal of the matrix ≤ 10 %."]),
        ("h", 1, "Development plan"),
        ("p", "RCT KOLL-DFU, single-arm studies KOLL-VLU and KOLL-BURN, literature review, PMCF study."),
    ]


def cer():
    return [
        ("title", "Clinical Evaluation Report\nKollagra Dermal Matrix"),
        ("p", f"NB-CER-KDM-02, version 3, 16 December 2024 · {MFR}, {ADDR} · Basic UDI-DI {UDI}"),
        ("h", 1, "1 Executive summary"),
        ("p", "Three clinical investigations of the device and the state of the art literature show that "
              f"{Q_FAST_CER} and that its safety profile is comparable to other collagen-based dermal "
              "substitutes. The benefit-risk is favourable."),
        ("h", 1, "2 Device description"),
        ("p", "Porous (pore size 80–120 µm) bovine type I collagen–chondroitin-6-sulfate matrix with a thickness "
              "of 2 mm, without silicone layer, sterilised by gamma irradiation; the bovine tendons come from "
              "animals born and raised in New Zealand, TSE risk managed according to EN ISO 22442-1/-2/-3."),
        ("h", 1, "3 Intended purpose"),
        ("p", f"The matrix is {Q_ALL_CER}, in adults, as a template for dermal regeneration; in particular it "
              "is used for burns after excision, diabetic foot ulcers and venous leg ulcers, as studied in the "
              "clinical investigations. Contraindications: sensitivity to bovine collagen or chondroitin, "
              "infected wounds, untreated osteomyelitis, non-excised eschar."),
        ("h", 1, "4 State of the art"),
        ("p", "Standard of care consists of debridement, offloading and moist wound dressings for diabetic "
              "foot ulcers, compression for venous leg ulcers, and excision and autografting for deep burns. "
              "Dermal substitutes (bovine or porcine collagen, synthetic polyurethane templates) are recommended "
              "as adjuncts in hard-to-heal wounds by IWGDF 2023 and in burns where donor sites are limited."),
        ("h", 1, "5 Clinical data"),
        ("table", "Table 1: Clinical investigations of Kollagra", ["Study", "Design", "N", "Follow-up", "Results"], [
            ["KOLL-DFU", "RCT, Kollagra + SOC vs SOC, 9 sites DK/SE/DE", "120", "12 weeks",
             "Closure 58 % vs 41 % (p = 0.04); median time to closure 8.4 vs 11.2 weeks; infection 6.7 % vs 8.3 %"],
            ["KOLL-VLU", "Single arm, with compression, 4 sites", "45", "16 weeks", "Closure 49 %; infection 4.4 %"],
            ["KOLL-BURN", "Single arm, full-thickness burns after excision, 2 burn centres", "40", "6 months",
             "Matrix take day 21: 91 %; graft take 92 %; infection with removal 7.5 %"],
        ]),
        ("p", "In KOLL-DFU the primary endpoint was met, with a "
              f"{Q_TIME_CER} in the standard-of-care arm (hazard ratio 1.6). All acceptance criteria of the CEP "
              "are met: DFU closure superior to SOC, VLU closure 49 % (≥ 40 %), burn matrix and graft take 91 % "
              "and 92 % (≥ 85 %), infection requiring removal at most 7.5 % (≤ 10 %)."),
        ("h", 1, "6 Risks"),
        ("p", "Residual risks: infection under the matrix, seroma or haematoma with loss of the matrix, "
              "allergic reaction to bovine collagen, theoretical TSE transmission, failure of integration "
              "requiring re-grafting, hypertrophic scarring."),
        ("h", 1, "7 PMCF"),
        ("p", "See plan NB-PMCF-KDM-03."),
        ("h", 1, "8 References"),
        ("ol", ["Nordvik Biomaterials. KOLL-DFU clinical investigation report, 2024.",
                "Nordvik Biomaterials. KOLL-VLU and KOLL-BURN clinical investigation reports, 2023.",
                "Schaper NC, et al. IWGDF/IDSA guidelines on the prevention and management of diabetes-related foot disease. Diabetes Metab Res Rev 2024;40:e3657.",
                "Heimbach D, et al. Artificial dermis for major burns. Ann Surg 1988;208:313-320."]),
    ]


def pmcf():
    return [
        ("title", "PMCF Plan"),
        ("meta", [("Document", "NB-PMCF-KDM-03"), ("Version", "1"), ("Device", "Kollagra Dermal Matrix")]),
        ("h", 1, "1 Purpose"),
        ("p", "To confirm the safety and performance of the Kollagra Dermal Matrix throughout its lifetime and to "
              "detect emerging risks."),
        ("h", 1, "2 PMCF study"),
        ("p", "A post-market clinical study in burns and chronic wounds is foreseen. The design, the centres and "
              f"the number of patients of this study {Q_PMCF}, taking into account the feedback of the Notified "
              "Body."),
        ("h", 1, "3 General activities"),
        ("p", "Review of literature and of complaints once per year."),
    ]


def ifu_en():
    return [
        ("title", "Kollagra Dermal Matrix\nInstructions for Use"),
        ("p", f"{MFR}, {ADDR} · Basic UDI-DI {UDI} · CE 2945"),
        ("h", 1, "Indications"),
        ("p", f"Kollagra is indicated in adults for the management of {Q_IND_IFU}, as a template for dermal "
              "regeneration."),
        ("h", 1, "Contraindications"),
        ("ul", ["Known sensitivity to bovine collagen or chondroitin.", "Clinically infected wounds.",
                "Wounds with untreated osteomyelitis.", "Non-excised eschar."]),
        ("h", 1, "Warnings and precautions"),
        ("ul", ["The product is of bovine origin.", "Debride the wound to viable, bleeding tissue before application.",
                "Do not use if the package is damaged. Single use only."]),
        ("h", 1, "Undesirable effects"),
        ("p", "Infection, seroma, haematoma, loss of the matrix, allergic reaction, hypertrophic scarring."),
        ("h", 1, "Sizes"),
        ("table", None, ["Reference", "Size", "Thickness"], [
            ["KDM-0505", "5 × 5 cm", "2 mm"], ["KDM-1012", "10 × 12.5 cm", "2 mm"], ["KDM-2025", "20 × 25 cm", "2 mm"]]),
    ]


def ifu_fr():
    return [
        ("title", "Matrice dermique Kollagra\nNotice d'utilisation"),
        ("p", f"{MFR}, Fruebjergvej 3, 2100 København Ø, Danemark · IUD-ID de base {UDI} · CE 2945"),
        ("h", 1, "Indications"),
        ("p", "Kollagra est indiqué chez l'adulte pour la prise en charge des brûlures d'épaisseur partielle et "
              "totale après excision, des ulcères du pied diabétique et des ulcères veineux de jambe, comme "
              "matrice de régénération dermique."),
        ("h", 1, "Contre-indications"),
        ("ul", ["Sensibilité connue au collagène bovin ou à la chondroïtine.", "Plaies cliniquement infectées.",
                "Plaies avec ostéomyélite non traitée.", "Escarre non excisée."]),
        ("h", 1, "Avertissements et précautions"),
        ("ul", ["Le produit est d'origine bovine.", "Débrider la plaie jusqu'au tissu viable et saignant avant l'application.",
                "Ne pas utiliser si l'emballage est endommagé. À usage unique."]),
        ("h", 1, "Effets indésirables"),
        ("p", "Infection, sérome, hématome, perte de la matrice, réaction allergique, cicatrice hypertrophique."),
        ("h", 1, "Tailles"),
        ("table", None, ["Référence", "Taille", "Épaisseur"], [
            ["KDM-0505", "5 × 5 cm", "2 mm"], ["KDM-1012", "10 × 12,5 cm", "2 mm"], ["KDM-2025", "20 × 25 cm", "2 mm"]]),
    ]


def ifu_de():
    return [
        ("title", "Kollagra Dermale Matrix\nGebrauchsanweisung"),
        ("p", f"{MFR}, Fruebjergvej 3, 2100 København Ø, Dänemark · Basis-UDI-DI {UDI} · CE 2945"),
        ("h", 1, "Indikationen"),
        ("p", "Kollagra ist bei Erwachsenen indiziert zur Behandlung von Verbrennungen mit teilweiser und "
              "vollständiger Hautdicke nach Exzision, diabetischen Fußulzera und venösen Beinulzera, als "
              "Matrix für die dermale Regeneration."),
        ("h", 1, "Kontraindikationen"),
        ("ul", ["Bekannte Überempfindlichkeit gegen Rinderkollagen oder Chondroitin.", "Klinisch infizierte Wunden.",
                "Wunden mit unbehandelter Osteomyelitis.", "Nicht exzidierter Schorf."]),
        ("h", 1, "Warnhinweise und Vorsichtsmaßnahmen"),
        ("ul", ["Das Produkt ist bovinen Ursprungs.", "Die Wunde vor dem Aufbringen bis auf vitales, blutendes Gewebe débridieren.",
                "Bei beschädigter Verpackung nicht verwenden. Nur zum Einmalgebrauch."]),
        ("h", 1, "Unerwünschte Wirkungen"),
        ("p", "Infektion, Serom, Hämatom, Verlust der Matrix, allergische Reaktion, hypertrophe Narbenbildung."),
        ("h", 1, "Größen"),
        ("table", None, ["Referenz", "Größe", "Dicke"], [
            ["KDM-0505", "5 × 5 cm", "2 mm"], ["KDM-1012", "10 × 12,5 cm", "2 mm"], ["KDM-2025", "20 × 25 cm", "2 mm"]]),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance – Kollagra Dermal Matrix"),
        ("p", "NB-SSCP-KDM-04, revision 1, January 2025."),
        ("h", 1, "1. Device identification"),
        ("p", f"Kollagra Dermal Matrix; {MFR}; SRN DK-MF-000006210; Basic UDI-DI {UDI}; class III; Notified Body "
              "Scandinavian Device Certification A/S (2945)."),
        ("h", 1, "2. Intended use"),
        ("p", "Template for dermal regeneration in adults with partial- and full-thickness burns after excision, "
              "diabetic foot ulcers and venous leg ulcers. Contraindications: sensitivity to bovine collagen or "
              "chondroitin, infected wounds, untreated osteomyelitis, non-excised eschar."),
        ("h", 1, "3. Residual risks and undesirable effects"),
        ("p", "Infection requiring removal of the matrix: 6.7 % (DFU), 4.4 % (VLU), 7.5 % (burns); seroma, "
              "haematoma, loss of the matrix, allergic reaction, hypertrophic scarring; theoretical risk of TSE "
              "transmission (bovine origin)."),
        ("h", 1, "4. Clinical performance"),
        ("p", f"{Q_FAST_SSCP}. In diabetic foot ulcers 58 % were closed at 12 weeks (41 % with standard care); "
              "venous leg ulcers 49 % at 16 weeks; burns: matrix take 91 %."),
        ("h", 1, "5. Alternatives"),
        ("p", "Standard wound care, compression, autografts, other dermal substitutes."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report – Kollagra Dermal Matrix"),
        ("meta", [("Notified Body", "Scandinavian Device Certification A/S, NB 2945"), ("Project", "SDC-2024-188"), ("Date", "2025-02-11")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{MFR}; Kollagra Dermal Matrix; Basic UDI-DI {UDI}; class III (Rule 18); initial certification. "
              "Documents: NB-CEP-KDM-01 v2, NB-CER-KDM-02 v3, NB-PMCF-KDM-03 v1, NB-SSCP-KDM-04 rev. 1, IFU "
              "EN/FR/DE."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Dermal regeneration template for adults with burns after excision, diabetic foot ulcers and "
              "venous leg ulcers."),
        ("h", 1, "E. Clinical investigations"),
        ("p", "KOLL-DFU (RCT, 120), KOLL-VLU (45), KOLL-BURN (40); CEP criteria reported and met."),
        ("h", 1, "I. Article 54"),
        ("p", "Applicable under Article 54(1)(a): class III device considered implantable. Panel: general and "
              "plastic surgery and dentistry."),
    ]


def build():
    docs = [
        Doc("NB-CEP-KDM-01.docx", "CEP", "en", cep(), "Nordvik Biomaterials"),
        Doc("NB-CER-KDM-02_v3.pdf", "CER", "en", cer(), "Nordvik Biomaterials – NB-CER-KDM-02"),
        Doc("NB-PMCF-KDM-03.docx", "PMCF-plan", "en", pmcf(), "Nordvik Biomaterials"),
        Doc("Kollagra_IFU_EN.pdf", "IFU", "en", ifu_en(), "Kollagra IFU EN"),
        Doc("Kollagra_Notice_FR.pdf", "IFU", "fr", ifu_fr(), "Kollagra notice FR"),
        Doc("Kollagra_GA_DE.docx", "IFU", "de", ifu_de(), "Kollagra GA DE"),
        Doc("NB-SSCP-KDM-04.pdf", "SSCP", "en", sscp(), "NB-SSCP-KDM-04"),
        Doc("CEAR_SDC-2024-188.md", "CEAR", "en", cear(), "SDC CEAR"),
    ]
    cer_n, pmcf_n, ifu_n, sscp_n = docs[1].name, docs[2].name, docs[3].name, docs[6].name
    labels = [
        Label("cer_all_wound_types_vs_three_indications", "intended-use", [cer_n, ifu_n], [Q_ALL_CER, Q_IND_IFU],
              "The CER's intended purpose covers all acute and chronic wounds of any aetiology; the IFU, CEP, "
              "SSCP and CEAR list only excised burns, diabetic foot ulcers and venous leg ulcers.",
              ["claim", "evidence"]),
        Label("twice_as_fast_healing_claim", "claim", [cer_n, sscp_n], [Q_FAST_CER, Q_FAST_SSCP, Q_TIME_CER],
              "'Twice as fast as standard care' is not supported: the RCT shows a median 8.4 vs 11.2 weeks "
              "(hazard ratio 1.6) in diabetic foot ulcers only.", []),
        Label("pmcf_study_to_be_defined_after_certification", "pmcf", [pmcf_n], [Q_PMCF],
              "The PMCF study of a class III implantable matrix has no design, centres, sample size, endpoints "
              "or timeline; all are deferred until after certification, and objectives are generic.", []),
    ]
    return Dossier("h08_collagen_dermal_matrix", "Kollagra acellular collagen dermal matrix", "III", False, docs,
                   labels)

"""m10 - resorbable porcine collagen membrane for GBR (clean)."""
from common import doc, F, h, p, ul, ol, t, kv

ID = "m10_colladent_barrier"
DEVICE = "Colladent Barrier resorbable porcine collagen membrane for guided bone regeneration"
CLASS = "III"
CLEAN = True

MFR = "Biocoll Dental GmbH, Friedrich-Engels-Allee 161, 42285 Wuppertal, Germany"
SRN = "DE-MF-000040287"
UDI = "426055510CDB01R4"
NB = "DentCert Prüf- und Zertifizierungsstelle GmbH, Notified Body 2926"

SE = ["membrane exposure", "wound dehiscence", "local infection", "swelling, pain and haematoma",
      "hypersensitivity to collagen or porcine material", "insufficient bone regeneration requiring re-augmentation"]


def cep():
    return doc(
        "Klinischer Bewertungsplan / Clinical Evaluation Plan – Colladent Barrier",
        "CEP-CDB-01 Rev. 03 – 08.03.2024 – Biocoll Dental GmbH",
        [
            p("CEP-CDB-01, Revision 03, 08.03.2024. Scope: Colladent Barrier membranes of all sizes (CDB-1520, "
              "CDB-2525, CDB-3040) under Basic UDI-DI " + UDI + "."),
            h(1, "1. Abbreviations"),
            p("GBR guided bone regeneration; CBCT cone beam computed tomography; RCT randomised controlled trial."),
            h(1, "2. Zweckbestimmung / Intended purpose"),
            kv(("Purpose", "Resorbable barrier membrane for guided bone regeneration in dental implantology"),
               ("Indications", "Peri-implant dehiscence and fenestration defects at implant placement; horizontal alveolar ridge augmentation together with a particulate bone substitute (staged approach)"),
               ("Target group", "Adults (≥ 18 years) with completed jaw growth"),
               ("Exclusion criteria / contraindications", "Known allergy to collagen or porcine material; acute infection at the surgical site; uncontrolled diabetes mellitus; radiotherapy of the jaw within the last 12 months; intravenous bisphosphonate therapy"),
               ("Users / setting", "Dentists with surgical training, oral and maxillofacial surgeons; dental practice or clinic")),
            h(1, "3. Classification and Art. 54"),
            p("The membrane is manufactured from non-viable porcine tissue (peritoneum): class III acc. to Annex VIII "
              "Rule 18; in addition it is implantable and wholly absorbed (Rule 8). It is not placed in the teeth. "
              "Regulation (EU) 722/2012 does not apply (porcine origin). As class III implantable device Art. 54(1)(a) "
              "applies. Art. 54(2)(b) is not used because the membrane is a new product without predecessor at Biocoll."),
            h(1, "4. Clinical benefit, parameters, acceptance criteria"),
            t([["No.", "Parameter", "Acceptance criterion"],
               ["AC-01", "Vertical defect fill at dehiscence sites at re-entry / 6 months (%)", "non-inferior to control membrane (margin 10 %)"],
               ["AC-02", "Horizontal ridge width gain after 6 months (CBCT)", "≥ 2,5 mm mean"],
               ["AC-03", "Membrane exposure rate", "≤ 15 %"],
               ["AC-04", "Implant survival at 12 months", "≥ 95 %"],
               ["AC-05", "Hypersensitivity reactions", "no serious reaction"]], widths=(10, 55, 35)),
            h(1, "5. Data"),
            ul("RCT MEMBRA-1 vs. a CE-marked porcine collagen membrane (comparator, not used for equivalence)",
               "Literature on GBR with resorbable membranes (state of the art)",
               "Biological evaluation ISO 10993 series and ISO 22442-1/-2/-3 for animal tissue"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report Colladent Barrier",
        "CER-CDB-01 Rev. 04 | 2025-01-13",
        [
            t([["Document", "CER-CDB-01"], ["Revision", "04"], ["Date", "2025-01-13"],
               ["Reference plan", "CEP-CDB-01 Rev. 03"], ["Manufacturer", MFR], ["SRN", SRN]], header=False, widths=(25, 75)),
            h(1, "Abbreviations"),
            t([["Abbr.", "Meaning"], ["GBR", "guided bone regeneration"], ["CBCT", "cone beam computed tomography"],
               ["SOTA", "state of the art"], ["PTFE", "polytetrafluoroethylene"]], widths=(20, 80)),
            h(1, "A. Product description"),
            p("Colladent Barrier is a bilayer membrane of native, non-cross-linked porcine collagen types I and III, "
              "obtained from porcine peritoneum of pigs from EU-certified slaughterhouses. The compact layer faces the "
              "soft tissue, the porous layer faces the bone defect. Sizes 15 × 20 mm, 25 × 25 mm and 30 × 40 mm; "
              "thickness 0,3 – 0,5 mm; sterilised by gamma irradiation; shelf life 3 years."),
            h(1, "B. Intended purpose and target group"),
            p("Colladent Barrier is foreseen as resorbable barrier membrane for GBR in dental implantology, namely for "
              "the treatment of peri-implant dehiscence and fenestration defects at implant placement, and for horizontal "
              "alveolar ridge augmentation together with a particulate bone substitute in a staged approach. Target group "
              "are patients aged 18 years or older with completed jaw growth. The device is not allowed to be used in "
              "case of known allergy to collagen or porcine material, acute infection at the surgical site, "
              "uncontrolled diabetes mellitus, radiotherapy of the jaw within the last 12 months or intravenous "
              "bisphosphonate therapy. Users are dentists with surgical training and oral and maxillofacial surgeons."),
            h(1, "C. Classification"),
            p("Class III acc. to Rule 18 (non-viable animal tissue) and Rule 8 (implantable, wholly absorbed). "
              "Art. 54(1)(a) MDR applies; no exemption."),
            h(1, "D. State of the art"),
            p("Resorbable collagen membranes are the standard barrier for simultaneous GBR at peri-implant dehiscences "
              "and for staged horizontal augmentation; non-resorbable (PTFE, titanium-reinforced) membranes are used for "
              "vertical augmentation. Systematic reviews report a mean horizontal gain of 2,9 mm with resorbable "
              "membranes and particulate grafts [1] and 12- to 14-year implant survival of 91,9 % after GBR with "
              "resorbable membranes [2]. Membrane exposure occurs in 10 – 20 % of cases and reduces bone gain [3]."),
            h(1, "E. Clinical data"),
            t([["No.", "Source", "Design", "n", "Follow-up"],
               ["[4]", "MEMBRA-1 (DRKS00027754), Colladent Barrier vs. CE-marked porcine collagen membrane", "RCT, 4 university clinics DE/AT/CZ", "80 patients (50 dehiscence/fenestration, 30 horizontal augmentation)", "12 months; 3 years in 68"],
               ["[1]", "Sanz-Sánchez et al. 2015", "systematic review", "40 studies", "–"],
               ["[2]", "Jung et al. 2013", "cohort", "58 implants", "12 – 14 years"],
               ["[3]", "Garcia et al. 2018", "systematic review, membrane exposure", "21 studies", "–"]],
              widths=(6, 34, 22, 24, 14), caption="Tab. E-1 Clinical data"),
            h(2, "E.1 Results MEMBRA-1 vs. acceptance criteria"),
            t([["CEP criterion", "Colladent Barrier", "Control", "Fulfilled"],
               ["AC-01 vertical defect fill", "86,2 %", "84,0 %", "yes (difference +2,2 %; lower 95 % CI −6,1 %)"],
               ["AC-02 horizontal gain 6 months", "3,1 mm (SD 1,0)", "3,0 mm (SD 1,2)", "yes"],
               ["AC-03 membrane exposure", "7,5 % (3/40)", "10,0 % (4/40)", "yes"],
               ["AC-04 implant survival 12 months", "100 %", "100 %", "yes"],
               ["AC-05 hypersensitivity", "none", "none", "yes"]], widths=(30, 22, 18, 30)),
            p("3-year data (n = 68): implant survival 98,5 % in the Colladent group (1 late failure, peri-implantitis), "
              "mean marginal bone change −0,3 mm. Biopsy sub-study at re-entry after 16 weeks (n = 20): residual "
              "collagen fibres in 2 of 20 biopsies, otherwise complete resorption; supplementary preclinical data "
              "(minipig, TR-CDB-09)."),
            h(1, "F. Benefit-risk, residual risks acc. to ISO 14971"),
            p("Residual risks: " + "; ".join(SE) + ". Risk of transmission of infectious agents from porcine tissue is "
              "controlled acc. to ISO 22442 (sourcing, inactivation validation). Benefit: bone regeneration comparable "
              "to an established membrane, enabling implant placement in deficient sites. Benefit-risk positive."),
            h(1, "G. PMCF"),
            p("PMCF-CDB-01 Rev. 02: prospective registry, 300 treated sites, 5 years, and extension of MEMBRA-1 to 5 years."),
            h(1, "H. Conclusion"),
            p("The clinical data demonstrate safety and performance for the intended purpose and indications in section B."),
            h(1, "References"),
            ol("Sanz-Sánchez I, Ortiz-Vigón A, Sanz-Martín I, Figuero E, Sanz M. Effectiveness of lateral bone augmentation on the alveolar crest dimension: a systematic review and meta-analysis. J Dent Res 2015;94(9 Suppl):128S-142S.",
               "Jung RE, Fenner N, Hämmerle CHF, Zitzmann NU. Long-term outcome of implants placed with guided bone regeneration (GBR) using resorbable and non-resorbable membranes after 12-14 years. Clin Oral Implants Res 2013;24:1065-1073.",
               "Garcia J, Dodge A, McLaughlin P, Thai T, Chen Y. The effect of membrane exposure on guided bone regeneration outcomes: a systematic review. J Periodontol 2018;89:1196-1206.",
               "Biocoll Dental. MEMBRA-1 clinical investigation report, 12-month and 3-year analysis, v2.0, 2024-11-04 (on file)."),
        ])


def pmcf():
    return doc(
        "PMCF Plan Colladent Barrier – PMCF-CDB-01 Rev. 02",
        "PMCF-CDB-01 Rev. 02 – 2025-01-13",
        [
            t([["Field", "Entry"], ["Device", "Colladent Barrier, Basic UDI-DI " + UDI], ["Class", "III (Rules 18 and 8)"],
               ["CER / RMF", "CER-CDB-01 Rev. 04 / RMF-CDB-01 Rev. 05"]], widths=(25, 75)),
            h(1, "Objectives (linked to CER and RMF)"),
            ol("REQ-PMCF-01 – Membrane exposure rate in routine practice (residual risk, CER section F).",
               "REQ-PMCF-02 – Implant survival and marginal bone level up to 5 years (long-term data, CER section E).",
               "REQ-PMCF-03 – Hypersensitivity reactions (residual risk, animal origin).",
               "REQ-PMCF-04 – Off-label use, e.g. vertical augmentation or periodontal regeneration."),
            h(1, "Methods"),
            p("Prospective multicentre registry in 15 dental practices and clinics in DE, AT and CZ, consecutive "
              "enrolment of 300 treated sites; visits at 6 months, 1, 3 and 5 years (clinical examination, periapical "
              "radiograph). Extension of MEMBRA-1 to 5 years. Annual literature screening and complaint analysis."),
            h(1, "Sample size"),
            p("Expected exposure rate 10 %: 300 sites give a 95 % CI half-width of ± 3,4 %. For implant survival of 97 % "
              "at 5 years with 20 % loss to follow-up, the lower confidence limit remains above 94 %."),
            h(1, "Timeline"),
            t([["Activity", "Period"], ["Registry enrolment", "Q2/2025 – Q2/2026"], ["1-year analysis", "Q3/2027"],
               ["5-year final report", "Q3/2031"], ["PMCF evaluation report", "annually"]], widths=(50, 50)),
        ])


def ifu_en():
    return doc(
        "Colladent Barrier – Instructions for Use",
        "IFU-CDB-EN Rev. 03 – 2024-12",
        [
            p("Resorbable porcine collagen membrane. " + MFR + ". Basic UDI-DI " + UDI + ". CE 2926. Sterile (R), single use."),
            h(1, "Intended purpose"),
            p("Resorbable barrier membrane for guided bone regeneration in dental implantology."),
            h(1, "Indications"),
            ul("Peri-implant dehiscence and fenestration defects at implant placement",
               "Horizontal alveolar ridge augmentation with a particulate bone substitute (staged approach)"),
            h(1, "Patient population"),
            p("Patients aged 18 years and above with completed jaw growth."),
            h(1, "Contraindications"),
            ul("Known allergy to collagen or porcine material", "Acute infection at the surgical site",
               "Uncontrolled diabetes mellitus", "Radiotherapy of the jaw within the last 12 months",
               "Intravenous bisphosphonate therapy"),
            h(1, "Warnings and precautions"),
            ul("Inform the patient about the porcine origin of the product.",
               "Ensure tension-free primary wound closure to reduce the risk of exposure.",
               "Do not resterilise. Do not use if the package is damaged."),
            h(1, "Possible side effects"),
            ul(*[s[0].upper() + s[1:] for s in SE]),
            h(1, "Technical data"),
            t([["Model", "Size", "Thickness"], ["CDB-1520", "15 × 20 mm", "0.3 – 0.5 mm"], ["CDB-2525", "25 × 25 mm", "0.3 – 0.5 mm"],
               ["CDB-3040", "30 × 40 mm", "0.3 – 0.5 mm"]], widths=(30, 35, 35)),
            p("Material: native porcine collagen type I and III (peritoneum), bilayer. Sterilisation: gamma irradiation. "
              "Storage 5 – 25 °C, dry."),
        ])


def ifu_cs():
    return doc(
        "Colladent Barrier – Návod k použití",
        "IFU-CDB-CS Rev. 03 – 2024-12",
        [
            p("Resorbovatelná membrána z prasečího kolagenu. Biocoll Dental GmbH, Wuppertal, Německo. Základní UDI-DI "
              + UDI + ". CE 2926. Sterilní, k jednorázovému použití."),
            h(1, "Určený účel"),
            p("Resorbovatelná bariérová membrána pro řízenou kostní regeneraci v dentální implantologii."),
            h(1, "Indikace"),
            ul("Periimplantátové dehiscence a fenestrace při zavádění implantátu",
               "Horizontální augmentace alveolárního hřebene s partikulovanou kostní náhradou (dvoufázový postup)"),
            h(1, "Populace pacientů"),
            p("Pacienti ve věku od 18 let s ukončeným růstem čelistí."),
            h(1, "Kontraindikace"),
            ul("Známá alergie na kolagen nebo materiál prasečího původu", "Akutní infekce v místě operace",
               "Nekompenzovaný diabetes mellitus", "Radioterapie čelisti v posledních 12 měsících",
               "Intravenózní léčba bisfosfonáty"),
            h(1, "Varování a bezpečnostní opatření"),
            ul("Informujte pacienta o prasečím původu výrobku.",
               "Zajistěte primární uzávěr rány bez napětí, aby se snížilo riziko obnažení membrány.",
               "Neresterilizujte. Nepoužívejte, je-li obal poškozen."),
            h(1, "Možné nežádoucí účinky"),
            ul("Obnažení membrány", "Dehiscence rány", "Lokální infekce", "Otok, bolest a hematom",
               "Přecitlivělost na kolagen nebo materiál prasečího původu",
               "Nedostatečná regenerace kosti vyžadující opakovanou augmentaci"),
            h(1, "Technické údaje"),
            t([["Model", "Rozměr", "Tloušťka"], ["CDB-1520", "15 × 20 mm", "0,3 – 0,5 mm"], ["CDB-2525", "25 × 25 mm", "0,3 – 0,5 mm"],
               ["CDB-3040", "30 × 40 mm", "0,3 – 0,5 mm"]], widths=(30, 35, 35)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance – Colladent Barrier",
        "SSCP-CDB-01 Rev. 01 – 2025-01-13",
        [
            h(1, "1. Identification"),
            kv(("Trade name", "Colladent Barrier"), ("Manufacturer", MFR), ("SRN", SRN), ("Basic UDI-DI", UDI),
               ("Class", "III"), ("Notified Body", NB)),
            h(1, "2. Intended use"),
            p("Resorbable barrier membrane for GBR in dental implantology: peri-implant dehiscence and fenestration "
              "defects at implant placement; horizontal ridge augmentation with particulate bone substitute (staged). "
              "Adults (18 years and older) with completed jaw growth."),
            p("Contraindications: allergy to collagen or porcine material; acute infection at the site; uncontrolled "
              "diabetes; jaw radiotherapy within 12 months; intravenous bisphosphonates."),
            h(1, "3. Residual risks and side effects"),
            p("Membrane exposure (7,5 % in MEMBRA-1), wound dehiscence, local infection, swelling, pain and haematoma, "
              "hypersensitivity to collagen or porcine material (none observed), insufficient bone regeneration requiring "
              "re-augmentation. Data from the prospective RCT MEMBRA-1 (n = 80, 12 months; 3 years in 68)."),
            h(1, "4. Clinical performance"),
            p("Vertical defect fill 86,2 % (control 84,0 %); horizontal gain 3,1 mm at 6 months; implant survival 100 % at "
              "12 months and 98,5 % at 3 years. PMCF: registry of 300 sites and MEMBRA-1 extension to 5 years."),
            h(1, "5. Alternatives"),
            p("Other resorbable membranes, non-resorbable PTFE or titanium membranes, autologous bone block grafts, "
              "short or narrow implants without augmentation."),
        ], font="serif")


def cear():
    return doc(
        "Clinical Evaluation Assessment Report – Colladent Barrier",
        "NB 2926 – CEAR-CDB-2025-01 – 27.02.2025",
        [
            h(1, "Section A"),
            kv(("Device", "Colladent Barrier resorbable porcine collagen membrane (CDB-1520, CDB-2525, CDB-3040)"),
               ("Manufacturer", "Biocoll Dental GmbH, Wuppertal (" + SRN + ")"), ("Basic UDI-DI", UDI),
               ("Class", "III, Rules 18 and 8"),
               ("Documents", "CEP-CDB-01 Rev. 03; CER-CDB-01 Rev. 04; PMCF-CDB-01 Rev. 02; IFU-CDB Rev. 03 (EN, CS); SSCP-CDB-01 Rev. 01")),
            h(1, "Section C – Intended purpose"),
            p("GBR in dental implantology (peri-implant dehiscence/fenestration at implant placement; staged horizontal "
              "ridge augmentation with particulate bone substitute) in patients aged 18 years or older with completed "
              "jaw growth."),
            h(1, "Sections D, E"),
            p("RCT MEMBRA-1 (n = 80) vs. CE-marked porcine collagen membrane; all CEP acceptance criteria AC-01 to AC-05 "
              "reported and met; 3-year data in 68 patients."),
            h(1, "Section F"),
            p("Registry 300 sites, 5 years; sample size justified; objectives linked to residual risks. Adequate."),
            h(1, "Section I – Art. 54"),
            p("Class III implantable: Art. 54(1)(a) applies; no exemption. Panel: general and plastic surgery, dentistry."),
        ])


def files():
    return [
        F("CEP-CDB-01_Rev03.pdf", "CEP", "en", cep()),
        F("CER-CDB-01_Rev04.docx", "CER", "en", cer()),
        F("PMCF-CDB-01_Rev02.md", "PMCF-plan", "en", pmcf()),
        F("IFU-CDB-EN_Rev03.pdf", "IFU", "en", ifu_en()),
        F("IFU-CDB-CS_Rev03.docx", "IFU", "cs", ifu_cs()),
        F("SSCP-CDB-01_Rev01.pdf", "SSCP", "en", sscp()),
        F("CEAR-CDB-2025-01.docx", "CEAR", "en", cear()),
    ]


LABELS = []

from gen.kit import *  # noqa: F401,F403

UDI = "7350172CGLIDEC6"

RISKS_EN = ["Dysphagia (transient 9 %, persisting > 3 mo 1.8 %)", "Heterotopic ossification (McAfee grade III–IV 6.5 % at 24 mo)",
            "Adjacent-level degeneration requiring surgery (2.1 % at 24 mo)", "Device migration or subsidence (0.9 %)",
            "Recurrent laryngeal nerve palsy (0.9 %)", "Secondary surgery at the index level (2.7 %)"]

# ------------------------------------------------------------------ CEP (PDF)
CEP = [
    T("CEP – CerviGlide C Cervical Disc Prosthesis"),
    P("HS-CEP-003 · Rev. 05 · Holmen Spine AB, Linköping, Sweden · Basic UDI-DI " + UDI),
    H1("1 Requirements this plan must satisfy"),
    TAB(["Req. ID", "Requirement (Annex XIV Part A 1(a))", "Where addressed"], [
        ["CEP-R-01", "GSPRs needing clinical data: GSPR 1, 8, 10.4 (wear debris), 14.1", "§1 (this table)"],
        ["CEP-R-02", "Intended purpose", "§3"], ["CEP-R-03", "Target groups, indications, contraindications", "§4"],
        ["CEP-R-04", "Clinical benefits and outcome parameters", "§5"], ["CEP-R-05", "Benefit-risk acceptance", "§5"],
        ["CEP-R-06", "Clinical development plan", "§6"],
    ]),
    H1("2 Device"),
    UL("Ti-6Al-4V endplates (titanium plasma-spray coating), UHMWPE mobile core; keel-less, 2 rows of teeth per endplate",
       "Class III – Rule 8 (spinal disc replacement)"),
    H1("3 Intended purpose"),
    P("Replacement of a single cervical intervertebral disc (C3–C7) after anterior discectomy, to relieve radiculopathy "
      "and/or myelopathy while maintaining segmental motion."),
    H1("4 Target groups"),
    TAB(["Item", "Definition"], [
        ["Age", "18 – 70 years, skeletally mature"],
        ["Indication", "Symptomatic single-level cervical disc disease C3–C7 (radiculopathy and/or myelopathy) after ≥ 6 wk of failed conservative care"],
        ["Contraindications", "Infection; osteoporosis (T-score ≤ −2.5); instability > 3 mm translation or > 11° angulation; "
                              "severe facet arthrosis; OPLL; multilevel disease; known allergy to titanium or polyethylene"],
    ]),
    H1("5 Benefits, outcome parameters, acceptance"),
    TAB(["ID", "Outcome", "Acceptance"], [
        ["CEP-AC-01", "Overall success at 24 mo (NDI ≥ 15-pt improvement, no secondary surgery, no neuro deterioration)", "Non-inferior to ACDF (margin 10 %)"],
        ["CEP-AC-02", "Index-level ROM at 24 mo", "≥ 5°"],
        ["CEP-AC-03", "Device-related SAE at 24 mo", "≤ ACDF rate + 5 %"],
        ["CEP-AC-04", "Secondary surgery at index level at 24 mo", "≤ 5 %"],
    ]),
    H1("6 Clinical development plan"),
    UL("Randomised CI HS-CIP-02 vs ACDF (n = 220, 24 mo; extension to 7 yrs under PMCF)",
       "Literature: cervical TDR and ACDF SotA (PRISMA)", "PMCF registry to 10 yrs"),
]

# ------------------------------------------------------------------ CER (DOCX)
CER = [
    T("Clinical Evaluation Report – CerviGlide C"),
    TAB(["Document control", ""], [
        ["Doc. no.", "HS-CER-003, Rev. 07"], ["Manufacturer", "Holmen Spine AB, Linköping, Sweden (SRN SE-MF-000070211)"],
        ["Basic UDI-DI", UDI], ["Classification", "Class III, Rule 8"],
    ]),
    H1("1. Summary and conclusion"),
    P("CerviGlide C, a mobile-core cervical disc prosthesis, was non-inferior and numerically superior to anterior "
      "cervical discectomy and fusion (ACDF) for overall success at 24 months in the randomised investigation HS-CIP-02. "
      "All acceptance criteria of the CEP (HS-CEP-003 Rev. 05) are met."),
    H1("2. Scope of the clinical evaluation consultation procedure"),
    P("As a class III implantable device, CerviGlide C is subject to the CECP under Article 54(1)(a) MDR. The device is "
      "new (no predecessor, no MDR certificate) and no exemption under Art. 54(2) applies."),
    H1("3. Scope of use"),
    P("Single-level replacement of a cervical disc between C3 and C7 in skeletally mature patients aged 18 to 70 years "
      "with radiculopathy and/or myelopathy from disc herniation or osteophytes, unresponsive to at least six weeks of "
      "non-operative treatment."),
    H1("4. State of the art"),
    P("ACDF is the reference treatment. Cervical TDR is an established alternative with 24-month overall success of "
      "65–80 % vs 55–70 % for ACDF and lower adjacent-level reoperation at 5–10 years [2, 3]."),
    H1("5. Clinical data"),
    TAB(["Study", "Design", "n (TDR/ACDF)", "Follow-up", "Device"], [
        ["HS-CIP-02 [1]", "Randomised, multicentre, non-inferiority", "112 / 108", "24 months", "CerviGlide C"],
        ["[2]", "Meta-analysis of RCTs", "3,212", "2–10 yrs", "Various TDR"],
        ["[3]", "Long-term RCT follow-up", "541", "10 yrs", "Other TDR"],
    ]),
    TAB(["CEP ID", "Result", "Met"], [
        ["CEP-AC-01", "Overall success 81.3 % vs 72.2 % (non-inferior, p < 0.001)", "Yes"],
        ["CEP-AC-02", "Mean ROM 8.4° at 24 mo", "Yes"],
        ["CEP-AC-03", "Device-related SAE 3.6 % vs 4.6 %", "Yes"],
        ["CEP-AC-04", "Secondary surgery 2.7 %", "Yes"],
    ]),
    H1("6. Safety and residual risks"),
    UL(*RISKS_EN),
    H1("7. Benefit-risk"),
    P("Benefit: relief of arm pain and neck disability equivalent to ACDF with preserved segmental motion. Risks are "
      "within the state of the art. Long-term benefits (adjacent-segment protection) are not claimed and will be "
      "studied in PMCF."),
    H1("8. PMCF"),
    P("HS-PMCF-003: extension of HS-CIP-02 to 7 years plus a 10-year registry of 500 patients."),
    H1("References"),
    OL("Holmen Spine. HS-CIP-02 clinical investigation report, 2024.",
       "Okonkwo D, et al. Cervical arthroplasty vs ACDF: meta-analysis. Spine J 2022.",
       "Rasmussen H, et al. Ten-year RCT outcomes of cervical TDR. J Neurosurg Spine 2020."),
]

# ------------------------------------------------------------------ PMCF (Markdown)
PMCF = [
    T("PMCF Plan – CerviGlide C"),
    P("HS-PMCF-003 rev. B · CER HS-CER-003 Rev. 07 · risk file HS-RMF-003 Rev. 09"),
    H1("Objectives"),
    TAB(["ID", "Objective", "Endpoint", "Linked to"], [
        ["PMCF-1", "Long-term overall success", "Composite success at 5, 7 yrs (HS-CIP-02 cohort)", "CI limited to 24 mo"],
        ["PMCF-2", "Heterotopic ossification and ROM loss", "McAfee grade, ROM at 5/10 yrs", "Residual risk"],
        ["PMCF-3", "Adjacent-level surgery", "Cumulative incidence at 10 yrs", "SotA benchmark"],
        ["PMCF-4", "Wear/osteolysis", "Imaging, revision retrievals", "GSPR 10.4"],
    ]),
    H1("Activities"),
    UL("Extension of HS-CIP-02 (n = 220) to 7 years",
       "Prospective registry, 10 spine centres, 500 consecutive pts implanted per IFU, 10-year follow-up",
       "Literature and vigilance screening every 12 months"),
    H1("Sample size"),
    P("500 pts: 95 % CI ±1.9 % for an expected 10-year adjacent-level surgery rate of 7 %; 85 % power to detect an "
      "increase to 11 %."),
    H1("Timeline"),
    TAB(["Milestone", "Date"], [["Registry start", "Q3 2025"], ["CI 5-yr report", "Q1 2027"], ["CI 7-yr report", "Q1 2029"],
                                 ["Registry final", "Q4 2036"]]),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("CerviGlide C Cervical Disc Prosthesis – Instructions for Use"),
    P("Holmen Spine AB · HS-IFU-003 EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("CerviGlide C is indicated for reconstruction of one cervical disc level from C3 to C7 following discectomy, in "
      "skeletally mature patients 18 to 70 years of age with symptomatic disc disease causing radiculopathy and/or "
      "myelopathy that has not responded to at least 6 weeks of conservative treatment."),
    H1("Contraindications"),
    UL("Active systemic or local infection", "Osteoporosis (T-score ≤ −2.5)",
       "Segmental instability (> 3 mm translation or > 11° angulation)", "Severe facet joint arthrosis",
       "Ossification of the posterior longitudinal ligament (OPLL)", "Disease at more than one level",
       "Known allergy to titanium or polyethylene"),
    H1("Warnings"),
    UL("Use only the CerviGlide instruments and trials for endplate preparation and sizing.",
       "Consider NSAID prophylaxis against heterotopic ossification unless contraindicated.",
       "MR conditional: see the MRI information card supplied with the implant."),
    H1("Adverse effects"),
    UL(*RISKS_EN),
    H1("Sizes and materials"),
    TAB(["Item", "Range"], [
        ["Footprint (W × D)", "14 × 12 mm to 18 × 16 mm"], ["Height", "5, 6 and 7 mm"],
        ["Endplates", "Ti-6Al-4V with titanium plasma spray"], ["Core", "UHMWPE"],
    ]),
]

# ------------------------------------------------------------------ IFU FR (DOCX)
IFU_FR = [
    T("Prothèse discale cervicale CerviGlide C – Notice d'utilisation"),
    P("Holmen Spine AB · HS-IFU-003 FR · IUD-ID de base " + UDI),
    H1("Indications"),
    P("CerviGlide C est indiquée pour la reconstruction d'un niveau discal cervical de C3 à C7 après discectomie, chez "
      "des patients squelettiquement matures âgés de 18 à 70 ans présentant une discopathie symptomatique responsable "
      "d'une radiculopathie et/ou d'une myélopathie n'ayant pas répondu à au moins 6 semaines de traitement conservateur."),
    H1("Contre-indications"),
    UL("Infection systémique ou locale active", "Ostéoporose (T-score ≤ −2,5)",
       "Instabilité segmentaire (translation > 3 mm ou angulation > 11°)", "Arthrose sévère des articulaires postérieures",
       "Ossification du ligament longitudinal postérieur (OLLP)", "Atteinte de plus d'un niveau",
       "Allergie connue au titane ou au polyéthylène"),
    H1("Avertissements"),
    UL("Utiliser uniquement les instruments et implants d'essai CerviGlide pour la préparation des plateaux et le choix de la taille.",
       "Envisager une prophylaxie par AINS contre les ossifications hétérotopiques, sauf contre-indication.",
       "Compatible IRM sous conditions : voir la carte d'information IRM fournie avec l'implant."),
    H1("Effets indésirables"),
    UL("Dysphagie (transitoire 9 %, persistant > 3 mois 1,8 %)", "Ossification hétérotopique (McAfee grade III–IV 6,5 % à 24 mois)",
       "Dégénérescence du niveau adjacent nécessitant une chirurgie (2,1 % à 24 mois)", "Migration ou enfoncement de l'implant (0,9 %)",
       "Paralysie du nerf laryngé récurrent (0,9 %)", "Reprise chirurgicale au niveau traité (2,7 %)"),
    H1("Tailles et matériaux"),
    TAB(["Élément", "Gamme"], [
        ["Empreinte (L × P)", "14 × 12 mm à 18 × 16 mm"], ["Hauteur", "5, 6 et 7 mm"],
        ["Plateaux", "Ti-6Al-4V avec projection plasma de titane"], ["Noyau", "UHMWPE"],
    ]),
]

# ------------------------------------------------------------------ IFU IT (PDF)
IFU_IT = [
    T("Protesi discale cervicale CerviGlide C – Istruzioni per l'uso"),
    P("Holmen Spine AB · HS-IFU-003 IT · UDI-DI di base " + UDI),
    H1("Indicazioni"),
    P("CerviGlide C è indicata per la ricostruzione di un livello discale cervicale da C3 a C7 dopo discectomia, in "
      "pazienti scheletricamente maturi di età compresa tra 18 e 70 anni con discopatia sintomatica che causa "
      "radicolopatia e/o mielopatia non responsiva ad almeno 6 settimane di trattamento conservativo."),
    H1("Controindicazioni"),
    UL("Infezione sistemica o locale in atto", "Osteoporosi (T-score ≤ −2,5)",
       "Instabilità segmentale (traslazione > 3 mm o angolazione > 11°)", "Artrosi grave delle faccette articolari",
       "Ossificazione del legamento longitudinale posteriore (OPLL)", "Patologia su più di un livello",
       "Allergia nota al titanio o al polietilene"),
    H1("Avvertenze"),
    UL("Usare solo gli strumenti e i campioni di prova CerviGlide per la preparazione dei piatti e la scelta della misura.",
       "Valutare la profilassi con FANS contro le ossificazioni eterotopiche, salvo controindicazioni.",
       "RM condizionata: vedere la scheda informativa RM fornita con l'impianto."),
    H1("Effetti avversi"),
    UL("Disfagia (transitoria 9 %, persistente > 3 mesi 1,8 %)", "Ossificazione eterotopica (McAfee grado III–IV 6,5 % a 24 mesi)",
       "Degenerazione del livello adiacente che richiede chirurgia (2,1 % a 24 mesi)", "Migrazione o affondamento del dispositivo (0,9 %)",
       "Paralisi del nervo laringeo ricorrente (0,9 %)", "Reintervento al livello trattato (2,7 %)"),
    H1("Misure e materiali"),
    TAB(["Voce", "Gamma"], [
        ["Impronta (L × P)", "da 14 × 12 mm a 18 × 16 mm"], ["Altezza", "5, 6 e 7 mm"],
        ["Piatti", "Ti-6Al-4V con rivestimento al plasma di titanio"], ["Nucleo", "UHMWPE"],
    ]),
]

# ------------------------------------------------------------------ SSCP (DOCX)
SSCP = [
    T("Summary of Safety and Clinical Performance – CerviGlide C"),
    P("HS-SSCP-003 rev. 2 · Basic UDI-DI " + UDI + " · Holmen Spine AB · NB 2913"),
    H1("Intended purpose"),
    P("Single-level cervical disc replacement (C3–C7) in skeletally mature adults aged 18–70 years with symptomatic disc "
      "disease (radiculopathy and/or myelopathy) after at least 6 weeks of failed conservative treatment."),
    H1("Contraindications"),
    UL("Active systemic or local infection", "Osteoporosis (T-score ≤ −2.5)",
       "Segmental instability (> 3 mm translation or > 11° angulation)", "Severe facet joint arthrosis",
       "Ossification of the posterior longitudinal ligament (OPLL)", "Disease at more than one level",
       "Known allergy to titanium or polyethylene"),
    H1("Clinical performance"),
    P("In HS-CIP-02, 81.3 % of CerviGlide C patients vs 72.2 % of ACDF patients reached overall success at 24 months; "
      "index-level motion was preserved (mean 8.4°)."),
    H1("Residual risks and undesirable side-effects"),
    UL(*RISKS_EN),
    H1("Alternatives"),
    P("Conservative care; ACDF; posterior foraminotomy."),
    H1("PMCF"),
    P("7-year extension of HS-CIP-02 and a 10-year registry of 500 patients."),
]

# ------------------------------------------------------------------ CEAR (PDF)
CEAR = [
    T("Clinical Evaluation Assessment Report"),
    P("NB 2913 – Östra Certifiering AB · CEAR OC-25-0093 · CerviGlide C"),
    H1("Section A – Administrative particulars"),
    TAB(["Item", "Entry"], [
        ["Device", "CerviGlide C cervical disc prosthesis"], ["Basic UDI-DI", UDI],
        ["Manufacturer", "Holmen Spine AB, Linköping, Sweden"], ["Class", "III (Rule 8)"],
        ["Type", "Initial certification"],
        ["Documents", "CEP HS-CEP-003 Rev. 05; CER HS-CER-003 Rev. 07; PMCF HS-PMCF-003 rev. B; SSCP HS-SSCP-003 rev. 2"],
    ]),
    H1("Section C – Device and intended purpose"),
    P("Mobile-core cervical disc prosthesis for single-level C3–C7 disc replacement in skeletally mature adults "
      "18–70 years with radiculopathy and/or myelopathy after ≥ 6 weeks of failed conservative care."),
    H1("Sections D/E – Clinical data"),
    P("Randomised HS-CIP-02 (220 pts, 24 months) meets CEP-AC-01 to CEP-AC-04. The NB agrees that no long-term "
      "claims are made beyond 24 months."),
    H1("Section F – PMCF"),
    P("CI extension to 7 years and a 10-year registry (n = 500) with justified sample size; objectives linked to "
      "heterotopic ossification, adjacent-level disease and wear."),
    H1("Section I – Art. 54"),
    P("Class III implantable device: Art. 54(1)(a) applies, no exemption. Panel: orthopaedics, traumatology, "
      "rehabilitation, rheumatology."),
    H1("Conclusion"),
    P("Benefit-risk acceptable; evidence consistent with the intended purpose and the PMCF plan."),
]

DOSSIER = {
    "id": "i10-cervical-disc",
    "device": "CerviGlide C cervical total disc replacement",
    "device_class": "III",
    "clean": True,
    "docs": [
        doc("HS-CEP-003_Rev05.pdf", "CEP", "en", CEP, "Holmen Spine AB – HS-CEP-003"),
        doc("HS-CER-003_Rev07.docx", "CER", "en", CER, "Holmen Spine AB – HS-CER-003 Rev. 07"),
        doc("HS-PMCF-003_revB.md", "PMCF-plan", "en", PMCF),
        doc("CerviGlide_C_IFU_EN.pdf", "IFU", "en", IFU_EN, "CerviGlide C – IFU EN"),
        doc("CerviGlide_C_Notice_FR.docx", "IFU", "fr", IFU_FR),
        doc("CerviGlide_C_IFU_IT.pdf", "IFU", "it", IFU_IT, "CerviGlide C – IFU IT"),
        doc("HS-SSCP-003_rev2.docx", "SSCP", "en", SSCP),
        doc("CEAR_OC-25-0093.pdf", "CEAR", "en", CEAR, "Östra Certifiering AB – NB 2913"),
    ],
    "labels": [],
}

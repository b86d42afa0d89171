from gen.kit import *  # noqa: F401,F403

UDI = "7350147FLXVBT5R"

Q_CURVE_IFU = "major thoracic curve (T4–L1) with a Cobb angle of 35° to 60°, flexible to ≤ 30° on side-bending"
Q_CURVE_CER = "thoracic, thoracolumbar or lumbar major curves with Cobb angle 30°–70°"
Q_EQ_1 = "Equivalence is claimed to the SpineCord Tether System (Orthovance Inc., USA)."
Q_EQ_2 = "Kvarnholm has no contract with Orthovance giving access to the SpineCord technical documentation"
Q_PMCF_1 = "Retrospective review of hospital records at 3 sites"
Q_PMCF_2 = "no formal sample size – all available cases will be included"
Q_PMCF_3 = "Confirm the safety and performance of FlexiTeth."
Q_CI_EN = "Contraindications: none known."
Q_CI_ES = "Contraindicaciones: ninguna conocida."
Q_CI_SSCP = "No contraindications have been identified for the FlexiTeth VBT System."
Q_CI_CEP = "Skeletally mature patients (Risser ≥ 3), active systemic or local infection, osteopenia"

RISKS = ["Tether breakage (radiographic, 10–25 % at 2–4 yrs)", "Overcorrection requiring tether release/revision",
         "Pulmonary complications (pleural effusion, atelectasis)", "Screw malposition or loosening",
         "Conversion to posterior spinal fusion"]

# ------------------------------------------------------------------ CEP (PDF)
CEP = [
    T("CEP – FlexiTeth VBT System"),
    P("KS-CEP-021 · v3 · Kvarnholm Spine AB, Malmö, Sweden · Basic UDI-DI " + UDI),
    H1("1 Device & class"),
    UL("Titanium vertebral body screws + PET tether cord; thoracoscopic anterior approach",
       "Class III, Rule 8 (implantable device in contact with the spinal column)"),
    H1("2 Intended purpose"),
    P("Growth modulation in skeletally immature pts with adolescent idiopathic scoliosis (AIS) who require surgery."),
    H1("3 Target population"),
    TAB(["Parameter", "Definition"], [
        ["Age", "age 10 thru 16"], ["Maturity", "Risser 0–2 / Sanders ≤ 5"],
        ["Curve", "Thoracic major curve, Cobb 35°–60°"],
        ["Contraindications", Q_CI_CEP],
    ]),
    H1("4 Acceptance criteria"),
    TAB(["ID", "Endpoint", "Criterion"], [
        ["CEP-AC-01", "Cobb ≤ 35° at skeletal maturity", "≥ 70 % of pts"],
        ["CEP-AC-02", "Conversion to fusion by maturity", "≤ 15 %"],
        ["CEP-AC-03", "Revision surgery (any)", "≤ 20 %"],
    ]),
    H1("5 Evidence strategy"),
    UL("Equivalence route + own case series (KS-CS-01)", "PMCF"),
]

# ------------------------------------------------------------------ CER (DOCX)
CER = [
    T("Clinical Evaluation Report – FlexiTeth VBT System"),
    TAB(["Item", "Value"], [
        ["Doc", "KS-CER-021 rev 2"], ["Manufacturer", "Kvarnholm Spine AB, Malmö, Sweden"],
        ["Basic UDI-DI", UDI], ["Class", "III (Rule 8); Art. 54(1)(a) CECP applies"],
    ]),
    H1("1. Scope of use"),
    P("Anterior vertebral body tethering in skeletally immature patients (Risser 0–2, age 10 thru 16) with AIS and "
      + Q_CURVE_CER + ", who have failed or are unsuitable for bracing."),
    H1("2. State of the art"),
    P("Bracing for curves 25°–40°; posterior spinal fusion (PSF) for progressive curves > 45°–50°. VBT is a "
      "fusionless alternative preserving motion; reported success 60–80 %, revision 10–30 % [3, 4]."),
    H1("3. Equivalence"),
    P(Q_EQ_1 + " Technical: titanium screws and PET cord of similar dimensions; biological: same materials; "
      "clinical: same indication. " + Q_EQ_2 + "; equivalence is based on published literature and the public FDA summary."),
    H1("4. Clinical data"),
    TAB(["Ref", "Device", "Design", "n", "FU"], [
        ["[1]", "SpineCord", "Retrospective cohort", "57", "≥ 2 yrs"],
        ["[2]", "SpineCord", "Prospective, FDA HDE", "40", "4 yrs"],
        ["[3]", "VBT, mixed devices", "Systematic review", "1,010", "2–5 yrs"],
        ["[5] KS-CS-01", "FlexiTeth", "Case series", "18", "12 mo"],
    ]),
    TAB(["ID", "Result", "Met"], [
        ["CEP-AC-01", "74 % Cobb ≤ 35° at maturity [2]", "Yes"],
        ["CEP-AC-02", "Fusion conversion 12 % [1, 2]", "Yes"],
        ["CEP-AC-03", "Revision 18 % [1–3]", "Yes"],
    ]),
    H1("5. Benefit-risk"),
    P("Fusionless correction with preserved motion. Risks: " + "; ".join(RISKS) + ". Benefit-risk positive."),
    H1("6. PMCF"),
    P("See KS-PMCF-021."),
    H1("References"),
    OL("Harrington J, et al. Tether outcomes, single centre. Spine Deform 2021.",
       "Orthovance Inc. SpineCord pivotal HDE cohort. J Bone Joint Surg 2020.",
       "Moreau A, et al. VBT systematic review. Eur Spine J 2023.",
       "Nakamura T, et al. Bracing vs fusion in AIS. Spine 2019.",
       "Kvarnholm Spine. KS-CS-01 case series report, 2024."),
]

# ------------------------------------------------------------------ PMCF (DOCX)
PMCF = [
    T("PMCF Plan – FlexiTeth"),
    P("KS-PMCF-021 v1 · Kvarnholm Spine AB"),
    H1("Objective"),
    P(Q_PMCF_3),
    H1("Method"),
    UL(Q_PMCF_1 + " (Malmö, Göteborg, Oslo)",
       "Data: Cobb angle, revisions, complications as documented in routine care",
       "Sample size: " + Q_PMCF_2),
    H1("Schedule"),
    UL("Data pull every 12 months", "PMCF report with annual CER update"),
]

# ------------------------------------------------------------------ IFU EN (PDF)
IFU_EN = [
    T("FlexiTeth VBT System – Instructions for Use"),
    P("Kvarnholm Spine AB, Malmö, Sweden · KS-IFU-021 EN · Basic UDI-DI " + UDI),
    H1("Indications"),
    P("FlexiTeth is indicated for skeletally immature patients, age 10 thru 16, Risser 0–2, with adolescent idiopathic "
      "scoliosis and a " + Q_CURVE_IFU + ", who require surgical treatment."),
    H1("Contraindications"),
    P(Q_CI_EN),
    H1("Warnings"),
    UL("Surgeon must be trained in thoracoscopic anterior spine surgery.", "Postoperative chest drain may be required.",
       "Radiographic FU every 6 months until skeletal maturity to detect overcorrection and tether breakage."),
    H1("Potential adverse events"),
    UL(*RISKS),
    H1("Components"),
    TAB(["Component", "Specification"], [
        ["Vertebral screw", "Ti-6Al-4V, Ø 5.5–6.5 mm, length 25–45 mm"],
        ["Tether cord", "PET, Ø 4.0 mm"], ["Staple", "Ti-6Al-4V, 2-prong"],
    ]),
]

# ------------------------------------------------------------------ IFU ES (DOCX)
IFU_ES = [
    T("Sistema FlexiTeth VBT – Instrucciones de uso"),
    P("Kvarnholm Spine AB, Malmö, Suecia · KS-IFU-021 ES · UDI-DI básico " + UDI),
    H1("Indicaciones"),
    P("FlexiTeth está indicado para pacientes esqueléticamente inmaduros, de 10 a 16 años, Risser 0–2, con escoliosis "
      "idiopática del adolescente y una curva torácica mayor (T4–L1) con un ángulo de Cobb de 35° a 60°, flexible a "
      "≤ 30° en inclinación lateral, que requieren tratamiento quirúrgico."),
    H1("Contraindicaciones"),
    P(Q_CI_ES),
    H1("Advertencias"),
    UL("El cirujano debe estar formado en cirugía toracoscópica anterior de columna.",
       "Puede ser necesario un drenaje torácico postoperatorio.",
       "Control radiográfico cada 6 meses hasta la madurez esquelética para detectar sobrecorrección y rotura del cordón."),
    H1("Posibles eventos adversos"),
    UL("Rotura del cordón (radiográfica, 10–25 % a los 2–4 años)", "Sobrecorrección que requiere liberación o revisión del cordón",
       "Complicaciones pulmonares (derrame pleural, atelectasia)", "Malposición o aflojamiento de tornillos",
       "Conversión a artrodesis posterior"),
    H1("Componentes"),
    TAB(["Componente", "Especificación"], [
        ["Tornillo vertebral", "Ti-6Al-4V, Ø 5,5–6,5 mm, longitud 25–45 mm"],
        ["Cordón", "PET, Ø 4,0 mm"], ["Grapa", "Ti-6Al-4V, 2 puntas"],
    ]),
]

# ------------------------------------------------------------------ SSCP (Markdown)
SSCP = [
    T("Summary of Safety and Clinical Performance – FlexiTeth VBT System"),
    P("KS-SSCP-021 rev A · Basic UDI-DI " + UDI + " · Kvarnholm Spine AB · NB 2955"),
    H1("Intended purpose"),
    P("Fusionless growth modulation in skeletally immature patients aged 10 to 16 years (Risser 0–2) with adolescent "
      "idiopathic scoliosis and a " + Q_CURVE_IFU + "."),
    H1("Contraindications"),
    P(Q_CI_SSCP),
    H1("Clinical performance"),
    P("In published series of an equivalent tether system, 74 % of patients reached a Cobb angle ≤ 35° at skeletal maturity."),
    H1("Residual risks and side-effects"),
    UL(*RISKS),
    H1("PMCF"),
    P("Review of hospital records at 3 sites, yearly."),
]

# ------------------------------------------------------------------ CEAR (PDF)
CEAR = [
    T("CEAR – FlexiTeth VBT System"),
    P("Nordic Spine Certification AB (NB 2955) · CEAR NSC-25-044"),
    H1("A. Particulars"),
    TAB(["Item", "Entry"], [
        ["Device", "FlexiTeth VBT System, Basic UDI-DI " + UDI],
        ["Manufacturer", "Kvarnholm Spine AB"], ["Class", "III, Rule 8"], ["Assessment", "Initial MDR certification"],
    ]),
    H1("C. Intended purpose"),
    P("Vertebral body tethering in skeletally immature AIS patients aged 10–16 years, Risser 0–2, thoracic major curve "
      "Cobb 35°–60°."),
    H1("D/E. Clinical data"),
    P("Clinical evidence is based mainly on equivalence to a tether system of another manufacturer, supplemented by an "
      "own series of 18 patients with 12 months of follow-up."),
    H1("F. PMCF"),
    P("Records review at 3 sites, annual."),
    H1("I. Art. 54"),
    P("Class III implantable: CECP applies (Art. 54(1)(a)). Panel: orthopaedics, traumatology, rehabilitation, rheumatology."),
    H1("Conclusion"),
    P("NB recommends certification."),
]

DOSSIER = {
    "id": "i06-vertebral-tethering",
    "device": "FlexiTeth vertebral body tethering system for adolescent idiopathic scoliosis",
    "device_class": "III",
    "clean": False,
    "docs": [
        doc("KS-CEP-021_v3.pdf", "CEP", "en", CEP, "Kvarnholm Spine AB – CEP"),
        doc("KS-CER-021_rev2.docx", "CER", "en", CER, "Kvarnholm Spine AB – CER KS-CER-021 rev 2"),
        doc("KS-PMCF-021_v1.docx", "PMCF-plan", "en", PMCF),
        doc("FlexiTeth_IFU_EN.pdf", "IFU", "en", IFU_EN, "FlexiTeth VBT – IFU (EN)"),
        doc("FlexiTeth_IFU_ES.docx", "IFU", "es", IFU_ES),
        doc("KS-SSCP-021_revA.md", "SSCP", "en", SSCP),
        doc("CEAR_NSC-25-044.pdf", "CEAR", "en", CEAR, "Nordic Spine Certification AB – CEAR"),
    ],
    "labels": [
        label("curve_indication_wider_in_cer", "intended-use",
              ["FlexiTeth_IFU_EN.pdf", "KS-CER-021_rev2.docx"], [Q_CURVE_IFU, Q_CURVE_CER],
              "The CER covers thoracolumbar and lumbar curves and Cobb 30°–70°; the IFU, CEP, SSCP and CEAR are "
              "limited to thoracic major curves of 35°–60°.",
              ["population"]),
        label("equivalence_to_competitor_without_contract", "evidence",
              ["KS-CER-021_rev2.docx"], [Q_EQ_1, Q_EQ_2],
              "Equivalence to another manufacturer's class III implant is claimed without a contract giving access "
              "to its technical documentation (Art. 61(5)); the own data are 18 patients at 12 months.",
              []),
        label("retrospective_pmcf_no_sample_size", "pmcf",
              ["KS-PMCF-021_v1.docx"], [Q_PMCF_1, Q_PMCF_2, Q_PMCF_3],
              "The PMCF plan for a class III implant relying on equivalence is a retrospective records review with a "
              "generic objective and no sample size, endpoints or statistical rationale.",
              []),
        label("no_contraindications_stated", "safety-instruction",
              ["FlexiTeth_IFU_EN.pdf", "FlexiTeth_IFU_ES.docx", "KS-SSCP-021_revA.md", "KS-CEP-021_v3.pdf"],
              [Q_CI_EN, Q_CI_ES, Q_CI_SSCP, Q_CI_CEP],
              "IFU (both languages) and SSCP declare no contraindications for a class III spinal implant, although the "
              "CEP lists skeletal maturity, infection and osteopenia.",
              ["intended-use"]),
    ],
}

"""t04 - implantable direct-current bone growth stimulator for lumbar fusion (AIMD, class III) - clean."""

SYS = "Kazemura OsteoDC-40 Implantable Spinal Fusion Stimulator"
MFR = "Kazemura Orthopaedics K.K., 4-2-5 Hakataekimae, Hakata-ku, Fukuoka 812-0011, Japan"
UDI = "4580321ODC40EUZ3"
NB = "Liffey Medical Certification Ltd (NB 2951)"

SPEC = [["Parameter", "Specification"],
        ["Output", "Constant direct current 40 µA (total), ± 10%"],
        ["Cathodes", "2 titanium cathode leads, each 20 µA, length 10 cm"],
        ["Anode", "Platinum-coated generator housing"],
        ["Battery", "Lithium/manganese dioxide, service life approx. 26 weeks"],
        ["Generator dimensions", "approx. 42mm x 24mm x 8mm, 12g"],
        ["MRI", "MR unsafe"]]

CEP = [
    ("title", "Clinical Evaluation Plan: Kazemura OsteoDC-40"),
    ("p", "Document KO-ODC-CEP-01 revision 02, 2024/11/11"),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan defines the scope, the data sources and the acceptance criteria of the clinical evaluation of the subject device. The subject device is an active implantable medical device; it is Class III under Rule 8, and the consultation procedure under Article 54(1)(a) MDR is applicable."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"{SYS}, Basic UDI-DI {UDI}. A battery-powered generator is implanted subcutaneously near the posterior lumbar incision and delivers constant direct current through two cathode leads placed in the bone graft at the fusion site."),
    ("h1", "3. Intended purpose and target population"),
    ("p", "Adjunct to posterolateral or interbody lumbar spinal fusion (L1~S1) in skeletally mature patients aged 18 years and above who have one or more risk factors for non-union: previous failed fusion at the level, fusion of three or more levels, current smoking, diabetes mellitus or body mass index over 30 kg/m²."),
    ("p", "Contraindications: active infection at the surgical site; need for MRI during the implant period; patients with an implanted cardiac pacemaker or defibrillator."),
    ("h1", "4. Outcome parameters and acceptance criteria"),
    ("table", [["No.", "Parameter", "Criterion"],
               ["(1)", "Radiographic fusion rate at 12 months (CT, independent reader)", "Superior to the control group by ≥ 10 percentage points"],
               ["(2)", "Device-related serious adverse events within 12 months", "≤ 3%"],
               ["(3)", "Oswestry Disability Index change at 12 months", "Non-inferior to control (margin 5 points)"]]),
]

CER = [
    ("title", "Clinical Evaluation Report – Kazemura OsteoDC-40"),
    ("p", "KO-ODC-CER-01, Revision 02, 2025/03/03; based on CEP KO-ODC-CEP-01 rev. 02"),
    ("h1", "1. Purpose of this document"),
    ("p", "We would like to report the clinical evaluation of the subject device, which was carried out following MEDDEV 2.7/1 rev. 4 methodology and Annex XIV of the MDR."),
    ("h1", "2. Outline of the subject device"),
    ("p", "The subject device is a fully implantable stimulator. The generator is placed in the subcutaneous tissue; the two titanium cathodes are laid into the graft bed. The stimulation starts automatically when the cathodes are connected and continues until the battery is depleted, approx. 26 weeks. After this period the generator can be removed under local anaesthesia, but removal is not mandatory. Manufacturer: " + MFR + "."),
    ("table", SPEC),
    ("h1", "3. Intended purpose and indications"),
    ("p", "The OsteoDC-40 is used as an adjunct to lumbar spinal fusion from L1 to S1 in patients of 18 years or older, skeletally mature, who have at least one risk factor for non-union (prior failed fusion at the same level, three or more levels, smoking, diabetes, BMI > 30 kg/m²). The implantation is done in hospital by spine surgeons at the time of the fusion operation."),
    ("h1", "4. State of the art"),
    ("p", "Non-union rates after lumbar fusion of 5~35% are reported, higher in smokers and multilevel fusions. Adjuncts include autograft, bone morphogenetic protein and electrical stimulation (direct current, capacitive coupling, pulsed electromagnetic fields). Implanted DC stimulation has been used since the 1980s, and meta-analyses report an increase of the fusion rate in high-risk patients."),
    ("h1", "5. Clinical data"),
    ("table", [["Ref.", "Study", "Design and population", "Follow-up", "Main result"],
               ["[1]", "KO-ODC-01 (subject device)", "Randomised controlled, 160 adults with ≥ 1 risk factor, fusion with vs without stimulator", "24 months", "Fusion at 12 months 87.5% vs 71.3%; device-related SAE 1.3%"],
               ["[2]", "Rogozinski et al. 1996", "Prospective, 94 adults, posterolateral fusion with DC stimulation", "2 years", "Fusion 96% vs 85% in control"],
               ["[3]", "Akai et al. 2018", "Meta-analysis of 9 studies of implanted DC stimulation in lumbar fusion", "1~2 years", "Risk ratio for fusion 1.19 (95% CI 1.08~1.31)"]]),
    ("p", "The primary criterion (1) is met: the difference is 16.2 percentage points. The device-related SAE rate of 1.3% is below the 3% limit (criterion 2). The ODI change was non-inferior (criterion 3; difference 1.8 points, upper CI limit 4.1)."),
    ("h1", "6. Benefit-risk"),
    ("p", "It is considered that the higher fusion rate in risk patients is a relevant clinical benefit, as non-union often needs revision surgery. The risks are mainly those of a subcutaneous implant. The benefit-risk is acceptable."),
    ("h1", "7. Residual risks"),
    ("ul", ["Discomfort or seroma at the generator site.", "Infection requiring removal of the device.", "Cathode breakage, without clinical consequence in most cases.", "Second minor procedure if the generator is removed."]),
    ("h1", "8. PMCF"),
    ("p", "PMCF registry KO-ODC-REG (plan KO-ODC-PMCF-01): 250 patients, 2 years, focus on fusion rate in subgroups and generator-site complications."),
    ("h1", "9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"],
               ["Class", "III (Rule 8), active implantable; CECP applies"],
               ["Population", "Skeletally mature patients, 18 years or older, at risk of non-union"],
               ["Key data", "RCT KO-ODC-01, n = 160"],
               ["CEP criteria", "(1) met, (2) met, (3) met"],
               ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "10. References"),
    ("ol", ["[1] Kazemura Orthopaedics. Clinical investigation report KO-ODC-01, 2024/08/20.",
            "[2] Rogozinski A, Rogozinski C. Efficacy of implanted bone growth stimulation in instrumented lumbosacral spinal fusion. Spine. 1996;21:2479-2483.",
            "[3] Akai M, et al. Electrical stimulation as an adjunct to spinal fusion: a meta-analysis. Spine J. 2018;18:1510-1519."]),
]

PMCF = [
    ("title", "PMCF Plan KO-ODC-PMCF-01 – OsteoDC-40"),
    ("table", [["Section", "Content"],
               ["Objectives", "① Confirm the fusion rate at 12 and 24 months in each risk subgroup (smokers, diabetes, ≥ 3 levels). ② Quantify generator-site complications and removals (residual risks 1, 2 and 4 of the CER). ③ Record cathode breakage."],
               ["Design", "Prospective registry in 10 spine centres (hospitals) in Germany and Austria."],
               ["Population", "Patients aged 18 years and above, skeletally mature, implanted per the IFU."],
               ["Sample size", "250 patients; 80% power to estimate a subgroup fusion rate of 85% with ±7% precision in subgroups of ≥ 100 patients."],
               ["Endpoints", "CT fusion (independent reader), ODI, VAS back pain, adverse events."],
               ["Timeline", "Start 2025/06; enrolment 24 months; final report 2029/09; yearly PMCF evaluation reports."]]),
]

IFU_EN = [
    ("title", "OsteoDC-40 Implantable Spinal Fusion Stimulator – Instructions for Use"),
    ("h1", "Indications"),
    ("p", "Adjunct to lumbar spinal fusion (L1–S1) in skeletally mature patients (18 years and older) with at least one risk factor for non-union: prior failed fusion, fusion of three or more levels, smoking, diabetes, or BMI > 30 kg/m²."),
    ("h1", "Contraindications"),
    ("ul", ["Active infection at the surgical site.", "MRI needed while the device is implanted.", "Implanted cardiac pacemaker or defibrillator."]),
    ("h1", "Warnings"),
    ("ul", ["The device is MR unsafe. Remove the generator and cathodes before any MRI examination.",
            "Do not use monopolar diathermy directly on the generator.",
            "Do not cut the cathodes; a cut cathode stops the stimulation."]),
    ("h1", "Technical data"),
    ("table", SPEC),
]

IFU_DE = [
    ("title", "OsteoDC-40 implantierbarer Wirbelsäulen-Fusionsstimulator – Gebrauchsanweisung"),
    ("h1", "Indikationen"),
    ("p", "Ergänzung zur lumbalen Spondylodese (L1–S1) bei Patienten mit abgeschlossenem Skelettwachstum (ab 18 Jahren) und mindestens einem Risikofaktor für eine Pseudarthrose: frühere fehlgeschlagene Fusion, Fusion über drei oder mehr Segmente, Rauchen, Diabetes oder BMI über 30 kg/m²."),
    ("h1", "Kontraindikationen"),
    ("ul", ["Aktive Infektion im Operationsgebiet.", "Erforderliche MRT während der Implantationsdauer.", "Implantierter Herzschrittmacher oder Defibrillator."]),
    ("h1", "Warnhinweise"),
    ("ul", ["Das Produkt ist nicht MR-sicher. Generator und Kathoden vor jeder MRT entfernen.",
            "Keine monopolare Diathermie direkt am Generator anwenden.",
            "Die Kathoden nicht durchtrennen; eine durchtrennte Kathode beendet die Stimulation."]),
    ("h1", "Technische Daten"),
    ("table", [["Parameter", "Wert"], ["Ausgangsstrom", "40 µA Gleichstrom (gesamt), ± 10 %"],
               ["Kathoden", "2 Titan-Kathoden, je 20 µA"], ["Batterielaufzeit", "ca. 26 Wochen"],
               ["Abmessungen", "ca. 42 x 24 x 8 mm, 12 g"]]),
]

SSCP = [
    ("title", "Summary of Safety and Clinical Performance – OsteoDC-40"),
    ("p", f"{SYS}; Basic UDI-DI {UDI}; {MFR}; class III; NB: {NB}."),
    ("h1", "Intended purpose"),
    ("p", "Adjunct to lumbar fusion L1–S1 in skeletally mature adults (18 years or older) at risk of non-union."),
    ("h1", "Clinical performance"),
    ("p", "In a randomised study of 160 patients the fusion rate at 12 months was 87.5% with the stimulator and 71.3% without."),
    ("h1", "Residual risks and side-effects"),
    ("ul", ["Discomfort or seroma at the generator site.", "Infection requiring removal.", "Cathode breakage.", "Minor procedure for generator removal."]),
]

CEAR = [
    ("title", "CEAR – Kazemura OsteoDC-40 – NB 2951"),
    ("p", "Reviewer: Dr Niamh Fitzgerald, orthopaedic clinical reviewer. 9 April 2025."),
    ("h1", "Section A – Intended purpose as assessed"),
    ("p", "Implantable DC stimulator (40 µA) as an adjunct to lumbar fusion L1–S1 in skeletally mature patients aged 18 and over with at least one non-union risk factor. Class III active implantable; Article 54(1)(a) consultation applies."),
    ("h1", "Section B – Clinical evidence"),
    ("p", "The reviewer notes a randomised investigation of 160 patients with 24-month follow-up, reporting all three CEP endpoints against their predefined criteria. Satisfactory."),
    ("ol", ["Query 1 – Closed. MR status harmonised (MR unsafe) in all documents. Satisfactory.",
            "Query 2 – Closed. PMCF subgroup sample size justified. Satisfactory."]),
    ("h1", "Section C – Conclusion"),
    ("p", "Sufficient clinical evidence; PMCF proportionate. Recommendation: certification, after the expert panel procedure."),
]

DOSSIER = {
    "id": "t04_bone_stimulator",
    "device": SYS,
    "device_class": "III",
    "clean": True,
    "docs": [
        {"file": "KO-ODC-CEP-01_r02.pdf", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": "KO-ODC-CER-01_r02.docx", "role": "CER", "lang": "en", "blocks": CER},
        {"file": "KO-ODC-PMCF-01.pdf", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": "OsteoDC-40_IFU_en.docx", "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "OsteoDC-40_GA_de.pdf", "role": "IFU", "lang": "de", "blocks": IFU_DE},
        {"file": "OsteoDC-40_SSCP.pdf", "role": "SSCP", "lang": "en", "blocks": SSCP},
        {"file": "CEAR_OsteoDC-40.docx", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [],
}

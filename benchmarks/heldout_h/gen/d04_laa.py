"""h04: left atrial appendage occluder, defective."""

from .base import Doc, Dossier, Label

MFR = "Vanderlinde CardioVascular B.V."
ADDR = "Torenallee 32, 5617 BD Eindhoven, the Netherlands"
UDI = "8720299CLOSEA1LH"
UDI_SSCP = "8720299CLOSEA1HL"

Q_UDI_CER = f"Basic UDI-DI: {UDI}"
Q_UDI_SSCP = f"Basic UDI-DI: {UDI_SSCP}"
Q_EQ_1 = "a contract giving access to the technical documentation of CardioNova does not exist"
Q_EQ_2 = "Equivalence of the Closea to the Occlusio LAA device of CardioNova Inc."
Q_CLAIM_CER = "the Closea provides lifelong protection against cardioembolic stroke"
Q_CLAIM_SSCP = "gives the patient lifelong protection against stroke coming from the heart"
Q_FU_CER = "follow-up of all patients was completed to 12 months"
Q_REV_CER = "Document CER-CL-002, revision 04, dated 2 September 2024."
Q_REV_CEAR = "CER-CL-002 revision 05 dated 14 November 2024"


def cep():
    return [
        ("title", "Clinical Evaluation Plan – Closea LAA Occluder"),
        ("p", "Document CEP-CL-001, version 3, 11 March 2024. Prepared by Clinical & Medical Affairs."),
        ("h", 1, "Scope"),
        ("p", f"This plan covers the Closea left atrial appendage occluder (sizes 16 to 34 mm) and its "
              f"delivery system CDS-14, manufactured by {MFR}. Class III according to Rule 8 (implantable, in "
              "direct contact with the heart); Article 54(1)(a) MDR applies."),
        ("h", 1, "Intended purpose and target population"),
        ("p", "Percutaneous transcatheter occlusion of the left atrial appendage to reduce the risk of "
              "thromboembolism in adult patients with non-valvular atrial fibrillation who have an elevated "
              "stroke risk (CHA2DS2-VASc score ≥ 2 in men, ≥ 3 in women) and who have a contraindication to, "
              "or are considered unsuitable for, long-term oral anticoagulation."),
        ("p", "Contraindications: intracardiac thrombus; LAA ostium smaller than 12 mm or larger than 32 mm; "
              "active endocarditis or other infection; contraindication to antiplatelet therapy for 6 "
              "months; an atrial septal occluder preventing transseptal access; known hypersensitivity to "
              "nickel."),
        ("h", 1, "Clinical benefits, outcome parameters, acceptance criteria"),
        ("ul", ["Primary safety: major procedure-related complications within 7 days (death, stroke, systemic embolism, pericardial effusion requiring drainage, device embolisation, major bleeding): acceptable if ≤ 6 %.",
                "Effectiveness: successful LAA closure (residual peri-device flow ≤ 5 mm on TOE) at 45 days: ≥ 90 %.",
                "Ischaemic stroke and systemic embolism at 12 months, compared with the rate predicted by CHA2DS2-VASc: a relative reduction of at least 50 %.",
                "Device-related thrombus at 12 months: ≤ 5 %."]),
        ("h", 1, "Evidence strategy"),
        ("p", "Own clinical investigation CLOSE-AF (pivotal, 12 months); systematic literature review for the "
              "state of the art; a demonstration of equivalence is foreseen for support of long-term "
              "performance; PMCF registry after certification."),
    ]


def cer():
    rows = [
        ["CLOSE-AF (own, 2022–2024)", "Prospective single-arm, 14 sites (NL, BE, DE, DK); NVAF, OAC unsuitable; mean CHA2DS2-VASc 4.6", "205", "12 months",
         "Major complications 7 days 3.4 %; closure at 45 days 97.6 %; ischaemic stroke/SE 1.5 % vs 6.8 % predicted; DRT 2.9 %"],
        ["Occlusio 5-year registry (equivalent device)", "Prospective registry, Occlusio LAA, CardioNova Inc.", "1088", "5 years",
         "Annualised ischaemic stroke 1.3 %/year"],
        ["Holmes 2014 (PREVAIL)", "RCT Watchman vs warfarin", "407", "18 months", "Non-inferior for late ischaemic events"],
        ["Osmancik 2020 (PRAGUE-17)", "RCT LAAC vs NOAC", "415", "20 months", "LAAC non-inferior for composite endpoint"],
    ]
    return [
        ("title", "Clinical Evaluation Report\nClosea Left Atrial Appendage Occluder"),
        ("p", Q_REV_CER),
        ("p", f"Manufacturer: {MFR}, {ADDR}. {Q_UDI_CER}."),
        ("h", 1, "Executive summary"),
        ("p", "The Closea occluder has been evaluated on the basis of the own pivotal investigation CLOSE-AF, of "
              "data on an equivalent device and of the state of the art. The CEP acceptance criteria are "
              f"all met; based on these data, {Q_CLAIM_CER} in patients who cannot take oral "
              "anticoagulation."),
        ("h", 1, "Device description"),
        ("p", "The Closea is a self-expanding nitinol frame with a distal lobe, anchored in the appendage by 12 "
              "stabilising wires, and a proximal disc covering the ostium; both are covered with a polyester "
              "fabric. Sizes from 16 mm to 34 mm (2 mm steps) treat LAA ostia of 12 to 32 mm and are "
              "delivered through a 14 Fr sheath (12 Fr for sizes up to 22 mm) by transseptal access under "
              "TOE or ICE guidance."),
        ("h", 1, "Intended purpose"),
        ("p", "Percutaneous occlusion of the left atrial appendage in adults with non-valvular atrial "
              "fibrillation, CHA2DS2-VASc ≥ 2 (men) or ≥ 3 (women), with a contraindication to or unsuitable "
              "for long-term oral anticoagulation. Contraindications as in the CEP and IFU."),
        ("h", 1, "State of the art"),
        ("p", "Oral anticoagulation with NOACs remains first-line; the ESC 2020/2024 guidelines give LAA "
              "occlusion a class IIb recommendation for patients with contraindications to long-term "
              "anticoagulation. Randomised data exist for the Watchman device against warfarin (PREVAIL) and "
              "for LAA occlusion against NOAC (PRAGUE-17)."),
        ("h", 1, "Equivalence"),
        ("p", f"{Q_EQ_2} (Minneapolis, USA) has been demonstrated on technical, biological and clinical "
              "characteristics on the basis of the published literature and of the instructions for use of "
              f"that device; {Q_EQ_1}, since the published data are considered sufficient. The 5-year data "
              "of the Occlusio registry are therefore used to support the long-term performance of the "
              "Closea."),
        ("h", 1, "Clinical data"),
        ("table", "Table 1 – Clinical data considered", ["Data set", "Design / population", "N", "Follow-up", "Results"], rows),
        ("p", f"In CLOSE-AF, 205 patients were implanted (implant success 98.5 %) and {Q_FU_CER}. All four "
              "acceptance criteria of CEP-CL-001 were met: major complications at 7 days 3.4 % (≤ 6 %), "
              "closure at 45 days 97.6 % (≥ 90 %), relative reduction of ischaemic stroke and systemic "
              "embolism of 78 % against the predicted rate (≥ 50 %), device-related thrombus 2.9 % (≤ 5 %)."),
        ("h", 1, "Residual risks"),
        ("p", "Pericardial effusion and tamponade, device embolisation, device-related thrombus, peri-device "
              "leak, stroke during the procedure, vascular access complications, bleeding under antiplatelet "
              "therapy, nickel allergy."),
        ("h", 1, "PMCF"),
        ("p", "The CLOSE-REG registry (1000 patients, 5 years) as described in PMCF-CL-001 rev. 1."),
        ("h", 1, "References"),
        ("ol", ["Vanderlinde CardioVascular. CLOSE-AF clinical investigation report, CIR-CL-004, 2024.",
                "CardioNova Inc. Occlusio LAA global registry, 5-year results. Published abstract and IFU, 2022.",
                "Holmes DR, et al. Prospective randomized evaluation of the Watchman LAA closure device in patients with AF versus long-term warfarin therapy: the PREVAIL trial. J Am Coll Cardiol 2014;64:1-12.",
                "Osmancik P, et al. Left atrial appendage closure versus direct oral anticoagulants in high-risk patients with atrial fibrillation. J Am Coll Cardiol 2020;75:3122-3135."]),
    ]


def pmcf():
    return [
        ("title", "PMCF plan – Closea LAA Occluder"),
        ("meta", [("ID", "PMCF-CL-001"), ("Revision", "1"), ("Related CER", "CER-CL-002 rev. 04")]),
        ("h", 1, "1. Device"),
        ("p", f"Closea LAA occluder, sizes 16–34 mm, delivery system CDS-14; class III; Basic UDI-DI {UDI}; "
              "expected lifetime: permanent implant."),
        ("h", 1, "2. Objectives"),
        ("ul", ["Confirm the annual rate of ischaemic stroke and systemic embolism up to 5 years (the long-term effect is not covered by the own 12-month data).",
                "Monitor device-related thrombus, peri-device leak > 5 mm and late device embolisation.",
                "Identify off-label use, e.g. patients eligible for oral anticoagulation."]),
        ("h", 1, "3. Method"),
        ("p", "CLOSE-REG, a prospective, multicentre, all-comers registry in 30 European centres; TOE or CT "
              "at 45 days and 12 months, clinical follow-up yearly to 5 years."),
        ("h", 1, "4. Sample size"),
        ("p", "1000 patients: with an expected annual ischaemic stroke rate of 1.5 %, 4000 patient-years give a "
              "95 % confidence interval of about 1.1 to 1.9 % per year, sufficient to compare with the "
              "predicted rate of 6.8 %."),
        ("h", 1, "5. Timeline"),
        ("p", "Start Q2 2025; enrolment 30 months; yearly PMCF evaluation reports; final report 2032."),
    ]


def ifu_en():
    return [
        ("title", "Closea™ LAA Occluder\nInstructions for Use"),
        ("p", f"{MFR}, {ADDR}. Basic UDI-DI {UDI}."),
        ("h", 1, "Indications for use"),
        ("p", "The Closea LAA Occluder is indicated for percutaneous, transcatheter closure of the left atrial "
              "appendage in adult patients with non-valvular atrial fibrillation who are at increased risk of "
              "stroke (CHA2DS2-VASc ≥ 2 for men, ≥ 3 for women) and who have a contraindication to, or are "
              "unsuitable for, long-term oral anticoagulation."),
        ("h", 1, "Contraindications"),
        ("ul", ["Intracardiac thrombus.", "LAA ostium < 12 mm or > 32 mm.",
                "Active endocarditis or other active infection.",
                "Contraindication to antiplatelet therapy for 6 months.",
                "Atrial septal occluder preventing transseptal access.", "Known hypersensitivity to nickel."]),
        ("h", 1, "Warnings and precautions"),
        ("ul", ["Implantation only by physicians trained in transseptal procedures, in a hospital with cardiac surgery on site.",
                "Exclude thrombus by TOE or CT within 48 hours before implantation.",
                "Dual antiplatelet therapy for 6 months, followed by aspirin, unless otherwise decided by the physician.",
                "Perform TOE or CT at 45 days to exclude device-related thrombus and leak."]),
        ("h", 1, "Adverse events"),
        ("p", "Pericardial effusion, tamponade, device embolisation, device-related thrombus, stroke, bleeding, "
              "vascular access complications, arrhythmia, allergic reaction."),
        ("h", 1, "Sizes"),
        ("table", None, ["Device size", "LAA ostium", "Sheath"], [
            ["16–22 mm", "12–20 mm", "12 Fr"], ["24–34 mm", "20–32 mm", "14 Fr"]]),
    ]


def ifu_nl():
    return [
        ("title", "Closea™ LAA-occluder\nGebruiksaanwijzing"),
        ("p", f"{MFR}, Torenallee 32, 5617 BD Eindhoven, Nederland. Basis-UDI-DI {UDI}."),
        ("h", 1, "Indicaties"),
        ("p", "De Closea LAA-occluder is geïndiceerd voor percutane, transkatheter sluiting van het linker "
              "hartoor bij volwassen patiënten met niet-valvulair atriumfibrilleren met een verhoogd "
              "risico op een beroerte (CHA2DS2-VASc ≥ 2 bij mannen, ≥ 3 bij vrouwen) bij wie langdurige "
              "orale antistolling gecontra-indiceerd of ongeschikt is."),
        ("h", 1, "Contra-indicaties"),
        ("ul", ["Intracardiale trombus.", "Ostium van het linker hartoor < 12 mm of > 32 mm.",
                "Actieve endocarditis of andere actieve infectie.",
                "Contra-indicatie voor plaatjesremmende therapie gedurende 6 maanden.",
                "Atriumseptumoccluder die transseptale toegang verhindert.", "Bekende overgevoeligheid voor nikkel."]),
        ("h", 1, "Waarschuwingen en voorzorgsmaatregelen"),
        ("ul", ["Implantatie alleen door artsen die getraind zijn in transseptale procedures, in een ziekenhuis met hartchirurgie ter plaatse.",
                "Sluit een trombus uit met TEE of CT binnen 48 uur vóór de implantatie.",
                "Duale plaatjesremming gedurende 6 maanden, daarna aspirine, tenzij de arts anders beslist.",
                "Voer na 45 dagen een TEE of CT uit om apparaatgerelateerde trombus en lekkage uit te sluiten."]),
        ("h", 1, "Bijwerkingen"),
        ("p", "Pericardeffusie, tamponade, embolisatie van het implantaat, apparaatgerelateerde trombus, "
              "beroerte, bloeding, complicaties bij de toegangsplaats, aritmie, allergische reactie."),
        ("h", 1, "Maten"),
        ("table", None, ["Maat implantaat", "Ostium hartoor", "Sheath"], [
            ["16–22 mm", "12–20 mm", "12 Fr"], ["24–34 mm", "20–32 mm", "14 Fr"]]),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance – Closea LAA Occluder"),
        ("p", "SSCP-CL-001, revision 1, December 2024."),
        ("h", 1, "Device identification"),
        ("p", f"Trade name Closea LAA Occluder; manufacturer {MFR}, SRN NL-MF-000018820; {Q_UDI_SSCP}; class "
              "III; Notified Body NorthSea Certification B.V. (2936)."),
        ("h", 1, "Intended purpose and patients"),
        ("p", "Closure of the left atrial appendage through a catheter in adults with non-valvular atrial "
              "fibrillation and increased stroke risk (CHA2DS2-VASc ≥ 2 men, ≥ 3 women) who cannot take, or "
              "are unsuitable for, long-term oral anticoagulation. Contraindications: thrombus in the heart; "
              "LAA opening below 12 mm or above 32 mm; active infection or endocarditis; inability to take "
              "antiplatelet medicines for 6 months; septal occluder blocking access; nickel allergy."),
        ("h", 1, "Residual risks and side-effects"),
        ("p", "From CLOSE-AF (205 patients, 12 months): major complications within 7 days 3.4 % (pericardial "
              "effusion needing drainage 1.5 %, major bleeding 1.0 %, device embolisation 0.5 %, procedural "
              "stroke 0.5 %); device-related thrombus 2.9 %; vascular access complications, arrhythmia and "
              "allergic reactions were also reported."),
        ("h", 1, "Clinical evidence"),
        ("p", "Results of CLOSE-AF: closure at 45 days 97.6 %; ischaemic stroke or systemic embolism 1.5 % at "
              f"12 months. The Closea {Q_CLAIM_SSCP}. PMCF: CLOSE-REG registry, 1000 patients, 5 years."),
        ("h", 1, "Alternatives"),
        ("p", "Oral anticoagulants (vitamin K antagonists, NOACs); surgical LAA closure during cardiac surgery."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report"),
        ("meta", [("Notified Body", "NorthSea Certification B.V. – NB 2936"), ("Project", "NSC-23-3310"), ("Date", "24 January 2025")]),
        ("h", 1, "A. Administrative"),
        ("p", f"Manufacturer {MFR}; device Closea LAA Occluder, sizes 16–34 mm, with delivery system CDS-14; Basic "
              f"UDI-DI {UDI}; class III, Rule 8. Initial certification. Documents assessed: CEP-CL-001 version 3; "
              f"{Q_REV_CEAR}; PMCF-CL-001 revision 1; SSCP-CL-001 revision 1; IFU EN and NL."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Transcatheter LAA occlusion in adults with non-valvular AF and CHA2DS2-VASc ≥ 2 (men) / ≥ 3 "
              "(women) with a contraindication to or unsuitable for long-term oral anticoagulation."),
        ("h", 1, "C. Equivalence"),
        ("p", "The manufacturer claims equivalence to the Occlusio LAA device; the NB has taken note of the "
              "comparison tables presented in the CER."),
        ("h", 1, "E/H. Clinical data and conclusions"),
        ("p", "CLOSE-AF (205 patients, 12 months) meets the CEP acceptance criteria. The NB considers the "
              "benefit-risk acceptable."),
        ("h", 1, "I. Consultation procedure"),
        ("p", "Article 54(1)(a) applies (class III implantable). Panel: circulatory system – structural "
              "devices (LAA occluders)."),
    ]


def build():
    docs = [
        Doc("CEP-CL-001_v3.docx", "CEP", "en", cep(), "Vanderlinde CardioVascular"),
        Doc("CER-CL-002_Closea.docx", "CER", "en", cer(), "Vanderlinde CardioVascular – CER-CL-002"),
        Doc("PMCF-CL-001_plan.md", "PMCF-plan", "en", pmcf(), "PMCF-CL-001"),
        Doc("Closea_IFU_EN.pdf", "IFU", "en", ifu_en(), "Closea IFU (EN)"),
        Doc("Closea_IFU_NL.pdf", "IFU", "nl", ifu_nl(), "Closea gebruiksaanwijzing (NL)"),
        Doc("SSCP-CL-001_Closea.pdf", "SSCP", "en", sscp(), "SSCP-CL-001"),
        Doc("NSC-23-3310_CEAR.pdf", "CEAR", "en", cear(), "NorthSea Certification – CEAR", "serif"),
    ]
    cer_n, sscp_n, cear_n = docs[1].name, docs[5].name, docs[6].name
    labels = [
        Label("basic_udi_di_differs_in_sscp", "device-identity", [cer_n, sscp_n], [Q_UDI_CER, Q_UDI_SSCP],
              "The SSCP gives a Basic UDI-DI (…1HL) that differs from the one in the CER, IFU and CEAR (…1LH).",
              ["documentation"]),
        Label("equivalence_to_competitor_without_contract", "evidence", [cer_n], [Q_EQ_2, Q_EQ_1],
              "Equivalence to another manufacturer's class III implant is claimed without a contract giving "
              "access to its technical documentation (Art. 61(5)), and its 5-year data are used for "
              "long-term performance.", []),
        Label("lifelong_stroke_protection_on_12_month_data", "claim", [cer_n, sscp_n],
              [Q_CLAIM_CER, Q_CLAIM_SSCP, Q_FU_CER],
              "Lifelong protection against stroke is claimed while the device's own data reach 12 months.",
              ["evidence"]),
        Label("cear_cites_other_cer_revision", "documentation", [cer_n, cear_n], [Q_REV_CER, Q_REV_CEAR],
              "The CEAR assessed CER revision 05 of 14 November 2024; the CER supplied is revision 04 of "
              "2 September 2024.", []),
    ]
    return Dossier("h04_laa_occluder", "Closea left atrial appendage occluder", "III", False, docs, labels)

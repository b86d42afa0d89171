"""h10: mechanical thrombectomy stent retriever, clean (class III, not implantable: no CECP)."""

from .base import Doc, Dossier

MFR = "Hellmann Neurovascular GmbH"
ADDR = "Technologiepark 3, 4020 Linz, Austria"
UDI = "9120098CAPTURO4N"


def cep():
    return [
        ("title", "Klinischer Bewertungsplan / Clinical Evaluation Plan\nCapturo Stent Retriever"),
        ("p", "HNV-CEP-007, Version 2.1, 8 April 2024 (English version)."),
        ("h", 1, "1 Device, classification and consultation procedure"),
        ("p", "The Capturo is a self-expanding, laser-cut nitinol stent retriever fixed to a push wire, with "
              "radiopaque markers, in the sizes 3 × 20, 4 × 20, 4 × 40 and 6 × 30 mm. It is used transiently "
              "(less than 60 minutes) in the intracranial arteries, which belong to the central circulatory "
              "system, so it is class III under Rule 6. It is not an implantable device, being removed at the "
              "end of the procedure; therefore Article 54(1)(a), which refers to class III implantable devices, "
              "does not apply, nor does (b)."),
        ("h", 1, "2 Intended purpose"),
        ("p", "Restoration of blood flow by removal of thrombus in adults (18 years and older) with acute "
              "ischaemic stroke caused by occlusion of a large intracranial vessel of the anterior circulation "
              "(intracranial internal carotid artery, M1 and M2 segments of the middle cerebral artery), with "
              "treatment starting within 24 hours of symptom onset (patients beyond 6 hours selected by "
              "perfusion or clinical-core mismatch imaging), NIHSS ≥ 6 and ASPECTS ≥ 6."),
        ("p", "Contraindications: known hypersensitivity to nickel-titanium; intracranial haemorrhage on "
              "imaging; arterial stenosis or tortuosity that prevents safe navigation; dissection of the target "
              "vessel."),
        ("h", 1, "3 Outcome parameters and acceptance criteria"),
        ("table", None, ["Endpoint", "Criterion", "Benchmark"], [
            ["Successful reperfusion eTICI 2b–3 after ≤ 3 passes", "≥ 80 %", "HERMES, recent registries"],
            ["Symptomatic intracranial haemorrhage at 24 h", "≤ 6 %", "HERMES 4.4 %"],
            ["Functional independence mRS 0–2 at 90 days", "≥ 46 %", "HERMES 46 %"],
            ["All-cause mortality at 90 days", "≤ 18 %", "HERMES 15.3 %"]]),
        ("h", 1, "4 Clinical development"),
        ("p", "Pivotal single-arm investigation CAPTURE-EU, literature review, PMCF registry CAPTURE-REG."),
    ]


def cer():
    return [
        ("title", "Clinical Evaluation Report\nCapturo Stent Retriever"),
        ("p", f"HNV-CER-008, Version 3.0, 14 November 2024. {MFR}, {ADDR}. Basic UDI-DI {UDI}."),
        ("h", 1, "1 Summary"),
        ("p", "The pivotal investigation CAPTURE-EU (160 patients) shows rates of reperfusion, functional "
              "independence, haemorrhage and mortality in the range of the randomised trials which established "
              "thrombectomy as standard of care. The benefit-risk ratio is positive."),
        ("h", 1, "2 Device"),
        ("table", "Table 1: Sizes and compatible vessels", ["Size (Ø × length)", "Vessel diameter", "Microcatheter ID"], [
            ["3 × 20 mm", "2.0 – 3.0 mm", "≥ 0.017 inch"], ["4 × 20 mm", "2.5 – 4.0 mm", "≥ 0.021 inch"],
            ["4 × 40 mm", "2.5 – 4.0 mm", "≥ 0.021 inch"], ["6 × 30 mm", "3.0 – 5.5 mm", "≥ 0.027 inch"]]),
        ("p", "Class III (Rule 6, transient use in the central circulatory system). The device is not "
              "implantable; the consultation procedure of Article 54 is therefore not applicable."),
        ("h", 1, "3 Intended purpose"),
        ("p", "Removal of thrombus to restore blood flow in adults ≥ 18 years with acute ischaemic stroke due to "
              "occlusion of the intracranial ICA or of the M1 or M2 segment, treated within 24 h of onset "
              "(beyond 6 h only with mismatch on imaging), NIHSS ≥ 6, ASPECTS ≥ 6. For use by neurointerventionalists "
              "in angiography suites of stroke centres. Contraindications identical with the IFU."),
        ("h", 1, "4 State of the art"),
        ("p", "Since 2015, five randomised trials pooled in the HERMES meta-analysis, and later DAWN and DEFUSE-3 "
              "for the late window, have shown that thrombectomy with stent retrievers in addition to best "
              "medical treatment improves functional outcome; the ESO-ESMINT guidelines give a strong "
              "recommendation. Aspiration catheters are an alternative first-line technique."),
        ("h", 1, "5 Clinical data"),
        ("table", "Table 2: Clinical data", ["Source", "Design", "N", "Key results"], [
            ["CAPTURE-EU (own)", "Prospective single-arm, core lab and CEC, 12 centres AT/DE/ES/IT", "160",
             "eTICI 2b–3 ≤ 3 passes 87.5 %; sICH 3.8 %; mRS 0–2 at 90 d 54 %; mortality 14.4 %"],
            ["Goyal 2016 (HERMES)", "Meta-analysis of 5 RCTs", "1287", "mRS 0–2 46 % vs 26.5 %; sICH 4.4 %"],
            ["Nogueira 2018 (DAWN)", "RCT 6–24 h", "206", "mRS 0–2 49 % vs 13 %"],
            ["Albers 2018 (DEFUSE 3)", "RCT 6–16 h", "182", "mRS 0–2 45 % vs 17 %"]]),
        ("p", "Against the criteria of HNV-CEP-007: reperfusion 87.5 % (≥ 80 %), sICH 3.8 % (≤ 6 %), mRS 0–2 "
              "54 % (≥ 46 %), mortality 14.4 % (≤ 18 %); all criteria met. 41 patients (25.6 %) were treated "
              "after 6 hours."),
        ("h", 1, "6 Residual risks"),
        ("p", "Vessel perforation (1.3 %), embolisation in a new territory (3.1 %), vasospasm, dissection, "
              "symptomatic intracranial haemorrhage (3.8 %), access-site complications, device detachment or "
              "fracture (0 % in CAPTURE-EU)."),
        ("h", 1, "7 PMCF"),
        ("p", "CAPTURE-REG, 600 patients (HNV-PMCF-009)."),
        ("h", 1, "8 References"),
        ("ol", ["Hellmann Neurovascular. CAPTURE-EU clinical investigation report HNV-CIR-003, 2024.",
                "Goyal M, et al. Endovascular thrombectomy after large-vessel ischaemic stroke: a meta-analysis of individual patient data from five randomised trials. Lancet 2016;387:1723-1731.",
                "Nogueira RG, et al. Thrombectomy 6 to 24 hours after stroke with a mismatch between deficit and infarct. N Engl J Med 2018;378:11-21.",
                "Albers GW, et al. Thrombectomy for stroke at 6 to 16 hours with selection by perfusion imaging. N Engl J Med 2018;378:708-718."]),
    ]


def pmcf():
    return [
        ("title", "PMCF Plan – Capturo Stent Retriever"),
        ("meta", [("Document", "HNV-PMCF-009"), ("Version", "1.2"), ("Related CER", "HNV-CER-008 Version 3.0")]),
        ("h", 1, "Objectives"),
        ("p", "Confirm reperfusion, sICH, mRS 0–2 and mortality in unselected routine use, with special attention "
              "to the late window (6–24 h) and to M2 occlusions, for which the pivotal data set is smallest; "
              "quantify vessel perforation and device fracture, the residual risks of HNV-CER-008."),
        ("h", 1, "Design"),
        ("p", "CAPTURE-REG: prospective, multicentre registry in 30 European stroke centres, consecutive adults "
              "treated with the Capturo, core-lab angiography in 20 % random sample, mRS at 90 days by certified "
              "assessors."),
        ("h", 1, "Sample size"),
        ("p", "600 patients: sICH of 4 % estimated with a 95 % CI of ± 1.6 %; at least 150 late-window and 120 M2 "
              "patients expected, giving ± 8 % precision for reperfusion in each subgroup."),
        ("h", 1, "Timeline"),
        ("p", "Enrolment 2025–2027; yearly PMCF evaluation report; final report Q2 2028."),
    ]


def ifu_en():
    return [
        ("title", "Capturo Stent Retriever – Instructions for Use"),
        ("p", f"{MFR}, {ADDR} · Basic UDI-DI {UDI} · CE 2971"),
        ("h", 1, "Intended use / Indications"),
        ("p", "The Capturo is intended to restore blood flow by removing thrombus in adult patients (18 years and "
              "older) with acute ischaemic stroke due to a large vessel occlusion in the anterior circulation "
              "(intracranial ICA, MCA M1 and M2), within 24 hours of symptom onset; patients treated beyond 6 "
              "hours must be selected by perfusion or clinical-core mismatch imaging. NIHSS ≥ 6, ASPECTS ≥ 6."),
        ("h", 1, "Contraindications"),
        ("ul", ["Known hypersensitivity to nickel-titanium.", "Intracranial haemorrhage on imaging.",
                "Stenosis or tortuosity preventing safe navigation to the target.", "Dissection of the target vessel."]),
        ("h", 1, "Warnings"),
        ("ul", ["For use only by physicians trained in neurointerventional procedures, in an angiography suite of a stroke centre.",
                "Do not perform more than 3 passes with the same device.",
                "Do not torque the device; do not retract against resistance."]),
        ("h", 1, "Potential complications"),
        ("p", "Vessel perforation, embolisation in new territory, vasospasm, dissection, intracranial "
              "haemorrhage, access-site complications, device detachment or fracture, death."),
        ("h", 1, "Specifications"),
        ("table", None, ["Size", "Vessel Ø", "Microcatheter ID"], [
            ["3 × 20 mm", "2.0–3.0 mm", "≥ 0.017\" (0.43 mm)"], ["4 × 20 mm", "2.5–4.0 mm", "≥ 0.021\" (0.53 mm)"],
            ["4 × 40 mm", "2.5–4.0 mm", "≥ 0.021\" (0.53 mm)"], ["6 × 30 mm", "3.0–5.5 mm", "≥ 0.027\" (0.69 mm)"]]),
    ]


def ifu_es():
    return [
        ("title", "Stent recuperador Capturo – Instrucciones de uso"),
        ("p", f"{MFR}, Technologiepark 3, 4020 Linz, Austria · UDI-DI básico {UDI} · CE 2971"),
        ("h", 1, "Uso previsto / Indicaciones"),
        ("p", "El Capturo está destinado a restablecer el flujo sanguíneo mediante la extracción del trombo en "
              "pacientes adultos (18 años o más) con ictus isquémico agudo debido a la oclusión de un gran vaso "
              "de la circulación anterior (ACI intracraneal, ACM M1 y M2), dentro de las 24 horas siguientes al "
              "inicio de los síntomas; los pacientes tratados después de 6 horas deben seleccionarse mediante "
              "imagen de perfusión o de discordancia clínica-núcleo. NIHSS ≥ 6, ASPECTS ≥ 6."),
        ("h", 1, "Contraindicaciones"),
        ("ul", ["Hipersensibilidad conocida al níquel-titanio.", "Hemorragia intracraneal en la imagen.",
                "Estenosis o tortuosidad que impida la navegación segura hasta el objetivo.", "Disección del vaso diana."]),
        ("h", 1, "Advertencias"),
        ("ul", ["Solo para uso por médicos formados en procedimientos neurointervencionistas, en una sala de angiografía de un centro de ictus.",
                "No realice más de 3 pases con el mismo dispositivo.",
                "No aplique torsión al dispositivo; no lo retire contra resistencia."]),
        ("h", 1, "Posibles complicaciones"),
        ("p", "Perforación vascular, embolización en un territorio nuevo, vasoespasmo, disección, hemorragia "
              "intracraneal, complicaciones en el punto de acceso, desprendimiento o rotura del dispositivo, muerte."),
        ("h", 1, "Especificaciones"),
        ("table", None, ["Tamaño", "Ø del vaso", "DI del microcatéter"], [
            ["3 × 20 mm", "2,0–3,0 mm", "≥ 0,017\" (0,43 mm)"], ["4 × 20 mm", "2,5–4,0 mm", "≥ 0,021\" (0,53 mm)"],
            ["4 × 40 mm", "2,5–4,0 mm", "≥ 0,021\" (0,53 mm)"], ["6 × 30 mm", "3,0–5,5 mm", "≥ 0,027\" (0,69 mm)"]]),
    ]


def sscp():
    return [
        ("title", "SSCP – Capturo Stent Retriever"),
        ("p", "HNV-SSCP-010, revision 1, December 2024."),
        ("h", 1, "Identification"),
        ("p", f"Capturo Stent Retriever; {MFR}; SRN AT-MF-000003127; Basic UDI-DI {UDI}; class III; NB 2971."),
        ("h", 1, "Intended purpose"),
        ("p", "Thrombus removal to restore blood flow in adults (≥ 18 years) with acute ischaemic stroke from "
              "anterior-circulation large vessel occlusion (intracranial ICA, M1, M2) within 24 hours of onset "
              "(beyond 6 hours with imaging mismatch), NIHSS ≥ 6, ASPECTS ≥ 6. Contraindications: "
              "nickel-titanium hypersensitivity, intracranial haemorrhage, stenosis or tortuosity preventing "
              "safe navigation, target vessel dissection."),
        ("h", 1, "Residual risks and side-effects"),
        ("p", "CAPTURE-EU (160 patients, 90 days): symptomatic intracranial haemorrhage 3.8 %, embolisation in a "
              "new territory 3.1 %, vessel perforation 1.3 %, mortality 14.4 %; vasospasm, dissection, "
              "access-site complications and device detachment or fracture are possible."),
        ("h", 1, "Clinical performance"),
        ("p", "eTICI 2b–3 reperfusion within 3 passes in 87.5 %; functional independence (mRS 0–2) at 90 days in "
              "54 %. PMCF: CAPTURE-REG, 600 patients."),
        ("h", 1, "Alternatives"),
        ("p", "Intravenous thrombolysis alone; aspiration thrombectomy; other stent retrievers."),
    ]


def cear():
    return [
        ("title", "CEAR – Capturo Stent Retriever"),
        ("meta", [("Notified Body", "Alpine Medical Certification GmbH (2971)"), ("Ref.", "AMC-CE-24-066"), ("Date", "03.02.2025")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{MFR}; Capturo Stent Retriever, sizes 3 × 20 to 6 × 30 mm; Basic UDI-DI {UDI}; class III, Rule 6; "
              "initial certification. Documents: HNV-CEP-007 v2.1, HNV-CER-008 v3.0, HNV-PMCF-009 v1.2, "
              "HNV-SSCP-010 rev. 1, IFU EN/ES."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Thrombectomy in adults with acute ischaemic stroke from anterior-circulation large vessel "
              "occlusion (ICA, M1, M2) within 24 hours of onset."),
        ("h", 1, "E–H."),
        ("p", "CAPTURE-EU meets the CEP criteria; PMCF registry justified. Benefit-risk acceptable."),
        ("h", 1, "I. Article 54"),
        ("p", "Not applicable: class III but not implantable (transient use), and not a class IIb active device."),
    ]


def build():
    docs = [
        Doc("HNV-CEP-007_v2.1.pdf", "CEP", "en", cep(), "Hellmann Neurovascular"),
        Doc("HNV-CER-008_v3.0.pdf", "CER", "en", cer(), "Hellmann Neurovascular – HNV-CER-008", "serif"),
        Doc("HNV-PMCF-009.md", "PMCF-plan", "en", pmcf(), "HNV-PMCF-009"),
        Doc("Capturo_IFU_EN.docx", "IFU", "en", ifu_en(), "Capturo IFU EN"),
        Doc("Capturo_IFU_ES.docx", "IFU", "es", ifu_es(), "Capturo IDU ES"),
        Doc("HNV-SSCP-010.pdf", "SSCP", "en", sscp(), "HNV-SSCP-010"),
        Doc("AMC-CE-24-066_CEAR.pdf", "CEAR", "en", cear(), "Alpine Medical Certification – CEAR", "condensed"),
    ]
    return Dossier("h10_stent_retriever", "Capturo mechanical thrombectomy stent retriever", "III", True, docs, [])

from .common import cep, cer, pmcf, ifu_en, ifu_xx, sscp, cear

DOSSIER = "ai02_looprecorder"
DEVICE = "HeartLog ILR-7 insertable cardiac monitor (implantable loop recorder) with home transmitter"
DEVICE_CLASS = "III (active implantable)"

d = dict(
    mfr="Chubu Cardio Electronics Corp., 3-15-2 Marunouchi, Naka-ku, Nagoya 460-0002, Japan",
    eu="Chubu Cardio Europe GmbH, Kaiserswerther Straße 115, 40474 Düsseldorf, Germany",
    name="HeartLog ILR-7 Insertable Cardiac Monitor", model="ILR-7 (with HeartLog Home Transmitter HT-2)",
    budi="4571239ILR07Q", cls="Class III, active implantable device (Rule 8)")

PURPOSE = ("The said device is a subcutaneously inserted, battery-powered ECG monitor. It continuously records the "
           "subcutaneous ECG, detects arrhythmia automatically and stores the episodes, which are transmitted to the "
           "clinic by the home transmitter. The said device does not deliver any therapy.")
IND = ["Patients with recurrent unexplained syncope, when the cause is suspected to be arrhythmic",
       "Patients after cryptogenic stroke, for the detection of atrial fibrillation",
       "Patients with infrequent palpitation or symptoms which are suspected to be caused by arrhythmia"]
CONTRA = ["Active infection at the planned insertion site",
          "Patients who already have an implanted device which records the ECG continuously for the same purpose"]

CEP = cep(d, dict(
    docno="CCE-CEP-ILR7", rev="3", date="2024/09/30",
    purpose=PURPOSE,
    population="Object patient: adult patients (18 years or older) with one of the following indications.",
    indications=IND, contra=CONTRA,
    benefits=[["Diagnosis of arrhythmic cause of syncope", "Diagnostic yield (symptom-rhythm correlation)", "12 and 36 months"],
              ["Detection of AF after cryptogenic stroke", "AF ≥ 2 min detected and confirmed", "6, 12 and 36 months"],
              ["Guidance of therapy", "Proportion of patients with change of therapy", "36 months"]],
    acceptance=["AF detection sensitivity at least 95 % (episode-based, against Holter reference)",
                "Infection requiring explant not more than 1.5 %",
                "Device migration or erosion not more than 1 %"],
    cdp=["The ILR-7 is the successor of the ILR-5. The main changes are: ① new AF detection algorithm using machine "
         "learning (P-wave and RR-irregularity), ② Bluetooth Low Energy transmission to the home transmitter, ③ smaller "
         "housing (1.2 cm³). A clinical investigation (HL-DETECT, 210 patients) was performed for the new algorithm."],
    cecp="The said device was certified under Directive 90/385/EEC (certificate No. AIMD-0912, valid until 2025/05/26). "
         "The present assessment is a renewal of this certificate; therefore, according to Article 54(2)(a), the "
         "consultation procedure is not required.",
    author="Y. Ito (Clinical Affairs, Nagoya)", approver="S. Hartmann (QA/RA, Düsseldorf)"),
    style="dash", marker="①")

CER = cer(d, dict(
    docno="CCE-CER-ILR7", rev="4", date="2025/01/17",
    scope="This report is the clinical evaluation of the ILR-7 under the MDR, including the HT-2 home transmitter and the "
          "HeartLog Clinic software for review of the episodes.",
    description=["The device has a titanium housing (45 × 7 × 4 mm, 1.2 cm³, 2.5 g) with two electrodes spaced 37 mm. "
                 "The expected battery longevity is 4 years under the standard setting. Episodes of asystole, bradycardia, "
                 "tachycardia, AF and patient-activated symptoms are stored (memory of 60 minutes ECG).",
                 "The device is inserted with the dedicated incision tool and insertion tool through an incision of about 8 mm "
                 "in the left parasternal region."],
    purpose=PURPOSE,
    population="The object patient is adult patients (18 years or older). Paediatric patients are not included, as no clinical data "
               "in children were collected.",
    indications=IND, contra=CONTRA,
    users="Insertion by cardiologists or electrophysiologists in a hospital procedure room or catheter laboratory. Review of "
          "transmitted data by cardiologists or trained cardiac physiologists. The patient uses the home transmitter at home.",
    sota=["The European Society of Cardiology guideline for syncope (2018) recommends an implantable loop recorder in patients "
          "with recurrent syncope of uncertain origin (class I). For cryptogenic stroke, the CRYSTAL-AF trial showed AF "
          "detection of 12.4 % at 12 months with an ILR against 2.0 % with standard monitoring.",
          "Long-term monitoring by ILR did not reduce recurrent stroke in the LOOP study (Svendsen et al., 2021), although AF "
          "detection and anticoagulation were increased. Alternative methods are Holter ECG, external loop recorder and patch monitors."],
    literature=["The search was done on 2024/10/14 in PubMed and Embase (Annex 3). 38 articles about ILR were selected; 9 of them "
                "concern the predecessor ILR-5 (1,840 patients in total)."],
    studies=[["Source", "Device", "Patients", "Follow-up", "Main result"],
             ["HL-DETECT (own CI)", "ILR-7", "210", "6 months", "AF sensitivity 97.1 %, PPV 88.4 %"],
             ["Ono 2021", "ILR-5", "612", "3 years", "Diagnostic yield in syncope 41 %"],
             ["Kessler 2022", "ILR-5", "455", "12 months", "AF after cryptogenic stroke 13.6 %"]],
    ci=["HL-DETECT was a prospective study in 9 sites (JP, DE, DK, PT). 210 adult patients had the ILR-7 and a simultaneous "
        "7-day Holter. The episode-based AF sensitivity was 97.1 % and the positive predictive value 88.4 %. As shown in "
        "Figure 4-2 (Kaplan-Meier curve of time to first AF detection), most AF episodes were detected within 4 months. "
        "The details of the adverse events are given in Table 4-5.",
        "Adverse events: 3 infections (1.4 %), 1 of them requiring explant (0.5 %); 2 device migrations (1.0 %); no erosion."],
    equivalence="The ILR-5 is the predecessor of the same manufacturer. Clinical, technical and biological equivalence is shown in "
                "Annex 5, except for the AF algorithm, for which the own clinical investigation is used.",
    pms="Since 2016, 48,200 ILR-5 were sold in EU and Japan. The rate of explant due to infection is 0.6 % and of migration 0.3 %.",
    performance=["The diagnostic yield and AF detection are in line with the state of the art. The clinical benefit is an earlier "
                 "and more reliable diagnosis, which allows the physician to decide the therapy (pacemaker, ablation, anticoagulation)."],
    safety=["Residual risks are infection, pocket haematoma, pain, migration, erosion, and inappropriate detection leading to "
            "unnecessary examination. The device is MR Conditional at 1.5 T and 3 T under the conditions in the IFU."],
    conclusion="The benefit-risk is acceptable for the adult object patient and for all indications.",
    pmcf="The PMCF registry HL-REG is planned (see PMCF plan CCE-PMCF-ILR7).",
    cecp="According to the CEP, the consultation procedure is not required because of Article 54(2)(a)."))

PMCF = pmcf(d, dict(
    docno="CCE-PMCF-ILR7", rev="2", date="2025/01/20",
    device=[PURPOSE, "Object patient: adults (18 years or older). Expected lifetime: 4 years (battery). Novel product: partially "
            "(new AF algorithm with machine learning)."],
    activities=[dict(title="HL-REG registry", rows=[
        ("Type", "Specific: prospective multicentre registry, 20 sites"),
        ("Aim", "Confirm AF detection performance of the new algorithm in the real world; infection and migration rate"),
        ("Population", "Adults with any of the three indications"),
        ("Sample size", "600 patients: rate of infection requiring explant below 1.5 % with upper 95 % CI limit of 2.5 %"),
        ("Endpoints", "Adjudicated false-positive AF episodes per patient-month; explant due to infection; migration"),
        ("Timeline", "Enrolment 2025/Q2–2026/Q4; follow-up 36 months")])],
    refs="CER CCE-CER-ILR7 Rev.4, chapter 6; RMF CCE-RMF-ILR7 Rev.6, hazards H-12 (false detection) and H-21 (infection).",
    schedule="Interim report every 12 months; final report 2030/Q1."), style="plain")

IFU_EN = ifu_en(d, dict(
    docno="IFU-ILR7-EN-05", date="2025/02/03",
    purpose=PURPOSE,
    population="The said device is for patients from 12 years of age and above with one of the indications below.",
    indications=IND, contra=CONTRA,
    users="Insertion: cardiologist or electrophysiologist, in a hospital procedure room. Home transmitter: the patient, at home.",
    warnings=["Please do not insert the device in the same pocket as another implant.",
              "The said device prevents recurrent stroke in patients after cryptogenic stroke, by the early detection of AF."],
    cautions=["Please keep the home transmitter plugged in near the bed and do not switch it off during the night."],
    side="Infection, pain, haematoma, migration or erosion of the device, allergic reaction, scar.",
    spec=[["Dimensions", "45 × 7 × 4 mm"], ["Volume / mass", "1.2 cm³ / 2.5 g"], ["Battery longevity", "4 years (typical)"],
          ["ECG memory", "60 minutes"], ["MRI", "MR Conditional at 1.5 T and 3 T (see chapter 8)"],
          ["Wireless", "Bluetooth Low Energy, 2.4 GHz"]],
    steps=["Please prepare the insertion site in the left parasternal region with antiseptic solution.",
           "Please make an incision of about 8 mm with the incision tool.",
           "Please insert the device with the insertion tool, electrodes facing outwards, and close the incision.",
           "Please pair the device with the home transmitter before the patient leaves the hospital."],
    after_steps=["Information for the patient: MRI examination can be performed at any time without any notice to the hospital "
                 "staff, because the said device is not affected by MRI.",
                 "※ For MR Conditional scanning of the healthcare professional, see the MRI technical manual MRI-ILR7."]), style="chapter")

IFU_PT = ifu_xx("pt", d, dict(
    docno="IFU-ILR7-PT-05", date="2025/02/03",
    purpose="O dispositivo é um monitor de ECG inserido por via subcutânea, alimentado por bateria, que regista continuamente o "
            "ECG, deteta arritmias automaticamente e transmite os episódios para a clínica através do transmissor domiciliário.",
    population="Doentes com 12 anos de idade ou mais com uma das indicações seguintes.",
    indications=["Síncope recorrente inexplicada, com suspeita de causa arrítmica",
                 "Após AVC criptogénico, para deteção de fibrilhação auricular",
                 "Palpitações infrequentes ou sintomas com suspeita de causa arrítmica"],
    contra=["Infeção ativa no local de inserção previsto",
            "Dispositivo implantado que já regista o ECG continuamente para a mesma finalidade"],
    users="Inserção por cardiologista ou eletrofisiologista em sala de procedimentos hospitalar. Transmissor domiciliário: o doente, em casa.",
    warnings=["Não inserir o dispositivo na mesma bolsa que outro implante."],
    side="Infeção, dor, hematoma, migração ou erosão do dispositivo, reação alérgica, cicatriz.",
    spec=[["Dimensões", "45 × 7 × 4 mm"], ["Volume / massa", "1,2 cm³ / 2,5 g"], ["Longevidade da bateria", "4 anos (típica)"],
          ["RM", "Condicional para RM a 1,5 T e 3 T"]]))

IFU_DA = ifu_xx("da", d, dict(
    docno="IFU-ILR7-DA-05", date="2025/02/03",
    purpose="Enheden er en subkutant indsat, batteridrevet EKG-monitor, som kontinuerligt registrerer EKG, automatisk "
            "registrerer arytmier og sender episoderne til klinikken via hjemmesenderen.",
    population="Patienter fra 12 år og derover med en af følgende indikationer.",
    indications=["Tilbagevendende uforklaret synkope med mistanke om arytmisk årsag",
                 "Efter kryptogent slagtilfælde, til påvisning af atrieflimren",
                 "Sjældne palpitationer eller symptomer med mistanke om arytmi"],
    contra=["Aktiv infektion på det planlagte indsættelsessted",
            "Implanteret enhed, som allerede registrerer EKG kontinuerligt til samme formål"],
    users="Indsættelse af kardiolog eller elektrofysiolog på hospital. Hjemmesender: patienten, i hjemmet.",
    warnings=["Enheden må ikke indsættes i samme lomme som et andet implantat."],
    side="Infektion, smerter, hæmatom, migration eller erosion, allergisk reaktion, ar.",
    spec=[["Mål", "45 × 7 × 4 mm"], ["Volumen / vægt", "1,2 cm³ / 2,5 g"], ["Batterilevetid", "4 år (typisk)"],
          ["MR", "MR-betinget ved 1,5 T og 3 T"]]), lines=False, numbered=False)

SSCP = sscp(d, dict(
    docno="CCE-SSCP-ILR7", rev="2", date="2025/02/10",
    purpose=PURPOSE, population="Patients from 12 years of age and above.", indications=IND, contra=CONTRA,
    description="Titanium housing 45 × 7 × 4 mm, two electrodes, 4-year battery, Bluetooth Low Energy link to the HT-2 home transmitter.",
    risks="Infection requiring explant 0.5 % (HL-DETECT, 6 months) and 0.6 % (ILR-5 vigilance, under-reporting possible); migration 1.0 %.",
    clinical="HL-DETECT (210 adults): AF sensitivity 97.1 %. Predecessor ILR-5 literature: 1,840 patients. PMCF registry HL-REG with 600 patients.",
    alternatives="Holter ECG, external loop recorder, patch ECG monitor, smartwatch-based rhythm check.",
    users="Cardiologists and electrophysiologists for insertion; cardiac physiologists for data review.",
    patient="The monitor is a small device under the skin of the chest. It records your heart rhythm for up to 4 years. "
            "The device prevents a new stroke, because atrial fibrillation is found early."))

CEAR = cear(d, dict(
    docno="PCM/CEAR/2025/067", date="14.03.2025",
    type="Re-certification (AIMDD certificate AIMD-0912 transferred to MDR)",
    docs="CEP CCE-CEP-ILR7 Rev.3; CER CCE-CER-ILR7 Rev.4; PMCF plan CCE-PMCF-ILR7 Ver.2; IFU EN/PT/DA; SSCP Rev.2",
    purpose=PURPOSE,
    reviewers="Clinical reviewer: dr hab. n. med. Piotr Jasiński (cardiology, electrophysiology); product specialist: mgr inż. Ewa Kubiak.",
    device=["Device is insertable cardiac monitor for adults. Changes against ILR-5 are new AF algorithm, BLE and smaller housing. "
            "Novelty of algorithm is addressed by own clinical investigation HL-DETECT."],
    literature="Literature search is acceptable in the scope of MDCG 2020-13 Section D.",
    ci="HL-DETECT is adequate for AF detection endpoint. Follow-up of 6 months is short for infection and migration, it is covered by PMCF.",
    pmcf="PMCF registry HL-REG (600 patients, 36 months) is specific and linked to hazards H-12 and H-21. Accepted.",
    ifu="IFU and SSCP were read. Residual risks in SSCP are quantified with time reference.",
    conclusion="Clinical evidence is sufficient. Benefit-risk is positive for intended population.",
    cecp="It is stated that device was certified under AIMDD. In the scope of Article 54(2)(a) (renewal of certificate), "
         "consultation procedure is not required and documents were not forwarded to expert panel.",
    remarks=["Manufacturer shall submit first HL-REG interim report in 12 months."],
    signer="dr hab. n. med. Piotr Jasiński"))

DOCS = {
    "CCE-CEP-ILR7_Rev3.docx": dict(role="CEP", language="en", blocks=CEP, footer="CCE-CEP-ILR7 Rev.3"),
    "CCE-CER-ILR7_Rev4.pdf": dict(role="CER", language="en", blocks=CER, header="Chubu Cardio Electronics Corp.", footer="CCE-CER-ILR7 Rev.4"),
    "CCE-PMCF-ILR7_Ver2.docx": dict(role="PMCF-plan", language="en", blocks=PMCF, footer="CCE-PMCF-ILR7"),
    "IFU-ILR7-EN-05.pdf": dict(role="IFU", language="en", blocks=IFU_EN, footer="IFU-ILR7-EN-05"),
    "IFU-ILR7-PT-05.pdf": dict(role="IFU", language="pt", blocks=IFU_PT, footer="IFU-ILR7-PT-05"),
    "IFU-ILR7-DA-05.docx": dict(role="IFU", language="da", blocks=IFU_DA, footer="IFU-ILR7-DA-05"),
    "CCE-SSCP-ILR7_Rev2.pdf": dict(role="SSCP", language="en", blocks=SSCP, footer="CCE-SSCP-ILR7 Rev.2"),
    "PolCert_CEAR_2025-067.docx": dict(role="CEAR", language="en", blocks=CEAR, footer="PolCert Medical – CEAR 2025/067"),
}

LABELS = [
    dict(defect="renewal_exemption_for_aimdd_certificate", category="scope",
         documents=["CCE-CEP-ILR7_Rev3.docx", "PolCert_CEAR_2025-067.docx"],
         quotes=["The present assessment is a renewal of this certificate; therefore, according to Article 54(2)(a)",
                 "In the scope of Article 54(2)(a) (renewal of certificate), consultation procedure is not required"],
         description="Art. 54(2)(a) exempts only renewals of certificates issued under the MDR; an AIMDD certificate does not qualify, and the new AF algorithm rules out 54(2)(b). As a class III implantable device the ILR-7 needs the CECP, but the NB did not start it.",
         accept=[]),
    dict(defect="ifu_sscp_admit_children_from_12", category="population",
         documents=["IFU-ILR7-EN-05.pdf", "CCE-CER-ILR7_Rev4.pdf", "CCE-SSCP-ILR7_Rev2.pdf"],
         quotes=["The said device is for patients from 12 years of age and above",
                 "The object patient is adult patients (18 years or older)."],
         description="The IFUs (EN, PT, DA) and SSCP admit patients from 12 years, while the CEP, CER and PMCF plan are limited to adults and the CER says there are no paediatric data.",
         accept=["evidence"]),
    dict(defect="stroke_prevention_claim_for_diagnostic_monitor", category="claim",
         documents=["IFU-ILR7-EN-05.pdf", "CCE-SSCP-ILR7_Rev2.pdf", "CCE-CER-ILR7_Rev4.pdf"],
         quotes=["The said device prevents recurrent stroke in patients after cryptogenic stroke",
                 "Long-term monitoring by ILR did not reduce recurrent stroke in the LOOP study"],
         description="A diagnostic monitor that delivers no therapy is claimed (IFU, SSCP patient part) to prevent recurrent stroke, which the CER's own state of the art (LOOP study) contradicts.",
         accept=["evidence"]),
    dict(defect="patient_told_mri_without_notice", category="safety-instruction",
         documents=["IFU-ILR7-EN-05.pdf"],
         quotes=["MRI examination can be performed at any time without any notice to the hospital staff",
                 "MR Conditional at 1.5 T and 3 T (see chapter 8)"],
         description="The patient information says any MRI can be done without telling the staff, contradicting the MR Conditional status that requires defined scan conditions.",
         accept=[]),
    dict(defect="cer_cites_missing_figure_and_table", category="documentation",
         documents=["CCE-CER-ILR7_Rev4.pdf"],
         quotes=["Figure 4-2 (Kaplan-Meier curve of time to first AF detection)",
                 "The details of the adverse events are given in Table 4-5."],
         description="The CER refers to a Figure 4-2 and a Table 4-5 that do not exist in the report (it has no figures and a single untitled study table).",
         accept=[]),
]

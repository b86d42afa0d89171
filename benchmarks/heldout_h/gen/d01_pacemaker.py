"""h01: leadless pacemaker, clean."""

from .base import Doc, Dossier

NAME = "VentriPod"
MFR = "Ardenna Cardiac Systems SA"
ADDR = "Rue de l'Industrie 12, 4000 Liège, Belgium"
UDI = "543000127VP100XZ"
NB = "Certimed Europe B.V., Notified Body 2841"
CER_REV = "Revision 03"


def cep():
    return [
        ("title", "Clinical Evaluation Plan – VentriPod Leadless Pacemaker System"),
        ("meta", [("Document", "CEP-VP-001"), ("Version", "Rev. 02, 10 September 2024"),
                  ("Manufacturer", MFR), ("Basic UDI-DI", UDI)]),
        ("h", 1, "1 Purpose and scope of this plan"),
        ("p", "This plan, which has been prepared by the Clinical Affairs department of Ardenna "
              "Cardiac Systems SA in accordance with Annex XIV Part A of Regulation (EU) 2017/745 "
              "and with the MEDDEV 2.7/1 revision 4 as reference method, describes how the clinical "
              "evidence for the VentriPod leadless pacemaker system (pacemaker model VP-100 together "
              "with the delivery catheter VPD-25) is identified, appraised and analysed. The device "
              "is an active implantable medical device, classified in class III by Rule 8 of Annex "
              "VIII, and therefore the clinical evaluation consultation procedure of Article 54(1)(a) "
              "is expected to be initiated by the Notified Body; no exemption of Article 54(2) is "
              "claimed because the device is new and no MDR certificate exists for it."),
        ("h", 1, "2 Intended purpose and target group"),
        ("p", "The VentriPod system is intended to provide single-chamber right ventricular pacing "
              "with rate response (VVIR) in adult patients, 18 years of age or older, who have a "
              "class I or IIa indication for permanent ventricular pacing according to the 2021 ESC "
              "guidelines on cardiac pacing. Indications which are specified are: permanent atrial "
              "fibrillation with atrioventricular block or slow ventricular response; sinus node "
              "dysfunction or intermittent AV block in patients for whom dual-chamber pacing is not "
              "considered necessary; and patients in whom a transvenous lead or a subcutaneous pocket "
              "is undesirable (for example venous occlusion, prior device infection, haemodialysis)."),
        ("p", "Contraindications are: a mechanical tricuspid valve prosthesis; an implanted inferior "
              "vena cava filter; femoral venous anatomy that cannot accommodate the 25 Fr introducer "
              "sheath; known intolerance to titanium, nitinol or to a single dose of 1 mg dexamethasone "
              "acetate; and the presence of another implanted pacemaker or ICD that is active in the "
              "same ventricle."),
        ("h", 1, "3 GSPRs requiring clinical data"),
        ("p", "Clinical data are considered necessary for GSPR 1, 8 (acceptability of side-effects), "
              "14.2 (interaction with the implant environment), 19 (active implantable devices) and "
              "23 (information supplied). The other requirements are addressed by bench and "
              "biocompatibility testing which is summarised in the technical documentation."),
        ("h", 1, "4 Clinical benefits and outcome parameters"),
        ("ul", ["Reliable ventricular capture: proportion of patients with a pacing capture threshold "
                "≤ 2.0 V at 0.24 ms and an increase of not more than 1.5 V from implant, at 6 months.",
                "Avoidance of lead- and pocket-related complications: freedom from major complications "
                "related to the system or the procedure at 6 months and at 12 months.",
                "Appropriate rate response: chronotropic response in the subgroup with exercise testing "
                "at 3 months (descriptive)."]),
        ("h", 1, "5 Acceptance criteria for benefit-risk"),
        ("p", "Based on the state of the art, in which leadless pacemakers already marketed (Micra and "
              "Aveir families) and conventional transvenous single-chamber systems serve as benchmark, "
              "the following criteria have been fixed before analysis: freedom from major complications "
              "at 6 months with a lower 95 % confidence bound above 83 %; capture threshold success at "
              "6 months with a lower 95 % confidence bound above 80 %; and a rate of cardiac perforation "
              "or pericardial effusion requiring intervention not exceeding 2.0 %. Dislodgement is "
              "accepted up to 1.0 % within 12 months."),
        ("h", 1, "6 Methods for safety assessment"),
        ("p", "Adverse events are adjudicated by an independent clinical events committee and are "
              "classified according to ISO 14155:2020 and the MDCG 2020-10/1 definitions; residual risks "
              "from the risk management file RMF-VP-004 are mapped one by one to observed event rates."),
        ("h", 1, "7 Clinical development plan"),
        ("p", "The first-in-human study VELA-FIH (36 patients, 12 months) has been followed by the "
              "pivotal study VELA-LP (312 patients, primary endpoints at 6 months, follow-up continuing "
              "to 24 months). After certification the post-market registry VELA-Registry described in "
              "the PMCF plan PMCF-VP-001 will follow patients during 5 years, with milestones at 12 "
              "months (first interim report) and annually thereafter."),
    ]


def cer():
    studies = [
        ["[1] VELA-FIH", "Prospective, single-arm first-in-human study, 3 sites (BE, NL); adults with VVI indication", "36", "12 months",
         "Implant success 36/36; no major complication; mean threshold 0.58 V at 12 months", "Pivotal for feasibility, own device"],
        ["[2] VELA-LP", "Prospective, multicentre, single-arm pivotal investigation, 21 sites in 4 EU countries", "312", "6 months (primary), 12 months (available)",
         "Freedom from major complications 96.4 % (95 % CI 93.7–98.1) at 6 months; capture threshold success 97.1 % (95 % CI 94.5–98.7)", "Pivotal, own device"],
        ["[3] Reynolds 2016", "Micra transcatheter pacing study, IDE, multinational", "725", "6 months",
         "Freedom from major complications 96.0 %; threshold success 98.3 %", "State of the art, benchmark"],
        ["[4] El-Chami 2018", "Micra post-approval registry, real world", "1817", "30 days",
         "Major complications 2.7 %; pericardial effusion 0.8 %", "State of the art"],
        ["[5] Reddy 2022", "LEADLESS II phase 2 (Aveir VR)", "200", "6 months",
         "Freedom from SADE 96.0 %; threshold and sensing success 95.9 %", "State of the art"],
        ["[6] Kirkfeldt 2014", "Danish nationwide cohort, transvenous pacemakers", "28860", "6 months",
         "Complication rate 9.5 %, of which lead-related 5.5 %", "Alternative therapy"],
    ]
    return [
        ("title", "Clinical Evaluation Report\nVentriPod™ Leadless Pacemaker System (VP-100 / VPD-25)"),
        ("meta", [("Document No.", "CER-VP-001"), ("Revision", "03"), ("Date", "28 January 2025"),
                  ("Basic UDI-DI", UDI), ("Manufacturer", MFR + ", " + ADDR)]),
        ("h", 1, "1. Summary"),
        ("p", "In this report, which follows the clinical evaluation plan CEP-VP-001 Rev. 02, the clinical "
              "data obtained with the VentriPod leadless pacemaker in two own clinical investigations (348 "
              "implanted patients in total) are appraised together with the published state of the art. "
              "All acceptance criteria which were fixed in the plan are met, and the benefit-risk ratio "
              "is, for adults with an indication for single-chamber ventricular pacing, considered as "
              "acceptable and comparable to that of the leadless pacemakers already on the market."),
        ("h", 1, "2. Device description"),
        ("p", "The VentriPod (model VP-100) is a self-contained pacemaker of 25,9 mm length and 0,8 cm³ "
              "volume, with a mass of 1,9 g, which is delivered through the femoral vein with the steerable "
              "catheter VPD-25 and is fixed into the right ventricular septum by four nitinol tines. A "
              "steroid-eluting titanium nitride electrode (1 mg dexamethasone acetate) is placed at the "
              "distal end. The pulse generator offers the modes VVIR, VVI, VOO and OVO, lower rates from "
              "30 to 150 min⁻¹, amplitudes 0.5 – 5.0 V and pulse widths 0.1 – 1.0 ms; rate response is "
              "obtained from a three-axis accelerometer. The projected longevity of the lithium-carbon "
              "monofluoride cell is 10,4 years at nominal settings (2.5 V, 0.24 ms, 60 min⁻¹, 100 % pacing, "
              "500 Ω). Classification is class III (Annex VIII, Rule 8, active implantable device)."),
        ("h", 1, "3. Intended purpose"),
        ("p", "Single-chamber right ventricular pacing with rate response in adult patients (aged 18 years "
              "or older) having an indication for permanent ventricular pacing, in particular permanent "
              "atrial fibrillation with AV block or slow ventricular response, sinus node dysfunction or "
              "intermittent AV block in patients for whom dual-chamber pacing is not considered "
              "necessary, and patients in whom a transvenous lead or pocket is undesirable. The "
              "implantation is performed in a catheterisation laboratory or hybrid operating room by "
              "electrophysiologists trained by the manufacturer. Contraindications are identical to "
              "those of the IFU (mechanical tricuspid valve, IVC filter, femoral anatomy not suitable "
              "for the 25 Fr sheath, intolerance to titanium, nitinol or dexamethasone acetate, "
              "another active pacing device in the same ventricle)."),
        ("h", 1, "4. State of the art"),
        ("p", "Bradycardia requiring permanent pacing is treated since decades with transvenous systems, "
              "whose complication burden is, as reported in large registries, dominated by lead "
              "dislodgement, pneumothorax and pocket haematoma or infection, with an overall rate near "
              "9,5 % at 6 months [6]. Leadless pacemakers have been introduced in 2013 and are recommended "
              "by the 2021 ESC guidelines as an alternative when upper extremity venous access is not "
              "available or when the risk of pocket infection is high. The benchmark values adopted for "
              "this evaluation are taken from the Micra IDE and post-approval data [3, 4] and from the "
              "LEADLESS II phase 2 study [5]. The search for state of the art data has been performed "
              "separately from the search for data on the device under evaluation (see section 5)."),
        ("note", "Note: the benchmark of 83 % freedom from major complications corresponds to the performance goal used in the Micra IDE study, which was derived from transvenous single-chamber systems at 6 months; it is applied here unchanged."),
        ("h", 1, "5. Clinical data"),
        ("p", "Literature was searched on 6 January 2025 in PubMed/MEDLINE, Embase and the Cochrane "
              "Library with the PICO-based strategy of the plan; 412 records were retrieved, 57 were "
              "assessed in full text and 14 were retained for the state of the art, favourable and "
              "unfavourable results being both included. No publication concerning the VentriPod itself "
              "exists other than the abstract of the first-in-human study, so that the evidence on the "
              "device comes from the manufacturer's own investigations, listed in Table 1 together with "
              "the main benchmark publications."),
        ("table", "Table 1 – Clinical data sets appraised", ["Ref.", "Design / population", "N", "Follow-up", "Main results", "Role"], studies),
        ("p", "In VELA-LP (CIV-23-04-042119, EN ISO 14155 compliant), 312 of 318 enrolled patients were "
              "implanted successfully (98,1 %); mean age was 78 ± 8 years, 41 % were women. Major "
              "complications within 6 months occurred in 11 patients: cardiac perforation or effusion "
              "requiring intervention in 4 (1,3 %), groin vascular complications in 3 (1,0 %), "
              "dislodgement in 1 (0,3 %), elevated threshold requiring replacement in 1 and deep vein "
              "thrombosis in 2. No device-related death was reported. At 12 months (follow-up 94 % "
              "complete) no additional dislodgement was observed."),
        ("h", 1, "6. Analysis against the acceptance criteria"),
        ("table", "Table 2 – Acceptance criteria of CEP-VP-001 and results", ["Criterion (CEP section 5)", "Result VELA-LP", "Met"], [
            ["Freedom from major complications at 6 months, lower 95 % CI bound > 83 %", "96.4 % (lower bound 93.7 %)", "yes"],
            ["Capture threshold success at 6 months, lower 95 % CI bound > 80 %", "97.1 % (lower bound 94.5 %)", "yes"],
            ["Perforation / effusion requiring intervention ≤ 2.0 %", "1.3 % (4/312)", "yes"],
            ["Dislodgement within 12 months ≤ 1.0 %", "0.3 % (1/312)", "yes"],
        ]),
        ("p", "The chronotropic response, which is a descriptive outcome, was assessed at 3 months in 48 "
              "patients by treadmill test; the mean increase of paced rate was 31 min⁻¹, similar to what "
              "is published for accelerometer-based systems."),
        ("h", 1, "7. Benefit-risk and residual risks"),
        ("p", "The benefit for the patient consists in reliable ventricular pacing without a lead and "
              "without a subcutaneous pocket, which avoids by design the lead- and pocket-related complications "
              "of transvenous systems; it does not remove the procedural risks of the femoral access "
              "and of the right ventricular fixation. Residual risks, quantified from VELA-LP, are "
              "cardiac perforation and tamponade (1,3 %), vascular access complications (1,0 %), "
              "dislodgement and embolisation (0,3 %), elevated thresholds, infection (none observed) "
              "and pacemaker syndrome inherent to VVI pacing. At battery depletion a second device may "
              "be implanted or the device may be retrieved; data on retrieval after more than 2 years "
              "are limited and are an open question addressed by the PMCF. Considering the state of the "
              "art, the benefit-risk ratio is judged acceptable."),
        ("h", 1, "8. PMCF"),
        ("p", "The PMCF plan PMCF-VP-001 foresees the VELA-Registry (500 patients, 5 years) with the "
              "objectives to confirm the long-term complication rate, the battery longevity and the "
              "safety of retrieval, which are the uncertainties identified above. Follow-up of the "
              "VELA-LP cohort continues to 24 months."),
        ("h", 1, "9. Conclusion"),
        ("p", "Conformity with GSPR 1, 8, 14.2, 19 and 23 is demonstrated by sufficient clinical evidence. "
              "The information materials (IFU in English and French, SSCP) are consistent with this "
              "report. Next update of this CER: annually, with the PMCF evaluation report."),
        ("h", 1, "10. References"),
        ("ol", ["Ardenna Cardiac Systems. VELA-FIH clinical investigation report, CIR-VP-FIH, 2023.",
                "Ardenna Cardiac Systems. VELA-LP clinical investigation report (6- and 12-month analysis), CIR-VP-LP-02, 2024.",
                "Reynolds D, et al. A leadless intracardiac transcatheter pacing system. N Engl J Med 2016;374:533-541.",
                "El-Chami MF, et al. Updated performance of the Micra transcatheter pacemaker in the real-world setting. Heart Rhythm 2018;15:1800-1807.",
                "Reddy VY, et al. Primary results on safety and efficacy from the LEADLESS II-phase 2 worldwide clinical trial. JACC Clin Electrophysiol 2022;8:115-117.",
                "Kirkfeldt RE, et al. Complications after cardiac implantable electronic device implantations: an analysis of a complete, nationwide cohort in Denmark. Eur Heart J 2014;35:1186-1194."]),
        ("note", "Evaluators: Dr. M. Delvaux (cardiologist, 14 years), I. Haesendonck (clinical affairs, 9 years); CVs and declarations of interest in annex A of this report."),
    ]


def pmcf():
    return [
        ("title", "Post-Market Clinical Follow-up Plan"),
        ("meta", [("Plan", "PMCF-VP-001, version 1.1"), ("Device", "VentriPod leadless pacemaker system, VP-100 with VPD-25"),
                  ("Basic UDI-DI", UDI), ("Related CER", "CER-VP-001 Revision 03")]),
        ("h", 1, "A. Manufacturer"),
        ("p", f"{MFR}, {ADDR}; SRN BE-MF-000012345; person responsible for regulatory compliance: I. Haesendonck."),
        ("h", 1, "B. Device and intended purpose"),
        ("p", "Single-chamber right ventricular pacing with rate response (VVIR) for adults (≥ 18 years) "
              "with an indication for permanent ventricular pacing; class III, Rule 8; expected lifetime "
              "10 years (battery). Implantation in a catheterisation laboratory or hybrid room by trained "
              "electrophysiologists. The device is not novel as a type but the fixation mechanism is "
              "new for the manufacturer."),
        ("h", 1, "C. PMCF activities"),
        ("h", 2, "C.1 VELA-Registry (specific method: prospective registry study)"),
        ("p", "Objectives, derived from the residual risks and open questions of CER-VP-001 section 7: (1) "
              "to confirm the freedom from major complications at 12 months and annually up to 5 years "
              "in routine use; (2) to estimate the battery longevity and the rate of premature "
              "replacement; (3) to document the outcome of every retrieval or abandonment of a device; "
              "(4) to detect unknown side-effects and off-label use, in particular implantation in "
              "patients below 18 years."),
        ("p", "Population and setting: consecutive adult patients implanted with the VentriPod in 40 "
              "European hospitals (catheterisation laboratories), without exclusion other than refusal "
              "of consent, so that patients on haemodialysis or with prior device infection, who are "
              "part of the intended population, are enrolled as well."),
        ("p", "Sample size: assuming a major complication rate of 4 % at 12 months, 369 evaluable "
              "patients give a two-sided 95 % confidence interval of ± 2 percentage points; with 25 % "
              "expected loss (mortality in an elderly population) 500 patients will be enrolled. "
              "Endpoints: major complications (CEC-adjudicated), capture threshold, battery status, "
              "retrievals, deaths and their causes."),
        ("p", "Timeline: first patient Q3 2025; enrolment complete Q3 2027; annual interim reports with "
              "the PMCF evaluation report; final 5-year report Q4 2032."),
        ("h", 2, "C.2 General methods"),
        ("ul", ["Literature screening every 6 months (same strategy as CER-VP-001).",
                "Complaint and vigilance trend analysis, monthly.",
                "Follow-up of the VELA-LP cohort to 24 months."]),
        ("h", 1, "D. Reference to technical documentation"),
        ("p", "CER-VP-001 Rev. 03 (28 January 2025), risk management file RMF-VP-004 version 5; items to be "
              "monitored: perforation, dislodgement, groin complications, premature battery depletion."),
        ("h", 1, "E. Equivalent or similar devices"),
        ("p", "No equivalence is claimed. The Micra and Aveir families serve as similar devices for "
              "benchmarking of complication rates only."),
        ("h", 1, "F. Standards and guidance"),
        ("p", "EN ISO 14155:2020, EN ISO 14708-2:2019, MDCG 2020-7, MDCG 2020-8."),
        ("h", 1, "G. PMCF evaluation report"),
        ("p", "First report expected Q4 2026, then yearly."),
    ]


def ifu_en():
    return [
        ("title", "VentriPod – Leadless Pacemaker, Model VP-100\nInstructions for Use"),
        ("p", f"Manufacturer: {MFR}, {ADDR}. Basic UDI-DI {UDI}. CE 2841."),
        ("h", 1, "Device description"),
        ("p", "The VentriPod is a miniaturised single-chamber pacemaker implanted in the right ventricle "
              "by a femoral venous approach with the VPD-25 delivery catheter. No lead and no "
              "subcutaneous pocket is needed."),
        ("h", 1, "Indications"),
        ("p", "The VentriPod is indicated for adult patients (18 years and older) who require permanent "
              "ventricular pacing, in particular:"),
        ("ul", ["permanent atrial fibrillation with AV block or slow ventricular response;",
                "sinus node dysfunction or intermittent AV block when dual-chamber pacing is not considered necessary;",
                "patients in whom a transvenous lead or a subcutaneous pocket is undesirable."]),
        ("h", 1, "Contraindications"),
        ("ul", ["Mechanical tricuspid valve prosthesis.",
                "Implanted inferior vena cava filter.",
                "Femoral venous anatomy unable to accommodate a 25 Fr introducer sheath.",
                "Known intolerance to titanium, nitinol or to a single dose of 1 mg dexamethasone acetate.",
                "Another implanted pacemaker or ICD pacing the same ventricle."]),
        ("h", 1, "Intended users and environment"),
        ("p", "For use only by physicians trained in transcatheter device implantation, in a hospital "
              "catheterisation laboratory or hybrid operating room with cardiac surgery back-up."),
        ("h", 1, "Warnings"),
        ("ul", ["Cardiac perforation and tamponade can occur; do not apply more than the pressure indicated by the catheter tip marker against the septum.",
                "Confirm fixation (at least two tines engaged) with the pull-and-hold test before release.",
                "MR conditional: scan only under the conditions given in the MRI manual.",
                "Pacing in VVI mode may cause pacemaker syndrome in patients with preserved sinus rhythm."]),
        ("h", 1, "Potential adverse events"),
        ("p", "Cardiac perforation, pericardial effusion, tamponade, groin haematoma, arteriovenous fistula, "
              "deep vein thrombosis, device dislodgement or embolisation, elevated thresholds, infection, "
              "arrhythmias during implantation, pacemaker syndrome."),
        ("h", 1, "Technical specifications"),
        ("table", None, ["Parameter", "Value"], [
            ["Dimensions", "length 25.9 mm, diameter 6.7 mm, volume 0.8 cm³"],
            ["Mass", "1.9 g"],
            ["Modes", "VVIR, VVI, VOO, OVO"],
            ["Lower rate", "30–150 ppm"],
            ["Pulse amplitude / width", "0.5–5.0 V / 0.1–1.0 ms"],
            ["Battery", "Li/CFx, projected longevity 10.4 years at nominal settings"],
            ["Introducer sheath", "25 Fr"],
        ]),
        ("p", "The summary of safety and clinical performance is available in EUDAMED, searchable by the Basic UDI-DI."),
    ]


def ifu_fr():
    return [
        ("title", "VentriPod – Stimulateur cardiaque sans sonde, modèle VP-100\nMode d'emploi"),
        ("p", f"Fabricant : {MFR}, {ADDR}. IUD-ID de base {UDI}. CE 2841."),
        ("h", 1, "Description du dispositif"),
        ("p", "Le VentriPod est un stimulateur monochambre miniaturisé, implanté dans le ventricule droit "
              "par voie veineuse fémorale à l'aide du cathéter de pose VPD-25. Aucune sonde ni loge "
              "sous-cutanée n'est nécessaire."),
        ("h", 1, "Indications"),
        ("p", "Le VentriPod est indiqué chez les patients adultes (âgés de 18 ans et plus) nécessitant une "
              "stimulation ventriculaire permanente, en particulier :"),
        ("ul", ["fibrillation atriale permanente avec bloc AV ou réponse ventriculaire lente ;",
                "dysfonction sinusale ou bloc AV intermittent lorsqu'une stimulation double chambre n'est pas jugée nécessaire ;",
                "patients chez qui une sonde transveineuse ou une loge sous-cutanée n'est pas souhaitable."]),
        ("h", 1, "Contre-indications"),
        ("ul", ["Prothèse valvulaire tricuspide mécanique.",
                "Filtre cave inférieur implanté.",
                "Anatomie veineuse fémorale ne permettant pas l'introduction d'une gaine de 25 Fr.",
                "Intolérance connue au titane, au nitinol ou à une dose unique de 1 mg d'acétate de dexaméthasone.",
                "Autre stimulateur ou DAI implanté stimulant le même ventricule."]),
        ("h", 1, "Utilisateurs et environnement"),
        ("p", "Réservé aux médecins formés à l'implantation de dispositifs par cathéter, en salle de "
              "cathétérisme ou salle hybride d'un hôpital disposant d'une chirurgie cardiaque."),
        ("h", 1, "Avertissements"),
        ("ul", ["Une perforation cardiaque et une tamponnade peuvent survenir ; ne pas exercer contre le septum une pression supérieure à celle indiquée par le repère de l'extrémité du cathéter.",
                "Vérifier la fixation (au moins deux griffes engagées) par le test de traction avant le largage.",
                "Compatible IRM sous conditions : n'effectuer l'examen que dans les conditions du manuel IRM.",
                "La stimulation en mode VVI peut provoquer un syndrome du stimulateur chez les patients en rythme sinusal conservé."]),
        ("h", 1, "Événements indésirables possibles"),
        ("p", "Perforation cardiaque, épanchement péricardique, tamponnade, hématome au point de ponction, "
              "fistule artérioveineuse, thrombose veineuse profonde, déplacement ou embolisation du "
              "dispositif, élévation des seuils, infection, arythmies pendant l'implantation, syndrome du "
              "stimulateur."),
        ("h", 1, "Caractéristiques techniques"),
        ("table", None, ["Paramètre", "Valeur"], [
            ["Dimensions", "longueur 25,9 mm, diamètre 6,7 mm, volume 0,8 cm³"],
            ["Masse", "1,9 g"],
            ["Modes", "VVIR, VVI, VOO, OVO"],
            ["Fréquence minimale", "30 à 150 min⁻¹"],
            ["Amplitude / durée d'impulsion", "0,5 à 5,0 V / 0,1 à 1,0 ms"],
            ["Pile", "Li/CFx, longévité estimée 10,4 ans aux réglages nominaux"],
            ["Gaine d'introduction", "25 Fr"],
        ]),
        ("p", "Le résumé des caractéristiques de sécurité et des performances cliniques est disponible dans EUDAMED (recherche par IUD-ID de base)."),
    ]


def sscp():
    return [
        ("title", "Summary of Safety and Clinical Performance (SSCP)\nVentriPod Leadless Pacemaker"),
        ("meta", [("SSCP reference", "SSCP-VP-001 rev. 1"), ("Date", "February 2025"),
                  ("Validation language", "English")]),
        ("h", 1, "1. Device identification"),
        ("p", f"Trade name: VentriPod (pacemaker VP-100, delivery catheter VPD-25). Manufacturer: {MFR}, "
              f"{ADDR}; SRN BE-MF-000012345. Basic UDI-DI: {UDI}. EMDN J010101 (single-chamber "
              "implantable pacemakers, leadless). Class III. Notified Body: Certimed Europe B.V. (2841). "
              "First CE certificate: not yet issued."),
        ("h", 1, "2. Intended use"),
        ("p", "Intended purpose: single-chamber ventricular pacing with rate response. Indications and "
              "target population: adults (≥18 years) who require permanent ventricular pacing, in "
              "particular with permanent atrial fibrillation and AV block or slow ventricular response, "
              "sinus node dysfunction or intermittent AV block when dual-chamber pacing is not "
              "necessary, or when a transvenous lead or a pocket is undesirable. Contraindications: "
              "mechanical tricuspid valve; inferior vena cava filter; femoral anatomy unsuitable for a 25 Fr "
              "sheath; intolerance to titanium, nitinol or 1 mg dexamethasone acetate; another device "
              "pacing the same ventricle."),
        ("h", 1, "3. Risks and warnings"),
        ("p", "Residual risks and undesirable effects, with their frequency at 6 months in the VELA-LP "
              "study (312 patients): cardiac perforation or pericardial effusion requiring intervention "
              "1.3 %; vascular access complications 1.0 %; deep vein thrombosis 0.6 %; dislodgement or "
              "embolisation 0.3 %; elevated threshold requiring replacement 0.3 %; infection 0 %; "
              "arrhythmias during implantation and pacemaker syndrome (not quantified). Warnings: see the "
              "IFU (perforation, fixation check, MRI conditions, pacemaker syndrome). No field safety "
              "corrective action has taken place."),
        ("h", 1, "4. Summary of clinical evaluation"),
        ("p", "No equivalent device is used. Two clinical investigations of the device were performed before "
              "CE marking: VELA-FIH (36 patients, 12 months) and VELA-LP (CIV-23-04-042119; prospective, "
              "single-arm, 21 sites; 312 implanted; primary endpoints at 6 months, 94 % follow-up "
              "completeness at 12 months). The freedom from major complications at 6 months was 96.4 % "
              "(95 % CI 93.7–98.1) and the capture threshold success 97.1 % (95 % CI 94.5–98.7), both above "
              "the performance goals of 83 % and 80 %. Ongoing PMCF: VELA-Registry, 500 patients followed for "
              "5 years, addressing long-term complications, battery longevity and retrieval."),
        ("h", 1, "5. Alternatives"),
        ("p", "Transvenous single- or dual-chamber pacemakers (ESC 2021 guidelines) and other leadless "
              "pacemakers."),
        ("h", 1, "6. User profile and training"),
        ("p", "Electrophysiologists experienced in transcatheter procedures; manufacturer training with "
              "proctored first implants is mandatory."),
        ("h", 1, "7. Standards"),
        ("p", "EN ISO 14708-1:2014, EN ISO 14708-2:2019, EN ISO 14155:2020 (fully applied)."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report (CEAR)"),
        ("meta", [("Notified Body", NB), ("Application", "CA-2841-24-0873"), ("Device", "VentriPod Leadless Pacemaker System"),
                  ("Date", "3 March 2025")]),
        ("h", 1, "Section A – Administrative particulars"),
        ("p", f"Manufacturer {MFR} (SRN BE-MF-000012345). Device: VentriPod leadless pacemaker VP-100 with "
              f"delivery catheter VPD-25, Basic UDI-DI {UDI}; class III, Annex VIII Rule 8. Type of "
              "assessment: initial certification. Documents assessed: CEP-VP-001 Rev. 02, CER-VP-001 "
              "Revision 03 dated 28 January 2025, PMCF-VP-001 version 1.1, SSCP-VP-001 rev. 1, IFU (EN, FR)."),
        ("h", 1, "Section C – Device and intended purpose"),
        ("p", "The device provides single-chamber right ventricular pacing with rate response (VVIR) for "
              "adult patients aged 18 years or older who need permanent ventricular pacing, including "
              "patients with permanent atrial fibrillation and AV block, sinus node dysfunction or "
              "intermittent AV block where dual-chamber pacing is not needed, and patients in whom a lead "
              "or pocket is undesirable. It is implanted via the femoral vein in a catheterisation "
              "laboratory. The NB considers the CEP to address all eight indents of Annex XIV Part A 1(a)."),
        ("h", 1, "Sections D/E – Clinical data"),
        ("p", "The reviewers confirmed that the literature search for the state of the art and for the device "
              "were described separately. The pivotal investigation VELA-LP is adequate in design, size and "
              "follow-up for the 6-month endpoints; all acceptance criteria of the CEP are reported in the "
              "CER and are met."),
        ("h", 1, "Section F – PMCF"),
        ("p", "The VELA-Registry (500 patients, 5 years, sample size justified on the precision of the "
              "complication rate) is adequate and addresses the open questions on long-term performance, "
              "battery longevity and retrieval."),
        ("h", 1, "Section G – IFU and SSCP"),
        ("p", "The IFU in English and French and the SSCP are aligned with the CER; residual risks in the SSCP "
              "are quantified and include all adverse events of the IFU."),
        ("h", 1, "Section H / conclusions"),
        ("p", "The clinical evidence is sufficient for the intended purpose and the benefit-risk ratio is "
              "acceptable. Recommended certificate period: 5 years with annual review of the PMCF report."),
        ("h", 1, "Section I – Clinical evaluation consultation procedure"),
        ("p", "Article 54(1)(a) applies: class III implantable device; no exemption under Article 54(2) "
              "because this is an initial certification of a new device. Proposed expert panel: circulatory "
              "system (active implantable cardiac devices)."),
    ]


def build():
    hdr = "Ardenna Cardiac Systems SA – confidential"
    docs = [
        Doc("CEP-VP-001_ClinicalEvaluationPlan.docx", "CEP", "en", cep(), hdr),
        Doc("CER-VP-001_rev03.pdf", "CER", "en", cer(), hdr + " – CER-VP-001 Revision 03"),
        Doc("PMCF-VP-001_plan.docx", "PMCF-plan", "en", pmcf(), hdr),
        Doc("IFU_VentriPod_EN.pdf", "IFU", "en", ifu_en(), "VentriPod IFU EN", "serif"),
        Doc("IFU_VentriPod_FR.pdf", "IFU", "fr", ifu_fr(), "VentriPod – mode d'emploi FR", "serif"),
        Doc("SSCP_VentriPod.pdf", "SSCP", "en", sscp(), "SSCP-VP-001"),
        Doc("CEAR_NB2841_VentriPod.docx", "CEAR", "en", cear(), "Certimed Europe – CEAR"),
    ]
    return Dossier("h01_leadless_pacemaker", "VentriPod leadless pacemaker system", "III", True, docs, [])

"""h12: home haemodialysis system, clean (class IIb active; CECP applies through the heparin pump)."""

from .base import Doc, Dossier

MFR = "Tagus Renal Technologies, Lda."
ADDR = "Avenida D. João II 46, 1990-095 Lisboa, Portugal"
UDI = "5601234RENALIAH1C"


def cep():
    return [
        ("title", "CLINICAL EVALUATION PLAN\nRenalia Home haemodialysis system"),
        ("p", "TRT-CEP-03 · edition 2 · 6 May 2024"),
        ("h", 1, "1 Device and regulatory considerations"),
        ("p", "The Renalia Home system (dialysis machine RH-1 with integrated water purification module WPM-2, "
              "integrated heparin syringe pump and bloodline set BL-H) is an active device which removes blood "
              "from the patient, exchanges solutes and water through a dialyser and returns the blood, and which "
              "by the heparin pump administers a medicinal product. Classification: class IIb according to Rule "
              "12, since the removal and return of blood and the administration of heparin are done in a "
              "potentially hazardous manner. Because the device is a class IIb active device intended to "
              "administer a medicinal product (heparin), the consultation procedure of Article 54(1)(b) is "
              "considered to apply; it is a new device, so no exemption of Article 54(2) is available."),
        ("h", 1, "2 Intended purpose, users and environment"),
        ("p", "Haemodialysis (conventional, short daily or nocturnal) of adults, 18 years or older, with a dry "
              "body weight of at least 40 kg, suffering from end-stage kidney disease and clinically stable on "
              "dialysis, performed at home by the trained patient together with a trained care partner, after "
              "a training programme in a dialysis centre, where the system is also used during training."),
        ("p", "Contraindications: haemodynamic instability or recurrent intradialytic hypotension; absence of a "
              "functioning vascular access (arteriovenous fistula, graft or tunnelled catheter); inability of the "
              "patient or care partner to complete the training; absence of a care partner; contraindication to "
              "heparin unless a heparin-free prescription is defined by the nephrologist."),
        ("h", 1, "3 Benefits, parameters, acceptance criteria"),
        ("table", None, ["Benefit / safety aspect", "Parameter", "Acceptance criterion"], [
            ["Adequate dialysis", "weekly standard Kt/V", "≥ 2.1 in ≥ 90 % of patients"],
            ["Feasibility at home", "patients still on home HD at 6 months", "≥ 80 %"],
            ["Safety of the extracorporeal circuit", "blood loss > 200 ml or air embolism caused by the device", "0 events"],
            ["Access safety", "access infections", "≤ 1.5 per 1000 patient-days"]]),
        ("h", 1, "4 Evidence"),
        ("p", "Clinical investigation HOME-HD (60 patients, 6 months at home), literature on home haemodialysis "
              "for the state of the art, PMCF registry."),
    ]


def cer():
    return [
        ("title", "Clinical Evaluation Report – Renalia Home"),
        ("meta", [("Reference", "TRT-CER-04"), ("Edition", "3"), ("Date", "22 November 2024"), ("Basic UDI-DI", UDI)]),
        ("h", 1, "Summary"),
        ("p", "The clinical investigation HOME-HD and the literature on home haemodialysis show that the Renalia "
              "Home system gives adequate dialysis at home with a safety profile comparable to other home "
              "haemodialysis systems; all criteria of TRT-CEP-03 are met."),
        ("h", 1, "Device"),
        ("p", "Machine RH-1 with touch-screen guided treatment steps for lay users, volumetric ultrafiltration "
              "control, venous and arterial pressure monitoring, venous air detector and clamp, blood leak "
              "detector, and a heparin syringe pump (0–10 ml/h, bolus up to 5 ml). WPM-2 produces ultrapure "
              "dialysis fluid from tap water. Settings: blood flow 50–500 ml/min, dialysate flow 300–800 ml/min, "
              "ultrafiltration rate 0–2000 ml/h, treatment time up to 8 h."),
        ("h", 1, "Regulatory status"),
        ("p", "Class IIb, Annex VIII Rule 12. As an active class IIb device which administers a medicinal product "
              "(heparin, by the integrated syringe pump) and removes blood for extracorporeal treatment, it is "
              "within Article 54(1)(b); the consultation procedure applies, there being no exemption for a new "
              "device."),
        ("h", 1, "Intended purpose"),
        ("p", "Home haemodialysis – conventional, short daily or nocturnal – for adult patients (≥ 18 years; dry "
              "weight not less than 40 kg) with end-stage kidney disease who are stable on dialysis, performed by "
              "the trained patient with a trained care partner; during training the device is used in the "
              "dialysis centre. Contraindications: haemodynamic instability or recurrent intradialytic "
              "hypotension, no functioning vascular access, inability to complete training, no care partner, "
              "contraindication to heparin without a heparin-free prescription."),
        ("h", 1, "State of the art"),
        ("split", "Home haemodialysis is recommended by KDIGO and national guidelines as an option for motivated "
              "patients; more frequent or longer sessions improve phosphate and blood pressure control and",
              "quality of life. Alternatives: in-centre haemodialysis, peritoneal dialysis, kidney "
              "transplantation. Benchmarks: the FREEDOM study and registry data on home systems."),
        ("h", 1, "Clinical data"),
        ("table", "Table 1 – Clinical data", ["Source", "Design", "N", "Follow-up", "Results"], [
            ["HOME-HD (own CI)", "Prospective, 5 Portuguese and Spanish centres, training then home", "60", "6 months at home",
             "std Kt/V ≥ 2.1 in 95 %; 51/60 (85 %) on home HD at 6 months; no device-caused blood loss or air embolism; access infection 0.8 per 1000 patient-days; intradialytic hypotension 4.2 per 100 sessions"],
            ["Jaber 2010 (FREEDOM)", "Prospective cohort, daily home HD", "291", "12 months", "Improved depressive symptoms and recovery time"],
            ["Weinhandl 2012", "Matched cohort, daily home HD vs in-centre", "1873", "up to 3 years", "Mortality 13 % lower"],
            ["KDOQI 2015", "Guideline, HD adequacy", "—", "—", "Target std Kt/V 2.3, minimum 2.1"]]),
        ("p", "Acceptance criteria: std Kt/V ≥ 2.1 in 95 % of patients (criterion ≥ 90 %); 85 % still on home HD at "
              "6 months (≥ 80 %); no blood loss above 200 ml or air embolism caused by the device (0 events); "
              "access infections 0.8 per 1000 patient-days (≤ 1.5). All criteria are met."),
        ("h", 1, "Benefit-risk and residual risks"),
        ("p", "Residual risks: intradialytic hypotension, blood loss through needle dislodgement, access "
              "infection or thrombosis, bleeding under heparin, air embolism, haemolysis, electrolyte "
              "disturbances from wrong dialysis fluid, and user errors at home. They are controlled by the "
              "alarms, the care partner requirement and the training programme. Benefit-risk is favourable."),
        ("h", 1, "PMCF"),
        ("p", "TRT-PMCF-05: European home HD registry of 250 patients, 3 years."),
        ("h", 1, "References"),
        ("ol", ["Tagus Renal Technologies. HOME-HD clinical investigation report TRT-CIR-02, 2024.",
                "Jaber BL, et al. Effect of daily hemodialysis on depressive symptoms and postdialysis recovery time: FREEDOM study. Am J Kidney Dis 2010;56:531-539.",
                "Weinhandl ED, et al. Survival in daily home hemodialysis and matched thrice-weekly in-center hemodialysis patients. J Am Soc Nephrol 2012;23:895-904.",
                "National Kidney Foundation. KDOQI clinical practice guideline for hemodialysis adequacy: 2015 update. Am J Kidney Dis 2015;66:884-930."]),
    ]


def pmcf():
    return [
        ("title", "PMCF plan – Renalia Home"),
        ("p", "TRT-PMCF-05, edition 1, December 2024; refers to TRT-CER-04 edition 3."),
        ("h", 1, "Objectives"),
        ("ul", ["Confirm dialysis adequacy and technique survival at home over 3 years.",
                "Quantify needle dislodgement with blood loss, access infections and hospitalisations (residual risks of TRT-CER-04).",
                "Detect use errors at home and use without a care partner (misuse)."]),
        ("h", 1, "Method"),
        ("p", "Prospective registry of patients dialysing at home with Renalia Home, enrolled at the end of "
              "training in 20 dialysis centres in Portugal, Spain and France; machine logs and clinical data "
              "every 3 months."),
        ("h", 1, "Sample size"),
        ("p", "250 patients (about 500 patient-years): an access infection rate of 0.8 per 1000 patient-days is "
              "estimated with a 95 % CI of about 0.7–0.9; technique survival at 3 years of 60 % with ± 6 %."),
        ("h", 1, "Timeline"),
        ("p", "Enrolment 2025–2026; yearly PMCF evaluation report; final report 2029."),
    ]


def ifu_en():
    return [
        ("title", "Renalia Home Haemodialysis System – Instructions for Use (clinical part)"),
        ("p", f"{MFR}, {ADDR} · Basic UDI-DI {UDI} · CE 2986"),
        ("h", 1, "Intended use"),
        ("p", "Haemodialysis treatments (conventional, short daily, nocturnal) for adult patients, 18 years and "
              "over, with a dry body weight of 40 kg or more, with end-stage kidney disease and stable on "
              "dialysis. The treatment is performed at home by the trained patient with a trained care partner; "
              "the system is also used in the dialysis centre during training."),
        ("h", 1, "Contraindications"),
        ("ul", ["Haemodynamic instability or recurrent intradialytic hypotension.",
                "No functioning vascular access.", "Patient or care partner unable to complete training.",
                "No care partner available.",
                "Contraindication to heparin, unless the nephrologist prescribes heparin-free treatment."]),
        ("h", 1, "Warnings"),
        ("ul", ["Never treat without your care partner present.",
                "Keep the needle and bloodline connections visible and taped; the venous pressure alarm may not detect every needle dislodgement.",
                "Never bypass the venous air detector or the venous clamp.",
                "Use only the heparin dose prescribed by your nephrologist."]),
        ("h", 1, "Side effects"),
        ("p", "Low blood pressure, cramps, blood loss, access infection or clotting, bleeding, air embolism, "
              "haemolysis, electrolyte disturbances."),
        ("h", 1, "Technical data"),
        ("table", None, ["Parameter", "Range"], [
            ["Blood flow", "50–500 ml/min"], ["Dialysate flow", "300–800 ml/min"],
            ["Ultrafiltration rate", "0–2000 ml/h"], ["Heparin pump", "0–10 ml/h, bolus ≤ 5 ml"],
            ["Treatment time", "up to 8 h"]]),
    ]


def ifu_fr():
    return [
        ("title", "Système d'hémodialyse à domicile Renalia Home – Notice d'utilisation (partie clinique)"),
        ("p", f"{MFR}, Avenida D. João II 46, 1990-095 Lisboa, Portugal · IUD-ID de base {UDI} · CE 2986"),
        ("h", 1, "Utilisation prévue"),
        ("p", "Séances d'hémodialyse (conventionnelle, quotidienne courte, nocturne) chez des patients adultes de "
              "18 ans et plus, d'un poids sec d'au moins 40 kg, atteints de maladie rénale au stade terminal et "
              "stables en dialyse. Le traitement est réalisé à domicile par le patient formé avec un aidant "
              "formé ; le système est également utilisé au centre de dialyse pendant la formation."),
        ("h", 1, "Contre-indications"),
        ("ul", ["Instabilité hémodynamique ou hypotension perdialytique récidivante.",
                "Absence d'abord vasculaire fonctionnel.", "Patient ou aidant incapable de terminer la formation.",
                "Absence d'aidant.",
                "Contre-indication à l'héparine, sauf prescription par le néphrologue d'un traitement sans héparine."]),
        ("h", 1, "Avertissements"),
        ("ul", ["Ne jamais effectuer de séance sans la présence de votre aidant.",
                "Gardez les aiguilles et les raccords des lignes visibles et fixés ; l'alarme de pression veineuse peut ne pas détecter tout retrait d'aiguille.",
                "Ne jamais contourner le détecteur d'air veineux ni le clamp veineux.",
                "Utilisez uniquement la dose d'héparine prescrite par votre néphrologue."]),
        ("h", 1, "Effets secondaires"),
        ("p", "Hypotension, crampes, perte de sang, infection ou thrombose de l'abord, saignement, embolie "
              "gazeuse, hémolyse, troubles électrolytiques."),
        ("h", 1, "Caractéristiques techniques"),
        ("table", None, ["Paramètre", "Plage"], [
            ["Débit sanguin", "50–500 ml/min"], ["Débit de dialysat", "300–800 ml/min"],
            ["Débit d'ultrafiltration", "0–2000 ml/h"], ["Pompe à héparine", "0–10 ml/h, bolus ≤ 5 ml"],
            ["Durée de traitement", "jusqu'à 8 h"]]),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report – Renalia Home"),
        ("meta", [("Notified Body", "Atlantic Conformity Assessment (NB 2986)"), ("Reference", "ACA-2024-1177"), ("Date", "12 February 2025")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"{MFR}; Renalia Home haemodialysis system (RH-1, WPM-2, BL-H); Basic UDI-DI {UDI}; class IIb, Rule "
              "12; initial certification. Documents: TRT-CEP-03 ed. 2, TRT-CER-04 ed. 3, TRT-PMCF-05 ed. 1, IFU "
              "EN/FR. No SSCP is required (class IIb, not implantable)."),
        ("h", 1, "C. Intended purpose"),
        ("p", "Home haemodialysis for adults ≥ 18 years, dry weight ≥ 40 kg, with end-stage kidney disease and "
              "stable on dialysis, by a trained patient with a trained care partner; use in the dialysis centre "
              "during training."),
        ("h", 1, "E–H."),
        ("p", "HOME-HD (60 patients, 6 months) meets the CEP criteria; PMCF registry (250 patients, 3 years) "
              "justified. Benefit-risk acceptable."),
        ("h", 1, "I. Article 54"),
        ("p", "Applies, Article 54(1)(b): class IIb active device administering a medicinal product (heparin) "
              "and removing blood. No exemption. Panel: nephrology and urology."),
    ]


def build():
    docs = [
        Doc("TRT-CEP-03_ed2.pdf", "CEP", "en", cep(), "Tagus Renal Technologies – TRT-CEP-03"),
        Doc("TRT-CER-04_ed3.docx", "CER", "en", cer(), "Tagus Renal Technologies – TRT-CER-04"),
        Doc("TRT-PMCF-05.pdf", "PMCF-plan", "en", pmcf(), "TRT-PMCF-05", "condensed"),
        Doc("RenaliaHome_IFU_EN.pdf", "IFU", "en", ifu_en(), "Renalia Home IFU EN"),
        Doc("RenaliaHome_Notice_FR.pdf", "IFU", "fr", ifu_fr(), "Renalia Home notice FR"),
        Doc("ACA-2024-1177_CEAR.docx", "CEAR", "en", cear(), "Atlantic Conformity Assessment – CEAR"),
    ]
    return Dossier("h12_home_haemodialysis", "Renalia Home haemodialysis system", "IIb", True, docs, [])

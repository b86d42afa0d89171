"""m08 - implantable tibial nerve stimulator for OAB (clean)."""
from common import doc, F, h, p, ul, ol, t, kv

ID = "m08_urotib_i2"
DEVICE = "UroTib i2 implantable tibial nerve stimulation system for overactive bladder"
CLASS = "III"
CLEAN = True

MFR = "Neurelia SAS, 12 rue des Martyrs, 38000 Grenoble, France"
SRN = "FR-MF-000017436"
UDI = "376012340UTI2XW"
NB = "Organisme Européen de Certification Médicale (OECM), Notified Body 2990"

AE_EN = ["implant-site pain or discomfort", "wound infection, possibly requiring explantation", "haematoma or seroma",
         "uncomfortable stimulation or paraesthesia in the foot", "implant migration", "loss of therapeutic effect",
         "nerve injury (transient or permanent)", "skin erosion over the implant", "device malfunction requiring replacement"]


def cep():
    return doc(
        "Clinical Evaluation Plan – UroTib i2",
        "CEP-UTI2-001 – Version C – 2024-02-26",
        [
            p("Version C of 26.02.2024. Manufacturer: " + MFR + ". Basic UDI-DI: " + UDI + "."),
            h(1, "Abbreviations"),
            p("OAB overactive bladder; UUI urgency urinary incontinence; PTNS percutaneous tibial nerve stimulation; "
              "SNM sacral neuromodulation; IPG implantable pulse generator."),
            h(1, "1. Device"),
            p("UroTib i2 is an active implantable device: a miniature IPG with integrated electrodes (27 × 12 × 4 mm) "
              "implanted above the fascia over the tibial nerve, approx. 2 cm cranial of the medial malleolus, plus a "
              "patient controller and a clinician programmer. Primary battery, calculated longevity 8 years at nominal "
              "settings."),
            h(1, "2. Classification and CECP"),
            p("Active implantable device: class III acc. to Annex VIII Rule 8 (active implantable devices and their "
              "accessories). Art. 54(1)(a) applies; no predecessor device of Neurelia, no exemption."),
            h(1, "3. Intended purpose / target group"),
            ul("Treatment of the symptoms of overactive bladder with urgency urinary incontinence (OAB wet)",
               "Adults (18 years and older) refractory to or intolerant of behavioural therapy and at least one pharmacological therapy",
               "Implantation by urologists/urogynaecologists in hospital or ambulatory surgery centre under local anaesthesia"),
            h(1, "4. Benefits, endpoints, acceptance criteria"),
            t([["ID", "Endpoint", "Acceptance criterion", "Rationale"],
               ["E-01", "Responder rate (≥ 50 % reduction of UUI episodes, 3-day diary) at 12 months", "≥ 60 % and lower 95 % CI bound ≥ 50 %", "PTNS 55 % (Peters 2010), SNM 76 % (Siegel 2015)"],
               ["E-02", "Change of OAB-q HRQL score at 12 months", "≥ 10 points (MCID)", "published MCID"],
               ["S-01", "Device- or procedure-related serious adverse events to 12 months", "≤ 5 %", "SNM revision rates"],
               ["S-02", "Explantation due to infection to 12 months", "≤ 3 %", "SNM infection rates 2 – 4 %"]],
              widths=(8, 40, 25, 27)),
            h(1, "5. Plan"),
            p("Pivotal study TIBIA-1 (12 months primary, 5 years total follow-up), systematic literature review for the "
              "state of the art (PTNS, SNM, intravesical onabotulinumtoxinA), PMCF registry after CE marking."),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – UroTib i2 Implantable Tibial Nerve Stimulation System",
        "CER-UTI2-001 Version D | Neurelia SAS | 2025-01-15",
        [
            t([["Document", "CER-UTI2-001"], ["Version", "D"], ["Date", "15.01.2025"], ["Plan", "CEP-UTI2-001 version C"],
               ["Authors", "Dr. C. Morel (urologist), Dipl.-Ing. U. Kaiser (clinical evaluation consultant)"]],
              header=False, widths=(25, 75)),
            h(1, "1 Summary"),
            p("The UroTib i2 system provides automatic, daily tibial nerve stimulation from a small implant. Clinical "
              "evidence comes from the pivotal investigation TIBIA-1 (n = 151; 12 months complete, 24 months in 128 "
              "patients) and from the state-of-the-art literature. All acceptance criteria of the CEP are met. The benefit "
              "exceeds the risks for adults with refractory OAB wet."),
            h(1, "2 Intended purpose"),
            p("The UroTib i2 system is foreseen for the treatment of symptoms of overactive bladder with urgency urinary "
              "incontinence in adult patients (≥ 18 years) who did not respond to, or did not tolerate, behavioural "
              "therapy and at least one pharmacological therapy. The implantation is performed under local anaesthesia "
              "by urologists or urogynaecologists, in hospital or in an ambulatory surgery centre; the therapy is then "
              "delivered automatically in daily life and controlled by the patient with the patient controller."),
            p("Contraindications: implanted cardiac pacemaker or defibrillator; peripheral neuropathy or injury of the "
              "tibial nerve; pronounced oedema, venous ulcer or skin disease at the implant site; bleeding disorder not "
              "correctable; pregnancy or planned pregnancy; need for shortwave diathermy. Not studied and therefore not "
              "included: neurogenic bladder, primary stress urinary incontinence."),
            h(1, "3 Classification"),
            p("Class III, Rule 8 (active implantable device). CECP acc. to Art. 54(1)(a) MDR applies."),
            h(1, "4 Device description"),
            p("IPG with integrated electrodes, 27 × 12 × 4 mm, 2,1 g, titanium case with silicone over-moulding; "
              "stimulation 20 Hz, pulse width 200 µs, amplitude 0,5 – 9,0 mA in 0,1 mA steps; default 30 minutes per "
              "day; primary lithium battery with a calculated longevity of 8 years at nominal settings (bench and "
              "model-based). MR conditional (1,5 T and 3 T, full body, acc. to ASTM F2503 and ISO/TS 10974)."),
            h(1, "5 State of the art"),
            p("Acc. to the EAU guideline on non-neurogenic female LUTS and the AUA/SUFU guideline, third-line options "
              "for refractory OAB are intravesical onabotulinumtoxinA, SNM and PTNS. PTNS requires 12 weekly office "
              "sessions and maintenance; the SUmiT trial showed a responder rate of 54,5 % vs. 20,9 % with sham [1]. SNM "
              "achieved 76 % responders at 12 months in InSite [2] but with revision rates of about 15 % within "
              "3 years. OnabotulinumtoxinA has to be repeated and has a risk of urinary retention (5 – 6 %) and UTI [3]."),
            h(1, "6 Clinical data"),
            t([["Source", "Design", "n", "Follow-up", "Use"],
               ["TIBIA-1 (CIV-FR-21-11-038214)", "prospective, single-arm, 12 sites FR/DE/BE/NL", "151", "12 months (all), 24 months (128)", "device data, pivotal"],
               ["[1] Peters et al. 2010 (SUmiT)", "RCT PTNS vs. sham", "220", "13 weeks", "SOTA, benchmark"],
               ["[2] Siegel et al. 2015 (InSite)", "prospective SNM", "340", "12 months", "SOTA, benchmark"],
               ["[3] Nitti et al. 2013", "RCT onabotulinumtoxinA vs. placebo", "557", "12 weeks", "SOTA"]],
              widths=(28, 30, 8, 20, 14), caption="Table 6-1: Clinical data"),
            h(2, "6.1 TIBIA-1 results"),
            t([["Criterion (CEP)", "Target", "Result", "Met"],
               ["E-01 responder rate 12 months", "≥ 60 %, lower CI ≥ 50 %", "78,1 % (95 % CI 70,6 – 84,4)", "yes"],
               ["E-02 OAB-q HRQL 12 months", "≥ 10 points", "+ 24,6 points", "yes"],
               ["S-01 device/procedure-related SAE", "≤ 5 %", "2,6 % (4/151)", "yes"],
               ["S-02 explant due to infection", "≤ 3 %", "1,3 % (2/151)", "yes"]], widths=(35, 25, 30, 10),
              caption="Table 6-2: Results vs. CEP acceptance criteria"),
            p("At 24 months (n = 128) the responder rate was 74,2 %. Complete continence (no UUI episode on diary) at "
              "12 months: 31 %. Adverse events to 12 months: implant-site pain 9,3 %, wound infection 2,0 % (1,3 % "
              "requiring explant), haematoma 2,6 %, uncomfortable stimulation 4,6 %, migration 0,7 %, no permanent nerve "
              "injury, no skin erosion, 1 device malfunction (0,7 %) with replacement."),
            h(1, "7 Benefit-risk and residual risks acc. to ISO 14971"),
            p("Residual risks (RMF-UTI2 version 6): " + "; ".join(AE_EN) + ". Compared with PTNS the device avoids weekly "
              "clinic visits with at least equal responder rates; compared with SNM the procedure is less invasive. "
              "Data beyond 24 months and on battery longevity in vivo are missing; no claim is made beyond 24 months."),
            h(1, "8 PMCF"),
            p("PMCF-UTI2-001 version B: continuation of TIBIA-1 to 5 years and registry UROTIB-REG (n = 250, 5 years)."),
            h(1, "9 References"),
            ol("Peters KM, Carrico DJ, Perez-Marrero RA, et al. Randomized trial of percutaneous tibial nerve stimulation versus sham efficacy in the treatment of overactive bladder syndrome: results from the SUmiT trial. J Urol 2010;183:1438-1443.",
               "Siegel S, Noblett K, Mangel J, et al. Twelve-month results of a prospective multicenter study evaluating sacral neuromodulation in subjects with overactive bladder (InSite). Neurourol Urodyn 2015;34:224-230.",
               "Nitti VW, Dmochowski R, Herschorn S, et al. OnabotulinumtoxinA for the treatment of patients with overactive bladder and urinary incontinence: results of a phase 3, randomized, placebo controlled trial. J Urol 2013;189:2186-2193.",
               "Neurelia. TIBIA-1 clinical investigation report, 12-month analysis, v2.0, 2024-09-12 (on file)."),
        ])


def pmcf():
    return doc(
        "PMCF Plan – UroTib i2",
        "PMCF-UTI2-001 version B – 2025-01-15",
        [
            kv(("Device", "UroTib i2, Basic UDI-DI " + UDI), ("Class / rule", "III / Rule 8"),
               ("CER", "CER-UTI2-001 version D"), ("RMF", "RMF-UTI2 version 6"), ("Version", "B, 15.01.2025")),
            h(1, "1. Objectives"),
            t([["ID", "Objective", "Origin"],
               ["REQ-PMCF-01", "Long-term responder rate at 3, 4 and 5 years", "CER section 7 – no data > 24 months"],
               ["REQ-PMCF-02", "Rate of infection and explantation in routine use", "RMF – hazard infection"],
               ["REQ-PMCF-03", "In-vivo battery longevity vs. calculated 8 years", "CER section 4"],
               ["REQ-PMCF-04", "MRI-related adverse events", "RMF – MR conditional labelling"],
               ["REQ-PMCF-05", "Off-label use (e.g. neurogenic bladder)", "Annex XIV B 6.1(e)"]], widths=(18, 50, 32)),
            h(1, "2. Activities"),
            ul("Continuation of TIBIA-1 to 5 years (annual visits, 3-day diary, OAB-q)",
               "Registry UROTIB-REG: prospective, 20 sites in FR, DE, BE, NL, AT, n = 250, 5 years",
               "Device data: battery status from the clinician programmer at each visit",
               "Annual literature screening; complaint and vigilance trend analysis"),
            h(1, "3. Sample size"),
            p("UROTIB-REG: with an expected responder rate of 70 % at 3 years and 25 % loss to follow-up, 250 patients "
              "give ≥ 187 evaluable patients and a 95 % CI half-width of ± 6,6 %. For explant due to infection "
              "(expected 1,5 %) the upper 95 % confidence limit is below 4 %."),
            h(1, "4. Timeline"),
            t([["Milestone", "Date"], ["Registry start", "Q2/2025"], ["Enrolment complete", "Q2/2027"],
               ["Interim reports", "yearly with the PMCF evaluation report"], ["Final report", "Q2/2032"]], widths=(50, 50)),
        ], font="serif")


def ifu_en():
    return doc(
        "UroTib i2 – Instructions for Use (Clinician Manual)",
        "IFU-UTI2-EN v4 – 2025-01",
        [
            p(MFR + ". Basic UDI-DI " + UDI + ". CE 2990."),
            h(1, "Indications for use"),
            p("UroTib i2 is indicated for the treatment of overactive bladder symptoms with urgency urinary incontinence "
              "in patients 18 years and older who have not responded to or have not tolerated behavioural therapy and at "
              "least one medication for OAB."),
            h(1, "Contraindications"),
            ul("Implanted cardiac pacemaker or implantable cardioverter defibrillator",
               "Peripheral neuropathy or injury of the tibial nerve on the side of implantation",
               "Pronounced oedema, venous ulcer or skin disease at the implant site", "Uncorrectable bleeding disorder",
               "Pregnancy or planned pregnancy", "Need for shortwave, microwave or ultrasound diathermy"),
            h(1, "Warnings and precautions"),
            ul("Safety and effectiveness have not been established for neurogenic bladder or primary stress urinary incontinence.",
               "MRI only under the conditions of the MRI guideline (1.5 T and 3 T, full body).",
               "Implantation only by physicians trained by Neurelia."),
            h(1, "Adverse events"),
            ul(*[a[0].upper() + a[1:] for a in AE_EN]),
            h(1, "Technical data"),
            t([["Parameter", "Value"], ["Dimensions / mass", "27 × 12 × 4 mm / 2.1 g"],
               ["Stimulation frequency", "20 Hz"], ["Pulse width", "200 µs"], ["Amplitude", "0.5 – 9.0 mA (0.1 mA steps)"],
               ["Daily therapy (default)", "30 min"], ["Battery", "primary Li, calculated longevity 8 years at nominal settings"]],
              widths=(40, 60)),
        ])


def ifu_fr():
    return doc(
        "UroTib i2 – Notice d'utilisation (manuel du clinicien)",
        "IFU-UTI2-FR v4 – 2025-01",
        [
            p("Neurelia SAS, Grenoble, France. IUD-ID de base " + UDI + ". CE 2990."),
            h(1, "Indications"),
            p("UroTib i2 est indiqué pour le traitement des symptômes de l'hyperactivité vésicale avec incontinence "
              "urinaire par urgenturie chez les patients âgés de 18 ans et plus, en échec ou intolérants au traitement "
              "comportemental et à au moins un médicament de l'hyperactivité vésicale."),
            h(1, "Contre-indications"),
            ul("Stimulateur cardiaque ou défibrillateur automatique implantable",
               "Neuropathie périphérique ou lésion du nerf tibial du côté de l'implantation",
               "Œdème prononcé, ulcère veineux ou maladie cutanée au site d'implantation",
               "Trouble de la coagulation non corrigible", "Grossesse ou projet de grossesse",
               "Nécessité d'une diathermie par ondes courtes, micro-ondes ou ultrasons"),
            h(1, "Avertissements et précautions"),
            ul("La sécurité et l'efficacité n'ont pas été établies pour la vessie neurologique ni pour l'incontinence urinaire d'effort pure.",
               "IRM uniquement dans les conditions du guide IRM (1,5 T et 3 T, corps entier).",
               "Implantation uniquement par des médecins formés par Neurelia."),
            h(1, "Événements indésirables"),
            ul("Douleur ou gêne au site d'implantation", "Infection de la plaie, pouvant nécessiter une explantation",
               "Hématome ou sérome", "Stimulation inconfortable ou paresthésies du pied", "Migration de l'implant",
               "Perte de l'effet thérapeutique", "Lésion nerveuse (transitoire ou permanente)",
               "Érosion cutanée au-dessus de l'implant", "Dysfonctionnement nécessitant un remplacement"),
            h(1, "Caractéristiques techniques"),
            t([["Paramètre", "Valeur"], ["Dimensions / masse", "27 × 12 × 4 mm / 2,1 g"],
               ["Fréquence de stimulation", "20 Hz"], ["Largeur d'impulsion", "200 µs"],
               ["Amplitude", "0,5 – 9,0 mA (pas de 0,1 mA)"], ["Thérapie quotidienne (par défaut)", "30 min"],
               ["Pile", "Li primaire, longévité calculée 8 ans aux réglages nominaux"]], widths=(40, 60)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance – UroTib i2",
        "SSCP-UTI2 revision 1 – 2025-01-15",
        [
            h(1, "1 Identification"),
            t([["Item", "Entry"], ["Trade name", "UroTib i2"], ["Manufacturer / SRN", "Neurelia SAS, Grenoble / " + SRN],
               ["Basic UDI-DI", UDI], ["Class", "III (active implantable)"], ["Notified Body", NB]], widths=(30, 70)),
            h(1, "2 Intended use"),
            p("Treatment of overactive bladder symptoms with urgency urinary incontinence in adults (aged 18 and over) "
              "refractory to or intolerant of behavioural therapy and at least one OAB medication. Contraindications: "
              "cardiac pacemaker or ICD; tibial neuropathy or nerve injury; oedema, venous ulcer or skin disease at the "
              "implant site; uncorrectable bleeding disorder; pregnancy or planned pregnancy; need for diathermy."),
            h(1, "3 Residual risks and side effects"),
            p("Implant-site pain or discomfort (9,3 % within 12 months in TIBIA-1), wound infection (2,0 %; explant "
              "1,3 %), haematoma or seroma (2,6 %), uncomfortable stimulation or paraesthesia (4,6 %), implant migration "
              "(0,7 %), loss of therapeutic effect, nerve injury (not observed), skin erosion (not observed), device "
              "malfunction requiring replacement (0,7 %). Rates are from the prospective TIBIA-1 study."),
            h(1, "4 Clinical evidence"),
            p("TIBIA-1 (n = 151): responder rate 78,1 % at 12 months and 74,2 % at 24 months (n = 128). No equivalent "
              "device claimed. Ongoing PMCF: TIBIA-1 to 5 years, registry UROTIB-REG (n = 250, 5 years)."),
            h(1, "5 Alternatives"),
            p("PTNS, sacral neuromodulation, intravesical onabotulinumtoxinA."),
        ])


def cear():
    return doc(
        "CEAR – UroTib i2",
        "OECM – NB 2990 – CEAR n° 25-0077 – 2025-02-28",
        [
            h(1, "A"),
            kv(("Device", "UroTib i2 implantable tibial nerve stimulation system (IPG, patient controller, clinician programmer)"),
               ("Manufacturer", "Neurelia SAS (" + SRN + ")"), ("Basic UDI-DI", UDI), ("Class", "III, Rule 8"),
               ("Documents", "CEP-UTI2-001 version C; CER-UTI2-001 version D; PMCF-UTI2-001 version B; IFU-UTI2 v4 (EN, FR); SSCP-UTI2 revision 1"),
               ("Intended purpose", "OAB with urgency urinary incontinence in patients aged 18 years and older, refractory to or intolerant of behavioural and at least one drug therapy")),
            h(1, "C–E"),
            p("Own pivotal data TIBIA-1 (n = 151), CEP criteria E-01, E-02, S-01, S-02 met. SOTA adequate (PTNS, SNM, "
              "onabotulinumtoxinA). No equivalence."),
            h(1, "F"),
            p("PMCF with justified sample size and 5-year follow-up, objectives linked to CER open questions. Accepted."),
            h(1, "G"),
            p("IFU EN/FR and SSCP consistent with CER."),
            h(1, "I"),
            p("Art. 54(1)(a) applies. Panel: neurology / nephrology and urology."),
        ])


def files():
    return [
        F("CEP-UTI2-001_vC.pdf", "CEP", "en", cep()),
        F("CER-UTI2-001_vD.docx", "CER", "en", cer()),
        F("PMCF-UTI2-001_vB.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU-UTI2-EN_v4.docx", "IFU", "en", ifu_en()),
        F("IFU-UTI2-FR_v4.pdf", "IFU", "fr", ifu_fr()),
        F("SSCP-UTI2_r1.md", "SSCP", "en", sscp()),
        F("CEAR-2990-25-0077.docx", "CEAR", "en", cear()),
    ]


LABELS = []

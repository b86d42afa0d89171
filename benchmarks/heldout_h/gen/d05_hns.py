"""h05: hypoglossal nerve stimulator for obstructive sleep apnoea, defective."""

from .base import Doc, Dossier, Label

MFR = "Neurelia SAS"
ADDR = "14 rue des Arts et Métiers, 38000 Grenoble, France"
UDI = "3760312SOMNOT2WV"

Q_AGE_IFU = "adults aged 22 years and older with moderate to severe obstructive sleep apnoea"
Q_AGE_CER = "patients from 18 years of age with moderate to severe OSA"
Q_AHI_EN = "apnoea-hypopnoea index (AHI) between 15 and 65 events per hour"
Q_AHI_NL = "apneu-hypopneu-index (AHI) tussen 15 en 100 gebeurtenissen per uur"
Q_PMCF_1 = "an annual satisfaction questionnaire sent by post to the implanted patients"
Q_PMCF_2 = "the number of questionnaires to be analysed is not fixed in advance"


def cep():
    return [
        ("title", "PLAN D'ÉVALUATION CLINIQUE / CLINICAL EVALUATION PLAN – SomnoTone HGNS System"),
        ("p", "Reference NEU-CEP-010, edition 2 (June 2024). Language of the document: English."),
        ("h", 1, "1 – Device"),
        ("p", "SomnoTone hypoglossal nerve stimulation system: implantable pulse generator ST-2, stimulation cuff "
              "lead ST-L placed on the distal branches of the hypoglossal nerve, respiratory sensing lead "
              "ST-R placed in the fourth or fifth intercostal space, patient remote and clinician programmer. "
              "Class III (active implantable device, Rule 8); Article 54(1)(a) consultation expected."),
        ("h", 1, "2 – Intended purpose and population"),
        ("p", "Treatment of adults aged 22 years and older with moderate to severe obstructive sleep apnoea "
              "(AHI 15–65/h, BMI ≤ 32 kg/m²) who do not tolerate or fail CPAP and who show no complete "
              "concentric collapse at the velum during drug-induced sleep endoscopy (DISE)."),
        ("h", 1, "3 – Benefits and acceptance criteria"),
        ("ul", ["Responder rate at 12 months (AHI reduction ≥ 50 % and AHI < 20/h): acceptable if ≥ 50 %.",
                "Epworth Sleepiness Scale: mean improvement ≥ 2 points at 12 months.",
                "Serious adverse device effects (including revision surgery): ≤ 5 % at 12 months."]),
        ("h", 1, "4 – Clinical development"),
        ("p", "Pivotal investigation SOMNO-1 (12 months), literature on hypoglossal nerve stimulation for "
              "state of the art, PMCF after CE marking."),
    ]


def cer():
    return [
        ("title", "Clinical Evaluation Report – SomnoTone HGNS System"),
        ("meta", [("Reference", "NEU-CER-011"), ("Edition", "3"), ("Date", "9 December 2024")]),
        ("h", 1, "1 Device and classification"),
        ("ul", ["IPG ST-2 (volume 14 cm³, non-rechargeable, longevity 11 years at typical settings).",
                "Stimulation cuff lead ST-L; sensing lead ST-R (respiratory pressure sensor).",
                "Stimulation amplitude 0–5.0 V, pulse width 60–240 µs, frequency 20–40 Hz.",
                "Class III, Rule 8; MR conditional 1.5 T (head and extremities)."]),
        ("h", 1, "2 Intended purpose"),
        ("p", f"The system is intended for {Q_AGE_CER} (AHI 15–65 events/h) and BMI ≤ 32 kg/m², who have "
              "failed or cannot tolerate positive airway pressure, and who do not present complete concentric "
              "collapse at the soft palate level on DISE. Contraindications: central and mixed apnoeas above "
              "25 % of the total AHI; complete concentric collapse; anatomy compromising the airway (e.g. "
              "tonsil size 3–4); neuromuscular disease of the upper airway; pregnancy; need for MRI outside "
              "the stated conditions."),
        ("h", 1, "3 State of the art"),
        ("p", "CPAP remains the first-line therapy; adherence is however insufficient in 30–50 % of patients. "
              "Alternatives for CPAP-intolerant patients are mandibular advancement devices, positional "
              "therapy, multilevel upper airway surgery and hypoglossal nerve stimulation, for which the STAR "
              "trial and its 5-year follow-up, as well as the ADHERE registry, provide the benchmark."),
        ("h", 1, "4 Clinical data"),
        ("table", "Table 1 – Data sets", ["Source", "Population", "N", "Follow-up", "Key results"], [
            ["SOMNO-1 (own pivotal CI)", "Adults with OSA, AHI 15–65, BMI ≤ 32, CPAP failure; 9 sites FR/DE/BE", "126", "12 months",
             "Responders 71 %; AHI 33.1 → 10.4/h; ESS 11.8 → 6.3; SADE 2.4 %"],
            ["Strollo 2014 (STAR)", "CPAP-intolerant OSA, Inspire", "126", "12 months", "Responders 66 %"],
            ["Woodson 2018", "STAR cohort", "97", "5 years", "Responders 75 % of those followed"],
            ["Heiser 2019 (ADHERE)", "Registry, routine care", "1017", "12 months", "AHI 35.8 → 10.2/h"],
        ]),
        ("p", "In SOMNO-1, all three acceptance criteria of the CEP were met: responder rate 71 % (criterion ≥ "
              "50 %), ESS improvement of 5.5 points (≥ 2), SADE rate 2.4 % at 12 months (≤ 5 %; three revisions "
              "for lead displacement). Non-serious effects: tongue abrasion 8 %, temporary tongue weakness "
              "4 %, discomfort due to stimulation 11 %, incision pain 6 %."),
        ("h", 1, "5 Benefit-risk and residual risks"),
        ("p", "Residual risks: infection, lead displacement and revision, nerve injury with tongue weakness, "
              "stimulation discomfort, insomnia or arousals, device interaction with MRI. The benefit in "
              "AHI and daytime sleepiness outweighs these risks for the intended population."),
        ("h", 1, "6 PMCF"),
        ("p", "See NEU-PMCF-012."),
        ("h", 1, "7 References"),
        ("ol", ["Neurelia. SOMNO-1 clinical investigation report NEU-CIR-005, 2024.",
                "Strollo PJ, et al. Upper-airway stimulation for obstructive sleep apnea. N Engl J Med 2014;370:139-149.",
                "Woodson BT, et al. Upper airway stimulation for obstructive sleep apnea: 5-year outcomes. Otolaryngol Head Neck Surg 2018;159:194-202.",
                "Heiser C, et al. Outcomes of upper airway stimulation for obstructive sleep apnea in a multicenter German postmarket study. Eur Respir J 2019;53:1801405."]),
    ]


def pmcf():
    return [
        ("title", "Post-market clinical follow-up plan SomnoTone"),
        ("p", "NEU-PMCF-012, edition 1, January 2025. Related CER: NEU-CER-011 edition 3."),
        ("h", 1, "Device"),
        ("p", f"SomnoTone HGNS system (IPG ST-2, leads ST-L and ST-R), Basic UDI-DI {UDI}, class III, lifetime of "
              "the IPG 11 years."),
        ("h", 1, "PMCF activities"),
        ("p", f"The PMCF consists of {Q_PMCF_1}, asking about use of the therapy, comfort and sleepiness. "
              f"As the return rate cannot be predicted, {Q_PMCF_2}. In addition, literature will be screened "
              "yearly and complaints will be analysed."),
        ("h", 1, "Timeline"),
        ("p", "First questionnaire campaign one year after the first implantations, then annually."),
    ]


def ifu_en():
    return [
        ("title", "SomnoTone™ Hypoglossal Nerve Stimulation System – Physician Manual"),
        ("p", f"{MFR}, {ADDR}. Basic UDI-DI {UDI}. CE 2963."),
        ("h", 1, "Indications"),
        ("p", f"The SomnoTone system is indicated for {Q_AGE_IFU}, with an {Q_AHI_EN} and a body mass index of "
              "32 kg/m² or less, who have not tolerated or have failed positive airway pressure therapy, and "
              "who do not have complete concentric collapse at the soft palate on drug-induced sleep "
              "endoscopy."),
        ("h", 1, "Contraindications"),
        ("ul", ["Central and mixed apnoeas making up more than 25 % of the total AHI.",
                "Complete concentric collapse at the soft palate level.",
                "Anatomical findings that would compromise the performance of the system, such as tonsil size 3 or 4.",
                "Neuromuscular disease affecting the upper airway.", "Pregnancy.",
                "Need for MRI outside the conditions in the MRI guidelines."]),
        ("h", 1, "Warnings"),
        ("ul", ["Implant only by surgeons trained by Neurelia.",
                "Avoid diathermy over the implant.",
                "The patient must not drive or operate machinery while the stimulation is switched on."]),
        ("h", 1, "Adverse effects"),
        ("p", "Infection, lead displacement, revision surgery, tongue weakness, tongue abrasion, stimulation "
              "discomfort, incision pain, insomnia or arousals."),
        ("h", 1, "Specifications"),
        ("table", None, ["Parameter", "Value"], [
            ["Amplitude", "0 – 5.0 V"], ["Pulse width", "60 – 240 µs"], ["Frequency", "20 – 40 Hz"],
            ["IPG volume", "14 cm³"], ["Longevity", "11 years (typical settings)"]]),
    ]


def ifu_es():
    return [
        ("title", "Sistema de estimulación del nervio hipogloso SomnoTone™ – Manual del médico"),
        ("p", f"{MFR}, {ADDR}. UDI-DI básico {UDI}. CE 2963."),
        ("h", 1, "Indicaciones"),
        ("p", "El sistema SomnoTone está indicado en adultos de 22 años o más con apnea obstructiva del sueño "
              "moderada a grave, con un índice de apnea-hipopnea (IAH) entre 15 y 65 eventos por hora y un "
              "índice de masa corporal igual o inferior a 32 kg/m², que no han tolerado o han fracasado con la "
              "presión positiva en la vía aérea, y que no presentan colapso concéntrico completo a nivel del "
              "velo del paladar en la endoscopia del sueño inducido."),
        ("h", 1, "Contraindicaciones"),
        ("ul", ["Apneas centrales y mixtas que superen el 25 % del IAH total.",
                "Colapso concéntrico completo a nivel del velo del paladar.",
                "Hallazgos anatómicos que comprometan el funcionamiento del sistema, como amígdalas de grado 3 o 4.",
                "Enfermedad neuromuscular que afecte a la vía aérea superior.", "Embarazo.",
                "Necesidad de RM fuera de las condiciones de las directrices de RM."]),
        ("h", 1, "Advertencias"),
        ("ul", ["Implantación solo por cirujanos formados por Neurelia.",
                "Evite la diatermia sobre el implante.",
                "El paciente no debe conducir ni manejar maquinaria con la estimulación activada."]),
        ("h", 1, "Efectos adversos"),
        ("p", "Infección, desplazamiento del electrodo, cirugía de revisión, debilidad de la lengua, abrasión "
              "de la lengua, molestias por la estimulación, dolor en la incisión, insomnio o despertares."),
        ("h", 1, "Especificaciones"),
        ("table", None, ["Parámetro", "Valor"], [
            ["Amplitud", "0 – 5,0 V"], ["Duración del impulso", "60 – 240 µs"], ["Frecuencia", "20 – 40 Hz"],
            ["Volumen del GIP", "14 cm³"], ["Longevidad", "11 años (ajustes típicos)"]]),
    ]


def ifu_nl():
    return [
        ("title", "SomnoTone™ hypoglossuszenuwstimulatiesysteem – Handleiding voor de arts"),
        ("p", f"{MFR}, {ADDR}. Basis-UDI-DI {UDI}. CE 2963."),
        ("h", 1, "Indicaties"),
        ("p", "Het SomnoTone-systeem is geïndiceerd voor volwassenen van 22 jaar en ouder met matig tot ernstig "
              f"obstructief slaapapneu, met een {Q_AHI_NL} en een body-mass-index van 32 kg/m² of minder, "
              "die positieve luchtwegdruk niet verdragen of bij wie deze therapie heeft gefaald, en die geen "
              "volledige concentrische collaps ter hoogte van het zachte gehemelte vertonen bij "
              "slaapendoscopie."),
        ("h", 1, "Contra-indicaties"),
        ("ul", ["Centrale en gemengde apneus die meer dan 25 % van de totale AHI uitmaken.",
                "Volledige concentrische collaps ter hoogte van het zachte gehemelte.",
                "Anatomische bevindingen die de werking van het systeem in gevaar brengen, zoals tonsilgrootte 3 of 4.",
                "Neuromusculaire aandoening van de bovenste luchtweg.", "Zwangerschap.",
                "Noodzaak van MRI buiten de voorwaarden van de MRI-richtlijnen."]),
        ("h", 1, "Waarschuwingen"),
        ("ul", ["Implantatie alleen door chirurgen die door Neurelia zijn opgeleid.",
                "Vermijd diathermie boven het implantaat.",
                "De patiënt mag geen voertuig besturen of machines bedienen terwijl de stimulatie is ingeschakeld."]),
        ("h", 1, "Bijwerkingen"),
        ("p", "Infectie, verplaatsing van de elektrode, revisiechirurgie, zwakte van de tong, schaafwond van de "
              "tong, ongemak door stimulatie, pijn bij de incisie, slapeloosheid of ontwaken."),
        ("h", 1, "Specificaties"),
        ("table", None, ["Parameter", "Waarde"], [
            ["Amplitude", "0 – 5,0 V"], ["Pulsbreedte", "60 – 240 µs"], ["Frequentie", "20 – 40 Hz"],
            ["Volume IPG", "14 cm³"], ["Levensduur", "11 jaar (typische instellingen)"]]),
    ]


def sscp():
    return [
        ("title", "SSCP – SomnoTone Hypoglossal Nerve Stimulation System"),
        ("meta", [("Document", "NEU-SSCP-013"), ("Revision", "A"), ("Date", "January 2025")]),
        ("h", 1, "1. Identification"),
        ("p", f"SomnoTone HGNS System (ST-2, ST-L, ST-R); {MFR}, SRN FR-MF-000044102; Basic UDI-DI {UDI}; class "
              "III; Notified Body Alpes Certification (2963)."),
        ("h", 1, "2. Intended use"),
        ("p", "Adults aged 22 years and older with moderate to severe obstructive sleep apnoea (AHI 15–65 "
              "events/h, BMI ≤ 32 kg/m²) who have failed or not tolerated CPAP and have no complete concentric "
              "collapse at the soft palate. Contraindications: central/mixed apnoeas > 25 % of AHI, complete "
              "concentric collapse, compromising anatomy, neuromuscular disease of the upper airway, "
              "pregnancy, MRI need outside conditions."),
        ("h", 1, "3. Residual risks and undesirable effects"),
        ("p", "At 12 months in SOMNO-1 (126 patients): revision for lead displacement 2.4 %, stimulation "
              "discomfort 11 %, tongue abrasion 8 %, incision pain 6 %, temporary tongue weakness 4 %; "
              "infection, insomnia and arousals were also observed."),
        ("h", 1, "4. Clinical evidence"),
        ("p", "SOMNO-1: responder rate 71 % at 12 months, mean AHI 33.1 → 10.4 events/h, ESS 11.8 → 6.3."),
        ("h", 1, "5. Alternatives"),
        ("p", "CPAP, mandibular advancement devices, positional therapy, upper airway surgery."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report (MDCG 2020-13)"),
        ("meta", [("NB", "Alpes Certification – 2963"), ("Case", "AC-MDR-0921"), ("Date", "14/02/2025")]),
        ("h", 1, "A – Administrative particulars"),
        ("p", f"{MFR}; SomnoTone HGNS System; Basic UDI-DI {UDI}; class III, Rule 8; initial certification. "
              "Documents: NEU-CEP-010 ed. 2, NEU-CER-011 ed. 3, NEU-PMCF-012 ed. 1, NEU-SSCP-013 rev. A, "
              "physician manual EN, ES, NL."),
        ("h", 1, "C – Intended purpose"),
        ("p", "Adults aged 22 years and older with moderate to severe OSA (AHI 15–65/h, BMI ≤ 32 kg/m²), CPAP "
              "failure or intolerance, without complete concentric collapse at the velum."),
        ("h", 1, "E – Clinical investigation"),
        ("p", "SOMNO-1 (126 patients, 12 months) meets all CEP acceptance criteria."),
        ("h", 1, "F – PMCF"),
        ("p", "The NB notes the PMCF plan NEU-PMCF-012."),
        ("h", 1, "I – Article 54"),
        ("p", "Applicable, Article 54(1)(a): class III active implantable device; no exemption. Panel: "
              "neurology."),
    ]


def build():
    docs = [
        Doc("NEU-CEP-010_SomnoTone.pdf", "CEP", "en", cep(), "Neurelia SAS – NEU-CEP-010"),
        Doc("NEU-CER-011_SomnoTone.docx", "CER", "en", cer(), "Neurelia SAS – NEU-CER-011"),
        Doc("NEU-PMCF-012.pdf", "PMCF-plan", "en", pmcf(), "Neurelia SAS – NEU-PMCF-012"),
        Doc("SomnoTone_PhysicianManual_EN.pdf", "IFU", "en", ifu_en(), "SomnoTone – EN"),
        Doc("SomnoTone_ManualMedico_ES.pdf", "IFU", "es", ifu_es(), "SomnoTone – ES"),
        Doc("SomnoTone_Handleiding_NL.docx", "IFU", "nl", ifu_nl(), "SomnoTone – NL"),
        Doc("NEU-SSCP-013.docx", "SSCP", "en", sscp(), "NEU-SSCP-013"),
        Doc("CEAR_AC-MDR-0921.pdf", "CEAR", "en", cear(), "Alpes Certification – CEAR", "serif"),
    ]
    cer_n, pmcf_n, en_n, nl_n = docs[1].name, docs[2].name, docs[3].name, docs[5].name
    labels = [
        Label("cer_lower_age_18_vs_22", "population", [cer_n, en_n], [Q_AGE_CER, Q_AGE_IFU],
              "The CER admits patients from 18 years of age; the IFU, CEP, SSCP and CEAR from 22 years.",
              ["intended-use"]),
        Label("pmcf_satisfaction_survey_only", "pmcf", [pmcf_n], [Q_PMCF_1, Q_PMCF_2],
              "The PMCF of a class III active implant is a postal satisfaction questionnaire with no sample "
              "size, endpoints or statistical rationale, not linked to the residual risks.", []),
        Label("dutch_ifu_widens_ahi_range", "language", [en_n, nl_n], [Q_AHI_EN, Q_AHI_NL],
              "The Dutch IFU indicates AHI 15-100 events/h, the English (and Spanish) IFU 15-65.",
              ["intended-use"]),
    ]
    return Dossier("h05_hypoglossal_nerve_stimulator", "SomnoTone hypoglossal nerve stimulation system", "III",
                   False, docs, labels)

"""m05 - whole-body therapeutic hypothermia system for neonates (clean)."""
from common import doc, F, h, p, ul, ol, t, kv

ID = "m05_cryoneo_wb"
DEVICE = "CryoNeo WB whole-body therapeutic hypothermia system for neonates with HIE"
CLASS = "IIb"
CLEAN = True

MFR = "Nordtherm Medical ApS, Finlandsgade 20, 8200 Aarhus N, Denmark"
SRN = "DK-MF-000006215"
UDI = "570987650CNWB9J"
NB = "Nordic Medical Certification AB, Notified Body 2948"


def cep():
    return doc(
        "CryoNeo WB – Clinical Evaluation Plan",
        "CEP-CNWB-01 issue 2 – 15.04.2024 – Nordtherm Medical ApS",
        [
            p("Document CEP-CNWB-01, issue 2, 15.04.2024. Prepared by: Regulatory Affairs (L. Sørensen) with clinical "
              "input of Dr. A. Kjær (neonatologist)."),
            h(1, "1. Device and classification"),
            p("CryoNeo WB is a servo-controlled whole-body cooling system consisting of control unit CN-100, single-patient "
              "cooling wraps CN-W-S and CN-W-L and temperature probes (oesophageal/rectal core probe, skin probe). The "
              "system is active (Art. 2(4) MDR) and exchanges heat energy with the body of a neonate in a potentially "
              "hazardous way; it is therefore class IIb acc. to Annex VIII Rule 9. It is not implantable and does not "
              "administer medicinal products (Rule 12 not applicable). Therefore the clinical evaluation consultation "
              "procedure acc. to Art. 54(1) MDR is not applicable."),
            h(1, "2. Intended purpose"),
            t([["Aspect", "Definition"],
               ["Medical purpose", "Induction and maintenance of therapeutic whole-body hypothermia (target core temperature 33,5 °C for 72 hours) and controlled rewarming"],
               ["Indication", "Moderate or severe hypoxic-ischaemic encephalopathy (HIE) acc. to the TOBY / NICHD entry criteria"],
               ["Population", "Neonates with gestational age ≥ 36+0 weeks, birth weight ≥ 1,8 kg and ≤ 5,5 kg, start of cooling within 6 hours after birth"],
               ["Contraindications", "Major congenital anomalies incompatible with life; life-threatening coagulopathy with active bleeding; persistent pulmonary hypertension not stabilised on maximal therapy (relative)"],
               ["Users / environment", "Neonatologists and NICU nurses; level III neonatal intensive care units; not for transport"]],
              widths=(25, 75)),
            h(1, "3. Clinical benefit and performance"),
            p("The clinical benefit of therapeutic hypothermia (reduction of death or major neurodevelopmental disability "
              "at 18 months) is established for the therapy as such by RCTs and meta-analyses. The device-specific "
              "performance is the accurate and stable control of the core temperature. The device makes no claim on "
              "neurological outcome beyond the established benefit of the therapy."),
            h(1, "4. Acceptance criteria"),
            t([["ID", "Parameter", "Criterion"],
               ["PA-1", "Time in target range 33,0 – 34,0 °C during maintenance", "≥ 90 % of measured time"],
               ["PA-2", "Time from start to target range (median)", "≤ 90 min"],
               ["PA-3", "Core temperature below 32,0 °C", "no episode"],
               ["SA-1", "Device-related skin injury (burn, pressure lesion)", "≤ 5 %"],
               ["PA-4", "Rewarming rate", "≤ 0,5 °C per hour in ≥ 95 % of rewarming phases"]],
              widths=(10, 60, 30)),
            h(1, "5. Evidence strategy"),
            ul("Literature: RCTs and meta-analyses on therapeutic hypothermia (SOTA), studies comparing servo-controlled and manual cooling",
               "Own clinical investigation NEOCOOL-DK (4 Scandinavian NICUs)",
               "Bench: IEC 60601-1, IEC 60601-2-35, temperature accuracy tests"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report CryoNeo WB",
        "CER-CNWB-01 issue 3 | Nordtherm Medical ApS",
        [
            kv(("Document", "CER-CNWB-01, issue 3"), ("Date", "2025-01-08"), ("Device", "CryoNeo WB whole-body hypothermia system"),
               ("Basic UDI-DI", UDI), ("Class", "IIb, Rule 9"), ("Plan", "CEP-CNWB-01 issue 2")),
            h(1, "List of abbreviations"),
            p("aEEG amplitude-integrated EEG; GA gestational age; HIE hypoxic-ischaemic encephalopathy; NICU neonatal "
              "intensive care unit; RCT randomised controlled trial; SOTA state of the art; TH therapeutic hypothermia."),
            h(1, "1 Field of application"),
            p("The CryoNeo WB system is foreseen for the induction and maintenance of therapeutic whole-body hypothermia "
              "with a target core temperature of 33,5 °C over 72 hours and for the controlled rewarming afterwards, in "
              "neonates with moderate or severe HIE. Target group are neonates with a gestational age of at least 36+0 "
              "weeks and a birth weight between 1,8 kg and 5,5 kg, in whom cooling is started within 6 hours after birth. "
              "The system is used exclusively in level III NICUs by neonatologists and trained NICU nurses; use during "
              "transport is not foreseen. Contraindications are major congenital anomalies incompatible with life and "
              "life-threatening coagulopathy with active bleeding; uncontrolled persistent pulmonary hypertension is a "
              "relative contraindication."),
            h(1, "2 Device description"),
            p("Control unit CN-100 with Peltier heater/cooler and water circuit (water temperature 5 to 42 °C), "
              "servo-control algorithm regulating the water temperature on the basis of the core temperature probe, "
              "single-patient wraps in two sizes (CN-W-S for 1,8 – 3,0 kg, CN-W-L for 3,0 – 5,5 kg), core probe "
              "(oesophageal or rectal) and skin probe. Alarms: core temperature outside limits (default 33,0 / 34,0 °C), "
              "probe disconnection, water flow failure, water level low. Core temperature accuracy ± 0,2 °C."),
            h(1, "3 Classification and regulatory status"),
            p("Class IIb (Rule 9). Not implantable, no administration of medicinal products: the consultation procedure "
              "acc. to Art. 54(1) MDR does not apply."),
            h(1, "4 State of the art"),
            p("Therapeutic hypothermia is standard of care for term and near-term neonates with moderate or severe HIE. "
              "The Cochrane review of Jacobs et al. [1] (11 RCTs, 1 505 infants) shows a reduction of death or major "
              "disability at 18 months (typical RR 0,75; 95 % CI 0,68 – 0,83; NNT 7). The large RCTs TOBY [2] and NICHD "
              "[3] used whole-body cooling to 33,5 °C for 72 hours. Servo-controlled systems keep the core temperature "
              "more stable than manual methods (Hoque et al. [4]: SD of rectal temperature 0,2 °C vs. 0,5 °C). Known "
              "therapy-related adverse effects are sinus bradycardia, thrombocytopenia, subcutaneous fat necrosis and "
              "hypotension."),
            h(1, "5 Clinical data"),
            t([["No.", "Reference", "Design", "Population", "n"],
               ["[1]", "Jacobs SE et al. 2013, Cochrane Database Syst Rev CD003311", "meta-analysis of RCTs", "neonates ≥ 35 weeks GA with HIE", "1 505"],
               ["[2]", "Azzopardi DV et al. 2009, N Engl J Med 361:1349-1358 (TOBY)", "RCT", "neonates ≥ 36 weeks GA with HIE", "325"],
               ["[3]", "Shankaran S et al. 2005, N Engl J Med 353:1574-1584 (NICHD)", "RCT", "neonates ≥ 36 weeks GA with HIE", "208"],
               ["[4]", "Hoque N et al. 2010, Pediatrics 126:e124-e130", "observational comparison of cooling methods", "neonates with HIE", "73"],
               ["[5]", "NEOCOOL-DK clinical investigation report CIR-CNWB-01 v1.1 (2024-10-14)", "prospective, single-arm, 4 NICUs", "neonates ≥ 36+0 weeks GA, ≥ 1,8 kg, HIE", "64"]],
              widths=(6, 40, 20, 26, 8), caption="Table 1: Clinical data"),
            h(2, "5.1 NEOCOOL-DK"),
            p("64 neonates (GA median 39+2 weeks, birth weight median 3 360 g, range 1 910 – 5 120 g; 41 moderate, 23 "
              "severe HIE) were cooled with CryoNeo WB. Results vs. the acceptance criteria of the CEP:"),
            t([["CEP ID", "Criterion", "Result", "Met"],
               ["PA-1", "≥ 90 % time in 33,0 – 34,0 °C", "97,6 %", "yes"],
               ["PA-2", "median ≤ 90 min to target", "52 min (IQR 38 – 71)", "yes"],
               ["PA-3", "no core temperature below 32,0 °C", "lowest value 32,6 °C", "yes"],
               ["SA-1", "device-related skin injury ≤ 5 %", "1/64 (1,6 %), erythema at wrap edge, resolved", "yes"],
               ["PA-4", "≤ 0,5 °C/h in ≥ 95 % of rewarming phases", "62/63 (98,4 %)", "yes"]],
              widths=(10, 35, 45, 10), caption="Table 2: Results vs. acceptance criteria"),
            p("Therapy-related events: sinus bradycardia below 80/min in 2 neonates (3,1 %), thrombocytopenia below "
              "100 000/µl in 11 (17 %), subcutaneous fat necrosis in 1 (1,6 %). Mortality before discharge 7,8 % (5/64), "
              "all in severe HIE, none device-related. Neurodevelopmental outcome was not an endpoint of NEOCOOL-DK."),
            h(1, "6 Benefit-risk and residual risks acc. to ISO 14971"),
            ul("Overcooling or undercooling due to probe dislocation (mitigated by alarms, position check every 4 h)",
               "Skin injury from cold or pressure of the wrap",
               "Therapy-related effects: bradycardia, thrombocytopenia, subcutaneous fat necrosis, hypotension",
               "Interruption of therapy by device failure (mitigated by water-flow alarm and back-up unit policy)"),
            p("The device delivers the temperature profile of the RCTs that established the benefit of the therapy with "
              "high precision. The benefit-risk ratio is acceptable."),
            h(1, "7 PMCF"),
            p("PMCF-CNWB-01 issue 1: prospective registry in ≥ 8 NICUs, n = 150, focus on low birth weight (1,8 – 2,5 kg) "
              "and on skin injuries."),
            h(1, "8 Conclusion"),
            p("Clinical safety and performance of CryoNeo WB are demonstrated for the intended purpose."),
        ], font="serif")


def pmcf():
    return doc(
        "PMCF Plan CryoNeo WB (PMCF-CNWB-01, issue 1)",
        "PMCF-CNWB-01 issue 1 – 2025-01-08",
        [
            t([["Item", "Entry"], ["Device", "CryoNeo WB, Basic UDI-DI " + UDI], ["Class", "IIb (Rule 9)"],
               ["Reference documents", "CER-CNWB-01 issue 3; RMF-CNWB-01 rev. 4"]], widths=(30, 70)),
            h(1, "Objectives"),
            ol("Confirm temperature control (time in target range ≥ 90 %) in neonates of 1,8 – 2,5 kg (only 6 in NEOCOOL-DK).",
               "Quantify device-related skin injuries with the wrap sizes S and L in routine use.",
               "Detect probe dislocation events leading to over- or undercooling.",
               "Detect off-label use (e.g. GA below 36 weeks, start later than 6 hours, transport)."),
            h(1, "Method"),
            p("Prospective multicentre registry in at least 8 level III NICUs (DK, SE, NO, DE). All neonates cooled with "
              "CryoNeo WB within the intended purpose are eligible. Data from the device log (1-min temperature data) and "
              "an eCRF (skin assessment every 12 h, adverse events until discharge)."),
            h(1, "Sample size"),
            p("n = 150 incl. ≥ 30 neonates of 1,8 – 2,5 kg. With 30 neonates in the low-weight group and an expected "
              "time in target of 96 % (SD 4 %), the lower 95 % confidence limit of the mean is above 94 %. With 150 "
              "neonates a skin-injury rate of 2 % is estimated with a CI upper limit of 5,7 %."),
            h(1, "Timeline"),
            t([["Step", "When"], ["First site activated", "Q2/2025"], ["Interim report", "with PMCF evaluation report Q2/2026"],
               ["Last patient in", "Q4/2026"], ["Final report", "Q2/2027"]], widths=(50, 50)),
        ])


def ifu_en():
    return doc(
        "CryoNeo WB – Instructions for Use",
        "IFU-CNWB-EN rev. 2 – 2024-12",
        [
            p("Manufacturer: " + MFR + ". Basic UDI-DI " + UDI + ". CE 2948."),
            h(1, "1 Intended purpose"),
            p("CryoNeo WB is intended for inducing and maintaining therapeutic whole-body hypothermia (target 33.5 °C, "
              "72 hours) and for controlled rewarming in neonates with moderate or severe hypoxic-ischaemic encephalopathy."),
            h(1, "2 Patient population"),
            ul("Gestational age: 36+0 weeks or more", "Birth weight: minimum 1 800 g, maximum 5 500 g",
               "Start of cooling: within 6 hours after birth"),
            h(1, "3 Users and use environment"),
            p("Neonatologists and trained NICU nurses in level III neonatal intensive care units. The system is not "
              "intended for use during transport."),
            h(1, "4 Contraindications"),
            ul("Major congenital anomalies incompatible with life", "Life-threatening coagulopathy with active bleeding",
               "Relative: persistent pulmonary hypertension that cannot be stabilised"),
            h(1, "5 Warnings"),
            ul("Check the position of the core temperature probe at least every 4 hours; a dislocated probe can cause over- or undercooling.",
               "Inspect the skin under the wrap at least every 12 hours.",
               "Do not set the target temperature below 33.0 °C.",
               "Rewarm at a rate not exceeding 0.5 °C per hour."),
            h(1, "6 Possible side effects"),
            p("Overcooling or undercooling, skin injury from cold or pressure, sinus bradycardia, thrombocytopenia, "
              "subcutaneous fat necrosis, hypotension."),
            h(1, "7 Technical data"),
            t([["Parameter", "Value"], ["Target core temperature range (settable)", "33.0 – 37.0 °C"],
               ["Core temperature accuracy", "± 0.2 °C"], ["Water temperature range", "5 – 42 °C"],
               ["Wrap CN-W-S", "1.8 – 3.0 kg"], ["Wrap CN-W-L", "3.0 – 5.5 kg"],
               ["Rewarming rate (settable)", "0.1 – 0.5 °C/h"], ["Power", "230 V AC, 50 Hz, 450 VA"]],
              widths=(50, 50)),
        ])


def ifu_da():
    return doc(
        "CryoNeo WB – Brugsanvisning",
        "IFU-CNWB-DA rev. 2 – 2024-12",
        [
            p("Fabrikant: Nordtherm Medical ApS, Aarhus, Danmark. Basis-UDI-DI " + UDI + ". CE 2948."),
            h(1, "1 Tilsigtet formål"),
            p("CryoNeo WB er beregnet til at fremkalde og opretholde terapeutisk helkropshypotermi (mål 33,5 °C i 72 "
              "timer) og til kontrolleret genopvarmning hos nyfødte med moderat eller svær hypoksisk-iskæmisk encefalopati."),
            h(1, "2 Patientpopulation"),
            ul("Gestationsalder: 36+0 uger eller derover", "Fødselsvægt: ikke under 1,8 kg og ikke over 5,5 kg",
               "Start af nedkøling: inden for 6 timer efter fødslen"),
            h(1, "3 Brugere og brugsmiljø"),
            p("Neonatologer og uddannede sygeplejersker på neonatale intensivafsnit (niveau III). Systemet er ikke "
              "beregnet til brug under transport."),
            h(1, "4 Kontraindikationer"),
            ul("Større medfødte misdannelser, som ikke er forenelige med liv", "Livstruende koagulopati med aktiv blødning",
               "Relativ: persisterende pulmonal hypertension, som ikke kan stabiliseres"),
            h(1, "5 Advarsler"),
            ul("Kontrollér kernetemperaturfølerens position mindst hver 4. time; en forskubbet føler kan medføre over- eller underafkøling.",
               "Undersøg huden under svøbet mindst hver 12. time.",
               "Indstil ikke måltemperaturen under 33,0 °C.",
               "Genopvarm med højst 0,5 °C pr. time."),
            h(1, "6 Mulige bivirkninger"),
            p("Over- eller underafkøling, hudskade forårsaget af kulde eller tryk, sinusbradykardi, trombocytopeni, "
              "subkutan fedtnekrose, hypotension."),
            h(1, "7 Tekniske data"),
            t([["Parameter", "Værdi"], ["Indstilleligt område for kernetemperatur", "33,0 – 37,0 °C"],
               ["Nøjagtighed kernetemperatur", "± 0,2 °C"], ["Vandtemperaturområde", "5 – 42 °C"],
               ["Svøb CN-W-S", "1,8 – 3,0 kg"], ["Svøb CN-W-L", "3,0 – 5,5 kg"],
               ["Genopvarmningshastighed (indstillelig)", "0,1 – 0,5 °C/t"], ["Strømforsyning", "230 V AC, 50 Hz, 450 VA"]],
              widths=(50, 50)),
        ])


def cear():
    return doc(
        "CEAR – CryoNeo WB",
        "Nordic Medical Certification AB – NB 2948 – CEAR 2025-0217",
        [
            kv(("Device", "CryoNeo WB whole-body hypothermia system (CN-100, wraps CN-W-S/-L, probes)"),
               ("Manufacturer", "Nordtherm Medical ApS (" + SRN + ")"), ("Basic UDI-DI", UDI),
               ("Class", "IIb, Rule 9"), ("Assessment", "initial, MDR"),
               ("Documents", "CEP-CNWB-01 issue 2; CER-CNWB-01 issue 3; PMCF-CNWB-01 issue 1; IFU-CNWB rev. 2 (EN, DA)"),
               ("Date", "21.02.2025")),
            h(1, "Intended purpose (NB summary)"),
            p("Therapeutic whole-body hypothermia (33,5 °C, 72 h) and controlled rewarming for neonates with moderate or "
              "severe HIE, gestational age ≥ 36+0 weeks, birth weight of at least 1.8 kg up to 5.5 kg, start within 6 h "
              "of birth; level III NICU only."),
            h(1, "Assessment"),
            ul("Clinical benefit of the therapy established by RCTs; device performance shown in NEOCOOL-DK (n = 64); all CEP criteria reported and met.",
               "Low-birth-weight subgroup small; covered by PMCF objective 1 with justified sample size.",
               "IFU (EN, DA) consistent with CER."),
            h(1, "Art. 54"),
            p("Not applicable: class IIb, not implantable, no administration or removal of medicinal products."),
            h(1, "Conclusion"),
            p("Benefit-risk acceptable; certificate recommended."),
        ])


def files():
    return [
        F("CEP-CNWB-01_issue2.pdf", "CEP", "en", cep()),
        F("CER-CNWB-01_issue3.docx", "CER", "en", cer()),
        F("PMCF-CNWB-01_issue1.md", "PMCF-plan", "en", pmcf()),
        F("IFU-CNWB-EN_rev2.docx", "IFU", "en", ifu_en()),
        F("IFU-CNWB-DA_rev2.pdf", "IFU", "da", ifu_da()),
        F("CEAR-2948-2025-0217.pdf", "CEAR", "en", cear()),
    ]


LABELS = []

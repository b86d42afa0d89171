"""m12 - external ventricular drainage catheter with ICP sensor (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m12_neurodrain_icp"
DEVICE = "NeuroDrain ICP external ventricular drainage catheter with integrated intracranial pressure sensor"
CLASS = "III"
CLEAN = False

MFR = "Cerebrotec Medizintechnik GmbH, Engesserstraße 4, 79108 Freiburg im Breisgau, Germany"
SRN = "DE-MF-000038265"
UDI = "426044330NDI01P6"
NB = "Süddeutsche Prüfstelle für Medizinprodukte GmbH, Notified Body 2912"

Q_SC_CER = "dwell time of maximum 29 days (short-term use acc. to Annex VIII section 1.1)"
Q_SC_CER2 = "the consultation procedure acc. to Art. 54(1) MDR is not applicable"
Q_SC_IFU = "The catheter may remain in situ for up to 45 days if the ICP monitoring is still required."
Q_SC_FR = "Le cathéter peut rester en place jusqu'à 45 jours si la surveillance de la PIC est encore nécessaire."
Q_POP_CER = "Adults and children from 2 years of age with acute hydrocephalus or raised intracranial pressure"
Q_POP_IFU = "Adults and children, incl. infants from 3 months of age (body weight minimum 5 kg)"
Q_POP_FR = "y compris les nourrissons à partir de 3 mois (poids corporel minimum 5 kg)"
Q_PL_IFU = "-10 mmHg to +20 mmHg (resolution 1 mmHg)"
Q_PL_CER = "to detect and treat intracranial hypertension (treatment threshold 22 mmHg acc. to BTF guideline)"
Q_SI_IFU = "During transport or repositioning of the patient the drain may remain open; clamping is not necessary"
Q_SI_FR = "Pendant le transport ou le repositionnement du patient, le drain peut rester ouvert ; le clampage n'est pas nécessaire"
Q_SI_WARN = "Before any change of the patient position or of the drip chamber height, clamp the drain to avoid overdrainage."

AE = ["catheter-related infection, ventriculitis", "intracerebral or intraventricular haemorrhage along the catheter tract",
      "catheter misplacement requiring revision", "catheter occlusion", "overdrainage with subdural haematoma or herniation",
      "underdrainage with rise of ICP", "CSF leak at the exit site", "ICP sensor drift or failure", "accidental dislodgement"]


def cep():
    return doc(
        "Clinical Evaluation Plan – NeuroDrain ICP",
        "CEP-NDI-01 Rev. A – 2024-04-09",
        [
            t([["Field", "Content"], ["Document", "CEP-NDI-01 Rev. A, 09.04.2024"],
               ["Device", "NeuroDrain ICP: ventricular catheter with tip pressure sensor (NDI-C), drainage set with drip chamber and collection bag (NDI-D), ICP monitor interface cable (NDI-K)"],
               ["Basic UDI-DI", UDI], ["Manufacturer", MFR]], widths=(25, 75)),
            h(1, "1. Intended purpose"),
            p("Temporary drainage of cerebrospinal fluid from the lateral ventricle and continuous ICP monitoring in "
              "adults and children from 2 years of age with acute hydrocephalus or raised ICP (e.g. after subarachnoid "
              "haemorrhage, intracerebral haemorrhage with ventricular involvement, traumatic brain injury), in "
              "neurosurgical and neurological intensive care units. Short-term use (≤ 29 days)."),
            h(1, "2. Classification"),
            p("Surgically invasive, short-term, in direct contact with the CNS: class III acc. to Rule 7. Not implantable. "
              "CECP acc. to Art. 54(1): not applicable."),
            h(1, "3. Endpoints and acceptance criteria"),
            t([["ID", "Endpoint", "Criterion"],
               ["AK-1", "ICP agreement with fluid-coupled reference (Bland-Altman bias)", "|bias| ≤ 2 mmHg, 95 % LoA within ± 5 mmHg"],
               ["AK-2", "Catheter-related infection (ventriculitis)", "≤ 8 %"],
               ["AK-3", "Symptomatic haemorrhage along the tract", "≤ 2 %"],
               ["AK-4", "Catheter occlusion requiring replacement", "≤ 10 %"]], widths=(10, 55, 35)),
            h(1, "4. Data sources"),
            ul("Clinical investigation NDICP-01 (adults and children ≥ 2 years)", "Literature on EVD complications and ICP monitoring (SOTA)",
               "Bench: sensor accuracy and drift acc. to IEC 60601-2-34"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report – NeuroDrain ICP",
        "CER-NDI-01 Rev. B – 2025-01-29 – Cerebrotec Medizintechnik GmbH",
        [
            kv(("Document", "CER-NDI-01"), ("Revision / date", "B / 29.01.2025"), ("Plan", "CEP-NDI-01 Rev. A"),
               ("Authors", "PD Dr. med. J. Hartmann (neurosurgeon), Dipl.-Ing. (FH) E. Vogt (RA)")),
            h(1, "Abbreviations"),
            p("BTF Brain Trauma Foundation; CSF cerebrospinal fluid; EVD external ventricular drain; ICP intracranial "
              "pressure; LoA limits of agreement; SAH subarachnoid haemorrhage; TBI traumatic brain injury."),
            h(1, "1 Device description"),
            p("Silicone ventricular catheter (outer diameter 3,0 mm, length 35 cm, barium-impregnated) with a piezoresistive "
              "pressure sensor at the tip, connected to the drainage set NDI-D (drip chamber with mmHg/cmH2O scale, "
              "collection bag 700 ml, 3-way stopcocks) and via cable NDI-K to standard ICU patient monitors. ICP measuring "
              "range -10 mmHg to +20 mmHg, zero drift < 1 mmHg per 24 h."),
            h(1, "2 Intended purpose"),
            p("Temporary CSF drainage and continuous ICP monitoring " + Q_PL_CER + ". Target group: " + Q_POP_CER +
              ", in neurosurgical and neurological ICUs. Insertion by neurosurgeons."),
            p("Contraindications: coagulopathy not corrected (INR > 1,4 or platelets < 100 000/µl); infection at the "
              "insertion site; brain abscess in the catheter path."),
            h(1, "3 Classification and CECP"),
            p("The catheter is partially introduced into the body and is foreseen for a " + Q_SC_CER + "; it is therefore "
              "not an implantable device acc. to Art. 2(5). Class III acc. to Rule 7 (direct contact with the CNS). "
              "Being neither implantable nor class IIb active, " + Q_SC_CER2 + "."),
            h(1, "4 State of the art"),
            p("EVD insertion is a standard neurosurgical procedure; the main complications are infection (pooled 8 – 11 % "
              "per catheter), haemorrhage (symptomatic 0,7 – 1,1 %) and misplacement [1, 2]. Combined drainage and "
              "parenchymal/tip ICP measurement allows continuous ICP reading while draining. The BTF guideline [3] "
              "recommends treating ICP above 22 mmHg in severe TBI."),
            h(1, "5 Clinical data"),
            t([["Source", "Design", "Population", "n", "Follow-up"],
               ["NDICP-01 (DRKS00029813)", "prospective, 5 German university hospitals", "72 adults, 24 children 2–17 years", "96", "until removal + 30 days"],
               ["[1] Jamjoom 2018", "prospective multicentre cohort", "adults and children with EVD, UK and Ireland", "495", "30 days"],
               ["[2] Miller 2017", "retrospective cohort, haemorrhage", "EVD patients", "–", "–"],
               ["[3] Carney 2017", "guideline", "severe TBI", "–", "–"]], widths=(25, 27, 28, 10, 10), caption="Tab. 1: Clinical data"),
            p("NDICP-01 results: ICP bias vs. fluid-coupled reference +0,8 mmHg (95 % LoA −3,1 to +4,7 mmHg); infection "
              "4,2 %; symptomatic tract haemorrhage 1,0 %; occlusion requiring replacement 7,3 %; misplacement requiring "
              "revision 6,3 %; overdrainage 1,0 %. Median dwell time 8 days, maximum 27 days. All CEP criteria AK-1 to AK-4 "
              "are met."),
            h(1, "6 Residual risks acc. to ISO 14971"),
            ul(*AE),
            h(1, "7 Benefit-risk"),
            p("Drainage and monitoring with one catheter avoid a second burr hole; benefit-risk is positive for the "
              "intended population."),
            h(1, "8 PMCF"),
            p("PMCF-NDI-01 Rev. A: prospective registry, n = 300, until 30 days after removal."),
            h(1, "References"),
            ol("Jamjoom AAB, Joannides AJ, Poon MT, et al. Prospective, multicentre study of external ventricular drainage-related infections in the UK and Ireland. J Neurol Neurosurg Psychiatry 2018;89:120-126.",
               "Miller C, Tummala RP. Risk factors for hemorrhage associated with external ventricular drain placement and removal. J Neurosurg 2017;126:289-297.",
               "Carney N, Totten AM, O'Reilly C, et al. Guidelines for the management of severe traumatic brain injury, fourth edition. Neurosurgery 2017;80:6-15."),
        ])


def pmcf():
    return doc(
        "PMCF Plan NeuroDrain ICP",
        "PMCF-NDI-01 Rev. A – 29.01.2025",
        [
            kv(("Device", "NeuroDrain ICP, Basic UDI-DI " + UDI), ("Class", "III, Rule 7"), ("CER", "CER-NDI-01 Rev. B")),
            h(1, "1. Objectives"),
            t([["ID", "Objective", "Link"],
               ["REQ-PMCF-01", "Infection rate per catheter and per 1 000 catheter-days", "residual risk infection"],
               ["REQ-PMCF-02", "ICP sensor drift and failure in routine use", "residual risk sensor drift"],
               ["REQ-PMCF-03", "Performance and safety in children 2–17 years (24 in NDICP-01)", "CER section 5"]],
              widths=(18, 52, 30)),
            h(1, "2. Method"),
            p("Prospective registry in 10 neurosurgical centres (DE, AT, FR, BE), consecutive patients within the "
              "intended purpose, data until 30 days after catheter removal."),
            h(1, "3. Sample size"),
            p("n = 300 (≥ 80 children). Expected infection rate 5 %: 95 % CI half-width ± 2,5 %."),
            h(1, "4. Timeline"),
            p("Start Q2/2025, interim report Q2/2026, final report Q4/2027."),
        ], font="serif")


def ifu_en():
    return doc(
        "NeuroDrain ICP – Instructions for Use",
        "IFU-NDI-EN Rev. 03 – 2024-12",
        [
            p(MFR + ". Basic UDI-DI " + UDI + ". CE 2912. Sterile (EO), single use."),
            h(1, "Intended purpose"),
            p("Temporary drainage of cerebrospinal fluid and continuous monitoring of intracranial pressure."),
            h(1, "Patient population"),
            p(Q_POP_IFU + ", with acute hydrocephalus or raised intracranial pressure."),
            h(1, "Users and environment"),
            p("Insertion by neurosurgeons; care by trained ICU staff in neurosurgical and neurological intensive care units."),
            h(1, "Duration of use"),
            p(Q_SC_IFU),
            h(1, "Contraindications"),
            ul("Uncorrected coagulopathy", "Infection at the insertion site", "Brain abscess in the catheter path"),
            h(1, "Warnings"),
            ul(Q_SI_WARN, "Zero the ICP sensor before insertion only; it cannot be re-zeroed in situ.",
               "Keep the system closed; sample CSF only via the sampling port under aseptic conditions."),
            h(1, "Transport and repositioning"),
            p(Q_SI_IFU + ", because the drip chamber limits the outflow."),
            h(1, "Complications"),
            ul(*[a[0].upper() + a[1:] for a in AE]),
            h(1, "Technical data"),
            t([["Parameter", "Value"], ["Catheter", "silicone, OD 3.0 mm, length 35 cm, radiopaque"],
               ["ICP measuring range", Q_PL_IFU], ["Zero drift", "< 1 mmHg / 24 h"],
               ["Upper ICP alarm (default, on monitor)", "25 mmHg"], ["Collection bag", "700 ml"]], widths=(40, 60)),
        ])


def ifu_fr():
    return doc(
        "NeuroDrain ICP – Notice d'utilisation",
        "IFU-NDI-FR Rév. 03 – 2024-12",
        [
            p("Cerebrotec Medizintechnik GmbH, Fribourg-en-Brisgau, Allemagne. IUD-ID de base " + UDI + ". CE 2912. "
              "Stérile (OE), à usage unique."),
            h(1, "Destination"),
            p("Drainage temporaire du liquide cérébrospinal et surveillance continue de la pression intracrânienne (PIC)."),
            h(1, "Population de patients"),
            p("Adultes et enfants, " + Q_POP_FR + ", présentant une hydrocéphalie aiguë ou une hypertension intracrânienne."),
            h(1, "Utilisateurs et environnement"),
            p("Pose par des neurochirurgiens ; soins par le personnel formé des unités de soins intensifs neurochirurgicaux et neurologiques."),
            h(1, "Durée d'utilisation"),
            p(Q_SC_FR),
            h(1, "Contre-indications"),
            ul("Coagulopathie non corrigée", "Infection au site d'insertion", "Abcès cérébral sur le trajet du cathéter"),
            h(1, "Avertissements"),
            ul("Avant tout changement de position du patient ou de hauteur de la chambre compte-gouttes, clamper le drain afin d'éviter un surdrainage.",
               "Effectuer le zéro du capteur de PIC uniquement avant l'insertion ; il ne peut pas être remis à zéro in situ.",
               "Maintenir le système fermé ; prélever le LCS uniquement par le site de prélèvement dans des conditions aseptiques."),
            h(1, "Transport et repositionnement"),
            p(Q_SI_FR + ", car la chambre compte-gouttes limite l'écoulement."),
            h(1, "Complications"),
            ul("Infection liée au cathéter, ventriculite", "Hémorragie intracérébrale ou intraventriculaire le long du trajet",
               "Malposition du cathéter nécessitant une révision", "Occlusion du cathéter",
               "Surdrainage avec hématome sous-dural ou engagement", "Sous-drainage avec élévation de la PIC",
               "Fuite de LCS au point de sortie", "Dérive ou défaillance du capteur de PIC", "Retrait accidentel"),
            h(1, "Caractéristiques techniques"),
            t([["Paramètre", "Valeur"], ["Cathéter", "silicone, DE 3,0 mm, longueur 35 cm, radio-opaque"],
               ["Plage de mesure de la PIC", "-10 mmHg à +20 mmHg (résolution 1 mmHg)"], ["Dérive du zéro", "< 1 mmHg / 24 h"],
               ["Alarme PIC haute (par défaut, sur le moniteur)", "25 mmHg"], ["Poche de recueil", "700 ml"]], widths=(40, 60)),
        ])


def sscp():
    return doc(
        "Summary of Safety and Clinical Performance – NeuroDrain ICP",
        "SSCP-NDI Rev. 01 – 2025-01-29",
        [
            h(1, "1 Identification"),
            kv(("Trade name", "NeuroDrain ICP"), ("Manufacturer / SRN", "Cerebrotec Medizintechnik GmbH / " + SRN),
               ("Basic UDI-DI", UDI), ("Class", "III"), ("Notified Body", NB)),
            h(1, "2 Intended use"),
            p("Temporary CSF drainage and continuous ICP monitoring in adults and children from 2 years with acute "
              "hydrocephalus or raised ICP, in neurosurgical and neurological ICUs. Contraindications: uncorrected "
              "coagulopathy; infection at the insertion site; brain abscess in the catheter path."),
            h(1, "3 Risks"),
            p("Undesirable effects: " + "; ".join(AE) + ". NDICP-01 (n = 96): infection 4,2 %, symptomatic tract "
              "haemorrhage 1,0 %, occlusion 7,3 %, misplacement 6,3 %, overdrainage 1,0 %."),
            h(1, "4 Clinical evidence"),
            p("NDICP-01 (72 adults, 24 children 2–17 years). PMCF registry n = 300 incl. ≥ 80 children."),
            h(1, "5 Alternatives"),
            p("Conventional EVD with separate parenchymal ICP probe; fluid-coupled ICP measurement via EVD; lumbar drainage (selected cases)."),
        ])


def cear():
    return doc(
        "Clinical Evaluation Assessment Report – NeuroDrain ICP",
        "NB 2912 – CEAR 25/0158 – 2025-03-14",
        [
            h(1, "A. Administration"),
            t([["Item", "Entry"], ["Device", "NeuroDrain ICP EVD catheter with integrated ICP sensor, drainage set, interface cable"],
               ["Manufacturer", "Cerebrotec Medizintechnik GmbH (" + SRN + ")"], ["Basic UDI-DI", UDI], ["Class", "III, Rule 7"],
               ["Documents", "CEP-NDI-01 Rev. A; CER-NDI-01 Rev. B; PMCF-NDI-01 Rev. A; IFU-NDI Rev. 03 (EN, FR); SSCP-NDI Rev. 01"]],
              widths=(25, 75)),
            h(1, "C. Intended purpose"),
            p("Temporary CSF drainage and ICP monitoring in adults and children from 2 years; neurosurgical/neurological ICU."),
            h(1, "E. Clinical data"),
            p("NDICP-01 n = 96; CEP criteria met; paediatric subgroup small (n = 24), followed in PMCF."),
            h(1, "I. Art. 54"),
            p("Short-term surgically invasive device, not implantable; Art. 54(1) not applicable."),
        ])


def files():
    return [
        F("CEP-NDI-01_RevA.md", "CEP", "en", cep()),
        F("CER-NDI-01_RevB.docx", "CER", "en", cer()),
        F("PMCF-NDI-01_RevA.pdf", "PMCF-plan", "en", pmcf()),
        F("IFU-NDI-EN_Rev03.pdf", "IFU", "en", ifu_en()),
        F("IFU-NDI-FR_Rev03.docx", "IFU", "fr", ifu_fr()),
        F("SSCP-NDI_Rev01.pdf", "SSCP", "en", sscp()),
        F("CEAR-2912-25-0158.docx", "CEAR", "en", cear()),
    ]


LABELS = [
    L("dwell_time_45_days_makes_device_implantable", "scope",
      ["CER-NDI-01_RevB.docx", "IFU-NDI-EN_Rev03.pdf", "IFU-NDI-FR_Rev03.docx"],
      [Q_SC_CER, Q_SC_CER2, Q_SC_IFU, Q_SC_FR],
      "The CER rests its 'not implantable, CECP not applicable' reasoning on a dwell time of max. 29 days, but the IFU "
      "allows 45 days in situ; a partially introduced device remaining ≥ 30 days is implantable (Art. 2(5)), making it a "
      "class III implantable device under Art. 54(1)(a).", accept=["intended-use", "specification"]),
    L("ifu_extends_population_to_infants", "population",
      ["IFU-NDI-EN_Rev03.pdf", "IFU-NDI-FR_Rev03.docx", "CER-NDI-01_RevB.docx"],
      [Q_POP_IFU, Q_POP_FR, Q_POP_CER],
      "The IFU (EN, FR) includes infants from 3 months / 5 kg; CEP, CER, SSCP and CEAR cover adults and children from "
      "2 years, and the clinical investigation enrolled no child below 2 years.", accept=["evidence"]),
    L("icp_range_ends_below_treatment_threshold", "plausibility", ["IFU-NDI-EN_Rev03.pdf", "CER-NDI-01_RevB.docx"],
      [Q_PL_IFU, Q_PL_CER],
      "The ICP sensor measures only up to +20 mmHg, below the 22 mmHg treatment threshold and the 25 mmHg default "
      "alarm; the device cannot detect the intracranial hypertension it is intended to monitor.",
      accept=["specification"]),
    L("drain_left_open_during_transport", "safety-instruction", ["IFU-NDI-EN_Rev03.pdf", "IFU-NDI-FR_Rev03.docx"],
      [Q_SI_IFU, Q_SI_FR, Q_SI_WARN],
      "The transport section tells users to leave the drain open while moving or repositioning the patient, contrary "
      "to the warning to clamp before any position change; this risks overdrainage, subdural haematoma or herniation."),
]

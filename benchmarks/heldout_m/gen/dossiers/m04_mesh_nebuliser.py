"""m04 - vibrating-mesh nebuliser for ventilated patients (defective)."""
from common import doc, F, L, h, p, ul, ol, t, kv

ID = "m04_aeromesh_vx"
DEVICE = "AeroMesh VX in-line vibrating-mesh nebuliser system for inhaled antibiotics"
CLASS = "IIb"
CLEAN = False

MFR = "Pneumedica B.V., Torenallee 45, 5617 BD Eindhoven, the Netherlands"
SRN = "NL-MF-000009362"
UDI = "871234560AMX01K3"
NB = "Certimedis Benelux B.V., Notified Body 2964"

Q_SCOPE_CER = "Consequently the consultation procedure acc. to Art. 54 MDR is not applicable for AeroMesh VX."
Q_SCOPE_CER2 = "Class IIa acc. to Annex VIII Rule 12"
Q_SCOPE_CEAR = "Class IIb acc. to Rule 12: nebulisation of antibiotics into the ventilator circuit of critically ill patients"
Q_SCOPE_CEAR2 = "The consultation procedure acc. to Art. 54(1)(b) MDR is therefore initiated."
Q_MMAD_CER = "The MMAD of 9,5 µm ensures a predominantly alveolar deposition of the antibiotic in the ventilated lung."
Q_MMAD_IFU = "MMAD 9,5 µm (GSD 1,8), measured with amikacin 250 mg/ml"
Q_HOME_PMCF = "adults and children on long-term invasive home ventilation via tracheostomy, treated by home care services"
Q_ICU_IFU = "Only for use in intensive care units of hospitals. Not for use in home ventilation."
Q_REFILL_EN = "disconnect the patient from the ventilator and pause ventilation until the medication cup is closed again"
Q_REFILL_FR = "déconnecter le patient du ventilateur et interrompre la ventilation jusqu'à ce que le réservoir soit refermé"
Q_REFILL_NL = "koppel de patiënt los van de beademingsmachine en onderbreek de beademing tot het medicatiereservoir weer gesloten is"
Q_WARN_EN = "Do not open the breathing circuit during mechanical ventilation; use the refill port of the medication cup."


def cep():
    return doc(
        "Clinical Evaluation Plan – AeroMesh VX",
        "CEP-AMX-001 Rev. 1.2 – 2024-07-02 – Pneumedica B.V.",
        [
            kv(("Doc. no.", "CEP-AMX-001"), ("Revision", "1.2 (02.07.2024)"), ("Device", "AeroMesh VX nebuliser system: controller AMX-C, nebuliser unit AMX-N, T-adapters 22 mm / 15 mm"),
               ("Basic UDI-DI", UDI)),
            h(1, "1 Scope"),
            p("1.1 This CEP describes the planned clinical evaluation acc. to MDR Annex XIV Part A for AeroMesh VX."),
            p("1.2 The device is foreseen for the aerosolisation of antibiotic solutions approved for nebulisation "
              "(e.g. amikacin, colistimethate, tobramycin) into the inspiratory limb of the ventilator circuit of "
              "invasively ventilated adults and children from 2 years of age with a body weight of minimum 10 kg, in "
              "intensive care units."),
            h(1, "2 Clinical benefits and endpoints"),
            t([["ID", "Benefit / parameter", "Acceptance criterion"],
               ["CB-1", "Delivered (inhaled) dose fraction, bench with adult and paediatric ventilation patterns", "≥ 30 % of nominal dose"],
               ["CB-2", "Clinical cure of Gram-negative VAP at test-of-cure visit (adjunctive therapy)", "not inferior to SOTA (≥ 60 %)"],
               ["S-1", "Device-related serious adverse events (bronchospasm, expiratory filter occlusion, circuit disconnection)", "≤ 2 %"]],
              widths=(10, 60, 30)),
            h(1, "3 Data sources"),
            ul("3.1 Own clinical investigation MESH-VAP (adults and children)",
               "3.2 Literature: aerosolised antibiotics in ventilated patients (SOTA), vibrating-mesh vs. jet nebulisers",
               "3.3 Bench testing acc. to ISO 27427 and EN 13544-1"),
        ])


def cer():
    return doc(
        "Clinical Evaluation Report AeroMesh VX",
        "CER-AMX-001 Rev. 2.0 | 2025-02-03 | Pneumedica B.V.",
        [
            p("CER-AMX-001, revision 2.0, 03.02.2025. Based on CEP-AMX-001 Rev. 1.2."),
            h(1, "Abbreviations"),
            t([["GSD", "geometric standard deviation"], ["MMAD", "mass median aerodynamic diameter"],
               ["VAP", "ventilator-associated pneumonia"], ["HME", "heat and moisture exchanger"]], header=False, widths=(20, 80)),
            h(1, "1 Device description"),
            p("1.1 AeroMesh VX consists of the controller AMX-C (mains and battery powered, 4 h battery), the single-patient "
              "nebuliser unit AMX-N with a palladium-alloy vibrating mesh (about 1 000 laser-drilled apertures, 128 kHz) "
              "and T-adapters for 22 mm (adult) and 15 mm (paediatric) circuits. The medication cup holds max. 10 ml and "
              "can be refilled via a closed refill port without opening the circuit. Output rate ≥ 0,3 ml/min."),
            p("1.2 The MMAD of 9,5 µm ensures a predominantly alveolar deposition of the antibiotic in the ventilated lung."),
            h(1, "2 Intended purpose"),
            p("2.1 Aerosolisation of antibiotic solutions approved for nebulisation into the inspiratory limb of the "
              "ventilator circuit of invasively ventilated adults and children from 2 years with a body weight of minimum "
              "10 kg. Use exclusively in intensive care units by physicians and trained ICU nurses."),
            p("2.2 Contraindications: use with HME between nebuliser and patient; drugs not approved for nebulisation; "
              "suspensions and viscous solutions (e.g. surfactant)."),
            h(1, "3 Classification"),
            p("3.1 Class IIa acc. to Annex VIII Rule 12 (active device for the administration of medicinal products). The "
              "nebuliser does not administer the medicinal product in a potentially hazardous manner, since the dose is "
              "defined by the filled volume and not by the device. Consequently the consultation procedure acc. to "
              "Art. 54 MDR is not applicable for AeroMesh VX."),
            h(1, "4 State of the art"),
            p("4.1 The ESCMID position paper [1] does not recommend routine aerosolised antibiotics but accepts their use "
              "in VAP due to multidrug-resistant Gram-negative pathogens; vibrating-mesh nebulisers placed upstream of the "
              "Y-piece are preferred because of higher lung deposition and absence of additional gas flow. The INHALE "
              "trials [2] did not show improved survival with adjunctive inhaled amikacin. Aerosol particles of 1 to 5 µm "
              "are required for deposition in the lower airways [3]."),
            h(1, "5 Clinical data"),
            t([["Source", "Type", "Population", "n", "Follow-up"],
               ["MESH-VAP (NL Trial Register NL-8841)", "prospective single-arm, 5 ICUs", "86 adults, 24 children (2–15 years) with Gram-negative VAP", "110", "to test-of-cure (day 14) and day 28"],
               ["[1] Rello 2017", "position paper", "ventilated adults", "–", "–"],
               ["[2] Niederman 2020", "2 RCTs", "ventilated adults, Gram-negative pneumonia", "508", "day 28"]],
              widths=(25, 20, 35, 8, 12), caption="Tab. 5.1: Clinical data"),
            p("5.2 Results MESH-VAP: clinical cure at test-of-cure 67 % (adults 66 %, children 71 %). Device-related SAEs: "
              "1 case of expiratory filter occlusion (0,9 %). Bronchospasm requiring treatment 2,7 %. Bench delivered dose "
              "34 % (adult pattern) and 31 % (paediatric pattern)."),
            h(1, "6 Residual risks acc. to ISO 14971 and benefit-risk"),
            ul("Bronchospasm during nebulisation", "Occlusion of the expiratory filter by drug deposition, increased airway pressure",
               "Disconnection or leak of the breathing circuit at the T-adapter", "Underdosing by device failure (mesh clogging)",
               "Exposure of staff to exhaled antibiotic aerosol"),
            p("6.1 The benefit-risk is judged positive for the intended population."),
            h(1, "7 PMCF"),
            p("7.1 See PMCF-AMX-001 Rev. 1.0: prospective observational study, n = 220."),
            h(1, "References"),
            ol("Rello J, Solé-Lleonart C, Rouby JJ, et al. Use of nebulized antimicrobials for the treatment of respiratory infections in invasively mechanically ventilated adults: a position paper from the ESCMID. Clin Microbiol Infect 2017;23:629-639.",
               "Niederman MS, Alder J, Bassetti M, et al. Inhaled amikacin adjunctive to intravenous standard-of-care antibiotics in mechanically ventilated patients with Gram-negative pneumonia (INHALE). Lancet Infect Dis 2020;20:330-340.",
               "Labiris NR, Dolovich MB. Pulmonary drug delivery. Part I. Br J Clin Pharmacol 2003;56:588-599."),
        ])


def pmcf():
    return doc(
        "PMCF Plan – AeroMesh VX (PMCF-AMX-001)",
        "PMCF-AMX-001 Rev. 1.0 – 03.02.2025",
        [
            kv(("Device", "AeroMesh VX, Basic UDI-DI " + UDI), ("CER", "CER-AMX-001 Rev. 2.0"),
               ("Revision", "1.0, 2025-02-03")),
            h(1, "1 Objectives"),
            ul("REQ-PMCF-01: confirm the rate of device-related SAEs (filter occlusion, bronchospasm) ≤ 2 %",
               "REQ-PMCF-02: confirm performance in children 2–15 years (only 24 children in MESH-VAP)",
               "REQ-PMCF-03: identify off-label use, e.g. with HME or suspensions"),
            h(1, "2 Design and population"),
            p("Prospective, multicentre observational study. Population: " + Q_HOME_PMCF + ", who receive inhaled "
              "antibiotics for chronic Pseudomonas colonisation. Sites: 4 home care providers in NL and BE."),
            h(1, "3 Sample size"),
            p("n = 220 (≥ 60 children). With an expected device-related SAE rate of 1 %, the upper limit of the 95 % CI is "
              "below 3 % with 220 patients."),
            h(1, "4 Timeline"),
            t([["Milestone", "Date"], ["Start of enrolment", "Q3/2025"], ["Interim report", "Q3/2026"], ["Final report", "Q4/2027"]],
              widths=(50, 50)),
        ])


def ifu_en():
    return doc(
        "AeroMesh VX – Instructions for Use",
        "IFU-AMX-EN v3 – 2025-01",
        [
            p("Manufacturer: " + MFR + ". Basic UDI-DI " + UDI + ". CE 2964."),
            h(1, "Intended purpose"),
            p("AeroMesh VX is intended for the nebulisation of antibiotic solutions approved for inhalation into the "
              "inspiratory limb of the ventilator circuit of invasively ventilated patients."),
            h(1, "Patient population"),
            p("Adults and children from 2 years of age with a body weight of at least 10 kg."),
            h(1, "Environment"),
            p(Q_ICU_IFU),
            h(1, "Contraindications"),
            ul("Use with a heat and moisture exchanger (HME) between nebuliser and patient",
               "Medicinal products not approved for nebulisation", "Suspensions or viscous solutions"),
            h(1, "Warnings"),
            ul(Q_WARN_EN, "Replace the expiratory filter every 24 hours or earlier if airway pressure rises.",
               "Monitor the patient for bronchospasm during nebulisation."),
            h(1, "Refilling the medication cup"),
            p("If the medication cup must be refilled during therapy, " + Q_REFILL_EN + ". Then reconnect the patient "
              "and restart the ventilator."),
            h(1, "Side effects and residual risks"),
            ul("Bronchospasm", "Expiratory filter occlusion with increased airway pressure", "Circuit leak or disconnection",
               "Underdosing due to mesh clogging", "Exposure of staff to exhaled aerosol"),
            h(1, "Technical data"),
            kv(("Particle size", Q_MMAD_IFU), ("Output rate", "≥ 0,3 ml/min"), ("Max. fill volume", "10 ml"),
               ("Residual volume", "≤ 0,1 ml"), ("Adapters", "22 mm (adult), 15 mm (paediatric)"),
               ("Battery", "4 h operating time")),
        ])


def ifu_fr():
    return doc(
        "AeroMesh VX – Notice d'utilisation",
        "IFU-AMX-FR v3 – 2025-01",
        [
            p("Fabricant : Pneumedica B.V., Eindhoven, Pays-Bas. IUD-ID de base " + UDI + ". CE 2964."),
            h(1, "Destination"),
            p("AeroMesh VX est destiné à la nébulisation de solutions d'antibiotiques autorisées pour l'inhalation dans la "
              "branche inspiratoire du circuit du ventilateur de patients sous ventilation invasive."),
            h(1, "Population de patients"),
            p("Adultes et enfants à partir de 2 ans pesant au moins 10 kg."),
            h(1, "Environnement"),
            p("Uniquement en unités de soins intensifs hospitalières. Ne pas utiliser en ventilation à domicile."),
            h(1, "Contre-indications"),
            ul("Utilisation avec un échangeur de chaleur et d'humidité (ECH) entre le nébuliseur et le patient",
               "Médicaments non autorisés pour la nébulisation", "Suspensions ou solutions visqueuses"),
            h(1, "Avertissements"),
            ul("Ne pas ouvrir le circuit respiratoire pendant la ventilation mécanique ; utiliser l'orifice de remplissage du réservoir.",
               "Remplacer le filtre expiratoire toutes les 24 heures ou plus tôt en cas d'augmentation de la pression des voies aériennes.",
               "Surveiller le patient pour détecter un bronchospasme pendant la nébulisation."),
            h(1, "Remplissage du réservoir"),
            p("Si le réservoir doit être rempli pendant le traitement, " + Q_REFILL_FR + ". Reconnecter ensuite le "
              "patient et redémarrer le ventilateur."),
            h(1, "Effets indésirables et risques résiduels"),
            ul("Bronchospasme", "Obstruction du filtre expiratoire avec augmentation de la pression des voies aériennes",
               "Fuite ou déconnexion du circuit", "Sous-dosage par colmatage de la membrane",
               "Exposition du personnel à l'aérosol expiré"),
            h(1, "Caractéristiques techniques"),
            kv(("Taille des particules", "DAMM 9,5 µm (ÉGT 1,8), mesuré avec amikacine 250 mg/ml"),
               ("Débit de nébulisation", "≥ 0,3 ml/min"), ("Volume de remplissage max.", "10 ml"),
               ("Volume résiduel", "≤ 0,1 ml"), ("Adaptateurs", "22 mm (adulte), 15 mm (pédiatrique)")),
        ])


def ifu_nl():
    return doc(
        "AeroMesh VX – Gebruiksaanwijzing",
        "IFU-AMX-NL v3 – 2025-01",
        [
            p("Fabrikant: Pneumedica B.V., Eindhoven. Basis-UDI-DI " + UDI + ". CE 2964."),
            h(1, "Beoogd doel"),
            p("AeroMesh VX is bedoeld voor het vernevelen van voor inhalatie goedgekeurde antibioticaoplossingen in de "
              "inspiratoire tak van het beademingscircuit van invasief beademde patiënten."),
            h(1, "Patiëntenpopulatie"),
            p("Volwassenen en kinderen vanaf 2 jaar met een lichaamsgewicht van ten minste 10 kg."),
            h(1, "Gebruiksomgeving"),
            p("Uitsluitend voor gebruik op intensive-care-afdelingen van ziekenhuizen. Niet voor thuisbeademing."),
            h(1, "Contra-indicaties"),
            ul("Gebruik met een warmte- en vochtwisselaar (HME) tussen vernevelaar en patiënt",
               "Geneesmiddelen die niet zijn goedgekeurd voor verneveling", "Suspensies of viskeuze oplossingen"),
            h(1, "Waarschuwingen"),
            ul("Open het beademingscircuit niet tijdens mechanische beademing; gebruik de vulopening van het medicatiereservoir.",
               "Vervang het expiratoire filter elke 24 uur of eerder bij stijgende luchtwegdruk.",
               "Controleer de patiënt tijdens het vernevelen op bronchospasme."),
            h(1, "Bijvullen van het medicatiereservoir"),
            p("Als het reservoir tijdens de therapie moet worden bijgevuld, " + Q_REFILL_NL + ". Sluit daarna de patiënt "
              "weer aan en start de beademingsmachine opnieuw."),
            h(1, "Bijwerkingen en restrisico's"),
            ul("Bronchospasme", "Verstopping van het expiratoire filter met verhoogde luchtwegdruk", "Lekkage of loskoppeling van het circuit",
               "Onderdosering door verstopping van het membraan", "Blootstelling van personeel aan uitgeademde aerosol"),
            h(1, "Technische gegevens"),
            t([["Parameter", "Waarde"], ["Deeltjesgrootte", "MMAD 9,5 µm (GSD 1,8), gemeten met amikacine 250 mg/ml"],
               ["Vernevelsnelheid", "≥ 0,3 ml/min"], ["Max. vulvolume", "10 ml"], ["Restvolume", "≤ 0,1 ml"]],
              widths=(35, 65)),
        ])


def cear():
    return doc(
        "Clinical Evaluation Assessment Report",
        "Certimedis Benelux – NB 2964 – CEAR/AMX/2025-031 – 17.03.2025",
        [
            h(1, "A Administrative particulars"),
            t([["Item", "Entry"], ["Device", "AeroMesh VX in-line vibrating-mesh nebuliser system (AMX-C, AMX-N)"],
               ["Manufacturer", "Pneumedica B.V. (" + SRN + ")"], ["Basic UDI-DI", UDI],
               ["Documents", "CEP-AMX-001 Rev. 1.2; CER-AMX-001 Rev. 2.0; PMCF-AMX-001 Rev. 1.0; IFU-AMX v3 (EN, FR, NL)"]],
              widths=(25, 75)),
            h(1, "C Classification and intended purpose"),
            p(Q_SCOPE_CEAR + " with a dose depending on output rate and mesh integrity is regarded as potentially hazardous. "
              "The manufacturer's classification as class IIa is not followed."),
            p("Intended purpose (NB summary): nebulisation of approved antibiotic solutions into the ventilator circuit of "
              "invasively ventilated adults and children ≥ 2 years / ≥ 10 kg in the ICU."),
            h(1, "E Clinical data"),
            p("MESH-VAP (n = 110) supports performance and safety; paediatric subgroup small (n = 24)."),
            h(1, "I Art. 54"),
            p(Q_SCOPE_CEAR2 + " Panel: respiratory, anaesthesiology, intensive care."),
        ], font="serif")


def files():
    return [
        F("CEP-AMX-001_R1.2.docx", "CEP", "en", cep()),
        F("CER-AMX-001_R2.0.pdf", "CER", "en", cer()),
        F("PMCF-AMX-001_R1.0.docx", "PMCF-plan", "en", pmcf()),
        F("IFU-AMX-EN_v3.pdf", "IFU", "en", ifu_en()),
        F("IFU-AMX-FR_v3.pdf", "IFU", "fr", ifu_fr()),
        F("IFU-AMX-NL_v3.md", "IFU", "nl", ifu_nl()),
        F("CEAR-AMX-2025-031.docx", "CEAR", "en", cear()),
    ]


LABELS = [
    L("class_iia_vs_iib_cecp_applicability", "scope", ["CER-AMX-001_R2.0.pdf", "CEAR-AMX-2025-031.docx"],
      [Q_SCOPE_CER, Q_SCOPE_CER2, Q_SCOPE_CEAR, Q_SCOPE_CEAR2],
      "The CER classifies the nebuliser as IIa (Rule 12) and declares the CECP not applicable; the CEAR classifies it "
      "as IIb active device administering a medicinal product and initiates the CECP under Art. 54(1)(b)."),
    L("mmad_too_large_for_alveolar_deposition", "plausibility", ["CER-AMX-001_R2.0.pdf", "IFU-AMX-EN_v3.pdf"],
      [Q_MMAD_CER, Q_MMAD_IFU],
      "An MMAD of 9,5 µm deposits mainly in the circuit and upper airways; lower-airway/alveolar deposition needs about "
      "1-5 µm (the CER's own SOTA section says so). The stated particle size cannot serve the claimed purpose.",
      accept=["claim", "specification"]),
    L("pmcf_recruits_home_ventilation", "care-setting", ["PMCF-AMX-001_R1.0.docx", "IFU-AMX-EN_v3.pdf"],
      [Q_HOME_PMCF, Q_ICU_IFU],
      "The device is restricted to hospital ICUs and excluded from home ventilation, but the PMCF study recruits "
      "home-ventilated patients through home care providers.", accept=["pmcf", "intended-use"]),
    L("refill_by_interrupting_ventilation", "safety-instruction",
      ["IFU-AMX-EN_v3.pdf", "IFU-AMX-FR_v3.pdf", "IFU-AMX-NL_v3.md"],
      [Q_REFILL_EN, Q_REFILL_FR, Q_REFILL_NL, Q_WARN_EN],
      "The refill instruction tells users to disconnect the patient and pause life-sustaining ventilation, although "
      "the cup has a closed refill port and the warning forbids opening the circuit."),
]

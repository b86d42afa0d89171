"""h02: paediatric and neonatal intensive-care ventilator, defective."""

from .base import Doc, Dossier, Label

MFR = "Lorentz Atemtechnik GmbH"
ADDR = "Holtenauer Straße 188, 24105 Kiel, Germany"
UDI = "4260512AVENOP3K8"

# planted snippets -------------------------------------------------------------------------
Q_CER_POP = "neonates from 0,5 kg body weight, infants and children up to 30 kg"
Q_CER_VT = "set tidal volume from 20 ml up to 300 ml"
Q_IFU_VT = "20 – 300 ml (volume-guaranteed and volume-controlled modes)"
Q_IFU_POP_EN = "patients with a body weight from 0,5 kg up to 30 kg"
Q_IFU_POP_FR = "patients d'un poids corporel de 0,5 kg jusqu'à 50 kg"
Q_ALARM_EN = "the apnoea alarm may be switched off by the nurse for up to 30 minutes"
Q_ALARM_DE = "darf der Apnoe-Alarm von der Pflegekraft für bis zu 30 Minuten ausgeschaltet werden"
Q_ALARM_FR = "l'alarme d'apnée peut être désactivée par l'infirmière pendant 30 minutes au maximum"
Q_SETTING_IFU = "exclusively in neonatal and paediatric intensive care units and during intra-hospital transport"
Q_SETTING_PMCF = "children on long-term ventilation at home, recruited through two paediatric home-care providers"


def cep():
    return [
        ("title", "AVENO P3 – Clinical Evaluation Plan"),
        ("meta", [("Doc-ID", "LA-CEP-0412"), ("Issue", "B"), ("Date", "2024-06-03"), ("Author", "Clinical Affairs, Kiel")]),
        ("h", 1, "§1 Device and classification"),
        ("p", "The AVENO P3 is a microprocessor-controlled intensive care ventilator for neonatal and "
              "paediatric patients, which can be used invasively (via endotracheal tube or tracheostomy "
              "tube) and non-invasively (via nasal prongs, nasal mask or face mask). Since the device "
              "administers medical oxygen, a medicinal gas, it is classified IIb under Rule 12 of Annex "
              "VIII, and the consultation procedure of Article 54(1)(b) MDR has to be expected; no "
              "exemption applies, the AVENO P3 being a new design and not a modification of a device of "
              "ours already on the market."),
        ("h", 1, "§2 Intended purpose, target group"),
        ("p", "Ventilatory support of neonates, infants and children with respiratory failure or "
              "insufficiency, body weight 0,5 kg – 30 kg, in neonatal and paediatric ICUs and during "
              "intra-hospital transport. Contra-indications: none specific to the device beyond the "
              "general contraindications of positive-pressure ventilation; non-invasive modes are not to "
              "be used in patients without spontaneous breathing or with facial malformations "
              "preventing a seal."),
        ("h", 1, "§3 Clinical benefits and parameters"),
        ("ul", ["Adequate gas exchange: SpO2 within the target range set by the clinician and pCO2 35–55 mmHg during 90 % of ventilation time.",
                "Reduced need for re-intubation after extubation to NIPPV (descriptive, compared with published rates).",
                "Synchrony: proportion of triggered breaths in patient-triggered modes."]),
        ("h", 1, "§4 Acceptance criteria"),
        ("p", "Performance is considered acceptable when the gas-exchange target is reached in ≥ 85 % of "
              "patients and the rate of serious adverse device effects (pneumothorax attributable to "
              "ventilator malfunction, unintended disconnection not alarmed) is 0 %. Rates of "
              "pneumothorax and bronchopulmonary dysplasia are compared descriptively with the "
              "literature of the state of the art."),
        ("h", 1, "§5 Methods and clinical development"),
        ("p", "Systematic literature review (PubMed, Embase, Cochrane) for state of the art; own clinical "
              "investigation AVENO-NEO in three German NICUs/PICUs; post-market clinical follow-up as per "
              "PMCF plan LA-PMCF-0413. Equivalence is not claimed."),
    ]


def cer():
    rows = [
        ["AVENO-NEO (own CI, 2023)", "Prospective, 3 centres (Kiel, Lübeck, Hamburg); neonates and children 0,62–24 kg; invasive and NIV", "64", "until extubation / 28 days",
         "Gas-exchange target reached in 57/64 (89 %); no unalarmed disconnection; 2 pneumothoraces, not device related"],
        ["Klingenberg 2017", "Cochrane review, volume-targeted vs pressure-limited ventilation in neonates", "20 RCTs, 1065", "to discharge",
         "Volume targeting reduced death or BPD (RR 0.73)"],
        ["Sweet 2023", "European consensus guidelines on RDS", "–", "–", "Recommendations on NIV and lung-protective settings"],
        ["Rimensberger 2023 (PALICC-2)", "Paediatric ARDS consensus", "–", "–", "VT 4–8 ml/kg predicted body weight"],
        ["Lemyre 2017", "Cochrane review, NIPPV vs nCPAP after extubation in preterm infants", "10 RCTs, 1431", "1 week",
         "Extubation failure reduced with NIPPV (RR 0.70)"],
    ]
    return [
        ("title", "Clinical Evaluation Report AVENO P3 Ventilator"),
        ("meta", [("Doc-ID", "LA-CER-0414"), ("Issue", "C"), ("Date", "2025-01-20"), ("Basic UDI-DI", UDI)]),
        ("h", 1, "§1 Summary"),
        ("p", "With the data of our own investigation AVENO-NEO and the literature of the state of the art, "
              "the clinical safety and performance of the AVENO P3 for its intended purpose is shown, and "
              "its benefit-risk ratio is judged as acceptable."),
        ("h", 1, "§2 Description of the device"),
        ("p", "The AVENO P3 is a turbine-free ventilator operated from the central gas supply (air and oxygen, "
              "2,8–6 bar), with an internal battery giving 90 min autonomy for intra-hospital transport. "
              "Available modes are PC-A/C, PC-SIMV, PSV, volume guarantee (VG), volume control (VC), CPAP, "
              "nCPAP and NIPPV; the expiratory flow is measured by a hot-wire sensor at the expiratory valve. "
              f"Ranges of the most relevant parameters: inspiratory pressure 5–60 cmH2O, PEEP 0–20 cmH2O, "
              f"{Q_CER_VT}, frequency 5–150 /min, FiO2 0,21–1,0."),
        ("h", 1, "§3 Intended purpose"),
        ("p", "The ventilator is intended for invasive ventilation via endotracheal or tracheostomy tube and "
              "for non-invasive ventilation via nasal prongs or masks of "
              f"{Q_CER_POP}, who suffer from acute or chronic respiratory insufficiency, in the neonatal and "
              "paediatric intensive care unit and during transport inside the hospital. Users are "
              "physicians, nurses and respiratory therapists trained on the device."),
        ("h", 1, "§4 State of the art"),
        ("p", "Neonatal and paediatric mechanical ventilation has moved in the last two decades towards "
              "volume-targeted modes, lung-protective tidal volumes (4–6 ml/kg in preterm neonates, 4–8 "
              "ml/kg in children) and early non-invasive support after extubation; these principles, "
              "found in the European consensus on RDS and in PALICC-2, constitute the benchmark against "
              "which the AVENO P3 is evaluated. Alternatives are other ICU ventilators with neonatal "
              "capability and, for NIV, dedicated CPAP drivers."),
        ("h", 1, "§5 Clinical data"),
        ("p", "The literature search (PubMed, Embase, Cochrane Library, 2013–2024) gave 736 hits, of which 22 "
              "were retained; the own clinical investigation AVENO-NEO was conducted according to EN ISO "
              "14155 (CIV-DE-22-09-041277). The main data sets are listed in the following table."),
        ("table", "Table 1: Clinical data", ["Source", "Design / population", "N", "Follow-up", "Results"], rows),
        ("p", "In AVENO-NEO, 38 of the 64 patients were neonates (median 1,9 kg, smallest 620 g), 26 were "
              "infants and children (maximum 24 kg); 41 were ventilated invasively, 23 non-invasively, and "
              "12 were transported within the hospital while on the ventilator. The gas exchange target "
              "(acceptance criterion ≥ 85 %) was reached in 89 % of patients, and no serious adverse device "
              "effect occurred, so that both criteria of the CEP are fulfilled. Pneumothorax (3,1 %) and "
              "BPD at 36 weeks in the preterm subgroup (24 %) are within the published ranges."),
        ("h", 1, "§6 Benefit-risk, residual risks"),
        ("p", "Residual risks identified in the risk management file LA-RMF-0398 are barotrauma and "
              "volutrauma, hypo- and hyperoxaemia, unintended disconnection or extubation, nasal trauma with "
              "prongs and masks, gas supply failure and battery depletion during transport. They are "
              "controlled by alarms and by the instructions in the IFU. The benefit of adequate gas "
              "exchange with lung-protective settings outweighs these risks."),
        ("h", 1, "§7 PMCF"),
        ("p", "PMCF is conducted according to LA-PMCF-0413 (prospective observational study, 150 patients)."),
        ("h", 1, "§8 References"),
        ("ol", ["Lorentz Atemtechnik. AVENO-NEO clinical investigation report, LA-CIR-0402, 2024.",
                "Klingenberg C, et al. Volume-targeted versus pressure-limited ventilation in neonates. Cochrane Database Syst Rev 2017;10:CD003666.",
                "Sweet DG, et al. European consensus guidelines on the management of respiratory distress syndrome: 2022 update. Neonatology 2023;120:3-23.",
                "Rimensberger PC, et al. Ventilatory support in children with pediatric acute respiratory distress syndrome: PALICC-2. Pediatr Crit Care Med 2023;24:S143-S168.",
                "Lemyre B, et al. Nasal intermittent positive pressure ventilation versus nasal CPAP for preterm neonates after extubation. Cochrane Database Syst Rev 2017;2:CD003212."]),
    ]


def pmcf():
    return [
        ("title", "PMCF Plan – AVENO P3"),
        ("meta", [("Doc-ID", "LA-PMCF-0413"), ("Issue", "A"), ("Date", "2024-11-15"), ("CER reference", "LA-CER-0414 Issue C")]),
        ("h", 1, "1. General"),
        ("p", f"Manufacturer {MFR}, {ADDR}. Device AVENO P3, Basic UDI-DI {UDI}, class IIb (Rule 12), "
              "expected service life 10 years. Not a novel device type."),
        ("h", 1, "2. Objectives"),
        ("p", "The PMCF study has the objective to confirm the safety and performance of the AVENO P3 in "
              "routine use, in particular the frequency of unintended disconnections and nasal injuries "
              "under NIV, the performance of volume guarantee in the smallest patients, and the "
              "behaviour of the battery during patient transport, which are the residual risks named in "
              "the CER."),
        ("h", 1, "3. Design and population"),
        ("p", "Prospective, observational, multicentre study. The study population consists of neonates and "
              "children ventilated with the AVENO P3 in four intensive care units in Germany and Austria, "
              f"and, as a second cohort, of {Q_SETTING_PMCF}, so that the long-term use of the device can be "
              "observed as well."),
        ("h", 1, "4. Sample size and endpoints"),
        ("p", "150 patients (110 ICU, 40 home). With 150 patients, an adverse event with a true frequency of 2 % "
              "is observed at least once with a probability of 95 %. Endpoints: unintended disconnection, "
              "nasal injury (grade ≥ 2), achievement of the gas-exchange target, alarms, device "
              "deficiencies."),
        ("h", 1, "5. Timeline"),
        ("p", "Start Q2 2025, end of enrolment Q4 2026, annual PMCF evaluation report, final report Q2 2027."),
        ("h", 1, "6. General PMCF methods"),
        ("p", "Literature screening twice per year; analysis of complaints and service reports; customer "
              "feedback from application specialists."),
    ]


def ifu_en():
    return [
        ("title", "AVENO P3 Ventilator – Instructions for Use (excerpt: clinical sections)"),
        ("p", f"{MFR}, {ADDR} · Basic UDI-DI {UDI} · CE 2977"),
        ("h", 1, "1 Intended purpose"),
        ("p", "The AVENO P3 is intended for the invasive ventilation (endotracheal tube, tracheostomy tube) and "
              "non-invasive ventilation (nasal prongs, nasal mask, face mask) of neonates, infants and "
              f"children, {Q_IFU_POP_EN}, with respiratory insufficiency. The ventilator is to be used "
              f"{Q_SETTING_IFU}, by trained clinical staff. It is not intended for home care."),
        ("h", 1, "2 Contraindications"),
        ("p", "Non-invasive modes must not be used in patients without reliable spontaneous breathing, with "
              "facial malformations preventing a seal, or with untreated pneumothorax. No further "
              "contraindications are known beyond those of positive-pressure ventilation."),
        ("h", 1, "3 Warnings"),
        ("ul", ["Always keep a manual resuscitation bag with mask at the bedside.",
                "Never leave a ventilated patient unattended.",
                "Check the alarm limits after every change of mode or patient.",
                "Use only the patient circuits listed in chapter 9; other circuits may change compliance and volume accuracy.",
                "The ventilator must not be used in the MRI environment."]),
        ("h", 1, "4 Alarms during care procedures"),
        ("p", "During kangaroo care or closed suctioning, frequent alarms may disturb the infant and the "
              f"parents. In this situation {Q_ALARM_EN}; it is reactivated automatically afterwards. All "
              "other alarms remain active."),
        ("h", 1, "5 Technical data"),
        ("table", None, ["Parameter", "Range"], [
            ["Tidal volume", Q_IFU_VT],
            ["Inspiratory pressure", "5 – 60 cmH2O"],
            ["PEEP / CPAP", "0 – 20 cmH2O"],
            ["Frequency", "5 – 150 /min"],
            ["FiO2", "21 – 100 %"],
            ["Flow measurement", "hot-wire sensor, expiratory"],
            ["Battery autonomy", "90 min"],
        ]),
        ("h", 1, "6 Side effects"),
        ("p", "Barotrauma, volutrauma, pneumothorax, hypo- or hyperoxaemia, hypo- or hypercapnia, nasal "
              "skin and septum injury under NIV, ventilator-associated pneumonia."),
    ]


def ifu_de():
    return [
        ("title", "AVENO P3 Beatmungsgerät – Gebrauchsanweisung (Auszug: klinische Kapitel)"),
        ("p", f"{MFR}, {ADDR} · Basis-UDI-DI {UDI} · CE 2977"),
        ("h", 1, "1 Zweckbestimmung"),
        ("p", "Das AVENO P3 ist bestimmt für die invasive Beatmung (Endotrachealtubus, Trachealkanüle) und die "
              "nicht-invasive Beatmung (Nasenprongs, Nasenmaske, Gesichtsmaske) von Neugeborenen, "
              "Säuglingen und Kindern mit einem Körpergewicht von 0,5 kg bis 30 kg mit respiratorischer "
              "Insuffizienz. Das Gerät wird ausschließlich auf neonatologischen und pädiatrischen "
              "Intensivstationen sowie beim innerklinischen Transport durch geschultes Personal "
              "angewendet. Es ist nicht für die Heimbeatmung bestimmt."),
        ("h", 1, "2 Kontraindikationen"),
        ("p", "Nicht-invasive Modi dürfen nicht angewendet werden bei Patienten ohne zuverlässige "
              "Spontanatmung, mit Gesichtsfehlbildungen, die eine Abdichtung verhindern, oder mit "
              "unbehandeltem Pneumothorax. Darüber hinaus sind keine weiteren Kontraindikationen als die der "
              "Überdruckbeatmung bekannt."),
        ("h", 1, "3 Warnhinweise"),
        ("ul", ["Halten Sie stets einen Handbeatmungsbeutel mit Maske am Bett bereit.",
                "Lassen Sie einen beatmeten Patienten niemals unbeaufsichtigt.",
                "Prüfen Sie die Alarmgrenzen nach jedem Modus- oder Patientenwechsel.",
                "Verwenden Sie nur die in Kapitel 9 aufgeführten Patientenschläuche; andere Schläuche können die Compliance und die Volumengenauigkeit verändern.",
                "Das Gerät darf nicht in der MRT-Umgebung verwendet werden."]),
        ("h", 1, "4 Alarme bei Pflegemaßnahmen"),
        ("p", "Beim Känguruhen oder beim geschlossenen Absaugen können häufige Alarme das Kind und die Eltern "
              f"stören. In dieser Situation {Q_ALARM_DE}; danach wird er automatisch wieder aktiviert. Alle "
              "übrigen Alarme bleiben aktiv."),
        ("h", 1, "5 Technische Daten"),
        ("table", None, ["Parameter", "Bereich"], [
            ["Tidalvolumen", "20 – 300 ml (volumengarantierte und volumenkontrollierte Modi)"],
            ["Inspirationsdruck", "5 – 60 cmH2O"],
            ["PEEP / CPAP", "0 – 20 cmH2O"],
            ["Frequenz", "5 – 150 /min"],
            ["FiO2", "21 – 100 %"],
            ["Flussmessung", "Hitzdrahtsensor, exspiratorisch"],
            ["Akkulaufzeit", "90 min"],
        ]),
        ("h", 1, "6 Nebenwirkungen"),
        ("p", "Barotrauma, Volutrauma, Pneumothorax, Hypo- oder Hyperoxämie, Hypo- oder Hyperkapnie, "
              "Verletzungen von Nasenhaut und Septum unter NIV, beatmungsassoziierte Pneumonie."),
    ]


def ifu_fr():
    return [
        ("title", "Ventilateur AVENO P3 – Mode d'emploi (extrait : chapitres cliniques)"),
        ("p", f"{MFR}, {ADDR} · IUD-ID de base {UDI} · CE 2977"),
        ("h", 1, "1 Destination"),
        ("p", "L'AVENO P3 est destiné à la ventilation invasive (sonde endotrachéale, canule de trachéotomie) et "
              "à la ventilation non invasive (canules nasales, masque nasal, masque facial) des "
              f"nouveau-nés, nourrissons et enfants, {Q_IFU_POP_FR}, présentant une insuffisance "
              "respiratoire. Le ventilateur est utilisé exclusivement dans les unités de soins intensifs "
              "néonatals et pédiatriques et lors du transport intrahospitalier, par un personnel formé. Il "
              "n'est pas destiné aux soins à domicile."),
        ("h", 1, "2 Contre-indications"),
        ("p", "Les modes non invasifs ne doivent pas être utilisés chez les patients sans respiration "
              "spontanée fiable, présentant des malformations faciales empêchant l'étanchéité, ou un "
              "pneumothorax non traité. Aucune autre contre-indication n'est connue en dehors de celles de "
              "la ventilation en pression positive."),
        ("h", 1, "3 Avertissements"),
        ("ul", ["Gardez toujours un ballon de réanimation manuelle avec masque au chevet du patient.",
                "Ne laissez jamais un patient ventilé sans surveillance.",
                "Vérifiez les limites d'alarme après chaque changement de mode ou de patient.",
                "Utilisez uniquement les circuits patient indiqués au chapitre 9 ; d'autres circuits peuvent modifier la compliance et la précision des volumes.",
                "Le ventilateur ne doit pas être utilisé dans l'environnement IRM."]),
        ("h", 1, "4 Alarmes pendant les soins"),
        ("p", "Pendant le peau-à-peau ou l'aspiration en système clos, des alarmes fréquentes peuvent "
              f"perturber l'enfant et les parents. Dans ce cas, {Q_ALARM_FR} ; elle est ensuite réactivée "
              "automatiquement. Toutes les autres alarmes restent actives."),
        ("h", 1, "5 Caractéristiques techniques"),
        ("table", None, ["Paramètre", "Plage"], [
            ["Volume courant", "20 – 300 ml (modes à volume garanti et à volume contrôlé)"],
            ["Pression inspiratoire", "5 – 60 cmH2O"],
            ["PEP / CPAP", "0 – 20 cmH2O"],
            ["Fréquence", "5 – 150 /min"],
            ["FiO2", "21 – 100 %"],
            ["Mesure du débit", "capteur à fil chaud, expiratoire"],
            ["Autonomie de la batterie", "90 min"],
        ]),
        ("h", 1, "6 Effets indésirables"),
        ("p", "Barotraumatisme, volotraumatisme, pneumothorax, hypo- ou hyperoxémie, hypo- ou hypercapnie, "
              "lésions cutanées et de la cloison nasale sous VNI, pneumopathie acquise sous ventilation."),
    ]


def cear():
    return [
        ("title", "Clinical Evaluation Assessment Report – AVENO P3"),
        ("meta", [("Notified Body", "Hanse Zertifizierung GmbH (NB 2977)"), ("File", "HZ-MDR-24-1180"),
                  ("Date", "2025-02-27"), ("Risk class", "IIb, Rule 12")]),
        ("h", 1, "A. Administrative particulars"),
        ("p", f"Manufacturer: {MFR}, SRN DE-MF-000031876. Device: AVENO P3 intensive care ventilator, Basic "
              f"UDI-DI {UDI}. Initial conformity assessment. Documents: LA-CEP-0412 Issue B, LA-CER-0414 "
              "Issue C, LA-PMCF-0413 Issue A, IFU in English, German and French."),
        ("h", 1, "C. Device description and intended purpose"),
        ("p", "Ventilator for invasive (endotracheal, tracheostomy) and non-invasive (nasal prongs, masks) "
              "ventilation of neonates, infants and children from 0,5 kg to 30 kg body weight in neonatal "
              "and paediatric ICUs and during intra-hospital transport. Modes PC-A/C, PC-SIMV, PSV, VG, VC, "
              "CPAP, nCPAP, NIPPV."),
        ("h", 1, "E. Clinical investigations"),
        ("p", "AVENO-NEO (64 patients) was assessed; the acceptance criteria of the CEP are reported in the "
              "CER and met."),
        ("h", 1, "F. PMCF"),
        ("p", "A prospective observational study of 150 patients with annual reporting is planned."),
        ("h", 1, "H. Conclusions"),
        ("p", "The NB considers the clinical evidence sufficient and the benefit-risk acceptable, subject to "
              "the PMCF."),
        ("h", 1, "I. Consultation procedure"),
        ("p", "Article 54(1)(b) applies (class IIb active device administering a medicinal product, medical "
              "oxygen, Rule 12). No exemption. Proposed panel: respiratory, anaesthesiology and intensive care."),
    ]


def build():
    docs = [
        Doc("AVENO-P3_CEP_IssueB.md", "CEP", "en", cep(), "LA-CEP-0412"),
        Doc("AVENO-P3_CER_IssueC.docx", "CER", "en", cer(), "Lorentz Atemtechnik – LA-CER-0414"),
        Doc("AVENO-P3_PMCF-Plan.pdf", "PMCF-plan", "en", pmcf(), "LA-PMCF-0413 Issue A", "condensed"),
        Doc("IFU_AVENO-P3_en.pdf", "IFU", "en", ifu_en(), "AVENO P3 – IFU – en"),
        Doc("GA_AVENO-P3_de.pdf", "IFU", "de", ifu_de(), "AVENO P3 – Gebrauchsanweisung – de"),
        Doc("NU_AVENO-P3_fr.pdf", "IFU", "fr", ifu_fr(), "AVENO P3 – Mode d'emploi – fr"),
        Doc("CEAR_HZ-MDR-24-1180.pdf", "CEAR", "en", cear(), "Hanse Zertifizierung GmbH – confidential", "serif"),
    ]
    cer_n, ifu_en_n, ifu_de_n, ifu_fr_n = docs[1].name, docs[3].name, docs[4].name, docs[5].name
    labels = [
        Label("min_tidal_volume_unsuitable_for_smallest_neonates", "plausibility", [cer_n, ifu_en_n],
              [Q_CER_POP, Q_CER_VT, Q_IFU_VT],
              "The lowest settable tidal volume (20 ml) corresponds to 40 ml/kg at the lowest stated body "
              "weight of 0,5 kg, far above lung-protective 4-6 ml/kg; the device cannot serve the smallest "
              "neonates it claims in volume-targeted modes, and only a distal expiratory sensor is fitted.",
              ["specification", "population"]),
        Label("apnoea_alarm_switched_off_during_care", "safety-instruction", [ifu_en_n, ifu_de_n, ifu_fr_n],
              [Q_ALARM_EN, Q_ALARM_DE, Q_ALARM_FR],
              "The IFU instructs staff to switch off the apnoea alarm of a life-sustaining ventilator for up "
              "to 30 minutes in neonates, contradicting the warning never to leave a ventilated patient "
              "unattended.", []),
        Label("pmcf_home_cohort_for_icu_only_ventilator", "care-setting", [ifu_en_n, "AVENO-P3_PMCF-Plan.pdf"],
              [Q_SETTING_IFU, Q_SETTING_PMCF],
              "The PMCF plan recruits a cohort of home-ventilated children although the IFU restricts use to "
              "ICUs and intra-hospital transport and excludes home care.", ["pmcf"]),
        Label("french_ifu_upper_weight_50kg", "language", [ifu_en_n, ifu_fr_n],
              [Q_IFU_POP_EN, Q_IFU_POP_FR],
              "The French IFU widens the upper body-weight limit to 50 kg while the English IFU (and CER, "
              "CEAR, German IFU) state 30 kg.", ["population"]),
    ]
    return Dossier("h02_neonatal_paediatric_ventilator", "AVENO P3 neonatal and paediatric intensive care ventilator",
                   "IIb", False, docs, labels)

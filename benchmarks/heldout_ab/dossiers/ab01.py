TRADE = "NodeLink LP1"
SPEC = dict(
    id="ab01", short="leadless_pacemaker", trade=TRADE, desc="leadless transcatheter cardiac pacemaker (VVIR)",
    manufacturer="Halvorsen Cardiac Systems, Inc.", address="4100 Nicollet Avenue, Minneapolis, MN 55409, USA",
    klass="III", rule="Rule 8, active implantable device", cecp=True,
    models="LP1-VR (pacemaker), LP1-DS delivery system", udi="0885432LP1VR7K",
    nb="PolCert Medical Sp. z o.o., Notified Body 2965, Warsaw",
    codes={"CEP": ("CEP-LP1-0007", "Rev. B", "01/20/2025"), "CER": ("CER-LP1-0011", "Rev. C", "03/03/2025"),
           "PMCF": ("PMCF-PLN-LP1-004", "Rev. A", "02/27/2025"), "IFU-en": ("DFU-LP1-EN", "Revision D", "February 14, 2025"),
           "IFU-de": ("DFU-LP1-DE", "Revision D", "14.02.2025"), "IFU-fr": ("DFU-LP1-FR", "Revision D", "14/02/2025"),
           "SSCP": ("SSCP-LP1-002", "Rev. A", "03/10/2025"), "CEAR": ("PMC/CEAR/2025/0412", "v1.0", "04/22/2025")},
    files={"CEP": "CEP-LP1-0007_RevB.pdf", "CER": "CER-LP1-0011_RevC.docx", "PMCF": "PMCF-PLN-LP1-004_RevA.md",
           "IFU-en": "DFU-LP1-EN_RevD.pdf", "IFU-de": "DFU-LP1-DE_RevD.pdf", "IFU-fr": "DFU-LP1-FR_RevD.docx",
           "SSCP": "SSCP-LP1-002_RevA.docx", "CEAR": "PMC-CEAR-2025-0412_v1.0.pdf"},
    description=("The NodeLink LP1 is a self-contained, single-chamber pacemaker of 0.26 in (6.7 mm) diameter and "
                 "1.02 in (26 mm) length that is implanted in the right ventricle through a femoral venous approach "
                 "using the LP1-DS delivery catheter. Four nitinol tines fix the device in the trabeculated "
                 "myocardium. A lithium carbon monofluoride cell powers the pulse generator; rate response is derived "
                 "from a three-axis accelerometer. The device is programmed with the HCS Link programmer via "
                 "conductive telemetry."),
    intended=("The NodeLink LP1 is indicated for use in patients who require permanent single-chamber ventricular "
              "pacing (VVI/VVIR) for the management of bradyarrhythmia."),
    indications=["Permanent or persistent atrial fibrillation with slow ventricular response or AV block",
                 "Sinus node dysfunction in patients for whom dual-chamber pacing is not considered necessary",
                 "High-grade AV block in patients in whom a transvenous lead system is undesirable (e.g. "
                 "venous access limitations, prior device infection)"],
    contraindications=["Implanted inferior vena cava filter or mechanical tricuspid valve",
                       "Femoral venous anatomy unable to accommodate a 27 Fr introducer sheath",
                       "Existing implanted device that would interfere with the LP1 (e.g. active leads in the right ventricle)",
                       "Known intolerance to titanium, nitinol or dexamethasone acetate"],
    population=("Adults (≥ 18 years) weighing at least 88 lb (40 kg). The device has not been evaluated in "
                "pediatric patients and is not intended for use in children."),
    users=("Implantation by electrophysiologists or interventional cardiologists trained by Halvorsen Cardiac "
           "Systems, in a hospital catheterization or electrophysiology laboratory with cardiac surgery backup."),
    warnings=["WARNING: Implant only in a center with on-site cardiac surgery; cardiac perforation may require emergency surgical repair.",
              "WARNING: Do not reposition the device more than 5 times; repeated deployment increases the risk of myocardial injury.",
              "Caution: MR Conditional only under the conditions listed in the MRI technical manual (1.5 T and 3 T, full body).",
              "Caution: Exposure to diathermy or therapeutic ultrasound directed at the device may damage the circuitry.",
              "Note: The device cannot be explanted routinely after encapsulation; a second device may be implanted at end of service."],
    risks=["Cardiac perforation with pericardial effusion or tamponade, which may require pericardiocentesis or surgical repair",
           "Groin hematoma, arteriovenous fistula or pseudoaneurysm at the femoral access site",
           "Device dislodgement and embolization",
           "Elevated pacing thresholds leading to early battery depletion",
           "Deep vein thrombosis and pulmonary embolism",
           "Infection"],
    tech=[["Volume / mass", "1.0 cm³ / 1.8 g"], ["Pacing modes", "VVIR, VVI, VOO, OVO"],
          ["Lower rate", "30–150 min⁻¹"], ["Pulse amplitude", "0.13–5.0 V"], ["Pulse width", "0.09–1.5 ms"],
          ["Projected longevity", "10.4 years at nominal settings (2.5 V / 0.24 ms, 100 % pacing, 60 min⁻¹)"],
          ["Introducer sheath", "27 Fr (9 mm) inner diameter"]],
    steps=["Obtain femoral venous access and insert the 27 Fr introducer under fluoroscopy.",
           "Advance the LP1-DS to the right ventricular septum and confirm position in two fluoroscopic views.",
           "Deploy the tines and perform a pull-and-hold test; confirm that at least 2 tines are engaged.",
           "Measure R-wave amplitude (≥ 5.0 mV) and capture threshold (≤ 1.0 V at 0.24 ms) before tether release.",
           "Release the tether, remove the delivery system and close the access site."],
    storage="Store at 14 °F to 113 °F (−10 °C to 45 °C). Return explanted devices to Halvorsen Cardiac Systems.",
    summary=("This CER evaluates the clinical safety and performance of the NodeLink LP1 leadless pacemaker (Basic "
             "UDI-DI 0885432LP1VR7K) for permanent VVIR pacing in adults. Data from the pivotal LEAP-1 "
             "investigation, a post-approval registry and the literature on leadless pacing show that the device "
             "meets the benefit-risk acceptance criteria of CEP-LP1-0007 Rev. B."),
    cecp_text=("Regulatory status: the NodeLink LP1 is a class III active implantable device. Being a first "
               "MDR certification for this device, and as none of the Article 54(2) exemptions applies, the "
               "clinical evaluation consultation procedure applies."),
    sota=["Alternatives are transvenous single-chamber pacemakers with an endocardial lead and, for selected "
          "patients, other leadless pacemakers. Transvenous systems carry lead- and pocket-related complications "
          "in about 8–12 % of patients at 3 years (pneumothorax, lead dislodgement, pocket hematoma, infection).",
          "Published leadless pacemaker series report major complication rates of 2.7–4.0 % at 6 months, with "
          "cardiac perforation in 1.1–1.6 % of implants."],
    cer_sources=("Clinical data comprise the LEAP-1 pre-market investigation (sponsored by Halvorsen Cardiac "
                 "Systems, NCT pending publication), the LEAP-EU registry and 38 publications on leadless "
                 "pacing retrieved by the systematic search of January 6, 2025."),
    studies=[["LEAP-1", "Prospective, single-arm, multicenter (US/EU)", "N=612", "Adults requiring VVI(R) pacing",
              "12 months", "Freedom from major complications 96.1 %; threshold ≤ 2.0 V in 97.8 % pts"],
             ["LEAP-EU registry", "Prospective registry", "N=304", "Adults, routine care", "6 months",
              "Major complications 3.3 %; no device-related deaths"]],
    study_prose=["LEAP-1 enrolled 612 adults at 41 centers. The primary safety endpoint, freedom from system- "
                 "or procedure-related major complications at 12 months, was 96.1 % (lower 95 % CI 94.3 %), "
                 "exceeding the performance goal of 86 %.",
                 "The primary efficacy endpoint, a capture threshold of no more than 2.0 V at 0.24 ms with "
                 "no increase of more than 1.5 V from implant, was met in 97.8 % of pts with paired data."],
    safety_prose=["Cardiac perforation occurred in 1.3 % of LEAP-1 subjects (8/612), 5 of whom required "
                  "pericardiocentesis and 1 surgical repair. Femoral access complications occurred in 1.1 %."],
    benefit_results=[["Reliable bradycardia pacing", "Capture threshold ≤ 2.0 V at 12 months", "97.8 %"],
                     ["Avoidance of lead/pocket complications", "Freedom from major complications", "96.1 % at 12 months"]],
    br=("The benefits of reliable ventricular pacing without a lead or pocket outweigh the residual risks, "
        "principally cardiac perforation and access-site complications, which are comparable to published "
        "leadless pacing experience."),
    cer_pmcf=("PMCF is performed through the LEAP-EU registry with 5-year follow-up of 1,000 patients to confirm "
              "long-term threshold stability, battery longevity and late complications."),
    conclusion=("The NodeLink LP1 conforms to the relevant general safety and performance requirements (GSPR 1, 8 "
                "and 17) when used as indicated in DFU-LP1-EN Revision D."),
    evaluators="Prepared by: Karen O. Lindqvist, PhD, Clinical Affairs. Reviewed by: Michael T. Brandt, MD, FHRS. Signed 03/03/2025.",
    benefits=[["Reliable bradycardia pacing", "Capture threshold ≤ 2.0 V at 0.24 ms", "≥ 90 % of pts at 12 months"],
              ["Avoidance of lead/pocket complications", "Freedom from major complications", "≥ 86 % at 12 months"]],
    safety_criteria=["Cardiac perforation rate no higher than 1.6 % (state of the art)", "No device-related deaths attributable to design"],
    cep_sources="Sources: the LEAP-1 investigation, the LEAP-EU registry and a systematic literature review. No equivalence claim is made.",
    lit_search="PubMed and Embase, 2014 to search date, terms \"leadless pacemaker\" OR \"transcatheter pacing system\".",
    pmcf=dict(general=["Complaint and vigilance trend analysis", "Annual literature review", "Review of the HCS remote monitoring database"],
              objectives=["Confirm freedom from major complications through 5 years",
                          "Confirm projected battery longevity against measured depletion",
                          "Characterize late cardiac perforation and dislodgement"],
              design="Prospective, multicenter, single-arm registry (LEAP-EU) at 25–30 European centers.",
              population="Adults (≥ 18 years, ≥ 88 lb (40 kg)) implanted with the LP1 per the DFU.",
              sample=("N=1,000. With an expected major complication rate of 4 % at 5 years, 1,000 patients give "
                      "a two-sided 95 % CI half-width of ±1.2 %, allowing for 20 % loss to follow-up."),
              endpoints=[["Freedom from major complications", "Primary safety", "5 years"],
                         ["Capture threshold ≤ 2.0 V", "Primary performance", "1, 3, 5 years"],
                         ["Battery voltage vs. projection", "Secondary", "Annually"]],
              timeline=[["First patient enrolled", "September 2025"], ["Interim report", "Q3 2027"], ["Final report", "Q4 2031"]],
              link="Objectives address residual risks R-07 (perforation), R-11 (dislodgement) and R-15 (battery depletion) of RMF-LP1-001."),
    patient_summary=("The NodeLink LP1 is a small pacemaker placed inside the heart through a vein in the leg. It "
                     "keeps your heart from beating too slowly. Your doctor will check it at regular visits."),
    cear=dict(cecp="Applicable – class III implantable (Art. 54(1)(a)); consultation initiated 04/22/2025.",
              reviewer="dr inż. Tomasz Wróblewski, clinical reviewer", docs="CEP Rev. B, CER Rev. C, PMCF plan Rev. A, DFU Rev. D (EN/DE/FR), SSCP Rev. A",
              assessment=["Clinical data from LEAP-1 are sufficient in quantity for the initial certification.",
                          "Follow-up for longevity claims limited to 12 months. See F-02."],
              findings=[["F-01", "Annex XIV Part A 1(a)", "CEP acceptance criteria adequate.", "Minor", "Closed"],
                        ["F-02", "Art. 61(1)", "Long-term data limited to registry; PMCF to confirm.", "Minor", "06/30/2025"],
                        ["F-03", "Art. 32", "SSCP to be checked against DFU section 7.", "Minor", "06/30/2025"]],
              conclusion=("Clinical evidence sufficient for conformity with GSPR 1 and 8, subject to PMCF. "
                          "File forwarded to the expert panel per Art. 54(1).")),
    langs=dict(
        de=dict(desc="Sondenloser transkatheter Herzschrittmacher (VVIR)",
                intended="Der NodeLink LP1 ist für Patienten bestimmt, die eine dauerhafte ventrikuläre Einkammerstimulation (VVI/VVIR) zur Behandlung von Bradyarrhythmien benötigen.",
                indications=["Permanentes oder persistierendes Vorhofflimmern mit langsamer Kammerfrequenz oder AV-Block",
                             "Sinusknotensyndrom, wenn eine Zweikammerstimulation nicht erforderlich ist",
                             "Höhergradiger AV-Block, wenn ein transvenöses Sondensystem unerwünscht ist"],
                contraindications=["Implantierter Vena-cava-Filter oder mechanische Trikuspidalklappe",
                                   "Femorale Venenanatomie, die keine 27-Fr-Schleuse aufnehmen kann",
                                   "Vorhandenes Implantat, das den LP1 stören würde",
                                   "Bekannte Unverträglichkeit gegenüber Titan, Nitinol oder Dexamethasonacetat"],
                population="Erwachsene (≥ 18 Jahre) mit mindestens 40 kg Körpergewicht. Nicht für Kinder bestimmt.",
                users="Implantation durch geschulte Elektrophysiologen oder interventionelle Kardiologen im Herzkatheterlabor mit herzchirurgischer Bereitschaft.",
                warnings=["WARNUNG: Nur in Zentren mit herzchirurgischer Abteilung implantieren.",
                          "WARNUNG: Das Gerät nicht mehr als 5-mal neu positionieren."],
                risks=["Herzperforation mit Perikarderguss oder Tamponade", "Hämatom, AV-Fistel oder Pseudoaneurysma an der Punktionsstelle",
                       "Dislokation und Embolisation", "Erhöhte Reizschwellen", "Tiefe Venenthrombose, Lungenembolie", "Infektion"],
                tech=[["Stimulationsmodi", "VVIR, VVI, VOO, OVO"], ["Grundfrequenz", "30–150 min⁻¹"],
                      ["Impulsamplitude", "0,13–5,0 V"], ["Einführschleuse", "27 Fr"]]),
        fr=dict(desc="Stimulateur cardiaque transcathéter sans sonde (VVIR)",
                intended="Le NodeLink LP1 est destiné aux patients nécessitant une stimulation ventriculaire simple chambre permanente (VVI/VVIR) pour le traitement des bradyarythmies.",
                indications=["Fibrillation atriale permanente ou persistante avec réponse ventriculaire lente ou bloc AV",
                             "Dysfonction sinusale lorsque la stimulation double chambre n'est pas nécessaire",
                             "Bloc AV de haut degré lorsqu'un système à sonde transveineuse n'est pas souhaitable"],
                contraindications=["Filtre cave inférieur implanté ou valve tricuspide mécanique",
                                   "Anatomie veineuse fémorale incompatible avec un introducteur 27 Fr",
                                   "Dispositif implanté existant susceptible d'interférer avec le LP1",
                                   "Intolérance connue au titane, au nitinol ou à l'acétate de dexaméthasone"],
                population="Adultes (≥ 18 ans) pesant au moins 40 kg. Non destiné aux enfants.",
                users="Implantation par des électrophysiologistes ou cardiologues interventionnels formés, en salle de cathétérisme avec chirurgie cardiaque sur site.",
                warnings=["AVERTISSEMENT : implanter uniquement dans un centre disposant d'une chirurgie cardiaque.",
                          "AVERTISSEMENT : ne pas repositionner le dispositif plus de 5 fois."],
                risks=["Perforation cardiaque avec épanchement péricardique ou tamponnade", "Hématome, fistule artérioveineuse ou pseudo-anévrisme au point de ponction",
                       "Déplacement et embolisation", "Élévation des seuils de stimulation", "Thrombose veineuse profonde, embolie pulmonaire", "Infection"],
                tech=[["Modes de stimulation", "VVIR, VVI, VOO, OVO"], ["Fréquence de base", "30–150 min⁻¹"],
                      ["Amplitude d'impulsion", "0,13–5,0 V"], ["Introducteur", "27 Fr"]])),
    overrides={
        "CER": {"cecp_text": ("Regulatory status: the NodeLink LP1 is a class III device. As an active implantable device "
                              "it is outside the scope of Article 54(1), and the clinical evaluation consultation "
                              "procedure therefore does not apply to this submission."),
                "conclusion": ("The NodeLink LP1 conforms to GSPR 1, 8 and 17. The pivotal data confirm battery "
                               "longevity and freedom from major complications over a 12-year service life, so no "
                               "further long-term investigation is needed.")},
        "SSCP": {"udi": "0885432LP1VR9K",
                 "risks": ["Groin hematoma, arteriovenous fistula or pseudoaneurysm at the femoral access site",
                           "Device dislodgement and embolization",
                           "Elevated pacing thresholds leading to early battery depletion",
                           "Deep vein thrombosis and pulmonary embolism", "Infection"],
                 "patient_summary": ("The NodeLink LP1 (Basic UDI-DI 0885432LP1VR9K) is a small pacemaker placed inside "
                                     "the heart through a vein in the leg. It keeps your heart from beating too slowly.")},
    },
)
D = SPEC["files"]
LABELS = [
    dict(defect="cecp_scope_misstated", category="scope", rule=None, documents=[D["CER"], D["CEAR"]],
         quotes=["As an active implantable device it is outside the scope of Article 54(1)",
                 "Applicable – class III implantable (Art. 54(1)(a)); consultation initiated 04/22/2025."],
         description="The CER states that the class III active implantable pacemaker is outside Art. 54(1) and that the CECP does not apply, contradicting the CEAR and the regulation.",
         accept=["documentation"]),
    dict(defect="basic_udi_mismatch_sscp", category="device-identity", rule=None, documents=[D["SSCP"], D["CER"]],
         quotes=["The NodeLink LP1 (Basic UDI-DI 0885432LP1VR9K) is a small pacemaker",
                 "NodeLink LP1 leadless pacemaker (Basic UDI-DI 0885432LP1VR7K)"],
         description="The SSCP gives Basic UDI-DI 0885432LP1VR9K while the CER, DFU and CEAR give 0885432LP1VR7K.",
         accept=["documentation"]),
    dict(defect="sscp_omits_perforation_risk", category="documentation", rule=None, documents=[D["IFU-en"], D["SSCP"]],
         quotes=["Cardiac perforation with pericardial effusion or tamponade, which may require pericardiocentesis or surgical repair"],
         description="The SSCP residual-risk list omits cardiac perforation/tamponade, which the DFU and CER list as the principal residual risk.",
         accept=["safety-instruction", "claim"]),
    dict(defect="longevity_claim_from_12_month_data", category="claim", rule=None, documents=[D["CER"]],
         quotes=["The pivotal data confirm battery longevity and freedom from major complications over a 12-year service life",
                 "Freedom from major complications 96.1 %; threshold ≤ 2.0 V in 97.8 % pts"],
         description="The CER concludes that 12-year longevity and complication freedom are confirmed, while the pivotal study followed patients for 12 months only.",
         accept=["evidence", "pmcf"]),
]

"""o03: extracorporeal cytokine haemoadsorption cartridge (CPB / ECMO). Clean dossier, IIb Rule 3, no CECP."""

F = dict(
    id="o03-haemoadsorption-adsorbea",
    trade="Adsorbea",
    full="Adsorbea HA-300",
    generic="extracorporeal cytokine haemoadsorption cartridge for cardiopulmonary bypass and ECMO circuits",
    manufacturer="Purifica Biomedical S.r.l.",
    address="Via Statale 12 Nord 88, 41037 Mirandola (MO), Italy",
    srn="IT-MF-000019234",
    nb="Istituto Europeo di Certificazione Medicale S.p.A.",
    nb_no="2793",
    udi="8056789ADS300HA6",
    dev_class="IIb",
    rule="Annex VIII Rule 3, non-invasive device modifying the biological composition of blood by adsorption",
    author="M. Delvaux, PharmD",
    scope=("Adsorbea HA-300 is neither implantable nor active: it has no energy source and is placed in a circuit whose "
           "flow is given by the heart-lung machine or the ECMO pump. Article 54(1) MDR is therefore not applicable "
           "and the clinical evaluation consultation procedure is not required."),
    scope_cear=("Not applicable. The device is class IIb, non-active and non-implantable; it falls neither under Article "
                "54(1)(a) nor under Article 54(1)(b) MDR."),
    models=[("HA-300", "Haemoadsorption cartridge, polycarbonate housing, 300 ml, priming volume 150 ml, 3/8-inch connectors"),
            ("HA-300-SET", "Connection line set with flow restrictor for parallel integration in CPB or ECMO circuits")],
    abbr=[["ACT", "activated clotting time"], ["AUC", "area under the curve"], ["CPB", "cardiopulmonary bypass"],
          ["ECMO", "extracorporeal membrane oxygenation"], ["IL-6", "interleukin-6"], ["TDM", "therapeutic drug monitoring"]],
    summary=["The present CER covers Adsorbea HA-300, a single-use cartridge which removes cytokines from blood by "
             "adsorption when integrated in a cardiopulmonary bypass (CPB) or extracorporeal membrane oxygenation "
             "(ECMO) circuit. The clinical evidence is the randomised trial ADSORB-CPB (240 patients) and the "
             "registry HA-ECMO (64 patients), complemented by the literature.",
             "The device reduces IL-6 in both settings, with a safety profile similar to the control. No claim on "
             "mortality or organ outcomes is made, since such benefit is not demonstrated in the state of the art."],
    description=["The cartridge contains porous beads of polystyrene-divinylbenzene with a polyvinylpyrrolidone coating "
                 "(total surface about 45 000 m²). Hydrophobic molecules of about 5 to 60 kDa, such as IL-6, IL-1β, "
                 "TNF-α, IL-10, myoglobin and free haemoglobin, are retained by size exclusion and hydrophobic "
                 "interaction.",
                 "In CPB the cartridge is placed in a shunt between the arterial line and the venous reservoir; in ECMO "
                 "it is placed in a post-pump, pre-oxygenator parallel branch. No additional pump is needed."],
    principle=("Adsorption is concentration-dependent: the higher the plasma level, the more is removed. Lipophilic "
               "medicinal products with a molecular weight in the same range can also be adsorbed."),
    cer_specs_prose=("Priming volume 150 ml; blood flow 150 to 700 ml/min; maximum operating pressure 500 mmHg; "
                     "maximum use 24 h per cartridge."),
    purpose=("Adsorbea HA-300 is intended to reduce the blood concentration of cytokines, in particular interleukin-6 "
             "(IL-6), and of other hydrophobic substances up to about 60 kDa by extracorporeal haemoadsorption in adult "
             "patients undergoing cardiac surgery with cardiopulmonary bypass (CPB) or treated with extracorporeal "
             "membrane oxygenation (ECMO)."),
    indications=["Cardiac surgery with CPB in patients at risk of a postoperative systemic inflammatory response "
                 "(infective endocarditis, aortic surgery, redo surgery)",
                 "Veno-arterial or veno-venous ECMO in patients with IL-6 above 500 pg/ml"],
    contraindications=["Known hypersensitivity to polystyrene-divinylbenzene or polyvinylpyrrolidone",
                       "Platelet count below 20 × 10⁹/l",
                       "Impossibility to obtain adequate systemic anticoagulation"],
    population="Adults aged 18 years or more weighing not less than 40 kilograms.",
    users="Perfusionists, cardiac anaesthetists and intensivists trained in extracorporeal circuits.",
    setting="Cardiac operating rooms and intensive care units of hospitals.",
    warnings=["Lipophilic medicinal products (for example vancomycin, teicoplanin, linezolid, azole antifungals) may be "
              "adsorbed: monitor plasma levels (TDM) and adapt the posology.",
              "Use only with a blood flow of 150 to 700 ml/min through the cartridge.",
              "Maintain anticoagulation: ACT of at least 480 s during CPB; during ECMO according to the institutional protocol.",
              "Replace the cartridge after 24 hours of use at the latest.",
              "Monitor the platelet count; a decrease may occur.",
              "Prime with at least 2 litres of saline and remove all air before integration in the circuit."],
    adverse=[("Platelet decrease > 30 %", "12.1 % (control 10.6 %)"),
             ("Re-exploration for bleeding", "4.2 % (control 5.0 %)"),
             ("Subtherapeutic antibiotic level detected by TDM (ECMO)", "9.4 % (6/64)"),
             ("Haemolysis (free haemoglobin increase)", "1.6 % (ECMO)"),
             ("Clotting of the cartridge requiring exchange", "0 % CPB; 1.6 % ECMO (1/64)")],
    residual=["Underdosing of lipophilic medicinal products, in particular antibiotics",
              "Thrombocytopenia and bleeding",
              "Clotting of the cartridge with loss of circuit flow in ECMO",
              "Air entry during integration in the circuit"],
    sota=["CPB and ECMO expose the blood to artificial surfaces and trigger a systemic inflammatory response. High IL-6 "
          "levels after cardiac surgery are associated with vasoplegia, organ dysfunction and longer ICU stay. No "
          "pharmacological treatment is actually recommended to prevent this response.",
          "Haemoadsorption devices of other manufacturers are on the market since 2011. Randomised trials and "
          "meta-analyses [3] consistently show reductions of some cytokines, but no reduction of mortality or "
          "organ failure has been demonstrated. Benefit claims in the state of the art are therefore limited to "
          "the removal of the target molecules."],
    alternatives=["Standard care without adsorption", "Corticosteroids (not recommended routinely)",
                  "Other haemoadsorption cartridges", "Haemofiltration on CPB"],
    search=dict(db="PubMed, Embase and CENTRAL", period="2010-01-01 to 2024-10-31",
                result=("934 records, 57 full texts, 12 retained. No published data exist on Adsorbea HA-300 outside the "
                        "manufacturer's studies. Bench data on drug adsorption (test report PB-TR-117) are non-clinical "
                        "and are used only to define the warning on medicinal products."),
                pico=[["Population", "Adults on CPB or ECMO"], ["Intervention", "Cytokine haemoadsorption"],
                      ["Comparison", "Standard care"],
                      ["Outcomes", "IL-6 and other cytokines, platelets, bleeding, drug levels, mortality"]]),
    studies=[["[1]", "ADSORB-CPB, randomised controlled, 6 centres", "240", "Adults, cardiac surgery with CPB",
              "30 days", "IL-6 AUC 0-24 h -37 % vs control (p < 0.001)"],
             ["[2]", "HA-ECMO, prospective registry, 4 centres", "64", "Adults on VA or VV ECMO, IL-6 > 500 pg/ml",
              "72 h of treatment, 28 days", "Median IL-6 2 140 → 690 pg/ml at 24 h"],
             ["[3]", "Meta-analysis of RCTs (other devices)", "1 320", "Adults, cardiac surgery", "up to 90 days",
              "Mortality RR 0.96 (ns)"]],
    appraisal=["ADSORB-CPB was double-blind for the outcome assessors, with concealed allocation; 232 of 240 patients "
               "were analysed (96.7 %). Median CPB duration was 148 min. The study is adequately powered for the "
               "primary endpoint but not for clinical outcomes, which is reflected in the claims.",
               "HA-ECMO is a single-arm registry; up to 3 consecutive cartridges were used (maximum 72 h). Its results "
               "support the ECMO indication for the biochemical endpoint."],
    claims=[("Reduces plasma IL-6 during cardiac surgery with CPB.", "ADSORB-CPB [1]: IL-6 AUC -37 % versus control."),
            ("Reduces plasma IL-6 during ECMO in patients with elevated IL-6.", "HA-ECMO [2]: median -68 % at 24 h."),
            ("Can be integrated in CPB and ECMO circuits without an additional pump.",
             "Design verification and both clinical studies [1, 2].")],
    benefits=[("Reduction of circulating IL-6 (CPB)", "IL-6 AUC 0-24 h versus control", "reduction ≥ 20 %, p < 0.05",
               "-37 % (p < 0.001)"),
              ("Reduction of circulating IL-6 (ECMO)", "Relative IL-6 decrease at 24 h", "≥ 40 %", "-68 % (median)")],
    safety=[("Platelet decrease > 30 %", "difference versus control ≤ 5 points", "+1.5 points (12.1 % vs 10.6 %)"),
            ("Re-exploration for bleeding", "≤ control + 3 points", "4.2 % vs 5.0 %"),
            ("Cartridge clotting requiring exchange", "≤ 5 %", "0 % (CPB); 1.6 % (ECMO)"),
            ("Device-related serious adverse event", "≤ 2 %", "0.5 % (1/184 treated)")],
    br=["The benefit is the reduction of circulating cytokines; the risks (thrombocytopenia, bleeding, drug "
        "adsorption) are comparable with control or controlled by monitoring. The benefit-risk is acceptable for "
        "the intended purpose as worded, which does not claim clinical outcome benefit."],
    cer_pmcf=("The PMCF plan {no} rev. {rev} foresees the registry ADS-REG (500 patients) focused on drug adsorption, "
              "bleeding and ECMO use."),
    conclusion=["Conformity with GSPR 1, 8 and 9 is demonstrated for adults aged 18 years or more weighing not less "
                "than 40 kilograms, in CPB and ECMO. The IFU (EN, FR, IT) reflects the warnings derived from this CER."],
    refs=["Purifica Biomedical. ADSORB-CPB clinical investigation report, final version 1.0, 2024-03-29.",
          "Purifica Biomedical. HA-ECMO registry report, 2024-06-14.",
          "Lindqvist A, Moreau S, et al. Haemoadsorption in cardiac surgery: meta-analysis of randomised trials. "
          "Perfusion 2023;38:911-922."],
    cdp=["Bench: adsorption kinetics, haemocompatibility (ISO 10993-4), drug adsorption (PB-TR-117).",
         "Pivotal RCT ADSORB-CPB; ECMO registry HA-ECMO (both completed).",
         "PMCF registry ADS-REG."],
    pmcf=dict(
        objectives=["→ Frequency of subtherapeutic antibiotic levels and related treatment failure (residual risk: drug adsorption)",
                    "→ Thrombocytopenia and bleeding in routine use (residual risk: bleeding)",
                    "→ Cartridge clotting in ECMO use beyond 24 h with exchange (residual risk: clotting)",
                    "→ Confirmation of IL-6 reduction outside trial conditions"],
        design="Prospective multicentre registry ADS-REG.",
        population="Adults (≥ 18 years, ≥ 40 kg) treated with Adsorbea HA-300 during CPB or ECMO.",
        inclusion=["Age ≥ 18 years and weight ≥ 40 kg", "Use of HA-300 in CPB or ECMO", "Consent (deferred consent allowed in ECMO)"],
        exclusion=["Participation in an interventional trial"],
        setting="12 hospitals (cardiac surgery departments and ICUs) in Italy, France, Germany and Belgium.",
        endpoints=["Primary: proportion of patients with subtherapeutic antibiotic TDM during treatment",
                   "Secondary: platelet decrease > 30 %, re-exploration for bleeding, cartridge exchange for clotting, "
                   "IL-6 at 24 h, 28-day mortality (descriptive)"],
        sample=("500 patients (350 CPB, 150 ECMO). For an expected clotting rate of 2 % in ECMO, 150 patients give a 95 % "
                "CI half-width of ± 2.2 %; for re-exploration (5 %) in CPB, 350 patients give ± 2.3 %."),
        timeline=[["First patient", "2025-07"], ["Interim analysis (250 patients)", "2026-09"],
                  ["Last patient", "2027-06"], ["Final PMCF evaluation report", "2027-12"]]),
    ifu_desc=["Adsorbea HA-300 is a single-use, sterile cartridge filled with porous polymer beads which adsorb cytokines "
              "and other hydrophobic molecules from blood.",
              "It is connected in parallel to the CPB or ECMO circuit with the HA-300-SET line set."],
    ifu_adverse=["Decrease of platelet count", "Bleeding", "Reduced blood levels of some medicinal products (antibiotics)",
                 "Haemolysis", "Clotting in the cartridge"],
    specs=[("Priming volume", "150 ml"), ("Blood flow", "150–700 ml/min"),
           ("Max. operating pressure", "500 mmHg (66.7 kPa)"), ("Max. duration of use", "24 h per cartridge"),
           ("Adsorbent", "polystyrene-divinylbenzene beads, PVP coated"), ("Connectors", "3/8 inch inlet and outlet"),
           ("Sterilisation", "gamma irradiation, single use")],
    steps=["Check the package and the expiry date; do not use if the package is damaged.",
           "Connect the HA-300-SET and prime the cartridge with at least 2 l of saline, inlet at the bottom.",
           "Integrate the cartridge in the shunt (CPB: arterial line → venous reservoir; ECMO: post-pump branch).",
           "Open the clamps and set a flow of 150 to 700 ml/min through the cartridge.",
           "Check anticoagulation and pressures regularly; record start time.",
           "Remove the cartridge at the end of CPB, or after 24 hours in ECMO, and replace if continued."],
    storage="Store at 5 °C to 40 °C; do not freeze. Dispose of as biohazardous waste.",
    sscp_note=None,
    reviewers="Clinical reviewer: cardiac anaesthesiologist, code IC-31. Technical reviewer: biomedical engineer, "
              "extracorporeal devices, code IT-08.",
    cear_purpose=("Reduction of cytokines (IL-6) and other hydrophobic substances up to ~60 kDa by haemoadsorption during "
                  "CPB or ECMO, in adults ≥ 18 years and ≥ 40 kg; hospital use (cardiac OR and ICU)."),
    cear_rows=[
        ["C — Device, novelty", "Polymer bead haemoadsorption cartridge; principle known since 2011; not novel.", "Closed"],
        ["C — Classification", "IIb, Rule 3 (modification of blood composition by adsorption). Agreed.", "Closed"],
        ["C — CEP", "Compliant; acceptance criteria quantitative and derived from the state of the art.", "Closed"],
        ["C — State of the art", "Correctly reflects the absence of demonstrated outcome benefit in the field.", "Closed"],
        ["D — Literature", "Three databases, PRISMA, appraisal documented.", "Closed"],
        ["E — Clinical investigations", "ADSORB-CPB (RCT, 240) and HA-ECMO (64) support both indications. Drug "
         "adsorption addressed in IFU warnings.", "Closed"],
        ["F — PMCF", "Registry with objectives linked to drug adsorption, bleeding and clotting; sample size justified.", "Closed"],
        ["G — IFU", "EN, FR and IT versions aligned with the CER; posology adaptation for antibiotics clearly stated.", "Closed"],
        ["H — Benefit-risk", "Acceptable for the claimed biochemical benefit; claims are appropriately limited.", "Closed"]],
    cear_conclusion=["The NB concludes that the clinical evidence is sufficient for the intended purpose and the claims. "
                     "The CECP does not apply (see Section I)."],
    docs=dict(
        CEP=dict(file="CEP_Adsorbea_HA300.md", no="PB-CEP-007", rev="1", date="2024-05-06"),
        CER=dict(file="CER_Adsorbea_HA300.docx", no="PB-CER-007", rev="2", date="2024-11-22"),
        PMCF=dict(file="PMCF_Plan_ADS-REG.md", no="PB-PMCF-007", rev="1", date="2024-11-22"),
        IFU={"en": dict(file="IFU_HA300_EN.pdf", no="PB-IFU-300", rev="03", date="2024-12"),
             "fr": dict(file="IFU_HA300_FR.pdf", no="PB-IFU-300-FR", rev="03", date="2024-12"),
             "it": dict(file="IFU_HA300_IT.pdf", no="PB-IFU-300-IT", rev="03", date="2024-12")},
        CEAR=dict(file="CEAR_IECM2793_Adsorbea.pdf", no="IECM/CE/2025/112", rev="1", date="2025-02-18")),
    ov={"IFU:en": {"population": "Adult patients (≥ 18 years) with a body weight of 40 kg or more."}},
    style=dict(num="roman", cer_layout="A", bullet="→", ifu_bullet="•", num_ifu="none", num_cep="dot", num_pmcf="dot"),
    tr={
        "fr": dict(
            ifu_sub="Cartouche d'hémoadsorption des cytokines",
            ifu_desc=["Adsorbea HA-300 est une cartouche stérile à usage unique remplie de billes polymères poreuses qui "
                      "adsorbent les cytokines et d'autres molécules hydrophobes du sang.",
                      "Elle est raccordée en parallèle au circuit de CEC ou d'ECMO à l'aide de la ligne HA-300-SET."],
            purpose=("Adsorbea HA-300 est destinée à réduire la concentration sanguine des cytokines, en particulier de "
                     "l'interleukine-6 (IL-6), et d'autres substances hydrophobes jusqu'à environ 60 kDa par hémoadsorption "
                     "extracorporelle chez les patients adultes opérés du cœur sous circulation extracorporelle (CEC) ou "
                     "traités par oxygénation par membrane extracorporelle (ECMO)."),
            indications=["Chirurgie cardiaque sous CEC chez les patients à risque de réponse inflammatoire systémique "
                         "postopératoire (endocardite infectieuse, chirurgie aortique, réintervention)",
                         "ECMO veino-artérielle ou veino-veineuse chez les patients dont l'IL-6 dépasse 500 pg/ml"],
            contraindications=["Hypersensibilité connue au polystyrène-divinylbenzène ou à la polyvinylpyrrolidone",
                               "Numération plaquettaire inférieure à 20 × 10⁹/l",
                               "Impossibilité d'obtenir une anticoagulation systémique adéquate"],
            population="Adultes (18 ans et plus) d'un poids d'au moins 40 kg.",
            users="Perfusionnistes, anesthésistes cardiaques et réanimateurs formés aux circuits extracorporels.",
            setting="Blocs opératoires de chirurgie cardiaque et unités de soins intensifs des hôpitaux.",
            warnings=["Les médicaments lipophiles (par exemple vancomycine, téicoplanine, linézolide, antifongiques azolés) "
                      "peuvent être adsorbés : surveiller les concentrations plasmatiques (suivi thérapeutique) et adapter la posologie.",
                      "Utiliser uniquement avec un débit sanguin de 150 à 700 ml/min dans la cartouche.",
                      "Maintenir l'anticoagulation : ACT d'au moins 480 s pendant la CEC ; pendant l'ECMO selon le protocole de l'établissement.",
                      "Remplacer la cartouche au plus tard après 24 heures d'utilisation.",
                      "Surveiller la numération plaquettaire ; une diminution peut survenir.",
                      "Amorcer avec au moins 2 litres de sérum physiologique et éliminer tout l'air avant l'intégration dans le circuit."],
            ifu_adverse=["Diminution des plaquettes", "Saignement", "Baisse des concentrations sanguines de certains "
                         "médicaments (antibiotiques)", "Hémolyse", "Coagulation dans la cartouche"],
            specs=[("Volume d'amorçage", "150 ml"), ("Débit sanguin", "150–700 ml/min"),
                   ("Pression de service max.", "500 mmHg (66,7 kPa)"), ("Durée d'utilisation max.", "24 h par cartouche"),
                   ("Adsorbant", "billes de polystyrène-divinylbenzène, revêtement PVP"),
                   ("Raccords", "entrée et sortie 3/8 de pouce"), ("Stérilisation", "irradiation gamma, usage unique")],
            steps=["Vérifier l'emballage et la date de péremption ; ne pas utiliser si l'emballage est endommagé.",
                   "Raccorder la ligne HA-300-SET et amorcer la cartouche avec au moins 2 l de sérum physiologique, entrée en bas.",
                   "Intégrer la cartouche dans le shunt (CEC : ligne artérielle → réservoir veineux ; ECMO : branche après la pompe).",
                   "Ouvrir les clamps et régler un débit de 150 à 700 ml/min dans la cartouche.",
                   "Contrôler régulièrement l'anticoagulation et les pressions ; noter l'heure de début.",
                   "Retirer la cartouche à la fin de la CEC, ou après 24 heures en ECMO, et la remplacer si le traitement continue."],
            storage="Conserver entre 5 °C et 40 °C ; ne pas congeler. Éliminer comme déchet à risque infectieux."),
        "it": dict(
            ifu_sub="Cartuccia per emoadsorbimento delle citochine",
            ifu_desc=["Adsorbea HA-300 è una cartuccia sterile monouso riempita di microsfere polimeriche porose che "
                      "adsorbono le citochine e altre molecole idrofobe dal sangue.",
                      "Viene collegata in parallelo al circuito di CEC o di ECMO tramite la linea HA-300-SET."],
            purpose=("Adsorbea HA-300 è destinata a ridurre la concentrazione ematica delle citochine, in particolare "
                     "dell'interleuchina-6 (IL-6), e di altre sostanze idrofobe fino a circa 60 kDa mediante emoadsorbimento "
                     "extracorporeo in pazienti adulti sottoposti a cardiochirurgia con circolazione extracorporea (CEC) o "
                     "trattati con ossigenazione extracorporea a membrana (ECMO)."),
            indications=["Cardiochirurgia con CEC in pazienti a rischio di risposta infiammatoria sistemica postoperatoria "
                         "(endocardite infettiva, chirurgia aortica, reintervento)",
                         "ECMO veno-arteriosa o veno-venosa in pazienti con IL-6 superiore a 500 pg/ml"],
            contraindications=["Ipersensibilità nota al polistirene-divinilbenzene o al polivinilpirrolidone",
                               "Conta piastrinica inferiore a 20 × 10⁹/l",
                               "Impossibilità di ottenere un'adeguata anticoagulazione sistemica"],
            population="Pazienti adulti (≥ 18 anni) con peso corporeo pari o superiore a 40 kg.",
            users="Perfusionisti, anestesisti cardiochirurgici e intensivisti formati sui circuiti extracorporei.",
            setting="Sale operatorie di cardiochirurgia e unità di terapia intensiva ospedaliere.",
            warnings=["I medicinali lipofili (ad esempio vancomicina, teicoplanina, linezolid, antimicotici azolici) possono "
                      "essere adsorbiti: monitorare i livelli plasmatici (TDM) e adattare la posologia.",
                      "Utilizzare solo con un flusso ematico di 150–700 ml/min attraverso la cartuccia.",
                      "Mantenere l'anticoagulazione: ACT di almeno 480 s durante la CEC; durante l'ECMO secondo il protocollo dell'istituto.",
                      "Sostituire la cartuccia al più tardi dopo 24 ore di utilizzo.",
                      "Monitorare la conta piastrinica; può verificarsi una diminuzione.",
                      "Adescare con almeno 2 litri di soluzione fisiologica ed eliminare tutta l'aria prima dell'inserimento nel circuito."],
            ifu_adverse=["Diminuzione delle piastrine", "Sanguinamento", "Riduzione dei livelli ematici di alcuni medicinali "
                         "(antibiotici)", "Emolisi", "Coagulazione nella cartuccia"],
            specs=[("Volume di adescamento", "150 ml"), ("Flusso ematico", "150–700 ml/min"),
                   ("Pressione operativa max.", "500 mmHg (66,7 kPa)"), ("Durata massima d'uso", "24 h per cartuccia"),
                   ("Adsorbente", "microsfere di polistirene-divinilbenzene, rivestimento PVP"),
                   ("Connettori", "ingresso e uscita da 3/8 di pollice"), ("Sterilizzazione", "raggi gamma, monouso")],
            steps=["Controllare la confezione e la data di scadenza; non utilizzare se la confezione è danneggiata.",
                   "Collegare la linea HA-300-SET e adescare la cartuccia con almeno 2 l di soluzione fisiologica, ingresso in basso.",
                   "Inserire la cartuccia nello shunt (CEC: linea arteriosa → reservoir venoso; ECMO: ramo dopo la pompa).",
                   "Aprire le clamp e impostare un flusso di 150–700 ml/min attraverso la cartuccia.",
                   "Controllare regolarmente anticoagulazione e pressioni; annotare l'ora di inizio.",
                   "Rimuovere la cartuccia alla fine della CEC, o dopo 24 ore in ECMO, e sostituirla se il trattamento continua."],
            storage="Conservare tra 5 °C e 40 °C; non congelare. Smaltire come rifiuto a rischio biologico."),
    },
)

LABELS = []

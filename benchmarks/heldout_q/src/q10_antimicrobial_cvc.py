from common import doc, label

ID = "q10_antimicrobial_cvc"
CEP = "Klorasil_CVC_CEP.pdf"
CER = "Klorasil_CVC_CER_HV-CER-02_v3.docx"
PMCF = "Klorasil_CVC_PMCF_plan.pdf"
IFU_EN = "Klorasil_CVC_IFU_EN.pdf"
IFU_DE = "Klorasil_CVC_GA_DE.docx"
IFU_IT = "Klorasil_CVC_IFU_IT.pdf"
SSCP = "Klorasil_CVC_SSCP.docx"
CEAR = "CEAR_BEEM_2874_Klorasil.pdf"

SE_EN = [
    "catheter-related bloodstream infection despite impregnation",
    "local infection at the insertion site",
    "arterial puncture, haematoma, pneumothorax at insertion",
    "thrombosis or occlusion of the catheter",
    "air embolism",
    "cardiac arrhythmia when the tip is in the right atrium",
    "hypersensitivity or anaphylactic reaction to chlorhexidine or silver sulfadiazine",
]

cep = r"""
# Clinical Evaluation Plan – Klorasil CVC
HV-CEP-02, edition 2, 2024-08-19. Holmgaard Vascular A/S, Vejlevej 88, 7100 Vejle, Denmark.
## 1. Product
Klorasil CVC is polyurethane central venous catheter with external and internal surfaces impregnated with chlorhexidine acetate and silver sulfadiazine (medicinal substances with ancillary antimicrobial action). Models: adult 7 Fr, 3 lumens, 16 and 20 cm; paediatric 4 Fr and 5 Fr, 2 lumens, 8 and 13 cm. Kit with guide wire, dilator, introducer needle, syringe. Basic UDI-DI 5790055566677KLCVC4.
Classification: class III acc. to Rule 14 (medicinal substance with ancillary action) and Rule 7 (short-term use in central circulatory system). Product is used for less than 30 days and is not implantable; Art. 54(1) does not apply. Consultation of medicines authority acc. to Annex IX section 5.2 is required for the medicinal substances.
## 2. Purpose of the product
Short-term (less than 30 days) central venous access for infusion of fluids and medicines, parenteral nutrition, blood sampling and central venous pressure monitoring, with reduction of risk of catheter colonisation and catheter-related bloodstream infection (CRBSI).
## 3. Patient group
Adults and children with body weight of 10 kg or more, in intensive care units, who need central venous catheterisation and have high risk of CRBSI.
## 4. Clinical benefits and outcome parameters
- rate of catheter colonisation (semi-quantitative culture ≥ 15 CFU);
- CRBSI per 1000 catheter-days;
- safety: hypersensitivity reactions, thrombosis, mechanical complications.
## 5. Acceptance criteria
CRBSI rate max. 1,5 per 1000 catheter-days in adults; colonisation reduction vs non-impregnated catheter (relative risk below 0,7); no anaphylaxis related to product in clinical data; criteria apply also to children.
## 6. Data sources
Literature (RCTs and meta-analyses on chlorhexidine-silver sulfadiazine catheters), own PMS and registry data, bench and in vitro tests.
"""

cer = r"""
# Clinical Evaluation Report – Klorasil CVC
HV-CER-02, version 3, 2025-02-20 | Holmgaard Vascular A/S
## Product and classification
Polyurethane CVC impregnated on external and internal surfaces with chlorhexidine acetate and silver sulfadiazine. Adult model 7 Fr triple lumen; paediatric models 4 Fr and 5 Fr double lumen. Class III (Rules 7 and 14). The product is not implantable (dwell time below 30 days); Art. 54 consultation procedure does not apply; consultation on the ancillary medicinal substances acc. to Annex IX 5.2 was done (opinion of the Danish Medicines Agency, 2024-11-05).
## Intended purpose and patient group
Short-term central venous access (less than 30 days) in intensive care with reduction of catheter colonisation and CRBSI risk. Patient group: adults and children weighing 10 kg or more with high risk of CRBSI.
## State of the art
CRBSI is a frequent ICU complication with attributable mortality. Prevention bundles (maximal barrier precautions, chlorhexidine skin antisepsis, subclavian site preference, daily review of need) are standard; antimicrobial-impregnated catheters are recommended when CRBSI rates remain high despite bundles (CDC 2011 guideline, category IA for adults).
## Clinical data
| No. | Reference | Population | Design | Result |
| 1 | Veenstra 1999 | adults | meta-analysis, 11 RCTs | colonisation OR 0,44; CRBSI OR 0,56 |
| 2 | Maki 1997 | adults ICU | RCT, 403 catheters | CRBSI 1,0 vs 7,6 per 1000 catheter-days |
| 3 | Rupp 2005 | adults ICU | RCT, 780 patients | colonisation reduced by 40 %; no hypersensitivity |
| 4 | HV-REG-01 | adults ICU, Klorasil | registry, 1 240 catheters | CRBSI 1,1 per 1000 catheter-days |
| 5 | HV-TR-115 | in vitro | zone of inhibition | S. aureus, S. epidermidis, C. albicans inhibited for 14 days |
Efficacy in children is supported by in vitro study HV-TR-115 showing inhibition zones against S. aureus, S. epidermidis and C. albicans, and by adult RCTs [2, 3].
## Safety
Anaphylaxis to chlorhexidine-impregnated catheters is rare but reported (mainly in Japan, in the UK case reports). No anaphylaxis in HV-REG-01. Mechanical complications similar to non-impregnated catheters.
## Acceptance criteria
CRBSI 1,1 per 1000 catheter-days in adults (criterion max. 1,5) – met. Colonisation relative risk 0,60 in literature – met. No product-related anaphylaxis in own data – met.
## Residual risks and side effects
""" + "\n".join("- " + s for s in SE_EN) + r"""
## Conclusion
Benefit-risk acceptable for adults and children of 10 kg or more in ICU. PMCF acc. to HV-PMCF-02.
## References
[1] Veenstra DL, Saint S, Saha S, et al. Efficacy of antiseptic-impregnated central venous catheters in preventing catheter-related bloodstream infection: a meta-analysis. JAMA 1999;281:261–267.
[2] Maki DG, Stolz SM, Wheeler S, Mermel LA. Prevention of central venous catheter-related bloodstream infection by use of an antiseptic-impregnated catheter. Ann Intern Med 1997;127:257–266.
[3] Rupp ME, Lisco SJ, Lipsett PA, et al. Effect of a second-generation venous catheter impregnated with chlorhexidine and silver sulfadiazine on central catheter-related infections. Ann Intern Med 2005;143:570–580.
[4] O'Grady NP, Alexander M, Burns LA, et al. Guidelines for the prevention of intravascular catheter-related infections. Clin Infect Dis 2011;52:e162–e193.
"""

pmcf = r"""
# PMCF PLAN – Klorasil CVC
HV-PMCF-02, version 2, 07.03.2025. Linked to CER HV-CER-02 version 3.
## 1. Objectives
a) confirm CRBSI rate per 1000 catheter-days in adults in routine ICU use;
b) generate first clinical data in children of 10 kg and more (paediatric ICU), on CRBSI and colonisation;
c) detect hypersensitivity and anaphylaxis (residual risk).
## 2. Method
Prospective multicentre cohort in 8 adult ICUs and 4 paediatric ICUs (DK, DE, IT). Catheter tip culture at removal; CRBSI acc. to CDC/NHSN definitions; adverse events until 48 h after removal.
## 3. Sample size
Adults: 900 catheters (approx. 7 000 catheter-days) – CRBSI rate of 1,1 estimated with 95 % CI 0,5–2,0. Children: 300 catheters (approx. 2 100 catheter-days) – allows detecting colonisation rate of 10 % with ±3,4 %; anaphylaxis with true rate 1 % observed at least once with 95 % probability.
## 4. Timeline
Start 09.2025, end of enrolment 12.2026, report 06.2027.
"""

ifu_en = r"""
# Klorasil CVC – Central venous catheter, antimicrobial – Instructions for use
HV-IFU-EN, rev. 6, 2025-01. Holmgaard Vascular A/S, Vejlevej 88, 7100 Vejle, Denmark. CE 2874. Sterile EO. Single use. Contains chlorhexidine acetate and silver sulfadiazine.
## 1. Purpose of the product
Short-term (less than 30 days) central venous access for infusion, parenteral nutrition, blood sampling and CVP monitoring, with reduction of catheter colonisation and catheter-related bloodstream infection.
## 2. Patient group
Adults and children with body weight from 3 kg, in intensive care, with high risk of catheter-related infection.
## 3. Contraindications to use
- known hypersensitivity to chlorhexidine, silver sulfadiazine or sulfonamides
- infection, burn or injury at the insertion site
- thrombosis of the target vein
## 4. Warnings
- Anaphylactic reactions to chlorhexidine-impregnated catheters have been reported. Remove the catheter immediately if hypersensitivity occurs.
- Do not use syringes smaller than 10 ml for flushing; high pressure may damage the catheter.
- In case of resistance at flushing, flush the lumen with force using a 2 ml syringe to remove the occlusion.
- Do not use acetone or alcohol-containing solutions on the catheter surface.
- Confirm tip position by X-ray or ECG before use; the tip should not lie in the right atrium.
## 5. Users and place of use
Physicians trained in central venous catheterisation; intensive care units and operating theatres.
## 6. Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 7. Technical data
| Model | Size | Lumens | Length | Gravity flow (distal lumen) |
| KL-A716 | 7 Fr | 3 | 16 cm | 55 ml/min |
| KL-A720 | 7 Fr | 3 | 20 cm | 50 ml/min |
| KL-P408 | 4 Fr | 2 | 8 cm | 14 ml/min |
| KL-P513 | 5 Fr | 2 | 13 cm | 22 ml/min |
"""

ifu_de = r"""
# Klorasil ZVK – Zentralvenöser Katheter, antimikrobiell – Gebrauchsanweisung
HV-IFU-DE, Rev. 6, 2025-01. Holmgaard Vascular A/S, Vejlevej 88, 7100 Vejle, Dänemark. CE 2874. Steril EO. Zum Einmalgebrauch. Enthält Chlorhexidinacetat und Silbersulfadiazin.
## 1. Zweckbestimmung
Kurzzeitiger (weniger als 30 Tage) zentralvenöser Zugang für Infusion, parenterale Ernährung, Blutentnahme und ZVD-Messung, mit Reduktion der Katheterbesiedelung und katheterassoziierter Blutstrominfektionen.
## 2. Patientengruppe
Erwachsene und Kinder ab 3 kg Körpergewicht auf der Intensivstation mit hohem Risiko für katheterassoziierte Infektionen.
## 3. Kontraindikationen
- bekannte Überempfindlichkeit gegen Sulfonamide
- Infektion, Verbrennung oder Verletzung an der Einstichstelle
- Thrombose der Zielvene
## 4. Warnhinweise
- Keine Spritzen unter 10 ml zum Spülen verwenden; hoher Druck kann den Katheter beschädigen.
- Bei Widerstand beim Spülen das Lumen mit einer 2-ml-Spritze kräftig spülen, um den Verschluss zu lösen.
- Keine aceton- oder alkoholhaltigen Lösungen auf der Katheteroberfläche verwenden.
- Lage der Katheterspitze vor Gebrauch durch Röntgen oder EKG bestätigen; die Spitze darf nicht im rechten Vorhof liegen.
## 5. Anwender und Einsatzort
In der zentralvenösen Katheterisierung geschulte Ärzte; Intensivstationen und Operationssäle.
## 6. Nebenwirkungen und Restrisiken
- katheterassoziierte Blutstrominfektion trotz Imprägnierung
- lokale Infektion an der Einstichstelle
- arterielle Punktion, Hämatom, Pneumothorax beim Legen
- Thrombose oder Verschluss des Katheters
- Luftembolie
- Herzrhythmusstörung, wenn die Spitze im rechten Vorhof liegt
- Überempfindlichkeitsreaktion gegen Silbersulfadiazin
## 7. Technische Daten
| Modell | Größe | Lumen | Länge | Schwerkraftfluss (distales Lumen) |
| KL-A716 | 7 Fr | 3 | 16 cm | 55 ml/min |
| KL-A720 | 7 Fr | 3 | 20 cm | 50 ml/min |
| KL-P408 | 4 Fr | 2 | 8 cm | 14 ml/min |
| KL-P513 | 5 Fr | 2 | 13 cm | 22 ml/min |
"""

ifu_it = r"""
# Klorasil CVC – Catetere venoso centrale antimicrobico – Istruzioni per l'uso
HV-IFU-IT, rev. 6, 2025-01. Holmgaard Vascular A/S, Vejlevej 88, 7100 Vejle, Danimarca. CE 2874. Sterile EO. Monouso. Contiene clorexidina acetato e sulfadiazina argentica.
## 1. Destinazione d'uso
Accesso venoso centrale a breve termine (meno di 30 giorni) per infusione, nutrizione parenterale, prelievi ematici e monitoraggio della PVC, con riduzione della colonizzazione del catetere e delle infezioni del torrente ematico correlate al catetere.
## 2. Popolazione di pazienti
Adulti e bambini con peso corporeo a partire da 3 kg, in terapia intensiva, ad alto rischio di infezione correlata al catetere.
## 3. Controindicazioni
- ipersensibilità nota a clorexidina, sulfadiazina argentica o sulfamidici
- infezione, ustione o lesione nel sito di inserimento
- trombosi della vena di accesso
## 4. Avvertenze
- Sono state segnalate reazioni anafilattiche ai cateteri impregnati di clorexidina. Rimuovere immediatamente il catetere in caso di ipersensibilità.
- Non utilizzare siringhe inferiori a 10 ml per il lavaggio; una pressione elevata può danneggiare il catetere.
- In caso di resistenza al lavaggio, lavare il lume con forza utilizzando una siringa da 2 ml per rimuovere l'occlusione.
- Non utilizzare soluzioni contenenti acetone o alcol sulla superficie del catetere.
- Confermare la posizione della punta con radiografia o ECG prima dell'uso; la punta non deve trovarsi nell'atrio destro.
## 5. Utilizzatori e luogo di utilizzo
Medici formati nel cateterismo venoso centrale; unità di terapia intensiva e sale operatorie.
## 6. Effetti collaterali e rischi residui
- infezione del torrente ematico correlata al catetere nonostante l'impregnazione
- infezione locale nel sito di inserimento
- puntura arteriosa, ematoma, pneumotorace all'inserimento
- trombosi o occlusione del catetere
- embolia gassosa
- aritmia cardiaca quando la punta è nell'atrio destro
- reazione di ipersensibilità o anafilattica alla clorexidina o alla sulfadiazina argentica
## 7. Dati tecnici
| Modello | Misura | Lumi | Lunghezza | Flusso a gravità (lume distale) |
| KL-A716 | 7 Fr | 3 | 16 cm | 55 ml/min |
| KL-A720 | 7 Fr | 3 | 20 cm | 50 ml/min |
| KL-P408 | 4 Fr | 2 | 8 cm | 14 ml/min |
| KL-P513 | 5 Fr | 2 | 13 cm | 22 ml/min |
"""

sscp = r"""
# Summary of Safety and Clinical Performance – Klorasil CVC
HV-SSCP-02, revision 1, 2025-03-10
## Identification
| Item | Content |
| Trade name | Klorasil CVC |
| Manufacturer | Holmgaard Vascular A/S, Vejle, Denmark; SRN DK-MF-000061834 |
| Basic UDI-DI | 5790055566677KLCVC4 |
| Class | III (Rules 7 and 14), medicinal substances with ancillary action: chlorhexidine acetate, silver sulfadiazine |
| Notified Body | BEEM, 2874 |
## Intended use
Short-term (less than 30 days) central venous access in intensive care, with reduction of catheter colonisation and CRBSI. Target population: adults and children with a body weight of 10 kg or more at high risk of CRBSI. Contraindications: hypersensitivity to chlorhexidine, silver sulfadiazine or sulfonamides; infection, burn or injury at insertion site; thrombosis of target vein.
## Risks and undesirable effects
| Effect | Frequency |
| Catheter-related bloodstream infection despite impregnation | 1.1 per 1000 catheter-days (HV-REG-01) |
| Local infection at the insertion site | 2.4 % |
| Arterial puncture, haematoma, pneumothorax at insertion | 3.1 % (pneumothorax 0.4 %) |
| Thrombosis or occlusion of the catheter | 2.0 % |
| Air embolism | not observed |
| Cardiac arrhythmia when the tip is in the right atrium | not observed |
| Hypersensitivity or anaphylactic reaction to chlorhexidine or silver sulfadiazine | not observed in 1 240 catheters; rare reports in literature |
## Clinical evidence
Adult RCTs and meta-analysis on chlorhexidine-silver sulfadiazine catheters, own registry HV-REG-01 (1 240 adult catheters). PMCF cohort with 900 adult and 300 paediatric catheters.
## Alternatives
Non-impregnated CVC with prevention bundle; minocycline-rifampicin impregnated CVC; chlorhexidine-impregnated dressings.
"""

cear = r"""
# Clinical Evaluation Assessment Report
Organisme notifié BEEM – NB 2874, Paris. CEAR-2874-25-0071, version 1, 03.04.2025.
## A. Administrative particulars
Klorasil CVC, adult and paediatric models, Holmgaard Vascular A/S (SRN DK-MF-000061834), Basic UDI-DI 5790055566677KLCVC4. Initial certification. Documents: CEP HV-CEP-02 ed. 2; CER HV-CER-02 v3; PMCF plan HV-PMCF-02 v2; SSCP HV-SSCP-02 rev. 1; IFU English, German and Italian rev. 6.
## C. Classification and procedure
Class III per Rule 14 and Rule 7. The device remains less than 30 days and is not implantable; Article 54(1) is not applicable. The consultation of the medicinal products authority per Annex IX section 5.2 was performed (Danish Medicines Agency, favourable opinion).
## C. Intended purpose (NB summary)
Short-term central venous access in intensive care for adults and children of 10 kg body weight or more, at high risk of CRBSI, with reduction of colonisation and CRBSI.
## D. Clinical data
The adult evidence is robust (meta-analysis, two RCTs, own registry). Observation n°1: the CER shall discuss anaphylaxis reports. Closed.
## F. PMCF
The cohort includes paediatric ICUs. Noted.
## Conclusion
The Notified Body considers the clinical evidence sufficient and the benefit-risk ratio acceptable.
"""

DOSSIER = {
    "id": ID,
    "device": "Klorasil CVC, chlorhexidine and silver sulfadiazine impregnated central venous catheter for ICU adults and children",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "HV-CEP-02 ed. 2 – Holmgaard Vascular A/S", cep),
        CER: doc("CER", "en", "HV-CER-02 v3", cer),
        PMCF: doc("PMCF-plan", "en", "HV-PMCF-02 v2", pmcf),
        IFU_EN: doc("IFU", "en", "HV-IFU-EN rev. 6", ifu_en),
        IFU_DE: doc("IFU", "de", "HV-IFU-DE Rev. 6", ifu_de),
        IFU_IT: doc("IFU", "it", "HV-IFU-IT rev. 6", ifu_it),
        SSCP: doc("SSCP", "en", "HV-SSCP-02 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0071", cear),
    },
    "labels": [
        label("ifu_weight_3kg_vs_10kg", "population", [IFU_EN, IFU_DE, IFU_IT, CER, SSCP],
              ["Adults and children with body weight from 3 kg, in intensive care, with high risk of catheter-related infection.",
               "Erwachsene und Kinder ab 3 kg Körpergewicht auf der Intensivstation",
               "Adulti e bambini con peso corporeo a partire da 3 kg",
               "Patient group: adults and children weighing 10 kg or more with high risk of CRBSI.",
               "Target population: adults and children with a body weight of 10 kg or more at high risk of CRBSI."],
              "All IFU versions admit children from 3 kg body weight; CEP, CER, SSCP and CEAR define the population from 10 kg."),
        label("paediatric_efficacy_from_in_vitro_and_adults", "evidence", [CER],
              ["Efficacy in children is supported by in vitro study HV-TR-115 showing inhibition zones against S. aureus, S. epidermidis and C. albicans",
               "and by adult RCTs [2, 3]"],
              "Children are in the intended population but no paediatric clinical data exist; paediatric efficacy is inferred from an in vitro zone-of-inhibition test and adult trials, while the CEP applies the acceptance criteria to children as well."),
        label("forceful_flush_small_syringe", "safety-instruction", [IFU_EN, IFU_DE, IFU_IT],
              ["In case of resistance at flushing, flush the lumen with force using a 2 ml syringe to remove the occlusion.",
               "Bei Widerstand beim Spülen das Lumen mit einer 2-ml-Spritze kräftig spülen, um den Verschluss zu lösen.",
               "lavare il lume con forza utilizzando una siringa da 2 ml per rimuovere l'occlusione",
               "Do not use syringes smaller than 10 ml for flushing; high pressure may damage the catheter."],
              "The IFU instructs forceful flushing of an occluded lumen with a 2 ml syringe, which generates high pressure (catheter rupture, embolisation of clot) and contradicts its own warning against syringes smaller than 10 ml."),
        label("de_ifu_drops_chlorhexidine_hypersensitivity", "language", [IFU_EN, IFU_DE],
              ["known hypersensitivity to chlorhexidine, silver sulfadiazine or sulfonamides",
               "bekannte Überempfindlichkeit gegen Sulfonamide",
               "Anaphylactic reactions to chlorhexidine-impregnated catheters have been reported.",
               "Überempfindlichkeitsreaktion gegen Silbersulfadiazin"],
              "The German IFU contraindicates only sulfonamide hypersensitivity, omits the chlorhexidine anaphylaxis warning and lists only silver sulfadiazine hypersensitivity among side effects; English and Italian versions contraindicate chlorhexidine hypersensitivity and warn of anaphylaxis.",
              accept=["intended-use", "safety-instruction"]),
    ],
}

"""ak05 – EUS fine-needle biopsy needle. Class IIa (Rule 6, transient surgically invasive via endoscope):
CECP not required. CLEAN; near-misses: 22 G / 22-gauge / 0.72 mm, 1 400 mm / 140 cm, platelets
50 × 10^9/L vs 50 000/µL, decimal commas."""
import common as C

NAME = "EchoCore FNB needle"
D = dict(
    dossier="ak05_eusfnbneedle",
    device="EchoCore FNB – endoscopic-ultrasound fine-needle biopsy needle, 19/22/25 G, crown tip",
    cls_label="IIa", cls="IIa", rule="Annex VIII, Rule 6 (surgically invasive, transient use)",
    company="Endosonix NV", addr="Ottergemsesteenweg-Zuid 808, 9000 Ghent, Belgium", srn="BE-MF-000048815",
    name=NAME, model="ECF-19 / ECF-22 / ECF-25", udi="5430001ECFNB22X3",
    abbr_sentence=("The device is used for endoscopic ultrasound (EUS)-guided fine-needle biopsy (FNB) of solid "
                   "lesions, as distinguished from fine-needle aspiration (FNA), in which only cytological "
                   "material is obtained; rapid on-site evaluation (ROSE) is abbreviated as such."),
    cecp_text=("As a class IIa, non-implantable and non-active device, the device does not fall within Article "
               "54(1) MDR; the clinical evaluation consultation procedure (CECP) does not apply."),
    purpose=("The EchoCore FNB needle is intended for the acquisition of histological core tissue from "
             "submucosal and extramural lesions within or adjacent to the gastrointestinal tract under EUS "
             "guidance, via the working channel of a linear-array echoendoscope."),
    population="adult patients (≥18 years) with solid lesions accessible by EUS.",
    indications=["Solid pancreatic lesions", "Subepithelial lesions of the gastrointestinal wall",
                 "Enlarged mediastinal or abdominal lymph nodes", "Solid liver lesions accessible from the stomach or duodenum"],
    contraindications=["Coagulopathy (INR > 1.5 or platelets < 50 × 10^9/L) that cannot be corrected",
                       "Interposed vessels or structures that cannot be avoided along the needle path",
                       "Pancreatic cystic lesions (use an FNA needle instead)",
                       "Contraindication to upper gastrointestinal endoscopy"],
    users="gastroenterologists trained in EUS, in an endoscopy unit of a hospital.",
    description=[
        "The needle consists of a stainless-steel (AISI 304) needle with a three-point crown tip, a stylet, a "
        "polytetrafluoroethylene-coated sheath of 5.2 F and a handle with adjustable stroke (0 to 80 mm) and "
        "sheath-length adjustment; the distal 10 mm of the needle are dimpled for echogenicity.",
        "After puncture under EUS guidance, the stylet is withdrawn and 10 to 15 to-and-fro movements are "
        "performed with the slow-pull or suction technique; the core is expelled with the stylet or with air."],
    spec_caption="Table 1. Technical data",
    specs=[["Needle sizes", "19 G (1.07 mm), 22 G (0.72 mm), 25 G (0.51 mm)"],
           ["Working length", "1 400 mm"],
           ["Maximum needle extension (stroke)", "80 mm"],
           ["Minimum working channel", "2.8 mm (2.0 mm for 25 G)"],
           ["Sterilisation", "Ethylene oxide, SAL 1.0 × 10^-6"]],
    spec_notes=["G, gauge; the outer diameter of the needle is given in parentheses."],
    sota=[
        "EUS-guided tissue acquisition is the standard of care for the diagnosis of solid pancreatic masses; "
        "the 2021 ESGE guideline recommends FNB needles over FNA needles for solid pancreatic masses and "
        "subepithelial lesions [1], with pooled diagnostic accuracies of 87% to 92% for fork-tip or "
        "Franseen-tip needles [2].",
        "Adverse events of EUS tissue acquisition are reported in 0.5% to 2.5% of procedures, acute "
        "pancreatitis (approximately 0.4%), bleeding and infection predominating; perforation is rare [3]."],
    search_date="10 February 2025", search_n=(1380, 977, 16),
    lit=[["[2]", "Network meta-analysis", "5 330", "Solid pancreatic lesions", "—", "Accuracy FNB 87% to 92%"],
         ["[4]", "RCT", "608", "Solid pancreatic lesions", "—", "Franseen vs fork-tip: 92% vs 90%"],
         ["[3]", "Systematic review", "10 941", "EUS-TA, all indications", "7 d", "AE 0.98%"],
         ["EC-01", "Prospective, own device", "180", "Solid lesions, adults", "7 d", "Accuracy 91.7% (95% CI 86.6 to 95.3)"]],
    lit_notes=["d, days; AE, adverse events; EUS-TA, EUS tissue acquisition. Accuracy against surgical histology or ≥ 6 months clinical follow-up."],
    clin=["The prospective study EC-01 included 180 adults (mean age 66 ± 11 years) with solid pancreatic (n = "
          "122), subepithelial (n = 28), lymph-node (n = 21) or liver lesions (n = 9); diagnostic accuracy was "
          "91.7% overall and 92.6% for pancreatic lesions, a histological core being obtained in 94.4% of "
          "passes. Two adverse events (1.1%) occurred: one mild pancreatitis and one self-limiting bleeding.",
          "Lesions of the liver were under-represented (n = 9); this is addressed in the PMCF plan."],
    equiv="No equivalence is claimed.",
    safety=[["Acute pancreatitis", "1 of 180 (0.6%)", "0.4% [3]"],
            ["Bleeding requiring intervention", "0 of 180", "0.1% to 0.7% [3]"],
            ["Any adverse event", "2 of 180 (1.1%)", "0.5% to 2.5% [3]"]],
    risks=["pancreatitis", "bleeding", "infection", "perforation", "needle-tract seeding (very rare)"],
    performance=["The clinical benefit is a definitive histological diagnosis permitting treatment decisions, "
                 "with a diagnostic accuracy non-inferior to the SOTA of FNB needles."],
    br="The benefit-risk ratio is favourable.",
    conclusion="Conformity with GSPR 1 and 8 is demonstrated for all indications; liver lesions will be further confirmed by PMCF.",
    pmcf_summary="A prospective registry of 250 procedures (ES-PMCF-005) focusing on liver lesions and lymph nodes is planned.",
    cer_authors="Prof. dr. B. Lemmens (gastroenterologist, PhD), dr. C. Van Acker (PhD, pathology), R. Dumont (MSc, regulatory affairs)",
    cep_ref="ES-CEP-005 v1.0",
    benefits=[["Definitive diagnosis", "Diagnostic accuracy against reference standard", "≥ 85%"],
              ["Adequate tissue", "Histological core procurement per pass", "≥ 85%"],
              ["Safety", "Adverse events within 7 days", "≤ 2.5%"]],
    devplan="Prospective study EC-01 (completed) and PMCF registry.",
    pico=("adults with solid lesions accessible by EUS", "EUS-FNB with crown-tip needle", "FNA or other FNB needles", "accuracy, adverse events"),
    br_criteria="All acceptance criteria of Table 1 must be met.",
    refs=["[1] Polkowski M et al. Endoscopy 2017;49:989-1006 and update 2021.",
          "[2] Gkolfakis P et al. Gastrointest Endosc 2022;95:1067-77.",
          "[3] Wang KX et al. Gastrointest Endosc 2011;73:283-90.",
          "[4] Literature database ES-LIT-2025."],
    pmcf=dict(
        rationale="Liver lesions (n = 9) and lymph nodes (n = 21) were under-represented in EC-01.",
        objectives=["To confirm diagnostic accuracy ≥ 85% in liver lesions and lymph nodes", "To confirm adverse event rate ≤ 2.5%"],
        design="Prospective multicentre registry in 5 endoscopy units (Ghent, Brussels, Aachen, Oulu, Valencia).",
        population="adults undergoing EUS-FNB with the device, with enrichment for liver lesions and lymph nodes (≥ 60 each).",
        n="250 procedures; 60 liver lesions give a 95% CI half-width of ±8% at an expected accuracy of 88%.",
        endpoints=["Diagnostic accuracy", "Core procurement rate", "Adverse events at 7 days"],
        general=["Complaint trending", "Literature update"],
        timeline=[["Start", "Q2 2025"], ["Final report", "Q2 2027"]],
        link="The objectives address the under-represented indications identified in CER Section 6.2."),
)
D["ifu"] = {
    "en": dict(name=NAME, title_line="Sterile. Single use. Rx only.", purpose=D["purpose"],
               population="Adults with solid lesions accessible by EUS.", indications=D["indications"],
               contraindications=["Uncorrectable coagulopathy (INR above 1.5 or platelet count below 50 000/µL)",
                                  "Vessels or organs in the needle path that cannot be avoided",
                                  "Cystic pancreatic lesions", "Contraindication to endoscopy"],
               users="Gastroenterologists trained in EUS; hospital endoscopy unit.",
               warnings=["Check the needle path with colour Doppler before every puncture.",
                         "Fully retract the needle into the sheath before removing the device from the echoendoscope."],
               specs=[["Needle sizes", "19-gauge, 22-gauge, 25-gauge"], ["Working length", "140 cm"],
                      ["Stroke", "0-80 mm"], ["Working channel", "≥ 2.8 mm (25-gauge: ≥ 2.0 mm)"]], lines=False,
               side="Pancreatitis, bleeding, infection, perforation, pain."),
    "de": dict(name=NAME, title_line="Steril. Zum Einmalgebrauch.",
               purpose=("Die EchoCore FNB-Nadel dient der Gewinnung histologischer Gewebezylinder aus submukösen und extramuralen "
                        "Läsionen im oder neben dem Gastrointestinaltrakt unter Endosonographie (EUS)-Kontrolle."),
               population="Erwachsene (≥18 Jahre) mit soliden, endosonographisch erreichbaren Läsionen.",
               indications=["Solide Pankreasläsionen", "Subepitheliale Läsionen der Wand des Gastrointestinaltrakts",
                            "Vergrößerte mediastinale oder abdominelle Lymphknoten", "Solide Leberläsionen, erreichbar von Magen oder Duodenum"],
               contraindications=["Nicht korrigierbare Gerinnungsstörung (INR > 1,5 oder Thrombozyten < 50.000/µl)",
                                  "Nicht umgehbare Gefäße oder Organe im Nadelweg", "Zystische Pankreasläsionen", "Kontraindikation gegen Endoskopie"],
               users="In der Endosonographie ausgebildete Gastroenterologen; Endoskopieabteilung eines Krankenhauses.",
               warnings=["Vor jeder Punktion den Nadelweg mit Farbdoppler prüfen.", "Nadel vor dem Entfernen vollständig in die Hülle zurückziehen."],
               specs=[["Nadelgrößen", "19 G, 22 G, 25 G"], ["Arbeitslänge", "1.400 mm"], ["Hub", "0–80 mm"]]),
    "fi": dict(name=NAME, title_line="Steriili. Kertakäyttöinen.",
               purpose=("EchoCore FNB -neula on tarkoitettu histologisen kudosnäytteen ottamiseen ruoansulatuskanavan seinämän "
                        "sisällä tai sen vieressä olevista kiinteistä muutoksista endoskooppisen ultraäänen (EUS) ohjauksessa."),
               population="Aikuiset (≥18 vuotta), joilla on EUS:llä tavoitettava kiinteä muutos.",
               indications=["Haiman kiinteät muutokset", "Ruoansulatuskanavan seinämän subepiteliaaliset muutokset",
                            "Suurentuneet välikarsinan tai vatsaontelon imusolmukkeet", "Mahalaukusta tai pohjukaissuolesta tavoitettavat maksan kiinteät muutokset"],
               contraindications=["Korjaamaton hyytymishäiriö (INR > 1,5 tai trombosyytit < 50 × 10^9/l)", "Neulan reitillä verisuonia tai elimiä, joita ei voi välttää",
                                  "Haiman kystiset muutokset", "Endoskopian vasta-aihe"],
               users="EUS-koulutetut gastroenterologit sairaalan endoskopiayksikössä.",
               warnings=["Tarkista neulan reitti väridopplerilla ennen jokaista pistoa."],
               specs=[["Neulakoot", "19 G, 22 G, 25 G"], ["Työpituus", "1 400 mm"], ["Iskunpituus", "0–80 mm"]]),
    "es": dict(name=NAME, title_line="Estéril. Un solo uso.",
               purpose=("La aguja EchoCore FNB está destinada a la obtención de cilindros de tejido histológico de lesiones submucosas y "
                        "extramurales del tracto gastrointestinal o adyacentes a él, bajo guía de ecoendoscopia (USE)."),
               population="Pacientes adultos (≥18 años) con lesiones sólidas accesibles por USE.",
               indications=["Lesiones pancreáticas sólidas", "Lesiones subepiteliales de la pared gastrointestinal",
                            "Adenopatías mediastínicas o abdominales", "Lesiones hepáticas sólidas accesibles desde el estómago o el duodeno"],
               contraindications=["Coagulopatía no corregible (INR > 1,5 o plaquetas < 50 000/µl)", "Vasos u órganos interpuestos que no pueden evitarse",
                                  "Lesiones quísticas pancreáticas", "Contraindicación para la endoscopia"],
               users="Gastroenterólogos con formación en USE, en la unidad de endoscopia hospitalaria.",
               warnings=["Compruebe el trayecto de la aguja con Doppler color antes de cada punción."],
               specs=[["Calibres", "19 G, 22 G, 25 G"], ["Longitud de trabajo", "1400 mm"], ["Recorrido", "0-80 mm"]]),
}
D["cear"] = dict(
    type="Initial certification (technical documentation sampling, class IIa)",
    docs="ES-CEP-005 v1.0; ES-CER-005 v1.0; ES-PMCF-005 v1.0; IFU EchoCore (EN, DE, FI, ES) rev. 1.",
    reviewers="Dr. Dimitrios Papadopoulos, MD, gastroenterologist with EUS expertise (clinical reviewer); Mr. Nikolaos Stavrou, MSc, mechanical engineer.",
    description="The under evaluation device is a single-use crown-tip FNB needle in 19, 22 and 25 gauge for EUS-guided tissue acquisition in adult patients.",
    purpose=D["purpose"],
    cecp="Not applicable (class IIa device).",
    sota="The SOTA with the ESGE guideline and the network meta-analysis as benchmarks is adequate.",
    lit="The literature search is adequate.",
    ci="The prospective study EC-01 (n = 180) was assessed; the results are consistent with the CER.",
    br="The benefit-risk is acceptable. The PMCF plan addresses the under-represented liver lesions and lymph nodes.",
    findings=[("Needle path check", "It is requested from the Manufacturer to add the Doppler check of the needle path in all language versions. Closed.")],
    conclusion="The clinical evidence is sufficient.",
)

DOCS = [
    ("ES-CEP-005_v1.0.docx", "CEP", "en", lambda d: C.cep(d, "ES-CEP-005", "1.0", "2024-12-01")),
    ("ES-CER-005_EchoCore_v1.0.docx", "CER", "en", lambda d: C.cer(d, "ES-CER-005", "1.0", "2025-03-14")),
    ("ES-PMCF-005_v1.0.pdf", "PMCF-plan", "en", lambda d: C.pmcf(d, "ES-PMCF-005", "1.0", "2025-03-14")),
    ("IFU_EchoCore_EN_r1.pdf", "IFU", "en", lambda d: C.ifu(d, "en", "IFU EchoCore EN r1")),
    ("IFU_EchoCore_DE_r1.pdf", "IFU", "de", lambda d: C.ifu(d, "de", "IFU EchoCore DE r1")),
    ("IFU_EchoCore_FI_r1.docx", "IFU", "fi", lambda d: C.ifu(d, "fi", "IFU EchoCore FI r1")),
    ("IFU_EchoCore_ES_r1.docx", "IFU", "es", lambda d: C.ifu(d, "es", "IFU EchoCore ES r1")),
    ("HIMDC_CEAR_2025-151.pdf", "CEAR", "en", lambda d: C.cear(d, "CEAR 2025-151", "2025-06-02")),
]
LABELS = []

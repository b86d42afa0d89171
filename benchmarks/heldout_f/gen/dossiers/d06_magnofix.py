"""Resorbable magnesium orthopaedic compression screw (class III, wholly absorbed implant). Clean dossier."""

LONG = "MagnoFix Resorbable Compression Screw"

ADVERSE = [
    ("Radiolucent zones around the screw due to hydrogen gas release (radiographic finding, usually asymptomatic)", "47 % at 6 weeks, 6 % at 12 months"),
    ("Local swelling or pain during resorption", "5.0 % within 6 months"),
    ("Delayed union or non-union", "1.7 % at 12 months"),
    ("Loss of reduction", "1.7 % within 12 weeks"),
    ("Superficial wound infection", "1.2 % within 30 days"),
    ("Screw breakage during insertion", "0.8 % of screws"),
    ("Allergic reaction to the alloy", "0 % observed; not excluded"),
]

SPEC = {
    "id": "f06_magnofix",
    "device": "MagnoFix resorbable magnesium-alloy compression screws (orthopaedic bone fixation)",
    "device_class": "III",
    "name": "MagnoFix",
    "name_long": LONG,
    "generic": "Bioresorbable metallic bone screw (magnesium alloy)",
    "manufacturer": "Osteon Resorb GmbH",
    "address": "Technologiepark 3, 8700 Leoben, Austria",
    "srn": "AT-MF-000011640",
    "nb": "MedNotify Polska Sp. z o.o.",
    "nb_no": "2934",
    "budi": "9120088MGFIXSCR07",
    "emdn": "P0912 – bone screws, resorbable",
    "first_ce": "Not yet certified (initial application)",
    "rmf": "OR-RM-07 Issue 4",
    "pms_plan": "OR-PMS-07 Issue 2",
    "data_lock": "31 May 2024",
    "authors": ["DI Dr. Sabine Kainz, Clinical Affairs", "Mag. Thomas Reiter, Regulatory Affairs"],
    "class_text": "Class III, Annex VIII Rule 8 (implantable device wholly absorbed)",
    "scope_text": ("MagnoFix is a class III implantable device (wholly absorbed, Rule 8). Article 54(1)(a) MDR applies and the "
                   "clinical evaluation consultation procedure is carried out by the notified body. No Article 54(2) "
                   "exemption: the device is new and was never certified before."),
    "models": (["Diameter", "Lengths available", "Design"], [
        ["2.0 mm", "8–20 mm", "Headless, cannulated"],
        ["2.7 mm", "10–30 mm", "Headless, cannulated"],
        ["3.2 mm", "10–40 mm", "With head, cannulated"],
        ["4.0 mm", "16–50 mm", "With head, cannulated"],
    ]),
    "specs": [
        ["Material", "Magnesium alloy Mg-Y-RE-Zr (WE43 type), no coating"],
        ["Diameters", "2.0 / 2.7 / 3.2 / 4.0 mm"],
        ["Lengths", "8–50 mm depending on diameter"],
        ["Maximum insertion torque", "0.4 N·m (2.7 mm), 0.6 N·m (3.2 mm)"],
        ["Mechanical stability in vivo", "sufficient for at least 12 weeks"],
        ["Resorption", "largely resorbed and replaced by bone within approximately 2 years"],
        ["MRI", "MR Safe (non-ferromagnetic), small artefacts"],
        ["Sterilisation", "Gamma irradiation"],
    ],
    "specs_prose": ("MagnoFix screws are made from the magnesium alloy Mg-Y-RE-Zr (WE43 type) without coating. They are available "
                    "in diameters of 2.0, 2.7, 3.2 and 4.0 mm and lengths between 8 and 50 mm, depending on the diameter. The "
                    "insertion torque must not exceed 40 N·cm for the 2.7 mm screw and 60 N·cm for the 3.2 mm screw. The "
                    "mechanical stability is sufficient for at least 12 weeks, which covers the bone healing period of the "
                    "indicated osteotomies and fractures; afterwards the screw is largely resorbed and replaced by bone within "
                    "approximately 2 years. The screws are non-ferromagnetic (MR Safe) and sterilised by gamma irradiation."),
    "intended_purpose": ("MagnoFix screws are intended for the fixation of bone fragments, osteotomies and fractures of small "
                         "bones, where the screw is resorbed after the healing so that implant removal is not needed."),
    "indications": [
        "Osteotomies of the first metatarsal (e.g. chevron, Scarf) and of the lesser metatarsals",
        "Fractures of the medial malleolus",
        "Fixation of small bone fragments in hand and foot (phalanges, metacarpals, metatarsals)",
    ],
    "contraindications": [
        "Active or suspected infection at the implantation site",
        "Insufficient bone quantity or quality to hold the screw (e.g. severe osteoporosis)",
        "Fractures or osteotomies needing load-bearing stability beyond 12 weeks",
        "Open epiphyseal growth plates",
        "Known hypersensitivity to magnesium, yttrium, rare earth elements or zirconium",
        "Severe renal insufficiency (eGFR < 30 ml/min/1.73 m²)",
    ],
    "population": "Skeletally mature patients (closed epiphyseal growth plates), without upper age limit.",
    "users": "Orthopaedic and trauma surgeons, foot and ankle surgeons and hand surgeons familiar with small-fragment screw fixation.",
    "setting": "Use in the operating room of hospitals and ambulatory surgery centres.",
    "description": [
        "MagnoFix is a cannulated compression screw from a magnesium alloy. The differential thread pitch of the headless "
        "screws (2.0 and 2.7 mm) generates interfragmentary compression; the 3.2 and 4.0 mm screws have a head and act as lag screws.",
        "In the body the magnesium alloy corrodes gradually. Magnesium ions are released and excreted by the kidneys; "
        "hydrogen gas is formed in small amounts and is visible as radiolucent zones on X-ray in the first weeks. The "
        "screw is replaced by bone over approximately 2 years.",
        "Screws are delivered sterile in single packages. Reusable instruments (drill bits, countersinks, screwdrivers) "
        "are part of the MagnoFix instrument tray.",
    ],
    "sota": [
        "Small fragment fixation in the foot and hand is done mostly with titanium or stainless steel screws. Union rates "
        "after first-metatarsal osteotomies are 95–99 %. Implant removal due to irritation is needed in 5–20 % of the "
        "patients, depending on the location.",
        "Resorbable polymer screws (PLLA, PLGA) avoid removal but have lower strength and can cause osteolysis and foreign "
        "body reactions. Magnesium-based screws were introduced in 2013; comparative studies show union rates similar to "
        "titanium with radiolucent zones as typical finding.",
    ],
    "alternatives": ["Titanium or stainless steel screws", "Resorbable polymer screws or pins", "Kirschner wires",
                     "Conservative treatment (for undisplaced fractures)"],
    "search": ("PubMed, Embase, Cochrane CENTRAL; 2010 – data lock point; terms: (magnesium OR bioresorbable OR biodegradable) "
               "AND (screw) AND (osteotomy OR fracture OR hallux OR malleolus) plus the trade name; state of the art search "
               "for titanium screw fixation separately."),
    "search_result": ("The searches of 3 June 2024 found 714 (device-related) and 1 288 (state of the art) records. 34 "
                      "publications were retained for the state of the art and three data sets on MagnoFix."),
    "equivalence_plan": "No equivalence; only data of MagnoFix are used for the device evaluation.",
    "equivalence": "No equivalence with other magnesium screws is claimed; published data on other magnesium screws are only used as state of the art.",
    "cdp": [
        "MAGNO-HV: randomised controlled investigation MagnoFix versus titanium screw in chevron osteotomy, 120 patients, "
        "24 months. MAGNO-MM: prospective case series in medial malleolus fractures, 48 patients, 12 months. MAGNO-HAND: "
        "prospective case series in hand fractures, 62 patients, 12 months.",
        "PMCF: registry MAGNO-REG, 400 patients, 3 years.",
    ],
    "benefits": [
        ("Bone healing comparable to titanium screws", "Radiological union at 12 weeks", "≥ 95 % and non-inferior to titanium (margin 5 %)"),
        ("Avoidance of implant removal surgery", "Implant removal within 24 months", "≤ 2 %"),
        ("Functional recovery", "AOFAS hallux score at 12 months (MAGNO-HV)", "non-inferior to titanium (margin 5 points)"),
    ],
    "safety_criteria": [
        ("Loss of reduction", "≤ 3 %"),
        ("Deep infection requiring revision", "≤ 1 %"),
        ("Non-union at 12 months", "≤ 3 %"),
    ],
    "perf_results": [
        ["Union at 12 weeks", "≥ 95 %, non-inferior", "98.3 % vs 96.7 % titanium", "Yes"],
        ["Implant removal within 24 months", "≤ 2 %", "0 % vs 11.7 % titanium", "Yes"],
        ["AOFAS at 12 months", "non-inferior (5 points)", "91.2 vs 90.4", "Yes"],
    ],
    "safety_results": [
        ["Loss of reduction", "≤ 3 %", "1.7 % (4/230)", "Yes"],
        ["Deep infection", "≤ 1 %", "0 %", "Yes"],
        ["Non-union at 12 months", "≤ 3 %", "1.7 % (4/230)", "Yes"],
    ],
    "studies": (["Study", "Design", "N (MagnoFix)", "Indication", "Follow-up"], [
        ["MAGNO-HV [4]", "RCT vs titanium, 4 sites", "60 (+60 titanium)", "Chevron osteotomy", "24 months"],
        ["MAGNO-MM [5]", "Prospective case series", "48", "Medial malleolus fracture", "12 months"],
        ["MAGNO-HAND [6]", "Prospective case series", "62", "Phalanx and metacarpal fractures", "12 months"],
    ]),
    "results": [
        "In total 170 patients received 241 MagnoFix screws (age 16–79 years; 9 adolescents of 16 or 17 years with closed "
        "growth plates, confirmed radiologically). Union at 12 weeks was 98.3 % in MAGNO-HV, "
        "97.9 % in MAGNO-MM and 98.4 % in MAGNO-HAND.",
        "Radiolucent zones were seen in 47 % at 6 weeks and decreased to 6 % at 12 months without clinical consequence. "
        "No MagnoFix screw was removed; in the titanium arm 7 of 60 screws (11.7 %) were removed within 24 months.",
    ],
    "pms": ["MagnoFix is not yet marketed; no PMS data."],
    "benefit_risk": [
        "MagnoFix achieves healing comparable to titanium screws and avoids implant removal operations. The radiolucent "
        "zones are a known, mostly asymptomatic finding which can be misinterpreted as infection or loosening; this is "
        "addressed in the IFU.",
        "Open questions are the long-term bone remodelling after complete resorption and the use in patients above 75 years, "
        "addressed in PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": ["Misinterpretation of radiolucent zones as infection or loosening"],
    "pmcf_summary": "MAGNO-REG follows 400 patients for 3 years including radiological resorption and patients above 75 years.",
    "summary": [
        "Evaluation of MagnoFix resorbable magnesium compression screws for small bone osteotomies and fractures.",
        "Three investigations with 170 MagnoFix patients meet all acceptance criteria of the CEP.",
    ],
    "conclusion": ["MagnoFix complies with GSPR 1, 8 and 9 for the intended purpose and indications in skeletally mature patients; the benefit-risk ratio is positive."],
    "references": [
        "Windhagen H, Radtke K, Weizbauer A, et al. Biodegradable magnesium-based screw clinically equivalent to titanium screw in hallux valgus surgery. Biomed Eng Online 2013;12:62.",
        "Sukotjo C, Lima-Neto TJ, Santiago Júnior JF, et al. Is there a role for absorbable metals in surgery? A systematic review and meta-analysis of Mg/Mg alloy based implants. Materials 2020;13:3914.",
        "Kim TW, Lee JH, Chang SM. Systematic review of hardware removal after small bone fixation. J Foot Ankle Surg 2019;58:1120–1127.",
        "Osteon Resorb. MAGNO-HV 24-month clinical investigation report OR-CIR-01, 2024.",
        "Osteon Resorb. MAGNO-MM clinical investigation report OR-CIR-02, 2023.",
        "Osteon Resorb. MAGNO-HAND clinical investigation report OR-CIR-03, 2024.",
    ],
    "evaluators": "DI Dr. Sabine Kainz (materials scientist, clinical evaluation) and Prim. Dr. Georg Haas (orthopaedic surgeon). Approved 28 June 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance review quarterly", "Yearly literature search", "Surgeon feedback collected by field staff"],
        "objectives": [
            ("Confirm union and absence of removal surgery in routine use", "Clinical benefit confirmation"),
            ("Describe radiological resorption up to 3 years", "Open question: bone remodelling after resorption"),
            ("Evaluate patients above 75 years", "Open question: limited data in elderly patients"),
            ("Estimate loss of reduction and infection", "Residual risks"),
        ],
        "design": ["Prospective multicentre registry MAGNO-REG (12 sites in AT, DE, ES), consecutive enrolment."],
        "endpoints": ["Union at 12 weeks", "Implant removal and revision surgery through 3 years", "Radiological resorption grade at 1, 2, 3 years",
                      "Loss of reduction, infection"],
        "inclusion": ["Skeletally mature patients treated with MagnoFix for an indication of the IFU", "Informed consent"],
        "exclusion": ["Contraindication according to the IFU"],
        "setting": "Hospitals and ambulatory surgery centres using MagnoFix.",
        "sample_size": ("400 patients, of them at least 80 aged over 75 years. With 400 patients, a removal rate of 1 % has an "
                        "upper 95 % confidence limit of 2.5 %; 80 elderly patients allow to estimate union with ±4 % precision."),
        "timeline": [["Registry start", "Q1 2025"], ["Enrolment complete", "Q4 2026"], ["3-year follow-up complete", "Q4 2029"],
                     ["PMCF evaluation report", "Annually"]],
        "reporting": "Annual PMCF evaluation report, used for CER, SSCP and risk management updates.",
    },
    "sscp": {
        "description": ["Cannulated compression screws of magnesium alloy (WE43 type), diameters 2.0–4.0 mm, resorbed and replaced by bone within about 2 years."],
        "previous": "First generation; no predecessor.",
        "accessories": "MagnoFix instrument tray (drill bits, countersinks, screwdrivers, guide wires).",
        "risk_source": "Data from MAGNO-HV, MAGNO-MM and MAGNO-HAND (170 patients, prospective).",
        "fsca": "No FSCA.",
        "training": "Surgeons experienced in small-fragment fixation; MagnoFix surgical technique training recommended.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "ASTM F3160-21 (in part)", "EN ISO 11137-1:2015", "EN ISO 14155:2020"],
    },
    "sscp_warnings": ["Do not exceed the maximum insertion torque.", "Radiolucent zones in the first months are expected and do not indicate infection by themselves."],
    "sscp_clinical": ["MAGNO-HV (RCT, 120 patients, 24 months): union 98.3 % vs 96.7 % with titanium, no MagnoFix removal vs 11.7 % titanium removal. MAGNO-MM and MAGNO-HAND (110 patients, 12 months): union 97.9 % and 98.4 %."],
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "German", "Spanish"],
        "reviewers": "Clinical: orthopaedic surgeon (MNP-K-02); technical: metallurgist (MNP-T-08).",
        "state_of_art": ["State of the art (titanium screws, polymer implants, earlier magnesium screws) is appropriately described."],
        "literature": ["Literature review methods are adequate."],
        "investigations": ["MAGNO-HV is a well-designed RCT; case series for the other indications are acceptable for these low-load indications."],
        "pmcf": ["MAGNO-REG is adequate and addresses elderly patients and long-term resorption."],
        "ifu": ["IFU and SSCP are consistent with the CER."],
        "conclusion": ["Clinical evidence sufficient; positive benefit-risk; certificate validity 5 years."],
    },
    "cear_summary": [
        "MagnoFix comprises cannulated magnesium-alloy compression screws (2.0 to 4.0 mm) which are resorbed in about 2 years.",
        "As assessed: fixation of osteotomies and fractures of small bones of the foot, ankle (medial malleolus) and hand "
        "in skeletally mature patients, avoiding implant removal.",
    ],
    "cear_scope": ["Class III implantable (Rule 8, wholly absorbed): Art. 54(1)(a) applies, no exemption. Expert panel: orthopaedics, traumatology, rehabilitation, rheumatology."],
    "style": {"v": 0, "heads": "none", "cer_specs_prose": True, "cear_heads": "alpha", "ifu_heads": "none"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="OR-CEP-07", rev="C", date="2024-02-01", file="MagnoFix_CEP.pdf", fmt="pdf"),
        "CER": dict(title="Clinical evaluation report", number="OR-CER-07", rev="D", date="2024-06-28", file="MagnoFix_CER_IssueD.docx", fmt="docx", font="Arial"),
        "PMCF-plan": dict(title="PMCF plan", number="OR-PMCF-07", rev="B", date="2024-06-20", file="MagnoFix_PMCF_plan.pdf", fmt="pdf"),
        "SSCP": dict(title="SSCP", number="OR-SSCP-07", rev="A", date="2024-07-05", file="MagnoFix_SSCP.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="OR-IFU-07", rev="03", date="2024-05", file="MagnoFix_IFU_en.docx", fmt="docx"),
        "IFU-de": dict(title="IFU", number="OR-IFU-07", rev="03", date="2024-05", file="MagnoFix_GA_de.docx", fmt="docx"),
        "IFU-es": dict(title="IFU", number="OR-IFU-07", rev="03", date="2024-05", file="MagnoFix_IU_es.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="MNP/CEAR/2024/0093", rev="1", date="2024-09-16", file="CEAR_MedNotify_MagnoFix.docx", fmt="docx"),
    },
}

_WARN_EN = [
    "Do not exceed the maximum insertion torque; overtightening can break the screw.",
    "Do not use MagnoFix together with implants of other metals in direct contact (galvanic corrosion).",
    "Radiolucent zones around the screw in the first weeks are expected and are not by themselves a sign of infection or loosening.",
    "Do not re-sterilise or reuse the screws.",
]

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Headless screws Ø 2.0 / 2.7 mm · Screws with head Ø 3.2 / 4.0 mm",
        "description": SPEC["description"][:2],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Skeletally mature patients, i.e. patients with closed epiphyseal growth plates. No upper age limit.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": _WARN_EN,
        "precautions": [
            "Plan postoperative partial weight bearing for 6 weeks after osteotomies of the first metatarsal.",
            "Use only the MagnoFix instruments for drilling and insertion.",
            "Inform the patient that the X-ray image will change during resorption.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Reduce the fragments and fix them temporarily with the guide wire.",
            "Measure the length, drill with the cannulated drill (and countersink for headless screws).",
            "Insert the screw with the MagnoFix screwdriver until compression is reached, respecting the maximum torque.",
            "Check the position with the image intensifier.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store dry in the original packaging at 5–25 °C. Unused opened screws must be discarded.",
    },
    "de": {
        "name": "MagnoFix resorbierbare Kompressionsschraube", "subtitle": "Kopflose Schrauben Ø 2,0 / 2,7 mm · Schrauben mit Kopf Ø 3,2 / 4,0 mm",
        "description": [
            "MagnoFix ist eine kanülierte Kompressionsschraube aus einer Magnesiumlegierung. Die unterschiedliche "
            "Gewindesteigung der kopflosen Schrauben (2,0 und 2,7 mm) erzeugt interfragmentäre Kompression; die Schrauben "
            "mit 3,2 und 4,0 mm haben einen Kopf und wirken als Zugschrauben.",
            "Im Körper korrodiert die Magnesiumlegierung schrittweise. Magnesiumionen werden über die Nieren ausgeschieden; "
            "geringe Mengen Wasserstoffgas sind in den ersten Wochen als Aufhellungen im Röntgenbild sichtbar. Die Schraube "
            "wird innerhalb von etwa 2 Jahren durch Knochen ersetzt.",
        ],
        "intended_purpose": ("MagnoFix Schrauben sind für die Fixierung von Knochenfragmenten, Osteotomien und Frakturen "
                             "kleiner Knochen bestimmt, wobei die Schraube nach der Heilung resorbiert wird, sodass keine "
                             "Implantatentfernung erforderlich ist."),
        "indications": [
            "Osteotomien des ersten Mittelfußknochens (z. B. Chevron, Scarf) und der kleineren Mittelfußknochen",
            "Frakturen des Innenknöchels",
            "Fixierung kleiner Knochenfragmente an Hand und Fuß (Phalangen, Mittelhand- und Mittelfußknochen)",
        ],
        "contraindications": [
            "Aktive oder vermutete Infektion im Implantationsbereich",
            "Unzureichende Knochenmenge oder -qualität zum Halt der Schraube (z. B. schwere Osteoporose)",
            "Frakturen oder Osteotomien, die über 12 Wochen hinaus eine belastungsstabile Versorgung erfordern",
            "Offene Epiphysenfugen",
            "Bekannte Überempfindlichkeit gegen Magnesium, Yttrium, Seltene Erden oder Zirkonium",
            "Schwere Niereninsuffizienz (eGFR < 30 ml/min/1,73 m²)",
        ],
        "population": "Skelettreife Patienten, d. h. Patienten mit geschlossenen Epiphysenfugen. Keine obere Altersgrenze.",
        "users": ("Orthopäden und Unfallchirurgen, Fuß- und Handchirurgen mit Erfahrung in der Kleinfragment-Schraubenosteosynthese. "
                  "Anwendung im Operationssaal von Krankenhäusern und ambulanten OP-Zentren."),
        "warnings": [
            "Das maximale Eindrehmoment nicht überschreiten; zu starkes Anziehen kann die Schraube brechen.",
            "MagnoFix nicht in direktem Kontakt mit Implantaten aus anderen Metallen verwenden (galvanische Korrosion).",
            "Aufhellungen um die Schraube in den ersten Wochen sind zu erwarten und für sich allein kein Zeichen einer Infektion oder Lockerung.",
            "Schrauben nicht resterilisieren oder wiederverwenden.",
        ],
        "precautions": [
            "Nach Osteotomien des ersten Mittelfußknochens 6 Wochen Teilbelastung einplanen.",
            "Nur MagnoFix Instrumente zum Bohren und Eindrehen verwenden.",
            "Den Patienten informieren, dass sich das Röntgenbild während der Resorption verändert.",
        ],
        "adverse": ["Aufhellungen um die Schraube durch Wasserstofffreisetzung (Röntgenbefund, meist symptomlos)",
                    "Lokale Schwellung oder Schmerzen während der Resorption", "Verzögerte Heilung oder Pseudarthrose",
                    "Repositionsverlust", "Oberflächliche Wundinfektion", "Schraubenbruch beim Eindrehen",
                    "Allergische Reaktion auf die Legierung"],
        "instructions": [
            "Fragmente reponieren und mit dem Führungsdraht temporär fixieren.",
            "Länge messen, mit dem kanülierten Bohrer bohren (bei kopflosen Schrauben zusätzlich ansenken).",
            "Schraube mit dem MagnoFix Schraubendreher bis zur Kompression eindrehen, maximales Drehmoment beachten.",
            "Lage mit dem Bildwandler kontrollieren.",
        ],
        "specs": [
            ["Material", "Magnesiumlegierung Mg-Y-SE-Zr (Typ WE43), unbeschichtet"],
            ["Durchmesser", "2,0 / 2,7 / 3,2 / 4,0 mm"], ["Längen", "8–50 mm je nach Durchmesser"],
            ["Maximales Eindrehmoment", "0,4 Nm (2,7 mm), 0,6 Nm (3,2 mm)"],
            ["Mechanische Stabilität in vivo", "ausreichend für mindestens 12 Wochen"],
            ["Resorption", "innerhalb von etwa 2 Jahren weitgehend resorbiert und durch Knochen ersetzt"],
            ["MRT", "MR-sicher (nicht ferromagnetisch), geringe Artefakte"], ["Sterilisation", "Gammabestrahlung"],
        ],
        "storage": "Trocken in der Originalverpackung bei 5–25 °C lagern. Geöffnete, nicht verwendete Schrauben verwerfen.",
    },
    "es": {
        "name": "Tornillo de compresión reabsorbible MagnoFix", "subtitle": "Tornillos sin cabeza Ø 2,0 / 2,7 mm · Tornillos con cabeza Ø 3,2 / 4,0 mm",
        "description": [
            "MagnoFix es un tornillo de compresión canulado de aleación de magnesio. El paso de rosca diferencial de los "
            "tornillos sin cabeza (2,0 y 2,7 mm) genera compresión interfragmentaria; los tornillos de 3,2 y 4,0 mm tienen "
            "cabeza y actúan como tornillos de tracción.",
            "En el organismo la aleación se corroe de forma gradual. Los iones de magnesio se eliminan por vía renal; se forma "
            "una pequeña cantidad de gas hidrógeno, visible como zonas radiotransparentes en las primeras semanas. El tornillo "
            "es sustituido por hueso en aproximadamente 2 años.",
        ],
        "intended_purpose": ("Los tornillos MagnoFix están destinados a la fijación de fragmentos óseos, osteotomías y "
                             "fracturas de huesos pequeños; el tornillo se reabsorbe tras la consolidación, por lo que no es "
                             "necesaria la retirada del implante."),
        "indications": [
            "Osteotomías del primer metatarsiano (p. ej., chevron, Scarf) y de los metatarsianos menores",
            "Fracturas del maléolo medial",
            "Fijación de pequeños fragmentos óseos en mano y pie (falanges, metacarpianos, metatarsianos)",
        ],
        "contraindications": [
            "Infección activa o sospechada en la zona de implantación",
            "Cantidad o calidad ósea insuficiente para sujetar el tornillo (p. ej., osteoporosis grave)",
            "Fracturas u osteotomías que requieren estabilidad bajo carga más allá de 12 semanas",
            "Cartílagos de crecimiento (fisis) abiertos",
            "Hipersensibilidad conocida al magnesio, itrio, tierras raras o circonio",
            "Insuficiencia renal grave (TFGe < 30 ml/min/1,73 m²)",
        ],
        "population": "Pacientes esqueléticamente maduros, es decir, con los cartílagos de crecimiento cerrados. Sin límite superior de edad.",
        "users": ("Cirujanos ortopédicos y traumatólogos, cirujanos de pie y tobillo y de mano con experiencia en la fijación con "
                  "tornillos de pequeños fragmentos. Uso en el quirófano de hospitales y centros de cirugía ambulatoria."),
        "warnings": [
            "No superar el par de inserción máximo; un apriete excesivo puede romper el tornillo.",
            "No utilizar MagnoFix en contacto directo con implantes de otros metales (corrosión galvánica).",
            "Las zonas radiotransparentes alrededor del tornillo en las primeras semanas son esperables y no indican por sí solas infección o aflojamiento.",
            "No reesterilizar ni reutilizar los tornillos.",
        ],
        "precautions": [
            "Prever carga parcial durante 6 semanas tras las osteotomías del primer metatarsiano.",
            "Utilizar solo el instrumental MagnoFix para el fresado y la inserción.",
            "Informar al paciente de que la imagen radiográfica cambiará durante la reabsorción.",
        ],
        "adverse": ["Zonas radiotransparentes alrededor del tornillo por liberación de hidrógeno (hallazgo radiológico, normalmente asintomático)",
                    "Inflamación o dolor local durante la reabsorción", "Retraso de consolidación o seudoartrosis",
                    "Pérdida de la reducción", "Infección superficial de la herida", "Rotura del tornillo durante la inserción",
                    "Reacción alérgica a la aleación"],
        "instructions": [
            "Reducir los fragmentos y fijarlos provisionalmente con la aguja guía.",
            "Medir la longitud y perforar con la broca canulada (y avellanar en los tornillos sin cabeza).",
            "Insertar el tornillo con el destornillador MagnoFix hasta lograr la compresión, respetando el par máximo.",
            "Comprobar la posición con el intensificador de imágenes.",
        ],
        "specs": [
            ["Material", "Aleación de magnesio Mg-Y-TR-Zr (tipo WE43), sin recubrimiento"],
            ["Diámetros", "2,0 / 2,7 / 3,2 / 4,0 mm"], ["Longitudes", "8–50 mm según el diámetro"],
            ["Par de inserción máximo", "40 N·cm (2,7 mm), 60 N·cm (3,2 mm)"],
            ["Estabilidad mecánica in vivo", "suficiente durante al menos 12 semanas"],
            ["Reabsorción", "reabsorbido en gran parte y sustituido por hueso en aproximadamente 2 años"],
            ["RM", "Seguro para RM (no ferromagnético), artefactos pequeños"], ["Esterilización", "Irradiación gamma"],
        ],
        "storage": "Conservar en lugar seco en el envase original a 5–25 °C. Desechar los tornillos abiertos no utilizados.",
    },
}
LABELS = []

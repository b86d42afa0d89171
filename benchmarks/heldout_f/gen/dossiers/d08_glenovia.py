"""Anatomic total shoulder arthroplasty system (class III joint replacement). Clean dossier."""

LONG = "GlenoVia Total Shoulder System"

ADVERSE = [
    ("Revision surgery for any reason", "1.4 % at 2 years (GLENOVIA study); 6.2 % at 10 years (humeral components, registry)"),
    ("Glenoid component loosening", "1.4 % at 2 years"),
    ("Periprosthetic infection", "0.7 % at 2 years"),
    ("Instability or dislocation", "0.7 % at 2 years"),
    ("Secondary rotator cuff insufficiency", "2.0 % at 2 years"),
    ("Periprosthetic fracture", "0.7 % at 2 years"),
    ("Nerve injury (mostly transient axillary or musculocutaneous nerve)", "1.4 % within 3 months"),
    ("Stiffness requiring intervention", "1.4 % at 2 years"),
    ("Polyethylene wear and osteolysis (long term)", "not observed at 2 years; long-term risk followed in PMCF"),
]

SPEC = {
    "id": "f08_glenovia",
    "device": "GlenoVia Total Shoulder System (anatomic total shoulder arthroplasty)",
    "device_class": "III",
    "name": "GlenoVia",
    "name_long": LONG,
    "generic": "Anatomic total shoulder prosthesis",
    "manufacturer": "Orthalis SAS",
    "address": "27 rue du Professeur Grignard, 69007 Lyon, France",
    "srn": "FR-MF-000021097",
    "nb": "Bureau Européen de Certification Médicale (BECM)",
    "nb_no": "2868",
    "budi": "376012345GLENOVIATS",
    "emdn": "P0903 – shoulder prostheses",
    "first_ce": "Not yet certified (initial MDR application, 2024)",
    "rmf": "ORT-GR-118 indice D",
    "pms_plan": "ORT-SAC-118 indice B",
    "data_lock": "30 April 2024",
    "authors": ["Camille Rousseau, PharmD, Clinical Affairs", "Julien Marchand, Regulatory Affairs Director"],
    "class_text": "Class III, Annex VIII Rule 8 (total joint replacement)",
    "scope_text": ("The GlenoVia system is a class III implantable device (total shoulder replacement); the consultation "
                   "procedure of Article 54(1)(a) applies. The application is an initial certification of a new device, "
                   "hence no exemption under Article 54(2)."),
    "models": (["Component", "Sizes", "Material"], [
        ["Humeral stem, press-fit (GV-HS)", "8 sizes, 6–20 mm", "Ti-6Al-4V, porous titanium coating proximal"],
        ["Humeral head (GV-HH)", "38–54 mm, offset and centred", "CoCrMo"],
        ["Glenoid, hybrid pegged (GV-GL)", "XS, S, M, L", "UHMWPE with vitamin E, central porous titanium peg"],
    ]),
    "specs": [
        ["Humeral stem", "Ti-6Al-4V, press-fit, 8 sizes (6–20 mm)"],
        ["Neck-shaft angle", "adjustable 125°–140° in 5° steps"],
        ["Humeral head diameter", "38–54 mm in 2 mm steps"],
        ["Glenoid component", "Vitamin E UHMWPE, 4 sizes, cemented peripheral pegs"],
        ["Glenoid central peg", "Porous titanium for bone ingrowth"],
        ["Radial mismatch head/glenoid", "4–7 mm"],
        ["Sterilisation", "Gamma irradiation (metal), ethylene oxide (polyethylene)"],
        ["MRI", "MR Conditional 1.5 T and 3 T"],
    ],
    "specs_prose": "",
    "intended_purpose": ("The GlenoVia system is intended for anatomic total replacement of the glenohumeral joint to relieve "
                         "pain and restore function in patients with a functional rotator cuff."),
    "indications": [
        "Primary osteoarthritis of the glenohumeral joint",
        "Post-traumatic arthritis",
        "Inflammatory arthritis (e.g. rheumatoid arthritis) with functional rotator cuff",
        "Avascular necrosis of the humeral head with glenoid involvement",
    ],
    "contraindications": [
        "Irreparable rotator cuff tear or rotator cuff insufficiency",
        "Insufficient glenoid bone stock for the fixation of the glenoid component",
        "Active local or systemic infection",
        "Deltoid paralysis or neuropathic joint",
        "Known allergy to the implant materials (titanium, cobalt-chromium, polyethylene, bone cement)",
    ],
    "population": "Adults (18 years and older) with closed growth plates.",
    "users": "Orthopaedic surgeons trained in shoulder arthroplasty and in the GlenoVia surgical technique.",
    "setting": "Operating theatre of hospitals and clinics.",
    "description": [
        "GlenoVia is a modular anatomic total shoulder prosthesis. The press-fit humeral stem carries an adjustable "
        "neck-shaft angle to which an eccentric or centred CoCrMo head is connected by a Morse taper.",
        "The glenoid component is made from vitamin-E-stabilised polyethylene. The peripheral pegs are cemented while "
        "the central peg of porous titanium allows bone ingrowth (hybrid fixation).",
        "The humeral stem and heads are identical to those of the former Orthalis shoulder marketed as Lyra Shoulder "
        "(2011–2019); the glenoid is a new design.",
    ],
    "sota": [
        "Anatomic total shoulder arthroplasty (aTSA) is the standard treatment of end-stage glenohumeral osteoarthritis "
        "with intact rotator cuff. National registries report 10-year survival of 88–94 % for aTSA; glenoid loosening is "
        "the most frequent long-term failure mode.",
        "Hemiarthroplasty gives inferior pain relief; reverse arthroplasty is reserved for rotator cuff deficiency. "
        "Hybrid glenoids with an ingrowth peg showed fewer radiolucent lines than all-cemented designs in mid-term studies.",
    ],
    "alternatives": ["Conservative treatment (analgesics, physiotherapy, injections)", "Hemiarthroplasty",
                     "Reverse shoulder arthroplasty", "Other anatomic TSA systems"],
    "search": ("PubMed, Embase, Cochrane (2005 – data lock point), national registry reports; terms: (total shoulder "
               "arthroplasty OR anatomic shoulder replacement) AND (survival OR revision OR outcome), and GlenoVia, Lyra Shoulder."),
    "search_result": ("Searches of 6 May 2024: 1 530 records; 41 publications and 4 registry reports for the state of the art; "
                      "GLENOVIA study and regional registry data for the device and its humeral predecessor."),
    "equivalence_plan": ("For the humeral components, data of the Lyra Shoulder (same manufacturer, identical stem and heads) may "
                         "be used after demonstration of technical, biological and clinical equivalence (MDCG 2020-5)."),
    "equivalence": ("Humeral stem and heads of GlenoVia are identical in design, material, manufacturing and surgical "
                    "technique to the Lyra Shoulder humeral components of Orthalis. Equivalence is demonstrated in the "
                    "equivalence table of annex 3; the full technical documentation is owned by Orthalis. For the glenoid, "
                    "no equivalence is claimed."),
    "cdp": [
        "GLENOVIA study: prospective multicentre investigation with 148 patients and 24 months follow-up, continued to 10 "
        "years as PMCF. Long-term humeral data from the Rhône-Alpes shoulder registry (Lyra Shoulder, 1 320 implants, up to 12 years).",
    ],
    "benefits": [
        ("Pain relief", "VAS pain reduction at 24 months", "≥ 4 points"),
        ("Restoration of shoulder function", "Constant-Murley score improvement at 24 months", "≥ 30 points"),
        ("Long-term function of humeral components", "Humeral component survival at 10 years (registry)", "≥ 90 %"),
    ],
    "safety_criteria": [
        ("Revision for any reason at 24 months", "≤ 3 %"),
        ("Periprosthetic infection at 24 months", "≤ 1.5 %"),
        ("Glenoid loosening at 24 months", "≤ 3 %"),
    ],
    "perf_results": [
        ["VAS pain reduction at 24 months", "≥ 4 points", "5.6 points", "Yes"],
        ["Constant-Murley improvement at 24 months", "≥ 30 points", "+41 points", "Yes"],
        ["Humeral survival at 10 years", "≥ 90 %", "93.8 % (95 % CI 91.9–95.3)", "Yes"],
    ],
    "safety_results": [
        ["Revision at 24 months", "≤ 3 %", "1.4 % (2/148)", "Yes"],
        ["Infection at 24 months", "≤ 1.5 %", "0.7 % (1/148)", "Yes"],
        ["Glenoid loosening at 24 months", "≤ 3 %", "1.4 % (2/148)", "Yes"],
    ],
    "studies": (["Source", "Device", "Design", "N", "Follow-up", "Results"], [
        ["GLENOVIA study [4]", "GlenoVia (complete system)", "Prospective, 6 French and Belgian centres", "148", "24 months", "Constant +41; VAS −5.6; revision 1.4 %"],
        ["Rhône-Alpes shoulder registry [5]", "Lyra Shoulder humeral components (equivalent)", "Registry", "1 320", "up to 12 years", "Humeral survival 93.8 % at 10 years"],
    ]),
    "results": [
        "In the GLENOVIA study the mean age was 69 years (range 41–84), 64 % female; 88 % had primary osteoarthritis. The "
        "Constant-Murley score improved from 34 to 75 points at 24 months.",
        "Radiolucent lines around the glenoid (Lazarus grade ≥ 2) were seen in 3.4 % at 24 months.",
    ],
    "pms": ["GlenoVia is not yet on the market. For the Lyra Shoulder (sold 2011–2019, 4 870 humeral stems) the complaint rate was 0.3 % with no FSCA."],
    "benefit_risk": [
        "GlenoVia relieves pain and improves function similar to the best aTSA in the literature; complication rates at 24 "
        "months are low. Long-term survival is documented for the humeral components; for the new glenoid only 24-month data exist.",
        "The long-term performance of the hybrid glenoid is the main open question and is followed up to 10 years in PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "The GLENOVIA study continues to 10 years and a registry (GV-REG, 500 patients) monitors glenoid survival.",
    "summary": [
        "Clinical evaluation of the GlenoVia Total Shoulder System (humeral stem, heads, hybrid glenoid).",
        "All CEP criteria are met with the GLENOVIA study (148 patients, 24 months) and registry data of the equivalent humeral components.",
    ],
    "conclusion": ["The GlenoVia system conforms to GSPR 1, 8 and 9. The benefit-risk is positive for adults with glenohumeral arthritis and functional rotator cuff."],
    "references": [
        "Bohsali KI, Bois AJ, Wirth MA. Complications of shoulder arthroplasty. J Bone Joint Surg Am 2017;99:256–269.",
        "Fevang BT, Nystad TW, Skredderstuen A, et al. Improved survival for anatomic total shoulder prostheses. Acta Orthop 2015;86:63–70.",
        "Constant CR, Murley AH. A clinical method of functional assessment of the shoulder. Clin Orthop Relat Res 1987;214:160–164.",
        "Orthalis. GLENOVIA 24-month clinical investigation report ORT-RIC-118, 2024.",
        "Registre Rhône-Alpes des prothèses d'épaule. Annual report 2023, Lyra Shoulder extract (on file).",
    ],
    "evaluators": "Camille Rousseau (PharmD) and Dr Antoine Lefèvre (orthopaedic shoulder surgeon). Approved 3 June 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance analysis twice a year", "Yearly literature and registry report review",
                    "Participation in national arthroplasty registries where available"],
        "objectives": [
            ("Confirm glenoid survival up to 10 years", "Open question: long-term performance of the new hybrid glenoid"),
            ("Monitor radiolucent lines and polyethylene wear", "Residual risk: glenoid loosening, wear"),
            ("Confirm functional outcome and revision rate in routine use", "Clinical benefit confirmation"),
        ],
        "design": ["Continuation of the GLENOVIA study to 10 years and GV-REG, a prospective multicentre registry with consecutive patients in 12 centres."],
        "endpoints": ["Glenoid component survival (revision of the glenoid) at 5 and 10 years", "Radiolucent lines (Lazarus) at 2, 5 and 10 years",
                      "Constant-Murley score", "Complications"],
        "inclusion": ["Adults implanted with GlenoVia for an indication of the IFU", "Informed consent"],
        "exclusion": ["None besides refusal"],
        "setting": "Orthopaedic departments of hospitals and clinics implanting GlenoVia.",
        "sample_size": ("500 patients in GV-REG: with an expected 10-year glenoid survival of 92 % and 40 % attrition, about 300 "
                        "patients at 10 years give a 95 % CI half width of ±3.1 %."),
        "timeline": [["GV-REG start", "Q1 2025"], ["Enrolment complete", "Q4 2027"], ["5-year report", "2030"],
                     ["10-year final report", "2035"], ["PMCF evaluation report", "Yearly"]],
        "reporting": "Yearly PMCF evaluation report feeding the PSUR, CER and SSCP updates.",
    },
    "sscp": {
        "description": ["Modular anatomic shoulder prosthesis: press-fit titanium humeral stem, CoCrMo head, hybrid vitamin-E polyethylene glenoid."],
        "previous": "The humeral stem and heads were marketed 2011–2019 as Lyra Shoulder; the glenoid is new.",
        "accessories": "GlenoVia instrument set; bone cement (not supplied).",
        "risk_source": "GLENOVIA study (148 patients, prospective) and regional registry (humeral components, 1 320 implants).",
        "fsca": "No FSCA for GlenoVia or Lyra Shoulder.",
        "training": "Orthopaedic surgeons trained in shoulder arthroplasty; GlenoVia cadaver course recommended.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 21534:2009", "EN ISO 14630:2012", "ASTM F2028-17", "EN ISO 10993-1:2020"],
    },
    "sscp_warnings": ["Do not combine GlenoVia components with components of other manufacturers.", "Verify rotator cuff integrity before implantation."],
    "sscp_clinical": ["GLENOVIA study: 148 patients, 24 months, Constant-Murley +41 points, revision 1.4 %. Registry: humeral component survival 93.8 % at 10 years (equivalent Lyra Shoulder components)."],
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "French"],
        "reviewers": "Clinical: orthopaedic surgeon (BECM-CL-12); technical: biomechanical engineer (BECM-TE-04).",
        "state_of_art": ["State of the art based on registries and systematic reviews; adequate."],
        "literature": ["Adequate literature methodology."],
        "investigations": ["GLENOVIA study conducted per EN ISO 14155; 24 months follow-up acceptable for certification with PMCF on long-term glenoid survival."],
        "pmcf": ["Extension to 10 years and GV-REG registry are adequate."],
        "ifu": ["IFU and SSCP aligned with the CER."],
        "conclusion": ["Clinical evidence sufficient; benefit-risk positive; certificate 5 years with yearly PMCF review."],
    },
    "cear_summary": [
        "GlenoVia is a modular anatomic total shoulder prosthesis (press-fit humeral stem, CoCrMo head, hybrid polyethylene glenoid).",
        "As assessed: total replacement of the glenohumeral joint in adult patients with osteoarthritis, post-traumatic or "
        "inflammatory arthritis or avascular necrosis, with functional rotator cuff.",
    ],
    "cear_scope": ["Class III implantable joint replacement; Art. 54(1)(a) applies; no exemption. Expert panel: orthopaedics, traumatology, rehabilitation, rheumatology."],
    "style": {"v": 1, "heads": "dot", "cear_heads": "alpha", "ifu_heads": "plain"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="ORT-PEC-118", rev="C", date="2024-01-22", file="GlenoVia_CEP_indC.docx", fmt="docx"),
        "CER": dict(title="Clinical evaluation report", number="ORT-REC-118", rev="D", date="2024-06-03", file="GlenoVia_CER_indD.pdf", fmt="pdf"),
        "PMCF-plan": dict(title="PMCF plan", number="ORT-PSCA-118", rev="B", date="2024-05-28", file="GlenoVia_PMCF_plan.md", fmt="md"),
        "SSCP": dict(title="SSCP", number="ORT-RCSPC-118", rev="A", date="2024-06-10", file="GlenoVia_SSCP_EN.docx", fmt="docx"),
        "IFU-en": dict(title="IFU", number="ORT-NOT-118", rev="02", date="2024-04", file="GlenoVia_IFU_EN.pdf", fmt="pdf"),
        "IFU-fr": dict(title="IFU", number="ORT-NOT-118", rev="02", date="2024-04", file="GlenoVia_Notice_FR.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="BECM-CEAR-2024-0441", rev="1", date="2024-09-30", file="BECM_CEAR_GlenoVia.docx", fmt="docx"),
    },
}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Humeral stem GV-HS · Humeral head GV-HH · Hybrid glenoid GV-GL",
        "description": SPEC["description"][:2],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adult patients aged 18 years or above whose growth plates are closed.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "Do not combine GlenoVia components with components of other manufacturers.",
            "Do not reuse implants; a removed implant must never be re-implanted.",
            "Verify the integrity of the rotator cuff before implantation; rotator cuff insufficiency leads to glenoid loosening.",
            "Heavy physical work and contact sports increase wear and the risk of loosening.",
        ],
        "precautions": [
            "Use the trial components to check stability and range of motion.",
            "Clean and dry the Morse taper before head impaction.",
            "Follow a rehabilitation programme with protection of the subscapularis repair for 6 weeks.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Perform a deltopectoral approach and subscapularis tenotomy or peel.",
            "Resect the humeral head with the cutting guide and prepare the canal with the broaches.",
            "Prepare the glenoid with the reamer and drill guides; cement the peripheral pegs and impact the component.",
            "Implant the final stem and head, reduce, and repair the subscapularis.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store in the original sterile packaging at room temperature.",
    },
    "fr": {
        "name": "Système d'épaule totale GlenoVia", "subtitle": "Tige humérale GV-HS · Tête humérale GV-HH · Glène hybride GV-GL",
        "description": [
            "GlenoVia est une prothèse d'épaule anatomique totale modulaire. La tige humérale non cimentée (press-fit) porte "
            "un angle cervico-diaphysaire réglable sur lequel une tête en CoCrMo excentrée ou centrée est fixée par un cône morse.",
            "La glène est en polyéthylène stabilisé à la vitamine E. Les plots périphériques sont cimentés, le plot central "
            "en titane poreux permet la repousse osseuse (fixation hybride).",
        ],
        "intended_purpose": ("Le système GlenoVia est destiné au remplacement total anatomique de l'articulation "
                             "gléno-humérale afin de soulager la douleur et de restaurer la fonction chez des patients ayant une "
                             "coiffe des rotateurs fonctionnelle."),
        "indications": [
            "Arthrose primitive de l'articulation gléno-humérale",
            "Arthrose post-traumatique",
            "Arthrite inflammatoire (p. ex. polyarthrite rhumatoïde) avec coiffe des rotateurs fonctionnelle",
            "Ostéonécrose de la tête humérale avec atteinte de la glène",
        ],
        "contraindications": [
            "Rupture irréparable ou insuffisance de la coiffe des rotateurs",
            "Stock osseux glénoïdien insuffisant pour la fixation de la glène",
            "Infection locale ou systémique active",
            "Paralysie du deltoïde ou arthropathie neurogène",
            "Allergie connue aux matériaux de l'implant (titane, cobalt-chrome, polyéthylène, ciment osseux)",
        ],
        "population": "Patients adultes âgés de 18 ans ou plus dont les cartilages de croissance sont fermés.",
        "users": ("Chirurgiens orthopédistes formés à l'arthroplastie d'épaule et à la technique chirurgicale GlenoVia. "
                  "Utilisation au bloc opératoire des hôpitaux et cliniques."),
        "warnings": [
            "Ne pas associer les composants GlenoVia à des composants d'autres fabricants.",
            "Ne pas réutiliser les implants ; un implant retiré ne doit jamais être réimplanté.",
            "Vérifier l'intégrité de la coiffe des rotateurs avant l'implantation ; une insuffisance de la coiffe entraîne un descellement de la glène.",
            "Les travaux physiques lourds et les sports de contact augmentent l'usure et le risque de descellement.",
        ],
        "precautions": [
            "Utiliser les implants d'essai pour contrôler la stabilité et la mobilité.",
            "Nettoyer et sécher le cône morse avant l'impaction de la tête.",
            "Suivre un programme de rééducation protégeant la réparation du sous-scapulaire pendant 6 semaines.",
        ],
        "adverse": ["Reprise chirurgicale quelle qu'en soit la cause", "Descellement de la glène", "Infection périprothétique",
                    "Instabilité ou luxation", "Insuffisance secondaire de la coiffe des rotateurs", "Fracture périprothétique",
                    "Lésion nerveuse (le plus souvent transitoire, nerf axillaire ou musculo-cutané)",
                    "Raideur nécessitant une intervention", "Usure du polyéthylène et ostéolyse (à long terme)"],
        "instructions": [
            "Réaliser une voie delto-pectorale et une ténotomie ou désinsertion du sous-scapulaire.",
            "Réséquer la tête humérale avec le guide de coupe et préparer le canal avec les râpes.",
            "Préparer la glène avec la fraise et les guides de perçage ; cimenter les plots périphériques et impacter la glène.",
            "Implanter la tige et la tête définitives, réduire et réparer le sous-scapulaire.",
        ],
        "specs": [
            ["Tige humérale", "Ti-6Al-4V, press-fit, 8 tailles (6–20 mm)"],
            ["Angle cervico-diaphysaire", "réglable de 125° à 140° par pas de 5°"],
            ["Diamètre de la tête humérale", "38–54 mm par pas de 2 mm"],
            ["Glène", "UHMWPE à la vitamine E, 4 tailles, plots périphériques cimentés"],
            ["Plot central de la glène", "Titane poreux pour la repousse osseuse"],
            ["Différence de rayon tête/glène", "4–7 mm"],
            ["Stérilisation", "Irradiation gamma (métal), oxyde d'éthylène (polyéthylène)"],
            ["IRM", "Compatible IRM sous conditions 1,5 T et 3 T"],
        ],
        "storage": "Conserver dans l'emballage stérile d'origine à température ambiante.",
    },
}
LABELS = []

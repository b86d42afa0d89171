"""Cerebral aneurysm flow diverter (class III implantable, CNS circulation). Clean dossier."""

LONG = "Helixa Flow Diverter System"

ADVERSE = [
    ("Major ipsilateral ischaemic stroke", "2.8 % at 12 months"),
    ("Minor ischaemic stroke or transient ischaemic attack", "5.0 % at 12 months"),
    ("Intracranial haemorrhage (including delayed aneurysm rupture)", "1.4 % at 12 months"),
    ("In-stent stenosis > 50 %", "2.1 % at 12 months"),
    ("Parent artery occlusion", "0.7 % at 12 months"),
    ("Headache or mass effect symptoms after treatment", "7.1 % within 30 days"),
    ("Access-site haematoma or pseudoaneurysm", "2.1 % within 30 days"),
    ("Neurological death", "0.7 % at 12 months"),
]

SPEC = {
    "id": "f12_helixa",
    "device": "Helixa Flow Diverter System (intracranial aneurysm flow diverter)",
    "device_class": "III",
    "name": "the Helixa system",
    "name_long": LONG,
    "generic": "Intracranial flow-diverting stent",
    "manufacturer": "Vasculon Neuro GmbH",
    "address": "Pauwelsstraße 19, 52074 Aachen, Germany",
    "srn": "DE-MF-000028419",
    "nb": "Danubia Notified Body Kft.",
    "nb_no": "2937",
    "budi": "426098765HLXFD01Q",
    "emdn": "P070208 – intracranial flow diverters",
    "first_ce": "Not yet certified (initial application)",
    "rmf": "VN-RMF-HX Rev. 06",
    "pms_plan": "VN-PMS-HX Rev. 02",
    "data_lock": "31 July 2024",
    "authors": ["Dr. rer. medic. Lena Hoffmann (Clinical Affairs)", "Dipl.-Ing. Kai Brandt (Regulatory Affairs)"],
    "class_text": "Class III – Annex VIII, Rule 8 (implantable device in direct contact with the central circulatory system)",
    "scope_text": ("The Helixa system is a class III implantable device. The clinical evaluation consultation procedure "
                   "according to Article 54(1)(a) MDR applies; no exemption of Article 54(2) is claimed (first certification)."),
    "models": (["Reference", "Labeled diameter", "Lengths", "Recommended parent vessel"], [
        ["HX-25xx", "2.5 mm", "10–25 mm", "2.0–2.5 mm"],
        ["HX-35xx", "3.5 mm", "12–30 mm", "2.5–3.5 mm"],
        ["HX-45xx", "4.5 mm", "15–35 mm", "3.5–4.5 mm"],
        ["HX-50xx", "5.0 mm", "20–40 mm", "4.5–5.0 mm"],
    ]),
    "specs": [
        ["Design", "Self-expanding braided implant, 48 wires"],
        ["Wire material", "Nitinol with platinum core (DFT)"],
        ["Labeled diameters", "2.5 / 3.5 / 4.5 / 5.0 mm"],
        ["Lengths", "10–40 mm"],
        ["Metal coverage at nominal diameter", "approx. 32 %"],
        ["Parent vessel diameter", "2–5 mm"],
        ["Compatible microcatheter", "0.027 in inner diameter"],
        ["Resheathable", "up to 90 % of the length deployed"],
        ["MRI status", "MR Conditional 1.5 T and 3 T"],
    ],
    "specs_prose": "",
    "intended_purpose": ("The Helixa system is intended for the endovascular treatment of unruptured intracranial aneurysms "
                         "by diversion of blood flow away from the aneurysm, leading to its progressive thrombosis and occlusion."),
    "indications": [
        "Unruptured wide-necked (neck ≥ 4 mm or dome-to-neck ratio < 2) saccular or fusiform aneurysms of the internal carotid artery from the petrous to the terminal segment",
        "Unruptured aneurysms of the vertebral artery and the middle cerebral artery up to the M1 segment",
        "Parent vessel diameter from 2.0 mm to 5.0 mm",
    ],
    "contraindications": [
        "Contraindication to dual antiplatelet therapy or to anticoagulation",
        "Ruptured aneurysm in the acute phase of subarachnoid haemorrhage",
        "Active bacterial infection",
        "Known hypersensitivity to nickel-titanium",
        "Parent vessel anatomy that prevents safe access or deployment (e.g. severe tortuosity, stenosis)",
    ],
    "population": "Adults aged 18 years and over.",
    "users": "Interventional neuroradiologists and endovascular neurosurgeons trained in flow diverter implantation.",
    "setting": "Angiography suite of hospitals with neurosurgical and neurointensive care facilities.",
    "description": [
        "The Helixa implant is a braided, self-expanding tubular mesh of 48 nitinol wires with platinum core for "
        "visibility. Implanted across the aneurysm neck, the dense mesh reduces inflow into the aneurysm, which thromboses "
        "over weeks to months; the implant then serves as scaffold for neo-endothelialisation of the neck.",
        "The implant is pre-loaded in an introducer and delivered with a pusher wire through a 0.027 in microcatheter. It "
        "can be resheathed and repositioned until 90 % of its length is deployed.",
    ],
    "sota": [
        "Unruptured intracranial aneurysms are found in about 3 % of adults. Large and wide-necked aneurysms of the internal "
        "carotid artery are difficult to treat with clipping or coiling; flow diverters have become the standard endovascular "
        "option for these lesions since 2011.",
        "Benchmarks from pivotal trials and meta-analyses: complete occlusion at 12 months 70–80 %, major ipsilateral stroke "
        "or neurological death 3–8 % at 12 months, in-stent stenosis 2–5 %.",
    ],
    "alternatives": ["Observation with imaging follow-up", "Microsurgical clipping", "Coiling, stent- or balloon-assisted coiling",
                     "Intrasaccular flow disruption devices", "Other flow diverters"],
    "search": ("PubMed, Embase and Cochrane from 2009 to data lock; terms: (flow diverter OR flow diversion OR pipeline) AND "
               "(intracranial aneurysm); separate device search for Helixa and Vasculon."),
    "search_result": ("Searches of 5 August 2024: 2 655 records; 48 publications (including 6 meta-analyses) retained for the "
                      "state of the art; device data from HELIX-EU and its extension."),
    "equivalence_plan": "No equivalence; device-specific data from HELIX-EU.",
    "equivalence": "No equivalence is claimed.",
    "cdp": ["HELIX-EU: prospective, multicenter, single-arm pivotal investigation, 141 patients, primary effectiveness end point "
            "complete occlusion at 12 months, core laboratory adjudication; extension to 36 months (PMCF)."],
    "benefits": [
        ("Aneurysm occlusion", "Complete occlusion (O'Kelly-Marotta D) at 12 months without significant parent artery stenosis", "≥ 70 %"),
        ("Protection against rupture", "Aneurysm rupture after treatment through 12 months", "≤ 2 %"),
    ],
    "safety_criteria": [
        ("Major ipsilateral stroke or neurological death at 12 months", "≤ 8 %"),
        ("In-stent stenosis > 50 % at 12 months", "≤ 5 %"),
    ],
    "perf_results": [
        ["Complete occlusion at 12 months", "≥ 70 %", "74.5 % (105/141)", "Yes"],
        ["Rupture through 12 months", "≤ 2 %", "0.7 % (1/141)", "Yes"],
    ],
    "safety_results": [
        ["Major ipsilateral stroke or neurological death", "≤ 8 %", "3.5 % (5/141)", "Yes"],
        ["In-stent stenosis > 50 %", "≤ 5 %", "2.1 % (3/141)", "Yes"],
    ],
    "studies": (["Study", "Design", "N", "Age range", "Follow-up", "Results"], [
        ["HELIX-EU [4]", "Prospective, single-arm, 11 European centres, core lab", "141", "22–78 years", "12 months", "Complete occlusion 74.5 %; major stroke or neuro death 3.5 %"],
        ["HELIX-EU extension [5]", "Continuation", "118", "22–78 years", "36 months (interim 24 months)", "Complete occlusion 81 % at 24 months"],
    ]),
    "results": [
        "Mean aneurysm size was 11.2 mm; 83 % were located on the internal carotid artery, 10 % on the vertebral artery and "
        "7 % on the middle cerebral artery. Parent vessel diameters ranged from 2.1 to 4.9 mm.",
        "Occlusion increased to 81 % at 24 months in the extension cohort, consistent with the known progressive effect of flow diversion.",
    ],
    "pms": ["The Helixa system is not yet marketed. Device deficiencies in HELIX-EU: 3 incomplete openings corrected by balloon angioplasty."],
    "benefit_risk": [
        "The Helixa system achieves occlusion rates in the upper range of the state of the art with a rate of major stroke "
        "or neurological death at the lower end of the benchmarks.",
        "Uncertainties: long-term occlusion stability and delayed events beyond 3 years; followed in PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "The HELIX-EU extension to 36 months and the HELIX-REG registry (400 patients, 5 years).",
    "summary": ["Clinical evaluation of the Helixa Flow Diverter System for unruptured intracranial aneurysms.",
                "HELIX-EU (141 patients, 12 months) meets all CEP acceptance criteria."],
    "conclusion": ["The Helixa system fulfills GSPR 1, 8 and 9; the benefit-risk profile is favorable for adults with unruptured wide-necked aneurysms as indicated."],
    "references": [
        "Etminan N, de Sousa DA, Tiseo C, et al. European Stroke Organisation guidelines on management of unruptured intracranial aneurysms. Eur Stroke J 2022;7:V.",
        "Becske T, Brinjikji W, Potts MB, et al. Long-term clinical and angiographic outcomes following Pipeline embolization device treatment of complex internal carotid artery aneurysms: five-year results of the PUFS trial. Neurosurgery 2017;80:40–48.",
        "Brinjikji W, Murad MH, Lanzino G, et al. Endovascular treatment of intracranial aneurysms with flow diverters: a meta-analysis. Stroke 2013;44:442–447.",
        "Vasculon Neuro. HELIX-EU 12-month clinical investigation report VN-CIR-HX-01, 2024.",
        "Vasculon Neuro. HELIX-EU extension interim report VN-CIR-HX-02, 2024.",
    ],
    "evaluators": "Dr. Lena Hoffmann and PD Dr. med. Stefan Weiler (interventional neuroradiologist). Approved 20 August 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance review quarterly", "Yearly literature review", "Analysis of returned delivery systems"],
        "objectives": [
            ("Confirm occlusion stability up to 5 years", "Open question: long-term occlusion"),
            ("Estimate delayed ischemic and hemorrhagic events", "Residual risks: stroke, delayed rupture"),
            ("Estimate in-stent stenosis in small vessels (2.0–2.5 mm)", "Residual risk: in-stent stenosis"),
        ],
        "design": ["Continuation of HELIX-EU to 36 months and HELIX-REG, a prospective registry in 20 European centers with core laboratory imaging."],
        "endpoints": ["Complete occlusion at 1, 3 and 5 years", "Major ipsilateral stroke or neurological death", "In-stent stenosis > 50 %", "Retreatment"],
        "inclusion": ["Adults treated with the Helixa system for an unruptured aneurysm according to the IFU", "Informed consent"],
        "exclusion": ["Ruptured aneurysm in acute phase"],
        "setting": "Neurointerventional centers (hospital angiography suites).",
        "sample_size": ("400 patients: with an expected major stroke or neurological death rate of 4 %, the 95 % CI half width is "
                        "±1.9 %; at least 100 patients with parent vessel ≤ 2.5 mm allow to estimate in-stent stenosis with ±4 %."),
        "timeline": [["HELIX-REG first patient", "Q1 2025"], ["Enrolment complete", "Q4 2026"], ["5-year follow-up", "Q4 2031"], ["PMCF report", "Yearly"]],
        "reporting": "Yearly PMCF evaluation report; updates of CER and SSCP.",
    },
    "sscp": {
        "description": ["Self-expanding braided flow diverter (48 nitinol/platinum DFT wires), diameters 2.5–5.0 mm, lengths 10–40 mm, delivered through a 0.027 in microcatheter."],
        "previous": "First generation.",
        "accessories": "Introducer and pusher wire (pre-assembled). Compatible 0.027 in microcatheters are listed in the IFU.",
        "risk_source": "HELIX-EU (141 patients, prospective, core-lab adjudicated).",
        "fsca": "No FSCA.",
        "training": "Physicians must complete the Helixa training (bench model and proctored cases).",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 25539-2:2020 (in part)", "EN ISO 10993-1:2020", "EN ISO 14155:2020", "ASTM F2503-20"],
    },
    "sscp_warnings": ["Dual antiplatelet therapy is needed before and after implantation.", "Do not deploy in vessels outside the 2.0–5.0 mm range."],
    "sscp_clinical": ["HELIX-EU: 141 patients, complete occlusion 74.5 % at 12 months, major ipsilateral stroke or neurological death 3.5 %."],
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "Spanish"],
        "reviewers": "Clinical: interventional neuroradiologist (DNB-N-01); technical: materials engineer (DNB-M-05).",
        "state_of_art": ["State of the art adequate (ESO guideline, pivotal flow-diverter trials, meta-analyses)."],
        "literature": ["Adequate."],
        "investigations": ["HELIX-EU was conducted per EN ISO 14155 with core laboratory; 12-month follow-up matches the primary end point."],
        "pmcf": ["Extension and HELIX-REG are adequate."],
        "ifu": ["IFU and SSCP consistent with the CER."],
        "conclusion": ["Sufficient clinical evidence; benefit-risk acceptable; certificate validity 5 years."],
    },
    "cear_summary": [
        "The Helixa Flow Diverter System is a braided self-expanding intracranial implant delivered through a 0.027 in microcatheter.",
        "As assessed: endovascular treatment of unruptured wide-necked saccular or fusiform aneurysms of the internal carotid, "
        "vertebral and middle cerebral (M1) arteries with parent vessel diameter 2–5 mm, in adults (18 years or older).",
    ],
    "cear_scope": ["Class III implantable device in contact with the central circulatory system: Art. 54(1)(a) applies; no exemption. Expert panel: neurology."],
    "style": {"v": 2, "heads": "plain", "us": True, "cear_heads": "alpha", "ifu_heads": "none"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="VN-CEP-HX", rev="04", date="2024-02-15", file="Helixa_CEP_Rev04.docx", fmt="docx"),
        "CER": dict(title="Clinical evaluation report", number="VN-CER-HX", rev="05", date="2024-08-20", file="Helixa_CER_Rev05.pdf", fmt="pdf", font="DejaVuSansCondensed"),
        "PMCF-plan": dict(title="PMCF plan", number="VN-PMCF-HX", rev="02", date="2024-08-14", file="Helixa_PMCF_Plan_Rev02.pdf", fmt="pdf"),
        "SSCP": dict(title="SSCP", number="VN-SSCP-HX", rev="01", date="2024-08-27", file="Helixa_SSCP.md", fmt="md"),
        "IFU-en": dict(title="IFU", number="VN-IFU-HX", rev="C", date="2024-07", file="Helixa_IFU_EN.docx", fmt="docx"),
        "IFU-es": dict(title="IFU", number="VN-IFU-HX", rev="C", date="2024-07", file="Helixa_IU_ES.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="DNB-CEAR-2024-0507", rev="1", date="2024-11-04", file="DNB_CEAR_Helixa.pdf", fmt="pdf"),
    },
}

SPEC["ifu"] = {
    "en": {
        "name": "Helixa", "subtitle": "Flow diverter implant HX-25xx to HX-50xx, pre-loaded with introducer and pusher wire",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Patients 18 years of age or older.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "Start dual antiplatelet therapy before the procedure and verify platelet inhibition; continue for at least 6 months.",
            "Do not resheath more than 2 times; do not resheath after 90 % of the length is deployed.",
            "Delayed aneurysm rupture can occur, especially in large aneurysms; consider adjunctive coiling.",
            "Do not use in parent vessels smaller than 2.0 mm or larger than 5.0 mm.",
        ],
        "precautions": [
            "Select an implant length covering at least 4 mm proximal and distal of the neck.",
            "Perform follow-up angiography or MRA at 6 and 12 months.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Position the 0.027 in microcatheter distal to the aneurysm neck.",
            "Insert the introducer and advance the implant with the pusher wire.",
            "Deploy by withdrawing the microcatheter while maintaining pusher position; check wall apposition.",
            "Resheath and reposition if necessary before 90 % deployment; release the implant.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store in a dry place at room temperature. Dispose of the delivery system as clinical waste.",
    },
    "es": {
        "name": "Helixa", "subtitle": "Implante diversor de flujo HX-25xx a HX-50xx, precargado con introductor y guía de empuje",
        "description": [
            "El implante Helixa es una malla tubular trenzada autoexpandible de 48 hilos de nitinol con núcleo de platino para "
            "su visibilidad. Implantado a través del cuello del aneurisma, la malla densa reduce la entrada de sangre en el "
            "aneurisma, que se trombosa en semanas o meses; después el implante sirve de soporte para la neoendotelización del cuello.",
            "El implante viene precargado en un introductor y se libera con una guía de empuje a través de un microcatéter de "
            "0,027 in. Puede recapturarse y reposicionarse hasta que se haya liberado el 90 % de su longitud.",
        ],
        "intended_purpose": ("El sistema Helixa está destinado al tratamiento endovascular de aneurismas intracraneales no "
                             "rotos mediante la desviación del flujo sanguíneo fuera del aneurisma, lo que conduce a su trombosis "
                             "y oclusión progresivas."),
        "indications": [
            "Aneurismas saculares o fusiformes no rotos de cuello ancho (cuello ≥ 4 mm o relación cúpula/cuello < 2) de la arteria carótida interna desde el segmento petroso hasta el terminal",
            "Aneurismas no rotos de la arteria vertebral y de la arteria cerebral media hasta el segmento M1",
            "Diámetro del vaso portador de 2,0 mm a 5,0 mm",
        ],
        "contraindications": [
            "Contraindicación para la doble antiagregación plaquetaria o la anticoagulación",
            "Aneurisma roto en la fase aguda de la hemorragia subaracnoidea",
            "Infección bacteriana activa",
            "Hipersensibilidad conocida al níquel-titanio",
            "Anatomía del vaso portador que impide un acceso o una liberación seguros (p. ej., tortuosidad grave, estenosis)",
        ],
        "population": "Pacientes de 18 años o más.",
        "users": ("Neurorradiólogos intervencionistas y neurocirujanos endovasculares formados en la implantación de diversores "
                  "de flujo. Sala de angiografía de hospitales con neurocirugía y cuidados neurocríticos."),
        "warnings": [
            "Iniciar la doble antiagregación antes del procedimiento y verificar la inhibición plaquetaria; mantenerla al menos 6 meses.",
            "No recapturar más de 2 veces; no recapturar después de liberar el 90 % de la longitud.",
            "Puede producirse una rotura tardía del aneurisma, sobre todo en aneurismas grandes; considerar la embolización adicional con coils.",
            "No utilizar en vasos portadores de menos de 2,0 mm o de más de 5,0 mm.",
        ],
        "precautions": [
            "Seleccionar una longitud que cubra al menos 4 mm proximal y distal al cuello.",
            "Realizar angiografía o angio-RM de control a los 6 y 12 meses.",
        ],
        "adverse": ["Ictus isquémico ipsilateral mayor", "Ictus isquémico menor o accidente isquémico transitorio",
                    "Hemorragia intracraneal (incluida la rotura tardía del aneurisma)", "Estenosis intra-stent > 50 %",
                    "Oclusión de la arteria portadora", "Cefalea o síntomas por efecto de masa tras el tratamiento",
                    "Hematoma o pseudoaneurisma en el sitio de acceso", "Muerte neurológica"],
        "instructions": [
            "Colocar el microcatéter de 0,027 in distal al cuello del aneurisma.",
            "Introducir el introductor y avanzar el implante con la guía de empuje.",
            "Liberar retirando el microcatéter mientras se mantiene la posición de la guía; comprobar la aposición a la pared.",
            "Recapturar y reposicionar si es necesario antes del 90 % de liberación; liberar el implante.",
        ],
        "specs": [
            ["Diseño", "Implante trenzado autoexpandible, 48 hilos"], ["Material de los hilos", "Nitinol con núcleo de platino (DFT)"],
            ["Diámetros nominales", "2,5 / 3,5 / 4,5 / 5,0 mm"], ["Longitudes", "10–40 mm"],
            ["Cobertura metálica al diámetro nominal", "aprox. 32 %"], ["Diámetro del vaso portador", "2–5 mm"],
            ["Microcatéter compatible", "diámetro interior 0,027 in"], ["Recapturable", "hasta el 90 % de la longitud liberada"],
            ["Estado RM", "Condicional para RM a 1,5 T y 3 T"],
        ],
        "storage": "Conservar en lugar seco a temperatura ambiente. Eliminar el sistema de liberación como residuo sanitario.",
    },
}
LABELS = []

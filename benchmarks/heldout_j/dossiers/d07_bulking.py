"""Injectable urethral bulking agent (class III implantable)."""

NAME = "Sfintex PDMS"

F = {
    "id": "j07_bulking_sfintex",
    "device": "Injectable urethral bulking agent",
    "cls": "III",
    "name": NAME,
    "models": "SFX-25 (2,5 mL prefilled syringe); SFX-N20 injection needle 20 G; SFX-AD administration device",
    "udi": "8056789SFXPDMS25B",
    "mfr": "Sfintex S.r.l.",
    "mfr_full": "Sfintex S.r.l., Via Emilia Ponente 120, 40133 Bologna, Italy",
    "srn": "IT-MF-000039915",
    "nb": "Ente Certificazione Dispositivi Medici (ECDM), NB 3140",
    "cls_text": "Class III, Rule 8 (long-term implantable device, wholly or mainly absorbed carrier)",
    "cecp": "Class III implantable device: the clinical evaluation consultation procedure of Article 54(1)(a) "
            "applies. The device is not a modification of a device marketed by Sfintex, so Article 54(2)(b) "
            "cannot be used.",
    "desc": "Sfintex PDMS is a sterile, non-pyrogenic implant made of textured polydimethylsiloxane particles "
            "(size between 100 and 400 µm), suspended in a povidone hydrogel carrier; after transurethral "
            "injection in the submucosa of the proximal urethra, the carrier is absorbed and eliminated by the "
            "kidneys within weeks and replaced by host collagen, while the particles remain permanently and "
            "provide the bulking effect that improves the coaptation of the urethral mucosa.",
    "ip": "Sfintex PDMS is intended for the treatment of stress urinary incontinence in adult women, primarily "
          "due to intrinsic sphincter deficiency, by transurethral submucosal injection under cystoscopic control.",
    "indications": [
        "Stress urinary incontinence (SUI) in adult women, primarily due to intrinsic sphincter deficiency",
        "Recurrent or persistent female SUI after a previous anti-incontinence operation",
    ],
    "contra": [
        "Active urinary tract infection or cystitis",
        "Fragile urethral mucosa, urethral stricture or diverticulum",
        "Detrusor overactivity not controlled by medication; post-void residual volume > 150 mL",
        "Known hypersensitivity to silicone or povidone",
    ],
    "population": "Adult women (18 years or more) with SUI, primarily due to intrinsic sphincter deficiency, "
                  "including women who are not candidates for, or do not wish, a mid-urethral sling.",
    "users_setting": "Urologists and urogynaecologists trained by Sfintex; injection in the operating theatre or "
                     "endoscopy unit of a hospital, under local anaesthesia or sedation, with the possibility of "
                     "post-procedure bladder catheterisation.",
    "benefits": [
        ("Reduction of urine leakage", "24-hour pad weight test; Stamey grade"),
        ("Patient-perceived improvement", "PGI-I (much or very much improved)"),
        ("Quality of life", "ICIQ-UI SF score"),
    ],
    "criteria": [
        ("Objective cure", "24-h pad weight < 2 g in ≥ 35 % at 12 months", "Literature 25–40 %"),
        ("Objective improvement", "≥ 50 % pad-weight reduction in ≥ 60 % at 12 months", "Literature 55–70 %"),
        ("Serious device-related adverse events", "≤ 5 %", "SOTA bulking agents"),
        ("Retention needing catheter > 7 days", "≤ 3 %", "SOTA"),
    ],
    "cep_scope": "Plan for the clinical evaluation of Sfintex PDMS in the initial certification under MDR.",
    "cdp": "Evidence: (a) literature on PDMS bulking agents in female SUI, including the published "
           "randomised trial of PDMS versus collagen; (b) pre-market study SFX-CIP-01 (n = 140 women, primary "
           "endpoint at 12 months on pad weight); (c) PMCF.",
    "search": "Search in PubMed, Embase and Cochrane Library (01/2000 to 12/2023): (urethral bulking OR "
              "periurethral injection) AND (stress urinary incontinence); 455 hits, 24 included.",
    "cep_pmcf": "PMCF study with 3-year follow-up (plan SFX-PMCF-01).",
    "cer_summary": "Sfintex PDMS is a safe and effective bulking agent for female stress urinary incontinence; the "
                   "pre-market study SFX-CIP-01 and the literature confirm the state-of-the-art performance; "
                   "benefit-risk favourable.",
    "sota": [
        "Mid-urethral slings and colposuspension give the highest cure rates for female SUI but carry surgical "
        "risks; urethral bulking is a less invasive option with lower cure rates (25–40 %) and improvement in "
        "55–70 % of women, often requiring repeat injection [1, 2].",
        "PDMS particles have been used since the 1990s; the randomised trial against collagen showed non-inferior "
        "results at 12 months [3]. Hydrogel agents show similar results [4].",
    ],
    "studies": [
        ("[3]", "RCT PDMS vs collagen", "247", "Women, ISD", "12 months", "Improvement 61,5 % vs 48 %"),
        ("[4]", "Prospective", "135", "Women, SUI", "12 months", "Improvement 66 %"),
        ("[5]", "Systematic review", "14 RCTs", "Women, SUI", "≤ 12 months", "Bulking < surgery"),
        ("[6]", "SFX-CIP-01", "140", "Women 31–79 y, ISD", "6 months (interim)", "PGI-I improved 64 %"),
    ],
    "own_data": "SFX-CIP-01 (7 Italian and Belgian hospitals, 2022–2024): 140 women, mean age 61 years; 6-month "
                "interim analysis (n = 138): Stamey grade improved by ≥ 1 in 71 %; PGI-I much or very much "
                "improved 64 %; ICIQ-UI SF -6,8 points; re-injection 29 %; serious device-related AE 3/140 "
                "(2,1 %); retention > 7 days 2/140 (1,4 %).",
    "pms": "Not yet on the market.",
    "results": [
        ("Stamey grade improvement", "Stamey grade improved by ≥ 1 in 71 % at 6 months", "Favourable"),
        ("PGI-I improvement", "64 % much/very much improved at 6 months", "Favourable"),
        ("Serious device-related AE ≤ 5 %", "2,1 %", "Met"),
        ("Retention > 7 days ≤ 3 %", "1,4 %", "Met"),
    ],
    "claims": [
        "Improvement of stress urinary incontinence in about two thirds of women at 6 months [6]",
        "Minimally invasive, performed under local anaesthesia [3, 6]",
    ],
    "br": "A minimally invasive alternative for women with ISD or after failed surgery; risks are mostly minor "
          "(dysuria, haematuria, transient retention, urinary tract infection). Favourable.",
    "residual": [
        "Transient urinary retention; need for catheterisation",
        "Urinary tract infection; dysuria; haematuria",
        "Particle migration or erosion, abscess at the injection site",
        "Loss of effect over time; need for re-injection",
    ],
    "cer_pmcf": "PMCF will confirm the durability of the effect and rare late complications (erosion, abscess).",
    "conclusion": "Conformity with the relevant GSPR is demonstrated.",
    "refs": [
        "Nambiar AK, Arlandis S, Bø K, et al. European Association of Urology guidelines on the diagnosis and "
        "management of female non-neurogenic lower urinary tract symptoms. Eur Urol. 2022;82(1):49-59.",
        "Kirchin V, Page T, Keegan PE, et al. Urethral injection therapy for urinary incontinence in women. "
        "Cochrane Database Syst Rev. 2017;7:CD003881.",
        "Ghoniem G, Corcos J, Comiter C, et al. Cross-linked polydimethylsiloxane injection for female stress "
        "urinary incontinence: results of a multicenter, randomized, controlled, single-blind study. J Urol. "
        "2009;181(1):204-10.",
        "Pai A, Al-Singary W. Durability, safety and efficacy of polyacrylamide hydrogel in the treatment of female "
        "stress incontinence. Int Urogynecol J. 2015;26(4):579-84.",
        "Capobianco G, Saderi L, Aliberti S, et al. Efficacy and effectiveness of bulking agents in the treatment "
        "of stress and mixed urinary incontinence: a systematic review. Int J Gynaecol Obstet. 2018;142(3):273-82.",
        "Sfintex S.r.l. SFX-CIP-01 interim clinical investigation report (6 months), 18/03/2024.",
    ],
    "warnings": [
        "Exclude urinary tract infection before injection; give antibiotic prophylaxis.",
        "Do not inject into the bladder neck if the mucosa is scarred or radiated; risk of erosion.",
        "Check post-void residual before discharge; catheterise if the patient cannot void.",
        "Do not inject intravascularly.",
    ],
    "steps": [
        "Position the patient in lithotomy; perform cystourethroscopy.",
        "Inject 2,5 mL at each of the 2, 6 and 10 o'clock positions, 1,5 cm distal to the bladder neck.",
        "Verify coaptation of the mucosa; do not exceed 7,5 mL per session.",
        "Check voiding before discharge.",
    ],
    "side_effects": [
        "Transient urinary retention",
        "Dysuria, haematuria, urinary tract infection",
        "Erosion, particle migration, abscess",
        "Pain at the injection site",
    ],
    "specs": [
        ("Particle size", "100 to 400 µm (median 190 µm)"),
        ("Particle content", "33 % w/w PDMS in povidone carrier"),
        ("Volume per syringe", "2,5 mL"),
        ("Maximum volume per session", "7,5 mL"),
        ("Needle", "20 G, 19 cm"),
        ("Shelf life", "36 months"),
    ],
    "pmcf": {
        "ref": "Sfintex PDMS; CER SFX-CER-01 rev. 01; CEP SFX-CEP-01 rev. 01.",
        "objectives": [
            "Durability of the improvement at 24 and 36 months (pad weight, PGI-I)",
            "Incidence of late erosion, abscess and particle migration up to 36 months (residual risk 3)",
            "Re-injection rate",
        ],
        "design": "Prospective, multicentre, single-arm post-market study SFX-PMCF-01.",
        "population": "Women with stress urinary incontinence treated with Sfintex PDMS.",
        "setting": "Subjects will be recruited in 10 private urology and gynaecology offices, where the injection is "
                   "performed as an office-based procedure under local anaesthesia.",
        "endpoints": [
            ("Improvement", "≥ 50 % pad-weight reduction", "12, 24, 36 months"),
            ("Cure", "Pad weight < 2 g / 24 h", "12, 24, 36 months"),
            ("Late complications", "Erosion, abscess, migration", "To 36 months"),
            ("Re-injection", "Proportion of women re-injected", "36 months"),
        ],
        "n": "180 women; with 20 % loss, 144 evaluable at 36 months estimate a 55 % improvement rate with a 95 % CI "
             "of ± 8 %, and give 77 % probability to observe at least one erosion if the true rate is 1 %.",
        "timeline": [
            ("First inclusion", "03/2025"),
            ("Last inclusion", "09/2026"),
            ("12-month report", "12/2027"),
            ("36-month final report", "12/2029"),
        ],
        "report": "Annual PMCF evaluation reports; CER and SSCP updated yearly.",
    },
    "sscp": {
        "clin": "In a study of 140 women, 64 % felt much or very much improved at 6 months; 2,1 % had a serious "
                "device-related adverse event. About 3 women in 10 needed a second injection.",
        "pmcf": "A post-market study will follow 180 women for 3 years.",
        "users": "Urologists and urogynaecologists experienced in cystoscopy, after Sfintex training.",
    },
    "cear": {
        "cer_ref": "SFX-CER-01 rev. 01, 25/03/2024",
        "pop": "Adult women with stress urinary incontinence primarily due to intrinsic sphincter deficiency.",
        "cecp": "Class III implantable (Rule 8): Article 54(1)(a) applies.",
        "assess": [
            "The CER relies on the literature for PDMS agents and the interim results of SFX-CIP-01. The acceptance "
            "criteria of the CEP have been met.",
        ],
        "br": "Acceptable for adult women with SUI due to ISD.",
        "pmcf": "PMCF study SFX-PMCF-01, 180 women, 36 months: acceptable.",
        "ifu": "IFU (EN, IT) and SSCP reviewed; the injection is performed in hospital.",
        "concl": "Favourable conclusion pending the expert panel.",
    },
    "ov": {
        "IFU": {
            "ip": "Sfintex PDMS is intended for the treatment of stress urinary incontinence by transurethral "
                  "submucosal injection under cystoscopic control, in adult women with intrinsic sphincter "
                  "deficiency and in men with stress urinary incontinence after radical prostatectomy.",
            "indications": [
                "Stress urinary incontinence in adult women, primarily due to intrinsic sphincter deficiency",
                "Mild to moderate post-prostatectomy stress urinary incontinence in men",
            ],
            "population": "Adult women and men (18 years or more) with stress urinary incontinence.",
            "users_setting": "For use by urologists and urogynaecologists in hospitals only (operating theatre or "
                             "endoscopy unit); not intended for office-based practice.",
        },
    },
    "tr": {
        "it": {
            "desc": "Sfintex PDMS è un impianto sterile costituito da particelle di polidimetilsilossano (da 100 a "
                    "400 µm) sospese in un gel vettore di povidone, che viene riassorbito dopo l'iniezione.",
            "ip": "Sfintex PDMS è destinato al trattamento dell'incontinenza urinaria da sforzo mediante iniezione "
                  "sottomucosa transuretrale sotto controllo cistoscopico, nelle donne adulte con deficit "
                  "sfinterico intrinseco e negli uomini con incontinenza da sforzo dopo prostatectomia radicale.",
            "indications": [
                "Incontinenza urinaria da sforzo nella donna adulta, dovuta principalmente a deficit sfinterico intrinseco",
                "Incontinenza urinaria da sforzo lieve o moderata dopo prostatectomia nell'uomo",
            ],
            "contra": [
                "Infezione attiva delle vie urinarie o cistite",
                "Mucosa uretrale fragile, stenosi o diverticolo uretrale",
                "Iperattività detrusoriale non controllata; residuo post-minzionale > 150 mL",
                "Ipersensibilità nota al silicone o al povidone",
            ],
            "population": "Donne e uomini adulti (18 anni o più) con incontinenza urinaria da sforzo.",
            "users_setting": "Uso riservato a urologi e uroginecologi in ambiente ospedaliero (sala operatoria o "
                             "endoscopia); non destinato all'ambulatorio privato.",
            "warnings": [
                "Escludere un'infezione urinaria prima dell'iniezione; profilassi antibiotica.",
                "Non iniettare nel collo vescicale se la mucosa è cicatriziale o irradiata.",
                "Controllare il residuo post-minzionale prima della dimissione.",
                "Non iniettare per via intravascolare.",
            ],
            "steps": [
                "Posizione litotomica; cistouretroscopia.",
                "Iniettare 2,5 mL a ore 2, 6 e 10, a 1,5 cm distalmente al collo vescicale.",
                "Verificare la coaptazione; non superare 7,5 mL per seduta.",
                "Controllare la minzione prima della dimissione.",
            ],
            "side_effects": ["Ritenzione urinaria transitoria", "Disuria, ematuria, infezione urinaria",
                             "Erosione, migrazione delle particelle, ascesso", "Dolore nel sito di iniezione"],
            "specs": [
                ("Dimensione delle particelle", "da 100 a 400 µm"),
                ("Volume per siringa", "2,5 mL"),
                ("Volume massimo per seduta", "7,5 mL"),
                ("Ago", "20 G, 19 cm"),
                ("Validità", "36 mesi"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "SFX-CEP-01_rev01_CEP.docx", "no": "SFX-CEP-01", "rev": "01", "date": "20/06/2022",
                "author": "Dott.ssa G. Ferri, Affari Regolatori"},
        "CER": {"file": "SFX-CER-01_rev01_Rapporto_valutazione_clinica_EN.pdf", "no": "SFX-CER-01", "rev": "01",
                "date": "25/03/2024", "author": "Dott.ssa G. Ferri; Prof. L. Rinaldi (urogynaecology)"},
        "PMCF-plan": {"file": "SFX-PMCF-01_rev00_PMCF_plan.pdf", "no": "SFX-PMCF-01", "rev": "00", "date": "25/03/2024"},
        "IFU-en": {"file": "Sfintex_PDMS_IFU_EN.docx", "no": "SFX-IFU-EN", "rev": "04", "date": "03/2024"},
        "IFU-it": {"file": "Sfintex_PDMS_IFU_IT.pdf", "no": "SFX-IFU-IT", "rev": "04", "date": "03/2024"},
        "SSCP": {"file": "SFX-SSCP-01_SSCP.pdf", "no": "SFX-SSCP-01", "rev": "01", "date": "25/03/2024"},
        "CEAR": {"file": "ECDM-3140_CEAR_Sfintex.md", "no": "ECDM/CEAR/24/055", "rev": "1", "date": "10/07/2024"},
    },
    "style": {
        "all": {"num": "dot", "pop_as": "prose"},
        "CER": {"hf": ("Sfintex S.r.l. – SFX-CER-01 rev. 01", "Riservato / Confidential"), "num": "para",
                "order": ["summary", "device", "ip", "sota", "data", "analysis", "br", "pmcf", "concl", "refs"]},
        "CEP": {"box": True},
        "IFU": {"box": True},
        "PMCF-plan": {"font": "serif"},
        "CEAR": {"num": "none"},
    },
}

LABELS = [
    {
        "defect": "ifu_adds_male_post_prostatectomy_indication", "category": "intended-use",
        "docs": ["IFU-en", "IFU-it", "CER"],
        "quotes": ["Mild to moderate post-prostatectomy stress urinary incontinence in men",
                   "Incontinenza urinaria da sforzo lieve o moderata dopo prostatectomia nell'uomo",
                   "Sfintex PDMS is intended for the treatment of stress urinary incontinence in adult women"],
        "description": "The IFU (EN and IT) add men with post-prostatectomy incontinence; the CEP, CER, SSCP and "
                       "CEAR cover adult women only and the clinical data include women only.",
        "accept": ["population", "evidence"],
    },
    {
        "defect": "pmcf_in_office_practice_for_hospital_only_device", "category": "care-setting",
        "docs": ["PMCF-plan", "IFU-en"],
        "quotes": ["Subjects will be recruited in 10 private urology and gynaecology offices",
                   "not intended for office-based practice"],
        "description": "The IFU restricts injection to hospitals; the PMCF plan recruits in private offices with "
                       "office-based injection.",
        "accept": ["pmcf"],
    },
    {
        "defect": "cep_pad_weight_criteria_not_reported", "category": "evidence",
        "docs": ["CEP", "CER"],
        "quotes": ["24-h pad weight < 2 g in ≥ 35 % at 12 months",
                   "Stamey grade improved by ≥ 1 in 71 % at 6 months"],
        "description": "The CEP's 12-month pad-weight cure and improvement criteria are not reported in the CER, "
                       "which substitutes 6-month Stamey grade and PGI-I results.",
        "accept": [],
    },
]

ID = "u11_sealtron_esu"
DEVICE = "Sealtron ES-400 – electrosurgical generator with monopolar, bipolar and bipolar vessel sealing modes"
D = {
    "name": "Sealtron ES-400", "mfr": "Hermes Electromedical S.A.",
    "addr": "Ermou 56, 54623 Thessaloniki, Greece", "srn": "GR-MF-000016279",
    "udi": "5201555SLTRES400V", "cls": "IIb",
    "rule": "Annex VIII, Rule 9 (active therapeutic device delivering energy in a potentially hazardous way)",
    "cecp": ("Not being implantable and not administering or removing medicinal products, the class IIb Sealtron "
             "ES-400 is not subject to the Clinical Evaluation Consultation Procedure of Article 54 MDR."),
    "docs": {"cep": ("HEM-CEP-014", 1), "cer": ("HEM-CER-014", 2), "pmcf": ("HEM-PMCF-014", 1),
             "ifu": ("HEM-IFU-014", 2)},
    "dates": {"cep": "22/02/2024", "cer": "09/10/2024", "pmcf": "09/10/2024", "ifu": "17/10/2024",
              "cear": "15/01/2025"},
    "models": [("ES-400", "Electrosurgical generator, monopolar/bipolar/vessel sealing, with footswitch"),
               ("VS-L37", "Single-use laparoscopic vessel sealing instrument, 5 mm, 37 cm"),
               ("VS-O20", "Single-use open vessel sealing instrument, 20 cm"),
               ("NE-2", "Single-use split neutral electrode with contact quality monitoring")],
    "desc": ["The Sealtron ES-400 is a high-frequency electrosurgical generator (470 kHz) providing monopolar cutting and "
             "coagulation, conventional bipolar coagulation and a bipolar vessel sealing mode with impedance feedback, "
             "which fuses the collagen and elastin of vessel walls up to 7 mm in diameter.",
             "In vessel sealing mode the generator controls the energy delivery by measuring the tissue impedance in "
             "real time and terminates the cycle with an audible tone when the seal is complete."],
    "tech": [("Output frequency", "470 kHz"), ("Monopolar cut, max. power", "300 W at 500 Ω"),
             ("Bipolar coagulation, max. power", "70 W at 100 Ω"), ("Vessel sealing, max. power", "150 W at 20 Ω"),
             ("Vessel diameter for sealing", "up to 7 mm (arteries, veins, lymphatic bundles)"),
             ("Neutral electrode monitoring", "Contact quality monitoring, split pad"), ("Weight", "8,2 kg (18.1 lb)")],
    "purpose": ("The Sealtron ES-400 with its instruments is intended for the cutting and coagulation of soft tissue and "
                "for the ligation (sealing) of vessels up to 7 mm in diameter and of tissue bundles, in open and "
                "laparoscopic general, gynaecological, urological and colorectal surgery."),
    "ind": ["cutting and coagulation of soft tissue in open and laparoscopic surgery",
            "sealing of arteries and veins up to 7 mm and of lymphatic and tissue bundles"],
    "contra": ["tubal sterilisation or tubal coagulation for sterilisation (vessel sealing mode)",
               "sealing of vessels larger than 7 mm", "use in cardiac or central nervous system surgery with the vessel sealing instruments"],
    "pop": "Adult patients (≥18 y) undergoing open or laparoscopic surgery.",
    "users": "Surgeons and operating room staff trained in electrosurgery.",
    "setting": "Hospital operating theatres.",
    "sota": ["Bipolar vessel sealing systems are established for the ligation of vessels up to 7 mm and reduce "
             "operative time and blood loss compared with sutures and clips in many procedures; burst pressures "
             "exceed three times the systolic pressure [1,2].",
             "Complications of electrosurgery include thermal injury, neutral electrode burns and surgical smoke; "
             "contact quality monitoring has drastically reduced pad-site burns [3]."],
    "benefits": [("Reliable haemostasis", "Seal failure (bleeding requiring additional measures)", "≤ 2 %"),
                 ("Reduced operative blood loss", "Blood loss vs conventional ligation", "≥ 20 % lower"),
                 ("Effective cutting/coagulation", "Surgeon-rated performance", "≥ 90 % satisfactory")],
    "safety_crit": [("Unintended thermal injury", "≤ 0,5 %"), ("Neutral electrode burn", "≤ 0,05 %")],
    "cdp": "Clinical data derive from a prospective post-market study (HEM-PMS-ES4-01) and from the bibliography on bipolar vessel sealing.",
    "studies": [("[4]", "HEM-PMS-ES4-01, prospective multicentre", "236", "Adults 21-86 y; colectomy, hysterectomy, nephrectomy", "30 days", "Seal failure 1,3 %; blood loss -31 % vs matched conventional-ligation cohort; thermal injury 0,4 %; no pad burns"),
                ("[5]", "Meta-analysis vessel sealing vs conventional haemostasis", "1 620", "Adults, abdominal surgery", "Peri-operative", "Blood loss -46 ml; operative time -14 min")],
    "study_prose": ["The post-market study [4] included 236 adults undergoing 1 912 vessel seals; bleeding requiring "
                    "additional haemostasis occurred in 1,3 % of seals and unintended thermal injury in one patient "
                    "(0,4 %). No neutral electrode burn was recorded."],
    "perf": ["The benefits CB-1 to CB-3 are demonstrated by the device's own data [4], including a 31 % lower blood "
             "loss than a matched cohort with conventional ligation; the meta-analysis [5] confirms that these "
             "results are consistent with the state of the art."],
    "risks": [("Unintended thermal injury to adjacent structures", "0,4 %"), ("Seal failure with bleeding", "1,3 % of seals"),
              ("Neutral electrode site burn", "< 0,05 %"), ("Exposure to surgical smoke", "mitigated by smoke evacuation")],
    "warn": ["Keep a distance of at least 2 mm between the jaws and adjacent structures such as bowel and ureter.",
             "Do not use the vessel sealing mode for tubal sterilisation.",
             "Apply the neutral electrode on well-vascularised muscle tissue and verify the contact quality indicator."],
    "steps": ["Connect the neutral electrode and the instrument.", "Select the mode and power.",
              "Grasp the vessel in the middle of the jaws and activate until the end tone.", "Inspect the seal before cutting."],
    "refs": ["Kennedy JS et al. High-burst-strength, feedback-controlled bipolar vessel sealing. Surg Endosc 1998;12:876-8.",
             "Lyons SD, Law KS. Laparoscopic vessel sealing technologies. J Minim Invasive Gynecol 2013;20:301-7.",
             "Alkatout I et al. Principles and safety measures of electrosurgery in laparoscopy. JSLS 2012;16:130-9.",
             "Hermes Electromedical. Post-market study report HEM-PMS-ES4-01, 2024.",
             "Meta-analysis of vessel sealing in abdominal surgery, Hellas Clinical Evidence SR-VS-01, 2024."],
    "pmcf": {"obj": ["to confirm the seal failure rate for vessels of 5-7 mm", "to monitor unintended thermal injuries in laparoscopic colorectal surgery"],
             "design": "Prospective multicentre PMCF study in three hospitals with 30-day follow-up.",
             "pop": "Adult patients (≥18 y) undergoing open or laparoscopic general, gynaecological, urological or colorectal surgery in hospital operating theatres.",
             "size": "300 patients with at least 600 seals of 5-7 mm vessels; this allows to estimate a failure rate of 2 % with a 95 % CI of ±1,1 %.",
             "endpoints": ["Seal failure", "Thermal injury", "Neutral electrode burns"],
             "timeline": [("Start", "02/2025"), ("Final report", "08/2026")],
             "link": "The objectives address the residual risks of seal failure for large vessels and thermal injury."},
    "tr": {
        "es": {"purpose": "El Sealtron ES-400 con sus instrumentos está destinado al corte y coagulación de tejidos blandos y a la ligadura (sellado) de vasos de hasta 7 mm de diámetro y de haces tisulares, en cirugía abierta y laparoscópica general, ginecológica, urológica y colorrectal.",
               "ind": ["corte y coagulación de tejidos blandos en cirugía abierta y laparoscópica", "sellado de arterias y venas de hasta 7 mm y de haces linfáticos y tisulares"],
               "contra": ["esterilización tubárica (modo de sellado)", "sellado de vasos de más de 7 mm", "cirugía cardíaca o del sistema nervioso central con los instrumentos de sellado"],
               "pop": "Pacientes adultos (≥18 años) sometidos a cirugía abierta o laparoscópica.",
               "setting": "Cirujanos y personal de quirófano formados en electrocirugía; quirófanos hospitalarios.",
               "warn": ["Mantenga una distancia de al menos 2 mm entre las mordazas y las estructuras adyacentes.", "No utilice el modo de sellado para la esterilización tubárica.", "Verifique el indicador de calidad de contacto del electrodo neutro."],
               "steps": ["Conecte el electrodo neutro y el instrumento.", "Seleccione el modo y la potencia.", "Sujete el vaso en el centro de las mordazas y active hasta el tono final.", "Inspeccione el sellado antes de cortar."],
               "risks": ["Lesión térmica no intencionada", "Fallo del sellado con hemorragia", "Quemadura en el sitio del electrodo neutro", "Exposición al humo quirúrgico"]},
        "pt": {"purpose": "O Sealtron ES-400 com os seus instrumentos destina-se ao corte e coagulação de tecidos moles e à laqueação (selagem) de vasos até 7 mm de diâmetro e de feixes de tecido, em cirurgia aberta e laparoscópica geral, ginecológica, urológica e colorretal.",
               "ind": ["corte e coagulação de tecidos moles em cirurgia aberta e laparoscópica", "selagem de artérias e veias até 7 mm e de feixes linfáticos e de tecido"],
               "contra": ["esterilização tubária (modo de selagem)", "selagem de vasos superiores a 7 mm", "cirurgia cardíaca ou do sistema nervoso central com os instrumentos de selagem"],
               "pop": "Doentes adultos (≥18 anos) submetidos a cirurgia aberta ou laparoscópica.",
               "setting": "Cirurgiões e pessoal do bloco operatório treinados em eletrocirurgia; blocos operatórios hospitalares.",
               "warn": ["Mantenha uma distância de pelo menos 2 mm entre as mandíbulas e as estruturas adjacentes.", "Não utilize o modo de selagem para esterilização tubária.", "Verifique o indicador de qualidade de contacto do elétrodo neutro."],
               "steps": ["Ligue o elétrodo neutro e o instrumento.", "Selecione o modo e a potência.", "Segure o vaso no centro das mandíbulas e ative até ao sinal sonoro final.", "Inspecione a selagem antes de cortar."],
               "risks": ["Lesão térmica não intencional", "Falha da selagem com hemorragia", "Queimadura no local do elétrodo neutro", "Exposição ao fumo cirúrgico"]},
    },
    "cear": {"expert": "general surgery",
             "cecp": "Class IIb active device, not implantable and not administering medicinal products; Article 54 does not apply.",
             "sota": "The state of the art is adequately described. No equivalence is claimed; the meta-analysis is used as benchmark.",
             "lit": "The literature search is adequate.",
             "pmcf": "The PMCF study is specific with a justified sample size.",
             "findings": [("1", "Observation", "It is asked to report the seal failure rate per vessel diameter class in the PMCF evaluation report.", "No")],
             "concl": "The clinical evidence is sufficient and consistent across the documents. Certification is recommended."},
}
DOCS = [
    ("HEM-CEP-014_R1_Sealtron.pdf", "CEP", "en", {}),
    ("HEM-CER-014_R2_Sealtron_ES-400.docx", "CER", "en", {}),
    ("HEM-PMCF-014_R1.pdf", "PMCF-plan", "en", {}),
    ("HEM-IFU-014-EN_R2.docx", "IFU", "en", {}),
    ("HEM-IFU-014-ES_R2.pdf", "IFU", "es", {}),
    ("HEM-IFU-014-PT_R2.md", "IFU", "pt", {}),
    ("NB2998-CEAR-HEM-014.pdf", "CEAR", "en", {}),
]
LABELS = []

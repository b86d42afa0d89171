# Eustachian tube balloon dilation. Class IIa (Rule 6, transient surgically invasive via nasal route to ET). CECP not applicable. CLEAN.
CEP = """
Clinical Evaluation Plan
TUBAFLEX Eustachian Tube Balloon Dilation System – TBF-CEP-02 – version 2.0 – 18/03/2024
Otomédica Peninsular S.L., Avinguda Diagonal 640, 08017 Barcelona, Spain

Chapter 1 – Scope and classification
TUBAFLEX consists of a balloon catheter (balloon 6 × 16 mm) with malleable guide and the inflation device TBF-ID. The balloon is introduced through the nostril to the nasopharyngeal orifice of the Eustachian tube and inflated for 2 minutes; use is transient (less than 60 minutes) and the dilation acts beyond the nasal cavity on the cartilaginous Eustachian tube. The manufacturer applies Rule 6 (transient surgically invasive, dilation of tissue) and classifies the device class IIa. The device is not implantable, not active: the consultation procedure of Article 54 is not applicable.

Chapter 2 – Intended purpose
Dilation of the cartilaginous part of the Eustachian tube in patients of 18 years old and more with persistent obstructive Eustachian tube dysfunction (symptoms during 3 months or more, ETDQ-7 mean score ≥ 2,1) not responding to medical treatment, by otorhinolaryngologists, in the operating room or in the office under local anaesthesia.

Contraindications: patulous Eustachian tube; internal carotid artery dehiscence in the petrous canal on CT; acute upper respiratory tract infection; previous skull base surgery in the region.

Chapter 3 – Benefits and acceptance
- ETDQ-7 mean score improvement ≥ 0,5 points at 6 weeks and 12 months, superior to medical therapy alone.
- Normalization of tympanogram (type A) in ≥ 40 % of ears with type B/C at baseline.
- Serious adverse events: 0 carotid injury; total device- or procedure-related adverse events ≤ 5 %.

Chapter 4 – Data sources
Own RCT TBF-RCT-01, systematic review of balloon dilation literature.
"""

CER = """
CLINICAL EVALUATION REPORT
TUBAFLEX Eustachian Tube Balloon Dilation System – TBF-CER-02 – revision 3 – 15/07/2024
Otomédica Peninsular S.L. – Basic UDI-DI 8437654TBFBD62H – class IIa

I. DEVICE DESCRIPTION
Single-use balloon catheter (balloon diameter 6 mm, length 16 mm, nominal pressure 12 atm) on a malleable stainless-steel guide with 45° and 70° preformed angles, and the reusable inflation device TBF-ID with manometer. The balloon is introduced transnasally under endoscopic vision.

II. INTENDED PURPOSE
Balloon dilation of the cartilaginous Eustachian tube in adults (age 18 years or more) with persistent obstructive Eustachian tube dysfunction refractory to medical treatment. Used by ENT surgeons in the operating room or in the office setting under local anaesthesia.

III. STATE OF THE ART
Obstructive ETD affects about 1 % of adults. Medical treatment includes nasal steroids and autoinflation; tympanostomy tubes treat the middle ear effusion but not the tube. The NICE IPG 665 (2019) and the clinical consensus statement of the AAO-HNS (2019) accept balloon dilation for persistent obstructive ETD in adults after appropriate diagnosis, with a low complication rate (about 2 %), mainly epistaxis and transient emphysema.

IV. CLINICAL DATA
| Source | Design | Patients | Follow-up | Result |
| TBF-RCT-01 (own) | RCT, dilation + medical vs medical | 142 adults | 12 months | ETDQ-7 change −1,9 vs −0,4 at 6 weeks; −2,1 at 12 months |
| Meyer 2018 | RCT, other balloon system | 60 | 12 months | ETDQ-7 −2,9 vs −0,6 |
| Poe 2018 | RCT, other balloon system | 323 | 52 weeks | Normalized tympanogram 52 % vs 25 % |
| Froehlich 2020 | Meta-analysis | 1.155 ears | up to 5 years | ETDQ-7 improvement sustained |

TBF-RCT-01: tympanogram normalized in 49 % of treated ears with abnormal baseline (control 19 %). Adverse events related to procedure 3,5 % (epistaxis 3, transient subcutaneous emphysema 1, ear pain 1), no carotid injury. All criteria of the TBF-CEP-02 are fulfilled.

V. RESIDUAL RISKS AND BENEFIT-RISK
Residual risks: epistaxis, emphysema, patulous tube, tympanic membrane injury, mucosal laceration, very rare carotid injury in case of dehiscence. CT before procedure is recommended. The benefit-risk is favourable.

VI. PMCF
PMCF plan TBF-PMCF-02: registry of 220 adults, 3 years.

VII. REFERENCES
1. Otomédica Peninsular. TBF-RCT-01 report, 2023.
2. Meyer TA, et al. A randomized controlled trial of balloon dilation as a treatment for persistent ETD. Otol Neurotol 2018;39:894-902.
3. Poe D, et al. Balloon dilation of the Eustachian tube for dilatory dysfunction: a randomized controlled trial. Laryngoscope 2018;128:1200-1206.
4. Froehlich MH, et al. Eustachian tube balloon dilation: a systematic review and meta-analysis. Otolaryngol Head Neck Surg 2020;163:870-882.
"""

PMCF = """
PMCF PLAN – TUBAFLEX – TBF-PMCF-02 rev. 1 – 20/07/2024

Objectives
- Durability of ETDQ-7 improvement up to 36 months (own data to 12 months).
- Rate of rare serious complications (carotid injury, patulous tube).
- Outcomes in the office setting under local anaesthesia (mostly OR in TBF-RCT-01).

Design
Prospective registry in 9 ENT departments (Spain, Portugal, Germany, Austria); adults ≥ 18 years with persistent obstructive ETD refractory to medical therapy; both OR and office procedures.

Sample size
220 patients: precision ±0,25 on mean ETDQ-7 change (SD 1,5) with 25 % loss at 36 months; for rare events, 0 cases in 220 give an upper 95 % limit of 1,4 %.

Timeline
Inclusion 11/2024 – 10/2026; follow-up to 2029; annual report.
"""

IFU_EN = """
TUBAFLEX Eustachian Tube Balloon Dilation System
Instructions for Use – TBF-IFU rev. 5 – English

Indications
The TUBAFLEX system is intended to dilate the cartilaginous portion of the Eustachian tube in adults (18 years and over) with persistent obstructive Eustachian tube dysfunction that did not respond to medical treatment.

Contraindications
- Patulous Eustachian tube.
- Dehiscence of the internal carotid artery canal on CT.
- Acute infection of the upper airway.
- Previous skull-base surgery in the treatment area.

Warnings
- Review CT of the temporal bone before the procedure.
- Do not exceed 12 atm; do not advance the catheter against resistance.
- Do not inflate the balloon more than 2 minutes per dilation.

Specifications
| Parameter | Value |
| Balloon diameter × length | 6 × 16 mm |
| Nominal pressure | 12 atm |
| Guide angles | 45° and 70° |
| Inflation time | 2 min |
| Use | single use (catheter) |

Setting: operating room or office under local anaesthesia. Otomédica Peninsular S.L., Barcelona · CE 4027
"""

IFU_DE = """
TUBAFLEX Ballondilatationssystem für die Tuba Eustachii
Gebrauchsanweisung – TBF-IFU Rev. 5 – Deutsch

Indikationen
Das TUBAFLEX-System dient der Dilatation des knorpeligen Anteils der Tuba Eustachii bei Erwachsenen (ab 18 Jahren) mit persistierender obstruktiver Tubenfunktionsstörung, die auf eine medikamentöse Behandlung nicht angesprochen hat.

Kontraindikationen
- Klaffende Tube (Tuba aperta).
- Dehiszenz des Karotiskanals im CT.
- Akute Infektion der oberen Atemwege.
- Frühere Schädelbasischirurgie im Behandlungsbereich.

Warnhinweise
- Vor dem Eingriff CT des Felsenbeins prüfen.
- 12 atm nicht überschreiten; Katheter nicht gegen Widerstand vorschieben.
- Ballon nicht länger als 2 Minuten pro Dilatation füllen.

Technische Daten
| Parameter | Wert |
| Ballon Durchmesser × Länge | 6 × 16 mm |
| Nenndruck | 12 atm |
| Führungswinkel | 45° und 70° |
| Inflationszeit | 2 min |
| Verwendung | Einmalgebrauch (Katheter) |

Anwendungsumgebung: OP oder Praxis in Lokalanästhesie.
"""

IFU_PT = """
Sistema de dilatação por balão da trompa de Eustáquio TUBAFLEX
Instruções de utilização – TBF-IFU rev. 5 – Português

Indicações
O sistema TUBAFLEX destina-se à dilatação da porção cartilaginosa da trompa de Eustáquio em adultos (a partir dos 18 anos) com disfunção obstrutiva persistente da trompa de Eustáquio que não respondeu ao tratamento médico.

Contraindicações
- Trompa de Eustáquio patente.
- Deiscência do canal da artéria carótida interna na TC.
- Infeção aguda das vias aéreas superiores.
- Cirurgia prévia da base do crânio na área de tratamento.

Advertências
- Rever a TC do osso temporal antes do procedimento.
- Não exceder 12 atm; não avançar o cateter contra resistência.
- Não insuflar o balão mais de 2 minutos por dilatação.

Especificações
| Parâmetro | Valor |
| Diâmetro × comprimento do balão | 6 × 16 mm |
| Pressão nominal | 12 atm |
| Ângulos do guia | 45° e 70° |
| Tempo de insuflação | 2 min |
| Utilização | uso único (cateter) |

Local de utilização: bloco operatório ou consultório sob anestesia local.
"""

CEAR = """
# CEAR – TUBAFLEX Eustachian Tube Balloon Dilation System

NB 4027, Brabant Medical Certification B.V., Breda · file BMC-24-0712 · 02/09/2024 · reviewer ir. T. Willems

**Classification.** Class IIa, Rule 6, transient surgically invasive. Manufacturer's rationale accepted. Art. 54: not applicable.

**Intended purpose (NB).** Dilation of cartilaginous Eustachian tube. Adults 18+. Persistent obstructive ETD refractory to medical therapy. OR or office, local anaesthesia.

Finding 1: RCT TBF-RCT-01, 142 adults. Criteria met. Closed.
Finding 2: carotid injury risk. Contraindication and CT warning present in all language versions. Closed.
Finding 3: durability after 12 months from literature of other systems only. PMCF to 36 months. Closed.

**NB conclusion.** Clinical evidence sufficient. Benefit-risk acceptable.
"""

DOSSIER = {
    "id": "d11",
    "device": "TUBAFLEX Eustachian Tube Balloon Dilation System",
    "device_class": "IIa",
    "docs": [
        ("TBF-CEP-02.pdf", "CEP", "en", CEP),
        ("TBF-CER-02_rev3.docx", "CER", "en", CER),
        ("TBF-PMCF-02.pdf", "PMCF-plan", "en", PMCF),
        ("TUBAFLEX_IFU_EN.pdf", "IFU", "en", IFU_EN),
        ("TUBAFLEX_IFU_DE.docx", "IFU", "de", IFU_DE),
        ("TUBAFLEX_IFU_PT.pdf", "IFU", "pt", IFU_PT),
        ("CEAR_BMC-24-0712.md", "CEAR", "en", CEAR),
    ],
    "labels": [],
}

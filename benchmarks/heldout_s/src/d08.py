# Elastomeric pump + perineural catheter. Non-active, class IIb (Rule 7: catheter administering medicinal products). CECP not applicable. DEFECTIVE.
CEP = """
CLINICAL EVALUATION PLAN
FLUXIA Regional Elastomeric Infusion System
Document FX-CEP-001 · Version 2 · Date 19/06/2024
Infusa Medical, Lda. – Rua Pedro Nunes 12, 3030-199 Coimbra, Portugal

1 – Object of the present document
This plan establishes the methodology of clinical evaluation of the FLUXIA system: elastomeric pump with fixed flow restrictor, anti-free-flow clamp, 0,2 µm filter and the FLUXIA 19 G perineural catheter with 18 G Tuohy needle.

2 – Classification and procedure
FLUXIA is a class IIb active device intended to administer a medicinal product in a potentially hazardous manner, Rule 12 of Annex VIII, and in consequence the clinical evaluation consultation procedure of Article 54(1)(b) applies and the Notified Body will transmit the CEAR to the expert panel.

3 – Intended purpose
Continuous infusion of local anaesthetic (ropivacaine 0,2 %) through a perineural catheter for postoperative analgesia after orthopaedic surgery of the upper and lower limb (interscalene, infraclavicular, femoral, adductor canal, popliteal sciatic blocks), started in the hospital and continued at home by the patient for up to 3 days.

4 – Target population
Patients of 10 kg of body weight or more: adults and children from 2 years old, ASA I-III, able (or with a carer able) to manage the pump at home.

5 – Outcome parameters and acceptance criteria
- Pain at rest NRS ≤ 3 at 24 and 48 hours in at least 75 % of patients.
- Flow accuracy of ±15 % of nominal flow in clinical use.
- Catheter-related infection ≤ 1 %; local anaesthetic systemic toxicity (LAST) 0 cases expected.
"""

CER = """
CLINICAL EVALUATION REPORT – FLUXIA Regional Elastomeric Infusion System
FX-CER-001, version 3, 15/09/2024 – Infusa Medical, Lda., Coimbra (Portugal)
Basic UDI-DI 5609876FLXRG11A

Chapter 1 – Device description and classification
FLUXIA is a non-active device: the driving force is the elastic energy of the silicone reservoir, without any electrical or other energy source. The perineural catheter is a short-term surgically invasive device that administers medicinal products, class IIb by Rule 7, and the pump is class IIa by Rule 2; the system is class IIb. Because the device is not active, the consultation procedure of Article 54(1)(b) does not apply.

Technical characteristics: nominal volume 270 ml, fixed flow rate 5 ml/h, infusion duration about 54 hours, flow accuracy ±15 % at 23 °C, catheter 19 G, 60 cm, closed tip with 3 lateral holes.

Chapter 2 – Intended purpose and population
Continuous perineural infusion of ropivacaine 0,2 % for analgesia after orthopaedic surgery of upper and lower limbs, started in hospital and continued at home up to 3 days. Patients with weight of 10 kgs or more (children from 2 years old and adults).

Chapter 3 – State of the art
Continuous peripheral nerve blocks give superior analgesia to single injection and to opioids after major orthopaedic surgery (Ilfeld 2011), and ambulatory continuation with elastomeric pumps is established practice. For ropivacaine the recommended maximum continuous infusion is 0,4 mg/kg/h in children and 20-28 mg/h in adults (ESRA/ASRA paediatric recommendations 2018). Elastomeric pumps have flow variation with temperature, viscosity and height of the pump.

Chapter 4 – Clinical data
| Reference | Design | N | Population | Outcome |
| FX-OBS-01 (own) | Prospective cohort, 4 hospitals | 212 | Adults, shoulder and knee surgery | NRS ≤ 3 at 24 h in 81 % and 48 h in 78 % |
| Ilfeld 2011 | Review | – | Adults | CPNB benefit |
| Gurnaney 2014 | Retrospective | 1.285 | Children and adolescents, ambulatory CPNB | Catheter problems 9 %, no LAST |
| PMS FLUXIA 2020-2023 | Complaints | 38.000 units | – | 11 flow complaints, 0 serious incidents |

FX-OBS-01: catheter-related infection 0,5 % (1/212), catheter dislodgement 4,2 %, no case of LAST, patient satisfaction high. All results are with adult patients; the paediatric use is supported by Gurnaney 2014.

Chapter 5 – Benefit-risk
Residual risks: LAST, catheter dislodgement, infection, nerve injury, fall due to motor block, flow error by temperature, disconnection. The benefit-risk is favourable.

Chapter 6 – PMCF
See PMCF plan FX-PMCF-001.

References
1. Infusa Medical. FX-OBS-01 study report, 2023.
2. Ilfeld BM. Continuous peripheral nerve blocks: a review. Anesth Analg 2011;113:904-925.
3. Gurnaney H, et al. Ambulatory continuous peripheral nerve blocks in children and adolescents. Anesth Analg 2014;118:621-627.
4. Suresh S, et al. The ESRA/ASRA recommendations on local anesthetics and adjuvants dosage in pediatric regional anesthesia. Reg Anesth Pain Med 2018;43:211-216.
"""

PMCF = """
PMCF Plan – FLUXIA Regional Elastomeric Infusion System
FX-PMCF-001 · version 1 · 20/09/2024

Objectives
Confirm the safety and performance of FLUXIA in the clinical practice.

Method
Telephone satisfaction survey to patients after the end of the infusion at home, with questions about pain, comfort and easiness of use of the pump. Centres will be selected between the clients.

Sample size
The sample size will be defined later in function of the sales.

Timeline
Start after the certification. A PMCF report will be realized when enough data is available.
"""

IFU_EN = """
FLUXIA Regional Elastomeric Infusion System – Instructions for Use
FX-IFU-EN · rev. 08

Intended use
FLUXIA is intended for the continuous infusion of local anaesthetic through a perineural catheter for postoperative analgesia after orthopaedic surgery of the limbs, in hospital and at home (up to 3 days).

Patient population
Adults and children from 2 years old with body weight of 10 kg or more.

Contraindications
- Allergy to amide local anaesthetics.
- Infection at the puncture site.
- Patients or carers unable to follow the home instructions.

Warnings
- Use only ropivacaine 0,2 %; the flow rate is fixed and cannot be adjusted to the weight of the patient.
- Protect the limb during the motor block; risk of fall.
- Keep the pump at the level of the catheter and at room temperature; cold reduces the flow, body heat increases it.
- Contact the hospital if ringing in the ears, metallic taste or numbness around the mouth appear.

Technical data
| Characteristic | Value |
| Nominal volume | 400 ml |
| Flow rate (fixed) | 5 ml/h |
| Infusion duration | approx. 80 hours (400 ml at 5 ml/h) |
| Flow accuracy | ±15 % |
| Catheter | 19 G, 60 cm |
| Needle | 18 G Tuohy |

Infusa Medical, Lda., Coimbra, Portugal · CE 3705
"""

IFU_IT = """
Sistema di infusione elastomerico FLUXIA – Istruzioni per l'uso
FX-IFU-IT · rev. 08

Uso previsto
FLUXIA è destinato all'infusione continua di anestetico locale attraverso un catetere perineurale per l'analgesia postoperatoria dopo chirurgia ortopedica degli arti, in ospedale e a domicilio (fino a 3 giorni).

Popolazione di pazienti
Adulti e bambini a partire da 2 anni con peso corporeo di almeno 10 kg.

Controindicazioni
- Allergia agli anestetici locali di tipo amidico.
- Infezione nel sito di puntura.
- Pazienti o caregiver non in grado di seguire le istruzioni domiciliari.

Avvertenze
- Usare solo ropivacaina 0,2 %; la velocità di flusso è fissa e non può essere adattata al peso del paziente.
- Proteggere l'arto durante il blocco motorio; rischio di caduta.
- Mantenere la pompa all'altezza del catetere e a temperatura ambiente; il freddo riduce il flusso, il calore corporeo lo aumenta.
- Contattare l'ospedale in caso di ronzio alle orecchie, sapore metallico o intorpidimento intorno alla bocca.

Dati tecnici
| Caratteristica | Valore |
| Volume nominale | 400 ml |
| Velocità di flusso (fissa) | 5 ml/h |
| Precisione del flusso | ±15 % |
| Catetere | 19 G, 60 cm |
| Ago | 18 G Tuohy |
| Durata dell'infusione | circa 80 ore (400 ml a 5 ml/h) |
"""

CEAR = """
Clinical Evaluation Assessment Report – FLUXIA Regional Elastomeric Infusion System
NB 3705 – Zeeland Conformity Services B.V., Middelburg – project ZCS-24-0918 – 21/10/2024 – reviewer: M. Hendriks

Classification: system class IIb (Rule 7 catheter). Non-active. Art. 54(1)(b) not applicable.

Intended purpose (NB): continuous perineural local anaesthetic infusion after limb orthopaedic surgery, hospital start, continued at home up to 3 days. Adults and children from 2 years, ≥ 10 kg.

Finding 1: CEP section 2 classifies the device as active Rule 12. Inconsistent with CER. Manufacturer to correct. Open.
Finding 2: clinical data FX-OBS-01 in adults only. Paediatric claim rests on one retrospective study. Manufacturer to justify. Open.
Finding 3: PMCF plan. Survey only. No sample size. Not acceptable. Open.

NB conclusion: certification not possible until findings 1 to 3 are closed.
"""

DOSSIER = {
    "id": "d08",
    "device": "FLUXIA Regional Elastomeric Infusion System (elastomeric pump with perineural catheter for continuous nerve block)",
    "device_class": "IIb",
    "docs": [
        ("FX-CEP-001_v2.pdf", "CEP", "en", CEP),
        ("FX-CER-001_v3.docx", "CER", "en", CER),
        ("FX-PMCF-001.pdf", "PMCF-plan", "en", PMCF),
        ("FLUXIA_IFU_EN.docx", "IFU", "en", IFU_EN),
        ("FLUXIA_IFU_IT.pdf", "IFU", "it", IFU_IT),
        ("CEAR_ZCS-24-0918.pdf", "CEAR", "en", CEAR),
    ],
    "labels": [
        {"defect": "cep_claims_active_rule12_cecp", "category": "scope",
         "documents": ["FX-CEP-001_v2.pdf", "FX-CER-001_v3.docx"],
         "quotes": ["FLUXIA is a class IIb active device intended to administer a medicinal product in a potentially hazardous manner, Rule 12",
                    "FLUXIA is a non-active device: the driving force is the elastic energy of the silicone reservoir",
                    "Because the device is not active, the consultation procedure of Article 54(1)(b) does not apply."],
         "description": "The CEP calls the elastomeric pump an active Rule 12 device subject to the CECP; the CER and CEAR classify it as non-active (Rule 7/Rule 2), outside Art. 54(1)(b).",
         "accept": []},
        {"defect": "pmcf_survey_no_sample_size", "category": "pmcf",
         "documents": ["FX-PMCF-001.pdf"],
         "quotes": ["The sample size will be defined later in function of the sales.",
                    "Telephone satisfaction survey to patients after the end of the infusion at home",
                    "Confirm the safety and performance of FLUXIA in the clinical practice."],
         "description": "PMCF plan is a satisfaction survey with a generic objective, no endpoints tied to residual risks (LAST, paediatric use), sample size deferred and no timeline.",
         "accept": ["template"]},
        {"defect": "reservoir_volume_mismatch", "category": "specification",
         "documents": ["FX-CER-001_v3.docx", "FLUXIA_IFU_EN.docx", "FLUXIA_IFU_IT.pdf"],
         "quotes": ["nominal volume 270 ml, fixed flow rate 5 ml/h, infusion duration about 54 hours",
                    "approx. 80 hours (400 ml at 5 ml/h)",
                    "circa 80 ore (400 ml a 5 ml/h)"],
         "description": "The CER gives a 270 ml reservoir and about 54 h of infusion; the IFUs give 400 ml and about 80 h.",
         "accept": []},
        {"defect": "fixed_flow_overdoses_small_children", "category": "plausibility",
         "documents": ["FLUXIA_IFU_EN.docx", "FX-CER-001_v3.docx", "FX-CEP-001_v2.pdf"],
         "quotes": ["Adults and children from 2 years old with body weight of 10 kg or more.",
                    "the recommended maximum continuous infusion is 0,4 mg/kg/h in children",
                    "Use only ropivacaine 0,2 %; the flow rate is fixed and cannot be adjusted to the weight of the patient.",
                    "Patients of 10 kg of body weight or more: adults and children from 2 years old",
                    "All results are with adult patients; the paediatric use is supported by Gurnaney 2014."],
         "description": "A fixed 5 ml/h of ropivacaine 0,2 % (10 mg/h) gives 1 mg/kg/h to a 10 kg child, 2.5 times the paediatric maximum of 0,4 mg/kg/h quoted in the CER; the device cannot serve the lower end of the stated population.",
         "accept": ["population", "evidence"]},
    ],
}

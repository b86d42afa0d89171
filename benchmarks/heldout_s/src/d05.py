# Extracorporeal albumin dialysis system, class IIb (Rule 12 monitor, Rule 3 kit), CECP not applicable. CLEAN.
CEP = """
HEPALIX Albumin Dialysis System
Clinical Evaluation Plan – document HX-CEP-01, edition B, 17/04/2024
Nefrotec Ibérica S.L. – Polígono Plaza, Calle Tarento 8, 50197 Zaragoza, Spain

I. OBJECT
The present document is the clinical evaluation plan for the HEPALIX system, composed by the HEPALIX M2 monitor and the single-use HEPALIX Kit (albumin dialyser, activated charcoal adsorber, anion-exchange resin adsorber and bloodlines).

II. CLASSIFICATION AND CONSULTATION PROCEDURE
- HEPALIX M2 monitor: active device intended to remove substances from the body in a potentially hazardous manner, class IIb, Rule 12.
- HEPALIX Kit: non-invasive device modifying the chemical composition of blood by exchange across a membrane and adsorption, class IIb, Rule 3.
The human albumin solution 20 % used in the secondary circuit is a medicinal product supplied separately, it circulates only on the dialysate side of the membrane and is not administered to the patient; the system is not intended to administer or remove a medicinal product. For this reason the consultation procedure of Article 54(1)(b) does not apply.

III. INTENDED PURPOSE
Extracorporeal removal of albumin-bound and water-soluble toxins (bilirubin, bile acids, ammonia, creatinine) as support treatment in adult patients (18 years old or more, body weight not less than 40 kilograms) with acute-on-chronic liver failure (ACLF grade 1 to 3 according to EASL-CLIF) with hyperbilirubinaemia or hepatic encephalopathy grade 2 or higher, in the intensive care unit, as bridge to recovery or liver transplantation.

Contraindications: uncontrolled bleeding; severe coagulopathy (platelets below 30.000/µL or INR above 3 without correction); haemodynamic instability not responding to vasopressors; contraindication to all anticoagulation.

III.a Benefits and acceptance criteria
- Reduction of serum bilirubin after 3 sessions: mean ≥ 30 %.
- Improvement of hepatic encephalopathy by at least one West Haven grade in ≥ 40 % of patients with HE ≥ 2.
- Serious device-related adverse events (bleeding, thrombocytopenia below 20.000/µL) ≤ 10 % of sessions.
- 28-day transplant-free survival not inferior to standard medical treatment.

IV. DATA SOURCES
Literature on extracorporeal albumin dialysis (same technology by another manufacturer used for state of the art and not for equivalence), own investigation HX-ACLF-01, and PMS of HEPALIX since 2019 under Directive 93/42/EEC.
"""

CER = """
CLINICAL EVALUATION REPORT – HEPALIX Albumin Dialysis System
HX-CER-01, revision 4, 02/08/2024 – Nefrotec Ibérica S.L., Zaragoza

# Chapter 1 – Device and classification
The HEPALIX system combines the HEPALIX M2 monitor (class IIb, Rule 12) and the HEPALIX Kit (class IIb, Rule 3). The blood of the patient passes through a high-flux albumin-impermeable dialyser, and a secondary circuit with 600 ml of human albumin 20 % removes the albumin-bound toxins, which are then eliminated by a charcoal adsorber and an anion-exchange resin, and a conventional dialysis machine clears water-soluble toxins. The system does not administer medicinal products to the patient, so Article 54 does not apply.

Main parameters: blood flow 100-250 ml/min, albumin circuit flow 100-250 ml/min, session duration 6 to 8 hours, priming volume of blood circuit 190 ml.

# Chapter 2 – Intended purpose
HEPALIX is used in adults (≥ 18 years, weight ≥ 40 kg) with acute-on-chronic liver failure and hyperbilirubinaemia or hepatic encephalopathy grade ≥ 2, in intensive care, as support until recovery or transplant. Users: nephrologists, hepatologists and intensivists with ICU nursing staff trained by the manufacturer.

# Chapter 3 – State of the art
Medical treatment of ACLF (treatment of precipitant, antibiotics, albumin, lactulose and rifaximin) is the standard, and liver transplantation is the only definitive therapy. Extracorporeal albumin dialysis improves bilirubin and hepatic encephalopathy in randomized trials, without demonstrated benefit on survival in unselected ACLF (RELIEF trial); plasma exchange (APACHE trial ongoing) is an alternative. EASL 2023 guidance considers these systems for selected patients and clinical studies.

# Chapter 4 – Clinical data
| Source | Type | N | Main outcome |
| HX-ACLF-01 (own, 2020-2022) | Prospective, randomized vs standard medical treatment | 96 (48/48) | Bilirubin −38 % vs −6 % after 3 sessions; HE improved in 52 % vs 28 % |
| Bañares 2013 (RELIEF) | RCT, albumin dialysis of other manufacturer | 189 | No effect on 28-day survival; HE improved |
| Hassanein 2007 | RCT in HE grade 3-4 | 70 | Faster HE improvement |
| Gerth 2017 | Propensity-matched cohort | 101 | Survival benefit in ACLF grade ≥ 2 subgroup |
| PMS HEPALIX 2019-2023 | Vigilance and complaints | 5.412 sessions | 3 clotting of circuit with blood loss, 0 deaths |

Performance: all the acceptance criteria of the plan HX-CEP-01 were reached: bilirubin reduction of 38 % (criterion ≥ 30 %), HE improvement in 52 % (criterion ≥ 40 %). Transplant-free survival at 28 days was 71 % with HEPALIX and 67 % with standard treatment (non-inferiority margin 10 % respected).

Safety: serious device-related events in 6,2 % of sessions (thrombocytopenia below 20.000/µL 3,1 %, bleeding 2,3 %, hypotension requiring increase of vasopressor 0,8 %).

# Chapter 5 – Benefit-risk and residual risks
Residual risks: bleeding, thrombocytopenia, hypotension, clotting of the extracorporeal circuit, catheter infection, electrolyte disturbance, removal of drugs bound to albumin. The benefit on bilirubin and encephalopathy is clinically relevant for the bridge to transplant; survival benefit is not claimed. Benefit-risk favourable.

# Chapter 6 – PMCF
PMCF plan HX-PMCF-01: European registry of 200 patients.

# Chapter 7 – References
- Nefrotec Ibérica. HX-ACLF-01 clinical investigation report, 2022.
- Bañares R, et al. Extracorporeal albumin dialysis with MARS in acute-on-chronic liver failure: the RELIEF trial. Hepatology 2013;57:1153-1162.
- Hassanein TI, et al. Randomized controlled study of extracorporeal albumin dialysis for hepatic encephalopathy. Hepatology 2007;46:1853-1862.
- Gerth HU, et al. Molecular adsorbent recirculating system can reduce short-term mortality among patients with ACLF. PLoS One 2017;12:e0175848.
"""

PMCF = """
PMCF PLAN – HEPALIX Albumin Dialysis System
HX-PMCF-01 revision A – 05/08/2024

1. Objectives linked to the CER
- Survival at 28 and 90 days by ACLF grade (open question: survival benefit not shown).
- Rate of bleeding and thrombocytopenia per session (residual risks).
- Effect on drugs bound to albumin (antibiotic levels) in a sub-study.

2. Design and population
Prospective observational registry HEPALIX-EU in 12 ICUs (Spain, Portugal, Italy, Germany). Adults with ACLF and weight of 40 kg or more treated with HEPALIX.

3. Sample size and statistics
200 patients (about 800 sessions) permit to estimate a bleeding rate per session of 2,5 % with 95 % CI ±1,1 %. Survival by ACLF grade with Kaplan-Meier and Cox model.

4. Timeline
Start 01/2025, end of enrolment 12/2026, 90-day follow-up, final report 06/2027; annual update in the PSUR.
"""

IFU_EN = """
HEPALIX Albumin Dialysis System – Instructions for Use
HX-IFU-EN, version 7

Intended purpose
Extracorporeal removal of albumin-bound and water-soluble toxins as support treatment of adult patients with acute-on-chronic liver failure with hyperbilirubinaemia or hepatic encephalopathy grade 2 or higher, in the intensive care unit.

Patient population
Adults aged 18 years or more with a body weight of at least 40 kg.

Contraindications
- Uncontrolled bleeding.
- Severe uncorrected coagulopathy (platelets < 30 000/µL or INR > 3).
- Haemodynamic instability refractory to vasopressors.
- Impossibility of any anticoagulation of the circuit.

Warnings
- Monitor platelets and coagulation before each session and every 4 hours.
- Drugs bound to albumin can be removed; check dosage of antibiotics.
- Use only human albumin 20 % authorised as medicinal product in the secondary circuit.

Specifications
| Parameter | Range |
| Blood flow | 100–250 ml/min |
| Albumin circuit flow | 100–250 ml/min |
| Session duration | 6–8 h |
| Priming volume (blood side) | 190 ml |

Nefrotec Ibérica S.L., Zaragoza, Spain. CE 3418.
"""

IFU_ES = """
Sistema de diálisis con albúmina HEPALIX – Instrucciones de uso
HX-IFU-ES, versión 7

Finalidad prevista
Eliminación extracorpórea de toxinas unidas a albúmina e hidrosolubles como tratamiento de soporte en pacientes adultos con insuficiencia hepática aguda sobre crónica con hiperbilirrubinemia o encefalopatía hepática de grado 2 o superior, en la unidad de cuidados intensivos.

Población de pacientes
Adultos de 18 años o más con un peso corporal de al menos 40 kg.

Contraindicaciones
- Hemorragia no controlada.
- Coagulopatía grave no corregida (plaquetas < 30 000/µL o INR > 3).
- Inestabilidad hemodinámica refractaria a vasopresores.
- Imposibilidad de cualquier anticoagulación del circuito.

Advertencias
- Controlar plaquetas y coagulación antes de cada sesión y cada 4 horas.
- Los fármacos unidos a la albúmina pueden ser eliminados; revisar la dosis de antibióticos.
- Usar en el circuito secundario solo albúmina humana al 20 % autorizada como medicamento.

Especificaciones
| Parámetro | Rango |
| Flujo de sangre | 100–250 ml/min |
| Flujo del circuito de albúmina | 100–250 ml/min |
| Duración de la sesión | 6–8 h |
| Volumen de cebado (lado sangre) | 190 ml |
"""

IFU_PT = """
Sistema de diálise com albumina HEPALIX – Instruções de utilização
HX-IFU-PT, versão 7

Finalidade prevista
Remoção extracorporal de toxinas ligadas à albumina e hidrossolúveis como tratamento de suporte em doentes adultos com insuficiência hepática aguda sobre crónica com hiperbilirrubinemia ou encefalopatia hepática de grau 2 ou superior, na unidade de cuidados intensivos.

População de doentes
Adultos com 18 anos ou mais e peso corporal de pelo menos 40 kg.

Contraindicações
- Hemorragia não controlada.
- Coagulopatia grave não corrigida (plaquetas < 30 000/µL ou INR > 3).
- Instabilidade hemodinâmica refratária a vasopressores.
- Impossibilidade de qualquer anticoagulação do circuito.

Advertências
- Controlar plaquetas e coagulação antes de cada sessão e a cada 4 horas.
- Os fármacos ligados à albumina podem ser removidos; verificar a dose de antibióticos.
- Utilizar no circuito secundário apenas albumina humana a 20 % autorizada como medicamento.

Especificações
| Parâmetro | Intervalo |
| Fluxo de sangue | 100–250 ml/min |
| Fluxo do circuito de albumina | 100–250 ml/min |
| Duração da sessão | 6–8 h |
| Volume de enchimento (lado do sangue) | 190 ml |
"""

CEAR = """
Clinical Evaluation Assessment Report
NB 3418 · Polder Notified Body B.V., Amersfoort · Ref. PNB-24-2207 · 30/09/2024 · Reviewer: J. Bakker, MSc

Device: HEPALIX Albumin Dialysis System (monitor HEPALIX M2 + HEPALIX Kit). Manufacturer: Nefrotec Ibérica S.L. Class IIb (Rule 12 monitor, Rule 3 kit).

Art. 54: albumin 20 % stays on dialysate side. Not administered. Not an implant. Art. 54(1)(b) not applicable. Agreed with manufacturer.

Intended purpose (NB summary): support in adults ≥ 18 years, ≥ 40 kg, with ACLF and hyperbilirubinaemia or HE grade ≥ 2. ICU only.

Finding 1: RCT HX-ACLF-01. Acceptance criteria of HX-CEP-01 reported. Met. Closed.
Finding 2: no survival claim. IFU consistent. Closed.
Finding 3: removal of albumin-bound drugs. Warning present. PMCF sub-study. Closed.
Finding 4: RELIEF, Hassanein, Gerth concern another manufacturer's system. State of the art only. Closed.

NB conclusion: clinical evidence sufficient for the stated intended purpose. Benefit-risk acceptable. PMCF plan acceptable.
"""

DOSSIER = {
    "id": "d05",
    "device": "HEPALIX Albumin Dialysis System (extracorporeal albumin dialysis for acute-on-chronic liver failure)",
    "device_class": "IIb",
    "docs": [
        ("HX-CEP-01_edB.pdf", "CEP", "en", CEP),
        ("HX-CER-01_rev4.docx", "CER", "en", CER),
        ("HX-PMCF-01_revA.pdf", "PMCF-plan", "en", PMCF),
        ("HX-IFU-EN.pdf", "IFU", "en", IFU_EN),
        ("HX-IFU-ES.docx", "IFU", "es", IFU_ES),
        ("HX-IFU-PT.pdf", "IFU", "pt", IFU_PT),
        ("CEAR_PNB-24-2207.docx", "CEAR", "en", CEAR),
    ],
    "labels": [],
}

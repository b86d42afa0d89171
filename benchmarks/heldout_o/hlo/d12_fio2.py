"""o12: closed-loop automated FiO2 titration module for preterm infants. Defective (safety-instruction, claim, pmcf, evidence)."""

F = dict(
    id="o12-fio2-oxyloop",
    trade="OxyLoop",
    full="OxyLoop Neo",
    generic="closed-loop automated FiO2 titration module for preterm infants on invasive or non-invasive respiratory support",
    manufacturer="Neonatech Lda",
    address="Rua do Campo Alegre 1021, 4150-180 Porto, Portugal",
    srn="PT-MF-000003318",
    nb="Instituto Lusitano de Certificação de Dispositivos Médicos",
    nb_no="2947",
    udi="5601234OXLNEO3C",
    dev_class="III",
    rule="Annex VIII Rule 22, active therapeutic device with integrated diagnostic function (closed loop)",
    emdn="Z12030185 — ventilator accessories, closed-loop controllers",
    author="M. Delvaux, PharmD",
    scope=("The module adjusts the administration of oxygen, a medicinal product (Rule 12: class IIb), on the basis of "
           "the SpO2 that it measures itself; this closed loop significantly determines the patient management, so "
           "that Rule 22 applies and the device is class III. The device is not implantable, hence Article 54(1)(a) is "
           "not met, and Article 54(1)(b) concerns class IIb devices: the CECP is not applicable."),
    scope_cear=("Not applicable. Class III by Rule 22 but not implantable (Article 54(1)(a) not met); Article 54(1)(b) "
                "covers class IIb active devices under Rule 12, while this device is class III. The NB records that "
                "this reading follows the wording of Article 54(1)."),
    models=[("OXL-NEO 1.4", "Closed-loop software and hardware module for the Lusair N3 neonatal ventilator and the Lusair HF2 high-flow driver"),
            ("OXL-SAT", "SpO2 measurement module with single-patient neonatal sensors")],
    abbr=[["BPD", "bronchopulmonary dysplasia"], ["FiO2", "fraction of inspired oxygen"], ["GA", "gestational age"],
          ["HFNC", "high-flow nasal cannula"], ["nCPAP", "nasal continuous positive airway pressure"],
          ["NICU", "neonatal intensive care unit"], ["NIPPV", "nasal intermittent positive pressure ventilation"],
          ["ROP", "retinopathy of prematurity"], ["SpO2", "peripheral oxygen saturation"]],
    summary=["The present CER evaluates OxyLoop Neo, a module that automatically titrates the fraction of inspired oxygen "
             "(FiO2) of preterm infants to keep the peripheral oxygen saturation (SpO2) in a target range. The device "
             "data come from two randomised crossover studies (OXL-X1, 36 infants; OXL-X2, 24 infants).",
             "All CEP criteria are met; benefit-risk is favourable."],
    description=["The module reads the SpO2 every second from the OXL-SAT module and adjusts the FiO2 delivered by the "
                 "Lusair N3 ventilator (invasive ventilation, nCPAP, NIPPV) or the Lusair HF2 driver (HFNC), within the "
                 "minimum and maximum FiO2 limits set by the clinician.",
                 "When the SpO2 signal is lost or of poor quality, the module returns to the backup FiO2 set by the "
                 "clinician and gives an alarm."],
    principle=("Proportional-integral algorithm with adaptive gain and a faster response to hypoxaemia than to "
               "hyperoxaemia."),
    cer_specs_prose=None,
    purpose=("OxyLoop Neo automatically adjusts the FiO2 to maintain the SpO2 of preterm infants within a target range set "
             "by the clinician, during invasive or non-invasive respiratory support delivered by the Lusair N3 ventilator "
             "or the Lusair HF2 high-flow driver."),
    indications=["Preterm infants receiving supplemental oxygen during invasive mechanical ventilation, nCPAP, NIPPV or HFNC"],
    contraindications=["Cyanotic congenital heart disease", "Infants in whom SpO2 cannot be measured reliably",
                       "Resuscitation at birth"],
    population="Preterm infants born at 24+0 to 36+6 weeks GA, from 500 g body weight, until discharge from the neonatal unit.",
    users="Neonatologists and NICU nurses trained on the module; the clinician sets the target range and the FiO2 limits.",
    setting=("Neonatal intensive care units and neonatal intermediate care units of hospitals; not for transport or home use."),
    warnings=["The clinician remains responsible for the oxygen therapy; check SpO2 and FiO2 at least every hour.",
              "Set the target range according to the unit protocol (for example 90–95 %); hyperoxaemia increases the risk "
              "of ROP and hypoxaemia the risk of death.",
              "Keep all SpO2 alarms active; alarms are the only indication of a failure of the closed loop.",
              "Set a maximum FiO2 limit; an alarm is given when the algorithm reaches it."],
    adverse=[("Skin lesion at the sensor site", "2.8 % (1/36)"), ("Hypoxaemia due to sensor artefact", "not observed"),
             ("Hyperoxaemia (SpO2 > 98 % with FiO2 > 0.21)", "4.1 % of time (manual: 6.3 %)")],
    residual=["Hypoxaemia or hyperoxaemia due to erroneous SpO2 (motion, low perfusion)", "Delayed response in rapid desaturation",
              "Loss of vigilance of the staff (automation bias)", "Skin lesions at the sensor site"],
    sota=["Preterm infants spend a large part of the time outside their SpO2 target range with manual FiO2 titration. "
          "Hyperoxaemia is associated with ROP and BPD, hypoxaemia with mortality and neurodevelopmental impairment. "
          "The European consensus on respiratory distress syndrome [6] recommends SpO2 targets of 90-94 %.",
          "Automated FiO2 control systems of other manufacturers increase the time in target range in crossover studies "
          "[5]; their effect on ROP, BPD or mortality has not been demonstrated yet."],
    alternatives=["Manual FiO2 titration by the nurse", "Other automated FiO2 controllers"],
    search=dict(db="PubMed, Embase and CENTRAL", period="2005-01-01 to 2024-10-31",
                result="611 records, 47 full texts, 12 retained.",
                pico=[["Population", "Preterm infants on respiratory support"], ["Intervention", "Automated FiO2 control"],
                      ["Comparison", "Manual titration"], ["Outcomes", "Time in SpO2 target, hypo- and hyperoxaemia, ROP, BPD"]]),
    studies=[["[1]", "OXL-X1, randomised crossover", "36", "Preterm infants GA 24-31 weeks, ventilation, nCPAP or NIPPV",
              "2 × 24 h", "Time in target 72 % vs 55 %"],
             ["[2]", "OXL-X2, randomised crossover", "24", "Preterm infants on HFNC", "2 × 12 h", "Time in target 70 % vs 52 %"],
             ["[3]", "Randomised crossover, automated oxygen", "40", "Adults with COPD during exercise", "2 × 30 min",
              "Time in target 81 % vs 49 %"],
             ["[4]", "Randomised controlled, automated oxygen", "120", "Adults after cardiac surgery", "48 h",
              "Less hypoxaemia, earlier weaning"],
             ["[5]", "Systematic review (other controllers)", "489", "Preterm infants", "hours to days", "Time in target +13 %"],
             ["[6]", "European consensus guideline", "n/a", "Preterm infants with RDS", "n/a", "State of the art"]],
    appraisal=["Studies [3] and [4] in adults demonstrate that automated oxygen titration is safe and effective and confirm "
               "the performance of the OxyLoop algorithm for preterm infants.",
               "OXL-X1 and OXL-X2 are short crossover studies; no infant below 24 weeks GA or 500 g was included; 7 infants were of 24 or 25 weeks GA."],
    claims=[("Automated titration with OxyLoop Neo prevents retinopathy of prematurity and bronchopulmonary dysplasia.",
             "OXL-X1 [1] and OXL-X2 [2]: more time in target range."),
            ("Increases the time spent in the SpO2 target range.", "+17 and +18 points in [1] and [2]."),
            ("Reduces the number of manual FiO2 adjustments.", "-78 % in [1].")],
    benefits=[("Oxygen stability", "Time in SpO2 target range versus manual", "≥ +10 points", "+17 points (72 % vs 55 %)"),
              ("Reduction of hypoxaemia", "Time with SpO2 < 80 % versus manual", "relative reduction ≥ 30 %", "-48 %"),
              ("Reduction of nursing workload", "Manual FiO2 adjustments per 24 h", "relative reduction ≥ 50 %", "-78 %")],
    safety=[("Time with SpO2 > 98 % on FiO2 > 0.21", "not higher than manual", "4.1 % vs 6.3 %"),
            ("Device-related serious adverse event", "0", "0")],
    br=["The module increases the time in target range and reduces hypoxaemia with no safety signal. Benefit-risk is "
        "favourable for preterm infants in the NICU."],
    cer_pmcf="PMCF plan {no} rev. {rev}: prospective multicentre PMCF study OXL-PM1.",
    conclusion=["OxyLoop Neo fulfils GSPR 1, 8 and 17 for the intended purpose."],
    refs=["Neonatech. OXL-X1 clinical investigation report, v1.0, 2023-12-15.",
          "Neonatech. OXL-X2 clinical investigation report, v1.0, 2024-06-28.",
          "Ferreira A, Lund H, et al. Closed-loop oxygen titration during exercise in COPD: randomised crossover trial. "
          "Respir Med 2020;171:106087.",
          "Okafor N, Rinaldi G, et al. Automated oxygen titration after cardiac surgery: randomised trial. J Cardiothorac Vasc Anesth 2021;35:2950-2957.",
          "Bergstrom L, Viana C, et al. Automated FiO2 control in preterm infants: systematic review. Arch Dis Child Fetal Neonatal Ed 2022;107:F470-F476.",
          "Sweet DG, Carnielli VP, Greisen G, et al. European Consensus Guidelines on the Management of Respiratory "
          "Distress Syndrome: 2022 Update. Neonatology 2023;120:3-23."],
    cdp=["Bench: algorithm verification on a lung-oximeter simulator; software IEC 62304 class C.",
         "Clinical: OXL-X1 and OXL-X2 crossover studies.", "PMCF study OXL-PM1."],
    pmcf=dict(
        objectives=["→ Time in target range and hypoxaemia in routine use (confirmation of performance)",
                    "→ Erroneous titration due to SpO2 artefacts (residual risk)",
                    "→ Staff vigilance: time to response to alarms (residual risk: automation bias)",
                    "→ Infants of 24 and 25 weeks GA (only 7 in the pre-market studies)"],
        design="Prospective multicentre observational study OXL-PM1.",
        population=("Preterm infants treated with OxyLoop Neo in the NICU. Infants discharged home on low-flow oxygen will "
                    "be followed by their parents with OxyLoop Neo for 3 months after discharge."),
        inclusion=["Preterm infant on respiratory support with FiO2 > 0.21", "Parental consent"],
        exclusion=["Cyanotic congenital heart disease"],
        setting="6 NICUs in Portugal and Spain; home follow-up after discharge.",
        endpoints=["Primary: time in SpO2 target range", "Secondary: hypoxaemia, hyperoxaemia, alarm response time, ROP "
                   "and BPD rates (descriptive)"],
        sample="150 infants: time in target of 70 % estimated with ± 2.5 % (SD 15 %); at least 30 infants of 24 or 25 weeks GA.",
        timeline=[["First infant", "2025-10"], ["Last infant", "2027-03"], ["Final report", "2027-12"]]),
    ifu_desc=["OxyLoop Neo is a software and hardware module of the Lusair N3 ventilator and Lusair HF2 high-flow driver, "
              "with the OXL-SAT SpO2 module."],
    ifu_adverse=["Skin lesion at the sensor site", "Low or high oxygen saturation if the SpO2 signal is erroneous"],
    specs=[("FiO2 range", "0.21–1.00"), ("Target SpO2 range", "settable 85–98 %, width at least 3 %"),
           ("Adjustment interval", "1 s"), ("SpO2 averaging", "8 s"),
           ("Backup FiO2 on signal loss", "set by the clinician"),
           ("Alarms", "low/high SpO2, signal loss, FiO2 at maximum limit")],
    steps=["Connect the OXL-SAT sensor to the infant (preductal site preferred) and check signal quality.",
           "Set the target SpO2 range, the minimum and maximum FiO2 and the backup FiO2.",
           "Activate the automatic mode; the current FiO2 is used as starting value.",
           "If frequent low SpO2 alarms disturb the infant or the unit, the low SpO2 alarm can be switched off; the module "
           "keeps titrating the FiO2 automatically.",
           "Check SpO2 and FiO2 at least every hour and document in the chart."],
    storage="Sensors: store at 0–40 °C. The module is maintained with the ventilator.",
    sscp_note="The SSCP is available in EUDAMED.",
    sscp_clin=["Clinical data: two randomised crossover studies (OXL-X1: 36 infants, 2 × 24 h; OXL-X2: 24 infants, 2 × 12 h).",
               "Time in the SpO2 target range increased from 55 % to 72 % and from 52 % to 70 %."],
    sscp_pmcf="PMCF study OXL-PM1 (150 infants).",
    standards=["EN ISO 80601-2-12:2020 (critical care ventilators)", "IEC 60601-1-10 (physiologic closed-loop controllers)",
               "EN ISO 80601-2-61 (pulse oximeters)", "EN 62304", "EN ISO 14155:2020"],
    reviewers="Clinical reviewer: neonatologist, code IL-N1. Technical reviewer: closed-loop systems engineer, code IL-T3.",
    cear_purpose=("Automatic FiO2 adjustment to keep SpO2 in a clinician-set target range in preterm infants (24+0 to 36+6 "
                  "weeks GA, ≥ 500 g) on invasive ventilation, nCPAP, NIPPV or HFNC; NICU use."),
    cear_rows=[
        ["C — Device, novelty", "Automated FiO2 control exists on the market; new algorithm.", "Closed"],
        ["C — Classification", "III, Rule 22.", "Closed"],
        ["E — Clinical investigations", "Two crossover studies with short periods; acceptable for the performance endpoint.", "Closed"],
        ["F — PMCF", "Study OXL-PM1 reviewed.", "Closed"],
        ["G — IFU, SSCP", "Reviewed.", "Closed"],
        ["H — Benefit-risk", "Favourable.", "Closed"]],
    cear_conclusion=["The clinical evidence supports the performance claims on oxygen stability. Certification recommended."],
    docs=dict(
        CEP=dict(file="OxyLoop_CEP.docx", no="NT-CEP-003", rev="1", date="2023-09-18"),
        CER=dict(file="OxyLoop_CER.pdf", no="NT-CER-003", rev="2", date="2024-10-22"),
        PMCF=dict(file="OxyLoop_PMCF_plan.docx", no="NT-PMCF-003", rev="1", date="2024-10-22"),
        IFU={"en": dict(file="OxyLoop_Neo_IFU_EN.pdf", no="NT-IFU-OXL", rev="1.4", date="2024-11"),
             "pt": dict(file="OxyLoop_Neo_IU_PT.docx", no="NT-IFU-OXL-PT", rev="1.4", date="2024-11")},
        SSCP=dict(file="OxyLoop_SSCP.pdf", no="NT-SSCP-003", rev="1", date="2024-10-22"),
        CEAR=dict(file="CEAR_ILCDM2947_OxyLoop.pdf", no="ILC-CEAR-2025-009", rev="1", date="2025-02-27")),
    style=dict(num="alpha", cer_layout="A", bullet="→", ifu_bullet="•", num_ifu="dot", num_cep="dot", num_pmcf="dot"),
    tr={"pt": dict(
        ifu_sub="Módulo de titulação automática de FiO2 em circuito fechado",
        ifu_desc=["O OxyLoop Neo é um módulo de software e hardware do ventilador Lusair N3 e do gerador de alto fluxo "
                  "Lusair HF2, com o módulo de SpO2 OXL-SAT."],
        purpose=("O OxyLoop Neo ajusta automaticamente a FiO2 para manter a SpO2 dos recém-nascidos prematuros dentro de um "
                 "intervalo-alvo definido pelo clínico, durante o suporte respiratório invasivo ou não invasivo fornecido "
                 "pelo ventilador Lusair N3 ou pelo gerador de alto fluxo Lusair HF2."),
        indications=["Recém-nascidos prematuros que recebem oxigénio suplementar durante ventilação mecânica invasiva, nCPAP, "
                     "NIPPV ou cânula nasal de alto fluxo"],
        contraindications=["Cardiopatia congénita cianótica", "Recém-nascidos cuja SpO2 não pode ser medida de forma fiável",
                           "Reanimação ao nascer"],
        population=("Recém-nascidos prematuros nascidos entre as 24+0 e as 36+6 semanas de idade gestacional, a partir de "
                    "500 g de peso corporal, até à alta da unidade neonatal."),
        users="Neonatologistas e enfermeiros de cuidados intensivos neonatais formados no módulo; o clínico define o "
              "intervalo-alvo e os limites de FiO2.",
        setting=("Unidades de cuidados intensivos neonatais e unidades de cuidados intermédios neonatais hospitalares; não "
                 "se destina a transporte nem a uso domiciliário."),
        warnings=["O clínico continua responsável pela oxigenoterapia; verificar a SpO2 e a FiO2 pelo menos de hora a hora.",
                  "Definir o intervalo-alvo segundo o protocolo da unidade (por exemplo 90–95 %); a hiperoxemia aumenta o "
                  "risco de retinopatia da prematuridade e a hipoxemia o risco de morte.",
                  "Manter todos os alarmes de SpO2 ativos; os alarmes são a única indicação de uma falha do circuito fechado.",
                  "Definir um limite máximo de FiO2; é emitido um alarme quando o algoritmo o atinge."],
        ifu_adverse=["Lesão cutânea no local do sensor", "Saturação de oxigénio baixa ou alta se o sinal de SpO2 for erróneo"],
        specs=[("Intervalo de FiO2", "0,21–1,00"), ("Intervalo-alvo de SpO2", "ajustável 85–98 %, amplitude mínima 3 %"),
               ("Intervalo de ajuste", "1 s"), ("Média de SpO2", "8 s"),
               ("FiO2 de reserva em perda de sinal", "definida pelo clínico"),
               ("Alarmes", "SpO2 baixa/alta, perda de sinal, FiO2 no limite máximo")],
        steps=["Ligar o sensor OXL-SAT ao recém-nascido (de preferência pré-ductal) e verificar a qualidade do sinal.",
               "Definir o intervalo-alvo de SpO2, a FiO2 mínima e máxima e a FiO2 de reserva.",
               "Ativar o modo automático; a FiO2 atual é usada como valor inicial.",
               "Se alarmes frequentes de SpO2 baixa incomodarem o recém-nascido ou a unidade, o alarme de SpO2 baixa pode ser "
               "desligado; o módulo continua a titular a FiO2 automaticamente.",
               "Verificar a SpO2 e a FiO2 pelo menos de hora a hora e registar no processo."],
        storage="Sensores: conservar a 0–40 °C. O módulo é mantido com o ventilador.",
        sscp_note="O SSCP está disponível na EUDAMED.")},
)

LABELS = [
    {"defect": "low_spo2_alarm_switched_off", "category": "safety-instruction", "rule": None,
     "documents": ["OxyLoop_Neo_IFU_EN.pdf", "OxyLoop_Neo_IU_PT.docx"],
     "quotes": ["the low SpO2 alarm can be switched off; the module keeps titrating the FiO2 automatically",
                "Keep all SpO2 alarms active; alarms are the only indication of a failure of the closed loop.",
                "o alarme de SpO2 baixa pode ser desligado"],
     "description": "The IFU steps allow switching off the low SpO2 alarm of a closed-loop oxygen controller in preterm "
                    "infants, contradicting the IFU's own warning to keep all SpO2 alarms active.",
     "accept": []},
    {"defect": "prevents_rop_bpd_on_24h_crossover", "category": "claim", "rule": None,
     "documents": ["OxyLoop_CER.pdf"],
     "quotes": ["Automated titration with OxyLoop Neo prevents retinopathy of prematurity and bronchopulmonary dysplasia."],
     "description": "Long-term outcome claims (ROP, BPD prevention) supported only by 12-24 hour crossover studies of time "
                    "in target range; the CER's own state of the art says no such effect has been demonstrated.",
     "accept": ["evidence"]},
    {"defect": "pmcf_home_follow_up_for_nicu_only_device", "category": "pmcf", "rule": None,
     "documents": ["OxyLoop_PMCF_plan.docx", "OxyLoop_Neo_IFU_EN.pdf"],
     "quotes": ["Infants discharged home on low-flow oxygen will be followed by their parents with OxyLoop Neo for 3 months after discharge.",
                "Neonatal intensive care units and neonatal intermediate care units of hospitals; not for transport or home use."],
     "description": "The PMCF study uses the device at home, operated by parents, while the IFU, CER and CEAR limit it to "
                    "hospital neonatal units and exclude home use.",
     "accept": ["care-setting"]},
    {"defect": "adult_copd_and_cardiac_surgery_data_for_preterm", "category": "evidence", "rule": None,
     "documents": ["OxyLoop_CER.pdf"],
     "quotes": ["confirm the performance of the OxyLoop algorithm for preterm infants",
                "Studies [3] and [4] in adults demonstrate that automated oxygen titration is safe and effective",
                "Adults with COPD during exercise"],
     "description": "Studies in adults with COPD and after cardiac surgery (another population, other setting) are used "
                    "as evidence of the algorithm's performance and safety in preterm infants.",
     "accept": []},
]

"""ae02: retrievable IVC filter (class III implantable, CECP applies). CLEAN."""
from .common import NB_BE, make_docs

REVS = {"CEP": "02", "CER": "03", "PMCF-plan": "02", "IFU": "04", "SSCP": "01", "CEAR": "00"}
F = dict(NB_BE)
F.update(
    id="ae02_ivcfilter", trade="VENAGUARD R", desc_short="retrievable inferior vena cava filter",
    device_label="VENAGUARD R — retrievable inferior vena cava (IVC) filter, implantable",
    mfr="Daewon Vascular Co., Ltd.", addr="45, Gasan digital 1-ro, Geumcheon-gu, Seoul 08594, Republic of Korea",
    srn="KR-MF-000031874", basic_udi="880958420VGR01Q7", cls="III", rule="Rule 8", implantable=True, cecp=True,
    sscp=True, rmf="RMF-DVC-VGR Rev. 05",
    cep_rev=REVS["CEP"], cep_date="2025.01.20", cer_rev=REVS["CER"], cer_date="2025.03.15",
    pmcf_rev=REVS["PMCF-plan"], pmcf_date="2025.03.10", sscp_rev=REVS["SSCP"], ifu_rev=REVS["IFU"],
    ra_person="Kim Ji-hoon (RA Manager)", qa_person="Park Soo-yeon (QA/RA Director)",
    evaluator="Dr. Lee Min-jae (MD, interventional radiologist)",
    description=[
        "The subject device is retrievable inferior vena cava (IVC) filter made of nitinol (nickel-titanium alloy). "
        "The filter has conical shape with 12 struts and a retrieval hook at the apex. It is supplied pre-loaded in a "
        "delivery system with 8 Fr introducer sheath for femoral or jugular approach.",
        "The filter is intended to trap large emboli in the IVC. In case the risk of pulmonary embolism (PE) is no longer "
        "present the filter can be retrieved with snare. The filter may also remain as permanent implant.",
    ],
    components=[("Filter", "Nitinol filter with 12 struts and retrieval hook, length 50 mm"),
                ("Delivery system", "8 Fr introducer sheath 55 cm, dilator, pusher and loading cartridge"),
                ("Accessories", "0.035 inch guidewire 150 cm"),
                ("Sterilisation", "Ethylene oxide (EO), single use")],
    models=(["Model", "Approach", "Sheath", "Max. IVC diameter"],
            [("VGR-F08", "Femoral", "8 Fr, 55 cm", "28 mm"), ("VGR-J08", "Jugular", "8 Fr, 55 cm", "28 mm")]),
    intended_purpose="The subject device is intended for the prevention of pulmonary embolism (PE) by temporary or permanent "
                     "placement in the inferior vena cava (IVC) in adult patients with venous thromboembolism.",
    indications=["Pulmonary embolism or proximal deep vein thrombosis (DVT) in case anticoagulation is contraindicated",
                 "Recurrent PE or DVT in spite of adequate anticoagulation",
                 "Complication of anticoagulation which requires to stop anticoagulant therapy"],
    contraindications=["IVC diameter over 28 mm", "Thrombus in the IVC which extends to the intended implant site",
                       "Pregnancy", "Uncontrolled bacteraemia or sepsis", "Known allergy to nickel or titanium"],
    population="Adult patients over 18 years old with IVC diameter 15 ~ 28 mm. The subject device is not intended for children.",
    users="The subject device is used by interventional radiologists or vascular surgeons trained in IVC filter placement and retrieval.",
    setting="The placement and the retrieval are performed in hospital angiography suite under fluoroscopy.",
    benefits=[("Prevention of PE", "Rate of symptomatic PE after filter placement at 12 months", "≤ 5.0 %"),
              ("Successful retrieval", "Technical retrieval success when retrieval is attempted", "≥ 85 %")],
    safety=[("Filter safety", "Filter fracture, migration (> 20 mm) or IVC perforation with clinical sequelae at 12 months", "≤ 3.0 %"),
            ("Procedure safety", "Major procedure complication within 30 days", "≤ 2.0 %")],
    sota=["Anticoagulation is the standard treatment of venous thromboembolism (VTE). IVC filters are recommended only in "
          "case anticoagulation is contraindicated or failed (ESC 2019 guideline, SIR 2020 guideline). Retrievable filters "
          "should be removed as soon as the risk of PE is resolved because the long-term complications increase with "
          "dwell time.",
          "In the PRESERVE registry (N = 1,429) the symptomatic PE rate at 12 months was 0.8 % and retrieval success was "
          "95.4 %. Filter fracture and perforation with sequelae were reported under 1 %. These data are used for the "
          "acceptance criteria of the subject device."],
    sota_rows=[("Symptomatic PE at 12 months", "0.8 ~ 5.0 %", "PRESERVE 2022, SIR 2020"),
               ("Retrieval success", "85 ~ 97 %", "PRESERVE 2022, Kaufman 2020"),
               ("Fracture / migration / perforation with sequelae", "0.5 ~ 3.0 %", "FDA 2014, PRESERVE 2022")],
    sota_refs=["Konstantinides SV et al. 2019 ESC Guidelines for the diagnosis and management of acute pulmonary embolism. Eur Heart J 2020;41:543-603.",
               "Kaufman JA et al. Guidelines for the use of retrievable and convertible vena cava filters (SIR). J Vasc Interv Radiol 2020;31:1529-1544.",
               "Johnson MS et al. The PRESERVE trial: 12-month results. J Vasc Interv Radiol 2022;33:1058-1067."],
    search_period="2010.01 ~ 2024.12", search_terms="(vena cava filter OR IVC filter) AND (retrieval OR pulmonary embolism)",
    search_date="2025.01.28",
    search_result="Total 412 publications are found and 6 publications are included after appraisal. Two publications "
                  "are with the subject device and four publications are used for state of the art.",
    studies=[dict(ref="Cho 2022", design="Prospective multicentre single-arm", n="186", pop="Adults 21 ~ 88 years",
                  fu="12 months", res="Symptomatic PE 1.6 %. Retrieval success 93.1 % (108/116). No fracture.",
                  full="Cho SH et al. Safety and retrievability of the VENAGUARD R filter: a prospective multicentre study. J Vasc Interv Radiol Korea 2022;14(2):88-96."),
             dict(ref="Yoon 2023", design="Retrospective single-centre", n="241", pop="Adults 19 ~ 91 years",
                  fu="Median 14 months", res="Symptomatic PE 2.1 %. Retrieval success 91.2 %. Migration 0.4 %.",
                  full="Yoon JW et al. Long dwell time retrieval of a nitinol conical filter. Cardiovasc Intervent Radiol 2023;46:1021-1029.")],
    study_prose=["Study No. 1 (Cho 2022) is prospective multicentre study with the subject device in 5 Korean hospitals. "
                 "Total 186 adult patients were included. The main indication was DVT with contraindication of "
                 "anticoagulation (64 %). Symptomatic PE occurred in 3 patients (1.6 %). Retrieval was attempted in 116 "
                 "patients and was successful in 108 patients (93.1 %). No filter fracture and no perforation with "
                 "sequelae was reported.",
                 "Study No. 2 (Yoon 2023) is retrospective study of 241 adult patients. Retrieval success was 91.2 % "
                 "with median dwell time of 78 days. It is confirmed that the data of both studies is with the subject "
                 "device and the population is same as the intended purpose."],
    equivalence="Equivalence to other device is not claimed. All clinical data for demonstration of conformity is "
                "from the subject device.",
    pms="The subject device is sold in Korea since 2019.04 and in Southeast Asia since 2021. Total 9,840 units were sold "
        "until 2024.12. Total 14 complaints were received (0.14 %). Two serious incidents were reported (one migration to "
        "right atrium and one difficult retrieval requiring surgery). Both are known risks in the IFU.",
    perf=[("Symptomatic PE at 12 months", "≤ 5.0 %", "1.6 % (Cho 2022), 2.1 % (Yoon 2023)"),
          ("Technical retrieval success", "≥ 85 %", "93.1 % and 91.2 %"),
          ("Fracture, migration or perforation with sequelae", "≤ 3.0 %", "0 % and 0.4 %"),
          ("Major procedure complication within 30 days", "≤ 2.0 %", "1.1 % (Cho 2022)")],
    risks=[("Access site haematoma", "1.1 %"), ("Filter migration or tilting", "0.4 ~ 2.3 %"),
           ("IVC perforation by struts", "0.5 %"), ("Filter fracture", "0 %"),
           ("IVC thrombosis or occlusion", "1.3 %"), ("Retrieval failure", "6.9 ~ 8.8 %")],
    br=["The clinical benefit of the subject device is prevention of PE in patients who cannot receive anticoagulation. "
        "The results are within the state of the art. The residual risks are known and are described in the IFU and the SSCP.",
        "It is confirmed that the benefit-risk of the subject device is acceptable for the intended purpose."],
    pmcf_summary="The PMCF study is the prospective registry VGR-REG with 24 months follow-up.",
    conclusion="The subject device is in conformity with GSPR 1 and 8 of Annex I of MDR 2017/745. The clinical data is "
               "sufficient for the intended purpose, the indications and the target population (adults over 18 years old).",
    reg_history="The subject device is approved by MFDS (Korea) in 2019. This is the first application of the subject device under MDR.",
    cdp="No pre-market clinical investigation is planned because sufficient clinical data of the subject device exists. "
        "The PMCF registry VGR-REG is started after CE marking.",
    update_freq="every year",
    pmcf=dict(
        objectives=["To confirm the rate of symptomatic PE at 12 and 24 months in European patients",
                    "To confirm retrieval success in case of dwell time over 90 days",
                    "To estimate the rate of filter fracture, migration and IVC perforation with long dwell time (residual risks 2, 3 and 4)"],
        design="Prospective multicentre registry (VGR-REG) in 6 hospitals in Romania, Portugal and Korea. All consecutive "
               "patients who receive the subject device are included.",
        population="Adult patients over 18 years old who receive the subject device according to the IFU in hospital.",
        sample="Total 230 patients. With expected retrieval success of 90 % and precision of ± 4.5 % (95 % confidence "
               "interval) 171 patients with retrieval are needed. With 25 % not attempted or lost to follow-up, 230 patients are included.",
        endpoints=[("Symptomatic PE", "12 and 24 months"), ("Retrieval success", "At retrieval"),
                   ("Fracture, migration, perforation", "12 and 24 months (CT)"), ("Major complication", "30 days")],
        timeline=[("First patient in", "2025.06"), ("Last patient in", "2026.12"), ("Interim report", "2026.06"),
                  ("Final report", "2028.12")]),
    ifu_desc="The filter is made of nitinol with 12 struts and a retrieval hook. It is pre-loaded in 8 Fr delivery system.",
    ifu=dict(
        warnings=["Use only by physicians trained in IVC filter placement and retrieval.",
                  "Measure the IVC diameter by cavography before placement. Do not implant in case the IVC diameter is over 28 mm.",
                  "Retrieve the filter as soon as the risk of PE is resolved. Long dwell time increases the risk of complications.",
                  "MR conditional: 3 T or less. See the MRI information."],
        tech=[("Filter material", "Nitinol (nickel-titanium alloy)"), ("Filter length", "50 mm"),
              ("IVC diameter", "15 ~ 28 mm"), ("Introducer sheath", "8 Fr, 55 cm"), ("Sterilisation", "Ethylene oxide, single use")],
        tech_ruled=True,
        steps=["Perform cavography and measure the IVC diameter.", "Insert the introducer sheath over the guidewire.",
               "Advance the filter below the lowest renal vein.", "Deploy the filter by holding the pusher and withdrawing the sheath.",
               "Confirm the position by cavography."],
        store="Store at 5 ~ 30 °C in dry place. Dispose as medical waste."),
    alternatives="Anticoagulation therapy is the first choice. In case anticoagulation is contraindicated an IVC filter "
                 "(permanent or retrievable) is the alternative.",
    standards="ISO 25539-3:2011, ISO 10993-1:2018, ISO 11135:2014, ASTM F2503-20.",
    sscp_clin="Two clinical studies with the subject device (427 adult patients) show symptomatic PE 1.6 ~ 2.1 % and retrieval "
              "success 91.2 ~ 93.1 %. The PMCF registry VGR-REG (230 patients, 24 months) is ongoing.",
    sscp_patient="The VENAGUARD R is a small metal filter placed in a large vein (inferior vena cava) to stop blood clots "
                 "going to the lungs. It is used in adults who cannot take blood thinning medicine. Your doctor should "
                 "remove the filter when it is no longer needed. Possible side effects are bruising at the puncture site, "
                 "movement or tilting of the filter, damage of the vein wall, clot in the vein and failure to remove the filter.",
    cear=dict(
        reviewer="Dr. Céline Dufresne", date="2025.05.06",
        desc="The device is a conical nitinol filter (12 struts, retrieval hook) pre-loaded in an 8 Fr delivery system, "
             "models VGR-F08 (femoral) and VGR-J08 (jugular).",
        population="Target population: adults over 18 years old with an IVC diameter of 15 to 28 mm. The assessor notes "
                   "that the population is identical in the CEP, the CER, the IFU and the SSCP.",
        remarks=["The acceptance criteria are derived from PRESERVE and the SIR guideline, which is adequate.",
                 "The clinical data (427 patients) comes from the subject device; no equivalence is claimed.",
                 "The PMCF registry VGR-REG has a sample size justified on the retrieval success (precision ± 4,5 %).",
                 "The Romanian and Portuguese IFU versions were compared with the English version and are consistent."],
        ncs=["NC-1 (minor): the literature search protocol did not state the search date. Closed: CEP Rev. 02 states 2025.01.28."],
        conclusion="The clinical evidence is sufficient to demonstrate conformity with the relevant GSPRs for the intended "
                   "purpose. The assessor recommends the transmission of the file to the expert panel under Article 54(1) "
                   "and has no further objection."),
    tr={
        "ro": dict(desc="Filtrul este fabricat din nitinol, cu 12 brațe și un cârlig de recuperare. Este preîncărcat într-un sistem de livrare de 8 Fr.",
                   ip="Dispozitivul este destinat prevenirii emboliei pulmonare (EP) prin plasare temporară sau permanentă în vena cavă inferioară (VCI) la pacienți adulți cu tromboembolism venos.",
                   ind=["Embolie pulmonară sau tromboză venoasă profundă (TVP) proximală, când anticoagularea este contraindicată",
                        "EP sau TVP recurentă în ciuda anticoagulării adecvate",
                        "Complicație a anticoagulării care impune oprirea tratamentului anticoagulant"],
                   ci=["Diametrul VCI peste 28 mm", "Trombus în VCI care se extinde la locul de implantare",
                       "Sarcină", "Bacteriemie necontrolată sau sepsis", "Alergie cunoscută la nichel sau titan"],
                   pop="Pacienți adulți peste 18 ani cu diametrul VCI de 15 ~ 28 mm. Dispozitivul nu este destinat copiilor.",
                   users="Radiologi intervenționiști sau chirurgi vasculari instruiți în plasarea și recuperarea filtrelor VCI.",
                   env="Plasarea și recuperarea se efectuează în sala de angiografie a spitalului, sub fluoroscopie.",
                   warn=["Se utilizează numai de medici instruiți în plasarea și recuperarea filtrelor VCI.",
                         "Măsurați diametrul VCI prin cavografie înainte de plasare. Nu implantați dacă diametrul VCI este peste 28 mm.",
                         "Recuperați filtrul imediat ce riscul de EP a dispărut. Timpul lung de implantare crește riscul de complicații.",
                         "Condiționat RM: 3 T sau mai puțin."],
                   se=["Hematom la locul de acces", "Migrarea sau înclinarea filtrului", "Perforarea VCI de către brațe",
                       "Fractura filtrului", "Tromboza sau ocluzia VCI", "Eșecul recuperării"],
                   tech=[("Material filtru", "Nitinol (aliaj nichel-titan)"), ("Lungime filtru", "50 mm"),
                         ("Diametru VCI", "15 ~ 28 mm"), ("Teacă introducătoare", "8 Fr, 55 cm"), ("Sterilizare", "Oxid de etilenă, unică folosință")],
                   steps=["Efectuați cavografia și măsurați diametrul VCI.", "Introduceți teaca peste firul de ghidaj.",
                          "Avansați filtrul sub cea mai joasă venă renală.", "Eliberați filtrul ținând împingătorul și retrăgând teaca.",
                          "Confirmați poziția prin cavografie."],
                   store="A se păstra la 5 ~ 30 °C, în loc uscat. A se elimina ca deșeu medical."),
        "pt": dict(desc="O filtro é fabricado em nitinol com 12 hastes e um gancho de recuperação. É pré-carregado num sistema de introdução de 8 Fr.",
                   ip="O dispositivo destina-se à prevenção da embolia pulmonar (EP) por colocação temporária ou permanente na veia cava inferior (VCI) em doentes adultos com tromboembolismo venoso.",
                   ind=["Embolia pulmonar ou trombose venosa profunda (TVP) proximal quando a anticoagulação está contraindicada",
                        "EP ou TVP recorrente apesar de anticoagulação adequada",
                        "Complicação da anticoagulação que obriga a suspender a terapêutica anticoagulante"],
                   ci=["Diâmetro da VCI superior a 28 mm", "Trombo na VCI que se estende ao local de implantação",
                       "Gravidez", "Bacteriemia não controlada ou sépsis", "Alergia conhecida ao níquel ou titânio"],
                   pop="Doentes adultos com mais de 18 anos com diâmetro da VCI de 15 ~ 28 mm. O dispositivo não se destina a crianças.",
                   users="Radiologistas de intervenção ou cirurgiões vasculares com formação na colocação e recuperação de filtros da VCI.",
                   env="A colocação e a recuperação são realizadas na sala de angiografia do hospital sob fluoroscopia.",
                   warn=["Utilizar apenas por médicos com formação na colocação e recuperação de filtros da VCI.",
                         "Medir o diâmetro da VCI por cavografia antes da colocação. Não implantar se o diâmetro da VCI for superior a 28 mm.",
                         "Recuperar o filtro logo que o risco de EP tenha desaparecido. Um tempo de permanência longo aumenta o risco de complicações.",
                         "Condicional para RM: 3 T ou menos."],
                   se=["Hematoma no local de acesso", "Migração ou inclinação do filtro", "Perfuração da VCI pelas hastes",
                       "Fratura do filtro", "Trombose ou oclusão da VCI", "Falha da recuperação"],
                   tech=[("Material do filtro", "Nitinol (liga de níquel-titânio)"), ("Comprimento do filtro", "50 mm"),
                         ("Diâmetro da VCI", "15 ~ 28 mm"), ("Bainha introdutora", "8 Fr, 55 cm"), ("Esterilização", "Óxido de etileno, uso único")],
                   steps=["Realizar a cavografia e medir o diâmetro da VCI.", "Inserir a bainha sobre o fio-guia.",
                          "Avançar o filtro abaixo da veia renal mais baixa.", "Libertar o filtro segurando o empurrador e retirando a bainha.",
                          "Confirmar a posição por cavografia."],
                   store="Armazenar entre 5 ~ 30 °C em local seco. Eliminar como resíduo hospitalar."),
    },
)
F["cecp_reason"] = ""
F["docs"] = make_docs([
    ("CEP", "en", "docx", "CEP-DVC-VGR-01", "Clinical_Evaluation_Plan"),
    ("CER", "en", "pdf", "CER-DVC-VGR-01", "Clinical_Evaluation_Report"),
    ("PMCF-plan", "en", "docx", "PMCF-P-DVC-VGR-01", "PMCF_Plan"),
    ("IFU", "en", "pdf", "IFU-VGR", "Instructions_for_Use"),
    ("IFU", "ro", "docx", "IFU-VGR", "Instructiuni_de_utilizare"),
    ("IFU", "pt", "pdf", "IFU-VGR", "Instrucoes_de_utilizacao"),
    ("SSCP", "en", "pdf", "SSCP-DVC-VGR-01", "SSCP"),
    ("CEAR", "en", "pdf", "BMC-CEAR-2025-0417", "CEAR_VENAGUARD_R"),
], REVS)
LABELS = []

"""ae11: volar locking plate system for distal radius fractures (IIb implantable, SSCP, no CECP). CLEAN."""
from .common import NB_BE, make_docs

REVS = {"CEP": "02", "CER": "03", "PMCF-plan": "02", "IFU": "04", "SSCP": "02", "CEAR": "00"}
F = dict(NB_BE)
F.update(
    id="ae11_volarplate", trade="RADIOLOCK VDR", desc_short="volar locking plate system for distal radius fractures",
    device_label="RADIOLOCK VDR — titanium volar locking plate and screw system for distal radius fractures",
    mfr="Saebom Orthopedics Co., Ltd.", addr="140, Gwangnaru-ro, Gwangjin-gu, Seoul 04997, Republic of Korea",
    srn="KR-MF-000029450", basic_udi="88096287RLV0002F", cls="IIb", rule="Rule 8", implantable=True, cecp=False,
    cecp_reason="The subject device is implantable device of class IIb (bone plates and screws are not class III) and it does not administer or remove medicinal product.",
    sscp=True, rmf="RMF-SBO-RLV Rev. 05",
    cep_rev=REVS["CEP"], cep_date="2024.09.23", cer_rev=REVS["CER"], cer_date="2025.01.06",
    pmcf_rev=REVS["PMCF-plan"], pmcf_date="2024.12.30", sscp_rev=REVS["SSCP"], ifu_rev=REVS["IFU"],
    ra_person="Cha Yeon-woo (RA Manager)", qa_person="Ryu Hyun-jun (QA/RA Director)",
    evaluator="Dr. Min Kyu-tae (MD PhD, hand and orthopaedic surgeon)",
    description=[
        "The subject device is anatomical volar locking plate system made of titanium alloy (Ti-6Al-4V ELI) for the "
        "internal fixation of distal radius fractures. The plates have variable-angle locking holes (± 15°) in the distal "
        "part and combination holes in the shaft.",
        "The system consists of plates (standard, narrow and extra-long), 2.4 mm locking and cortical screws and "
        "instruments. The implants are supplied sterile (gamma) and the instruments non-sterile.",
    ],
    components=[("Plates", "Standard, narrow and extra-long, left and right, 3 ~ 7 shaft holes, thickness 2.0 mm"),
                ("Screws", "2.4 mm variable-angle locking and cortical screws, length 10 ~ 30 mm"),
                ("Material", "Ti-6Al-4V ELI (ISO 5832-3), anodised"),
                ("Sterilisation", "Implants gamma sterile; instruments steam sterilised by user")],
    models=(["Model", "Type", "Length"],
            [("RLV-S03 ~ RLV-S05", "Standard", "48 ~ 64 mm"), ("RLV-N03 ~ RLV-N05", "Narrow", "46 ~ 62 mm"),
             ("RLV-X07", "Extra-long", "96 mm")]),
    intended_purpose="The subject device is intended for the internal fixation of fractures and osteotomies of the distal "
                     "radius in adults and adolescents over 12 years old with closed distal radial growth plate.",
    indications=["Extra-articular and intra-articular distal radius fractures (AO 23-A, 23-B and 23-C)",
                 "Corrective osteotomy of distal radius malunion"],
    contraindications=["Open distal radial growth plate", "Active infection at the operative site",
                       "Insufficient bone quality or quantity for screw fixation", "Known allergy to titanium alloy"],
    population="Adults and adolescents over 12 years old with closed distal radial growth plate.",
    users="The subject device is implanted by orthopaedic or hand surgeons trained in plate osteosynthesis.",
    setting="The implantation is performed in hospital operating room.",
    benefits=[("Fracture healing", "Radiological union at 12 weeks", "≥ 95 %"),
              ("Functional recovery", "PRWE or QuickDASH at 12 months", "Mean QuickDASH ≤ 15")],
    safety=[("Reoperation", "Reoperation for implant-related complication within 12 months", "≤ 8 %"),
            ("Loss of reduction", "Loss of reduction (radial inclination or volar tilt > 5°) at 12 weeks", "≤ 5 %")],
    sota=["Volar locking plate fixation is the most common surgical treatment of unstable distal radius fractures (AAOS 2020 "
          "guideline). Union rate is over 95 % and mean QuickDASH at 12 months is 8 ~ 15.",
          "The reoperation rate is 5 ~ 10 %, mainly plate removal due to flexor tendon irritation. In adolescents with closed "
          "physis the results are same as adults."],
    sota_rows=[("Union at 12 weeks", "95 ~ 99 %", "AAOS 2020"), ("QuickDASH at 12 months", "8 ~ 15", "Costa 2014 (DRAFFT)"),
               ("Reoperation", "5 ~ 10 %", "Alter 2019")],
    sota_refs=["American Academy of Orthopaedic Surgeons. Management of Distal Radius Fractures: Evidence-Based Clinical Practice Guideline. 2020.",
               "Costa ML et al. Percutaneous fixation with Kirschner wires versus volar locking plate fixation (DRAFFT). BMJ 2014;349:g4807.",
               "Alter TH et al. Complications of volar plating of distal radius fractures: a systematic review. J Wrist Surg 2019;8:255-262."],
    search_period="2012.01 ~ 2024.08", search_terms="(volar locking plate OR volar plate) AND distal radius fracture",
    search_date="2024.09.02",
    search_result="Total 1,227 publications are found and 5 publications are included. Two publications are with the subject "
                  "device and three are used for state of the art.",
    studies=[dict(ref="Choi 2022", design="Prospective multicentre single-arm", n="118", pop="Adults 19 ~ 83 years",
                  fu="12 months", res="Union 98.3 %. QuickDASH 9.6. Reoperation 4.2 %.",
                  full="Choi JS et al. Outcomes of a variable-angle volar locking plate for distal radius fractures. Clin Orthop Surg 2022;14:412-420."),
             dict(ref="Kwon 2023", design="Retrospective single-centre", n="64", pop="Adolescents 13 ~ 17 years (closed physis) 21, adults 43",
                  fu="Mean 15 months", res="Union 100 %. QuickDASH 6.2 (adolescents), 10.4 (adults). Loss of reduction 1.6 %.",
                  full="Kwon YH et al. Volar locking plate fixation in adolescents and adults: a comparative study. J Hand Surg Asian Pac 2023;28:331-338.")],
    study_prose=["Study No. 1 (Choi 2022) is prospective study with 118 adults. Union at 12 weeks was 98.3 % and mean "
                 "QuickDASH at 12 months was 9.6. Five patients (4.2 %) had plate removal due to tendon irritation.",
                 "Study No. 2 (Kwon 2023) includes 21 adolescents of 13 ~ 17 years with closed physis and 43 adults. All "
                 "fractures healed and the adolescents had mean QuickDASH of 6.2. It is confirmed that the clinical data covers "
                 "adults and adolescents of the target population."],
    equivalence="Equivalence to other device is not claimed.",
    pms="The subject device is sold in Korea since 2017 and in EU under MDD since 2019. Total 42,600 plates were sold until "
        "2024.07. Total 38 complaints were received (0.09 %), mainly screw head stripping (19). Two serious incidents (plate breakage in non-union) were reported.",
    perf=[("Union at 12 weeks", "≥ 95 %", "98.3 % and 100 %"),
          ("QuickDASH at 12 months", "Mean ≤ 15", "9.6 (Choi 2022), 6.2 ~ 10.4 (Kwon 2023)"),
          ("Reoperation within 12 months", "≤ 8 %", "4.2 % (Choi 2022)"),
          ("Loss of reduction at 12 weeks", "≤ 5 %", "1.6 % (Kwon 2023)")],
    risks=[("Flexor or extensor tendon irritation or rupture", "2.5 ~ 4.2 %"), ("Loss of reduction", "1.6 %"),
           ("Carpal tunnel syndrome or median nerve irritation", "1.7 %"), ("Surgical site infection", "0.8 %"),
           ("Complex regional pain syndrome", "1.1 %"), ("Plate or screw breakage", "0.2 %")],
    br=["The clinical benefit of the subject device is stable fixation of the distal radius fracture which allows early "
        "motion and good functional recovery. The results are within the state of the art.",
        "It is confirmed that the benefit-risk of the subject device is acceptable for adults and adolescents with closed growth plate."],
    pmcf_summary="The PMCF study is prospective study RLV-PMCF-02 with 24 months follow-up.",
    conclusion="The subject device is in conformity with GSPR 1 and 8. The clinical data is sufficient for the intended purpose.",
    reg_history="The subject device was CE marked under MDD 93/42/EEC in 2019. This is the MDR transition application.",
    cdp="No new clinical investigation is planned. The 24-month data is collected in the PMCF study.",
    update_freq="every year",
    pmcf=dict(
        objectives=["To confirm the rate of tendon irritation and plate removal at 24 months (residual risk 1)",
                    "To confirm the functional result (QuickDASH) in European patients",
                    "To collect further data in adolescents with closed growth plate"],
        design="Prospective multicentre study RLV-PMCF-02 in 4 hospitals in Portugal and Korea.",
        population="Adults and adolescents over 12 years old with closed distal radial growth plate treated with the subject device in hospital.",
        sample="Total 160 patients. With expected reoperation rate of 6 % and precision of ± 4 % (95 % confidence interval) "
               "136 patients are needed; 160 are included for 15 % loss of follow-up.",
        endpoints=[("Union", "12 weeks"), ("QuickDASH", "12 and 24 months"), ("Reoperation", "24 months")],
        timeline=[("First patient in", "2025.03"), ("Last patient in", "2026.03"), ("Final report", "2028.06")]),
    ifu_desc="Titanium alloy volar locking plates (standard, narrow, extra-long) with 2.4 mm variable-angle locking and cortical screws.",
    ifu=dict(
        warnings=["Do not use in patients with open distal radial growth plate.",
                  "Do not bend the plate over the locking holes and do not bend it repeatedly.",
                  "Place the plate proximal to the watershed line to reduce flexor tendon irritation.",
                  "Do not mix with implants of other manufacturers."],
        tech=[("Material", "Ti-6Al-4V ELI (ISO 5832-3)"), ("Plate thickness", "2.0 mm"),
              ("Screw diameter", "2.4 mm"), ("Screw length", "10 ~ 30 mm (2 mm steps)"),
              ("Locking angle", "± 15°"), ("MRI", "MR conditional, 1.5 T and 3 T")],
        tech_ruled=True,
        steps=["Expose the distal radius by the modified Henry approach.", "Reduce the fracture and place the plate proximal to the watershed line.",
               "Fix the plate with one cortical screw in the oblong hole and check the position by fluoroscopy.",
               "Insert the distal locking screws with the drill guide.", "Insert the remaining shaft screws and close the wound."],
        store="Store at room temperature in dry place. Dispose the explanted implants as medical waste."),
    alternatives="Cast immobilisation, Kirschner wire fixation, external fixation or dorsal plating.",
    standards="ISO 5832-3:2021, ISO 14602:2010, ASTM F382-17, ASTM F543-17, ISO 10993-1:2018, ISO 11137-1:2006.",
    sscp_clin="Two clinical studies with the subject device (182 patients including 21 adolescents) show union of 98.3 ~ 100 % "
              "and mean QuickDASH of 6.2 ~ 10.4. The PMCF study RLV-PMCF-02 (160 patients, 24 months) is ongoing.",
    sscp_patient="The RADIOLOCK VDR is a small titanium plate with screws placed on the wrist side of the forearm bone to hold "
                 "a broken wrist bone in place while it heals. It is for adults and adolescents over 12 years whose growth plate is "
                 "closed. Possible side effects are irritation or tear of tendons, loss of the bone position, nerve irritation, "
                 "infection, long-lasting pain syndrome and breakage of the plate or screws.",
    cear=dict(
        reviewer="Mr. Olivier Lambert", date="2025.02.20",
        desc="Ti-6Al-4V ELI volar locking plates (standard, narrow, extra-long) with 2,4 mm variable-angle locking screws (± 15°).",
        population="Target population: adults and adolescents over 12 years old with closed distal radial growth plate; consistent in all documents.",
        noscope="It is an implantable device of class IIb (Rule 8) which does not administer medicinal products.",
        remarks=["The clinical data of 182 patients includes 21 adolescents with closed physis.",
                 "The SSCP was validated; the residual risks match the IFU.",
                 "The Portuguese IFU was compared with the English version and is consistent."],
        ncs=["NC-1 (minor): the PMCF plan did not justify the sample size. Closed: PMCF plan Rev. 02 includes the justification."],
        conclusion="The clinical evidence is sufficient. The assessor recommends the issue of the MDR certificate."),
    tr={
        "pt": dict(desc="Placas de bloqueio volares em liga de titânio (standard, estreita, extralonga) com parafusos de bloqueio de ângulo variável e corticais de 2,4 mm.",
                   ip="O dispositivo destina-se à fixação interna de fraturas e osteotomias do rádio distal em adultos e adolescentes com mais de 12 anos com a placa de crescimento radial distal encerrada.",
                   ind=["Fraturas extra-articulares e intra-articulares do rádio distal (AO 23-A, 23-B e 23-C)",
                        "Osteotomia corretiva de consolidação viciosa do rádio distal"],
                   ci=["Placa de crescimento radial distal aberta", "Infeção ativa no local operatório",
                       "Qualidade ou quantidade óssea insuficiente para fixação com parafusos", "Alergia conhecida à liga de titânio"],
                   pop="Adultos e adolescentes com mais de 12 anos com a placa de crescimento radial distal encerrada.",
                   users="Cirurgiões ortopédicos ou da mão com formação em osteossíntese com placa.",
                   env="Bloco operatório hospitalar.",
                   warn=["Não utilizar em doentes com a placa de crescimento radial distal aberta.",
                         "Não dobrar a placa sobre os orifícios de bloqueio nem dobrá-la repetidamente.",
                         "Colocar a placa proximalmente à linha watershed para reduzir a irritação dos tendões flexores.",
                         "Não misturar com implantes de outros fabricantes."],
                   se=["Irritação ou rotura de tendões flexores ou extensores", "Perda de redução",
                       "Síndrome do túnel cárpico ou irritação do nervo mediano", "Infeção do local cirúrgico",
                       "Síndrome de dor regional complexa", "Rotura da placa ou do parafuso"],
                   tech=[("Material", "Ti-6Al-4V ELI (ISO 5832-3)"), ("Espessura da placa", "2,0 mm"),
                         ("Diâmetro do parafuso", "2,4 mm"), ("Comprimento do parafuso", "10 ~ 30 mm (passos de 2 mm)"),
                         ("Ângulo de bloqueio", "± 15°"), ("RM", "Condicional para RM, 1,5 T e 3 T")],
                   steps=["Expor o rádio distal pela via de Henry modificada.", "Reduzir a fratura e colocar a placa proximalmente à linha watershed.",
                          "Fixar a placa com um parafuso cortical no orifício oblongo e verificar a posição por fluoroscopia.",
                          "Inserir os parafusos de bloqueio distais com o guia de broca.", "Inserir os restantes parafusos da diáfise e encerrar a ferida."],
                   store="Armazenar à temperatura ambiente em local seco. Eliminar os implantes explantados como resíduo hospitalar."),
    },
)
F["docs"] = make_docs([
    ("CEP", "en", "md", "CEP-SBO-RLV-02", "Clinical_Evaluation_Plan"),
    ("CER", "en", "docx", "CER-SBO-RLV-02", "Clinical_Evaluation_Report"),
    ("PMCF-plan", "en", "pdf", "PMCF-SBO-RLV-02", "PMCF_Plan"),
    ("IFU", "en", "docx", "IFU-RLV", "IFU"),
    ("IFU", "pt", "pdf", "IFU-RLV", "Instrucoes"),
    ("SSCP", "en", "docx", "SSCP-SBO-RLV-02", "SSCP"),
    ("CEAR", "en", "pdf", "BMC-CEAR-2025-0208", "CEAR_RADIOLOCK_VDR"),
], REVS)
LABELS = []

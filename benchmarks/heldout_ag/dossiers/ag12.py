"""ag12 – closed-system PIVC with blood-control valve (IIa, Rule 7, no CECP). CLEAN."""
POP = "Neonates (including preterm neonates), infants, children and adults who require peripheral intravenous access."
F = dict(
    id="ag12_pivc", device_label="SafeFlo CX – closed-system peripheral intravenous catheter with blood-control valve, neonates to adults",
    trade="SafeFlo CX", generic="closed-system peripheral intravenous catheter with integrated extension set, blood-control valve and passive needle safety",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Talegaon (Pune) disposables plant", srn="IN-MF-000027915", udi="8906011SFCX00B7",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Louise Kragh Andersen", author="Dr. Pooja Kamat, MD (Anaesthesiology)", reviewer_mfr="Ms. Deepa Pillai, MSc Nursing (Infusion therapy)",
    author_cv="anaesthesiologist with 9 years of experience in vascular access and clinical evaluation", first_ce="2026 (MDR)",
    models=[("CX-26", "26G (0.6 mm) x 14 mm, violet, for neonates and small infants"),
            ("CX-24", "24G (0.7 mm) x 19 mm, yellow, neonates, infants and children"),
            ("CX-22 / CX-20", "22G (0.9 mm) x 25 mm, blue; 20G (1.1 mm) x 32 mm, pink"),
            ("CX-18 / CX-16", "18G (1.3 mm) x 32 mm and 45 mm, green; 16G (1.7 mm) x 45 mm, grey")],
    cls="IIa", rule="Rule 7", cecp=False,
    cecp_why="The Device is a non-active, surgically invasive device for short-term use; it is neither implantable nor an active device.",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("SafeFlo CX is intended to be inserted into a peripheral vein for short-term access to the venous system, "
             "for the administration of fluids, medicinal products, blood and blood products and for blood sampling at "
             "insertion, in hospitals and other healthcare facilities."),
    population=POP,
    indications=["Peripheral intravenous therapy (fluids, medicinal products, parenteral nutrition compatible with peripheral veins)",
                 "Transfusion of blood and blood products", "Blood sampling at the time of insertion"],
    contraindications=["Infusion of vesicant or irritant solutions not suitable for peripheral veins (e.g. osmolarity above 900 mOsm/L)",
                       "Insertion into an extremity with infection, burn, thrombosis or an arteriovenous fistula",
                       "Known allergy to polyurethane or to components of the Device"],
    users="Physicians, nurses and other healthcare professionals trained in peripheral venous cannulation, including neonatal nurses.",
    description=[
        "SafeFlo CX is a polyurethane catheter with an integrated extension line and needleless connector port. The "
        "blood-control valve in the catheter hub closes after needle withdrawal and limits blood leakage; the passive "
        "safety clip covers the needle tip on withdrawal, as per ISO 23908.",
        "The catheter sizes range from 26G to 16G; the 26G and 24G catheters have a short length for neonatal and "
        "paediatric veins. The catheter is radiopaque and the Device is sterile (ethylene oxide) and for single use."],
    sota=[
        "Peripheral intravenous catheters are the most frequently used invasive devices in hospitals; up to 35-50 % fail "
        "before the end of therapy due to phlebitis, infiltration, occlusion or dislodgement. Closed systems with "
        "integrated extension sets and blood-control valves reduce blood exposure and, in randomised trials, catheter "
        "failure compared to open catheters. Safety-engineered devices are required by Directive 2010/32/EU. "
        "Alternatives are open PIVCs, midline catheters and PICCs."],
    benefits=[("Reliable venous access", "First-attempt insertion success", "Adults 86 %; children 74 %; neonates 63 %"),
              ("Reduced blood exposure", "Proportion of insertions with blood leakage at the hub after needle withdrawal", "1.8 %"),
              ("Complication-free dwell", "Catheter failure (phlebitis, infiltration, occlusion, dislodgement) before end of therapy", "Adults 24 %; children 31 %; neonates 38 %")],
    acceptance=["Catheter failure not higher than the SOTA range (adults 35 %, children 40 %, neonates 50 %)", "Blood leakage at the hub in not more than 5 % of insertions",
                "No needlestick injury with the activated safety mechanism"],
    dev_plan="The clinical investigation SFCX-CI-01 in adults, children and neonates has been completed; PMCF shall follow.",
    summary=("The clinical investigation SFCX-CI-01 with 412 Pts. (adults, children and neonates) shows insertion success "
             "and catheter failure rates within the state of the art, low blood leakage and no needlestick injury."),
    search_date="08-04-2025",
    search_stats="A total of 1,102 records were screened, 63 full texts were assessed and 26 articles were included.",
    studies=[dict(ref="SFCX-CI-01 (adults)", design="Prospective, multicentre, single-arm CI", n="220", pop="Adults 18-89 years, 22G-16G",
                  fu="Until removal", out="First attempt 86 %; failure 24 %; leakage 1.4 %"),
             dict(ref="SFCX-CI-01 (children)", design="Same CI", n="112", pop="Infants and children 1 month-17 years, 24G-20G",
                  fu="Until removal", out="First attempt 74 %; failure 31 %"),
             dict(ref="SFCX-CI-01 (neonates)", design="Same CI", n="80", pop="Neonates incl. preterm from 800 g, 26G-24G",
                  fu="Until removal", out="First attempt 63 %; failure 38 %")],
    clinical_prose=[
        "SFCX-CI-01 enrolled 412 Pts. at 6 hospitals (Pune, Mumbai, Kolhapur, Porto and Valencia), including 80 neonates in "
        "two NICUs, 31 of them preterm with a weight between 800 g and 2,500 g. Median dwell time was 62 hours in adults "
        "and 48 hours in neonates.",
        "Catheter failure occurred in 24 % of adults, 31 % of children and 38 % of neonates, mainly infiltration; no catheter-"
        "related bloodstream infection and no needlestick injury occurred."],
    pms="The Device has been sold in India since 2021, about 1,25,00,000 units; 96 complaints (mainly flashback visibility), no serious incident.",
    side_effects=["Phlebitis", "Infiltration and extravasation", "Occlusion", "Dislodgement", "Catheter-related bloodstream infection",
                  "Haematoma at the insertion site", "Catheter embolism in case of re-insertion of the needle (shearing)"],
    benefit_risk=("The Device provides peripheral venous access with failure rates within the state of the art and reduced blood "
                  "exposure; the benefit-risk is positive for neonates, children and adults."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated for all sizes and populations.",
    references=["Marsh N et al. Peripheral intravenous catheter failure: a secondary analysis. J Hosp Infect 2021;113:102-108.",
                "Rickard CM et al. Dressings and securements for the prevention of peripheral intravenous catheter failure (SAVE trial). Lancet 2018;392:419-430.",
                "Gorski LA et al. Infusion Therapy Standards of Practice, 9th ed. J Infus Nurs 2024.", "SFCX-CI-01 Clinical Investigation Report, Rev. 01, 03-2025."],
    warnings=["Never re-insert the needle into the catheter; this may shear the catheter.", "Select the smallest gauge suitable for the therapy and the vein.",
              "Assess the insertion site at least every 8 hours in adults and every hour in neonates during infusion.",
              "Remove the catheter when no longer clinically indicated."],
    tech=[("Gauges and lengths", "26G x 14 mm to 16G x 45 mm"), ("Gravity flow (water)", "26G 13 mL/min; 24G 20 mL/min; 22G 33 mL/min; 18G 90 mL/min; 16G 196 mL/min"),
          ("Catheter material", "Polyurethane, radiopaque"), ("Extension line priming volume", "0.3 mL"), ("Sterilisation", "Ethylene oxide")],
    steps=["Select the vein and the smallest suitable gauge; disinfect the skin and let it dry.",
           "Insert at 10-30°, observe flashback, advance the catheter off the needle.", "Withdraw the needle until the safety clip activates; do not re-insert.",
           "Flush the catheter, secure the same with a sterile dressing and document the insertion."],
    pmcf=dict(
        objectives=[("Confirm catheter failure rates in neonates and children in routine use", "Residual risks: infiltration, phlebitis"),
                    ("Confirm absence of needlestick injuries and blood exposure", "Residual risk: blood exposure"),
                    ("Detect rare events such as catheter embolism", "Residual risk: catheter embolism")],
        design="Prospective multicentre PMCF study at 6 hospitals including 3 NICUs and 2 paediatric wards.",
        population="Neonates, infants, children and adults requiring peripheral intravenous access in hospitals.",
        sample=("600 catheters (200 each in adults, children and neonates); for each group, 200 catheters give a 95 % confidence "
                "interval of ± 6.5 % around an expected failure rate of 35 %."),
        endpoints=["Catheter failure before end of therapy", "Blood leakage at the hub", "Needlestick injury", "CRBSI"],
        timeline=[("First Pt. in", "Feb 2026"), ("Last Pt. in", "Feb 2027"), ("Final report", "Aug 2027")]),
    cear=dict(reviewer_field="anaesthesiology", clinician="Dr. Ole Kjeldsen (neonatologist)",
              scope_why="It is a non-active surgically invasive device for short-term use (Rule 7), class IIa.",
              device="Closed-system PIVC with blood-control valve and passive safety clip, 26G to 16G. Not novel.",
              sota="SOTA based on PIVC failure studies and infusion standards. Adequate.",
              data="One CI with 220 adults, 112 children and 80 neonates (31 preterm). All sizes covered.",
              br="Benefit-risk is positive for all age groups.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "SFCX-CI-01", "Neonatal cohort 80 Pts. PMCF adds 200 neonates. Accepted.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended."),
    docs={"CEP": dict(file="SMPL-VA-CEP-CX_R01.docx", code="SMPL/VA/CEP/071", rev="01", date="06-01-2025"),
          "CER": dict(file="SMPL-VA-CER-CX_R01.pdf", code="SMPL/VA/CER/071", rev="01", date="28-04-2025"),
          "PMCF": dict(file="SMPL-VA-PMCF-CX_R01.pdf", code="SMPL/VA/PMCF/071", rev="01", date="28-04-2025"),
          "IFU-en": dict(file="SafeFlo-CX_IFU_EN_R02.pdf", code="CX-IFU-EN", rev="02", date="04-2025"),
          "IFU-pt": dict(file="SafeFlo-CX_IFU_PT_R02.docx", code="CX-IFU-PT", rev="02", date="04-2025"),
          "IFU-es": dict(file="SafeFlo-CX_IFU_ES_R02.pdf", code="CX-IFU-ES", rev="02", date="04-2025"),
          "CEAR": dict(file="NCM-CEAR-2893-25-0312.docx", code="NCM-2893-25-0312", rev="1", date="24 September 2025")},
    tr={"pt": dict(
            purpose=("O SafeFlo CX destina-se a ser inserido numa veia periférica para acesso de curta duração ao sistema venoso, "
                     "para administração de fluidos, medicamentos, sangue e derivados e para colheita de sangue no momento da "
                     "inserção, em hospitais e outras instituições de saúde."),
            ind=["Terapêutica intravenosa periférica (fluidos, medicamentos, nutrição parentérica compatível com veias periféricas)",
                 "Transfusão de sangue e derivados", "Colheita de sangue no momento da inserção"],
            contra=["Perfusão de soluções vesicantes ou irritantes não adequadas a veias periféricas (p. ex. osmolaridade superior a 900 mOsm/L)",
                    "Inserção num membro com infeção, queimadura, trombose ou fístula arteriovenosa",
                    "Alergia conhecida ao poliuretano ou a componentes do dispositivo"],
            pop="Recém-nascidos (incluindo prematuros), lactentes, crianças e adultos que necessitam de acesso intravenoso periférico.",
            users="Médicos, enfermeiros e outros profissionais de saúde com formação em cateterização venosa periférica, incluindo enfermeiros de neonatologia.",
            warn=["Nunca reintroduzir a agulha no cateter; pode cortar o cateter.", "Escolher o menor calibre adequado à terapêutica e à veia.",
                  "Avaliar o local de inserção pelo menos de 8 em 8 horas nos adultos e de hora a hora nos recém-nascidos durante a perfusão.",
                  "Remover o cateter quando deixar de estar clinicamente indicado."],
            side=["Flebite", "Infiltração e extravasamento", "Oclusão", "Deslocamento", "Infeção da corrente sanguínea relacionada com o cateter",
                  "Hematoma no local de inserção", "Embolia do cateter em caso de reintrodução da agulha"],
            tech=[("Calibres e comprimentos", "26G x 14 mm a 16G x 45 mm"), ("Débito por gravidade (água)", "26G 13 mL/min; 24G 20 mL/min; 22G 33 mL/min; 18G 90 mL/min; 16G 196 mL/min"),
                  ("Material do cateter", "Poliuretano, radiopaco"), ("Volume de enchimento da extensão", "0,3 mL"), ("Esterilização", "Óxido de etileno")],
            steps=["Escolher a veia e o menor calibre adequado; desinfetar a pele e deixar secar.",
                   "Inserir a 10-30°, observar o refluxo e avançar o cateter para fora da agulha.",
                   "Retirar a agulha até à ativação do clip de segurança; não reintroduzir.", "Lavar o cateter, fixá-lo com penso estéril e registar a inserção."]),
        "es": dict(
            purpose=("SafeFlo CX está destinado a insertarse en una vena periférica para el acceso a corto plazo al sistema venoso, "
                     "para la administración de fluidos, medicamentos, sangre y hemoderivados y la extracción de sangre en el "
                     "momento de la inserción, en hospitales y otros centros sanitarios."),
            ind=["Terapia intravenosa periférica (fluidos, medicamentos, nutrición parenteral compatible con venas periféricas)",
                 "Transfusión de sangre y hemoderivados", "Extracción de sangre en el momento de la inserción"],
            contra=["Infusión de soluciones vesicantes o irritantes no adecuadas para venas periféricas (p. ej. osmolaridad superior a 900 mOsm/L)",
                    "Inserción en una extremidad con infección, quemadura, trombosis o fístula arteriovenosa",
                    "Alergia conocida al poliuretano o a componentes del dispositivo"],
            pop="Neonatos (incluidos prematuros), lactantes, niños y adultos que necesitan acceso intravenoso periférico.",
            users="Médicos, enfermeras y otros profesionales sanitarios formados en canalización venosa periférica, incluidas enfermeras neonatales.",
            warn=["No reintroducir nunca la aguja en el catéter; puede cortarlo.", "Elegir el menor calibre adecuado para la terapia y la vena.",
                  "Valorar el punto de inserción al menos cada 8 horas en adultos y cada hora en neonatos durante la infusión.",
                  "Retirar el catéter cuando ya no esté clínicamente indicado."],
            side=["Flebitis", "Infiltración y extravasación", "Oclusión", "Desplazamiento", "Bacteriemia relacionada con el catéter",
                  "Hematoma en el punto de inserción", "Embolia del catéter si se reintroduce la aguja"],
            tech=[("Calibres y longitudes", "26G x 14 mm a 16G x 45 mm"), ("Flujo por gravedad (agua)", "26G 13 mL/min; 24G 20 mL/min; 22G 33 mL/min; 18G 90 mL/min; 16G 196 mL/min"),
                  ("Material del catéter", "Poliuretano, radiopaco"), ("Volumen de cebado de la extensión", "0,3 mL"), ("Esterilización", "Óxido de etileno")],
            steps=["Elegir la vena y el menor calibre adecuado; desinfectar la piel y dejar secar.",
                   "Insertar a 10-30°, observar el reflujo y avanzar el catéter fuera de la aguja.",
                   "Retirar la aguja hasta que se active el clip de seguridad; no reintroducir.", "Lavar el catéter, fijarlo con apósito estéril y registrar la inserción."])},
    over={}, extra={},
)
F["labels"] = []

"""ag10 – cuffed ETT with subglottic secretion drainage (IIa, Rule 5, no CECP). DEFECTIVE."""
CER_F = "SMPL-AIR-CER-SSD_R02.pdf"
IFU_EN = "SubglotPro_IFU_EN_R03.pdf"
CEAR_F = "NCM_CEAR_2893-25-0421_ETT.docx"
POP = "Paediatric Pts. from 1 year of age (body weight from 10 kg) and adults who require endotracheal intubation."
F = dict(
    id="ag10_ett_ssd", device_label="SubglotPro ETT – cuffed endotracheal tube with subglottic secretion drainage, paediatric and adult sizes",
    trade="SubglotPro ETT", generic="cuffed endotracheal tube with subglottic secretion drainage lumen",
    mfr="Sahyadri Meditech Pvt. Ltd.", mfr_addr="Gat No. 212, Chakan Industrial Area Phase II, Pune 410501, Maharashtra, India",
    site="the Talegaon (Pune) extrusion plant", srn="IN-MF-000027915", udi="8906011SGPETTJ3",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Thomas Vinther", author="Dr. Sameer Apte, MD (Anaesthesiology)", reviewer_mfr="Dr. Leena Kelkar, MD, IDCCM (Critical Care)",
    author_cv="anaesthesiologist and intensivist with 13 years of experience", first_ce="2026 (MDR)",
    models=[("SGP-50 to SGP-65", "Paediatric sizes, ID 5.0 to 6.5 mm, microcuff of polyurethane, SSD lumen with dorsal port"),
            ("SGP-70 to SGP-90", "Adult sizes, ID 7.0 to 9.0 mm, tapered polyurethane cuff, SSD lumen"),
            ("SGP-ST", "Malleable stylet (optional), single use")],
    cls="IIa", rule="Rule 5", cecp=False,
    cecp_why="The Device is a non-active invasive device for short-term use in the trachea; it is neither implantable nor an active device administering medicinal products.",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The SubglotPro ETT is intended for oral or nasal endotracheal intubation to secure the airway and allow "
             "mechanical ventilation, and for drainage of secretions from the subglottic space above the cuff, in hospital "
             "operating theatres, intensive care units and emergency departments."),
    population=POP,
    indications=["Airway management during general anaesthesia", "Mechanical ventilation in intensive care, in particular when expected to exceed 48 hours",
                 "Airway protection in Pts. at risk of aspiration"],
    contraindications=["Known allergy to polyurethane or PVC", "Use in laser airway surgery (the tube is not laser resistant)",
                       "Nasal intubation in Pts. with basal skull fracture or coagulopathy"],
    users="Anaesthesiologists, intensivists, emergency physicians and other staff trained in endotracheal intubation.",
    description=[
        "The SubglotPro ETT is a single-use, sterile, PVC tube with a Murphy eye, a radiopaque line, a high-volume low-"
        "pressure tapered polyurethane cuff (microcuff in paediatric sizes) and a dorsal subglottic secretion drainage "
        "(SSD) lumen opening just above the cuff, which is connected to intermittent or continuous suction.",
        "Paediatric sizes have depth marks and a cuff placed close to the tip so that the cuff lies below the cricoid."],
    sota=[
        "Cuffed tubes are now standard in children beyond the neonatal period, with no increase in post-extubation stridor "
        "when cuff pressure is kept at or below 20 cmH2O; in adults, a cuff pressure of 20-30 cmH2O is recommended. "
        "Meta-analyses of RCTs show that subglottic secretion drainage reduces the incidence of ventilator-associated "
        "pneumonia (VAP) by about 40-50 % (risk ratio about 0.55) in Pts. ventilated for more than 48-72 hours, without "
        "an effect on mortality. Alternatives are standard cuffed tubes and tracheostomy."],
    benefits=[("Reduction of VAP", "Incidence of VAP per 1,000 ventilator days", "9.8 vs 17.1 per 1,000 ventilator days (Ref. 1)"),
              ("Secure airway", "Rate of unplanned extubation and of cuff leak requiring tube change", "0.9 % and 0.6 %"),
              ("Safety", "Post-extubation stridor in children", "4.7 % (Ref. 2)")],
    acceptance=["VAP risk ratio versus standard tubes not higher than 0.8", "Post-extubation stridor in children not higher than 8 %",
                "No tracheal injury attributable to the SSD lumen"],
    dev_plan="Two clinical studies with the Device are available; PMCF shall be carried out in ICUs in the EU.",
    summary=("Clinical data from 382 adults and 106 children show a lower incidence of VAP with subglottic drainage and "
             "post-extubation stridor rates in children within the state of the art."),
    search_date="25-04-2025",
    search_stats="A total of 1,377 records were screened, 71 full texts were assessed and 23 articles were included.",
    studies=[dict(ref="Ref. 1 SGP-01", design="RCT vs standard cuffed tube", n="382", pop="Adults ventilated > 48 h", fu="Until extubation / 28 days",
                  out="VAP 9.8 vs 17.1 per 1,000 ventilator days"),
             dict(ref="Ref. 2 SGP-02", design="Prospective cohort", n="106", pop="Children 6-16 years, ID 5.0-6.5", fu="24 h after extubation",
                  out="Stridor 4.7 %; no re-intubation for stridor")],
    clinical_prose=[
        "SGP-01 randomised 382 adults in 4 ICUs (Pune, Mumbai, Hyderabad, Lisbon); VAP was 9.8 versus 17.1 per 1,000 "
        "ventilator days (risk ratio 0.57); ICU mortality was not different.",
        "SGP-02 followed 106 children aged 6 to 16 years intubated for surgery or ICU care; post-extubation stridor occurred "
        "in 4.7 % and was managed with nebulised adrenaline."],
    pms="The Device has been sold in India since 2020, about 2,40,000 tubes; 37 complaints (mainly SSD lumen blockage), no serious incident.",
    side_effects=["Sore throat, hoarseness", "Post-extubation stridor and laryngeal oedema", "Tracheal mucosal injury or ischaemia in case of excessive cuff pressure",
                  "Blockage of the SSD lumen", "Accidental extubation or endobronchial intubation"],
    benefit_risk=("The Device secures the airway and reduces VAP in long-term ventilated Pts., with risks comparable to standard "
                  "cuffed tubes; the benefit-risk is positive."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated.",
    references=["Ref. 1: SGP-01 Clinical Study Report, Rev. 01, 2024.", "Ref. 2: SGP-02 Clinical Study Report, Rev. 01, 2024.",
                "Caroff DA et al. Subglottic secretion drainage and objective outcomes: a systematic review and meta-analysis. Crit Care Med 2016;44:830-840.",
                "Weiss M et al. Prospective randomized controlled multi-centre trial of cuffed or uncuffed endotracheal tubes in small children. Br J Anaesth 2009;103:867-873."],
    warnings=["Keep the cuff pressure between 20 and 30 cmH2O in adults and at or below 20 cmH2O in children; measure the same with a manometer every 8 hours.",
              "Do not apply suction above −150 mmHg to the SSD lumen; higher suction may injure the tracheal mucosa.",
              "Confirm tube position by capnography and auscultation after intubation and after each repositioning.",
              "Do not use nitrous oxide without monitoring of cuff pressure, as the same diffuses into the cuff."],
    tech=[("Internal diameter (ID)", "5.0 to 9.0 mm in 0.5 mm steps (SGP-50 to SGP-90)"), ("Cuff", "High-volume low-pressure polyurethane; microcuff in ID 5.0-6.5"),
          ("SSD lumen suction", "Intermittent or continuous, −100 to −150 mmHg"), ("Material", "PVC (DEHP free), polyurethane cuff"),
          ("Sterilisation", "Ethylene oxide")],
    steps=["Select the tube size as per age and body size; check the cuff for leaks before use.",
           "Intubate, confirm the position and fix the tube at the marked depth.",
           "Inflate the cuff to 40 to 50 cmH2O, as a higher cuff pressure ensures that no secretions pass the cuff, and check the same once per day.",
           "Connect the SSD lumen to suction and document the volume of drained secretions."],
    pmcf=dict(
        objectives=[("Confirm VAP incidence in EU ICUs", "Residual risk / claim: VAP reduction"), ("Confirm SSD lumen patency and blockage rate", "Residual risk: SSD blockage"),
                    ("Collect data on children aged 1 to 5 years", "Open question: no data below 6 years")],
        design="Prospective multicentre PMCF study in 5 ICUs and 3 paediatric ICUs.",
        population="Adults and children from 1 year intubated with the Device in ICUs and operating theatres.",
        sample=("300 adults and 100 children; 300 adults give a precision of ± 3 events per 1,000 ventilator days around an expected "
                "VAP rate of 10; 100 children allow detection of stridor rates of 3 % with 95 % probability."),
        endpoints=["VAP per 1,000 ventilator days", "SSD blockage", "Post-extubation stridor in children", "Tracheal injury"],
        timeline=[("First Pt. in", "Apr 2026"), ("Last Pt. in", "Oct 2027"), ("Final report", "Apr 2028")]),
    cear=dict(reviewer_field="anaesthesiology and intensive care", clinician="Dr. Maja Kirk (paediatric anaesthesiologist)",
              scope_why="It is a non-active invasive device for short-term use (Rule 5), class IIa.",
              device="Cuffed ETT with SSD lumen, paediatric and adult sizes. Not novel.",
              sota="SOTA based on meta-analyses of SSD and paediatric cuffed tube trials. Adequate.",
              data="One RCT in adults (382) and one cohort in children 6-16 years (106).",
              br="Benefit-risk is positive.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "SGP-02", "Paediatric cohort. PMCF collects more data. Accepted.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended.",
              purpose=("The SubglotPro ETT is used for oral or nasal intubation and subglottic drainage in hospital operating "
                       "theatres, intensive care units and emergency departments. It is not intended for pre-hospital use.")),
    docs={"CEP": dict(file="SMPL-AIR-CEP-SSD_R01.docx", code="SMPL/AIR/CEP/063", rev="01", date="10-02-2025"),
          "CER": dict(file=CER_F, code="SMPL/AIR/CER/063", rev="02", date="02-06-2025"),
          "PMCF": dict(file="SMPL-AIR-PMCF-SSD_R01.pdf", code="SMPL/AIR/PMCF/063", rev="01", date="02-06-2025"),
          "IFU-en": dict(file=IFU_EN, code="SGP-IFU-EN", rev="03", date="06-2025"),
          "IFU-fr": dict(file="SubglotPro_IFU_FR_R03.md", code="SGP-IFU-FR", rev="03", date="06-2025"),
          "IFU-it": dict(file="SubglotPro_IFU_IT_R03.docx", code="SGP-IFU-IT", rev="03", date="06-2025"),
          "CEAR": dict(file=CEAR_F, code="NCM-2893-25-0421", rev="1", date="20 October 2025")},
    tr={"fr": dict(
            purpose=("La sonde SubglotPro est destinée à l'intubation endotrachéale orale ou nasale pour sécuriser les voies "
                     "aériennes et permettre la ventilation mécanique, et au drainage des sécrétions de l'espace sous-glottique "
                     "au-dessus du ballonnet, au bloc opératoire, en réanimation et aux urgences hospitalières."),
            ind=["Contrôle des voies aériennes pendant l'anesthésie générale", "Ventilation mécanique en réanimation, en particulier si elle doit dépasser 48 heures",
                 "Protection des voies aériennes chez les patients à risque d'inhalation"],
            contra=["Allergie connue au polyuréthane ou au PVC", "Chirurgie laser des voies aériennes (la sonde n'est pas résistante au laser)",
                    "Intubation nasale en cas de fracture de la base du crâne ou de coagulopathie"],
            pop="Patients pédiatriques à partir de 1 an (poids à partir de 10 kg) et adultes nécessitant une intubation endotrachéale.",
            users="Anesthésistes, réanimateurs, urgentistes et autres personnels formés à l'intubation endotrachéale.",
            warn=["Maintenir la pression du ballonnet entre 20 et 30 cmH2O chez l'adulte et à 20 cmH2O au maximum chez l'enfant ; la mesurer au manomètre toutes les 8 heures.",
                  "Ne pas appliquer une aspiration supérieure à −150 mmHg sur la lumière sous-glottique.",
                  "Confirmer la position de la sonde par capnographie et auscultation.", "Surveiller la pression du ballonnet en cas d'utilisation de protoxyde d'azote."],
            side=["Maux de gorge, enrouement", "Stridor post-extubation et œdème laryngé", "Lésion ou ischémie de la muqueuse trachéale en cas de pression excessive",
                  "Obstruction de la lumière sous-glottique", "Extubation accidentelle ou intubation sélective"],
            tech=[("Diamètre interne (DI)", "5,0 à 9,0 mm par pas de 0,5 mm"), ("Ballonnet", "Haut volume basse pression, polyuréthane"),
                  ("Aspiration sous-glottique", "−100 à −150 mmHg"), ("Matériau", "PVC sans DEHP"), ("Stérilisation", "Oxyde d'éthylène")],
            steps=["Choisir la taille selon l'âge et la corpulence ; vérifier l'étanchéité du ballonnet.",
                   "Intuber, confirmer la position et fixer la sonde au repère.",
                   "Gonfler le ballonnet à 20-30 cmH2O (adulte) ou 20 cmH2O au maximum (enfant) et contrôler au manomètre toutes les 8 heures.",
                   "Raccorder la lumière sous-glottique à l'aspiration et noter le volume drainé."]),
        "it": dict(
            purpose=("Il tubo SubglotPro è destinato all'intubazione endotracheale orale o nasale per proteggere le vie aeree e "
                     "consentire la ventilazione meccanica, e al drenaggio delle secrezioni dello spazio sottoglottico sopra la "
                     "cuffia, in sale operatorie, terapie intensive e pronto soccorso ospedalieri."),
            ind=["Gestione delle vie aeree durante l'anestesia generale", "Ventilazione meccanica in terapia intensiva, in particolare se prevista oltre 48 ore",
                 "Protezione delle vie aeree nei pazienti a rischio di aspirazione"],
            contra=["Allergia nota a poliuretano o PVC", "Chirurgia laser delle vie aeree", "Intubazione nasale in caso di frattura della base cranica o coagulopatia"],
            pop="Pazienti pediatrici a partire da 1 anno (peso da 10 kg) e adulti che necessitano di intubazione endotracheale.",
            users="Anestesisti, intensivisti, medici d'urgenza e altro personale formato all'intubazione endotracheale.",
            warn=["Mantenere la pressione della cuffia tra 20 e 30 cmH2O negli adulti e non oltre 20 cmH2O nei bambini; misurarla con manometro ogni 8 ore.",
                  "Non applicare un'aspirazione superiore a −150 mmHg al lume sottoglottico.",
                  "Confermare la posizione del tubo con capnografia e auscultazione.", "Controllare la pressione della cuffia se si usa protossido d'azoto."],
            side=["Mal di gola, raucedine", "Stridore post-estubazione ed edema laringeo", "Lesione o ischemia della mucosa tracheale per pressione eccessiva",
                  "Ostruzione del lume sottoglottico", "Estubazione accidentale o intubazione endobronchiale"],
            tech=[("Diametro interno (DI)", "5,0 - 9,0 mm, passi di 0,5 mm"), ("Cuffia", "Alto volume bassa pressione, poliuretano"),
                  ("Aspirazione sottoglottica", "−100 - −150 mmHg"), ("Materiale", "PVC senza DEHP"), ("Sterilizzazione", "Ossido di etilene")],
            steps=["Scegliere la misura in base a età e corporatura; verificare la tenuta della cuffia.",
                   "Intubare, confermare la posizione e fissare il tubo alla tacca.",
                   "Gonfiare la cuffia a 20-30 cmH2O (adulti) o non oltre 20 cmH2O (bambini) e controllare con manometro ogni 8 ore.",
                   "Collegare il lume sottoglottico all'aspirazione e registrare il volume drenato."])},
    over={"CER": {"users": ("Anaesthesiologists, intensivists, emergency physicians and paramedics trained in intubation, in "
                            "hospitals as well as in pre-hospital emergency care, viz. ambulances and helicopter emergency "
                            "medical services, where the same may remain in place during prolonged transfers.")}},
    extra={"CER": [("benefitrisk", "Further, with the continuous subglottic drainage of the Device, ventilator-associated pneumonia "
                                   "is totally eliminated, hence the routine VAP prevention bundle is not required for Pts. "
                                   "intubated with the SubglotPro ETT.")]},
)
F["labels"] = [
    dict(defect="smallest_tube_id_excludes_young_children", category="plausibility", documents=[IFU_EN],
         quotes=["Paediatric Pts. from 1 year of age (body weight from 10 kg)", "5.0 to 9.0 mm in 0.5 mm steps (SGP-50 to SGP-90)"],
         description="The smallest tube (ID 5.0 mm, suited to about 5-6 years) cannot serve children from 1 year (cuffed ID about 3.5-4.0 mm); paediatric data start at 6 years.",
         accept=["population", "specification", "evidence"]),
    dict(defect="cuff_pressure_40_50_instruction", category="safety-instruction", documents=[IFU_EN],
         quotes=["Inflate the cuff to 40 to 50 cmH2O, as a higher cuff pressure ensures that no secretions pass the cuff"],
         description="The English IFU instructs a cuff pressure of 40-50 cmH2O checked once per day, risking tracheal ischaemia and contradicting its own 20-30 cmH2O warning and the French/Italian versions.",
         accept=["language"]),
    dict(defect="vap_totally_eliminated_claim", category="claim", documents=[CER_F],
         quotes=["ventilator-associated pneumonia is totally eliminated, hence the routine VAP prevention bundle is not required"],
         description="The CER claims VAP is totally eliminated and prevention bundles are unnecessary, while its own RCT shows only a relative reduction (RR 0.57).",
         accept=["evidence", "safety-instruction"]),
    dict(defect="pre_hospital_use_in_cer_only", category="care-setting", documents=[CER_F, CEAR_F],
         quotes=["in pre-hospital emergency care, viz. ambulances and helicopter emergency medical services",
                 "It is not intended for pre-hospital use."],
         description="The CER extends use to ambulances and helicopter EMS, whereas the intended purpose in the IFU and CEAR is limited to hospital settings.",
         accept=["intended-use"]),
]

"""ag03 – phacoemulsification system (IIb, Rule 9, no CECP). DEFECTIVE."""
CER_F = "NHG-OPH-CER-PX3_Rev04.docx"
CEAR_F = "NordCert_CEAR_25-0519_PX.pdf"
IFU_EN = "PX3-IFU-EN_Rev06.pdf"
IFU_ES = "PX3-IFU-ES_Rev06.pdf"
F = dict(
    id="ag03_phaco", device_label="OptiVeda PX-3 Phacoemulsification System – cataract surgery system with single-use packs",
    trade="OptiVeda PX-3 Phacoemulsification System", generic="phacoemulsification and irrigation/aspiration system with single-use procedure packs",
    mfr="Kaveri Biomedical Systems Pvt. Ltd.", mfr_addr="Plot 41-B, KIADB Industrial Area, Bommasandra, Bengaluru 560099, India",
    site="the Bommasandra (Bengaluru) facility", srn="IN-MF-000031742", udi="8904217OVPX3HT",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Anders Bech Nielsen", author="Dr. Meera Iyengar, MS (Ophthalmology)", reviewer_mfr="Dr. Prakash Hegde, DNB (Ophthalmology), FICO",
    author_cv="cataract and refractive surgeon with 9 years of practice and 4 years in clinical evaluation", first_ce="2026 (MDR)",
    models=[("PX-3 Console", "Phaco console with peristaltic and venturi pumps, torsional and longitudinal ultrasound, footswitch"),
            ("PX-HP30", "Ultrasound handpiece, reusable, autoclavable"),
            ("PX-PK1 / PK2", "Single-use procedure packs with tubing, cassette, phaco tip 0.9 mm or 1.1 mm and sleeve"),
            ("PX-IA5", "Irrigation/aspiration handpiece, reusable")],
    cls="IIb", rule="Rule 9", cecp=False,
    cecp_why=("The Device is an active therapeutic device which delivers ultrasonic energy to the eye in a potentially "
              "hazardous manner; it does not administer or remove any medicinal product, as the balanced salt irrigation "
              "solution is a separately CE-marked medical device."),
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The OptiVeda PX-3 Phacoemulsification System is intended for the emulsification and removal of the "
             "crystalline lens by ultrasound, with irrigation and aspiration, during cataract surgery, and for "
             "irrigation/aspiration of cortical material, in hospital and ambulatory ophthalmic operating theatres."),
    population="Adult Pts. aged 18 years and above undergoing cataract extraction.",
    indications=["Age-related (senile) cataract", "Cataract secondary to diabetes, uveitis (quiescent) or steroid use",
                 "Clear lens extraction for refractive purposes as decided by the ophthalmic surgeon"],
    contraindications=["Active ocular or periocular infection", "Pts. in whom intraocular surgery is contraindicated for general medical reasons",
                       "Use of the ultrasound function in the posterior segment"],
    users=("Ophthalmic surgeons trained in phacoemulsification, assisted by trained theatre staff, in hospital and "
           "ambulatory (day-care) ophthalmic operating theatres."),
    description=[
        "The PX-3 console provides ultrasonic power (longitudinal and torsional) to the PX-HP30 handpiece, irrigation by "
        "gravity or active pressurised infusion, and aspiration by a peristaltic or venturi pump, with an aspiration "
        "vacuum adjustable from 0 to 650 mmHg. The single-use packs PX-PK1/PK2 contain the fluidics cassette, tubing, "
        "phaco tip and silicone sleeve.",
        "Post-occlusion surge is limited by a flow restrictor in the cassette and by a vacuum-rise algorithm; "
        "intraocular pressure is estimated from the infusion pressure and displayed on the console."],
    sota=[
        "Phacoemulsification with foldable intraocular lens implantation is the standard of care for cataract in "
        "Europe, with posterior capsule rupture rates of about 1-2 % in large registries (EUREQUO, RCOphth NOD) and "
        "best corrected visual acuity of 0.5 (decimal) or better in more than 90 % of eyes without ocular comorbidity. "
        "Alternatives are manual small-incision cataract surgery (MSICS) and femtosecond laser-assisted cataract surgery.",
        "Torsional ultrasound and active fluidics have been shown to reduce cumulative dissipated energy (CDE) and "
        "endothelial cell loss as compared to longitudinal ultrasound in randomised studies."],
    benefits=[("Effective removal of the cataract", "Best corrected visual acuity (BCVA) at 1 month", "BCVA 0.5 or better in 94.2 % of eyes"),
              ("Protection of the corneal endothelium", "Endothelial cell loss at 3 months", "Mean 8.7 % (Ref. 1)"),
              ("Low intraoperative complication rate", "Posterior capsule rupture rate", "1.3 % (Ref. 1 and 2)")],
    acceptance=["Posterior capsule rupture not higher than 2 %", "Mean endothelial cell loss at 3 months not higher than 12 %",
                "BCVA 0.5 or better in at least 90 % of eyes without comorbidity"],
    dev_plan=("The clinical data from two clinical studies on the Device carried out at Indian centres and the literature "
              "are considered sufficient; the PMCF study shall collect data in European centres."),
    summary=("Clinical data from 1,212 eyes operated with the Device show visual outcomes, endothelial cell loss and "
             "posterior capsule rupture rates within the state of the art; the benefit-risk is favourable."),
    search_date="19-05-2025",
    search_stats=("A total of 1,936 records were screened, 77 full texts were assessed and 24 articles were included."),
    studies=[dict(ref="Ref. 1 (PX-CS-01)", design="Prospective, multicentre", n="412 eyes", pop="Adults 45-88 years, age-related cataract",
                  fu="3 months", out="BCVA ≥0.5: 94.2 %; ECL 8.7 %; PCR 1.2 %"),
             dict(ref="Ref. 2 (registry)", design="Retrospective, 3 hospitals", n="800 eyes", pop="Adults 38-91 years",
                  fu="1 month", out="PCR 1.4 %; CME 1.1 %")],
    clinical_prose=[
        "PX-CS-01 was a prospective study at four tertiary eye hospitals in Bengaluru, Chennai and Pune; 412 eyes of "
        "412 Pts. were operated by 9 surgeons. The mean CDE was 6.8 %-seconds, and endothelial cell loss at 3 months "
        "was 8.7 % (SD 6.1), which is within the acceptance criterion of the CEP.",
        "The retrospective registry analysis of 800 eyes confirmed a posterior capsule rupture rate of 1.4 % and cystoid "
        "macular oedema in 1.1 % of eyes, comparable to EUREQUO."],
    pms=("The predecessor PX-2 has been sold in India, Bangladesh and Kenya since 2018; 1,260 consoles are installed and "
         "about 9,80,000 single-use packs were sold upto 31-03-2025. 41 complaints were received, mostly cassette leakage; "
         "no serious incident was reported."),
    side_effects=["Posterior capsule rupture and vitreous loss", "Corneal oedema and endothelial cell loss",
                  "Wound burn at the incision", "Raised intraocular pressure after surgery", "Cystoid macular oedema",
                  "Endophthalmitis (procedure related)"],
    benefit_risk=("Cataract surgery restores vision; the residual risks of the Device are those of phacoemulsification in "
                  "general and occur at rates within the state of the art. The benefit-risk is positive."),
    conclusion=("The clinical evidence is sufficient for the intended purpose in adults. PMCF shall confirm the "
                "outcomes in EU centres and with the torsional mode."),
    references=["Ref. 1: PX-CS-01 Clinical Study Report, Rev. 02, 11-11-2024.", "Ref. 2: Kaveri Biomedical, PX registry analysis 2019-2023, 02-2025.",
                "Ref. 3: Lundström M et al. EUREQUO outcomes 2008-2018. J Cataract Refract Surg 2020.",
                "Ref. 4: Day AC et al. RCOphth National Ophthalmology Database audit. Eye 2015;29:552-560.",
                "Ref. 5: Kaveri Biomedical, Wet-lab report WL-PX3-07: endothelial cell loss in porcine eyes, 2024."],
    warnings=["Do not operate the ultrasound handpiece without irrigation flow; this may cause a wound burn.",
              "Adjust the bottle height or infusion pressure to the anterior chamber depth; excessive pressure may cause pain and iris prolapse.",
              "Use a new single-use pack for each Patient; do not resterilise packs.",
              "Check the phaco tip and sleeve before each case; a damaged sleeve may cause wound burn or leakage."],
    tech=[("Ultrasound frequency", "28 kHz (longitudinal), 32 kHz (torsional)"), ("Ultrasound power", "0 to 100 %, continuous, pulse, burst"),
          ("Aspiration vacuum", "0 to 650 mmHg in 5 mmHg steps (peristaltic and venturi)"), ("Aspiration flow (peristaltic)", "0 to 60 mL/min"),
          ("Infusion pressure (active)", "20 to 110 mmHg"), ("Phaco tips", "0.9 mm and 1.1 mm, 30° and 45° bevel")],
    steps=["Install the PX-PK cassette, connect the BSS bottle and prime and tune the handpiece as per the console prompts.",
           "Select the surgeon programme (sculpt, quadrant removal, epinucleus, I/A) and check the vacuum and flow settings.",
           "In case the bottle is emptied during the procedure, kindly continue emulsification at reduced power until the new bottle is hung, the same does not affect the outcome.",
           "After the case, discard the pack and reprocess the handpieces as per Sec. 10 of this IFU."],
    pmcf=dict(
        objectives=[("Confirm PCR rate and endothelial cell loss in European centres", "Residual risks: PCR, corneal oedema"),
                    ("Confirm visual outcomes with torsional mode", "Open question: torsional mode data from one study only"),
                    ("Detect rare events such as wound burn", "Residual risk: wound burn")],
        design="Prospective, multicentre, single-arm PMCF study at 4 European and 2 Indian centres.",
        population="Adults aged 18 years and above undergoing routine phacoemulsification cataract surgery.",
        sample=("500 eyes shall be enrolled; with an expected PCR rate of 1.5 %, the same gives an upper 95 % confidence limit "
                "of about 2.9 %, and allows a 95 % probability of observing at least one event with a true rate of 0.6 %."),
        endpoints=["PCR rate (primary)", "Endothelial cell loss at 3 months", "BCVA at 1 month", "Wound burn and device deficiencies"],
        timeline=[("First Pt. in", "Feb 2026"), ("Last Pt. in", "Feb 2027"), ("Final report", "Sep 2027")]),
    cear=dict(reviewer_field="ophthalmology", clinician="Dr. Karen Lund (ophthalmic surgeon)",
              scope_why="It is an active therapeutic device (Rule 9) and does not administer or remove a medicinal product.",
              device="Phaco console with peristaltic and venturi pumps and single-use packs. Not novel.",
              sota="SOTA covers EUREQUO and the RCOphth NOD. Adequate.",
              data="One prospective study (412 eyes) and one retrospective registry (800 eyes). Both from Indian centres.",
              br="Benefit-risk is positive. PMCF study in EU centres is planned with sample size rationale.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV Part A 1", "PX-CS-01", "All data from Indian centres. PMCF in EU centres. Accepted."),
                        ("NC-01 (minor)", "IFU Sec. 6", "Annex I 23.4(s)", "IFU Rev. 05", "Reprocessing cycles not stated. Closed in Rev. 06.")],
              conclusion="The clinical evidence is sufficient. Certification is recommended.",
              device_name="OptiVeda PX-5 Phacoemulsification System", udi="8904217OVPX5JD", models="PX-5 Console, PX-HP30, PX-PK1/PK2, PX-IA5"),
    docs={"CEP": dict(file="NHG-OPH-CEP-PX3_Rev02.md", code="NHG/OPH/CEP/PX3", rev="02", date="04-03-2025"),
          "CER": dict(file=CER_F, code="NHG/OPH/CER/PX3", rev="04", date="25-07-2025"),
          "PMCF": dict(file="NHG-OPH-PMCFP-PX3_Rev01.docx", code="NHG/OPH/PMCFP/PX3", rev="01", date="25-07-2025"),
          "IFU-en": dict(file=IFU_EN, code="PX3-IFU-EN", rev="06", date="08-2025"),
          "IFU-es": dict(file=IFU_ES, code="PX3-IFU-ES", rev="06", date="08-2025"),
          "IFU-it": dict(file="PX3-IFU-IT_Rev06.docx", code="PX3-IFU-IT", rev="06", date="08-2025"),
          "CEAR": dict(file=CEAR_F, code="NCM-2893-25-0519", rev="1", date="14 November 2025")},
    ifu_unruled=True,
    tr={"es": dict(
            purpose=("El sistema de facoemulsificación OptiVeda PX-3 está destinado a la emulsificación y extracción del "
                     "cristalino mediante ultrasonidos, con irrigación y aspiración, durante la cirugía de catarata, en "
                     "quirófanos oftálmicos hospitalarios y ambulatorios."),
            ind=["Catarata senil", "Catarata secundaria a diabetes, uveítis inactiva o uso de corticoides",
                 "Extracción de cristalino transparente con fines refractivos, según criterio del cirujano",
                 "Catarata congénita y catarata pediátrica"],
            contra=["Infección ocular o periocular activa", "Pacientes en los que la cirugía intraocular está contraindicada por motivos médicos generales",
                    "Uso de la función de ultrasonidos en el segmento posterior"],
            pop="Pacientes adultos y pediátricos a partir de 2 años de edad sometidos a extracción de catarata.",
            users=("Cirujanos oftálmicos formados en facoemulsificación, con personal de quirófano formado, en quirófanos "
                   "oftálmicos hospitalarios y ambulatorios."),
            warn=["No utilizar la pieza de mano de ultrasonidos sin flujo de irrigación; puede causar quemadura de la incisión.",
                  "Ajustar la altura de la botella o la presión de infusión a la profundidad de la cámara anterior.",
                  "Utilizar un nuevo pack de un solo uso para cada paciente.", "Comprobar la punta y el manguito antes de cada caso."],
            side=["Rotura de la cápsula posterior y pérdida vítrea", "Edema corneal y pérdida de células endoteliales",
                  "Quemadura de la incisión", "Aumento de la presión intraocular", "Edema macular quístico", "Endoftalmitis"],
            tech=[("Frecuencia de ultrasonidos", "28 kHz (longitudinal), 32 kHz (torsional)"), ("Potencia", "0 a 100 %"),
                  ("Vacío de aspiración", "0 a 650 mmHg en pasos de 5 mmHg"), ("Flujo de aspiración", "0 a 60 mL/min"),
                  ("Presión de infusión", "20 a 110 mmHg"), ("Puntas", "0,9 mm y 1,1 mm")],
            steps=["Instalar el casete PX-PK, conectar la botella de BSS, purgar y calibrar la pieza de mano.",
                   "Seleccionar el programa del cirujano y comprobar el vacío y el flujo.",
                   "Sustituir la botella de irrigación antes de que se vacíe; no emulsionar sin irrigación.",
                   "Desechar el pack después del caso y reprocesar las piezas de mano."]),
        "it": dict(
            purpose=("Il sistema di facoemulsificazione OptiVeda PX-3 è destinato all'emulsificazione e rimozione del "
                     "cristallino mediante ultrasuoni, con irrigazione e aspirazione, durante la chirurgia della cataratta, "
                     "in sale operatorie oftalmiche ospedaliere e ambulatoriali."),
            ind=["Cataratta senile", "Cataratta secondaria a diabete, uveite quiescente o uso di steroidi",
                 "Estrazione del cristallino trasparente a scopo refrattivo, a giudizio del chirurgo"],
            contra=["Infezione oculare o perioculare attiva", "Pazienti per i quali la chirurgia intraoculare è controindicata per motivi medici generali",
                    "Uso della funzione a ultrasuoni nel segmento posteriore"],
            pop="Pazienti adulti di età pari o superiore a 18 anni sottoposti a estrazione della cataratta.",
            users=("Chirurghi oftalmici formati nella facoemulsificazione, con personale di sala formato, in sale operatorie "
                   "oftalmiche ospedaliere e ambulatoriali."),
            warn=["Non utilizzare il manipolo a ultrasuoni senza flusso di irrigazione.",
                  "Regolare l'altezza del flacone o la pressione di infusione alla profondità della camera anteriore.",
                  "Utilizzare un nuovo kit monouso per ogni paziente.", "Controllare punta e manicotto prima di ogni intervento."],
            side=["Rottura della capsula posteriore e perdita di vitreo", "Edema corneale e perdita di cellule endoteliali",
                  "Ustione della ferita", "Aumento della pressione intraoculare", "Edema maculare cistoide", "Endoftalmite"],
            tech=[("Frequenza ultrasuoni", "28 kHz (longitudinale), 32 kHz (torsionale)"), ("Potenza", "0 - 100 %"),
                  ("Vuoto di aspirazione", "0 - 650 mmHg, passi di 5 mmHg"), ("Flusso di aspirazione", "0 - 60 mL/min"),
                  ("Pressione di infusione", "20 - 110 mmHg"), ("Punte", "0,9 mm e 1,1 mm")],
            steps=["Installare la cassetta PX-PK, collegare il flacone di BSS, eseguire priming e taratura del manipolo.",
                   "Selezionare il programma del chirurgo e verificare vuoto e flusso.",
                   "Sostituire il flacone di irrigazione prima che si svuoti; non emulsionare senza irrigazione.",
                   "Eliminare il kit dopo l'intervento e ricondizionare i manipoli."])},
    over={"CER": {"description": [
        "The PX-3 console provides ultrasonic power (longitudinal and torsional) to the PX-HP30 handpiece, irrigation by "
        "gravity or active pressurised infusion, and aspiration by a peristaltic or venturi pump, with the aspiration "
        "vacuum adjustable from 0 to 600 mmHg as per the surgeon's programme. The single-use packs PX-PK1/PK2 contain "
        "the fluidics cassette, tubing, phaco tip and silicone sleeve.",
        "Post-occlusion surge is limited by a flow restrictor in the cassette and by a vacuum-rise algorithm; "
        "intraocular pressure is estimated from the infusion pressure and displayed on the console."]}},
    extra={"CER": [("clinical", "Further, the wet-lab study WL-PX3-07 on 40 porcine eyes (Ref. 5) demonstrated endothelial cell "
                                "loss of only 4.2 % with the torsional mode, which confirms the clinical safety of the Device on "
                                "the corneal endothelium of Pts. and supports CB-2 of the CEP.")]},
)
F["labels"] = [
    dict(defect="device_name_and_udi_differ_in_cear", category="device-identity", documents=[CEAR_F, CER_F],
         quotes=["OptiVeda PX-5 Phacoemulsification System", "OptiVeda PX-3 Phacoemulsification System"],
         description="The CEAR assesses an 'OptiVeda PX-5' with Basic UDI-DI 8904217OVPX5JD, while CER, CEP and IFU describe the PX-3 with 8904217OVPX3HT.",
         accept=["documentation"]),
    dict(defect="vacuum_range_differs_cer_ifu", category="specification", documents=[CER_F, IFU_EN],
         quotes=["vacuum adjustable from 0 to 600 mmHg", "0 to 650 mmHg in 5 mmHg steps (peristaltic and venturi)"],
         description="Maximum aspiration vacuum is 600 mmHg in the CER but 650 mmHg in the IFU technical data.",
         accept=["plausibility"]),
    dict(defect="continue_phaco_with_empty_bottle", category="safety-instruction", documents=[IFU_EN],
         quotes=["kindly continue emulsification at reduced power until the new bottle is hung"],
         description="The English IFU tells users to continue ultrasound emulsification without irrigation, risking chamber collapse and wound burn; it also contradicts its own warning.",
         accept=[]),
    dict(defect="spanish_ifu_adds_paediatric_population", category="language", documents=[IFU_ES, IFU_EN],
         quotes=["Pacientes adultos y pediátricos a partir de 2 años de edad", "Adult Pts. aged 18 years and above undergoing cataract extraction."],
         description="The Spanish IFU extends the population to children from 2 years and adds congenital/paediatric cataract, unlike the English IFU (adults only).",
         accept=["population", "intended-use"]),
    dict(defect="porcine_wetlab_as_clinical_evidence", category="evidence", documents=[CER_F],
         quotes=["wet-lab study WL-PX3-07 on 40 porcine eyes (Ref. 5) demonstrated endothelial cell loss of only 4.2 %"],
         description="An animal (porcine eye) wet-lab study is presented as confirming clinical safety in Pts. and as support for a CEP clinical benefit.",
         accept=["claim"]),
]

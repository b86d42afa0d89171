"""ag11 – transcatheter pulmonary valve (III implantable, CECP applies). DEFECTIVE."""
CER_F = "KBS-CV-CER-011_Rev05_Valvira-P.docx"
SSCP_F = "KBS-CV-SSCP-011_Rev01.md"
IFU_EN = "VVP_IFU_EN_Rev04.pdf"
IFU_NL = "VVP_IFU_NL_Rev04.docx"
CEAR_F = "NCM-CEAR-2893-25-0533_VVP.pdf"
POP = "Children and adults with a body weight of 20 kg and above with a dysfunctional RVOT conduit."
F = dict(
    id="ag11_tpv", device_label="Valvira-P Transcatheter Pulmonary Valve – for dysfunctional RVOT conduits",
    trade="Valvira-P Transcatheter Pulmonary Valve", generic="balloon-expandable transcatheter pulmonary valve with bovine pericardial leaflets and delivery system",
    mfr="Kaveri Biomedical Systems Pvt. Ltd.", mfr_addr="Plot 41-B, KIADB Industrial Area, Bommasandra, Bengaluru 560099, India",
    site="the Bommasandra (Bengaluru) cardiovascular clean-room", srn="IN-MF-000031742", udi="8904217VVPTPV2Q",
    ear="Medrep Europa B.V., Stationsweg 14, 2312 AV Leiden, The Netherlands", nb="NordCert Medical A/S", nb_no="2893",
    nb_reviewer="Niels Erik Damgaard", author="Dr. Harish Shenoy, MD, DM (Cardiology)", reviewer_mfr="Dr. Nandini Rao, MD, DNB (Paediatric Cardiology)",
    author_cv="interventional cardiologist with 12 years in structural and congenital interventions", first_ce="2026 (MDR)",
    models=[("VVP-20 / VVP-23 / VVP-26", "Valve of 20, 23 and 26 mm nominal diameter: cobalt-chromium stent with bovine pericardial leaflets"),
            ("VVP-DS", "Balloon-in-balloon delivery system with 22 Fr sheath"),
            ("VVP-CR", "Crimping tool")],
    cls="III", rule="Rule 8 (implantable device in contact with the central circulatory system)", cecp=True,
    cecp_why="The Device is an implantable device in direct contact with the central circulatory system, i.e. a class III implantable device as per Article 54(1)(a).",
    eval_type="initial clinical evaluation for CE marking under the MDR",
    purpose=("The Valvira-P Transcatheter Pulmonary Valve is intended for percutaneous implantation in a dysfunctional "
             "right ventricular outflow tract (RVOT) conduit, to restore pulmonary valve function, in hospitals with "
             "cardiac surgery on site."),
    population=POP,
    indications=["Dysfunctional RVOT conduit with moderate or severe pulmonary regurgitation",
                 "Dysfunctional RVOT conduit with stenosis (mean gradient of 35 mmHg or more)"],
    contraindications=["Active endocarditis or other active infection", "Venous anatomy unable to accommodate a 22 Fr sheath",
                       "Risk of coronary artery compression on balloon testing", "Contraindication to antiplatelet therapy",
                       "Conduit diameter outside the range given in the technical data"],
    users="Interventional cardiologists trained in transcatheter pulmonary valve implantation, in catheter laboratories of hospitals with cardiac surgery on site.",
    description=[
        "The Valvira-P valve consists of a balloon-expandable cobalt-chromium stent frame with three leaflets of "
        "glutaraldehyde-fixed bovine pericardium and an inner PET skirt. It is crimped on the VVP-DS balloon-in-balloon "
        "delivery system and implanted via the femoral or jugular vein, usually after pre-stenting of the conduit.",
        "The valve is available in nominal diameters of 20, 23 and 26 mm for RVOT conduits with a diameter of 18 to 25 mm "
        "at the time of implantation."],
    sota=[
        "Transcatheter pulmonary valve implantation (TPVI) is an established alternative to surgical conduit replacement "
        "in dysfunctional RVOT conduits (ESC 2020 ACHD guideline), with procedural success above 95 % and freedom from "
        "reintervention of about 80-90 % at 5 years. Infective endocarditis (about 2-3 % per Pt.-year) and stent fracture "
        "are the main long-term concerns. Alternatives are surgical pulmonary valve replacement and other transcatheter valves."],
    benefits=[("Restoration of pulmonary valve function", "Procedural success: valve implanted with mean gradient below 25 mmHg and at most mild regurgitation",
               "96.8 % (60/62)"),
              ("Durable haemodynamics", "Freedom from reintervention and from valve dysfunction at 1 year", "95.0 % at 1 year"),
              ("Safety", "Incidence of endocarditis, stent fracture and major procedural complications", "Endocarditis 1.6 %; stent fracture 3.2 %; conduit rupture 1.6 %")],
    acceptance=["Procedural success of at least 90 %", "Freedom from reintervention at 1 year of at least 90 %", "Endocarditis not higher than 3 % per Pt.-year"],
    dev_plan="The clinical investigation VVP-01 (1 year, 62 Pts.) has been completed; long-term follow-up upto 10 years shall be done in PMCF.",
    summary=("The clinical investigation VVP-01 shows high procedural success and good 1-year haemodynamics with an "
             "endocarditis rate within the state of the art; long-term outcomes shall be confirmed through PMCF."),
    search_date="18-06-2025",
    search_stats="A total of 1,689 records were screened, 84 full texts were assessed and 29 articles were included.",
    studies=[dict(ref="VVP-01", design="Prospective, multicentre, single-arm CI", n="62", pop="Adults 18-54 years, weight 48-96 kg",
                  fu="1 year", out="Success 96.8 %; freedom from reintervention 95.0 %; endocarditis 1.6 %")],
    clinical_prose=[
        "VVP-01 enrolled 62 Pts. at 5 centres (Bengaluru, Chennai, Delhi, Copenhagen and Leiden); all Pts. were aged 18 "
        "years or above, as the protocol excluded children. Procedural success was 96.8 %; one conduit rupture was treated "
        "with a covered stent. At 1 year the mean gradient was 14 mmHg.",
        "Although no child was enrolled, the results are considered applicable to children of 20 kg and above, as the RVOT "
        "conduit anatomy and the implantation technique are similar in children and adults."],
    pms="Not yet marketed.",
    side_effects=["Infective endocarditis", "Stent fracture", "Conduit rupture or tear", "Coronary artery compression",
                  "Valve dysfunction (stenosis or regurgitation) and valve thrombosis", "Device embolisation or malposition",
                  "Arrhythmia", "Vascular access complications"],
    benefit_risk=("The Device restores pulmonary valve function and may delay open-heart surgery; residual risks are those of "
                  "TPVI in general. The benefit-risk is positive."),
    conclusion="Conformity with GSPR 1, 6 and 8 is demonstrated; long-term durability and endocarditis shall be followed through PMCF.",
    references=["Baumgartner H et al. 2020 ESC Guidelines for the management of adult congenital heart disease. Eur Heart J 2021;42:563-645.",
                "McElhinney DB et al. Infective endocarditis after transcatheter pulmonary valve replacement. J Am Coll Cardiol 2021;78:575-589.",
                "VVP-01 Clinical Investigation Report at 1 year, Rev. 01, 28-02-2025."],
    warnings=["Perform coronary compression testing by simultaneous balloon inflation and coronary angiography before implantation.",
              "Pre-stent the conduit to reduce the risk of stent fracture.", "Give endocarditis prophylaxis and educate the Patient on dental hygiene lifelong.",
              "Do not re-crimp or re-sterilise the valve."],
    tech=[("Valve sizes", "20, 23 and 26 mm"), ("Conduit diameter at implantation", "18 to 25 mm (VVP-20: 18 to 20 mm; VVP-23: 21 to 23 mm; VVP-26: 24 to 25 mm)"), ("Delivery sheath", "22 Fr"),
          ("Leaflet material", "Bovine pericardium, glutaraldehyde fixed"), ("MR safety", "MR Conditional, 1.5 T and 3 T")],
    steps=["Perform haemodynamic and angiographic assessment of the conduit and coronary compression testing.",
           "Pre-stent the conduit as required and select the valve size.", "Rinse, crimp and load the valve and deliver the same over a stiff wire.",
           "Inflate inner and outer balloons sequentially and assess the result."],
    pmcf=dict(
        objectives=[("Confirm freedom from reintervention and endocarditis upto 10 years", "Residual risks: endocarditis, valve dysfunction"),
                    ("Confirm stent fracture rate", "Residual risk: stent fracture"), ("Collect data on children of 20 kg and above", "Open question")],
        design="Prospective multicentre PMCF registry at 8 congenital heart centres.",
        population="Children and adults with a body weight of 20 kg and above treated with the Device.",
        sample=("200 Pts. shall be enrolled (at least 60 children); with an expected endocarditis incidence of 2.5 % per Pt.-year, "
                "about 1,000 Pt.-years at 5 years give a 95 % confidence interval of ± 1 %."),
        endpoints=["Freedom from reintervention", "Infective endocarditis", "Stent fracture", "Valve haemodynamics"],
        timeline=[("First Pt. in", "Jul 2026"), ("5-year report", "Dec 2032"), ("10-year report", "Dec 2037")]),
    cear=dict(reviewer_field="cardiology", clinician="Dr. Astrid Bay (paediatric cardiologist)",
              scope_why="It is a class III implantable device in contact with the central circulatory system.",
              device="Balloon-expandable TPV with bovine pericardial leaflets. Not novel as a device type.",
              sota="SOTA based on ESC guideline and TPVI registries. Adequate.",
              data="One CI, 62 Pts., 1 year follow-up.",
              br="Benefit-risk is positive at 1 year. PMCF registry to 10 years.",
              findings=[("OBS-1", "CER Sec. 6", "Annex XIV", "VVP-01", "1-year data. PMCF to 10 years. Accepted."),
                        ("NC-01 (minor)", "IFU Sec. 6", "Annex I 23.4", "IFU Rev. 03", "Endocarditis education missing. Closed in Rev. 04.")],
              conclusion="The clinical evidence is sufficient. The CEAR is sent for the CECP."),
    docs={"CEP": dict(file="KBS-CV-CEP-011_Rev02.pdf", code="KBS/CV/CEP/011", rev="02", date="03-03-2025"),
          "CER": dict(file=CER_F, code="KBS/CV/CER/011", rev="05", date="29-08-2025", cear_rev="03"),
          "PMCF": dict(file="KBS-CV-PMCF-011_Rev02.docx", code="KBS/CV/PMCF/011", rev="02", date="29-08-2025"),
          "SSCP": dict(file=SSCP_F, code="KBS/CV/SSCP/011", rev="01", date="29-08-2025"),
          "IFU-en": dict(file=IFU_EN, code="VVP-IFU-EN", rev="04", date="08-2025"),
          "IFU-de": dict(file="VVP_IFU_DE_Rev04.pdf", code="VVP-IFU-DE", rev="04", date="08-2025"),
          "IFU-nl": dict(file=IFU_NL, code="VVP-IFU-NL", rev="04", date="08-2025"),
          "CEAR": dict(file=CEAR_F, code="NCM-2893-25-0533", rev="1", date="19 November 2025")},
    tr={"de": dict(
            purpose=("Die Valvira-P Transkatheter-Pulmonalklappe ist zur perkutanen Implantation in ein dysfunktionales "
                     "RVOT-Conduit bestimmt, um die Pulmonalklappenfunktion wiederherzustellen, in Krankenhäusern mit "
                     "Herzchirurgie vor Ort."),
            ind=["Dysfunktionales RVOT-Conduit mit mittel- oder hochgradiger Pulmonalinsuffizienz",
                 "Dysfunktionales RVOT-Conduit mit Stenose (mittlerer Gradient von 35 mmHg oder mehr)"],
            contra=["Aktive Endokarditis oder andere aktive Infektion", "Venöse Anatomie, die keine 22-Fr-Schleuse aufnehmen kann",
                    "Risiko einer Koronarkompression bei der Ballontestung", "Kontraindikation gegen Thrombozytenaggregationshemmer",
                    "Conduit-Durchmesser außerhalb des Bereichs der technischen Daten"],
            pop="Kinder und Erwachsene mit einem Körpergewicht von 20 kg und mehr mit dysfunktionalem RVOT-Conduit.",
            users="Interventionelle Kardiologen mit Ausbildung in TPVI, in Herzkatheterlaboren von Krankenhäusern mit Herzchirurgie vor Ort.",
            warn=["Vor der Implantation Koronarkompressionstest durch Ballondilatation und Koronarangiographie durchführen.",
                  "Conduit vorab stenten, um das Risiko einer Stentfraktur zu senken.", "Endokarditisprophylaxe und lebenslange Aufklärung zur Zahnhygiene.",
                  "Klappe nicht erneut crimpen oder resterilisieren."],
            side=["Infektiöse Endokarditis", "Stentfraktur", "Conduit-Ruptur oder -Einriss", "Koronarkompression",
                  "Klappendysfunktion (Stenose oder Insuffizienz) und Klappenthrombose", "Embolisation oder Fehlpositionierung",
                  "Arrhythmie", "Komplikationen am Gefäßzugang"],
            tech=[("Klappengrößen", "20, 23 und 26 mm"), ("Conduit-Durchmesser bei Implantation", "18 bis 25 mm (VVP-20: 18 bis 20 mm; VVP-23: 21 bis 23 mm; VVP-26: 24 bis 25 mm)"), ("Einführschleuse", "22 Fr"),
                  ("Segelmaterial", "Bovines Perikard, glutaraldehydfixiert"), ("MR-Sicherheit", "Bedingt MR-sicher, 1,5 T und 3 T")],
            steps=["Hämodynamische und angiographische Beurteilung des Conduits und Koronarkompressionstest durchführen.",
                   "Conduit bei Bedarf vorstenten und Klappengröße wählen.", "Klappe spülen, crimpen, laden und über einen steifen Draht einführen.",
                   "Inneren und äußeren Ballon nacheinander füllen und Ergebnis beurteilen."]),
        "nl": dict(
            purpose=("De Valvira-P transkatheter-pulmonalisklep is bedoeld voor percutane implantatie in een disfunctionerend "
                     "RVOT-conduit om de pulmonalisklepfunctie te herstellen, in ziekenhuizen met hartchirurgie ter plaatse."),
            ind=["Disfunctionerend RVOT-conduit met matige of ernstige pulmonalisinsufficiëntie",
                 "Disfunctionerend RVOT-conduit met stenose (gemiddelde gradiënt van 35 mmHg of meer)"],
            contra=["Actieve endocarditis of andere actieve infectie", "Veneuze anatomie die geen 22 Fr-sheath toelaat",
                    "Risico op compressie van de kransslagaders bij ballontest", "Contra-indicatie voor plaatjesremmers",
                    "Conduitdiameter buiten het bereik van de technische gegevens"],
            pop="Adolescenten en volwassenen met een lichaamsgewicht van 30 kg of meer met een disfunctionerend RVOT-conduit.",
            users="Interventiecardiologen met training in TPVI, op katheterisatiekamers van ziekenhuizen met hartchirurgie ter plaatse.",
            warn=["Voer vóór implantatie een coronaire compressietest uit met ballon en coronairangiografie.",
                  "Stent het conduit vooraf om het risico op stentbreuk te verkleinen.", "Geef endocarditisprofylaxe en levenslange voorlichting over mondhygiëne.",
                  "De klep niet opnieuw crimpen of steriliseren."],
            side=["Infectieuze endocarditis", "Stentbreuk", "Ruptuur of scheur van het conduit", "Compressie van de kransslagaders",
                  "Klepdisfunctie (stenose of insufficiëntie) en klepthrombose", "Embolisatie of malpositie", "Aritmie", "Complicaties van de vaattoegang"],
            tech=[("Klepmaten", "20, 23 en 26 mm"), ("Conduitdiameter bij implantatie", "18 tot 25 mm (VVP-20: 18 tot 20 mm; VVP-23: 21 tot 23 mm; VVP-26: 24 tot 25 mm)"), ("Introducer-sheath", "22 Fr"),
                  ("Materiaal klepbladen", "Runderpericard, glutaaraldehyde-gefixeerd"), ("MRI-veiligheid", "MR-conditioneel, 1,5 T en 3 T")],
            steps=["Beoordeel het conduit hemodynamisch en angiografisch en voer de coronaire compressietest uit.",
                   "Stent het conduit zo nodig vooraf en kies de klepmaat.", "Spoel, crimp en laad de klep en breng deze op via een stijve draad.",
                   "Vul de binnen- en buitenballon na elkaar en beoordeel het resultaat."])},
    over={"CER": {"description": [
        "The Valvira-P valve consists of a balloon-expandable cobalt-chromium stent frame with three leaflets of "
        "glutaraldehyde-fixed bovine pericardium and an inner PET skirt. It is crimped on the VVP-DS balloon-in-balloon "
        "delivery system and implanted via the femoral or jugular vein, usually after pre-stenting of the conduit.",
        "The valve is available in nominal diameters of 20, 23 and 26 mm and is suitable for RVOT conduits with a diameter "
        "of 16 to 22 mm at the time of implantation, as per Table-2."]},
          "SSCP": {"trade": "Valvira-PX Transcatheter Pulmonary Valve System", "udi": "8904217VVPX26T"}},
    extra={"CEAR": [("findings", "NB: the assessment in this report is based on CER KBS/CV/CER/011 Rev. 03 of 14-03-2025 and on the "
                                 "PMCF plan Rev. 02.")]},
)
F["labels"] = [
    dict(defect="sscp_device_name_and_udi_differ", category="device-identity", documents=[SSCP_F, CER_F],
         quotes=["Valvira-PX Transcatheter Pulmonary Valve System", "Clinical Evaluation Report – Valvira-P Transcatheter Pulmonary Valve"],
         description="The SSCP names the device 'Valvira-PX Transcatheter Pulmonary Valve System' with Basic UDI-DI 8904217VVPX26T, unlike the CER, IFU and CEAR (Valvira-P, 8904217VVPTPV2Q).",
         accept=["documentation"]),
    dict(defect="conduit_diameter_range_differs", category="specification", documents=[CER_F, IFU_EN],
         quotes=["suitable for RVOT conduits with a diameter of 16 to 22 mm at the time of implantation",
                 "18 to 25 mm (VVP-20: 18 to 20 mm; VVP-23: 21 to 23 mm; VVP-26: 24 to 25 mm)"],
         description="The CER gives a conduit diameter range of 16-22 mm while the IFU technical data (all languages) give 18-25 mm.",
         accept=["plausibility"]),
    dict(defect="children_in_population_without_clinical_data", category="evidence", documents=[CER_F],
         quotes=["Although no child was enrolled, the results are considered applicable to children of 20 kg and above",
                 "Children and adults with a body weight of 20 kg and above with a dysfunctional RVOT conduit."],
         description="Children of 20 kg and above are in the intended population but the only clinical investigation excluded children; adult data are extrapolated.",
         accept=["population"]),
    dict(defect="dutch_ifu_population_30kg_adolescents", category="language", documents=[IFU_NL, IFU_EN],
         quotes=["Adolescenten en volwassenen met een lichaamsgewicht van 30 kg of meer",
                 "Children and adults with a body weight of 20 kg and above"],
         description="The Dutch IFU restricts the population to adolescents and adults of 30 kg or more, while the English and German IFUs say children and adults from 20 kg.",
         accept=["population"]),
    dict(defect="cear_assessed_outdated_cer_revision", category="documentation", documents=[CEAR_F, CER_F],
         quotes=["the assessment in this report is based on CER KBS/CV/CER/011 Rev. 03 of 14-03-2025",
                 "Document No. KBS/CV/CER/011 Rev. 05, dated 29-08-2025"],
         description="The CEAR states it assessed CER Rev. 03 while the dossier's CER is Rev. 05 dated 29-08-2025.",
         accept=[]),
]

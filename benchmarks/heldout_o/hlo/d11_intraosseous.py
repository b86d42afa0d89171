"""o11: powered intraosseous vascular access driver and needle sets. Defective (plausibility, population, care-setting)."""

F = dict(
    id="o11-intraosseous-ossirapid",
    trade="OssiRapid",
    full="OssiRapid IO System",
    generic="powered intraosseous vascular access driver with needle sets for adults and children",
    manufacturer="Medinova Rescue GmbH",
    address="Conrad-von-Hötzendorf-Straße 88, 8010 Graz, Austria",
    srn="AT-MF-000004417",
    nb="Alpenländische Prüfstelle für Medizinprodukte GmbH",
    nb_no="2922",
    udi="9120045OSSIO01X",
    dev_class="IIa",
    rule="Annex VIII Rule 7 (needle sets, short-term surgically invasive); driver: Rule 13, class I",
    author="M. Delvaux, PharmD",
    scope=("The needle sets are class IIa (Rule 7, short-term surgically invasive, dwell time up to 24 hours); the "
           "driver is an active device not covered by other rules, class I (Rule 13). The system is neither class III "
           "implantable nor an active class IIb device administering medicinal products: the CECP of Article 54 MDR "
           "does not apply."),
    scope_cear="Not applicable: class IIa system (needle sets Rule 7, driver Rule 13); Article 54(1) MDR not met.",
    models=[("OR-DRV", "Battery-powered driver, sealed lithium battery (about 500 insertions)"),
            ("OR-15", "Needle set 15 G × 15 mm (pink)"),
            ("OR-25", "Needle set 15 G × 25 mm (blue)"),
            ("OR-45", "Needle set 15 G × 45 mm (yellow)"),
            ("OR-EXT / OR-STB", "Extension set with Luer lock / stabiliser dressing")],
    abbr=[["ED", "emergency department"], ["EMS", "emergency medical services"], ["IO", "intraosseous"], ["IV", "intravenous"]],
    summary=["The present CER evaluates the OssiRapid IO System, a powered driver with needle sets for intraosseous (IO) "
             "vascular access in emergency situations. Clinical data: the prospective study OR-EMS-01 (412 insertions), "
             "the paediatric series OR-PED (48 children) and the literature.",
             "The benefit-risk is favourable."],
    description=["The driver rotates the needle set through the cortex into the medullary cavity. After removal of the "
                 "stylet, the extension set is connected and the needle is fixed with the stabiliser.",
                 "Three needle lengths cover the patient weights and the insertion sites: proximal humerus, proximal "
                 "tibia and distal tibia in adults; proximal tibia, distal tibia and distal femur in children."],
    principle=("The medullary cavity is a non-collapsible vascular space connected to the central circulation; fluids and "
               "medicinal products reach the central circulation as fast as by peripheral IV access."),
    cer_specs_prose=("Needle sets of 15 mm (patients 3 to 39 kg), 25 mm (40 kg and more) and 45 mm (40 kg and more with "
                     "excessive tissue, proximal humerus); maximum dwell time 24 hours."),
    purpose=("The OssiRapid IO System is intended to provide intraosseous access for the administration of fluids, blood "
             "products and medicinal products, and for blood sampling, when vascular access is difficult or delayed in "
             "emergency, urgent or medically necessary situations, for up to 24 hours."),
    indications=["Cardiac arrest, shock, major trauma, status epilepticus or other emergencies when peripheral IV access "
                 "is difficult, impossible or delayed"],
    contraindications=["Fracture of the target bone", "Prosthesis or recent orthopaedic procedure at or near the insertion site",
                       "IO access in the same bone within the previous 48 hours", "Infection at the insertion site",
                       "Inability to identify the landmarks"],
    population="Adults and children weighing 3 kg or more.",
    users="Physicians, nurses and paramedics trained in IO access.",
    setting=("Prehospital emergency medical services (ground and air ambulances), emergency departments, intensive care "
             "units and operating theatres."),
    warnings=["Do not leave the needle in place for more than 24 hours.",
              "Before drilling, check that at least 5 mm of the needle (one black mark) is visible above the skin.",
              "Confirm the placement (aspiration, free flush, no swelling) before infusion.",
              "Infusion may be painful in conscious patients: consider preservative-free lidocaine 2 % (adults 40 mg; "
              "children 0.5 mg/kg) according to local protocol.",
              "Monitor the limb for extravasation and compartment syndrome."],
    adverse=[("Dislodgement", "3.4 % (14/412)"), ("Extravasation", "2.7 % (11/412)"),
             ("Pain during infusion (conscious patients)", "frequent"), ("Osteomyelitis", "0.2 % (1/412)"),
             ("Compartment syndrome", "0.2 % (1/412)")],
    residual=["Extravasation and compartment syndrome", "Osteomyelitis", "Growth plate injury in children",
              "Needle dislodgement during transport"],
    sota=["Current resuscitation guidelines [3] recommend IV access first and IO access when IV access is not possible. "
          "Powered IO drivers obtain higher first-attempt success than manual needles [4].",
          "In children, IO access is recommended early in cardiac arrest and shock; the success depends on the correct "
          "needle length for the weight."],
    alternatives=["Peripheral IV access, including ultrasound-guided", "Central venous catheter", "Manual IO needles",
                  "Spring-loaded IO devices"],
    search=dict(db="PubMed, Embase, CINAHL", period="01.01.2010 to 31.08.2024",
                result="866 records, 63 full texts, 14 retained.",
                pico=[["Population", "Adults and children needing emergency vascular access"],
                      ["Intervention", "Powered IO access"], ["Comparison", "Manual IO, IV access"],
                      ["Outcomes", "First-attempt success, time, complications"]]),
    studies=[["[1]", "OR-EMS-01, prospective multicentre (EMS and ED)", "412", "Adults (356) and children (56, from 4 kg)",
              "until removal (≤ 24 h) + 7 days", "First-attempt success 93.7 %; median 8 s"],
             ["[2]", "OR-PED, retrospective paediatric ED series", "48", "Children 3.2 to 38 kg", "until removal",
              "Success 91.7 %"],
             ["[3]", "Resuscitation guidelines", "n/a", "Adults, children", "n/a", "IO if IV not possible"],
             ["[4]", "Meta-analysis (other IO devices)", "3 250", "Adults and children", "n/a", "Powered IO success 90-95 %"]],
    appraisal=["OR-EMS-01 enrolled insertions in 6 EMS organisations and 4 EDs in Austria and Germany; 38 % of insertions "
               "were performed in ambulances or helicopters. The lightest child weighed 4 kg.",
               "OR-PED includes 48 children treated in a paediatric ED; the lightest weighed 3.2 kg."],
    claims=[("Provides vascular access at the first attempt in more than 9 of 10 patients.", "OR-EMS-01 [1]: 93.7 %."),
            ("Insertion takes less than 10 seconds.", "OR-EMS-01 [1]: median 8 s.")],
    benefits=[("Rapid vascular access", "First-attempt insertion success", "≥ 85 %", "93.7 % (386/412)"),
              ("Time to access", "Median insertion time", "≤ 20 s", "8 s"),
              ("Access in children", "Insertion success in children", "≥ 85 %", "91.7 % (44/48)")],
    safety=[("Extravasation", "≤ 5 %", "2.7 %"), ("Osteomyelitis", "≤ 1 %", "0.2 %"), ("Compartment syndrome", "≤ 1 %", "0.2 %")],
    br=["IO access saves time in patients in whom IV access fails; complications are rare and comparable with the state of "
        "the art. The benefit-risk is favourable."],
    cer_pmcf="PMCF plan {no}, revision {rev}: registry OR-REG (1 000 insertions, at least 200 paediatric).",
    conclusion=["The OssiRapid IO System fulfils GSPR 1 and 8 for the intended purpose and population."],
    refs=["Medinova Rescue. OR-EMS-01 clinical investigation report, v1.0, 12.04.2024.",
          "Medinova Rescue. OR-PED retrospective series report, 30.05.2024.",
          "Soar J, Böttiger BW, Carli P, et al. European Resuscitation Council Guidelines 2021: adult advanced life support. "
          "Resuscitation 2021;161:115-151.",
          "Hartl M, Novak E, et al. Powered versus manual intraosseous access: meta-analysis. Emerg Med J 2022;39:701-708."],
    cdp=["Bench (insertion force, flow), usability (62 users including paramedics in moving ambulance).",
         "OR-EMS-01 and OR-PED.", "PMCF registry OR-REG."],
    pmcf=dict(
        objectives=["→ Dislodgement during transport (residual risk)", "→ Extravasation and compartment syndrome (residual risk)",
                    "→ Success and complications in children below 10 kg (under-represented group)",
                    "→ Late osteomyelitis (7-day follow-up call)"],
        design="Prospective multicentre registry OR-REG.",
        population="Adults and children weighing 3 kg or more receiving an OssiRapid IO access.",
        inclusion=["IO insertion with the system", "Any age, weight ≥ 3 kg"], exclusion=["None"],
        setting="8 EMS organisations (ground and air) and 6 emergency departments in Austria, Germany and Poland.",
        endpoints=["Primary: first-attempt success", "Secondary: dislodgement, extravasation, compartment syndrome, "
                   "osteomyelitis at 7 days, success in children < 10 kg"],
        sample=("1 000 insertions including at least 200 paediatric, of which 60 in children below 10 kg: an extravasation "
                "rate of 3 % is estimated with ± 1.1 % (95 % CI)."),
        timeline=[["Start", "01.07.2025"], ["Interim report", "31.12.2026"], ["Final report", "30.06.2027"]]),
    ifu_desc=["The OssiRapid IO System consists of the OR-DRV driver, the needle sets OR-15, OR-25 and OR-45, the OR-EXT "
              "extension set and the OR-STB stabiliser."],
    ifu_adverse=["Needle dislodgement", "Extravasation", "Pain during infusion", "Bone infection (osteomyelitis)",
                 "Compartment syndrome"],
    specs=[("Needle set OR-15", "15 mm (pink): patients 3–39 kg"),
           ("Needle set OR-25", "25 mm (blue): patients ≥ 40 kg"),
           ("Needle set OR-45", "45 mm (yellow): ≥ 40 kg with excessive tissue; proximal humerus"),
           ("Needle gauge", "15 G"), ("Maximum dwell time", "24 h"),
           ("Driver battery", "lithium, sealed, about 500 insertions"),
           ("Flow with pressure bag (300 mmHg), adult humerus", "80–150 ml/min")],
    steps=["Select the needle set according to weight and tissue depth; disinfect the insertion site.",
           "Insert the needle through the skin until it touches the bone; verify the 5 mm mark.",
           "Drill with gentle pressure until a loss of resistance is felt; release the trigger.",
           "Remove the driver and the stylet; connect the primed extension set.",
           "Aspirate, flush (adults 10 ml, children 2–5 ml) and start infusion; fix with the stabiliser."],
    storage="Store at −20 to +50 °C (vehicle storage allowed). Needle sets: single use.",
    sscp_note=None,
    reviewers="Clinical reviewer: emergency physician, code AP-E3. Technical reviewer: mechanical engineer, code AP-T9.",
    cear_purpose=("Intraosseous access for fluids, blood products and medicinal products in emergencies when IV access is "
                  "difficult, in adults and in paediatric patients weighing 10 kg or more. The device is intended for "
                  "in-hospital use only (emergency department, intensive care, operating theatre)."),
    cear_rows=[
        ["C — Device, novelty", "Powered IO access is established technology.", "Closed"],
        ["C — Classification", "IIa (Rule 7) for needle sets, driver class I.", "Closed"],
        ["E — Clinical data", "OR-EMS-01 and OR-PED support the claims.", "Closed"],
        ["F — PMCF", "Registry OR-REG with sample size.", "Closed"],
        ["G — IFU", "EN, DE and PL reviewed.", "Closed"],
        ["H — Benefit-risk", "Favourable.", "Closed"]],
    cear_conclusion=["The clinical evidence is sufficient. CECP not applicable."],
    docs=dict(
        CEP=dict(file="OssiRapid_CEP.pdf", no="MR-KE-01", rev="1.0", date="15.01.2024"),
        CER=dict(file="OssiRapid_CER.docx", no="MR-KE-02", rev="2.0", date="20.09.2024"),
        PMCF=dict(file="OssiRapid_PMCF_plan.md", no="MR-KE-03", rev="1.0", date="20.09.2024"),
        IFU={"en": dict(file="OssiRapid_IFU_EN.pdf", no="MR-GA-10", rev="C", date="10.2024"),
             "de": dict(file="OssiRapid_GA_DE.pdf", no="MR-GA-10-DE", rev="C", date="10.2024"),
             "pl": dict(file="OssiRapid_IU_PL.pdf", no="MR-GA-10-PL", rev="C", date="10.2024")},
        CEAR=dict(file="CEAR_APM2922_OssiRapid.docx", no="APM-CEAR-2024-377", rev="1", date="18.12.2024")),
    style=dict(num="dot", cer_layout="B", bullet="-", ifu_bullet="-", num_ifu="dot"),
    ov={"CER": {"population": "Adults, children and neonates, including preterm neonates from 1 kg body weight."}},
    tr={
        "de": dict(
            ifu_sub="Intraossäres Zugangssystem mit Antrieb",
            ifu_desc=["Das OssiRapid IO System besteht aus dem Antrieb OR-DRV, den Nadelsets OR-15, OR-25 und OR-45, dem "
                      "Verlängerungsset OR-EXT und dem Stabilisator OR-STB."],
            purpose=("Das OssiRapid IO System ist bestimmt zur Herstellung eines intraossären Zugangs für die Verabreichung "
                     "von Flüssigkeiten, Blutprodukten und Arzneimitteln sowie für Blutentnahmen, wenn ein Gefäßzugang in "
                     "Notfällen, dringenden oder medizinisch notwendigen Situationen schwierig oder verzögert ist, für bis zu 24 Stunden."),
            indications=["Herzstillstand, Schock, schweres Trauma, Status epilepticus oder andere Notfälle, wenn ein "
                         "peripherer IV-Zugang schwierig, unmöglich oder verzögert ist"],
            contraindications=["Fraktur des Zielknochens", "Prothese oder kürzlicher orthopädischer Eingriff an oder nahe der Punktionsstelle",
                               "IO-Zugang im selben Knochen innerhalb der letzten 48 Stunden", "Infektion an der Punktionsstelle",
                               "Anatomische Landmarken nicht identifizierbar"],
            population="Erwachsene und Kinder ab 3 kg Körpergewicht.",
            users="Ärzte, Pflegekräfte und Notfallsanitäter, die im IO-Zugang geschult sind.",
            setting=("Präklinischer Rettungsdienst (Boden- und Luftrettung), Notaufnahmen, Intensivstationen und Operationssäle."),
            warnings=["Die Nadel nicht länger als 24 Stunden liegen lassen.",
                      "Vor dem Bohren prüfen, dass mindestens 5 mm der Nadel (eine schwarze Markierung) über der Haut sichtbar sind.",
                      "Vor der Infusion die Lage bestätigen (Aspiration, freie Spülung, keine Schwellung).",
                      "Die Infusion kann bei wachen Patienten schmerzhaft sein: konservierungsmittelfreies Lidocain 2 % "
                      "(Erwachsene 40 mg; Kinder 0,5 mg/kg) gemäß lokalem Protokoll erwägen.",
                      "Die Extremität auf Paravasat und Kompartmentsyndrom überwachen."],
            ifu_adverse=["Dislokation der Nadel", "Paravasat", "Schmerzen während der Infusion", "Knocheninfektion (Osteomyelitis)",
                         "Kompartmentsyndrom"],
            specs=[("Nadelset OR-15", "15 mm (rosa): Patienten 3–39 kg"),
                   ("Nadelset OR-25", "25 mm (blau): Patienten ≥ 40 kg"),
                   ("Nadelset OR-45", "45 mm (gelb): ≥ 40 kg mit ausgeprägtem Weichteilgewebe; proximaler Humerus"),
                   ("Nadelstärke", "15 G"), ("Maximale Liegedauer", "24 h"),
                   ("Akku des Antriebs", "Lithium, versiegelt, ca. 500 Anwendungen"),
                   ("Fluss mit Druckbeutel (300 mmHg), Humerus Erwachsener", "80–150 ml/min")],
            steps=["Nadelset nach Gewicht und Weichteildicke wählen; Punktionsstelle desinfizieren.",
                   "Die Nadel durch die Haut bis zum Knochenkontakt einführen; die 5-mm-Markierung prüfen.",
                   "Mit leichtem Druck bohren, bis ein Widerstandsverlust spürbar ist; Auslöser loslassen.",
                   "Antrieb und Mandrin entfernen; das entlüftete Verlängerungsset anschließen.",
                   "Aspirieren, spülen (Erwachsene 10 ml, Kinder 2–5 ml) und Infusion starten; mit dem Stabilisator fixieren."],
            storage="Lagerung bei −20 bis +50 °C (Lagerung im Fahrzeug zulässig). Nadelsets: Einmalgebrauch."),
        "pl": dict(
            ifu_sub="Napędowy system dostępu doszpikowego",
            ifu_desc=["System OssiRapid IO składa się z napędu OR-DRV, zestawów igieł OR-15, OR-25 i OR-45, przedłużacza "
                      "OR-EXT oraz stabilizatora OR-STB."],
            purpose=("System OssiRapid IO jest przeznaczony do uzyskania dostępu doszpikowego w celu podawania płynów, "
                     "produktów krwiopochodnych i produktów leczniczych oraz pobierania krwi, gdy dostęp naczyniowy jest "
                     "utrudniony lub opóźniony w sytuacjach nagłych, pilnych lub medycznie koniecznych, na okres do 24 godzin."),
            indications=["Zatrzymanie krążenia, wstrząs, ciężki uraz, stan padaczkowy lub inne stany nagłe, gdy obwodowy "
                         "dostęp dożylny jest utrudniony, niemożliwy lub opóźniony"],
            contraindications=["Złamanie kości docelowej", "Proteza lub niedawny zabieg ortopedyczny w miejscu wkłucia lub w jego pobliżu",
                               "Dostęp doszpikowy w tej samej kości w ciągu ostatnich 48 godzin", "Zakażenie w miejscu wkłucia",
                               "Brak możliwości identyfikacji punktów anatomicznych"],
            population="Dorośli i dzieci o masie ciała 3 kg lub większej.",
            users="Lekarze, pielęgniarki i ratownicy medyczni przeszkoleni w zakresie dostępu doszpikowego.",
            setting=("Przedszpitalne zespoły ratownictwa medycznego (naziemne i lotnicze), szpitalne oddziały ratunkowe, "
                     "oddziały intensywnej terapii i sale operacyjne."),
            warnings=["Nie pozostawiać igły dłużej niż 24 godziny.",
                      "Przed wierceniem sprawdzić, czy nad skórą widoczne jest co najmniej 5 mm igły (jeden czarny znacznik).",
                      "Przed infuzją potwierdzić położenie (aspiracja, swobodne przepłukanie, brak obrzęku).",
                      "Infuzja może być bolesna u przytomnych pacjentów: rozważyć lidokainę 2 % bez konserwantów "
                      "(dorośli 40 mg; dzieci 0,5 mg/kg) zgodnie z lokalnym protokołem.",
                      "Obserwować kończynę pod kątem wynaczynienia i zespołu ciasnoty przedziałów powięziowych."],
            ifu_adverse=["Przemieszczenie igły", "Wynaczynienie", "Ból podczas infuzji", "Zakażenie kości (zapalenie szpiku)",
                         "Zespół ciasnoty przedziałów powięziowych"],
            specs=[("Zestaw igieł OR-15", "15 mm (różowa): pacjenci 3–39 kg"),
                   ("Zestaw igieł OR-25", "25 mm (niebieska): pacjenci ≥ 40 kg"),
                   ("Zestaw igieł OR-45", "45 mm (żółta): ≥ 40 kg z nadmiarem tkanek miękkich; bliższa nasada kości ramiennej"),
                   ("Rozmiar igły", "15 G"), ("Maksymalny czas utrzymania", "24 h"),
                   ("Bateria napędu", "litowa, zamknięta, ok. 500 wkłuć"),
                   ("Przepływ z mankietem ciśnieniowym (300 mmHg), kość ramienna dorosłego", "80–150 ml/min")],
            steps=["Dobrać zestaw igieł do masy ciała i grubości tkanek; zdezynfekować miejsce wkłucia.",
                   "Wprowadzić igłę przez skórę do kontaktu z kością; sprawdzić znacznik 5 mm.",
                   "Wiercić z lekkim naciskiem do wyczucia utraty oporu; zwolnić spust.",
                   "Zdjąć napęd i mandryn; podłączyć odpowietrzony przedłużacz.",
                   "Aspirować, przepłukać (dorośli 10 ml, dzieci 2–5 ml) i rozpocząć infuzję; umocować stabilizatorem."],
            storage="Przechowywać w temperaturze od −20 do +50 °C (dopuszczalne przechowywanie w pojeździe). Zestawy igieł: jednorazowego użytku."),
    },
)

LABELS = [
    {"defect": "neonates_1kg_below_smallest_needle_rating", "category": "plausibility", "rule": None,
     "documents": ["OssiRapid_CER.docx", "OssiRapid_IFU_EN.pdf"],
     "quotes": ["Adults, children and neonates, including preterm neonates from 1 kg body weight.",
                "15 mm (pink): patients 3–39 kg",
                "Needle sets of 15 mm (patients 3 to 39 kg)"],
     "description": "The CER extends the target group to preterm neonates from 1 kg, but the shortest needle set is "
                    "rated from 3 kg and the clinical data start at 3.2 kg: no needle of the system can serve 1-3 kg neonates.",
     "accept": ["population", "evidence"]},
    {"defect": "cear_weight_10kg_vs_ifu_3kg", "category": "population", "rule": None,
     "documents": ["CEAR_APM2922_OssiRapid.docx", "OssiRapid_IFU_EN.pdf"],
     "quotes": ["in adults and in paediatric patients weighing 10 kg or more",
                "Adults and children weighing 3 kg or more."],
     "description": "The CEAR summarises the population as adults and children from 10 kg; the IFU (all languages), "
                    "CEP and PMCF plan from 3 kg (and the CER from 1 kg).",
     "accept": []},
    {"defect": "cear_hospital_only_vs_prehospital_ems", "category": "care-setting", "rule": None,
     "documents": ["CEAR_APM2922_OssiRapid.docx", "OssiRapid_IFU_EN.pdf"],
     "quotes": ["The device is intended for in-hospital use only (emergency department, intensive care, operating theatre).",
                "Prehospital emergency medical services (ground and air ambulances), emergency departments"],
     "description": "The CEAR restricts use to hospitals, while the IFU, CER and PMCF plan include prehospital ground "
                    "and air ambulances (38 % of the pivotal insertions).",
     "accept": []},
]

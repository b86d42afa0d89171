"""Device types of the corpus: the facts a clean dossier states, in en/fr/de where an IFU needs them.

Everything here is plausible drafting material, not regulatory knowledge: the corpus must not
share its wording with panelproof's vocabularies, so terms are chosen the way manufacturers
write, not the way the vocabularies list them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


def T(en: str, fr: str, de: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "de": de}


@dataclass(frozen=True)
class Param:
    id: str              # panelproof parameter id, or a local id when panelproof has none
    label: dict          # T(...)
    lo: float
    hi: float
    units: tuple         # ways to write the unit; the first is canonical
    known: bool = True   # a parameter panelproof's vocabulary knows (specification defects)


@dataclass(frozen=True)
class Study:
    title: str
    population: str
    setting: str
    n: int
    follow_up: str
    groups: tuple = ("adults",)


@dataclass(frozen=True)
class Device:
    id: str
    generic: dict
    names: tuple                      # trade names; the dossier picks one, defects use another
    manufacturer: str
    device_class: str
    rule: str
    active: bool
    implantable: bool
    purpose: dict                     # what it is intended for (after "intended for")
    weight_min: float | None          # kg
    age_min: int | None
    age_max: int | None
    groups: tuple                     # population group ids
    indications: tuple
    contraindications: tuple
    settings: tuple                   # care setting ids
    users: dict
    interfaces: tuple = ()            # (id, T(...)) pairs
    params: tuple = ()
    benefits: tuple = ()              # (claim sentence, outcome parameter)
    residual_risks: tuple = ()
    warnings: tuple = ()
    studies: tuple = ()
    extra_setting: str = "home"      # a setting a defect adds
    red_flag_claim: str | None = None
    unsafe_instruction: str | None = None
    irrelevant_study: Study | None = None
    competitor: str = "a comparable device of another manufacturer"
    long_term_claim: str | None = None
    model_prefix: str = "M"
    pmcf_risk_endpoint: str = ""
    extra_fields: dict = field(default_factory=dict)


GROUP_WORDS = {
    "neonates": T("neonates", "nouveau-nés", "Neugeborene"),
    "infants": T("infants", "nourrissons", "Säuglinge"),
    "children": T("children", "enfants", "Kinder"),
    "adolescents": T("adolescents", "adolescents", "Jugendliche"),
    "adults": T("adults", "adultes", "Erwachsene"),
    "elderly": T("elderly patients", "personnes âgées", "ältere Patienten"),
    "paediatric": T("paediatric patients", "patients pédiatriques", "pädiatrische Patienten"),
}

SETTING_WORDS = {
    "hospital": [T("in hospitals", "en milieu hospitalier", "im Krankenhaus"),
                 T("in a hospital environment", "à l'hôpital", "in Kliniken")],
    "icu": [T("in intensive care units", "en unité de soins intensifs", "auf Intensivstationen")],
    "home": [T("at home", "à domicile", "in häuslicher Umgebung"),
             T("in the home care setting", "en soins à domicile", "in der häuslichen Pflege")],
    "operating_room": [T("in the operating theatre", "au bloc opératoire", "im Operationssaal")],
    "clinic": [T("in dental practices", "en cabinet dentaire", "in Zahnarztpraxen")],
    "outpatient": [T("in outpatient clinics", "en consultation ambulatoire", "in Ambulanzen")],
    "sleep_lab": [T("in sleep laboratories", "en laboratoire du sommeil", "in Schlaflaboren")],
    "transport": [T("during intra-hospital transport", "pendant le transport intra-hospitalier",
                    "beim innerklinischen Transport")],
}

ML = ("ml", "mL", "ml")
CMH2O = ("cmH2O", "cm H2O", "cmH₂O")

DEVICES: list[Device] = [
    Device(
        id="ventilator",
        generic=T("ventilator", "ventilateur", "Beatmungsgerät"),
        names=("AirVENT60", "Vent 2", "Ventora 60", "PneumaCare V6"),
        manufacturer="Aerolis Medical GmbH", device_class="IIb", rule="Rule 12",
        active=True, implantable=False, model_prefix="AV",
        purpose=T("invasive and non-invasive ventilation of patients with respiratory failure, "
                  "including the delivery of medical oxygen",
                  "la ventilation invasive et non invasive des patients en insuffisance respiratoire, "
                  "y compris l'administration d'oxygène médical",
                  "die invasive und nichtinvasive Beatmung von Patienten mit respiratorischer "
                  "Insuffizienz einschließlich der Gabe von medizinischem Sauerstoff"),
        weight_min=5, age_min=None, age_max=None, groups=("paediatric", "adults"),
        indications=(T("acute hypoxaemic respiratory failure", "insuffisance respiratoire aiguë hypoxémique",
                       "akutes hypoxämisches Lungenversagen"),
                     T("acute exacerbation of chronic obstructive pulmonary disease",
                       "exacerbation aiguë de bronchopneumopathie chronique obstructive",
                       "akute Exazerbation der chronisch obstruktiven Lungenerkrankung"),
                     T("post-operative respiratory insufficiency", "insuffisance respiratoire post-opératoire",
                       "postoperative respiratorische Insuffizienz")),
        contraindications=(T("untreated tension pneumothorax", "pneumothorax sous tension non traité",
                             "unbehandelter Spannungspneumothorax"),
                           T("use in a magnetic resonance environment", "utilisation dans un environnement IRM",
                             "Verwendung in einer MRT-Umgebung")),
        settings=("hospital", "icu"),
        users=T("trained healthcare professionals", "professionnels de santé formés", "geschultes Fachpersonal"),
        interfaces=(("mask", T("a non-invasive face mask", "un masque facial non invasif", "eine nichtinvasive Gesichtsmaske")),
                    ("endotracheal_tube", T("an endotracheal tube", "une sonde d'intubation endotrachéale", "einen Endotrachealtubus")),
                    ("tracheostomy", T("a tracheostomy tube", "une canule de trachéotomie", "eine Trachealkanüle"))),
        params=(Param("tidal_volume", T("Tidal volume", "Volume courant", "Tidalvolumen"), 30, 2000, ML),
                Param("peep", T("PEEP", "PEP", "PEEP"), 0, 25, CMH2O),
                Param("respiratory_rate", T("Respiratory rate", "Fréquence respiratoire", "Atemfrequenz"), 5, 80, ("breaths/min", "/min", "1/min")),
                Param("fio2", T("FiO2", "FiO2", "FiO2"), 21, 100, ("%", "%", "%"))),
        benefits=(("improves arterial oxygenation within 1 hour of initiation", "change in PaO2/FiO2 ratio at 1 hour"),
                  ("reduces the work of breathing in spontaneously breathing patients", "rate of successful weaning at 7 days")),
        residual_risks=(T("barotrauma", "barotraumatisme", "Barotrauma"),
                        T("ventilator-associated pneumonia", "pneumonie acquise sous ventilation", "beatmungsassoziierte Pneumonie"),
                        T("accidental disconnection of the breathing circuit", "déconnexion accidentelle du circuit patient",
                          "versehentliche Diskonnektion des Beatmungsschlauchsystems")),
        warnings=(T("Always keep a manual resuscitation bag available.", "Toujours garder un ballon de ventilation manuelle à disposition.",
                    "Halten Sie stets einen Beatmungsbeutel bereit."),),
        studies=(Study("Non-invasive and invasive ventilation in acute respiratory failure: multicentre cohort", "adults 18-85 years, ICU", "ICU", 412, "28 days"),
                 Study("Volume-targeted ventilation in children: prospective observational study", "children 5-40 kg", "paediatric ICU", 96, "14 days", ("children", "paediatric")),
                 Study("Bench and clinical performance of turbine ventilators", "adults and children > 5 kg", "hospital wards", 150, "7 days", ("adults", "children", "paediatric"))),
        red_flag_claim="Ventilation with {name} reduces intracranial pressure in patients with traumatic brain injury.",
        unsafe_instruction=("Before disconnecting the patient for suctioning, switch off the oxygen supply and "
                            "ventilate the patient for several breaths without oxygen."),
        irrelevant_study=Study("Ventilation of fish tanks in recirculating aquaculture systems", "juvenile trout", "aquaculture farm", 300, "30 days"),
        competitor="the Hamilton C6 ventilator (Hamilton Medical AG)",
        long_term_claim="reduces long-term mortality at 5 years",
        extra_setting="sleep_lab",
        pmcf_risk_endpoint="incidence of barotrauma and ventilator-associated pneumonia per 1,000 ventilator days",
    ),
    Device(
        id="infusion_pump",
        generic=T("volumetric infusion pump", "pompe à perfusion volumétrique", "Volumetrische Infusionspumpe"),
        names=("InfuMax 300", "InfuMax Pro", "Perfusa VP3", "FlowGuard IV"),
        manufacturer="Medivance Systems Ltd", device_class="IIb", rule="Rule 12",
        active=True, implantable=False, model_prefix="IM",
        purpose=T("the controlled intravenous, subcutaneous and epidural administration of fluids and medicinal products",
                  "l'administration contrôlée par voie intraveineuse, sous-cutanée et péridurale de liquides et de médicaments",
                  "die kontrollierte intravenöse, subkutane und epidurale Verabreichung von Flüssigkeiten und Arzneimitteln"),
        weight_min=10, age_min=None, age_max=None, groups=("children", "adults"),
        indications=(T("continuous infusion of medicinal products", "perfusion continue de médicaments", "kontinuierliche Infusion von Arzneimitteln"),
                     T("parenteral nutrition", "nutrition parentérale", "parenterale Ernährung"),
                     T("post-operative epidural analgesia", "analgésie péridurale post-opératoire", "postoperative Epiduralanalgesie")),
        contraindications=(T("administration of blood products with the standard set", "administration de produits sanguins avec la tubulure standard",
                             "Gabe von Blutprodukten mit dem Standardset"),
                           T("enteral feeding", "alimentation entérale", "enterale Ernährung")),
        settings=("hospital",), users=T("nurses and physicians", "infirmiers et médecins", "Pflegekräfte und Ärzte"),
        interfaces=(("intravenous", T("intravenous access", "un accès intraveineux", "einen intravenösen Zugang")),
                    ("subcutaneous", T("subcutaneous access", "un accès sous-cutané", "einen subkutanen Zugang")),
                    ("epidural", T("an epidural catheter", "un cathéter péridural", "einen Epiduralkatheter"))),
        params=(Param("infusion_rate", T("Infusion rate", "Débit de perfusion", "Förderrate"), 0.1, 1200, ("ml/h", "mL/h", "ml/hr")),
                Param("bolus_volume", T("Bolus volume", "Volume de bolus", "Bolusvolumen"), 0.1, 50, ML),
                Param("battery_life", T("Battery life", "Autonomie de la batterie", "Akkulaufzeit"), 8, 12, ("h", "hours", "h"))),
        benefits=(("delivers the programmed dose with an accuracy of ± 5 %", "volumetric accuracy over 24 hours"),
                  ("reduces medication errors through its drug library", "rate of programming errors per 1,000 infusions")),
        residual_risks=(T("free flow after door opening", "écoulement libre à l'ouverture de la porte", "Freifluss nach Öffnen der Tür"),
                        T("undetected occlusion", "occlusion non détectée", "unerkannte Okklusion"),
                        T("air embolism", "embolie gazeuse", "Luftembolie")),
        warnings=(T("Never use the pump without a functioning occlusion alarm.", "Ne jamais utiliser la pompe sans alarme d'occlusion fonctionnelle.",
                    "Verwenden Sie die Pumpe nie ohne funktionierenden Okklusionsalarm."),),
        studies=(Study("Accuracy of volumetric pumps in adult intensive care", "adults 18-90 years", "ICU", 220, "6 months"),
                 Study("Smart pump drug libraries in paediatric wards", "children 10-40 kg", "paediatric ward", 180, "12 months", ("children",))),
        unsafe_instruction="If occlusion alarms recur during the infusion, deactivate the occlusion alarm and continue the infusion.",
        irrelevant_study=Study("Peristaltic dosing pumps for chlorination of swimming pools", "public pools", "water treatment plant", 40, "3 months"),
        competitor="the Volumat Agilia pump (Fresenius Kabi)",
        pmcf_risk_endpoint="rate of undetected occlusions and free-flow events per 10,000 infusion hours",
    ),
    Device(
        id="insulin_pump",
        generic=T("insulin pump", "pompe à insuline", "Insulinpumpe"),
        names=("GlucoFlow 2", "GlucoFlow X", "Insulia Patch", "DiaPump One"),
        manufacturer="Nordlicht Diabetes AB", device_class="IIb", rule="Rule 12",
        active=True, implantable=False, model_prefix="GF",
        purpose=T("the continuous subcutaneous infusion of insulin for the management of diabetes mellitus",
                  "la perfusion sous-cutanée continue d'insuline pour la prise en charge du diabète sucré",
                  "die kontinuierliche subkutane Insulininfusion zur Behandlung des Diabetes mellitus"),
        weight_min=None, age_min=7, age_max=None, groups=("children", "adolescents", "adults"),
        indications=(T("type 1 diabetes mellitus", "diabète de type 1", "Diabetes mellitus Typ 1"),
                     T("insulin-requiring type 2 diabetes mellitus", "diabète de type 2 insulinorequérant", "insulinpflichtiger Diabetes mellitus Typ 2")),
        contraindications=(T("patients unable to perform blood glucose monitoring", "patients incapables d'effectuer une surveillance glycémique",
                             "Patienten, die keine Blutzuckerkontrolle durchführen können"),
                           T("known hypersensitivity to the adhesive", "hypersensibilité connue à l'adhésif", "bekannte Überempfindlichkeit gegen den Klebstoff")),
        settings=("home",), users=T("patients and caregivers after training", "patients et aidants après formation", "Patienten und Betreuungspersonen nach Schulung"),
        interfaces=(("subcutaneous", T("a subcutaneous infusion set", "un set de perfusion sous-cutané", "ein subkutanes Infusionsset")),),
        params=(Param("basal_rate", T("Basal rate", "Débit basal", "Basalrate"), 0.025, 35, ("U/h", "units/h", "IE/h"), known=False),
                Param("bolus_volume", T("Bolus volume", "Volume de bolus", "Bolusvolumen"), 0.05, 2, ML),
                Param("operating_temperature", T("Operating temperature", "Température de fonctionnement", "Betriebstemperatur"), 5, 40, ("°C", "° C", "°C"))),
        benefits=(("lowers HbA1c by 0.5 percentage points compared with multiple daily injections", "change in HbA1c at 6 months"),
                  ("reduces the rate of severe hypoglycaemia", "severe hypoglycaemic events per patient-year")),
        residual_risks=(T("diabetic ketoacidosis after infusion set occlusion", "acidocétose après occlusion du set", "Ketoazidose nach Verschluss des Infusionssets"),
                        T("skin irritation at the infusion site", "irritation cutanée au site de perfusion", "Hautreizung an der Infusionsstelle"),
                        T("hypoglycaemia from over-delivery", "hypoglycémie par surdosage", "Hypoglykämie durch Überdosierung")),
        warnings=(T("Check your blood glucose at least four times a day.", "Contrôlez votre glycémie au moins quatre fois par jour.",
                    "Kontrollieren Sie Ihren Blutzucker mindestens viermal täglich."),),
        studies=(Study("Pump therapy versus injections in adults with type 1 diabetes: randomised trial", "adults 18-70 years", "outpatient", 310, "6 months"),
                 Study("Insulin pump therapy in school-age children", "children 7-17 years", "outpatient", 140, "12 months", ("children", "adolescents"))),
        unsafe_instruction="If the occlusion alarm sounds at night, silence it and check the infusion set the next morning.",
        irrelevant_study=Study("Automated feeding pumps in dairy calves", "calves", "farm", 60, "2 months"),
        competitor="the t:slim X2 pump (Tandem Diabetes Care)",
        extra_setting="hospital",
        pmcf_risk_endpoint="incidence of diabetic ketoacidosis per 100 patient-years",
    ),
    Device(
        id="dialysis",
        generic=T("haemodialysis machine", "générateur d'hémodialyse", "Hämodialysegerät"),
        names=("NephroLine 5008", "NephroLine S", "DialyCare H4", "Renix HD"),
        manufacturer="Renatec Medical SE", device_class="IIb", rule="Rule 12",
        active=True, implantable=False, model_prefix="NL",
        purpose=T("haemodialysis and haemodiafiltration in patients with acute or chronic kidney failure",
                  "l'hémodialyse et l'hémodiafiltration chez les patients en insuffisance rénale aiguë ou chronique",
                  "die Hämodialyse und Hämodiafiltration bei Patienten mit akutem oder chronischem Nierenversagen"),
        weight_min=30, age_min=None, age_max=None, groups=("adolescents", "adults"),
        indications=(T("end-stage chronic kidney disease", "insuffisance rénale chronique terminale", "terminale chronische Niereninsuffizienz"),
                     T("acute kidney injury requiring renal replacement therapy", "insuffisance rénale aiguë nécessitant une épuration extrarénale",
                       "akutes Nierenversagen mit Nierenersatztherapie")),
        contraindications=(T("haemodynamic instability not controlled by vasopressors", "instabilité hémodynamique non contrôlée par vasopresseurs",
                             "durch Vasopressoren nicht beherrschbare hämodynamische Instabilität"),
                           T("absence of vascular access", "absence d'abord vasculaire", "fehlender Gefäßzugang")),
        settings=("hospital",), users=T("trained dialysis nurses and nephrologists", "infirmiers de dialyse et néphrologues formés", "geschulte Dialysepflegekräfte und Nephrologen"),
        params=(Param("blood_flow_rate", T("Blood flow rate", "Débit sanguin", "Blutfluss"), 50, 600, ("ml/min", "mL/min", "ml/min")),
                Param("dialysate_flow", T("Dialysate flow", "Débit de dialysat", "Dialysatfluss"), 300, 800, ("ml/min", "mL/min", "ml/min"), known=False),
                Param("operating_temperature", T("Operating temperature", "Température de fonctionnement", "Betriebstemperatur"), 15, 35, ("°C", "° C", "°C"))),
        benefits=(("achieves a single-pool Kt/V of at least 1.4 per session", "single-pool Kt/V per session"),
                  ("reduces intradialytic hypotension through blood volume monitoring", "episodes of intradialytic hypotension per 100 sessions")),
        residual_risks=(T("intradialytic hypotension", "hypotension per-dialytique", "intradialytische Hypotonie"),
                        T("haemolysis", "hémolyse", "Hämolyse"),
                        T("air embolism", "embolie gazeuse", "Luftembolie")),
        warnings=(T("Never bypass the venous air detector.", "Ne jamais shunter le détecteur d'air veineux.", "Überbrücken Sie niemals den venösen Luftdetektor."),),
        studies=(Study("Online haemodiafiltration outcomes in a European registry", "adults 18-88 years", "dialysis units", 1200, "24 months"),
                 Study("Haemodialysis in adolescents weighing more than 30 kg", "adolescents 12-17 years", "paediatric nephrology unit", 45, "12 months", ("adolescents",))),
        unsafe_instruction="If the venous air detector alarms repeatedly without visible air, bypass the detector and continue treatment.",
        irrelevant_study=Study("Membrane filtration of industrial wastewater", "wastewater samples", "treatment plant", 12, "1 month"),
        competitor="the 5008S CorDiax system (Fresenius Medical Care)",
        pmcf_risk_endpoint="incidence of intradialytic hypotension and haemolysis per 1,000 sessions",
    ),
    Device(
        id="hip_implant",
        generic=T("total hip replacement system", "prothèse totale de hanche", "Hüfttotalendoprothese"),
        names=("OrthoFlex Hip", "OrthoFlex Hip II", "Coxa-Line", "Stratos THR"),
        manufacturer="Alpenortho AG", device_class="III", rule="Rule 8",
        active=False, implantable=True, model_prefix="OF",
        purpose=T("primary total hip arthroplasty to relieve pain and restore function of the hip joint",
                  "l'arthroplastie totale primaire de la hanche afin de soulager la douleur et de restaurer la fonction de l'articulation",
                  "die primäre Hüfttotalendoprothetik zur Schmerzlinderung und Wiederherstellung der Gelenkfunktion"),
        weight_min=None, age_min=18, age_max=80, groups=("adults",),
        indications=(T("primary osteoarthritis of the hip", "coxarthrose primitive", "primäre Koxarthrose"),
                     T("avascular necrosis of the femoral head", "ostéonécrose de la tête fémorale", "Hüftkopfnekrose"),
                     T("displaced femoral neck fracture", "fracture déplacée du col fémoral", "dislozierte Schenkelhalsfraktur")),
        contraindications=(T("active local or systemic infection", "infection locale ou systémique active", "aktive lokale oder systemische Infektion"),
                           T("insufficient bone stock", "capital osseux insuffisant", "unzureichende Knochensubstanz"),
                           T("known hypersensitivity to cobalt, chromium or nickel", "hypersensibilité connue au cobalt, au chrome ou au nickel",
                             "bekannte Überempfindlichkeit gegen Kobalt, Chrom oder Nickel")),
        settings=("hospital", "operating_room"), users=T("orthopaedic surgeons", "chirurgiens orthopédistes", "orthopädische Chirurgen"),
        params=(Param("head_diameter", T("Femoral head diameter", "Diamètre de la tête fémorale", "Kopfdurchmesser"), 28, 36, ("mm", "mm", "mm"), known=False),
                Param("operating_temperature", T("Storage temperature", "Température de stockage", "Lagertemperatur"), 5, 30, ("°C", "° C", "°C"), known=False)),
        benefits=(("relieves hip pain and improves the Harris Hip Score by at least 30 points", "Harris Hip Score at 2 years"),
                  ("achieves implant survival of 98 % at 5 years", "revision-free survival at 5 years")),
        residual_risks=(T("dislocation", "luxation", "Luxation"), T("periprosthetic fracture", "fracture périprothétique", "periprothetische Fraktur"),
                        T("aseptic loosening", "descellement aseptique", "aseptische Lockerung")),
        warnings=(T("Do not combine components of other manufacturers.", "Ne pas combiner avec des composants d'autres fabricants.",
                    "Kombinieren Sie keine Komponenten anderer Hersteller."),),
        studies=(Study("Ten-year survivorship of cementless stems: national joint registry", "adults 40-80 years", "hospitals", 5400, "10 years"),
                 Study("Prospective multicentre study of cementless tapered stems", "adults 18-80 years", "orthopaedic centres", 210, "5 years")),
        irrelevant_study=Study("Titanium implant osseointegration in an ovine femoral model", "sheep", "animal laboratory", 24, "12 weeks"),
        competitor="the Corail hip system (DePuy Synthes)",
        long_term_claim="implant survival of 98 % at 15 years",
        pmcf_risk_endpoint="cumulative revision rate for dislocation and aseptic loosening at 10 years",
    ),
    Device(
        id="neurostimulator",
        generic=T("implantable neurostimulator", "neurostimulateur implantable", "implantierbarer Neurostimulator"),
        names=("NeuroPace GI", "MotiliStim", "EnteroStim 2", "VagaLink"),
        manufacturer="Stimulis SAS", device_class="III", rule="Rule 8",
        active=True, implantable=True, model_prefix="NS",
        purpose=T("electrical stimulation of the gastric wall to reduce chronic nausea and vomiting of gastroparesis",
                  "la stimulation électrique de la paroi gastrique afin de réduire les nausées et vomissements chroniques de la gastroparésie",
                  "die elektrische Stimulation der Magenwand zur Verringerung chronischer Übelkeit und chronischen Erbrechens bei Gastroparese"),
        weight_min=None, age_min=18, age_max=75, groups=("adults",),
        indications=(T("drug-refractory diabetic gastroparesis", "gastroparésie diabétique réfractaire au traitement médicamenteux",
                       "therapierefraktäre diabetische Gastroparese"),
                     T("drug-refractory idiopathic gastroparesis", "gastroparésie idiopathique réfractaire", "therapierefraktäre idiopathische Gastroparese")),
        contraindications=(T("mechanical gastric outlet obstruction", "obstruction mécanique de la vidange gastrique", "mechanische Magenausgangsstenose"),
                           T("pregnancy", "grossesse", "Schwangerschaft"),
                           T("diathermy treatment", "traitement par diathermie", "Diathermiebehandlung")),
        settings=("hospital", "operating_room"), users=T("gastroenterologists and surgeons", "gastro-entérologues et chirurgiens", "Gastroenterologen und Chirurgen"),
        params=(Param("stimulation_amplitude", T("Stimulation amplitude", "Amplitude de stimulation", "Stimulationsamplitude"), 0.1, 10, ("mA", "mA", "mA")),
                Param("pulse_width", T("Pulse width", "Largeur d'impulsion", "Impulsbreite"), 60, 450, ("µs", "µs", "microseconds")),
                Param("stimulation_frequency", T("Stimulation frequency", "Fréquence de stimulation", "Stimulationsfrequenz"), 2, 130, ("Hz", "Hz", "Hz"))),
        benefits=(("reduces weekly vomiting frequency by at least 50 %", "weekly vomiting frequency at 12 months"),
                  ("improves gastrointestinal quality of life", "GIQLI score at 12 months")),
        residual_risks=(T("pocket infection", "infection de la loge", "Tascheninfektion"), T("lead migration", "migration de l'électrode", "Elektrodendislokation"),
                        T("battery depletion requiring replacement surgery", "épuisement de la batterie nécessitant une réintervention",
                          "Batterieerschöpfung mit Austauschoperation")),
        warnings=(T("Avoid MRI unless the conditions in section 9 are met.", "Éviter l'IRM sauf dans les conditions de la section 9.",
                    "Vermeiden Sie MRT, außer unter den Bedingungen in Abschnitt 9."),),
        studies=(Study("Gastric electrical stimulation in refractory gastroparesis: randomised crossover trial", "adults 18-75 years", "university hospitals", 172, "12 months"),
                 Study("Five-year follow-up of gastric stimulation", "adults 20-72 years", "tertiary centre", 88, "5 years")),
        unsafe_instruction="If the patient feels discomfort, increase the amplitude to 10 mA without medical supervision to accelerate habituation.",
        irrelevant_study=Study("Electrical stimulation of muscle tissue in vitro", "cell cultures", "laboratory", 18, "48 hours"),
        competitor="the Enterra II system (Medtronic)",
        long_term_claim="sustains symptom control for at least 10 years",
        pmcf_risk_endpoint="rate of pocket infection and lead migration at 24 months",
    ),
    Device(
        id="heart_valve",
        generic=T("transcatheter aortic valve", "valve aortique transcathéter", "Transkatheter-Aortenklappe"),
        names=("AortaFlow TAV", "AortaFlow TAV Plus", "CardiValve T", "Sirona TAVI"),
        manufacturer="CardioNova Srl", device_class="III", rule="Rule 8",
        active=False, implantable=True, model_prefix="AF",
        purpose=T("transcatheter replacement of the native aortic valve in patients with severe symptomatic aortic stenosis",
                  "le remplacement par voie transcathéter de la valve aortique native chez les patients atteints de sténose aortique sévère symptomatique",
                  "den Transkatheter-Ersatz der nativen Aortenklappe bei Patienten mit schwerer symptomatischer Aortenstenose"),
        weight_min=None, age_min=65, age_max=None, groups=("adults", "elderly"),
        indications=(T("severe symptomatic aortic stenosis at high surgical risk", "sténose aortique sévère symptomatique à haut risque chirurgical",
                       "schwere symptomatische Aortenstenose mit hohem Operationsrisiko"),
                     T("severe symptomatic aortic stenosis at intermediate surgical risk", "sténose aortique sévère symptomatique à risque chirurgical intermédiaire",
                       "schwere symptomatische Aortenstenose mit intermediärem Operationsrisiko")),
        contraindications=(T("active endocarditis", "endocardite active", "aktive Endokarditis"),
                           T("bicuspid aortic valve", "valve aortique bicuspide", "bikuspide Aortenklappe"),
                           T("intolerance to antiplatelet therapy", "intolérance au traitement antiplaquettaire", "Unverträglichkeit einer Thrombozytenaggregationshemmung")),
        settings=("hospital",), users=T("interventional cardiologists", "cardiologues interventionnels", "interventionelle Kardiologen"),
        interfaces=(("transfemoral", T("transfemoral access", "un abord transfémoral", "einen transfemoralen Zugang")),
                    ("transapical", T("transapical access", "un abord transapical", "einen transapikalen Zugang"))),
        params=(Param("valve_size", T("Valve size", "Taille de valve", "Klappengröße"), 23, 29, ("mm", "mm", "mm"), known=False),),
        benefits=(("reduces all-cause mortality at 1 year compared with medical therapy", "all-cause mortality at 1 year"),
                  ("improves NYHA functional class", "NYHA class at 30 days")),
        residual_risks=(T("paravalvular leak", "fuite paravalvulaire", "paravalvuläres Leck"), T("stroke", "accident vasculaire cérébral", "Schlaganfall"),
                        T("conduction disturbance requiring a pacemaker", "troubles de conduction nécessitant un stimulateur", "Reizleitungsstörung mit Schrittmacherpflicht")),
        warnings=(T("Do not re-sheath the valve more than twice.", "Ne pas rengainer la valve plus de deux fois.", "Die Klappe nicht mehr als zweimal zurückziehen."),),
        studies=(Study("Transcatheter valve implantation at high surgical risk: randomised trial", "adults 70-90 years", "cardiac centres", 699, "12 months", ("adults", "elderly")),
                 Study("Registry of transcatheter valves at intermediate risk", "adults 65-88 years", "hospitals", 1020, "24 months", ("adults", "elderly"))),
        irrelevant_study=Study("Bioprosthetic leaflet calcification in juvenile sheep", "sheep", "animal laboratory", 16, "5 months"),
        competitor="the SAPIEN 3 valve (Edwards Lifesciences)",
        long_term_claim="valve durability of at least 15 years",
        pmcf_risk_endpoint="rate of stroke and new pacemaker implantation at 30 days and 1 year",
    ),
    Device(
        id="wound_ozone",
        generic=T("portable ozone wound therapy device", "générateur d'ozone portable pour plaies", "tragbares Ozon-Wundtherapiegerät"),
        names=("OzoHeal Go", "OzoHeal", "Woundzone O3", "OxyCure Portable"),
        manufacturer="Ozonia Care BV", device_class="IIb", rule="Rule 9",
        active=True, implantable=False, model_prefix="OZ",
        purpose=T("the topical application of ozone to chronic infected wounds as an adjunct to standard wound care",
                  "l'application topique d'ozone sur les plaies chroniques infectées en complément des soins standard",
                  "die topische Anwendung von Ozon auf chronisch infizierte Wunden ergänzend zur Standardwundversorgung"),
        weight_min=None, age_min=18, age_max=None, groups=("adults",),
        indications=(T("infected diabetic foot ulcers", "ulcères du pied diabétique infectés", "infizierte diabetische Fußulzera"),
                     T("infected venous leg ulcers", "ulcères veineux de jambe infectés", "infizierte venöse Beinulzera")),
        contraindications=(T("wounds near the eyes or airways", "plaies proches des yeux ou des voies respiratoires", "Wunden in der Nähe von Augen oder Atemwegen"),
                           T("pregnancy", "grossesse", "Schwangerschaft")),
        settings=("hospital", "outpatient"), users=T("wound care nurses and physicians", "infirmiers et médecins spécialisés en plaies", "Wundexperten und Ärzte"),
        interfaces=(("topical", T("a sealed topical applicator bag", "une poche d'application topique étanche", "einen abgedichteten topischen Applikatorbeutel")),),
        params=(Param("ozone_concentration", T("Ozone concentration", "Concentration d'ozone", "Ozonkonzentration"), 20, 80, ("ppm", "ppm", "ppm")),
                Param("flow_rate", T("Gas flow", "Débit de gaz", "Gasfluss"), 0.5, 2, ("l/min", "L/min", "l/min"))),
        benefits=(("reduces wound area by 40 % at 8 weeks compared with standard care alone", "percentage wound area reduction at 8 weeks"),
                  ("reduces bacterial load in infected wounds", "bacterial load (log CFU) at 2 weeks")),
        residual_risks=(T("respiratory irritation from ozone leakage", "irritation respiratoire due à une fuite d'ozone", "Atemwegsreizung durch Ozonaustritt"),
                        T("peri-wound skin maceration", "macération de la peau périlésionnelle", "Mazeration der Wundumgebung")),
        warnings=(T("Use only in ventilated rooms.", "Utiliser uniquement dans des pièces ventilées.", "Nur in belüfteten Räumen verwenden."),),
        studies=(Study("Topical ozone for diabetic foot ulcers: randomised controlled trial", "adults 40-80 years with diabetic foot ulcers", "outpatient wound clinic", 122, "12 weeks"),
                 Study("Ozone bagging for venous leg ulcers: prospective cohort", "adults 50-85 years with venous ulcers", "hospital wound unit", 64, "8 weeks")),
        irrelevant_study=Study("Ozone disinfection of water in shrimp aquaculture", "shrimp ponds", "aquaculture farm", 24, "60 days"),
        competitor="the OZ-Wound system (another manufacturer)",
        extra_setting="home",
        pmcf_risk_endpoint="incidence of respiratory irritation and peri-wound maceration per 100 treatments",
    ),
    Device(
        id="dental_graft",
        generic=T("bovine bone graft substitute", "substitut osseux d'origine bovine", "bovines Knochenersatzmaterial"),
        names=("OsteoDent B", "OsteoDent B+", "GraftaBone Dental", "MaxilloFill"),
        manufacturer="Dentalis Biomaterials GmbH", device_class="III", rule="Rule 18",
        active=False, implantable=True, model_prefix="OD",
        purpose=T("filling and augmentation of bone defects in the maxilla and mandible",
                  "le comblement et l'augmentation des défauts osseux du maxillaire et de la mandibule",
                  "die Füllung und Augmentation von Knochendefekten im Ober- und Unterkiefer"),
        weight_min=None, age_min=18, age_max=None, groups=("adults",),
        indications=(T("sinus floor elevation", "élévation du plancher sinusien", "Sinusbodenelevation"),
                     T("alveolar ridge preservation after extraction", "préservation de la crête alvéolaire après extraction", "Kieferkammerhalt nach Extraktion"),
                     T("filling of periodontal defects", "comblement de défauts parodontaux", "Füllung parodontaler Defekte")),
        contraindications=(T("acute infection at the graft site", "infection aiguë au site du greffon", "akute Infektion im Augmentationsgebiet"),
                           T("uncontrolled diabetes", "diabète non contrôlé", "unkontrollierter Diabetes"),
                           T("known allergy to bovine collagen", "allergie connue au collagène bovin", "bekannte Allergie gegen bovines Kollagen")),
        settings=("clinic", "hospital"), users=T("dentists and oral surgeons", "chirurgiens-dentistes et chirurgiens oraux", "Zahnärzte und Oralchirurgen"),
        params=(Param("particle_size", T("Particle size", "Granulométrie", "Partikelgröße"), 0.25, 1, ("mm", "mm", "mm"), known=False),),
        benefits=(("provides bone volume sufficient for implant placement at 6 months", "implant placement success at 6 months"),
                  ("maintains ridge width with less than 1 mm resorption at 12 months", "horizontal ridge resorption at 12 months")),
        residual_risks=(T("graft exposure", "exposition du greffon", "Freiliegen des Augmentats"), T("postoperative infection", "infection postopératoire", "postoperative Infektion"),
                        T("insufficient bone formation", "formation osseuse insuffisante", "unzureichende Knochenbildung")),
        warnings=(T("Do not re-sterilise.", "Ne pas restériliser.", "Nicht resterilisieren."),),
        studies=(Study("Bovine xenograft in sinus floor elevation: randomised trial", "adults 25-70 years", "dental clinics", 90, "12 months"),
                 Study("Ridge preservation with deproteinised bovine bone: cohort", "adults 20-75 years", "university dental hospital", 140, "3 years")),
        irrelevant_study=Study("Hydroxyapatite scaffolds in rabbit calvaria", "rabbits", "animal laboratory", 30, "8 weeks"),
        competitor="Bio-Oss (Geistlich Pharma AG)",
        long_term_claim="stable bone volume for more than 10 years",
        pmcf_risk_endpoint="rate of graft exposure and infection at 6 months",
    ),
]

DEVICE_BY_ID = {d.id: d for d in DEVICES}

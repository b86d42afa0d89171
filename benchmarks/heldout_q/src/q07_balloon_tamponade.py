from common import doc, label

ID = "q07_uterine_balloon_tamponade"
CEP = "Hemostella_CEP_FM-CEP-05.pdf"
CER = "Hemostella_CER_FM-CER-05_rev1.pdf"
PMCF = "Hemostella_PMCF_plan.docx"
IFU_EN = "Hemostella_IFU_EN.docx"
IFU_ES = "Hemostella_IFU_ES.pdf"
IFU_IT = "Hemostella_IFU_IT.pdf"
CEAR = "CEAR_2874_Hemostella.docx"

cep = r"""
# CLINICAL EVALUATION PLAN
Hemostella intrauterine balloon tamponade – FM-CEP-05, version 1, 2024-09-30. Fjordmed ApS, Havnegade 21, 6700 Esbjerg, Denmark.
## 1. Product and classification
Hemostella is single-use silicone balloon catheter with drainage lumen, inserted through vagina and cervix into uterine cavity, and inflated with sterile saline by the supplied 60 ml syringe and stopcock to compress bleeding uterine wall. Kit: catheter HS-24, syringe, stopcock, vaginal pack. Basic UDI-DI 5790033344455HSUBT6.
Classification: class IIb acc. to Annex VIII Rule 12, product administers liquid (saline) into uterine cavity. Consultation procedure acc. to Art. 54(1)(b) is applicable.
## 2. Purpose of the product
Temporary control or reduction of postpartum uterine bleeding when conservative management is indicated.
## 3. Patient group and indications to use
Women after vaginal delivery or caesarean section with postpartum haemorrhage due to uterine atony, not controlled by uterotonic drugs and uterine massage.
## 4. Contraindications to use
a) arterial bleeding requiring surgical exploration or angiographic embolisation;
b) suspected uterine rupture;
c) retained placental tissue;
d) cervical cancer;
e) purulent infection of vagina, cervix or uterus;
f) uterine anomaly distorting the uterine cavity.
## 5. Clinical benefits and parameters
- success of tamponade: bleeding controlled without further surgical or radiological intervention;
- avoidance of hysterectomy;
- blood loss after insertion and need for transfusion.
## 6. Acceptance criteria
Success rate min. 80 % (systematic review of state of the art: 85,9 %). Rate of uterine perforation or rupture caused by product: max. 0,5 %. Endometritis: max. 5 %.
## 7. Data sources
Literature search, own prospective observational study HS-OBS-01, PMS data.
"""

cer = r"""
# CLINICAL EVALUATION REPORT – Hemostella
FM-CER-05, revision 1, 2025-03-12. Acc. to CEP FM-CEP-05 version 1.
## 1. Device description
Silicone balloon catheter (24 Fr shaft, 54 cm length) with drainage lumen for blood from uterine cavity above the balloon. The balloon is inflated with max. 800 ml of sterile saline. Max. time in place is 24 hours.
## 2. Classification and Art. 54
The product is class IIb acc. to Rule 12, because it administers saline into the body. The clinical evaluation consultation procedure acc. to Art. 54(1)(b) applies to the product.
## 3. Intended purpose
Temporary control or reduction of postpartum uterine bleeding from uterine atony in women after vaginal delivery or caesarean section, when uterotonic drugs and massage are not effective.
Place of use: hospital delivery ward and operating theatre, with possibility of immediate surgical intervention.
Users: obstetricians and trained midwives under supervision of obstetrician.
## 4. State of the art
Postpartum haemorrhage (PPH) is leading cause of maternal death worldwide. WHO recommends uterotonics (oxytocin), tranexamic acid, uterine massage, and uterine balloon tamponade for refractory atony when surgery is not immediately available. In the systematic review of Suarez et al. (2020), overall success of balloon tamponade was 85,9 % (91 studies, 4 729 women).
## 5. Literature search
Databases PubMed, Embase and Cochrane. Literature search dates: XX.XX.2024 – XX.XX.2024. Search terms: postpartum haemorrhage AND (balloon OR tamponade).
## 6. Clinical data
| Source | Design | Women | Result |
| HS-OBS-01 | prospective observational, 4 hospitals DK/DE | 120 | success 86,7 %; hysterectomy 5,0 %; median blood loss after insertion 350 ml; transfusion 38 %; endometritis 2,5 %; no perforation |
| Suarez 2020 [1] | systematic review and meta-analysis | 4 729 | success 85,9 % |
| Kong 2013 [2] | review | – | success similar for different balloon types |
## 7. Acceptance criteria
Success rate 86,7 % (criterion min. 80 %); perforation 0 % (max. 0,5 %); endometritis 2,5 % (max. 5 %). Criteria are met.
## 8. Side effects and residual risk
Failure of tamponade with need for surgery or embolisation, endometritis, vaginal or cervical laceration at insertion, balloon expulsion, uterine perforation, masking of ongoing bleeding when drainage lumen is blocked.
## 9. Conclusion
Benefit-risk is favourable in women with atonic PPH refractory to uterotonic drugs.
## 10. References
[1] Suarez S, Conde-Agudelo A, Borovac-Pinheiro A, et al. Uterine balloon tamponade for the treatment of postpartum hemorrhage: a systematic review and meta-analysis. Am J Obstet Gynecol 2020;222:293.e1–293.e52.
[2] Kong MC, To WW. Balloon tamponade for postpartum haemorrhage: case series and literature review. Hong Kong Med J 2013;19:484–490.
[3] WHO recommendations for the prevention and treatment of postpartum haemorrhage. Geneva, 2012.
"""

pmcf = r"""
# Post-Market Clinical Follow-up Plan – Hemostella
FM-PMCF-05, version 1, 2025-03-20. References: CER FM-CER-05 revision 1, RMF FM-RMF-05 revision 2.
## Objectives
1. confirm success rate of tamponade in routine use (primary);
2. estimate rates of endometritis, laceration and balloon expulsion (residual risks of CER);
3. evaluate use after caesarean section separately (only 31 women in HS-OBS-01).
## Method
Prospective multicentre registry HS-REG. Data collected from delivery ward records at insertion, removal and discharge, and at 6 weeks postpartum visit.
Number of participating centres: [to be completed by clinical affairs]
## Sample size
300 women. For expected success of 86 %, 95 % CI ±3,9 %; caesarean subgroup of min. 90 women allows estimate with ±7,2 %.
## Population and setting
Women with atonic PPH treated in hospital delivery wards.
## Timeline
Q3 2025 start; Q2 2027 end of inclusion; yearly interim report; final report Q4 2027.
"""

ifu_en = r"""
# Hemostella – Intrauterine balloon tamponade – Instructions for use
HS-IFU-EN, version 2.0, 2025-02. Fjordmed ApS, Havnegade 21, 6700 Esbjerg, Denmark. Single use. Sterile EO.
## Purpose of the product
Temporary control or reduction of postpartum uterine bleeding when conservative management is indicated.
## Indications to use
Postpartum haemorrhage due to uterine atony after vaginal delivery or caesarean section, not controlled by uterotonic drugs and uterine massage.
## Contraindications to use
- arterial bleeding needing surgical exploration or embolisation
- suspected uterine rupture
- retained placental tissue
- cervical cancer
- purulent infection of vagina, cervix or uterus
- uterine anomaly distorting the uterine cavity
## Users and place of use
Obstetricians, and midwives trained in the use of the product. Hospital delivery ward and operating theatre.
The product can be used also by midwives at home births and by emergency teams in ambulance before transport to hospital.
## Warnings
- Do not exceed the maximum filling volume.
- Keep drainage lumen open and observe drained blood; increasing drainage means tamponade failure.
- Do not leave the balloon in place longer than 24 hours. Give antibiotic prophylaxis.
- Monitor vital signs, uterine fundus height and urine output continuously.
## Side effects and residual risk
Tamponade failure, endometritis, laceration of vagina or cervix at insertion, expulsion of the balloon, uterine perforation, masked bleeding when drainage lumen is blocked.
## Technical data
| Parameter | Value |
| Material | Silicone, latex-free |
| Shaft | 24 Fr, 54 cm |
| Maximum filling volume | 500 ml sterile saline |
| Syringe | 60 ml with stopcock |
| Max. dwell time | 24 h |
"""

ifu_es = r"""
# Hemostella – Balón de taponamiento intrauterino – Instrucciones de uso
HS-IFU-ES, versión 2.0, 2025-02. Fjordmed ApS, Havnegade 21, 6700 Esbjerg, Dinamarca. Un solo uso. Estéril OE.
## Finalidad prevista
Control o reducción temporal del sangrado uterino posparto cuando está indicado un tratamiento conservador.
## Indicaciones
Hemorragia posparto por atonía uterina tras parto vaginal o cesárea, no controlada con fármacos uterotónicos y masaje uterino.
## Contraindicaciones
- sangrado arterial que requiere exploración quirúrgica o embolización
- sospecha de rotura uterina
- restos placentarios retenidos
- cáncer de cuello uterino
- infección purulenta de vagina, cuello uterino o útero
- anomalía uterina que deforma la cavidad uterina
## Usuarios y lugar de uso
Obstetras y matronas formadas en el uso del producto. Sala de partos y quirófano del hospital.
El producto puede utilizarse también por matronas en partos domiciliarios y por equipos de emergencia en ambulancia antes del traslado al hospital.
## Advertencias
- No superar el volumen máximo de llenado.
- Mantener abierta la luz de drenaje y observar la sangre drenada; un drenaje creciente indica fallo del taponamiento.
- No dejar el balón colocado más de 24 horas. Administrar profilaxis antibiótica.
- Vigilar de forma continua las constantes vitales, la altura del fondo uterino y la diuresis.
## Efectos secundarios y riesgos residuales
Fallo del taponamiento, endometritis, desgarro de vagina o cuello uterino al insertar, expulsión del balón, perforación uterina, sangrado enmascarado si la luz de drenaje está obstruida.
## Datos técnicos
| Parámetro | Valor |
| Material | Silicona, sin látex |
| Vástago | 24 Fr, 54 cm |
| Volumen máximo de llenado | 500 ml de solución salina estéril |
| Jeringa | 60 ml con llave de paso |
| Tiempo máximo de permanencia | 24 h |
"""

ifu_it = r"""
# Hemostella – Palloncino per tamponamento intrauterino – Istruzioni per l'uso
HS-IFU-IT, versione 2.0, 2025-02. Fjordmed ApS, Havnegade 21, 6700 Esbjerg, Danimarca. Monouso. Sterile EO.
## Destinazione d'uso
Controllo o riduzione temporanea del sanguinamento uterino post-partum quando è indicata una gestione conservativa.
## Indicazioni
Emorragia post-partum da atonia uterina dopo parto vaginale o taglio cesareo, non controllata con farmaci uterotonici e massaggio uterino.
## Controindicazioni
- sanguinamento arterioso che richiede esplorazione chirurgica o embolizzazione
- sospetta rottura d'utero
- ritenzione di tessuto placentare
- carcinoma della cervice
- infezione purulenta di vagina, cervice o utero
- anomalia uterina che deforma la cavità uterina
## Utilizzatori e luogo di utilizzo
Ostetrici-ginecologi e ostetriche formate all'uso del prodotto. Sala parto e sala operatoria dell'ospedale.
Il prodotto può essere utilizzato anche dalle ostetriche nei parti a domicilio e dalle squadre di emergenza in ambulanza prima del trasferimento in ospedale.
## Avvertenze
- Non superare il volume massimo di riempimento.
- Mantenere aperto il lume di drenaggio e osservare il sangue drenato; un drenaggio crescente indica il fallimento del tamponamento.
- Non lasciare il palloncino in sede per più di 24 ore. Somministrare profilassi antibiotica.
- Monitorare continuamente i parametri vitali, l'altezza del fondo uterino e la diuresi.
## Effetti collaterali e rischi residui
Fallimento del tamponamento, endometrite, lacerazione di vagina o cervice all'inserimento, espulsione del palloncino, perforazione uterina, sanguinamento mascherato se il lume di drenaggio è ostruito.
## Dati tecnici
| Parametro | Valore |
| Materiale | Silicone, senza lattice |
| Stelo | 24 Fr, 54 cm |
| Volume massimo di riempimento | 500 ml di soluzione salina sterile |
| Siringa | 60 ml con rubinetto |
| Tempo massimo di permanenza | 24 h |
"""

cear = r"""
# Clinical Evaluation Assessment Report – Hemostella
Notified Body BEEM, n° 2874, Paris. Reference CEAR-2874-25-0120, version 1, 22.05.2025.
## A. Administrative particulars
Device: Hemostella intrauterine balloon tamponade, catheter HS-24 with accessories; manufacturer Fjordmed ApS, Denmark; Basic UDI-DI 5790033344455HSUBT6. Initial certification. Documents: CEP FM-CEP-05 v1; CER FM-CER-05 rev. 1; PMCF plan FM-PMCF-05 v1; IFU in English, Spanish and Italian, version 2.0.
## C. Classification
The device is a non-active device, invasive through a body orifice, intended for short-term use (maximum 24 hours). The Notified Body considers that Rule 5 applies and that the device is class IIa. Rule 12 concerns active devices only and is not applicable; the saline fills a closed balloon and is not administered to the body.
Non-conformity n°1: the classification and the Article 54 statement in the CEP and CER are to be corrected. Open.
## C. Intended purpose
Temporary control or reduction of postpartum uterine bleeding due to uterine atony after vaginal delivery or caesarean section, not controlled by uterotonics and massage, in hospital delivery wards and operating theatres.
## D. Clinical data
Study HS-OBS-01 (120 women) and the systematic review of Suarez et al. 2020 support the performance. Observation n°2: the CER should describe the search period. Open.
## F. PMCF
Registry HS-REG with 300 women; the sample size rationale is accepted.
## I. Article 54
The device being class IIa, the clinical evaluation consultation procedure is not applicable.
## Conclusion
In the frame of the initial assessment, the Notified Body considers that the clinical evidence is adequate, subject to closure of non-conformity n°1 and observation n°2.
"""

DOSSIER = {
    "id": ID,
    "device": "Hemostella intrauterine balloon tamponade for postpartum haemorrhage",
    "device_class": "IIa",
    "docs": {
        CEP: doc("CEP", "en", "FM-CEP-05 v1 – Fjordmed ApS", cep),
        CER: doc("CER", "en", "FM-CER-05 rev. 1", cer),
        PMCF: doc("PMCF-plan", "en", "FM-PMCF-05 v1", pmcf),
        IFU_EN: doc("IFU", "en", "HS-IFU-EN v2.0", ifu_en),
        IFU_ES: doc("IFU", "es", "HS-IFU-ES v2.0", ifu_es),
        IFU_IT: doc("IFU", "it", "HS-IFU-IT v2.0", ifu_it),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0120", cear),
    },
    "labels": [
        label("rule12_cecp_claimed_for_passive_balloon", "scope", [CEP, CER, CEAR],
              ["Classification: class IIb acc. to Annex VIII Rule 12, product administers liquid (saline) into uterine cavity.",
               "Consultation procedure acc. to Art. 54(1)(b) is applicable.",
               "The product is class IIb acc. to Rule 12, because it administers saline into the body.",
               "The Notified Body considers that Rule 5 applies and that the device is class IIa."],
              "The manufacturer classifies a passive, syringe-filled balloon catheter as class IIb under Rule 12 and declares the CECP applicable under Art. 54(1)(b); Rule 12 and Art. 54(1)(b) concern active devices. The CEAR classifies it IIa under Rule 5 with no CECP, so the dossier contradicts itself on class and scope."),
        label("max_fill_volume_differs", "specification", [CER, IFU_EN, IFU_ES, IFU_IT],
              ["The balloon is inflated with max. 800 ml of sterile saline.",
               "500 ml sterile saline",
               "500 ml de solución salina estéril",
               "500 ml di soluzione salina sterile"],
              "Maximum balloon filling volume is 800 ml in the CER but 500 ml in all IFU language versions."),
        label("home_birth_and_ambulance_use", "care-setting", [IFU_EN, IFU_ES, IFU_IT, CER],
              ["The product can be used also by midwives at home births and by emergency teams in ambulance before transport to hospital.",
               "El producto puede utilizarse también por matronas en partos domiciliarios y por equipos de emergencia en ambulancia antes del traslado al hospital.",
               "Il prodotto può essere utilizzato anche dalle ostetriche nei parti a domicilio e dalle squadre di emergenza in ambulanza",
               "Place of use: hospital delivery ward and operating theatre, with possibility of immediate surgical intervention."],
              "The IFUs extend use to home births and pre-hospital ambulance care, while the CER (and CEAR, PMCF) limit use to hospital delivery wards and theatres with immediate surgical back-up; no clinical data cover the out-of-hospital setting.",
              accept=["intended-use"]),
        label("unfilled_placeholders", "template", [CER, PMCF],
              ["Literature search dates: XX.XX.2024 – XX.XX.2024.",
               "Number of participating centres: [to be completed by clinical affairs]"],
              "Template placeholders left unfilled: the literature search period in the CER and the number of PMCF centres in the PMCF plan.",
              accept=["documentation"]),
    ],
}

from common import doc, label

ID = "q08_transvaginal_mesh"
CEP = "PelviForm_CEP_VU-CEP-12.docx"
CER = "PelviForm_CER_VU-CER-12_v2.pdf"
PMCF = "PelviForm_PMCF_VU-PMCF-12.pdf"
IFU_EN = "PelviForm_IFU_EN.pdf"
IFU_FR = "PelviForm_Notice_FR.docx"
IFU_ES = "PelviForm_IFU_ES.pdf"
SSCP = "PelviForm_SSCP_VU-SSCP-12.pdf"
CEAR = "CEAR_BEEM_PelviForm.docx"

SE_EN = [
    "mesh exposure into the vagina",
    "pain during intercourse (dyspareunia)",
    "pelvic, groin or buttock pain",
    "urinary retention and voiding difficulty",
    "new stress urinary incontinence",
    "infection and haematoma",
    "injury of bladder, urethra or rectum",
    "mesh contraction",
    "recurrence of prolapse",
    "reoperation, including partial or complete mesh removal",
]

cep = r"""
# Clinical Evaluation Plan – PelviForm TV mesh kit
VU-CEP-12, version 2, 12.11.2024. Vestby Uro A/S, Hadsundvej 40, 9000 Aalborg, Denmark.
## 1. Product and classification
PelviForm TV is kit for transvaginal repair of pelvic organ prolapse: macroporous monofilament polypropylene mesh (19 g/m²) with central body and 4 arms, 2 sacrospinous anchors and reusable-free single-use introducer. Basic UDI-DI 5790044455566PFTVMK. Class III, Annex VIII Rule 8 (surgical mesh, implantable). Art. 54(1)(a) consultation procedure applies.
## 2. Purpose of the product
Reinforcement of the vaginal wall in transvaginal surgical repair of anterior and/or apical pelvic organ prolapse.
## 3. Patient group
Adult women (18 y.o. and older) with symptomatic anterior and/or apical prolapse POP-Q stage III or IV, recurrent after previous native tissue repair, or with high risk of recurrence, who have completed childbearing.
## 4. Contraindications to use
a) pregnancy or wish for future pregnancy;
b) active infection of the vagina or urinary tract;
c) previous pelvic radiotherapy;
d) known hypersensitivity to polypropylene;
e) chronic pelvic pain or dyspareunia before surgery;
f) immunosuppression or poorly controlled diabetes (HbA1c above 8 %).
## 5. Benefits and outcome parameters
- anatomical success: leading edge of treated compartment at −1 cm or above (POP-Q Ba and C ≤ −1) at 12 and 24 mo.;
- subjective success: no vaginal bulge symptoms (PFDI-20 question 3) at 12 and 24 mo.;
- no reoperation for prolapse.
## 6. Safety and acceptance criteria
- composite success at 24 mo.: min. 75 %;
- mesh exposure at 24 mo.: max. 8 % (PROSPECT trial: 12 % for mesh arms);
- de novo dyspareunia: max. 10 %;
- reoperation for mesh complication: max. 5 %.
## 7. Data
Own prospective study PF-01 (150 women, 24 mo.), literature on transvaginal mesh and native tissue repair, PMS data of PelviForm since 2019 (sold outside EU). No equivalence.
"""

cer = r"""
# Clinical Evaluation Report – PelviForm TV mesh kit
VU-CER-12, version 2, 2025-03-28. Acc. to CEP VU-CEP-12 version 2.
## 1. Product
Macroporous monofilament polypropylene mesh (weight 19 g/m², pore size 2,4 mm), central body with 4 arms, fixed apically by 2 sacrospinous anchors. Transvaginal implantation under general or regional anaesthesia. Class III (Rule 8); consultation procedure acc. to Art. 54(1)(a).
## 2. Intended purpose and population
Reinforcement of the vaginal wall in transvaginal repair of anterior and/or apical pelvic organ prolapse, in adult women with symptomatic POP-Q stage III–IV prolapse, recurrent after native tissue repair or with high risk of recurrence, who completed childbearing. Posterior compartment repair is not an indication; no data are available for it.
## 3. State of the art
Native tissue repair is first-line surgical treatment. The PROSPECT trials (Glazener 2017) showed no better outcome of transvaginal mesh compared to native tissue repair for primary prolapse, with mesh exposure of 12 % at 2 years. Several authorities restricted transvaginal mesh to recurrent prolapse in specialised centres with registry follow-up. Abdominal or laparoscopic sacrocolpopexy is standard for apical recurrence.
## 4. Clinical data
| Source | Population / product | N | Follow-up | Results |
| PF-01 | PelviForm, recurrent anterior/apical POP | 150 | 24 mo. | anatomical success 84,7 %; no bulge symptoms 88,0 %; reoperation for prolapse 3,3 %; composite success 81,3 %; exposure 4,7 %; de novo dyspareunia 6,0 %; reoperation for mesh 2,7 % |
| Glazener 2017 [1] | transvaginal mesh vs native tissue (various meshes) | 1 352 | 24 mo. | no benefit of mesh in primary repair |
| Nygaard 2013 [2] | abdominal sacrocolpopexy (CARE trial extension) | 215 | 7 years | long-term anatomical failure up to 27 % |
| VU-PRE-11 | sheep vaginal implantation model | 12 animals | 180 days | good tissue integration, low inflammation |
Long-term durability of PelviForm beyond 24 months is demonstrated by the 7-year data of abdominal sacrocolpopexy (Nygaard 2013) and by good tissue integration in sheep vaginal implantation model VU-PRE-11.
## 5. Acceptance criteria
Composite success 81,3 % (criterion min. 75 %); exposure 4,7 % (max. 8 %); de novo dyspareunia 6,0 % (max. 10 %); reoperation for mesh complication 2,7 % (max. 5 %).
## 6. Residual risks and side effects
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 7. Benefit-risk
For women with recurrent anterior or apical prolapse, the lower recurrence rate balances the mesh-specific risks, provided surgeons are trained and patients are counselled. PMCF registry acc. to VU-PMCF-12.
## 8. References
[1] Glazener CMA, Breeman S, Elders A, et al. Mesh, graft, or standard repair for women having primary transvaginal anterior or posterior compartment prolapse surgery: two parallel-group, multicentre, randomised, controlled trials (PROSPECT). Lancet 2017;389:381–392.
[2] Nygaard I, Brubaker L, Zyczynski HM, et al. Long-term outcomes following abdominal sacrocolpopexy for pelvic organ prolapse. JAMA 2013;309:2016–2024.
[3] Vestby Uro. Preclinical report VU-PRE-11, ovine vaginal implantation, 2018.
[4] Vestby Uro. Clinical investigation report PF-01, 24 months, 2024-06-30.
"""

pmcf = r"""
# PMCF plan – PelviForm TV mesh kit
VU-PMCF-12, version 1, 2025-04-01. Reference CER VU-CER-12 version 2, RMF VU-RMF-12 version 3.
## 1. Objectives
a) long-term (5 years) anatomical and subjective success, since own data cover only 24 mo.;
b) cumulative incidence of mesh exposure, chronic pain, dyspareunia and mesh removal up to 5 years;
c) identify off-label use, especially posterior compartment repair.
## 2. Design
Prospective multicentre registry PF-REG in min. 10 urogynaecology centres in EU (national registries in DK and NL linked). Visits 6 weeks, 12, 24, 36 and 60 mo. with POP-Q, PFDI-20, PISQ-IR, pain score.
## 3. Sample size
400 women: mesh removal rate of 3 % at 5 years can be estimated with 95 % CI ±1,7 %; chronic pain 5 % with ±2,1 %. Loss to follow-up of 25 % at 5 years is accounted for (enrolment of 530).
## 4. Population
Adult women with recurrent or high-risk anterior and/or apical POP-Q stage III–IV, operated in hospital urogynaecology departments.
## 5. Timeline
Start Q3 2025; enrolment until Q4 2027; yearly interim reports with PSUR and SSCP update; final report 2033.
"""

ifu_en = r"""
# PelviForm TV mesh kit – Instructions for Use
IFU VU-PF-EN, revision 5, 2025-03. Vestby Uro A/S, Hadsundvej 40, 9000 Aalborg, Denmark. CE 2874. Sterile EO. Single use.
## Purpose of the product
Reinforcement of the vaginal wall in transvaginal surgical repair of pelvic organ prolapse.
## Indications to use
Symptomatic pelvic organ prolapse POP-Q stage III–IV of anterior, apical or posterior compartment (cystocele, uterine or vault prolapse, rectocele), recurrent after native tissue repair or with high risk of recurrence, in adult women who completed childbearing.
## Contraindications to use
- pregnancy or wish for future pregnancy
- active infection of vagina or urinary tract
- previous pelvic radiotherapy
- hypersensitivity to polypropylene
- chronic pelvic pain or dyspareunia before surgery
- immunosuppression, poorly controlled diabetes
## Declared clinical benefits
PelviForm restores normal pelvic anatomy permanently; mesh exposure does not occur with the ultra-light knit.
## Users
Gynaecological surgeons with experience in pelvic floor reconstructive surgery and training by the manufacturer, in hospital operating room.
## Warnings
- Inform the patient about risks of mesh surgery and alternatives before operation.
- Do not trim the mesh arms shorter than 3 cm.
- Place the mesh tension-free; avoid full-thickness vaginal incisions.
## Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## Technical data
| Parameter | Value |
| Material | monofilament polypropylene |
| Weight | 19 g/m² |
| Pore size | 2.4 mm |
| Central body | 9 × 6 cm |
| Arms | 4 pcs., 1 cm wide |
| Anchors | 2 pcs., sacrospinous |
"""

ifu_fr = r"""
# Kit de treillis PelviForm TV – Notice d'utilisation
Notice VU-PF-FR, révision 5, 2025-03. Vestby Uro A/S, Hadsundvej 40, 9000 Aalborg, Danemark. CE 2874. Stérile OE. Usage unique.
## Destination
Renforcement de la paroi vaginale lors de la cure chirurgicale par voie vaginale du prolapsus des organes pelviens.
## Indications
Prolapsus des organes pelviens symptomatique de stade POP-Q III–IV du compartiment antérieur, apical ou postérieur (cystocèle, prolapsus utérin ou du fond vaginal, rectocèle), récidivant après une réparation par tissus natifs ou à haut risque de récidive, chez des femmes adultes n'ayant plus de projet de grossesse.
## Contre-indications
- grossesse en cours au moment de l'intervention
- infection active du vagin ou des voies urinaires
- radiothérapie pelvienne antérieure
- hypersensibilité au polypropylène
- douleur pelvienne chronique ou dyspareunie avant la chirurgie
- immunosuppression, diabète mal équilibré
## Bénéfices cliniques
PelviForm rétablit durablement une anatomie pelvienne normale ; l'exposition du treillis ne survient pas grâce au tricot ultra-léger.
## Utilisateurs
Chirurgiens gynécologues expérimentés en chirurgie reconstructrice du plancher pelvien et formés par le fabricant, au bloc opératoire.
## Mises en garde
- Informer la patiente des risques de la chirurgie prothétique et des alternatives avant l'opération.
- Ne pas raccourcir les bras du treillis à moins de 3 cm.
- Placer le treillis sans tension ; éviter les incisions vaginales de pleine épaisseur.
## Effets indésirables et risques résiduels
- exposition du treillis dans le vagin
- douleur lors des rapports sexuels (dyspareunie)
- douleur pelvienne, inguinale ou fessière
- rétention urinaire et difficulté mictionnelle
- incontinence urinaire d'effort de novo
- infection et hématome
- lésion de la vessie, de l'urètre ou du rectum
- rétraction du treillis
- récidive du prolapsus
- réintervention, y compris retrait partiel ou complet du treillis
## Caractéristiques techniques
| Paramètre | Valeur |
| Matériau | polypropylène monofilament |
| Grammage | 19 g/m² |
| Taille des pores | 2,4 mm |
| Corps central | 9 × 6 cm |
| Bras | 4, largeur 1 cm |
| Ancres | 2, sacro-épineuses |
"""

ifu_es = r"""
# Kit de malla PelviForm TV – Instrucciones de uso
IFU VU-PF-ES, revisión 5, 2025-03. Vestby Uro A/S, Hadsundvej 40, 9000 Aalborg, Dinamarca. CE 2874. Estéril OE. Un solo uso.
## Finalidad prevista
Refuerzo de la pared vaginal en la reparación quirúrgica transvaginal del prolapso de órganos pélvicos.
## Indicaciones
Prolapso de órganos pélvicos sintomático en estadio POP-Q III–IV del compartimento anterior, apical o posterior (cistocele, prolapso uterino o de cúpula, rectocele), recidivante tras reparación con tejido nativo o con alto riesgo de recidiva, en mujeres adultas que han completado su deseo genésico.
## Contraindicaciones
- embarazo o deseo de embarazo futuro
- infección activa de vagina o vías urinarias
- radioterapia pélvica previa
- hipersensibilidad al polipropileno
- dolor pélvico crónico o dispareunia antes de la cirugía
- inmunosupresión, diabetes mal controlada
## Beneficios clínicos declarados
PelviForm restablece de forma permanente la anatomía pélvica normal; la exposición de la malla no se produce gracias al tejido ultraligero.
## Usuarios
Cirujanos ginecológicos con experiencia en cirugía reconstructiva del suelo pélvico y formación del fabricante, en quirófano.
## Advertencias
- Informar a la paciente sobre los riesgos de la cirugía con malla y las alternativas antes de la operación.
- No recortar los brazos de la malla a menos de 3 cm.
- Colocar la malla sin tensión; evitar incisiones vaginales de espesor completo.
## Efectos secundarios y riesgos residuales
- exposición de la malla en la vagina
- dolor durante las relaciones sexuales (dispareunia)
- dolor pélvico, inguinal o glúteo
- retención urinaria y dificultad miccional
- incontinencia urinaria de esfuerzo de novo
- infección y hematoma
- lesión de vejiga, uretra o recto
- retracción de la malla
- recidiva del prolapso
- reintervención, incluida la retirada parcial o completa de la malla
## Datos técnicos
| Parámetro | Valor |
| Material | polipropileno monofilamento |
| Peso | 19 g/m² |
| Tamaño de poro | 2,4 mm |
| Cuerpo central | 9 × 6 cm |
| Brazos | 4, 1 cm de ancho |
| Anclajes | 2, sacroespinosos |
"""

sscp = r"""
# Summary of Safety and Clinical Performance – PelviForm TV mesh kit
VU-SSCP-12, revision 1, 2025-04-03, for healthcare professionals
## 1. Identification
Trade name: PelviForm TV mesh kit. Manufacturer: Vestby Uro A/S, Aalborg, Denmark, SRN DK-MF-000052290. Basic UDI-DI 5790044455566PFTVMK. Class III, Rule 8. Notified Body BEEM, 2874.
## 2. Intended use
Reinforcement of the vaginal wall in transvaginal repair of anterior and/or apical pelvic organ prolapse. Target population: adult women with symptomatic POP-Q stage III–IV anterior and/or apical prolapse, recurrent after native tissue repair or at high risk of recurrence, who have completed childbearing. Contraindications: pregnancy or wish for future pregnancy; active vaginal or urinary infection; previous pelvic radiotherapy; polypropylene hypersensitivity; pre-existing chronic pelvic pain or dyspareunia; immunosuppression or poorly controlled diabetes.
## 3. Residual risks and undesirable effects (PF-01, 150 women, 24 months, follow-up 92 %)
| Undesirable effect | Rate at 24 months |
| Mesh exposure into the vagina | 4.7 % |
| Pain during intercourse (dyspareunia), de novo | 6.0 % |
| Pelvic, groin or buttock pain | 8.0 % (persistent 2.0 %) |
| Urinary retention and voiding difficulty | 3.3 % |
| New stress urinary incontinence | 10.7 % |
| Infection and haematoma | 2.0 % |
| Injury of bladder, urethra or rectum | 0.7 % |
| Mesh contraction | 1.3 % |
| Recurrence of prolapse | 12.0 % |
| Reoperation, including partial or complete mesh removal | 2.7 % |
## 4. Clinical evidence
PF-01: composite success 81.3 % at 24 months. Data beyond 24 months are collected in the PMCF registry PF-REG (400 women, 5 years).
## 5. Alternatives
Native tissue repair; sacrocolpopexy; pessary.
"""

cear = r"""
# Clinical Evaluation Assessment Report – PelviForm TV mesh kit
BEEM, Notified Body 2874, Paris. CEAR-2874-25-0158, version 1, 06.06.2025.
## Section A
Manufacturer Vestby Uro A/S (SRN DK-MF-000052290). Device PelviForm TV mesh kit, Basic UDI-DI 5790044455566PFTVMK. Initial certification, class III (Rule 8, surgical mesh). Documents: CEP VU-CEP-12 v2; CER VU-CER-12 v2; PMCF plan VU-PMCF-12 v1; SSCP VU-SSCP-12 rev. 1; IFU English, French, Spanish rev. 5.
## Section C – Intended purpose (NB summary)
Transvaginal reinforcement of the vaginal wall in the repair of anterior and/or apical prolapse, POP-Q stage III–IV, recurrent or at high risk of recurrence, in adult women who have completed childbearing.
## Section D – Clinical data
The main data source is PF-01 (150 women, 24 months). The Notified Body notes that the state of the art (PROSPECT) does not show a benefit of mesh for primary repair; the restriction to recurrent prolapse is considered adequate.
Observation n°1: justify the composite success definition. Closed.
## Section F – PMCF
Registry PF-REG of 400 women over 5 years. Acceptable.
## Section I – Article 54
The device is a class III implantable device; the clinical evaluation consultation procedure applies in the frame of Article 54(1)(a). The CEAR and the clinical documentation are transmitted to the expert panel.
## Conclusion
The Notified Body considers that the benefit-risk ratio is acceptable for the intended purpose stated above, subject to the expert panel opinion.
"""

DOSSIER = {
    "id": ID,
    "device": "PelviForm TV transvaginal polypropylene mesh kit for pelvic organ prolapse",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "VU-CEP-12 v2 – Vestby Uro A/S", cep),
        CER: doc("CER", "en", "VU-CER-12 v2", cer),
        PMCF: doc("PMCF-plan", "en", "VU-PMCF-12 v1", pmcf),
        IFU_EN: doc("IFU", "en", "VU-PF-EN rev. 5", ifu_en),
        IFU_FR: doc("IFU", "fr", "VU-PF-FR rév. 5", ifu_fr),
        IFU_ES: doc("IFU", "es", "VU-PF-ES rev. 5", ifu_es),
        SSCP: doc("SSCP", "en", "VU-SSCP-12 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0158", cear),
    },
    "labels": [
        label("permanent_anatomy_no_exposure_claim", "claim", [IFU_EN, IFU_FR, IFU_ES, CER],
              ["PelviForm restores normal pelvic anatomy permanently; mesh exposure does not occur with the ultra-light knit.",
               "PelviForm rétablit durablement une anatomie pelvienne normale ; l'exposition du treillis ne survient pas grâce au tricot ultra-léger.",
               "PelviForm restablece de forma permanente la anatomía pélvica normal; la exposición de la malla no se produce gracias al tejido ultraligero.",
               "composite success 81,3 %; exposure 4,7 %; de novo dyspareunia 6,0 %; reoperation for mesh 2,7 %"],
              "The IFUs claim permanent restoration of normal anatomy and no mesh exposure, while the device's own 24-month data show 4.7 % exposure and 81 % composite success, with no data beyond 24 months.",
              accept=["evidence"]),
        label("durability_from_other_procedure_and_animals", "evidence", [CER],
              ["Long-term durability of PelviForm beyond 24 months is demonstrated by the 7-year data of abdominal sacrocolpopexy (Nygaard 2013)",
               "by good tissue integration in sheep vaginal implantation model VU-PRE-11"],
              "Long-term durability of a transvaginal mesh is argued from an abdominal sacrocolpopexy trial (different procedure, different products) and from a sheep implantation study; neither is clinical data on the device or its indication.",
              accept=["claim"]),
        label("ifus_add_posterior_compartment", "intended-use", [IFU_EN, IFU_FR, IFU_ES, CER],
              ["of anterior, apical or posterior compartment (cystocele, uterine or vault prolapse, rectocele)",
               "du compartiment antérieur, apical ou postérieur (cystocèle, prolapsus utérin ou du fond vaginal, rectocèle)",
               "del compartimento anterior, apical o posterior (cistocele, prolapso uterino o de cúpula, rectocele)",
               "Posterior compartment repair is not an indication; no data are available for it."],
              "All IFU versions include posterior compartment prolapse (rectocele) as an indication, while CEP, CER, SSCP and CEAR restrict use to anterior and/or apical prolapse and the CER states there are no data for posterior repair."),
        label("fr_contraindication_narrowed", "language", [IFU_EN, IFU_FR],
              ["pregnancy or wish for future pregnancy",
               "grossesse en cours au moment de l'intervention"],
              "The French IFU narrows the contraindication to current pregnancy only, dropping 'wish for future pregnancy' present in the English and Spanish versions, CEP and SSCP.",
              accept=["intended-use"]),
    ],
}

from common import doc, label

ID = "q12_occipital_nerve_stimulation"
CEP = "Occivia_CEP_HN-CEP-022.docx"
CER = "Occivia_CER_HN-CER-022_v1.pdf"
PMCF = "Occivia_PMCF_plan.md"
IFU_EN = "Occivia_IFU_EN.pdf"
IFU_FR = "Occivia_Manuel_FR.pdf"
SSCP = "Occivia_SSCP.docx"
CEAR = "CEAR_BEEM_Occivia_2874-25-0204.pdf"

SE_EN = [
    "lead migration with loss of stimulation effect",
    "infection at the lead or generator site",
    "pain at the generator or lead site",
    "lead fracture or skin erosion over the lead",
    "unpleasant or painful paraesthesia, neck muscle twitching",
    "need for surgical revision or explantation",
    "insufficient reduction of headache",
]

cep = r"""
# Clinical Evaluation Plan
Occivia occipital nerve stimulation system – HN-CEP-022, revision 1, 2024-12-02. Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Denmark.
## 1. System
Occivia consists of rechargeable implantable pulse generator OV-IPG3, two percutaneous 8-contact leads OV-L8 (60 cm), extensions, tunnelling tools, patient programmer, charger and clinician programmer with software OV-Prog 2.1. Active implantable medical product, class III acc. to Annex VIII Rule 8. Art. 54(1)(a) consultation procedure applies. Basic UDI-DI 5790001230011OVONS2.
## 2. Purpose of the product
Peripheral stimulation of the greater occipital nerves for prevention of headache in chronic migraine.
## 3. Patient group
Adults, 18 y.o. and older, with chronic migraine acc. to ICHD-3 (15 or more headache days per month, of them 8 or more migraine days), refractory to at least 3 classes of preventive treatment including onabotulinumtoxinA and a CGRP pathway monoclonal antibody, with positive response to occipital nerve block.
## 4. Contraindications to use
a) medication-overuse headache not treated by withdrawal;
b) other active implanted stimulator or cardiac pacemaker/defibrillator;
c) need for MRI other than head MRI at 1,5 T;
d) active infection, immunosuppression;
e) untreated psychiatric disease;
f) inability to operate the patient programmer and charger.
## 5. Clinical benefits and parameters
- responder rate (≥ 50 % reduction of monthly headache days) at 12 mo.;
- change of monthly headache days and MIDAS score at 12 mo.
## 6. Acceptance criteria
<Insert benefit-risk acceptance criteria from SOTA table>
## 7. Data sources
Own clinical investigation OV-CM-01 (60 pcs. patients, 12 mo.), systematic literature review on ONS in chronic migraine, PMS.
"""

cer = r"""
# Clinical Evaluation Report – Occivia occipital nerve stimulation system
HN-CER-022, version 1, 2025-04-09. Plan HN-CEP-022 revision 1.
## 1. Summary
Occivia is active implantable system for bilateral occipital nerve stimulation in refractory chronic migraine. Own study OV-CM-01 (60 patients, 12 months) shows responder rate of 48,3 % and mean reduction of 6,8 monthly headache days; revision surgery was needed in 18,3 % of patients. Benefit-risk is acceptable in the refractory population.
## 2. Device
Rechargeable IPG OV-IPG3 (implanted in upper buttock or infraclavicular), 2 leads OV-L8 placed subcutaneously over the greater occipital nerves, stimulation 2–100 Hz, pulse width 60–500 µs, amplitude 0–10 mA. Class III, Rule 8; consultation procedure acc. to Art. 54(1)(a).
## 3. Intended purpose and population
Occipital nerve stimulation for prevention of headache in adults (18 y.o. and older) with refractory chronic migraine, as defined in CEP point 3. Other headache disorders (cluster headache, occipital neuralgia) are not included in the intended purpose; no clinical data were collected for them.
## 4. State of the art
Chronic migraine affects approx. 1–2 % of population. Preventive drugs (topiramate, amitriptyline, propranolol), onabotulinumtoxinA and CGRP monoclonal antibodies are standard. For patients refractory to these, neuromodulation (non-invasive vagus nerve or external trigeminal stimulation, ONS) is option in specialised centres. Sham-controlled trials of ONS with other systems did not reach primary endpoint (Silberstein 2012) or showed modest effect (Saper 2011); European Headache Federation considers ONS as last resort within clinical studies or registries.
## 5. Clinical data
| Source | Design | N | Follow-up | Results |
| OV-CM-01 | prospective, single arm, 4 centres | 60 | 12 months | responder 48,3 %; −6,8 headache days/month; MIDAS −38 points |
| Silberstein 2012 [1] | RCT, sham, other system | 157 | 12 weeks | primary endpoint not met; −6,1 vs −3,0 days in secondary analysis |
| Saper 2011 [2] | RCT feasibility, other system | 66 | 3 months | responder 39 % vs 6 % |
## 6. Safety
OV-CM-01: lead migration 11,7 %, infection 5,0 % (explantation 3,3 %), pain at generator or lead site 8,3 %, lead fracture or skin erosion 3,3 %, unpleasant paraesthesia or muscle twitching 15,0 %, revision surgery 18,3 %.
## 7. Residual risks and side effects
""" + "\n".join("- " + s for s in SE_EN) + r"""
## 8. Benefit-risk and open questions
Benefit is moderate, for a population without other options. Open questions: durability after 12 months, long-term hardware complications, battery and recharging burden. These are addressed in PMCF.
## 9. References
[1] Silberstein SD, Dodick DW, Saper J, et al. Safety and efficacy of peripheral nerve stimulation of the occipital nerves for the management of chronic migraine: results from a randomized, multicenter, double-blinded, controlled study. Cephalalgia 2012;32:1165–1179.
[2] Saper JR, Dodick DW, Silberstein SD, et al. Occipital nerve stimulation for the treatment of intractable chronic migraine headache: ONSTIM feasibility study. Cephalalgia 2011;31:271–285.
[3] Halsted Neurotech. Clinical investigation report OV-CM-01, 12 months, 2025-01-15.
"""

pmcf = r"""
# PMCF plan – Occivia ONS system
HN-PMCF-022, version 1 – 2025-04-14

Reference: CER HN-CER-022 version 1.

## 1. Objectives
Confirm safety and performance of Occivia in clinical practice; collect user experience.

## 2. Activities
- PMCF study in selected centres (design under discussion with key opinion leaders).
- Review of complaints, vigilance and literature.

## 3. Endpoints
Endpoints will be defined later together with KOLs.

## 4. Sample size
Sample size and statistical methods: to be defined after first year of sales.

## 5. Timeline
Start after CE marking.
"""

ifu_en = r"""
# Occivia occipital nerve stimulation system – Instructions for use (physician manual)
OV-IFU-EN, revision B, 2025-03. Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Denmark. CE 2874.
## Purpose of the product
Stimulation of the greater occipital nerves to prevent headache.
## Indications to use
Adults 18 y.o. and older with refractory chronic migraine, chronic cluster headache or occipital neuralgia, who did not respond to preventive medical treatment.
## Contraindications to use
- untreated medication-overuse headache
- other active implant, cardiac pacemaker or defibrillator
- MRI except head MRI at 1.5 T
- active infection, immunosuppression
- untreated psychiatric disease
- patient not able to use programmer and charger
## Declared clinical benefits
Occivia restores normal quality of life and eliminates the need for migraine medication for the whole lifetime of the implant.
## Users
Neurosurgeons or pain specialists trained by the manufacturer implant the system; headache specialists program it.
## Warnings
- Diathermy is prohibited.
- Switch off stimulation before driving or operating machines if posture changes cause stronger stimulation.
- Recharge the IPG at least once per week.
## Side effects and residual risk
""" + "\n".join("- " + s for s in SE_EN) + r"""
## Technical data
| Parameter | Value |
| Frequency | 2–100 Hz |
| Pulse width | 60–500 µs |
| Amplitude | 0–10 mA |
| Leads | 2 × 8 contacts, 60 cm |
| Battery | rechargeable, 10 years service life |
"""

ifu_fr = r"""
# Système de stimulation du nerf occipital Occivia – Manuel du médecin
OV-IFU-FR, révision B, 2025-03. Halsted Neurotech A/S, Diplomvej 381, 2800 Kongens Lyngby, Danemark. CE 2874.
## Destination
Stimulation des grands nerfs occipitaux pour la prévention des céphalées.
## Indications
Adultes de 18 ans et plus atteints de migraine chronique réfractaire, d'algie vasculaire de la face chronique ou de névralgie occipitale, n'ayant pas répondu au traitement préventif médicamenteux.
## Contre-indications
- céphalée par abus médicamenteux non traitée
- autre implant actif, stimulateur cardiaque ou défibrillateur
- IRM sauf IRM de la tête à 1,5 T
- infection active, immunosuppression
- maladie psychiatrique non traitée
- patient incapable d'utiliser le programmateur et le chargeur
## Bénéfices cliniques
Occivia rétablit une qualité de vie normale et supprime le besoin de médicaments antimigraineux pendant toute la durée de vie de l'implant.
## Utilisateurs
Les neurochirurgiens ou algologues formés par le fabricant implantent le système ; les spécialistes des céphalées le programment.
## Mises en garde
- La diathermie est interdite.
- Arrêter la stimulation avant de conduire ou d'utiliser des machines si les changements de posture provoquent une stimulation plus forte.
- Recharger le générateur au moins une fois par semaine.
## Effets indésirables et risques résiduels
- migration de l'électrode avec perte de l'effet de stimulation
- infection au site de l'électrode ou du générateur
- douleur au site du générateur ou de l'électrode
- rupture de l'électrode ou érosion cutanée au-dessus de l'électrode
- paresthésies désagréables ou douloureuses, contractions des muscles du cou
- nécessité d'une révision chirurgicale ou d'une explantation
- réduction insuffisante des céphalées
## Caractéristiques techniques
| Paramètre | Valeur |
| Fréquence | 2–100 Hz |
| Largeur d'impulsion | 60–500 µs |
| Amplitude | 0–10 mA |
| Électrodes | 2 × 8 contacts, 60 cm |
| Batterie | rechargeable, durée de service 10 ans |
"""

sscp = r"""
# Summary of Safety and Clinical Performance (SSCP) – Occivia ONS system
HN-SSCP-022, revision 1, 2025-04-16
## 1. Device identification
| Item | Content |
| Trade name | Occivia occipital nerve stimulation system |
| Manufacturer | Halsted Neurotech A/S, Kongens Lyngby, Denmark; SRN DK-MF-000031447 |
| Basic UDI-DI | 5790001230011OVONS2 |
| Class | III (active implantable, Rule 8) |
| Year of first CE certificate | [Year of first CE certificate] |
| Notified Body | BEEM, 2874 |
## 2. Intended use
Stimulation of the greater occipital nerves for prevention of headache in adults 18 years and older with refractory chronic migraine (ICHD-3), after failure of at least 3 preventive treatment classes including onabotulinumtoxinA and a CGRP monoclonal antibody. Contraindications: untreated medication-overuse headache; other active implant, pacemaker or defibrillator; MRI other than head MRI at 1.5 T; active infection or immunosuppression; untreated psychiatric disease; inability to use programmer and charger.
## 3. Risks (OV-CM-01, 60 patients, 12 months)
| Undesirable effect | Frequency |
| Lead migration with loss of stimulation effect | 11.7 % |
| Infection at the lead or generator site | 5.0 % |
| Pain at the generator or lead site | 8.3 % |
| Lead fracture or skin erosion over the lead | 3.3 % |
| Unpleasant or painful paraesthesia, neck muscle twitching | 15.0 % |
| Need for surgical revision or explantation | 18.3 % |
| Insufficient reduction of headache | 51.7 % |
## 4. Clinical evidence
OV-CM-01: responder rate 48.3 % at 12 months, mean reduction of 6.8 headache days per month. No equivalence claimed.
## 5. PMCF
PMCF study in selected centres; details in PMCF plan.
"""

cear = r"""
# Clinical Evaluation Assessment Report
BEEM – Notified Body 2874 – Paris. CEAR-2874-25-0204, version 1, 19.06.2025.
## A. Administrative data
Occivia occipital nerve stimulation system (IPG OV-IPG3, leads OV-L8, programmers, charger), Halsted Neurotech A/S (SRN DK-MF-000031447), Basic UDI-DI 5790001230011OVONS2. Initial certification. Documents: CEP HN-CEP-022 rev. 1, CER HN-CER-022 v1, PMCF plan HN-PMCF-022 v1, SSCP HN-SSCP-022 rev. 1, IFU English and French rev. B.
## C. Device and intended purpose
Active implantable device, class III per Rule 8. Intended purpose as summarised by the Notified Body: prevention of headache by occipital nerve stimulation in adults with refractory chronic migraine (ICHD-3), after failure of at least three preventive treatment classes including onabotulinumtoxinA and an anti-CGRP antibody.
## D. Clinical data
Single-arm investigation OV-CM-01 (60 patients, 12 months). The Notified Body notes that sham-controlled trials with other systems were not conclusive.
Observation n°1: the CER should discuss the placebo response in single-arm designs. Closed.
## F. PMCF
The Notified Body notes that the PMCF study design is under discussion.
## I. Article 54
Class III active implantable device, initial certification: the CECP applies in the frame of Article 54(1)(a). The documentation is transmitted to the expert panel.
## Conclusion
The Notified Body considers the benefit-risk ratio acceptable for the refractory population described in section C, subject to the opinion of the expert panel.
"""

DOSSIER = {
    "id": ID,
    "device": "Occivia occipital nerve stimulation system (IPG and leads) for chronic migraine",
    "device_class": "III",
    "docs": {
        CEP: doc("CEP", "en", "HN-CEP-022 rev. 1 – Halsted Neurotech A/S", cep),
        CER: doc("CER", "en", "HN-CER-022 v1", cer),
        PMCF: doc("PMCF-plan", "en", "HN-PMCF-022 v1", pmcf),
        IFU_EN: doc("IFU", "en", "OV-IFU-EN rev. B", ifu_en),
        IFU_FR: doc("IFU", "fr", "OV-IFU-FR rév. B", ifu_fr),
        SSCP: doc("SSCP", "en", "HN-SSCP-022 rev. 1", sscp),
        CEAR: doc("CEAR", "en", "BEEM 2874 – CEAR-2874-25-0204", cear),
    },
    "labels": [
        label("lifetime_cure_claim", "claim", [IFU_EN, IFU_FR, CER],
              ["Occivia restores normal quality of life and eliminates the need for migraine medication for the whole lifetime of the implant.",
               "Occivia rétablit une qualité de vie normale et supprime le besoin de médicaments antimigraineux pendant toute la durée de vie de l'implant.",
               "Own study OV-CM-01 (60 patients, 12 months) shows responder rate of 48,3 % and mean reduction of 6,8 monthly headache days"],
              "The IFU claims restoration of normal quality of life and lifelong freedom from medication; the only own data show a 48 % responder rate at 12 months and the CER lists durability beyond 12 months as an open question.",
              accept=["evidence"]),
        label("ifu_adds_cluster_and_occipital_neuralgia", "intended-use", [IFU_EN, IFU_FR, CER],
              ["Adults 18 y.o. and older with refractory chronic migraine, chronic cluster headache or occipital neuralgia",
               "d'algie vasculaire de la face chronique ou de névralgie occipitale",
               "Other headache disorders (cluster headache, occipital neuralgia) are not included in the intended purpose"],
              "Both IFU versions add chronic cluster headache and occipital neuralgia as indications; CEP, CER, SSCP and CEAR restrict the device to refractory chronic migraine and the CER states no data exist for the other disorders.",
              accept=["evidence"]),
        label("pmcf_to_be_defined", "pmcf", [PMCF],
              ["Sample size and statistical methods: to be defined after first year of sales.",
               "Endpoints will be defined later together with KOLs.",
               "Confirm safety and performance of Occivia in clinical practice; collect user experience."],
              "PMCF plan for a class III active implant has a generic objective, no design, no endpoints, no sample size and no timeline; the CER's open questions (durability, hardware complications, recharging burden) are not addressed."),
        label("unfilled_template_fields", "template", [CEP, SSCP],
              ["<Insert benefit-risk acceptance criteria from SOTA table>",
               "[Year of first CE certificate]"],
              "Template placeholders left in the CEP (acceptance criteria, which are therefore missing) and in the SSCP identification table."),
    ],
}

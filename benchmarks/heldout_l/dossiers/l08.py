from lib.common import Doc, label

ID = "l08"
DEVICE = "Sonicor IVL Coronary Catheter with Sonicor G1 Generator"
DEVICE_CLASS = "III"

MFR = "Acoustix Vascular Inc., 2450 Zanker Road, San Jose, CA 95131, USA"
AR = "Acoustix Vascular GmbH, Theresienhöhe 28, 80339 München, Germany"
NB = "Notified Body 2562, TÜV Westfalen MedCert GmbH"
UDI = "0850071234SONICORC7U"
UDI_WRONG = "0850071234SONICORC2K"
SRN = "US-MF-000027641"

CEP = f"""
# Clinical Evaluation Plan

Sonicor IVL Coronary Catheter | AXV-CEP-010 v1.0 | 06/10/2024

## 1.0 Device

- **Catheter:** rapid-exchange balloon catheter with two lithotripsy emitters, balloon diameters 2.5, 3.0, 3.5 and 4.0 mm, length 12 mm, 0.014 inch guidewire, 6 Fr guide compatible.
- **Generator:** Sonicor G1, delivers pulses at 1 Hz in cycles of 10 pulses.
- **Connector cable:** reusable.

## 2.0 Intended purpose

Lithotripsy-enhanced, low-pressure balloon dilatation of severely calcified, de novo coronary artery stenoses before stent implantation in adults.

## 3.0 Benefits and acceptance criteria

| Outcome | Acceptance criterion | Basis |
| Procedural success (residual stenosis < 50 % after stenting, no in-hospital MACE) | ≥ 90 % | Disrupt CAD III: 92.4 % |
| MACE at 30 days (cardiac death, MI, target vessel revascularization) | ≤ 10 % | Disrupt CAD III: 7.8 % |
| Severe angiographic complications (type D to F dissection, perforation, abrupt closure, no-reflow) at end of procedure | ≤ 3 % | Disrupt CAD III: 0.3 % perforation, 0.3 % type D-F dissection |
| Stent expansion (minimum stent area by OCT, subgroup) | ≥ 5.5 mm² | Published OCT sub-studies |

## 4.0 Safety data to be collected

Dissection, perforation, slow flow or no-reflow, abrupt closure, arrhythmias during pulse delivery (ventricular capture), balloon rupture.

## 5.0 Data sources

SONIC-FIH and SONIC-CAL clinical investigations, literature on coronary IVL and on alternative calcium-modification devices (rotational and orbital atherectomy, cutting and scoring balloons).
"""

CER = f"""
# Clinical Evaluation Report: Sonicor IVL Coronary Catheter

AXV-CER-010 v2.1 | 02/26/2025 | Prepared by K. Rosen, RAC, for Acoustix Vascular Inc.

## 1.0 Summary

- **Device:** Sonicor IVL Coronary Catheter used with the Sonicor G1 generator.
- **Basic UDI-DI:** {UDI}
- **Class:** IIb, Rule 9 (active therapeutic device intended to administer energy to the body).
- **CECP:** not applicable; the device is not implantable and does not administer medicinal products.
- **Conclusion:** benefit-risk favorable for severely calcified de novo coronary lesions.

## 2.0 Device description

Rapid-exchange catheter, balloon diameters 2.5 to 4.0 mm, length 12 mm, two emitters. The G1 generator delivers pulses at 1 Hz in cycles of 10 pulses, up to a maximum of 80 pulses per catheter (8 cycles of 10 pulses). The balloon is inflated to 4 atm during pulse delivery and to 6 atm after each cycle. Rated burst pressure: 10 atm.

## 3.0 Intended purpose

Lithotripsy-enhanced, low-pressure balloon dilatation of severely calcified, de novo coronary artery stenoses prior to stenting in adults.

## 4.0 State of the art

- Calcified lesions make up 20 to 30 % of PCI cases and raise the risk of stent underexpansion and stent failure.
- Rotational and orbital atherectomy modify calcium but carry higher perforation and slow-flow rates.
- Coronary IVL (Disrupt CAD III, Hill et al. 2020) achieved 92.4 % procedural success and 7.8 % 30-day MACE in 384 patients.

## 5.0 Clinical data

| Study | Design | N | Follow-up | Results |
| SONIC-FIH | Single arm, 2 sites (Israel) | 40 | 6 months | Procedural success 95.0 %; 30-day MACE 5.0 % |
| SONIC-CAL (NCT05811920) | Single arm, pivotal, 21 sites (EU, Israel) | 220 | 30 days (primary); 12 months ongoing | Procedural success 93.6 %; 30-day MACE 7.3 % |
| ^ | OCT subgroup | 48 | index | Minimum stent area 6.1 mm² |

- Procedural success met the CEP criterion (93.6 % vs ≥ 90 %).
- 30-day MACE met the CEP criterion (7.3 % vs ≤ 10 %).
- Stent expansion met the CEP criterion (6.1 mm² vs ≥ 5.5 mm²).
- Ventricular capture beats were seen during pulse delivery in 38 % of patients, without sustained arrhythmia.

## 6.0 Residual risks

Coronary dissection, perforation, abrupt closure, slow flow or no-reflow, ventricular capture or arrhythmia, balloon rupture, vascular access complications, myocardial infarction, death.

## 7.0 Benefit-risk

The Sonicor catheter prepares calcified lesions for stenting with success and MACE rates in line with the state of the art. Benefit-risk is favorable.

## 8.0 PMCF

AXV-PMCF-010 v1.1: SONIC-REG registry, 600 patients.

## References

1. Hill JM, et al. Intravascular lithotripsy for treatment of severely calcified coronary artery disease (Disrupt CAD III). J Am Coll Cardiol. 2020;76:2635-2646.
2. Acoustix Vascular. SONIC-FIH clinical investigation report, 2022.
3. Acoustix Vascular. SONIC-CAL 30-day clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: Sonicor IVL Coronary Catheter

AXV-PMCF-010 v1.1, 02/10/2025

## A. Manufacturer

{MFR}. SRN {SRN}. EU authorized representative: {AR}.

## B. Device

Sonicor IVL Coronary Catheter and Sonicor G1 generator, Basic UDI-DI {UDI}. Intended for lithotripsy-enhanced balloon dilatation of severely calcified de novo coronary stenoses before stenting in adults.

## C. Objectives

- Confirm 12-month target lesion failure in routine use.
- Estimate rates of perforation and severe dissection in an all-comers population.
- Follow stent expansion in an OCT subgroup.

## D. Method

SONIC-REG: prospective, multicenter registry in 30 European centers.

- **Sample size:** 600 patients. A target lesion failure rate of 8 % at 12 months can be estimated within ± 2.2 % (95 % CI); a perforation rate of 0.5 % has an upper 95 % confidence limit of about 1.5 %.
- **Endpoints:** procedural success, 30-day MACE, 12-month target lesion failure, perforation, dissection type D to F.
- **Follow-up:** discharge, 30 days, 12 months.

## E. Timeline

First patient Q2 2025; last patient Q4 2026; final report Q1 2028. Yearly PMCF evaluation reports and SSCP updates.
"""

IFU_EN = f"""
# Sonicor IVL Coronary Catheter: Instructions for Use

IFU-SNC-EN rev. B. Sterile. Single use. Rx only.

## What is the Sonicor catheter?

A rapid-exchange balloon catheter with two lithotripsy emitters. Connected to the Sonicor G1 generator, it sends acoustic pressure pulses through the balloon into the vessel wall to crack calcium before a stent is placed.

## What is it for?

Lithotripsy-enhanced, low-pressure balloon dilatation of severely calcified, de novo coronary artery stenoses before stenting, in adults.

## When should it not be used?

- Lesions that cannot be crossed with a 0.014 inch guidewire.
- In-stent restenosis.
- Use in the carotid or cerebral vessels.
- As a stent delivery device.

## Warnings

> CAUTION: Do not inflate the balloon above 10 atm (rated burst pressure).

- Pulses can cause ventricular capture beats. Use ECG monitoring.
- Do not deliver pulses with the balloon unexpanded or in contact with a stent.

## Procedure

1. Prepare the balloon with 50:50 contrast and saline.
2. Position the balloon across the lesion and inflate to 4 atm.
3. Deliver one cycle of 10 pulses, then inflate to 6 atm, deflate and let the vessel perfuse.
4. Repeat cycles as needed, moving the balloon if the lesion is longer than 12 mm.
5. Post-dilate as needed and place the stent.

## Technical data

| Item | Specification |
| Balloon diameters | 2.5, 3.0, 3.5, 4.0 mm |
| Balloon length | 12 mm |
| Pulse frequency | 1 pulse per second, 10 pulses per cycle |
| Pulses per catheter | Maximum 120 pulses per catheter (12 cycles of 10 pulses) |
| Rated burst pressure | 10 atm |
| Guide catheter | 6 Fr (minimum inner diameter 0.070 inch / 1.78 mm) |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}.
"""

IFU_DE = f"""
# Sonicor IVL-Koronarkatheter: Gebrauchsanweisung

IFU-SNC-DE Rev. B. Steril. Zum Einmalgebrauch.

## Zweckbestimmung

Lithotripsie-unterstützte Niederdruck-Ballondilatation von stark verkalkten De-novo-Koronarstenosen vor der Stentimplantation bei Erwachsenen.

## Kontraindikationen

- Läsionen, die mit einem 0,014-Zoll-Führungsdraht nicht passierbar sind.
- In-Stent-Restenose.
- Anwendung in Karotis- oder Hirngefäßen.
- Verwendung als Stentfreisetzungssystem.

## Warnhinweise

> VORSICHT: Den Ballon nicht über 10 atm (Nennberstdruck) füllen.

- Impulse können ventrikuläre Extrasystolen (Capture) auslösen. EKG überwachen.
- Keine Impulse abgeben, wenn der Ballon nicht entfaltet ist oder einen Stent berührt.

## Technische Daten

| Merkmal | Spezifikation |
| Ballondurchmesser | 2,5; 3,0; 3,5; 4,0 mm |
| Ballonlänge | 12 mm |
| Impulsfrequenz | 1 Impuls pro Sekunde, 10 Impulse pro Zyklus |
| Impulse pro Katheter | Maximal 120 Impulse pro Katheter (12 Zyklen zu je 10 Impulsen) |
| Nennberstdruck | 10 atm |

Hersteller: {MFR}. EU-Bevollmächtigter: {AR}. Basis-UDI-DI {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance: Sonicor IVL Coronary Catheter

AXV-SSCP-010 rev. 1. For healthcare professionals.

## 1. Identification

- **Trade name:** Sonicor IVL Coronary Catheter (with Sonicor G1 Generator)
- **Manufacturer:** Acoustix Vascular Inc., San Jose, USA; SRN {SRN}
- **Basic UDI-DI:** {UDI}
- **Class:** III
- **Notified Body:** {NB}

## 2. Intended purpose

Lithotripsy-enhanced, low-pressure balloon dilatation of severely calcified, de novo coronary stenoses before stenting in adults. Not for in-stent restenosis, carotid or cerebral vessels, or stent delivery.

## 3. Residual risks and undesirable effects

From SONIC-CAL (220 patients, prospective, 30 days): MACE 7.3 %; ventricular capture during pulse delivery in 38 % (no sustained arrhythmia). Other possible effects: dissection, perforation, abrupt closure, slow flow or no-reflow, balloon rupture, access-site complications, myocardial infarction and death.

## 4. Clinical evidence

SONIC-FIH (40 patients) and SONIC-CAL (220 patients): procedural success 93.6 %; minimum stent area 6.1 mm² in the OCT subgroup. Twelve-month data are being collected.

## 5. PMCF

SONIC-REG registry, 600 patients, 12-month follow-up.

## 6. Alternatives

Non-compliant, cutting or scoring balloons; rotational, orbital or laser atherectomy; coronary bypass surgery.
"""

CEAR = f"""
# CEAR: Sonicor IVL Coronary Catheter

{NB}. Report TWM-CEAR-25-0208, 04/08/2025.

## Section A: Administrative particulars

| Item | Entry |
| Device | Sonicor IVL Coronary Catheter with Sonicor G1 Generator |
| Basic UDI-DI | {UDI_WRONG} (catheter and generator) |
| Manufacturer | Acoustix Vascular Inc. ({SRN}) |
| Class and rule | Class III, Rule 6 (transient surgically invasive device in direct contact with the heart and central circulatory system) |
| Documents | CEP AXV-CEP-010 v1.0; CER AXV-CER-010 v2.1; PMCF AXV-PMCF-010 v1.1; IFU-SNC rev. B (EN, DE); SSCP AXV-SSCP-010 rev. 1 |

**Intended purpose:** lithotripsy-enhanced, low-pressure balloon dilatation of severely calcified de novo coronary artery stenoses before stenting in adults.

## Section E: Clinical investigations

SONIC-CAL (220 patients) met the CEP criteria for procedural success and 30-day MACE.

## Section F: PMCF

600-patient registry with sample-size reasoning. Adequate.

## Section I: CECP

Not applicable. Although class III, the catheter is not implantable (Article 54(1)(a)) and does not administer medicinal products (Article 54(1)(b)).

## Conclusion

Benefit-risk positive. Reviewer: Dr. F. Becker, MD (interventional cardiology).
"""

F = dict(CEP="AXV-CEP-010_Sonicor.pdf", CER="AXV-CER-010_Sonicor_v2.1.pdf", PMCF="AXV-PMCF-010_Sonicor.docx",
         IFU="Sonicor_IFU_EN.pdf", DE="Sonicor_Gebrauchsanweisung_DE.pdf", SSCP="Sonicor_SSCP.pdf",
         CEAR="TWM-CEAR-25-0208_Sonicor.docx")
H = "Acoustix Vascular Inc."
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "AXV-CEP-010 v1.0"),
    Doc(F["CER"], "CER", "en", CER, H, "AXV-CER-010 v2.1"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "AXV-PMCF-010 v1.1"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "Sonicor IVL", "IFU-SNC-EN rev. B"),
    Doc(F["DE"], "IFU", "de", IFU_DE, "Sonicor IVL", "IFU-SNC-DE Rev. B"),
    Doc(F["SSCP"], "SSCP", "en", SSCP, H, "AXV-SSCP-010 rev. 1"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "TÜV Westfalen MedCert GmbH (NB 2562)", "TWM-CEAR-25-0208"),
]

LABELS = [
    label("basic_udi_di_differs_in_cear", "device-identity", [F["CEAR"], F["CER"]],
          [f"{UDI_WRONG} (catheter and generator)", f"Basic UDI-DI: {UDI}"],
          "The CEAR identifies the device by a different Basic UDI-DI than the CER, SSCP and IFUs.",
          ["documentation"]),
    label("max_pulses_per_catheter_differ", "specification", [F["CER"], F["IFU"], F["DE"]],
          ["up to a maximum of 80 pulses per catheter (8 cycles of 10 pulses)",
           "Maximum 120 pulses per catheter (12 cycles of 10 pulses)",
           "Maximal 120 Impulse pro Katheter (12 Zyklen zu je 10 Impulsen)"],
          "The CER limits each catheter to 80 pulses; the IFU (EN, DE) allows 120.",
          ["safety-instruction"]),
    label("class_and_rule_inconsistent", "scope", [F["CER"], F["CEAR"]],
          ["IIb, Rule 9 (active therapeutic device intended to administer energy to the body).",
           "Class III, Rule 6 (transient surgically invasive device in direct contact with the heart and central circulatory system)"],
          "The CER classifies the catheter as IIb (Rule 9); the CEAR and SSCP as class III (Rule 6, contact with the "
          "heart/central circulatory system, which takes precedence). The CECP conclusion (not implantable, no "
          "medicinal product) happens to hold either way, but the classification basis differs.",
          []),
    label("cep_angiographic_complication_criterion_not_reported", "evidence", [F["CEP"], F["CER"]],
          ["Severe angiographic complications (type D to F dissection, perforation, abrupt closure, no-reflow) at end of procedure",
           "Procedural success met the CEP criterion (93.6 % vs ≥ 90 %)."],
          "The CEP sets an acceptance criterion of 3 % or less for severe angiographic complications; the CER reports "
          "procedural success, MACE and stent expansion against the CEP but never reports this criterion.",
          []),
]

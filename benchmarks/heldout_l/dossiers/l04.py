from lib.common import Doc, label

ID = "l04"
DEVICE = "OsteoBond G gentamicin-loaded PMMA bone cement"
DEVICE_CLASS = "III"

MFR = "Medisyn Biomaterials Ltd., 22 Hamada Street, Rehovot 7670322, Israel"
AR = "Medisyn Europe S.L., Calle de Serrano 41, 28001 Madrid, Spain"
NB = "CertMed Italia S.r.l., Notified Body 2783"
UDI = "72901188OBONDG40M3"
SRN = "IL-MF-000052290"

CLASS_TEXT = ("OsteoBond G is a medical device that incorporates gentamicin sulfate, a substance that would be a "
              "medicinal product if used on its own, with an action ancillary to that of the cement (Article 1(8) MDR). "
              "Rule 14 of Annex VIII therefore makes it class III, and as a cement that stays in the body after surgery it is "
              "also an implantable device (Rule 8). Class III implantable means the CECP of Article 54(1)(a) applies. In "
              "parallel, the Notified Body must consult a medicines authority on the gentamicin component (Annex IX, section 5.2).")

CEP = f"""
# Clinical Evaluation Plan: OsteoBond G Bone Cement

MBL-CEP-07, version 2, 09/16/2024

## 1 Purpose and scope

This plan describes how Medisyn will demonstrate conformity with the relevant general safety and performance requirements (GSPRs 1, 8, 10.1, 10.4, 12.1) for OsteoBond G, a medium-viscosity, radiopaque polymethyl methacrylate (PMMA) bone cement containing gentamicin. One pack (40 g powder and 20 mL liquid) is the only configuration.

## 2 Classification and consultation procedures

{CLASS_TEXT}

## 3 Intended purpose and target group

OsteoBond G is intended for the fixation of prostheses to living bone in primary and revision total or partial hip and knee arthroplasty in skeletally mature adults, where local gentamicin is wanted to protect the cement and its surroundings against colonization by gentamicin-sensitive bacteria.

Contraindications: known hypersensitivity to gentamicin or other aminoglycosides, or to any component of the cement; severe renal impairment; myasthenia gravis.

## 4 Clinical benefits and outcome parameters

| Clinical benefit | Outcome parameter | Acceptance criterion |
| Stable implant fixation | Maximum total point motion (MTPM) of the tibial component on RSA at 2 years (TKA) | Mean ≤ 0.54 mm (threshold associated with acceptable long-term survival) |
| Stable implant fixation | Subsidence of the femoral stem on RSA at 2 years (THA) | Mean ≤ 0.15 mm/year after year 1 |
| Joint function | Oxford Knee/Hip Score improvement at 2 years | ≥ 15 points |
| Low deep infection rate | Deep periprosthetic infection within 2 years | ≤ 1.5 % |

## 5 Safety evaluation

Bone cement implantation syndrome (BCIS), systemic gentamicin exposure (serum levels), allergic reactions, aseptic loosening, and radiolucent lines will be recorded.

## 6 Data sources

- OBG-01 prospective multicenter study (RSA subgroup), Medisyn.
- State-of-the-art literature, including national arthroplasty registers on antibiotic-loaded bone cement.
- Bench data on mechanical properties (ISO 5833) and gentamicin elution, for context only.
- No equivalence claim is planned.
"""

CER = f"""
# Clinical Evaluation Report

## OsteoBond G Bone Cement (gentamicin-loaded PMMA)

MBL-CER-07 | Version 3 | 03/10/2025 | Prepared by: Lior Shani, PhD (biomaterials), and Dr. E. Ortega, MD (orthopedic surgery)

## 1. Device description

OsteoBond G is a two-component, self-curing, radiopaque bone cement of medium viscosity. Mixing the powder and the liquid starts a polymerization reaction; the dough is applied to bone and the prosthesis within the working time and hardens in the body.

| Component | Content per pack |
| Powder (40 g) | Poly(methyl methacrylate/methyl acrylate) copolymer 32.4 g; zirconium dioxide 6.0 g; benzoyl peroxide 0.4 g; gentamicin sulfate 0.84 g (equal to 0.5 g gentamicin base); chlorophyll colorant |
| Liquid (20 mL) | Methyl methacrylate 18.4 g; N,N-dimethyl-p-toluidine 0.4 g; hydroquinone 20 ppm |

Basic UDI-DI: {UDI}. Manufacturer: {MFR}.

## 2. Classification and CECP

{CLASS_TEXT}

## 3. Intended purpose

Fixation of prostheses to living bone in primary and revision hip and knee arthroplasty (total or partial) in skeletally mature adults, where local gentamicin is desired to protect against colonization by gentamicin-sensitive bacteria.

Contraindications: hypersensitivity to gentamicin, other aminoglycosides or any cement component; severe renal impairment; myasthenia gravis.

## 4. State of the art

Cemented fixation is the reference method for total knee arthroplasty and a standard option in hip arthroplasty, especially in older patients. Antibiotic-loaded bone cement (ALBC) has been used for more than forty years. Register studies guide practice: in the Norwegian Arthroplasty Register, Engesæter et al. (2003) found a lower risk of revision for infection in primary hip replacements fixed with ALBC plus systemic antibiotics than with systemic antibiotics alone, and similar findings come from the Finnish and Swedish registers. Gentamicin is the most used antibiotic in cement because it is heat-stable and broad-spectrum. Typical register results for modern cemented total knee arthroplasty are 95 % implant survival or better at ten years, and deep infection rates after primary arthroplasty are about 0.5 to 1.5 %.

For fixation stability, RSA is the accepted early surrogate. Pijls et al. (2012) showed that a mean tibial MTPM above 1.6 mm at two years signals a high risk of later loosening, while 0.54 mm or less is acceptable.

## 5. Clinical data on OsteoBond G

### What did the studies show?

OBG-01 (CIV-ES-21-05-0210) was a prospective, multicenter study at six centers in Spain and Italy. It enrolled three hundred patients (180 primary total knee and 120 primary total hip arthroplasties; mean age 71 years). An RSA subgroup of 60 knees and 40 hips was followed with stereo radiographs at 6 weeks, 3, 6, 12 and 24 months. Follow-up at 24 months was 94.7 %.

| Outcome | Result at 24 months | CEP acceptance criterion | Met? |
| Tibial MTPM (RSA, n = 57) | 0.38 mm (95 % CI 0.31 to 0.45) | ≤ 0.54 mm | Yes |
| Stem subsidence after year 1 (RSA, n = 38) | 0.06 mm/year | ≤ 0.15 mm/year | Yes |
| Oxford score improvement (knee / hip) | +19.2 / +21.5 points | ≥ 15 points | Yes |
| Deep periprosthetic infection | 0.7 % (2/284) | ≤ 1.5 % | Yes |

Serum gentamicin was measured on days 1, 2 and 3 after surgery in 40 patients; the highest value was 0.9 mg/L, below the 2 mg/L trough level associated with toxicity. There were two cases of bone cement implantation syndrome grade 1 (transient hypotension), no grade 2 or 3 cases, and no allergic reactions.

### Literature on the device itself

A search of PubMed, Embase and the Cochrane Library (01/2010 to 12/2024, strings in Exhibit 2) found no independent publications on OsteoBond G. The state-of-the-art search retrieved 512 records, and 24 were used.

## 6. Benefit-risk

OsteoBond G met all acceptance criteria of the CEP. RSA migration at two years is in the range that predicts good long-term fixation, but actual long-term implant survival has not been observed yet; this is addressed by PMCF through the arthroplasty registers. Systemic gentamicin exposure was low. The benefit-risk balance is positive.

## 7. Residual risks

- Bone cement implantation syndrome: sudden drop in blood pressure, hypoxemia, arrhythmia, and in rare cases cardiac arrest.
- Aseptic loosening of the prosthesis.
- Periprosthetic infection, including by gentamicin-resistant organisms.
- Allergic reactions to gentamicin or cement components.
- Thermal damage to bone from the polymerization heat.
- Nephrotoxicity or ototoxicity from gentamicin (theoretical at the doses released).

## 8. PMCF

MBL-PMCF-07 version 2: ten-year extension of OBG-01 and device-level monitoring in three national arthroplasty registers.

## References

1. Engesæter LB, et al. Antibiotic prophylaxis in total hip arthroplasty. Acta Orthop Scand. 2003;74:644-651.
2. Jämsen E, et al. Risk factors for infection after knee arthroplasty: a register-based analysis. J Bone Joint Surg Am. 2009;91:38-47.
3. Pijls BG, et al. Early proximal migration of cups is associated with late revision in THA. Acta Orthop. 2012;83:583-591.
4. Pijls BG, et al. Early migration of tibial components is associated with late revision. Acta Orthop. 2012;83:614-624.
5. ISO 5833:2002 Implants for surgery: Acrylic resin cements.
6. Medisyn Biomaterials. OBG-01 24-month clinical investigation report, 2024.
"""

PMCF = f"""
# PMCF Plan: OsteoBond G Bone Cement

MBL-PMCF-07, version 2, 02/17/2025

## A. Manufacturer

{MFR}. SRN {SRN}. EU authorized representative: {AR}.

## B. Device

- **Trade name:** OsteoBond G (40 g powder, 20 mL liquid). Basic UDI-DI {UDI}.
- **Class:** III (Rule 14; implantable). Drug-device combination with ancillary gentamicin.
- **Intended purpose:** fixation of prostheses in primary and revision hip and knee arthroplasty in skeletally mature adults, with local gentamicin against gentamicin-sensitive bacteria.
- **Expected lifetime:** the lifetime of the arthroplasty.
- **Novel:** no; gentamicin-loaded PMMA cements have been used since the 1970s.

## C. Why PMCF, and what for?

The CER (MBL-CER-07 version 3) leaves open the long-term implant survival (only two-year data), the rate of revision for infection in routine use, and the occurrence of rare events such as severe BCIS.

## D. Activities

### D.1 OBG-01 extension (specific)

Yearly clinical and radiographic follow-up of the OBG-01 cohort (300 patients) to ten years, with RSA at 5 and 10 years in the RSA subgroup. Endpoint: revision for any reason; Kaplan-Meier survival.

### D.2 Register-based surveillance (specific)

Device-level data from the Dutch (LROI), Swedish and Spanish arthroplasty registers. We expect at least 4,000 primary arthroplasties with OsteoBond G by 2030. With 4,000 cases, a 5-year revision rate of 3 % can be compared with the register average with 80 % power to detect an increase to 4.2 % (one-sided alpha 0.05). Endpoints: revision for any reason, revision for infection, and revision for aseptic loosening.

### D.3 Literature and vigilance (general)

Literature screening every six months; trend analysis of complaints, including BCIS reports.

## E. Timeline

| Activity | Timing |
| OBG-01 extension | Yearly reports; 5-year report Q2 2027; 10-year report Q2 2032 |
| Register surveillance | First data extract Q4 2026, then yearly |
| Literature and vigilance | Every six months |

The PMCF evaluation report and the SSCP will be updated at least once a year.
"""

IFU_EN = f"""
# OsteoBond G Bone Cement: Instructions for Use

IFU-OBG rev. 3. Sterile. Single use. Rx only.

## What is OsteoBond G?

OsteoBond G is a radiopaque, medium-viscosity bone cement made of polymethyl methacrylate (PMMA) with the antibiotic gentamicin. It comes in one pack with a 40 g powder pouch and a 20 mL ampoule of liquid.

## What is it for?

Use OsteoBond G to fix hip and knee prostheses (total or partial, primary or revision) to living bone in adults whose skeleton is fully grown. The gentamicin in the cement gives local protection against colonization by bacteria that are sensitive to gentamicin.

## Who should not receive it?

- Patients with a known allergy to gentamicin, other aminoglycosides or any component of the cement.
- Patients with severe kidney impairment.
- Patients with myasthenia gravis.

## Warnings

> WARNING: Bone cement implantation syndrome can occur when the cement is pressurized into the bone. Watch blood pressure, oxygen saturation and heart rhythm closely during and right after cementing, and make sure the anesthesia team is told before cement is applied.

- Do not use in pregnant or breastfeeding women unless the surgeon judges the benefit to outweigh the risk.
- Methyl methacrylate vapor can irritate eyes and airways; mix in a ventilated area or a closed mixing system.
- The liquid is flammable. Keep away from open flames and cautery.
- Do not add other drugs to the powder.

## Possible undesirable effects

Sudden drop in blood pressure, low blood oxygen, arrhythmia or cardiac arrest (bone cement implantation syndrome); loosening of the prosthesis; infection; allergic reactions; thermal damage to bone; kidney or hearing damage from gentamicin (not seen at the levels released in clinical studies).

## Handling times

Handling times depend on room temperature. At 73 °F (23 °C):

| Phase | Time after start of mixing |
| Mixing | 0 to 30 seconds |
| Waiting (dough) time | up to 1 minute 30 seconds |
| Working time | 1 minute 30 seconds to 6 minutes |
| Setting time | about 9 minutes |

At 68 °F (20 °C) allow about two extra minutes; at 77 °F (25 °C) about one minute less.

## Technical data

| Item | Value |
| Gentamicin | 0.5 g gentamicin base (as 0.84 g gentamicin sulfate) per 40 g powder |
| Radiopacifier | Zirconium dioxide |
| Viscosity | Medium |
| Storage | Below 77 °F (25 °C), protected from light |

Manufacturer: {MFR}. EU REP: {AR}. Basic UDI-DI {UDI}. Summary of Safety and Clinical Performance: see EUDAMED.
"""

IFU_ES = f"""
# Cemento óseo OsteoBond G: instrucciones de uso

IFU-OBG-ES rev. 3. Estéril. Un solo uso.

## ¿Qué es OsteoBond G?

Cemento óseo radiopaco de viscosidad media a base de polimetilmetacrilato (PMMA) con el antibiótico gentamicina. Envase con 40 g de polvo y una ampolla de 20 ml de líquido.

## Indicaciones

Fijación de prótesis de cadera y rodilla (totales o parciales, primarias o de revisión) al hueso vivo en adultos con esqueleto maduro. La gentamicina proporciona protección local frente a la colonización por bacterias sensibles a la gentamicina.

## Contraindicaciones

- Alergia conocida a la gentamicina, a otros aminoglucósidos o a cualquier componente del cemento.
- Insuficiencia renal grave.
- Miastenia grave.

## Advertencias

> ADVERTENCIA: puede producirse el síndrome de implantación del cemento óseo al presurizar el cemento en el hueso. Vigile de cerca la presión arterial, la saturación de oxígeno y el ritmo cardíaco durante y justo después de la cementación, e informe al equipo de anestesia antes de aplicar el cemento.

- No utilizar en mujeres embarazadas o en periodo de lactancia salvo que el cirujano considere que el beneficio supera el riesgo.
- El vapor de metilmetacrilato puede irritar los ojos y las vías respiratorias; mezclar en un área ventilada o en un sistema cerrado.
- El líquido es inflamable.
- No añadir otros fármacos al polvo.

## Efectos indeseables posibles

Hipotensión súbita, hipoxemia, arritmia o parada cardíaca (síndrome de implantación del cemento óseo); aflojamiento de la prótesis; infección; reacciones alérgicas; daño térmico del hueso; daño renal o auditivo por gentamicina.

## Tiempos de manipulación a 23 °C

| Fase | Tiempo desde el inicio de la mezcla |
| Mezcla | 0 a 30 segundos |
| Espera (masa) | hasta 1 minuto 30 segundos |
| Trabajo | de 1 minuto 30 segundos a 6 minutos |
| Fraguado | unos 9 minutos |

## Datos técnicos

| Elemento | Valor |
| Gentamicina | 0,5 g de gentamicina base (0,84 g de sulfato de gentamicina) por 40 g de polvo |
| Radiopacificador | Dióxido de circonio |
| Conservación | Por debajo de 25 °C, protegido de la luz |

Fabricante: {MFR}. Representante autorizado UE: {AR}. UDI-DI básico {UDI}.
"""

SSCP = f"""
# Summary of Safety and Clinical Performance

OsteoBond G Bone Cement. MBL-SSCP-07 revision 1. Validated by {NB}.

## 1. Device identification

| Item | Detail |
| Trade name | OsteoBond G |
| Manufacturer, SRN | Medisyn Biomaterials Ltd., {SRN} |
| Basic UDI-DI | {UDI} |
| Class | III (Rule 14, device with ancillary medicinal substance; implantable) |
| Notified Body | {NB} |
| Medicinal substance | Gentamicin sulfate, 0.84 g per pack |

## 2. Intended purpose and indications

Fixation of prostheses to living bone in primary and revision total or partial hip and knee arthroplasty in skeletally mature adults; the gentamicin protects locally against colonization by gentamicin-sensitive bacteria.

Contraindications: hypersensitivity to gentamicin, aminoglycosides or cement components; severe renal impairment; myasthenia gravis.

## 3. Residual risks and undesirable effects

From OBG-01 (300 patients, prospective, 24 months): deep periprosthetic infection 0.7 %; bone cement implantation syndrome grade 1 in 0.7 % (2/300), no grade 2 or 3; no allergic reactions; no revision for aseptic loosening at 24 months. Other possible effects listed in the IFU: arrhythmia or cardiac arrest, thermal bone damage, and gentamicin kidney or hearing damage (not seen in the study).

## 4. Clinical evidence

OBG-01 met all predefined acceptance criteria, including RSA migration at two years (tibial MTPM 0.38 mm). Long-term survival data are not yet available and are being collected through registers.

## 5. PMCF

Ten-year follow-up of OBG-01 and data from three national arthroplasty registers.

## 6. Alternatives

Plain PMMA cement with systemic antibiotics only; other antibiotic-loaded cements; cementless fixation.
"""

CEAR = f"""
# Clinical Evaluation Assessment Report: OsteoBond G

{NB}. CEAR-2783-0311, 05/06/2025. MDCG 2020-13.

## A. Administrative particulars

- Device: OsteoBond G gentamicin-loaded PMMA bone cement, 40 g pack.
- Manufacturer: Medisyn Biomaterials Ltd. ({SRN}).
- Class: III, Rule 14 (ancillary medicinal substance), implantable. Initial certification.
- Documents: CEP MBL-CEP-07 v2; CER MBL-CER-07 version 3 (03/10/2025); PMCF plan MBL-PMCF-07 v2; IFU-OBG rev. 3 (EN, ES); SSCP MBL-SSCP-07 rev. 1.
- Consultation on the medicinal substance: opinion of a medicines competent authority received 04/14/2025 (favorable).

**Intended purpose:** fixation of prostheses in primary and revision hip and knee arthroplasty in skeletally mature adults with local gentamicin protection against gentamicin-sensitive bacteria.

## C. Evaluation basis

No equivalence claim. The state of the art rests on arthroplasty registers and RSA literature. Two-year RSA migration is an accepted surrogate for long-term fixation; the manufacturer does not claim long-term survival.

## E. Clinical investigations

OBG-01 (300 patients, 24 months) met all CEP criteria; serum gentamicin stayed low.

## F. PMCF

Ten-year cohort extension and register surveillance with a power calculation. Adequate.

## G. IFU and SSCP

Consistent with the CER; BCIS warnings are adequate.

## I. CECP

Class III implantable device: Article 54(1)(a) applies. Proposed panel: orthopaedics, traumatology, rehabilitation, rheumatology.

## Conclusion

Benefit-risk positive. Reviewer: Prof. G. Ferri, MD (orthopaedic surgery).
"""

F = dict(CEP="CEP_OsteoBondG_v2.docx", CER="CER_OsteoBondG_v3.pdf", PMCF="PMCF_OsteoBondG_v2.md",
         IFU="IFU_OsteoBondG_EN.pdf", ES="IFU_OsteoBondG_ES.pdf", SSCP="SSCP_OsteoBondG.docx",
         CEAR="CEAR_2783-0311_OsteoBondG.docx")
H = "Medisyn Biomaterials"
DOCS = [
    Doc(F["CEP"], "CEP", "en", CEP, H, "MBL-CEP-07 v2"),
    Doc(F["CER"], "CER", "en", CER, H, "MBL-CER-07 v3"),
    Doc(F["PMCF"], "PMCF-plan", "en", PMCF, H, "MBL-PMCF-07 v2"),
    Doc(F["IFU"], "IFU", "en", IFU_EN, "OsteoBond G", "IFU-OBG rev. 3"),
    Doc(F["ES"], "IFU", "es", IFU_ES, "OsteoBond G", "IFU-OBG-ES rev. 3"),
    Doc(F["SSCP"], "SSCP", "en", SSCP, H, "MBL-SSCP-07 rev. 1"),
    Doc(F["CEAR"], "CEAR", "en", CEAR, "CertMed Italia S.r.l. (NB 2783)", "CEAR-2783-0311"),
]
LABELS = []

def files(prefix, fmt, langs, sscp=True):
    """fmt: dict key->ext"""
    keys = ["CEP", "CER", "PMCF"] + [f"IFU_{l}" for l in langs] + (["SSCP"] if sscp else []) + ["CEAR"]
    out = {}
    for k in keys:
        ext = fmt.get(k, fmt.get(k[:3], "pdf"))
        nm = {"CEP": "CEP", "CER": "CER", "PMCF": "PMCF_Plan", "SSCP": "SSCP", "CEAR": "CEAR"}.get(k, "IFU_" + k[4:].upper())
        out[k] = f"{prefix}_{nm}.{ext}"
    return out


def base(**kw):
    D = dict(users="The said device is to be used only by trained physicians.", ov={}, extra={}, labels=[],
             style={}, ifu_lang={}, sscp_req=True)
    D.update(kw)
    D["reviewed"] = [k for k in D["files"] if not k.startswith("IFU_") and k != "CEAR"] + ["IFU_en"]
    return D


def mk_cecp(cls, rule, implantable, applies, reason):
    return reason


def auto(D):
    """fill narrative fields from key facts when a device leaves them out"""
    nm = D["name"]
    piv = D["studies"][0]
    D.setdefault("summary", f"This CER evaluates the clinical safety and performance of the subject device {nm} w.r.t. its intended purpose. Clinical data from {len(D['studies'])} data sets, including {piv[0]} with {piv[2]} pts., were appraised and also the state of the art was reviewed; the benefit-risk ratio is found acceptable.")
    D.setdefault("search", f"Systematic literature search was done on {D['date']} in PubMed, Embase and Cochrane Library (last 10 yrs.) as per the protocol in Annexure 2; after screening and appraisal the data sets given as per below table were retained.")
    D.setdefault("br", f"The clinical benefits of {nm}, as shown by the results vs. acceptance criteria, outweigh the residual risks which are low, known from the state of the art and disclosed in the IFU and also in the SSCP where applicable. The benefit-risk ratio is acceptable.")
    D.setdefault("conclusion", "The clinical evidence is sufficient in quantity and quality to demonstrate conformity with the relevant GSPRs of Annex I (GSPR 1, 8 and 17) for the intended purpose, indications and population stated in this report.")
    D.setdefault("cer_pmcf", "PMCF activities, viz. " + D["pmcf"]["design"] + " Kindly refer to the PMCF plan for details.")
    D.setdefault("sscp_clin", f"The clinical evaluation is based on {piv[0]} ({piv[2]} pts., F/U {piv[3]}: {piv[4]}) and supportive literature. PMCF: {D['pmcf']['design']}")
    D.setdefault("cdp", f"Clinical data come from {piv[0]} and from published literature on the device and similar devices; no equivalence is claimed. PMCF data will update the evaluation yearly.")
    D.setdefault("cear_purpose", D["purpose"] if isinstance(D["purpose"], str) else D["purpose"]["all"])
    c = D.setdefault("cear", {})
    c.setdefault("purpose_assess", "Intended purpose, indications and target population consistent between CEP, CER and IFU. Acceptable.")
    c.setdefault("data", [f"Assessment: Pivotal data {piv[0]} ({piv[2]} patients, follow-up {piv[3]}). CEP acceptance criteria reported in CER and met.",
                          "Assessment: State of the art described with benchmark therapies. Literature appraisal method acceptable."])
    c.setdefault("deficiencies", [("Deficiency: literature search period not justified.", f"Resolved in CER revision {D['docs']['CER'][1]}."),
                                  ("Deficiency: residual risk frequencies missing in IFU.", f"Resolved in IFU revision {D['docs']['IFU_en'][1]}.")])
    c.setdefault("pmcf", "Specific PMCF activity with defined endpoints, sample size rationale and timeline. Adequate.")
    c.setdefault("conclusion", "Clinical evidence sufficient. Benefit-risk acceptable. Certificate may be issued.")
    return D

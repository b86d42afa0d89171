"""Defaults shared by the heldout_c dossier definitions."""


def mk(F):
    ids = F["doc_ids"]
    F.setdefault("criteria_intro", "The acceptance criteria below were derived from the state-of-the-art analysis. "
                 "The benefit-risk profile is acceptable only if every criterion is met.")
    F.setdefault("cer_criteria_intro", f"Every acceptance criterion defined in the CEP ({ids['CEP'].split(',')[0]}) "
                 "is reported below with the result obtained from the clinical data.")
    F.setdefault("cep_pms", f"PMCF activities, their objectives and timelines are described in the PMCF plan "
                 f"({ids['PMCF'].split(',')[0]}).")
    F.setdefault("pmcf_refs", f"Clinical evaluation report: {ids['CER']}. Clinical evaluation plan: {ids['CEP']}. "
                 f"Risk management file: {F['rmf']}.")
    F.setdefault("pmcf_report", "Results are documented in a yearly PMCF evaluation report; the CER, the risk "
                 "management file and the SSCP are updated with each report.")
    F.setdefault("cer_pmcf", f"Residual risks and open questions listed in the safety section of this report "
                 f"are followed up in the PMCF plan ({ids['PMCF'].split(',')[0]}).")
    F.setdefault("cear_docs", "; ".join(ids[k] for k in ("CEP", "CER", "PMCF", "SSCP")))
    F.setdefault("over", {})
    F.setdefault("extra", {})
    F.setdefault("labels", [])
    return F

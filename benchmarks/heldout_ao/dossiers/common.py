"""Shared defaults for the heldout_ao device dictionaries."""


def base(**kw):
    d = dict(rev={"cep": "02", "cer": "04", "pmcf": "02", "ifu": "05", "sscp": "01"},
             date={"cep": "13.01.2025", "cer": "10.02.2025", "pmcf": "10.02.2025"},
             search_period="01.01.2014 – 31.12.2024", hits="after removal of duplicates 318 hits, 47 full texts assessed, the included sources are listed in section 7", ov={}, ruled={})
    d.update(kw)
    return d


def nb_not_required(d_cls, rule, why):
    return (f"The device is class {d_cls} acc. to {rule}. {why} Therefore the consultation procedure acc. to "
            "Art. 54(1) MDR is not applicable and the notified body did not notify the Commission acc. to Art. 54(3).")

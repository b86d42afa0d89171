"""Abbreviations with more than one common clinical meaning are not vocabulary terms:
"PPI" is a proton pump inhibitor in a reflux dossier, post-prostatectomy incontinence in a
urology one."""

from __future__ import annotations

from panelproof.extract.intended_use import vocabulary


def test_ppi_is_no_post_prostatectomy_incontinence() -> None:
    found = vocabulary("clinical_terms").find(
        "Chronic reflux with persistent symptoms despite twice-daily PPI therapy.")
    assert "post_prostatectomy_incontinence" not in {m.id for m in found}


def test_post_prostatectomy_incontinence_in_words_is_still_read() -> None:
    found = vocabulary("clinical_terms").find("Men with incontinence after radical prostatectomy.")
    assert "post_prostatectomy_incontinence" in {m.id for m in found}

"""SC005 words a negated device trait as a sentence a reader can follow."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "rules" / "SC005"


def test_class_iib_without_medicinal_product_reads_grammatically() -> None:
    result = run_check([FIXTURES / "bad_no_medicinal_product_class_iib"])
    messages = [f.message for f in result.findings if f.rule == "SC005"]
    assert messages
    assert all("neither administers nor removes a medicinal product" in m for m in messages)
    assert not any("is not administers" in m for m in messages)


def test_class_iii_not_implantable_reads_grammatically() -> None:
    result = run_check([FIXTURES / "bad_not_implantable_class_iii"])
    messages = [f.message for f in result.findings if f.rule == "SC005"]
    assert messages and all("is not implantable" in m for m in messages)

"""benchmarks.quality: a false positive an independent reviewer judged real counts in the
adjudicated precision only; the planted-label figures do not change."""

from __future__ import annotations

import json

from benchmarks import quality


def _finding(rule: str, quote: str, category: str = "documentation") -> dict:
    return {"rule": rule, "category": category, "severity": "minor", "message": "m",
            "locations": [{"document": "IFU.pdf", "quote": quote}]}


def _corpus(tmp_path, adjudications: list[dict]):
    dossier = tmp_path / "x01" / "dossier"
    dossier.mkdir(parents=True)
    labels = {"dossier": "x01", "clean": False, "labels": [
        {"defect": "d", "category": "documentation", "documents": ["IFU.pdf"],
         "quotes": ["the planted sentence of the IFU"], "accept": [],
         "description": "a planted defect"}]}
    (tmp_path / "x01" / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    (tmp_path / "adjudicated.jsonl").write_text(
        "".join(json.dumps({"dossier": "x01", **a}) + "\n" for a in adjudications), encoding="utf-8")
    return tmp_path


def test_a_false_positive_judged_real_counts_only_in_adjudicated_precision(tmp_path, monkeypatch):
    findings = [_finding("DC003", "the planted sentence of the IFU"),
                _finding("DC003", "heading 9 follows heading 7 in the Polish IFU"),
                _finding("SS001", "the SSCP omits fetal death listed by the IFU")]
    monkeypatch.setattr(quality, "run_panelproof", lambda folder: findings)
    corpus = _corpus(tmp_path, [
        {"rule": "DC003", "quotes": ["heading 9 follows heading 7 in the Polish IFU"], "verdict": "real"},
        {"rule": "SS001", "quotes": ["the SSCP omits fetal death listed by the IFU"], "verdict": "false"}])
    report = quality.evaluate(corpus)
    documentation = report["per_category"]["documentation"]
    assert (documentation["tp"], documentation["fp"], documentation["fp_real"]) == (1, 2, 1)
    assert documentation["precision"] == round(1 / 3, 3)
    assert documentation["precision_adjudicated"] == round(2 / 3, 3)
    assert [fp["adjudicated"] for fp in report["false_positives"]] == ["real", "false"]


def test_a_verdict_applies_only_to_the_same_rule_and_quote(tmp_path, monkeypatch):
    findings = [_finding("DC003", "another heading gap in the Czech IFU"),
                _finding("SS002", "heading 9 follows heading 7 in the Polish IFU")]
    monkeypatch.setattr(quality, "run_panelproof", lambda folder: findings)
    corpus = _corpus(tmp_path, [
        {"rule": "DC003", "quotes": ["heading 9 follows heading 7 in the Polish IFU"], "verdict": "real"}])
    report = quality.evaluate(corpus)
    assert report["total"]["fp_real"] == 0
    assert [fp["adjudicated"] for fp in report["false_positives"]] == [None, None]


def test_without_adjudications_both_precisions_agree(tmp_path, monkeypatch):
    monkeypatch.setattr(quality, "run_panelproof", lambda folder: [_finding("DC003", "unrelated text")])
    corpus = _corpus(tmp_path, [])
    report = quality.evaluate(corpus)
    assert report["adjudicated"] == 0
    assert report["total"]["precision"] == report["total"]["precision_adjudicated"] == 0.0

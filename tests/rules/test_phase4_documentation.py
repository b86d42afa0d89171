"""Phase 4: a revision after a guidance document or standard belongs to it, not to the
dossier document named before it (DC004)."""

from __future__ import annotations

import pytest

from panelproof.extract.documentation import find_references


@pytest.mark.parametrize("text", [
    "The evaluation follows the CEP and MEDDEV 2.7/1 rev. 4.",
    "This CER updates the CEP in line with MDCG 2020-6 Rev. 1.",
    "Der CEP und die MEDDEV 2.7/1 Revision 4 wurden beachtet.",
    "The CEP and ISO 14155:2020 rev 2 apply.",
    "Le CEP et la norme EN 60601-1 version 3 s'appliquent.",
])
def test_guidance_revision_not_given_to_document(text):
    assert all(r.revision is None for r in find_references(text))


@pytest.mark.parametrize(("text", "revision"), [
    ("See the CEP Rev. 3 and MEDDEV 2.7/1 rev. 4.", "3"),
    ("CEP-0042 Rev. 3 (MDCG 2020-13)", "3"),
    ("Le CEP, version 2, et le guide MDCG 2020-7.", "2"),
])
def test_document_revision_before_guidance_kept(text, revision):
    assert [r.revision for r in find_references(text)][:1] == [revision]

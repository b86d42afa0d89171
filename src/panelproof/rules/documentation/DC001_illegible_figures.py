"""DC001: figures whose effective resolution is too low to read."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract._terms import load_optional
from panelproof.extract.model import FactBase
from panelproof.ingest.model import BlockKind, Document, Image, Location
from panelproof.rules.model import Category, Finding, Rule, Severity

_SETTINGS = (load_optional("documentation") or {}).get("figure_resolution") or {}


def image_location(document: Document, image: Image, number: int) -> Location | None:
    """Where an image stands: its caption block, else its section heading, else the title."""
    blocks = document.blocks
    if image.caption:
        caption = " ".join(image.caption.split())
        for block in blocks:
            if caption and caption in " ".join(block.text.split()):
                return Location(document.path, image.page or block.page, block.section, caption)
    if image.section:
        for block in blocks:
            if block.kind is BlockKind.HEADING and block.text.strip() == image.section.strip():
                return Location(document.path, image.page, image.section, block.full_quote)
    if blocks:
        block = next((b for b in blocks if b.kind is BlockKind.HEADING), blocks[0])
        return Location(document.path, image.page, image.section, block.full_quote)
    return None


class IllegibleFigures(Rule):
    """Figures placed at a resolution too low to be legible.

    What it finds:
        Images whose effective resolution (pixels per displayed inch, from the image's pixel
        size and the size at which the document shows it) is below 150 dpi; below 72 dpi the
        finding is major. Thresholds are in knowledge/documentation.yaml.

    Why a panel cares:
        The ventilator opinion of June 2025 found the figures "unclear, hard to read and
        inconsistent". A chart of clinical results the panel cannot read is evidence it cannot
        assess.

    Example:
        A 300 × 200 pixel screenshot of a results chart stretched to the full page width
        (about 6.5 inches): 46 dpi.

    Use instead:
        Export charts as vector graphics or at 300 dpi at their printed size.

    References:
        MDCG 2020-13 (the CEAR must allow the panel to assess the clinical evidence);
        panelproof editorial threshold (see knowledge/documentation.yaml).
    """

    code = "DC001"
    name = "illegible-figures"
    category = Category.DOCUMENTATION
    severity = Severity.MINOR
    title = "Figures below legible resolution"
    references = ("MDCG 2020-13", "panelproof editorial: figure resolution")
    recommendation = "Replace the figures with vector graphics or images of at least 300 dpi at their displayed size."
    minimum_dpi: float = float(_SETTINGS.get("minimum_dpi", 150))
    unreadable_dpi: float = float(_SETTINGS.get("unreadable_dpi", 72))

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for document in facts.documents:
            if not document.ok:
                continue
            low = [(n, image, image.effective_dpi) for n, image in enumerate(document.images, 1)
                   if image.effective_dpi is not None and image.effective_dpi < self.minimum_dpi]
            if not low:
                continue
            worst = min(dpi for _, _, dpi in low)
            severity = Severity.MAJOR if worst < self.unreadable_dpi else Severity.MINOR
            locations = [loc for n, image, _ in low if (loc := image_location(document, image, n))]
            if not locations:
                continue
            described = ", ".join(f"image {n} ({image.pixel_width}×{image.pixel_height} px) at "
                                  f"{dpi:.0f} dpi" for n, image, dpi in low[:5])
            message = (f"{document.path} shows {len(low)} figure(s) below {self.minimum_dpi:.0f} dpi: "
                       f"{described}.")
            yield self.finding(message, locations, severity=severity)

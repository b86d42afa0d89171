"""Study rows that say they concern another device than the one evaluated.

"Cohort, other occluder in children", "IDE trial, different PDA device, premature infants",
"Randomised (other TEER device)", "competitor valve", "another manufacturer's stent": such data
follow no patient treated with the device, so they neither show its follow-up nor cover its
population (MDR Art. 61: clinical data on the device or on a demonstrated equivalent). An
"equivalent device" is named separately, since equivalence can make its data count.
"""

from __future__ import annotations

import re

_DEVICE_NOUNS = (r"devices?|systems?|valves?|stents?|clips?|implants?|pumps?|products?|occluders?|"
                 r"catheters?|leads?|grafts?|meshes|mesh|balloons?|scaffolds?|prosthes[ie]s|coils?|"
                 r"generators?|electrodes?|dressings?")
# Another device, however close: its data are the device's only through equivalence.
OTHER_DEVICE = re.compile(
    rf"\b(?:other|another|different|competitor(?:'s)?|competing|market-leading|reference)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE_NOUNS})\b|\banother manufacturer", re.IGNORECASE)
# Also the devices whose data may count through a demonstrated equivalence.
OTHER_OR_EQUIVALENT_DEVICE = re.compile(
    rf"{OTHER_DEVICE.pattern}|\b(?:equivalent|comparable|predicate|similar)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE_NOUNS})\b", re.IGNORECASE)

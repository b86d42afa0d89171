"""All held-out set B dossiers, in id order."""

import dossiers_1
import dossiers_2
import dossiers_3

DOSSIERS = sorted(dossiers_1.D + dossiers_2.D + dossiers_3.D, key=lambda d: d["id"])

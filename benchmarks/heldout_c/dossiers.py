"""All heldout_c dossier definitions, in build order."""
import importlib

DOSSIERS = []
for _mod in ("d_resp", "d_infusion", "d_implant", "d_misc"):
    try:
        DOSSIERS += importlib.import_module(_mod).DOSSIERS
    except ModuleNotFoundError as exc:
        if exc.name != _mod:
            raise
DOSSIERS.sort(key=lambda F: F["id"])

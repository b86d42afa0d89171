"""panelproof: stress-test a clinical evaluation dossier the way the MDR expert panels do."""

__version__ = "0.1.0"

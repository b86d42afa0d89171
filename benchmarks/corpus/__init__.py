"""Labelled benchmark corpus of clinical evaluation dossiers (see generate.py)."""

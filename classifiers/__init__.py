"""Explainable multilingual keyword classifier (depends on nothing else in this project)."""

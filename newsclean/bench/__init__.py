"""Scoring extractors against labelled pages: `newsclean bench DIR`."""

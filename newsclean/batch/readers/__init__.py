"""Readers of corpus files, one module per kind, and the corpus that reads a list of inputs in a fixed order."""
from .corpus import Corpus, expand_inputs, kind_of

__all__ = ["Corpus", "expand_inputs", "kind_of"]

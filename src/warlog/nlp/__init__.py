"""spaCy set-up and warlog's own components (actor, source, trigger and target rulers)."""

from warlog.nlp.loader import blank_nlp, load_nlp

__all__ = ["blank_nlp", "load_nlp"]

// MTMLexicon — Lexicons are data: valence and emotion lexicons, touchpoint taxonomies, ranking weights, loaded from Lexicons/ with their provenance, and compiled into matchers.

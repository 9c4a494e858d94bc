// MTMScoring — Stage 3, score: sentence and record sentiment (VADER-class rules), emotions, and touchpoint mentions with clause-level sentiment.

// MTMIngest — Stage 1, ingest: review exports (CSV/TSV/JSON/JSONL), surveys, plain text and interview transcripts become FeedbackRecords; every input record is read or rejected with its reason.

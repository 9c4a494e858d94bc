// MTMScrape — Stage 1, scrape: HTML review pages (JSON-LD, microdata, site profiles, generic fallback) from files and URLs become FeedbackRecords.

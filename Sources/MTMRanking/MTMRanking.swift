// MTMRanking — Stage 5, rank: touchpoint tables, driver analysis and the MTM score; ranked moments with reasons and quotes.

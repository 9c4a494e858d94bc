// MTMReport — Stage 6, report: CSV, XLSX, JSON and a self-contained HTML report.

"""PDF (ReportLab) and CSV/XLSX writers. No Qt here."""

"""PDF output with reportlab. No Qt here."""

"""Moving data in and out: spreadsheets, backups (and later the monthly bundles). No Qt here."""

"""Moving data in and out, without Qt: the monthly bundles and receipts, the committee's receiving store,
spreadsheets (import and export), backups and restore."""

"""Rules fixed by law, national standards and the party's regulations: pure functions, each citing its source."""

"""Services read and write records in one unit of work each and return plain dataclasses (DTOs)."""

"""Branch Desk 支部工作台."""
VERSION = "0.2.0"

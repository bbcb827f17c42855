"""The domain of Branch Desk: records, rules and services. No Qt is imported below this package."""

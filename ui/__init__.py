"""The Qt interface. Widgets call services and get DTOs; they never touch the database themselves."""

"""The central database in the program: status, settings page, conflicts (issue 12)."""

"""Keeping specs true to the providers: importers, facts locks, the drift check and their commands."""

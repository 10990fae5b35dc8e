"""Dialogs of the main window (messages, crash recovery, PDF export)."""

"""Document labels and date/time formatting per language (pure Python, no Qt)."""

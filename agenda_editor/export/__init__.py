"""Exporters of a meeting (PDF first), sharing a layout-independent document plan."""

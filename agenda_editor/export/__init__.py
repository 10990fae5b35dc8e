"""Exporters of a meeting (PDF first), sharing a layout-independent document plan."""

from agenda_editor.export import rl_start

rl_start.install()

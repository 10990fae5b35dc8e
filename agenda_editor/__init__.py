"""Agenda Editor: drafts provisional agendas and annotations of intergovernmental meetings."""

__version__ = "0.1.0"
APP_NAME = "Agenda Editor"

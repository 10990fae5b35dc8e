"""The Qt desktop interface: a thin shell over the domain in :mod:`agenda_editor.core`."""

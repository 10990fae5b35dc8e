"""The translation mode: a meeting's texts side by side with one of its language versions."""

from agenda_editor.gui.translation.panel import TranslationPanel, progress_text

__all__ = ["TranslationPanel", "progress_text"]

"""Undo commands: every user edit is one command acting on the :class:`MeetingDocument`."""

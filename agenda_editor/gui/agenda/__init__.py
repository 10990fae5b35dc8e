"""The agenda tree: a Qt model over the meeting's items, its view and its actions."""

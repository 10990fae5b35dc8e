"""The meeting as pure data: agenda tree, texts per language, timetable, numbering, rules.

Nothing in this package imports Qt or touches files.
"""

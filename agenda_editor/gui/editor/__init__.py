"""The item editor: title, annotation with footnotes, and reference documents."""

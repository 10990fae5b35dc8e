"""The organization of work: a days x meetings grid that agenda items are dragged into."""

"""The site as the HTTP benchmark serves it: the real URLs plus one trivial view, the stack's ceiling."""

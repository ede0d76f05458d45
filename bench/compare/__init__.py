"""Other sites the page benchmark measures beside this one, in the same run (see bench/pages.py)."""

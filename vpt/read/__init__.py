"""Reading returned workbooks back: where they come from and whether they are safe to open."""

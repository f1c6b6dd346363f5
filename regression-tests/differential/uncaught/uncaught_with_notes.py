try:
    raise ValueError("primary")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    raise

try:
    1 / 0
except ZeroDivisionError:
    raise ValueError("context suppressed") from None

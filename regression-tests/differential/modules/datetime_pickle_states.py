# Pickle states passed to the constructors: fold bits, implausible month/hour bytes, a bad tzinfo state.
from datetime import *
for s in ["date(b'\\x07\\xe8\\x81\\x01')", "datetime(b'\\x07\\xe8\\x81\\x01\\x00\\x00\\x00\\x00\\x00\\x00')", "time(b'\\x98\\x00\\x00\\x00\\x00\\x00')", "time(b'\\x97\\x00\\x00\\x00\\x00\\x00')", "datetime(b'\\x07\\xe8\\x01\\x01\\x00\\x00\\x00\\x00\\x00\\x00', 5)"]:
    try: print(s, repr(eval(s)))
    except Exception as e: print(s, type(e).__name__, e)

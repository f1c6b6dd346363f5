def fail():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type")])
fail()

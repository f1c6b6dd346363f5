def run(action):
    log = []
    try:
        log.append("try")
        if action == "raise":
            raise ValueError("x")
        if action == "return":
            return log + ["returned"]
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for a in ["none", "raise", "return"]:
    print(a, run(a))

log = []
def g():
    try:
        log.append("start")
        yield 1
        log.append("resumed")
        yield 2
    finally:
        log.append("finally")

for v in g():
    log.append(f"got {v}")
    if v == 1:
        break
print(log)
log.clear()
for v in g():
    log.append(f"got {v}")
print(log)

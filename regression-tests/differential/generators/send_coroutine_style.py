def averager():
    total = count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count

a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))

def grep(pattern):
    matches = []
    try:
        while True:
            line = yield
            if pattern in line:
                matches.append(line)
    except GeneratorExit:
        print("matches:", matches)

s = grep("py")
next(s)
for line in ["python", "java", "pypy", "c"]:
    s.send(line)
s.close()

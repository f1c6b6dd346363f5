results = []
for v in ["1", "x", "3", None]:
    try:
        results.append(int(v))
    except ValueError:
        results.append("bad")
        continue
    except TypeError:
        results.append("type")
        break
    finally:
        results.append("f")
print(results)

def gen():
    for i in range(3):
        try:
            yield i
        finally:
            print("gen finally", i)
for x in gen():
    print("got", x)

class Yield:
    def __await__(self):
        yield

async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await Yield()
    return name.upper()

def run_all(coros):
    results = {}
    pending = list(coros)
    while pending:
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration as e:
                results[c.__name__ + str(len(results))] = e.value
                pending.remove(c)
    return results

log = []
print(run_all([worker("a", 2, log), worker("b", 3, log), worker("c", 1, log)]))
print(log)

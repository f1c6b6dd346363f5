class AsyncCM:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        return "resource"
    async def __aexit__(self, exc_type, exc, tb):
        self.log.append(f"exit {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError

class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def main(log):
    async with AsyncCM(log) as r:
        log.append(r)
    async with AsyncCM(log):
        raise KeyError("swallowed")
    async for v in Countdown(3):
        log.append(v)
    log.append([v async for v in Countdown(2)])
    return "ok"

def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

log = []
print(run(main(log)))
print(log)

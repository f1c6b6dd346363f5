class Ticker:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in Ticker(4) if x % 2]
    b = {x: await double(x) async for x in Ticker(3)}
    c = [await double(v) for v in range(3)]
    return a, b, c

try:
    main().send(None)
except StopIteration as e:
    print(e.value)

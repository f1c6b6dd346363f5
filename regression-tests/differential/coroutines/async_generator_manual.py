async def agen(n):
    for i in range(n):
        yield i * i

async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    it = agen(2).__aiter__()
    out.append(await it.__anext__())
    out.append(await anext(it))
    out.append(await anext(it, "done"))
    return out

c = consume()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
print(type(agen(1)).__name__)

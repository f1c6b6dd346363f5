from contextlib import asynccontextmanager
@asynccontextmanager
async def managed(log):
    log.append("enter")
    try:
        yield "resource"
    finally:
        log.append("exit")
async def main(log):
    async with managed(log) as r:
        log.append(r)
    return log
try:
    main([]).send(None)
except StopIteration as e:
    print(e.value)

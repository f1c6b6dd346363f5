class Step:
    def __await__(self):
        yield "step"

async def failing():
    await Step()
    raise ValueError("failed inside")

async def caller():
    try:
        await failing()
    except ValueError as e:
        return f"caller caught: {e}"

c = caller()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

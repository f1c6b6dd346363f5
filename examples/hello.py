# The smallest Warden example. Running programs is not implemented yet; for now Warden can
# parse this file: scripts/warden --dump-ast examples/hello.py
def greet(name: str) -> str:
    return f"Hello, {name}!"


print(greet("world"))
